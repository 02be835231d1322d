// The attendance key's compare-and-set: the desk checks a key against the meeting it holds only
// while the file's attendance revision is still that meeting's; every change the attendance
// checks depend on moves the revision on (schema 14), and a file of schema 13 is upgraded.
#include "TestSupport.h"
#include "services/RulesService.h"
#include "storage/Migrator.h"

#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

QList<Id> idsOf(const QList<AttendanceEvent>& events) {
    QList<Id> ids;
    for (const auto& e : events)
        ids << e.id;
    return ids;
}

class AttendanceRevisionTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        body = createBody(QStringLiteral("Nämnden"), 3);
        meeting = createMeeting(body, QDate(2026, 3, 10));
        for (const char* title : {"Ett", "Två", "Tre"})
            paragraphs << addParagraph(meeting, QString::fromUtf8(title));
        member = participantNamed(meeting, QStringLiteral("Ledamot 2"));
        auto second = Database::openSecond(database());
        ASSERT_TRUE(second.ok()) << second.error().toStdString();
        other = std::move(second).value();
    }
    qint64 revision() const { return load(meeting).attendanceRevision; }
    AttendanceEvent leaves(Id who, Id beforeParagraph) const {
        return {NoId, who, AttendanceEventKind::Leave, beforeParagraph, NoId, {}};
    }
    int eventsInFile() const { return static_cast<int>(load(meeting).events.size()); }

    Id body = NoId;
    Id meeting = NoId;
    QList<Id> paragraphs;
    Id member = NoId;
    std::unique_ptr<Database> other; // another window or program on the same file
};

TEST_F(AttendanceRevisionTest, AKeyOnAnUpToDateMeetingIsCheckedAgainstItAndKeptInIt) {
    MeetingRecord desk = load(meeting);
    const auto written = service().recordAttendance(desk, leaves(member, paragraphs[1]));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(written->seenWasCurrent);
    applyTo(desk, written.value());
    const MeetingRecord file = load(meeting);
    EXPECT_EQ(desk.attendanceRevision, file.attendanceRevision);
    EXPECT_EQ(idsOf(desk.events), idsOf(file.events));
    // The same key refused against the desk's copy leaves the file as it was.
    const auto twice = service().recordAttendance(desk, leaves(member, paragraphs[2]));
    EXPECT_FALSE(twice.ok());
    EXPECT_EQ(eventsInFile(), 1);
}

TEST_F(AttendanceRevisionTest, AKeyIsCheckedAgainstTheFileWhenAnotherWindowChangedTheAttendance) {
    const MeetingRecord desk = load(meeting); // the member is present throughout
    const auto elsewhere =
        MeetingService(*other).recordAttendance(meeting, leaves(member, paragraphs[1]));
    ASSERT_TRUE(elsewhere.ok()) << elsewhere.error().toStdString();
    // As the desk's copy has it the member may leave before § 3; in the file they already left.
    const auto written = service().recordAttendance(desk, leaves(member, paragraphs[2]));
    EXPECT_FALSE(written.ok());
    EXPECT_EQ(eventsInFile(), 1);
}

TEST_F(AttendanceRevisionTest, AKeyIsCheckedAgainstAVoteAnotherWindowRecorded) {
    const MeetingRecord desk = load(meeting); // no motions anywhere
    Proceedings moved;
    Motion approval;
    approval.moverId = member;
    moved.motions = {approval};
    moved.adoptedMotion = 0;
    ASSERT_TRUE(MeetingService(*other).setProceedings(paragraphs[1], moved).ok());
    // Leaving before § 2 would leave a motion at § 2 made by someone not there.
    const auto written = service().recordAttendance(desk, leaves(member, paragraphs[1]));
    ASSERT_FALSE(written.ok());
    EXPECT_NE(written.error().indexOf(QStringLiteral("§")), -1) << written.error().toStdString();
    EXPECT_EQ(eventsInFile(), 0);
}

TEST_F(AttendanceRevisionTest, AKeyAfterAnotherWindowsChangeIsWrittenButTheDeskMustReadAgain) {
    const MeetingRecord desk = load(meeting);
    ASSERT_TRUE(MeetingService(*other).deleteParagraph(paragraphs[0]).ok());
    const auto written = service().recordAttendance(desk, leaves(member, paragraphs[2]));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_FALSE(written->seenWasCurrent);
    EXPECT_EQ(written->revision, revision());
}

