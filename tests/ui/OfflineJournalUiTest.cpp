// When the network goes: the desk open on a server keeps typing into the meeting's offline
// journal while the server cannot be reached, says so, and sends the journal when it is back.
// Each test runs a PostgreSQL server of its own (OwnServer) and stops it under the desk.
#include "ServerDeskUiTest.h"
#include "desk/MainWindow.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "document/SafeTextDocument.h"
#include "justering/AdjustmentDialogs.h"
#include "services/MeetingService.h"
#include "services/TypedJournal.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>
#include <csignal>

using namespace paragraf;

namespace {

constexpr Id november = 6; // of the demo

class OfflineJournalUiTest : public ServerDeskUiTest {};

// The must-show test: 20 times the server goes while the secretary types and comes back. Each
// time the status bar says the desk is offline and what is typed is kept on this computer,
// typing never waits, and once it says "Saved" again the server holds every character shown,
// in order.
TEST_F(OfflineJournalUiTest, TwentyServerRestartsWhileTypingLoseNothing) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("restarts"));
    ASSERT_FALSE(address.isEmpty());
    window = openedWindow<MainWindow>(address);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    MeetingSession& session = *window->session();
    session.setCurrentParagraph(session.record().paragraphs.first().id);
    const Id sectionId = session.record().paragraphs.first().sections.first().id;
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QString shown = text->toPlainText();
    QSignalSpy failed(&session, &MeetingSession::failed);
    const auto said = [&] {
        QStringList all;
        for (const auto& message : failed)
            all << message.first().toString();
        return all.join(QStringLiteral("\n---\n")).toStdString();
    };

    qint64 slowest = 0;
    for (int round = 0; round < 20; ++round) {
        for (const QChar c : QStringLiteral(" å%1").arg(round)) {
            slowest = std::max(slowest, type(text, c));
            shown += c;
        }
        ASSERT_TRUE(server.pause());
        for (const QChar c : QStringLiteral(" ö%1").arg(round)) {
            slowest = std::max(slowest, type(text, c));
            shown += c;
        }
        // The typing's own words, or the window's when its connection noticed first: both say
        // that what is typed is kept.
        ASSERT_TRUE(statusSays("Offline: the server cannot be reached") &&
                    statusText().contains(QStringLiteral("What you type is kept")))
            << "round " << round << ": " << statusText().toStdString() << said();
        ASSERT_TRUE(server.resume());
        for (const QChar c : QStringLiteral(" ä%1").arg(round)) {
            slowest = std::max(slowest, type(text, c));
            shown += c;
        }
        ASSERT_TRUE(statusSays("Saved"))
            << "round " << round << ": " << statusText().toStdString() << said();
        ASSERT_EQ(text->toPlainText(), shown);
        // What the desk says is saved is on the server, every character in order: the server
        // holds the section as the editor stores it (Markdown: its lists keep their "- "), and
        // that text, shown as the editor shows it, is what the secretary sees.
        const QString stored = server.sectionText(QStringLiteral("restarts"), sectionId);
        ASSERT_EQ(stored, markdownOf(*text->document()).trimmed()) << "round " << round;
        ASSERT_EQ(shownAsEditorShows(stored), shown) << "round " << round;
    }
    EXPECT_LT(slowest, 100) << "a keystroke waited for the server";
    EXPECT_EQ(failed.count(), 0) << said();
    EXPECT_FALSE(QFile::exists(TypedJournal(session.database().path(), november).path()))
        << "the journal is removed once it is on the server";
    // The window listens to the server again: a colleague's changes still show (each change
    // notifies; those before the window listens again are found by its poll instead).
    QSignalSpy heard(window.get(), &MainWindow::meetingChangedElsewhere);
    const auto heardTheServer = [&] {
        return std::any_of(heard.cbegin(), heard.cend(), [](const QList<QVariant>& args) {
            return args.first().toLongLong() == november;
        });
    };
    QElapsedTimer listening;
    listening.start();
    while (!heardTheServer() && listening.elapsed() < 5000) {
        ASSERT_TRUE(server.notifyMeetingChanged(QStringLiteral("restarts"), november));
        QTest::qWait(200);
    }
    EXPECT_TRUE(heardTheServer())
        << "the server's notifications are heard again after it came back";
}

