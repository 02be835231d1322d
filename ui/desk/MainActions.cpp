#include "MainActions.h"

#include "AdjournedLabel.h"
#include "HelpWindows.h"
#include "MainWindow.h"
#include "MeetingDesk.h"
#include "MeetingDialogs.h"
#include "MeetingNavigator.h"
#include "MeetingOperations.h"
#include "MeetingSession.h"
#include "ParagraphEditor.h"
#include "SectionEditor.h"
#include "archive/EArchiveDialog.h"
#include "attendance/AttendancePanel.h"
#include "common/Dialogs.h"
#include "common/Settings.h"
#include "common/WindowKeysOverEditors.h"
#include "documents/DocumentOutput.h"
#include "justering/AdjustmentDialogs.h"
#include "justering/PublishMarks.h"
#include "proceedings/AdjournmentActions.h"
#include "proceedings/AdjournmentDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoGroup>

MainActions::MainActions(MainWindow* window)
    : QObject(window), m_window(window), m_undo(new QUndoGroup(this)) {
    buildFileMenu();
    buildEditMenu();
    buildMeetingMenu();
    buildAdjustmentMenu();
    buildFollowUpMenu();
    buildGoMenu();
    buildSettingsMenu();
    buildHelpMenu();
    buildToolBar();
    updateRecentFiles();
    setFileOpen(false);
    // Ctrl+E exports wherever the secretary is typing (a line edit would take it as "end").
    WindowKeysOverEditors::install(
        window, {exportPdf->shortcut(), markPassage->shortcut(), concernsIndividual->shortcut()});
}

void MainActions::withSession(void (*step)(MeetingSession&)) {
    if (m_session && !m_session->isReadOnly())
        step(*m_session);
}

