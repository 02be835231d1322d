#pragma once

#include "adjustment/AdjustmentService.h"
#include "model/Review.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace paragraf {
class Database;
}

// The review while the protocol is out for adjustment. A reviewer (chair, adjuster) leaves
// remarks per paragraph and sees, as a marked-up diff, what changed since they last read; the
// secretary accepts a remark with the change it asks for, rejects it with a reason, or corrects
// the text with a reason. Every change is recorded; the text changes no other way.
class ReviewDialog : public QDialog {
    Q_OBJECT
public:
    ReviewDialog(const paragraf::Database& database, paragraf::Id meetingId,
                 QWidget* parent = nullptr);

    QComboBox* reviewer() const { return m_reviewer; }
    QComboBox* remarkParagraph() const { return m_remarkParagraph; }
    QLineEdit* remarkText() const { return m_remarkText; }
    QTableWidget* remarks() const { return m_remarks; }
    QTextBrowser* changes() const { return m_changes; }
    QLabel* problem() const { return m_problem; }

    void addRemark();
    void acceptRemark();
    void rejectRemark();
    void correct();
    void markRead();
    // Reads the remarks, answers and corrections again (another desk changed them).
    void reload();

signals:
    void textChanged(); // the protocol's text was corrected

private:
    void showRemarks();
    void showChanges();
    bool report(const paragraf::Status& status);
    const paragraf::Remark* chosenRemark() const;

    const paragraf::Database& m_database;
    paragraf::Id m_meetingId;
    paragraf::MeetingRecord m_record;
    QList<paragraf::Remark> m_remarkList;
    QList<paragraf::Signatory> m_signatories;
    QComboBox* m_reviewer;
    QComboBox* m_remarkParagraph;
    QLineEdit* m_remarkText;
    QTableWidget* m_remarks;
    QTextBrowser* m_changes;
    QLabel* m_problem;
};
