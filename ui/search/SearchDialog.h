#pragma once

#include "model/Search.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace paragraf {
class Database;
}

// Search across every body and year (Ctrl+Shift+F, docs/search.md): the results follow the query
// as it is typed, best first, each with its body, date, § and the words found in context, marked.
// Down moves into the list; Enter opens the meeting at the paragraph. Filters: body, year,
// paragraph kind, the meeting's status.
class SearchDialog : public QDialog {
    Q_OBJECT
public:
    SearchDialog(const paragraf::Database& database, QWidget* parent = nullptr);

    QLineEdit* query() const { return m_query; }
    QListWidget* results() const { return m_results; }
    const QList<paragraf::SearchHit>& hits() const { return m_hits; }
    // What the search says above the results: how many, or why none.
    QLabel* summary() const { return m_summary; }
    // The query and filters as they stand, searched now (also after each keystroke).
    void search();

signals:
    void openParagraph(paragraf::Id meetingId, paragraf::Id paragraphId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void showHits(const QList<paragraf::SearchHit>& hits);
    QString summaryOf(const QString& query, qint64 milliseconds) const;
    void openChosen();

    const paragraf::Database& m_database;
    QList<paragraf::SearchHit> m_hits;
    QLineEdit* m_query;
    QComboBox* m_body;
    QSpinBox* m_year;
    QComboBox* m_kind;
    QComboBox* m_status;
    QLabel* m_summary;
    QListWidget* m_results;
};