void MainActions::buildFileMenu() {
    MainWindow* w = m_window;
    QMenu* menu = w->menuBar()->addMenu(tr("&File"));
    newFile = menu->addAction(tr("&New database…"), w, &MainWindow::newFileDialog);
    newFile->setShortcut(QKeySequence::New);
    openFile = menu->addAction(tr("&Open database…"), w, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence::Open);
    openServer = menu->addAction(tr("Open &server…"), w, &MainWindow::openServerDialog);
    openServer->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    recentMenu = menu->addMenu(tr("Open &recent"));
    closeFile = menu->addAction(tr("&Close database"), w, &MainWindow::closeFile);
    closeFile->setShortcut(QKeySequence::Close);
    menu->addSeparator();
    printPreview = menu->addAction(tr("Print pre&view…"), w, [this] {
        DocumentOutput::printPreview(m_window, m_session->record());
    });
    printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    print = menu->addAction(tr("&Print…"), w,
                            [this] { DocumentOutput::print(m_window, m_session->record()); });
    print->setShortcut(QKeySequence::Print);
    exportPdf = menu->addAction(tr("Export as P&DF/A…"), w, [this] {
        DocumentOutput::exportTo(m_window, m_session->database(), m_session->record(),
                                 paragraf::DocumentFormat::Pdf);
    });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportOdt = menu->addAction(tr("Export as O&DT…"), w, [this] {
        DocumentOutput::exportTo(m_window, m_session->database(), m_session->record(),
                                 paragraf::DocumentFormat::Odt);
    });
    exportWithAppendix = menu->addAction(tr("Export with the &attendance appendix…"), w, [this] {
        paragraf::DocumentRequest request;
        request.attendanceAppendix = true;
        DocumentOutput::exportTo(m_window, m_session->database(), m_session->record(),
                                 paragraf::DocumentFormat::Pdf, request);
    });
    menu->addSeparator();
    // Arkiv → Leverera till e-arkiv: the File menu is "Arkiv" in Swedish.
    deliverToArchive = menu->addAction(tr("De&liver to the e-archive…"), w, [this] {
        if (!m_window->database())
            return;
        EArchiveDialog dialog(*m_window->database(), m_window->navigator()->currentBody(),
                              m_window);
        if (dialog.exec() == QDialog::Accepted)
            Dialogs::information(m_window, tr("Delivered to the e-archive"),
                                 tr("The package was written:\n%1").arg(dialog.written()) +
                                     (dialog.notEntered().isEmpty()
                                          ? QString()
                                          : QStringLiteral("\n\n") + dialog.notEntered()));
    });
    menu->addSeparator();
    quit = menu->addAction(tr("&Quit"), w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainActions::buildEditMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Edit"));
    undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z, and Ctrl+Y as office programs have it, whatever the platform's list says.
    auto redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    insertTime = menu->addAction(tr("Insert the &time"), m_window, &MainWindow::insertTime);
    insertTime->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
}

void MainActions::buildMeetingMenu() {
    QMenu* meeting = m_window->menuBar()->addMenu(tr("&Meeting"));
    newMeeting = meeting->addAction(tr("&New meeting…"), m_window,
                                    [this] { MeetingDialogs::newMeeting(*m_window); });
    newMeeting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addParticipant = meeting->addAction(tr("Add &official or guest…"), m_window,
                                        [this] { MeetingDialogs::addParticipant(*m_window); });
    addParticipant->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    rollCall = meeting->addAction(tr("Ro&ll call…"), m_window,
                                  [this] { MeetingDialogs::rollCall(*m_window); });
    rollCall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    meetingDetails = meeting->addAction(tr("Meeting det&ails…"), m_window,
                                        [this] { MeetingDialogs::meetingDetails(*m_window); });
    meetingDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    bodyAndSchedule = meeting->addAction(tr("&Body, roster and schedule…"), m_window,
                                         [this] { MeetingDialogs::bodyAndSchedule(*m_window); });
    bodyAndSchedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    newBody = meeting->addAction(tr("New bod&y…"), m_window,
                                 [this] { MeetingDialogs::newBody(*m_window); });
    deleteMeeting = meeting->addAction(tr("Delete this &meeting…"), m_window,
                                       [this] { m_window->deleteMeeting(); });
    meeting->addSeparator();
    openingParagraph = meeting->addAction(tr("Insert the opening pa&ragraph"), this, [this] {
        withSession(MeetingOperations::openingParagraph);
    });
    newParagraph = meeting->addAction(tr("New &paragraph"), this, [this] {
        withSession(MeetingOperations::newParagraph);
        m_window->desk()->editor()->title()->setFocus();
    });
    newParagraph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    proceedings = meeting->addAction(tr("Motions and &votes…"), m_window,
                                     [this] { MeetingDialogs::proceedings(*m_window); });
    proceedings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    deleteParagraph = meeting->addAction(tr("&Delete paragraph"), this, [this] {
        withSession(MeetingOperations::deleteCurrentParagraph);
    });
    deleteParagraph->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    moveUp = meeting->addAction(tr("Move paragraph &up"), this, [this] {
        withSession([](MeetingSession& s) { MeetingOperations::moveCurrentParagraph(s, -1); });
    });
    moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveDown = meeting->addAction(tr("Move paragraph do&wn"), this, [this] {
        withSession([](MeetingSession& s) { MeetingOperations::moveCurrentParagraph(s, 1); });
    });
    moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    buildAdjournmentActions(meeting);
}

// F9 adjourns and resumes wherever the secretary is typing; Shift+F9 corrects the times.
void MainActions::buildAdjournmentActions(QMenu* meeting) {
    meeting->addSeparator();
    adjourn = meeting->addAction(tr("Ad&journ / resume the meeting"), this,
                                 [this] { withSession(AdjournmentActions::toggle); });
    adjourn->setShortcut(QKeySequence(Qt::Key_F9));
    adjournments = meeting->addAction(tr("Adjournment&s…"), this, [this] {
        if (m_session && !m_session->isReadOnly())
            AdjournmentsDialog(*m_session, m_window).exec();
    });
    adjournments->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
    m_adjourned = new AdjournedLabel(m_window);
    m_window->statusBar()->addPermanentWidget(m_adjourned);
}

void MainActions::buildAdjustmentMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("Ad&justment"));
    const auto step = [this, menu](const QString& text, void (*run)(MainWindow&)) {
        return menu->addAction(text, m_window, [this, run] { run(*m_window); });
    };
    sendForAdjustment = step(tr("&Send for adjustment…"), AdjustmentDialogs::sendForAdjustment);
    review = step(tr("&Remarks and corrections…"), AdjustmentDialogs::review);
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    sign = step(tr("S&ign…"), AdjustmentDialogs::sign);
    sign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    verify = step(tr("&Verify"), AdjustmentDialogs::verify);
    menu->addSeparator();
    recordErratum = step(tr("Record a r&ättelse…"), AdjustmentDialogs::recordErratum);
    recordPosting = step(tr("Record the &posting…"), AdjustmentDialogs::recordPosting);
    markPassage =
        step(tr("&Mark as not for publication / take the mark off"), PublishMarks::toggleMark);
    markPassage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    concernsIndividual =
        step(tr("Paragraph &concerns an individual"), PublishMarks::toggleIndividual);
    concernsIndividual->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    concernsIndividual->setCheckable(true);
    // After the step: the check shows what is stored, also when the step was refused.
    connect(concernsIndividual, &QAction::triggered, this, &MainActions::showIndividual);
    publish = step(tr("P&ublish on the web…"), AdjustmentDialogs::publish);
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    menu->addSeparator();
    deadlines = step(tr("&Deadlines…"), AdjustmentDialogs::deadlines);
    deadlines->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    waiting = step(tr("Protocols &waiting for me…"), AdjustmentDialogs::waiting);
    waiting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
}

