// The desk after the network went (issue #21 item 6, the tester's findings 3, 4 and 8): the
// window's own connection is opened again when the server is back even if nobody typed, a
// conflict after offline leaves the desk showing what the server holds and saving again, and a
// refused journal leaves no "Saving …" behind. Each test stops a server of its own under the desk.
#include "ServerDeskUiTest.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ReviewService.h"
#include "desk/MeetingDesk.h"
#include "desk/MeetingSession.h"
#include "desk/ParagraphEditor.h"
#include "desk/SectionEditor.h"
#include "document/SafeTextDocument.h"
#include "services/MeetingService.h"

#include <QMutex>

using namespace paragraf;

namespace {

constexpr Id november = 6; // of the demo

// What Qt says on stderr while a test runs (QSqlQuery::prepare: database not open, …).
QMutex warningsMutex;
QStringList warnings;
void keepWarning(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const QMutexLocker lock(&warningsMutex);
    warnings << message;
}

class ReconnectUiTest : public ServerDeskUiTest {
protected:
    void SetUp() override {
        ServerDeskUiTest::SetUp();
        warnings.clear();
        m_previousHandler = qInstallMessageHandler(keepWarning);
    }
    void TearDown() override {
        qInstallMessageHandler(m_previousHandler);
        ServerDeskUiTest::TearDown();
    }
    static QStringList notOpenWarnings() {
        const QMutexLocker lock(&warningsMutex);
        return warnings.filter(QStringLiteral("not open"), Qt::CaseInsensitive);
    }
    // The first section of the meeting's first paragraph, focused at its end.
    QTextEdit* firstSection() {
        MeetingSession& session = *window->session();
        session.setCurrentParagraph(session.record().paragraphs.first().id);
        QTextEdit* text = window->desk()->editor()->sections().first()->text();
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        return text;
    }

private:
    QtMessageHandler m_previousHandler = nullptr;
};

// Finding 3: the server went and came back while nobody typed. The status bar says offline
// while it is away; once it is back, a remark another desk adds is heard within a second or
// two, the remarks work at this desk again, and Qt never complained of a closed database.
TEST_F(ReconnectUiTest, AnIdleDeskHearsTheServerAgainAfterItWasAway) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("idle"));
    ASSERT_FALSE(address.isEmpty());
    Id paragraph = NoId;
    Id adjuster = NoId;
    {
        auto secretary = Database::open(address);
        ASSERT_TRUE(secretary.ok());
        ASSERT_TRUE(AdjustmentService(*secretary.value()).sendForAdjustment(november, true).ok());
        const MeetingRecord record = MeetingService(*secretary.value()).load(november).value();
        paragraph = record.paragraphs.first().id;
        for (const Signatory& signatory : AdjustmentService::signatories(record))
            if (signatory.role == SignatoryRole::Adjuster)
                adjuster = signatory.participantId;
    }
    ASSERT_NE(adjuster, NoId);
    window = openedWindow<MainWindow>(address);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    QTest::qWait(500); // idle

    ASSERT_TRUE(server.pause());
    EXPECT_TRUE(statusSays("Offline: the server cannot be reached", 5000))
        << "while it is away, the desk says so: " << statusText().toStdString();
    QTest::qWait(1500); // idle and offline: several polls
    ASSERT_TRUE(server.resume());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !statusText().startsWith("Offline"); }, 5000))
        << "back: " << statusText().toStdString();

    QSignalSpy heard(window.get(), &MainWindow::meetingChangedElsewhere);
    auto chair = Database::open(address);
    ASSERT_TRUE(chair.ok()) << chair.error().toStdString();
    QElapsedTimer clock;
    clock.start();
    const auto remark =
        ReviewService(*chair.value())
            .addRemark(november, paragraph, adjuster, QStringLiteral("Beslutet saknar datum."));
    ASSERT_TRUE(remark.ok()) << remark.error().toStdString();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(heard.cbegin(), heard.cend(), [](const QList<QVariant>& args) {
                return args.first().toLongLong() == november;
            });
        },
        2000))
        << "the remark was not heard at the idle desk";
    EXPECT_LT(clock.elapsed(), 2000);

    // What the review and signing dialogs do, on the window's connection: works again.
    const auto remarks = ReviewService(*window->database()).remarks(november);
    ASSERT_TRUE(remarks.ok()) << remarks.error().toStdString();
    ASSERT_EQ(remarks->size(), 1);
    const Status rejected = ReviewService(*window->database())
                                .rejectRemark(remark.value(), QStringLiteral("Datum står i § 1."));
    EXPECT_TRUE(rejected.ok()) << rejected.error().toStdString();
    const auto signing = AdjustmentService(*window->database()).verify(november);
    EXPECT_TRUE(signing.ok()) << signing.error().toStdString();
    EXPECT_EQ(notOpenWarnings(), QStringList());
}

