#pragma once

#include <QDialog>

class MeetingSession;
class QLineEdit;
class QTableWidget;

// What the meeting has on its table from before, to go through item by item: the assignments
// still open from earlier meetings of the body (due ones marked) and the matters other bodies
// referred to it. Closing one, or taking a matter up, records the paragraph at hand and the
// meeting's day; every step is undoable.
class CarriedDialog : public QDialog {
    Q_OBJECT
public:
    explicit CarriedDialog(MeetingSession& session, QWidget* parent = nullptr);

    QTableWidget* assignments() const { return m_assignments; }
    QTableWidget* incoming() const { return m_incoming; }
    QLineEdit* note() const { return m_note; }

    void markDone();
    void markCancelled();
    void reopen();
    void takeUp();
    void release();
    void addFollowUpParagraph();

private:
    void close(bool done);
    void refresh();

    MeetingSession& m_session;
    QTableWidget* m_assignments;
    QTableWidget* m_incoming;
    QLineEdit* m_note;
};
