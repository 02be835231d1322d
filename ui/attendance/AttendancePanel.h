#pragma once

#include <QWidget>

class AttendanceModel;
class MeetingSession;
class QLabel;
class QTableView;

// Who is here and who decides, at the paragraph the secretary is at, with the quorum. Keys on
// the list: Space marks presence, E a substitute's service, J jäv for this paragraph; F2 and
// Delete change or remove an official or a guest.
class AttendancePanel : public QWidget {
    Q_OBJECT
public:
    explicit AttendancePanel(QWidget* parent = nullptr);
    void setSession(MeetingSession* session);
    // Wide enough for a name and its state side by side, so that the dock opens without the
    // state cut off; the role column beside them is reached by scrolling.
    QSize sizeHint() const override;

    QTableView* table() const { return m_table; }
    AttendanceModel* model() const { return m_model; }
    QLabel* quorum() const { return m_quorum; }

    void togglePresence();
    void toggleSubstitute();
    void toggleJav();
    void takeChair();
    void editParticipant();   // F2 on an official or guest
    void removeParticipant(); // Delete on an official or guest

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateQuorum();
    template <typename Action> void onSelected(Action action);

    MeetingSession* m_session = nullptr;
    AttendanceModel* m_model;
    QTableView* m_table;
    QLabel* m_quorum;
};