// While offline only typing is kept: a new paragraph, attendance and signing need the server
// now and are refused with a message, nothing of them started (not queued half-way); the
// typing goes on and reaches the server when it is back.
TEST_F(OfflineJournalUiTest, EverythingButTypingIsRefusedWhileOffline) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("refused"));
    ASSERT_FALSE(address.isEmpty());
    window = openedWindow<MainWindow>(address);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    MeetingSession& session = *window->session();
    const qsizetype paragraphs = session.record().paragraphs.size();
    session.setCurrentParagraph(session.record().paragraphs.first().id);
    QTextEdit* text = window->desk()->editor()->sections().first()->text();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QSignalSpy failed(&session, &MeetingSession::failed);
    ASSERT_TRUE(server.pause());
    for (const QChar c : QStringLiteral(" offline"))
        type(text, c);
    ASSERT_TRUE(statusSays("Offline: the server cannot be reached. What you type is kept"))
        << statusText().toStdString();
    bool started = false;
    const auto noteStarted = [&](MeetingService&) {
        started = true;
        return Status();
    };
    EXPECT_FALSE(session.apply(noteStarted, MeetingSession::Scope::Structure));
    EXPECT_FALSE(session.applyAttendance(noteStarted));
    AdjustmentDialogs::sign(*window);
    EXPECT_FALSE(started) << "something was started while offline";
    ASSERT_EQ(failed.count(), 3);
    for (const auto& message : failed)
        EXPECT_TRUE(message.first().toString().contains(QStringLiteral("cannot be done now")))
            << message.first().toString().toStdString();
    ASSERT_TRUE(server.resume());
    type(text, QStringLiteral("!"));
    ASSERT_TRUE(statusSays("Saved")) << statusText().toStdString();
    EXPECT_TRUE(server
                    .sectionText(QStringLiteral("refused"),
                                 session.record().paragraphs.first().sections.first().id)
                    .endsWith(QStringLiteral(" offline!")));
    bool startedOnline = false;
    EXPECT_TRUE(session.apply(
        [&](MeetingService&) {
            startedOnline = true;
            return Status();
        },
        MeetingSession::Scope::Structure))
        << "back online, the rest works again";
    EXPECT_TRUE(startedOnline);
    EXPECT_EQ(session.record().paragraphs.size(), paragraphs);
}

} // namespace

namespace {

// A session on the server, as the desk opens a meeting, without a window.
struct ServerSession {
    explicit ServerSession(const QString& address) {
        auto opened = Database::open(address);
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        if (!opened)
            return;
        database = std::move(opened).value();
        auto record = MeetingService(*database).load(november);
        EXPECT_TRUE(record.ok());
        session = std::make_unique<MeetingSession>(*database, std::move(record).value());
        failed = std::make_unique<QSignalSpy>(session.get(), &MeetingSession::failed);
    }
    Id firstSection() const { return session->record().paragraphs.first().sections.first().id; }
    std::unique_ptr<Database> database;
    std::unique_ptr<MeetingSession> session;
    std::unique_ptr<QSignalSpy> failed;
};

// The desk killed (SIGKILL) while offline: what it had said was kept is in its journal, and the
// next desk to open the meeting sends it once the server is back, and removes the journal.
TEST_F(OfflineJournalUiTest, TheJournalSurvivesAKilledDeskAndIsSentAtTheNextOpen) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("killed"));
    ASSERT_FALSE(address.isEmpty());
    Id sectionId = NoId;
    QString before;
    {
        ServerSession probe(address);
        ASSERT_TRUE(probe.session);
        sectionId = probe.firstSection();
        before = probe.session->section(sectionId)->text;
    }
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.start(
        QStringLiteral(JOURNAL_WRITER),
        {address, QString::number(november), QString::number(sectionId), TypedJournal::folder()});
    ASSERT_TRUE(child.waitForStarted()) << child.errorString().toStdString();
    const auto waitForLine = [&](const QByteArray& wanted) {
        while (child.state() == QProcess::Running || child.canReadLine()) {
            if (!child.canReadLine() && !child.waitForReadyRead(20000))
                return false;
            while (child.canReadLine())
                if (child.readLine().trimmed() == wanted)
                    return true;
        }
        return false;
    };
    ASSERT_TRUE(waitForLine("online")) << child.readAllStandardError().toStdString();
    ASSERT_TRUE(server.pause());
    child.write("go\n");
    ASSERT_TRUE(waitForLine("kept 10")) << child.readAllStandardError().toStdString();
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    child.waitForFinished();
    const QString kept = before + QStringLiteral("xabcdefghij");

    ASSERT_TRUE(server.resume());
    ServerSession reopened(address);
    ASSERT_TRUE(reopened.session);
    const QString journalPath = TypedJournal(reopened.database->path(), november).path();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !QFile::exists(journalPath); }, 20000))
        << "the journal was not sent";
    const QString stored = server.sectionText(QStringLiteral("killed"), sectionId);
    EXPECT_TRUE(stored.startsWith(kept)) << stored.toStdString();
    EXPECT_LE(stored.size(), kept.size() + 1) << stored.toStdString();
    EXPECT_EQ(reopened.failed->count(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return reopened.session->section(sectionId)->text == stored;
    })) << "the desk shows what it sent";
}