TEST_F(AttendanceRevisionTest, TakingBackAnEventTheDeskDoesNotKnowIsCheckedAgainstTheFile) {
    const MeetingRecord desk = load(meeting);
    const auto elsewhere =
        MeetingService(*other).recordAttendance(meeting, leaves(member, paragraphs[1]));
    ASSERT_TRUE(elsewhere.ok());
    const auto removed = service().removeAttendance(desk, elsewhere.value());
    ASSERT_TRUE(removed.ok()) << removed.error().toStdString();
    EXPECT_FALSE(removed->seenWasCurrent);
    EXPECT_EQ(eventsInFile(), 0);
}

// Against the desk's copy a key is checked from its paragraph on, never less: a motion later in
// the meeting by someone the key takes out of the room refuses it, whether the key records an
// event or takes one back.
TEST_F(AttendanceRevisionTest, AKeyOnTheDesksCopyIsRefusedByAMotionLaterInTheMeeting) {
    Proceedings moved;
    Motion approval;
    approval.moverId = member;
    moved.motions = {approval};
    moved.adoptedMotion = 0;
    ASSERT_TRUE(service().setProceedings(paragraphs[2], moved).ok());
    MeetingRecord desk = load(meeting);
    const auto leaving = service().recordAttendance(desk, leaves(member, paragraphs[0]));
    ASSERT_FALSE(leaving.ok());
    EXPECT_NE(leaving.error().indexOf(QStringLiteral("§ 3")), -1) << leaving.error().toStdString();
    EXPECT_EQ(eventsInFile(), 0);

    // Away before § 1, back before § 2, moving at § 2: taking the return back would leave the
    // motion made by someone not there.
    ASSERT_TRUE(service().setProceedings(paragraphs[2], Proceedings{}).ok());
    desk = load(meeting);
    const auto away = service().recordAttendance(desk, leaves(member, paragraphs[0]));
    ASSERT_TRUE(away.ok()) << away.error().toStdString();
    applyTo(desk, away.value());
    const auto back = service().recordAttendance(
        desk, {NoId, member, AttendanceEventKind::Arrive, paragraphs[1], NoId, {}});
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    applyTo(desk, back.value());
    ASSERT_TRUE(service().setProceedings(paragraphs[1], moved).ok());
    desk = load(meeting);
    const auto takenBack = service().removeAttendance(desk, back->recorded.id);
    ASSERT_FALSE(takenBack.ok());
    EXPECT_TRUE(takenBack.error().contains(QStringLiteral("§ 2")))
        << takenBack.error().toStdString();
    EXPECT_EQ(eventsInFile(), 2);
}

// Each change the attendance checks read moves the revision on; typing does not.
TEST_F(AttendanceRevisionTest, EveryChangeTheAttendanceChecksReadMovesTheRevisionOn) {
    MeetingService desk = service();
    qint64 last = revision();
    const auto movedOn = [&](const char* what) {
        const qint64 now = revision();
        EXPECT_GT(now, last) << what;
        last = now;
    };
    const auto event = desk.recordAttendance(meeting, leaves(member, paragraphs[1]));
    ASSERT_TRUE(event.ok());
    movedOn("attendance_event insert");
    ASSERT_TRUE(desk.setAttendanceClock(meeting, event.value(), QStringLiteral("10.15")).ok());
    movedOn("attendance_event update");
    ASSERT_TRUE(desk.removeAttendance(meeting, event.value()).ok());
    movedOn("attendance_event delete");

    Participant guest;
    guest.name = QStringLiteral("Gäst G");
    guest.kind = ParticipantKind::Guest;
    const auto guestId = desk.addParticipant(meeting, guest);
    ASSERT_TRUE(guestId.ok()) << guestId.error().toStdString();
    movedOn("participant insert");
    Participant present = *load(meeting).participant(guestId.value());
    present.presentAtStart = true;
    ASSERT_TRUE(desk.updateParticipant(present).ok());
    movedOn("participant update");
    ASSERT_TRUE(desk.removeParticipant(meeting, guestId.value()).ok());
    movedOn("participant delete");

    const Id added = addParagraph(meeting, QStringLiteral("Fyra"));
    movedOn("paragraph insert");
    ASSERT_TRUE(desk.moveParagraph(added, 0).ok());
    movedOn("paragraph position and number");
    const MeetingRecord now = load(meeting);
    const Paragraph seen = *std::find_if(now.paragraphs.cbegin(), now.paragraphs.cend(),
                                         [&](const Paragraph& p) { return p.id == added; });
    Paragraph titled = seen;
    titled.title = QStringLiteral("Fyra, rubriken ändrad");
    ASSERT_TRUE(desk.changeParagraphFields(seen, titled).ok());
    EXPECT_EQ(revision(), last) << "typing a title reads nothing the attendance checks read";
    ASSERT_TRUE(desk.deleteParagraph(added).ok());
    movedOn("paragraph delete");

    Proceedings moved;
    Motion approval;
    approval.moverId = member;
    approval.supporterIds = {participantNamed(meeting, QStringLiteral("Ledamot 3"))};
    moved.motions = {approval};
    moved.vote.held = false;
    moved.adoptedMotion = 0;
    ASSERT_TRUE(desk.setProceedings(paragraphs[1], moved).ok());
    movedOn("proceedings, motion and supporter");
    ASSERT_TRUE(desk.setProceedings(paragraphs[1], Proceedings{}).ok());
    movedOn("proceedings removed");

    RulesService rules(database());
    MeetingRules own = rules.meetingRules(meeting).value();
    own.rejoinAllowed = !own.rejoinAllowed;
    ASSERT_TRUE(rules.setMeetingRules(meeting, own).ok());
    movedOn("meeting_rules");
}