void MainActions::buildFollowUpMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("F&ollow-up"));
    followUp = menu->addAction(tr("&Assignments and remarks…"), m_window,
                               [this] { MeetingDialogs::followUp(*m_window); });
    followUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    carried = menu->addAction(tr("From &earlier meetings…"), m_window,
                              [this] { MeetingDialogs::carried(*m_window); });
    carried->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    menu->addSeparator();
    assignmentOverview = menu->addAction(tr("All assignments across &bodies…"), m_window,
                                         [this] { MeetingDialogs::assignmentOverview(*m_window); });
    assignmentOverview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
}

void MainActions::buildGoMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Go"));
    const auto focus = [this, menu](const QString& text, Qt::Key key, auto target) {
        QAction* action =
            menu->addAction(text, m_window, [this, target] { target(m_window)->setFocus(); });
        action->setShortcut(QKeySequence(Qt::CTRL | key));
    };
    focus(tr("&Paragraphs"), Qt::Key_1,
          [](MainWindow* w) -> QWidget* { return w->desk()->paragraphList(); });
    focus(tr("&Title"), Qt::Key_2,
          [](MainWindow* w) -> QWidget* { return w->desk()->editor()->title(); });
    focus(tr("Te&xt"), Qt::Key_3, [](MainWindow* w) -> QWidget* {
        const auto sections = w->desk()->editor()->sections();
        return sections.isEmpty() ? static_cast<QWidget*>(w->desk()->editor()->decision())
                                  : static_cast<QWidget*>(sections.first()->text());
    });
    focus(tr("&Attendance"), Qt::Key_4,
          [](MainWindow* w) -> QWidget* { return w->attendance()->table(); });
    menu->addSeparator();
    search = menu->addAction(tr("&Search all meetings…"), m_window,
                             [this] { MeetingDialogs::search(*m_window); });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
}

void MainActions::buildSettingsMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Settings"));
    QMenu* languages = menu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices{
        {QString(), tr("Follow the system")},
        {QStringLiteral("sv"), QStringLiteral("Svenska")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, label] : choices) {
        QAction* action = languages->addAction(label);
        action->setCheckable(true);
        action->setChecked(Settings::language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, m_window, [this, code = code] {
            Settings::setLanguage(code);
            Dialogs::information(m_window, tr("Language"),
                                 tr("The new language is used from the next start of Paragraf."));
        });
    }
}

