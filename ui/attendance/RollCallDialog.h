#pragma once

#include "rules/RollCall.h"

#include <QDialog>

class MeetingSession;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class RollCallModel;

// The roll call (upprop) at the start of a meeting, taken in seconds: everyone is present until
// marked absent; a few letters find a name; Return marks the chosen member absent and calls in
// the next substitute of the party in the order of election, serving from the start;
// Shift+Return takes it back. Each step is one step of the desk's undo history (Ctrl+Z undoes
// it here too). Opened again later it shows and corrects the same roll call.
class RollCallDialog : public QDialog {
    Q_OBJECT
public:
    explicit RollCallDialog(MeetingSession& session, QWidget* parent = nullptr);

    QLineEdit* search() const { return m_search; }
    QTableView* table() const { return m_table; }
    QLabel* status() const { return m_status; }

    void markAbsent();  // Return
    void markPresent(); // Shift+Return

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    paragraf::Id chosen() const;
    void choose(paragraf::Id participantId);
    void filter(const QString& text);
    void push(const paragraf::RollCallStep& step, const QString& text);
    void everyonePresentFirstTime();
    void updateCount();

    MeetingSession& m_session;
    RollCallModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    QLabel* m_status;
    QLabel* m_count;
    bool m_pickedAmongSeveral = false; // an arrow key chose among several names that match
    int m_pushedIndex = -1;            // the undo stack's index after this dialog's last step
};