// A file's own upgrade (no server was ever at schema 13): file-only, by the suite's name.
class AttendanceRevisionFileTest : public AttendanceRevisionTest {};

// A file written by Paragraf before schema 14: its meetings start at revision 0, and the
// triggers count from there.
TEST_F(AttendanceRevisionFileTest, AFileOfSchema13IsUpgradedAndCountsFromThen) {
    {
        QSqlQuery sql(database().connection());
        // The later schemas taken off first. 15: its tables and column.
        for (const char* statement :
             {"DROP TABLE publication", "DROP TABLE individual_paragraph",
              "DROP TABLE publication_mark", "ALTER TABLE body_rules DROP COLUMN mask_wording"})
            ASSERT_TRUE(sql.exec(QString::fromLatin1(statement))) << statement;
        // 17: its triggers, the views that read its columns (it makes them again), its columns.
        ASSERT_TRUE(sql.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                            "'trigger' AND (name LIKE '%while_out%' OR name LIKE "
                                            "'%as_sent%')")));
        QStringList later;
        while (sql.next())
            later << QStringLiteral("DROP TRIGGER \"%1\"").arg(sql.value(0).toString());
        later << QStringLiteral("DROP VIEW assignment_row")
              << QStringLiteral("DROP VIEW referral_row")
              << QStringLiteral("ALTER TABLE meeting DROP COLUMN body_name")
              << QStringLiteral("ALTER TABLE meeting DROP COLUMN body_kind")
              << QStringLiteral("ALTER TABLE referral DROP COLUMN to_body_name");
        for (const QString& statement : later)
            ASSERT_TRUE(sql.exec(statement)) << statement.toStdString();
        // Schema 14 taken off again: its triggers, then its column (names from the schema);
        // schema 16's triggers with them.
        ASSERT_TRUE(sql.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                            "'trigger' AND (name LIKE '%revision%'"
                                            " OR name LIKE '%search%')")));
        QStringList triggers;
        while (sql.next())
            triggers << sql.value(0).toString();
        ASSERT_FALSE(triggers.isEmpty());
        for (const QString& trigger : triggers)
            ASSERT_TRUE(sql.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger)));
        ASSERT_TRUE(
            sql.exec(QStringLiteral("ALTER TABLE meeting DROP COLUMN attendance_revision")));
        // And schemas 16 and 18 (search), which a file of schema 13 did not have either.
        for (const char* drop :
             {"DROP VIEW paragraf_search_folded", "DROP VIEW paragraf_search_queue_folded",
              "DROP TABLE paragraf_search_words", "DROP TABLE paragraf_search_term_fts",
              "DROP TABLE paragraf_search_term", "DROP TABLE paragraf_search_applied",
              "DROP TABLE paragraf_search_queue", "DROP TABLE paragraf_search"})
            ASSERT_TRUE(sql.exec(QString::fromLatin1(drop))) << drop;
        ASSERT_TRUE(sql.exec(QStringLiteral("PRAGMA user_version = 13")));
    }
    other.reset();
    m_database.reset();
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    m_database = std::move(reopened).value();
    EXPECT_EQ(database().schemaVersion(), Migrator::latestVersion());
    EXPECT_EQ(revision(), 0);
    MeetingRecord desk = load(meeting);
    ASSERT_EQ(desk.paragraphs.size(), 3);
    const auto written = service().recordAttendance(desk, leaves(member, paragraphs[1]));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_TRUE(written->seenWasCurrent);
    EXPECT_EQ(written->revision, 1);
    EXPECT_EQ(revision(), 1);
}

} // namespace
