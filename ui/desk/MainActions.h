#pragma once

#include <QObject>

class AdjournedLabel;
class HandbookWindow;
class MainWindow;
class MeetingSession;
class QAction;
class QMenu;
class QUndoGroup;

// The menus, toolbar and shortcuts of the desk. Standard keys where Qt has them (New, Open,
// Close, Print, Undo, Redo, Quit); the rest are chosen for typing without leaving the keyboard:
// Ctrl+Return a new paragraph, Alt+Up/Down to move it, Ctrl+T the time, Ctrl+1–4 to jump.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(MainWindow* window);

    QAction* newFile = nullptr;
    QAction* openFile = nullptr;
    QAction* openServer = nullptr;
    QAction* closeFile = nullptr;
    QAction* quit = nullptr;
    QMenu* recentMenu = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* newMeeting = nullptr;
    QAction* addParticipant = nullptr;
    QAction* rollCall = nullptr;
    QAction* meetingDetails = nullptr;
    QAction* bodyAndSchedule = nullptr;
    QAction* newBody = nullptr;
    QAction* deleteMeeting = nullptr;
    QAction* openingParagraph = nullptr;
    QAction* newParagraph = nullptr;
    QAction* proceedings = nullptr;
    QAction* deleteParagraph = nullptr;
    QAction* moveUp = nullptr;
    QAction* moveDown = nullptr;
    QAction* insertTime = nullptr;
    QAction* printPreview = nullptr;
    QAction* print = nullptr;
    QAction* exportPdf = nullptr;
    QAction* exportOdt = nullptr;
    QAction* exportWithAppendix = nullptr;
    QAction* sendForAdjustment = nullptr;
    QAction* review = nullptr;
    QAction* sign = nullptr;
    QAction* verify = nullptr;
    QAction* recordErratum = nullptr;
    QAction* recordPosting = nullptr;
    QAction* markPassage = nullptr;
    QAction* concernsIndividual = nullptr;
    QAction* publish = nullptr;
    QAction* deadlines = nullptr;
    QAction* waiting = nullptr;
    QAction* followUp = nullptr;
    QAction* carried = nullptr;
    QAction* assignmentOverview = nullptr;
    QAction* search = nullptr;
    QAction* deliverToArchive = nullptr;
    QAction* adjourn = nullptr;
    QAction* adjournments = nullptr;
    QAction* handbook = nullptr;
    QAction* about = nullptr;

    void updateRecentFiles();
    void setFileOpen(bool open);
    void setSession(MeetingSession* session);

private:
    void buildFileMenu();
    void buildEditMenu();
    void buildMeetingMenu();
    void buildAdjournmentActions(QMenu* meeting);
    void buildAdjustmentMenu();
    void buildFollowUpMenu();
    void buildGoMenu();
    void buildSettingsMenu();
    void buildHelpMenu();
    void buildToolBar();
    QAction* add(QMenu* menu, const QString& text, const QKeySequence& key,
                 void (MainActions::*slot)());
    void withSession(void (*step)(MeetingSession&));
    void showIndividual();

    MainWindow* m_window;
    QUndoGroup* m_undo;
    MeetingSession* m_session = nullptr;
    AdjournedLabel* m_adjourned = nullptr;
    HandbookWindow* m_handbook = nullptr; // the window's child, made on first use
    bool m_fileOpen = false;
};
