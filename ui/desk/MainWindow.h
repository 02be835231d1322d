#pragma once

#include "Result.h"
#include "model/Meeting.h"

#include <QMainWindow>
#include <QUndoStack>
#include <memory>
#include <utility>

class AttendancePanel;
class MainActions;
class MeetingDesk;
class MeetingNavigator;
class NoticesLabel;
class MeetingSession;
class QLabel;
struct DeskFile;

namespace paragraf {
class ChangesElsewhere;
class Database;
} // namespace paragraf

// The secretary's desk: the file's bodies and meetings on the left, the meeting's paragraphs
// and the one being written in the middle, attendance on the right. Menus and actions are
// assembled by MainActions; each part is its own widget.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString& path);
    // A file already opened and read, e.g. beside the window at start-up (see DeskFile).
    bool openFile(const QString& path, paragraf::Result<DeskFile> opened);
    bool newFile(const QString& path, const QString& password = {});
    void closeFile();
    void newFileDialog();
    void openFileDialog();
    // An organisation's server: its address asked for (postgresql://host/database or a
    // connection string), then a password if the server asks for one.
    void openServerDialog();
    // An empty database on a server: asks, then gives it Paragraf's schema (the desk's "new" on
    // a server); `why` is what opening it said.
    bool newOnServer(const QString& address, const QString& password, const QString& why);
    bool openMeeting(paragraf::Id meetingId);
    void closeMeeting();
    // The meeting at the desk, if it is still a draft, after the secretary has confirmed it;
    // undone from the window's own history (fileHistory()).
    void deleteMeeting();
    QUndoStack* fileHistory() { return &m_fileHistory; }
    void reopenMeeting();
    bool createMeeting(const paragraf::Meeting& meeting);
    void insertTime();
    void showChangesFromElsewhere();
    // Someone else changed this meeting (NoId: something): the one place the desk shows it,
    // whether the file's poll or the server's notification told (ChangesElsewhere).
    void showChangeElsewhere(paragraf::Id meetingId);
    void showOthersChanges(); // the meetings list and the notices, read again
    // The window's connection to the server lost (said in the status bar), or back again.
    void showServerReachable(bool reachable);
    static QString offlineText();

    const paragraf::Database* database() const { return m_database.get(); }
    MeetingSession* session() const { return m_session; }
    MeetingNavigator* navigator() const { return m_navigator; }
    MeetingDesk* desk() const { return m_desk; }
    AttendancePanel* attendance() const { return m_attendance; }
    MainActions* actions() const { return m_actions; }
    NoticesLabel* notices() const { return m_notices; }

signals:
    // The open file has passed its check and can be written (or is known to be read-only).
    void fileReady();
    // After the desk has shown it: for the open dialogs of that meeting's justering.
    void meetingChangedElsewhere(paragraf::Id meetingId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool mayLeaveTyping(const QString& question);
    void adopt(DeskFile file);
    void checkInBackground(const QString& path);
    bool showSession(MeetingSession* session);
    void focusParagraphs();
    void setSession(MeetingSession* session);
    void updateTitle();
    void rememberPlace();

    std::unique_ptr<paragraf::Database> m_database;
    std::unique_ptr<paragraf::ChangesElsewhere> m_changes; // on m_database: goes first
    QUndoStack m_fileHistory; // what is done to the file's meetings as a whole
    MeetingSession* m_session = nullptr;
    MeetingNavigator* m_navigator;
    MeetingDesk* m_desk;
    AttendancePanel* m_attendance;
    MainActions* m_actions;
    QLabel* m_fileLabel;
    QLabel* m_savedLabel;
    std::pair<QString, QString> m_beforeOffline; // the status bar's text and style
    NoticesLabel* m_notices;
};