void MainActions::buildHelpMenu() {
    QMenu* menu = m_window->menuBar()->addMenu(tr("&Help"));
    handbook = menu->addAction(tr("&Handbook"), m_window, [this] {
        // One window, kept while the desk is open: F1 again brings it forward where it was.
        if (!m_handbook)
            m_handbook = new HandbookWindow(m_window);
        m_handbook->show();
        m_handbook->raise();
        m_handbook->activateWindow();
    });
    handbook->setShortcut(QKeySequence::HelpContents);
    about = menu->addAction(tr("&About Paragraf"), m_window, [this] {
        AboutDialog dialog(m_window);
        dialog.exec();
    });
}

void MainActions::buildToolBar() {
    QToolBar* bar = m_window->addToolBar(tr("Desk"));
    bar->setObjectName(QStringLiteral("desk"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction* action :
         {newMeeting, newParagraph, undo, redo, insertTime, printPreview, exportPdf})
        bar->addAction(action);
}

void MainActions::updateRecentFiles() {
    recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& path : files)
        recentMenu->addAction(path, m_window, [this, path] { m_window->openFile(path); });
    recentMenu->setEnabled(!files.isEmpty());
}

void MainActions::setFileOpen(bool open) {
    m_fileOpen = open;
    closeFile->setEnabled(open);
    newMeeting->setEnabled(open);
    bodyAndSchedule->setEnabled(open);
    newBody->setEnabled(open);
    deadlines->setEnabled(open);
    waiting->setEnabled(open);
    assignmentOverview->setEnabled(open);
    search->setEnabled(open);
    deliverToArchive->setEnabled(open);
    setSession(m_session);
}

void MainActions::setSession(MeetingSession* session) {
    if (m_session && m_session != session)
        m_undo->removeStack(m_session->undoStack());
    m_session = session;
    if (!m_undo->stacks().contains(m_window->fileHistory()))
        m_undo->addStack(m_window->fileHistory());
    if (session) {
        m_undo->addStack(session->undoStack());
        m_undo->setActiveStack(session->undoStack());
    } else {
        m_undo->setActiveStack(m_window->fileHistory()); // a deleted meeting comes back
    }
    const bool editable = session && !session->isReadOnly();
    for (QAction* action :
         {addParticipant, rollCall, meetingDetails, openingParagraph, newParagraph, proceedings,
          deleteParagraph, moveUp, moveDown, adjourn, adjournments})
        action->setEnabled(editable);
    m_adjourned->setSession(session);
    deleteMeeting->setEnabled(
        editable && (session->record().meeting.status == paragraf::MeetingStatus::Planned ||
                     session->record().meeting.status == paragraf::MeetingStatus::InProgress));
    for (QAction* action : {printPreview, print, exportPdf, exportOdt, exportWithAppendix, verify})
        action->setEnabled(session != nullptr);
    // The steps of justering check the status themselves and say what is possible instead.
    const bool writable = session && !session->databaseIsReadOnly();
    followUp->setEnabled(editable);
    for (QAction* action : {sendForAdjustment, review, sign, recordErratum, recordPosting,
                            markPassage, concernsIndividual, publish, carried})
        action->setEnabled(writable);
    showIndividual();
    if (session) {
        connect(session, &MeetingSession::marksChanged, this, &MainActions::showIndividual,
                Qt::UniqueConnection);
        connect(session, &MeetingSession::currentParagraphChanged, this,
                &MainActions::showIndividual, Qt::UniqueConnection);
    }
}

// The menu's check says whether the paragraph at hand concerns an individual.
void MainActions::showIndividual() {
    concernsIndividual->setChecked(m_session &&
                                   m_session->concernsIndividual(m_session->currentParagraph()));
}
