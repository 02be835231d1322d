#include "MainWindow.h"

#include "DeskFile.h"
#include "MainActions.h"
#include "MeetingDesk.h"
#include "MeetingNavigator.h"
#include "MeetingSession.h"
#include "NoticesLabel.h"
#include "attendance/AttendancePanel.h"
#include "commands/DeleteMeetingCommand.h"
#include "common/DesktopRecentFiles.h"
#include "common/Dialogs.h"
#include "common/FileDialogGuard.h"
#include "common/Settings.h"
#include "justering/AdjustmentDialogs.h"
#include "proceedings/AdjournmentActions.h"
#include "services/ChangesElsewhere.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QTextEdit>
#include <QTime>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace paragraf;

namespace {
QString fileFilter() {
    return MainWindow::tr("Paragraf databases (*.paragraf);;All files (*)");
}

QDockWidget* dock(QMainWindow* window, const QString& title, const QString& name, QWidget* content,
                  Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_navigator(new MeetingNavigator(this)), m_desk(new MeetingDesk(this)),
      m_attendance(new AttendancePanel(this)), m_actions(nullptr), m_fileLabel(new QLabel(this)),
      m_savedLabel(new QLabel(this)), m_notices(new NoticesLabel(this)) {
    FileDialogGuard::install();
    setCentralWidget(m_desk);
    dock(this, tr("Meetings"), QStringLiteral("meetings"), m_navigator, Qt::LeftDockWidgetArea);
    dock(this, tr("Attendance"), QStringLiteral("attendance"), m_attendance,
         Qt::RightDockWidgetArea);
    m_actions = new MainActions(this);
    statusBar()->addWidget(m_savedLabel);
    statusBar()->addWidget(m_notices, 1);
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_navigator, &MeetingNavigator::meetingChosen, this, &MainWindow::openMeeting);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    if (Settings::windowGeometry().isEmpty())
        resize(1280, 800);
    setSession(nullptr);
    updateTitle();
    // Another window, the command line or a colleague's desk may write to the same file: what
    // they commit is shown here within half a second. Asking SQLite costs one pragma.
    auto* watch = new QTimer(this);
    watch->setInterval(400);
    connect(watch, &QTimer::timeout, this, &MainWindow::showChangesFromElsewhere);
    watch->start();
}

void MainWindow::showChangesFromElsewhere() {
    // The server away (even while nobody types): said, and connected again when it is back.
    if (m_changes && !m_changes->connected())
        return;
    if (!m_database || m_database->isChecking() || !m_database->changedElsewhere())
        return;
    if (m_changes)
        m_changes->polled();
}

void MainWindow::showChangeElsewhere(Id meetingId) {
    // With a meeting open, the session tells whether the change was someone else's: its own
    // typing is committed on another connection and changes the file's version here too.
    if (m_session && (meetingId == NoId || meetingId == m_session->meetingId()))
        m_session->refreshFromFile();
    else
        showOthersChanges();
    emit meetingChangedElsewhere(meetingId);
}

QString MainWindow::offlineText() {
    return tr("Offline: the server cannot be reached; connecting again when it is back. What "
              "you type is kept here.");
}

// The window's own connection lost while nobody typed (the meeting's typing says its own state,
// which takes the status bar when there is any).
void MainWindow::showServerReachable(bool reachable) {
    if (!reachable) {
        m_beforeOffline = {m_savedLabel->text(), m_savedLabel->styleSheet()};
        m_savedLabel->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold"));
        m_savedLabel->setText(offlineText());
        return;
    }
    if (m_savedLabel->text() != offlineText())
        return;
    m_savedLabel->setText(m_beforeOffline.first);
    m_savedLabel->setStyleSheet(m_beforeOffline.second);
}

void MainWindow::showOthersChanges() {
    m_navigator->refresh();
    m_notices->refresh(m_database.get(), QDate::currentDate());
}

MainWindow::~MainWindow() {
    setSession(nullptr);
}

bool MainWindow::openFile(const QString& path) {
    return openFile(path, DeskFile::open(path, NoId, QDate::currentDate(), thread()));
}

bool MainWindow::openFile(const QString& path, Result<DeskFile> opened) {
    if (!mayLeaveTyping(tr("Open the other file anyway and lose it?")))
        return false;
    // A server that asks for a password (none in ~/.pgpass, no Kerberos): asked until it is
    // accepted or the person gives up. The password is kept by no one but the connection.
    QString password;
    while (!opened && opened.errorKind() == ErrorKind::PasswordNeeded) {
        bool ok = false;
        password = Dialogs::password(
            this, tr("Password"), opened.error() + QStringLiteral("\n\n") + tr("Password:"), &ok);
        if (!ok)
            return false;
        opened = DeskFile::openWithPassword(path, password, NoId, QDate::currentDate(), thread());
    }
    // An empty database on the server: opening left it as it was; a new Paragraf database is
    // made there only when the person says so.
    if (!opened && opened.errorKind() == ErrorKind::EmptyServer)
        return newOnServer(path, password, opened.error());
    if (!opened) {
        Dialogs::warning(this,
                         Database::looksLikeServer(path) ? tr("The server cannot be opened")
                                                         : tr("The file cannot be opened"),
                         opened.error());
        // A server that cannot be reached now stays among the recent ones.
        if (!QFileInfo::exists(path) && !Database::looksLikeServer(path))
            Settings::removeRecentFile(path);
        m_actions->updateRecentFiles();
        return false;
    }
    adopt(std::move(opened).value());
    if (m_database->isChecking())
        checkInBackground(path);
    else {
        emit fileReady(); // a server: its own checks are done
        // A chair or adjuster logged in as themselves sees first what waits for them.
        QTimer::singleShot(0, this, [this] { AdjustmentDialogs::waitingWhenOpened(*this); });
    }
    return true;
}

// A large file opens at once for reading; SQLite's quick check runs beside the window and the
// file becomes writable when it passes (a damaged file is closed again, untouched).
void MainWindow::checkInBackground(const QString& path) {
    auto* check = new QFutureWatcher<Status>(this);
    connect(check, &QFutureWatcher<Status>::finished, this, [this, check, path] {
        check->deleteLater();
        if (!m_database || m_database->path() != path || !m_database->isChecking())
            return;
        const Status checked = check->result();
        const Status finished = checked ? m_database->finishCheck() : checked;
        if (!finished) {
            closeFile();
            Dialogs::warning(this, tr("The file cannot be opened"), finished.error());
            return;
        }
        if (m_database->isReadOnly())
            Dialogs::information(this, tr("Opened read-only"), m_database->readOnlyReason());
        m_actions->setSession(m_session);
        if (m_session)
            m_session->refreshAll();
        updateTitle();
        emit fileReady();
    });
    // Started from the event loop, so that reading the whole file does not slow down showing
    // the meeting that opens with it.
    QTimer::singleShot(0, check, [check, path] {
        check->setFuture(QtConcurrent::run([path] { return Database::quickCheck(path); }));
    });
}

bool MainWindow::newOnServer(const QString& address, const QString& password, const QString& why) {
    if (!Dialogs::question(this, tr("New database on the server"),
                           why + QStringLiteral("\n\n") +
                               tr("Make a new, empty Paragraf database there now?"),
                           true))
        return false;
    return newFile(address, password);
}

bool MainWindow::newFile(const QString& path, const QString& password) {
    auto created = Database::create(path, password);
    if (!created) {
        Dialogs::warning(this,
                         Database::looksLikeServer(path) ? tr("The server cannot be opened")
                                                         : tr("The file cannot be created"),
                         created.error());
        return false;
    }
    DeskFile file; // new and empty: no bodies, nothing due
    file.database = std::move(created).value();
    adopt(std::move(file));
    emit fileReady();
    return true;
}

void MainWindow::newFileDialog() {
    QString path = Dialogs::saveFileName(this, tr("New database"), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".paragraf");
    newFile(path);
}

void MainWindow::openFileDialog() {
    const QString path = Dialogs::openFileName(this, tr("Open database"), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openServerDialog() {
    const QString address = Dialogs::text(
        this, tr("Open server"),
        tr("The server's address, e.g. postgresql://paragraf.kommun.se/paragraf or host=… "
           "dbname=…:"));
    if (address.isEmpty())
        return;
    if (!Database::looksLikeServer(address)) {
        Dialogs::warning(this, tr("The server cannot be opened"),
                         tr("%1 is not a server's address: write postgresql://host/database or "
                            "a connection string such as host=… dbname=….")
                             .arg(address));
        return;
    }
    openFile(address);
}

void MainWindow::closeFile() {
    if (!mayLeaveTyping(tr("Close the file anyway and lose it?")))
        return;
    setSession(nullptr);
    m_navigator->setDatabase(nullptr);
    m_changes.reset();
    m_database.reset();
    m_notices->refresh(nullptr, QDate::currentDate());
    m_actions->setFileOpen(false);
    updateTitle();
}

void MainWindow::adopt(DeskFile file) {
    setSession(nullptr);
    m_navigator->setDatabase(nullptr);
    m_changes.reset();
    m_database = std::move(file.database);
    m_changes = std::make_unique<ChangesElsewhere>(*m_database);
    connect(m_changes.get(), &ChangesElsewhere::changed, this, &MainWindow::showChangeElsewhere);
    connect(m_changes.get(), &ChangesElsewhere::reachable, this, &MainWindow::showServerReachable);
    // A keystroke waits less than a second for another writer before it is kept aside and
    // written later (MeetingSession): the window must not freeze.
    m_database->waitWhenBusy(700);
    (void)m_database->changedElsewhere(); // from here on
    m_navigator->setDatabase(m_database.get(), file.outline);
    m_notices->showReminders(file.reminders);
    Settings::addRecentFile(m_database->path()); // a server's address without its password
    if (!m_database->isServer()) {
        Dialogs::setStartFolder(QFileInfo(m_database->path()).absolutePath());
        // Also in the desktop's list, for other programs' file dialogs; off the window's thread,
        // as the list is written safely (synced) and the window is starting.
        (void)QtConcurrent::run([path = m_database->path()] { DesktopRecentFiles::add(path); });
    }
    m_actions->updateRecentFiles();
    m_actions->setFileOpen(true);
    updateTitle();
    // The meeting asked for, else where the secretary was when the file was last open.
    const Settings::Place last = Settings::lastPlace(m_database->path());
    // Where the secretary was last time, gone since (deleted in another window): the desk opens
    // without it and says nothing; a meeting asked for that cannot be read is said.
    const bool placeGone =
        !file.meeting && file.askedMeeting != NoId && file.askedMeeting == last.meetingId;
    if (!file.problem.isEmpty() && !placeGone)
        Dialogs::warning(this, tr("Not everything could be read"), file.problem);
    const bool opened =
        file.meeting ? showSession(new MeetingSession(*m_database, std::move(*file.meeting), this))
                     : !placeGone && last.meetingId != NoId && openMeeting(last.meetingId);
    if (!opened) {
        // A place that cannot be opened (the message said why) is not tried again next time.
        if (!file.meeting && last.meetingId != NoId)
            Settings::setLastPlace(m_database->path(), {NoId, NoId});
        return;
    }
    if (last.meetingId == m_session->meetingId() && m_session->paragraph(last.paragraphId))
        m_session->setCurrentParagraph(last.paragraphId);
    focusParagraphs();
}

void MainWindow::rememberPlace() {
    if (m_database && m_session)
        Settings::setLastPlace(m_database->path(),
                               {m_session->meetingId(), m_session->currentParagraph()});
}

bool MainWindow::openMeeting(Id meetingId) {
    if (!m_database)
        return false;
    if (m_session && m_session->meetingId() == meetingId)
        return true;
    if (!mayLeaveTyping(tr("Open the other meeting anyway and lose it?")))
        return false;
    // A meeting that cannot be read (deleted in another window, a damaged file) is said, and
    // the desk stays where it was.
    auto record = MeetingService(*m_database).load(meetingId);
    if (!record) {
        Dialogs::warning(this, tr("The meeting cannot be opened"), record.error());
        return false;
    }
    return showSession(new MeetingSession(*m_database, std::move(record).value(), this));
}

void MainWindow::closeMeeting() {
    setSession(nullptr);
}

void MainWindow::deleteMeeting() {
    if (!m_session || m_session->isReadOnly())
        return;
    const MeetingRecord& record = m_session->record();
    const QString what =
        tr("%1, %2").arg(record.body.name, record.meeting.date.toString(Qt::ISODate));
    if (!Dialogs::question(this, tr("Delete the meeting"),
                           tr("Delete the meeting of %1 with all its paragraphs? Undo (Ctrl+Z) "
                              "brings it back.")
                               .arg(what)))
        return;
    m_fileHistory.push(new DeleteMeetingCommand(*this, m_session->meetingId(),
                                                tr("Delete the meeting %1").arg(what)));
}

bool MainWindow::showSession(MeetingSession* session) {
    if (session->record().body.id == NoId) {
        delete session;
        return false;
    }
    setSession(session);
    m_navigator->selectMeeting(session->meetingId());
    return true;
}

// After the meeting's status or text changed outside the desk's own editing (justering): a fresh
// session, at the same paragraph, with what can be done now.
void MainWindow::reopenMeeting() {
    if (!m_session)
        return;
    const Id meetingId = m_session->meetingId();
    const Id paragraph = m_session->currentParagraph();
    setSession(nullptr);
    openMeeting(meetingId);
    if (m_session)
        m_session->setCurrentParagraph(paragraph);
    m_navigator->refresh();
    m_notices->refresh(m_database.get(), QDate::currentDate());
}

bool MainWindow::createMeeting(const Meeting& meeting) {
    if (!m_database)
        return false;
    const auto id = MeetingService(*m_database).createMeeting(meeting);
    if (!id) {
        Dialogs::warning(this, tr("The meeting cannot be created"), id.error());
        return false;
    }
    m_navigator->refresh();
    if (!openMeeting(id.value()))
        return false;
    focusParagraphs();
    return true;
}

// Where minuting goes on in a meeting the window opened by itself: keys typed before the
// secretary has clicked anywhere must not reach the tree, whose type-ahead would jump to
// another meeting. A meeting chosen in the tree keeps the keys there, for the next arrow.
void MainWindow::focusParagraphs() {
    m_desk->paragraphList()->setFocus();
}

// "kl. 10.15" where the secretary is typing: the usual way to note when something happened.
void MainWindow::insertTime() {
    const QString stamp = QStringLiteral("kl. %1 ").arg(
        AdjournmentActions::clock().toString(QStringLiteral("HH.mm")));
    QWidget* focus = QApplication::focusWidget();
    if (auto* text = qobject_cast<QTextEdit*>(focus); text && !text->isReadOnly())
        text->insertPlainText(stamp);
    else if (auto* line = qobject_cast<QLineEdit*>(focus); line && !line->isReadOnly())
        line->insert(stamp);
}

void MainWindow::setSession(MeetingSession* session) {
    rememberPlace();
    MeetingSession* old = m_session;
    m_session = session;
    m_desk->setSession(session);
    m_attendance->setSession(session);
    m_actions->setSession(session);
    if (session) {
        connect(session, &MeetingSession::failed, this, [this](const QString& message) {
            Dialogs::warningWhileTyping(this, tr("Not possible"), message);
        });
        connect(session, &MeetingSession::saved, this, [this] {
            m_savedLabel->setStyleSheet(QString());
            m_savedLabel->setText(
                tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        });
        connect(session, &MeetingSession::saving, this, [this] {
            m_savedLabel->setStyleSheet(QString());
            m_savedLabel->setText(tr("Saving …"));
        });
        connect(session, &MeetingSession::fileChangedElsewhere, this,
                &MainWindow::showOthersChanges);
        connect(session, &MeetingSession::waiting, this, [this](const QString& message) {
            m_savedLabel->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold"));
            m_savedLabel->setText(message);
        });
        connect(session, &MeetingSession::changed, this, [this](MeetingSession::Scope scope) {
            if (scope != MeetingSession::Scope::Structure)
                return;
            m_navigator->refresh();
            updateTitle();
        });
    }
    delete old; // waits for what it had typed to be written
    if (old)    // what the status bar said was the old meeting's
        m_savedLabel->clear();
    updateTitle();
}

void MainWindow::updateTitle() {
    if (!m_database) {
        setWindowTitle(QStringLiteral("Paragraf"));
        m_fileLabel->setText(tr("No database open"));
        return;
    }
    const QString readOnly = m_database->isChecking()   ? tr(" (checking…)")
                             : m_database->isReadOnly() ? tr(" (read-only)")
                                                        : QString();
    const QString name =
        m_database->isServer() ? m_database->path() : QFileInfo(m_database->path()).fileName();
    QString title = name + readOnly;
    if (m_session)
        title = m_session->record().body.name + QStringLiteral(" ") +
                m_session->record().meeting.date.toString(Qt::ISODate) + QStringLiteral(" – ") +
                title;
    setWindowTitle(title + QStringLiteral(" – Paragraf"));
    m_fileLabel->setText((m_database->isServer() ? m_database->path()
                                                 : QDir::toNativeSeparators(m_database->path())) +
                         readOnly);
}

// What was typed last may wait for a busy file or a full disk: leaving the meeting now (closing,
// another meeting, another file) would lose it, so the secretary decides; No is the default.
bool MainWindow::mayLeaveTyping(const QString& question) {
    if (!m_session || m_session->settleTyped())
        return true;
    return Dialogs::question(this, tr("Not saved yet"),
                             tr("What you typed last is not in the file yet: another program is "
                                "writing to it, or the disk is full. It is saved as soon as the "
                                "file is free.") +
                                 QStringLiteral("\n\n") + question,
                             true);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!mayLeaveTyping(tr("Close anyway and lose it?"))) {
        event->ignore();
        return;
    }
    rememberPlace();
    Settings::setWindowGeometry(saveGeometry(), saveState());
    event->accept();
}
