#pragma once

#include "model/Ids.h"
#include "publish/PublishService.h"

#include <QDialog>

namespace paragraf {
class Database;
}
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Publicera: what will be written and where, before anything is — the web copy of the adjusted
// protocol and its anslag, what in them is masked (the passages marked and stored with the
// protocol, a mark whose text is gone said and stopping it, the paragraphs about an individual,
// the personal data found), the folder, the day the notice goes up (recorded on publishing when
// the file has none). Publish writes them and records the publication (PublishService); Cancel
// leaves everything as it was.
class PublishDialog : public QDialog {
    Q_OBJECT
public:
    PublishDialog(const paragraf::Database& database, const paragraf::MeetingRecord& record,
                  const paragraf::PublishPlan& plan, QWidget* parent = nullptr);

    QLineEdit* folder() const { return m_folder; }
    QDateEdit* postedOn() const { return m_postedOn; }
    QTableWidget* pages() const { return m_pages; }
    QTableWidget* masked() const { return m_masked; }
    QLabel* problem() const { return m_problem; }
    QPushButton* publishButton() const { return m_publish; }
    const QStringList& written() const { return m_written; }

    // Where the pages go unless the secretary says otherwise: "webb" beside the file.
    static QString defaultFolder(const paragraf::Database& database);

private:
    void publishNow();
    void showMasked(const paragraf::PublishPlan& plan);
    static QString individualText(const paragraf::MeetingRecord& record,
                                  const paragraf::PublishPlan& plan);

    const paragraf::Database& m_database;
    paragraf::Id m_meetingId;
    QLineEdit* m_folder;
    QDateEdit* m_postedOn;
    QTableWidget* m_pages;
    QTableWidget* m_masked;
    QLabel* m_problem;
    QPushButton* m_publish;
    QStringList m_written;
};