// Finding 4: another desk changed the field while this one was offline. The conflict is said
// with what was typed, as before; then the desk shows what the server holds, is no longer
// offline, and what is typed afterwards is saved.
TEST_F(ReconnectUiTest, AfterAConflictOfflineTheDeskShowsTheServerAndSavesAgain) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("conflict"));
    ASSERT_FALSE(address.isEmpty());
    window = openedWindow<MainWindow>(address);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    MeetingSession& session = *window->session();
    QTextEdit* text = firstSection();
    const Id sectionId = session.record().paragraphs.first().sections.first().id;
    type(text, QStringLiteral("!"));
    ASSERT_TRUE(statusSays("Saved")) << statusText().toStdString();
    const QString theirs = QStringLiteral("Olles text.");
    {
        // Another desk's change; this desk does not look until it is offline (no events run).
        auto other = Database::open(address);
        ASSERT_TRUE(other.ok());
        const QString seen = server.sectionText(QStringLiteral("conflict"), sectionId);
        ASSERT_TRUE(MeetingService(*other.value()).updateSectionText(sectionId, seen, theirs).ok());
    }
    ASSERT_TRUE(server.pause());
    QSignalSpy failed(&session, &MeetingSession::failed);
    for (const QChar c : QStringLiteral(" Skrivet offline."))
        type(text, c);
    ASSERT_TRUE(statusSays("Offline: the server cannot be reached. What you type is kept"))
        << statusText().toStdString();
    ASSERT_TRUE(server.resume());

    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, 20000));
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("changed by someone else")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Skrivet offline."))) << message.toStdString();
    EXPECT_TRUE(message.contains(TypedJournal(session.database().path(), november).notSentPath()))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("as the server holds it")))
        << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("the file"))) << message.toStdString();
    EXPECT_TRUE(statusSays("Saved", 5000)) << statusText().toStdString();
    EXPECT_FALSE(session.isOffline());
    EXPECT_EQ(text->toPlainText(), shownAsEditorShows(theirs)) << "shown as the server holds it";

    text->moveCursor(QTextCursor::End);
    for (const QChar c : QStringLiteral(" Efteråt."))
        type(text, c);
    ASSERT_TRUE(statusSays("Saved")) << statusText().toStdString();
    settle();
    const QString stored = server.sectionText(QStringLiteral("conflict"), sectionId);
    EXPECT_EQ(stored, markdownOf(*text->document()).trimmed());
    EXPECT_EQ(shownAsEditorShows(stored), shownAsEditorShows(theirs) + QStringLiteral(" Efteråt."));
    EXPECT_EQ(failed.count(), 1) << "typing after the conflict was refused: "
                                 << failed.last().first().toString().toStdString();
    EXPECT_EQ(notOpenWarnings(), QStringList());
}

// Finding 8: a journal left from offline typing, refused because the protocol was sent for
// adjustment meanwhile: the message gives back what was typed, and the status bar does not go
// on saying "Saving …".
TEST_F(ReconnectUiTest, ARefusedJournalSaysWhatWasTypedAndLeavesNoSavingBehind) {
    PARAGRAF_REQUIRE_OWN_SERVER(server);
    const QString address = demoOnServer(QStringLiteral("sent"));
    ASSERT_FALSE(address.isEmpty());
    {
        auto secretary = Database::open(address);
        ASSERT_TRUE(secretary.ok());
        const Section section = MeetingService(*secretary.value())
                                    .load(november)
                                    .value()
                                    .paragraphs.first()
                                    .sections.first();
        TypedChange change;
        change.meetingId = november;
        change.id = section.id;
        change.seen = section.text;
        change.wanted = section.text + QStringLiteral(" Skrivet innan det skickades.");
        change.typed = change.wanted;
        ASSERT_TRUE(TypedJournal(secretary.value()->path(), november).append({change}).ok());
        ASSERT_TRUE(AdjustmentService(*secretary.value()).sendForAdjustment(november, true).ok());
    }
    window = openedWindow<MainWindow>(address);
    ASSERT_TRUE(window);
    ASSERT_TRUE(window->openMeeting(november));
    QSignalSpy failed(window->session(), &MeetingSession::failed);
    ASSERT_TRUE(QTest::qWaitFor([&] { return failed.count() > 0; }, 10000));
    const QString message = failed.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Skrivet innan det skickades.")))
        << message.toStdString();
    settle();
    EXPECT_TRUE(statusSays("Saved", 3000)) << statusText().toStdString();
}

} // namespace