// A journal that cannot be read is set aside with a message and nothing of it is applied.
TEST_F(OfflineJournalUiTest, ADamagedJournalIsSetAsideAndNotApplied) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("damaged"));
    ASSERT_FALSE(address.isEmpty());
    auto database = Database::open(address);
    ASSERT_TRUE(database.ok());
    const MeetingRecord record = MeetingService(*database.value()).load(november).value();
    const Section section = record.paragraphs.first().sections.first();
    const TypedJournal journal(database.value()->path(), november);
    TypedChange change;
    change.meetingId = november;
    change.id = section.id;
    change.seen = section.text;
    change.wanted = section.text + QStringLiteral(" typed offline");
    ASSERT_TRUE(journal.append({change}).ok());
    QFile file(journal.path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace("typed offline", "typed 0ffline"); // one bit of the disk gone wrong
    file.seek(0);
    file.write(bytes);
    file.close();

    ServerSession opened(address);
    ASSERT_TRUE(opened.failed->wait(5000));
    const QString message = opened.failed->first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("is damaged"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("set aside"))) << message.toStdString();
    EXPECT_FALSE(QFile::exists(journal.path()));
    EXPECT_EQ(QDir(TypedJournal::folder())
                  .entryList({QStringLiteral("*.damaged-*.journal")}, QDir::Files)
                  .size(),
              1);
    QTest::qWait(500);
    EXPECT_EQ(server.sectionText(QStringLiteral("damaged"), section.id), section.text);
}

// Someone else changed the field while the desk was offline: what was typed offline is refused
// with a message that gives it back, and kept in the journal's "not sent" file; their change
// stays. While offline, what is not typing (a new paragraph) is refused, not queued.
TEST_F(OfflineJournalUiTest, AConflictAfterOfflineIsRefusedAndKeptNotSent) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("conflict"));
    ASSERT_FALSE(address.isEmpty());
    Id sectionId = NoId;
    QString notSentPath;
    {
        ServerSession desk(address);
        ASSERT_TRUE(desk.session);
        sectionId = desk.firstSection();
        notSentPath = TypedJournal(desk.database->path(), november).notSentPath();
        const QString text = desk.session->section(sectionId)->text;
        ASSERT_TRUE(server.pause());
        desk.session->saveSectionText(sectionId, text + QStringLiteral(" skrivet offline"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return desk.session->isOffline(); }, 10000));
        Paragraph added;
        added.meetingId = november;
        added.title = QStringLiteral("Nytt ärende");
        EXPECT_FALSE(desk.session->apply(
            [&](MeetingService& service) {
                const auto id = service.addParagraph(added);
                return id ? Status() : Status(id.failure());
            },
            MeetingSession::Scope::Structure));
        ASSERT_EQ(desk.failed->count(), 1);
        EXPECT_TRUE(
            desk.failed->first().first().toString().contains(QStringLiteral("cannot be done now")));
    } // closed while offline: the journal stays
    ASSERT_TRUE(server.resume());
    {
        auto other = Database::open(address);
        ASSERT_TRUE(other.ok());
        const QString seen = MeetingService(*other.value())
                                 .load(november)
                                 .value()
                                 .paragraphs.first()
                                 .sections.first()
                                 .text;
        ASSERT_TRUE(MeetingService(*other.value())
                        .updateSectionText(sectionId, seen, QStringLiteral("Någon annans text"))
                        .ok());
    }
    ServerSession reopened(address);
    ASSERT_TRUE(reopened.failed->wait(10000));
    const QString message = reopened.failed->first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("changed by someone else")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("skrivet offline"))) << message.toStdString();
    EXPECT_TRUE(message.contains(notSentPath)) << message.toStdString();
    QFile notSent(notSentPath);
    ASSERT_TRUE(notSent.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(notSent.readAll()).contains(QStringLiteral("skrivet offline")));
    EXPECT_EQ(server.sectionText(QStringLiteral("conflict"), sectionId),
              QStringLiteral("Någon annans text"));
}

} // namespace
