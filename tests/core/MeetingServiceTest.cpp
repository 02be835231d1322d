// The meeting use cases: every call commits, validates, and refuses with a reason.
#include "TestSupport.h"
#include "storage/BodyRepository.h"
#include "storage/Transaction.h"
#include "text/MeetingText.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class MeetingServiceTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        body = createBody(QStringLiteral("Barn- och utbildningsnämnden"), 5);
        meeting = createMeeting(body, QDate(2024, 10, 7));
    }
    Id body = NoId;
    Id meeting = NoId;
};

TEST_F(MeetingServiceTest, AMeetingTakesTheRosterWithPersonalSubstitutes) {
    const auto record = load(meeting);
    ASSERT_EQ(record.participants.size(), 10);
    const Participant* substitute =
        record.participant(participantNamed(meeting, QStringLiteral("Ersättare 3")));
    ASSERT_NE(substitute, nullptr);
    EXPECT_EQ(substitute->kind, ParticipantKind::Substitute);
    EXPECT_EQ(substitute->personalSubstituteOf,
              participantNamed(meeting, QStringLiteral("Ledamot 3")));
    EXPECT_EQ(record.participant(participantNamed(meeting, QStringLiteral("Ledamot 1")))->roleLabel,
              QStringLiteral("ordförande"));
}

TEST_F(MeetingServiceTest, LaterRosterChangesLeaveAnOldMeetingAsItWas) {
    const QString before = meetingAsText(load(meeting));
    // The roster of a later date: a new member replaces Ledamot 2 from 2025.
    const auto changed = inTransaction(database().connection(), [&]() -> Status {
        BodyRepository bodies(database().connection());
        const auto roster = bodies.rosterOn(body, QDate(2025, 1, 1)).value();
        for (const auto& entry : roster)
            if (entry.personName == QStringLiteral("Ledamot 2"))
                if (auto ended = bodies.endMembership(entry.membership.id, QDate(2024, 12, 31));
                    !ended)
                    return ended;
        Membership m;
        m.bodyId = body;
        m.personId = bodies.insertPerson(QStringLiteral("Ny Ledamot")).value();
        m.validFrom = QDate(2025, 1, 1);
        return bodies.insertMembership(m).ok() ? Status() : fail(QStringLiteral("insert"));
    });
    ASSERT_TRUE(changed.ok()) << changed.error().toStdString();
    EXPECT_EQ(meetingAsText(load(meeting)), before);
    const Id next = createMeeting(body, QDate(2025, 2, 3));
    EXPECT_NE(participantNamed(next, QStringLiteral("Ny Ledamot")), NoId);
    for (const auto& p : load(next).participants)
        EXPECT_NE(p.name, QStringLiteral("Ledamot 2"));
}

TEST_F(MeetingServiceTest, AttendanceIsRecordedAndRefusedWithTheRule) {
    const Id p1 = addParagraph(meeting, QStringLiteral("Ett"));
    const Id p2 = addParagraph(meeting, QStringLiteral("Två"));
    const Id p3 = addParagraph(meeting, QStringLiteral("Tre"));
    const Id member = participantNamed(meeting, QStringLiteral("Ledamot 4"));
    ASSERT_TRUE(
        service()
            .recordAttendance(meeting, {NoId, member, AttendanceEventKind::Leave, p2, NoId, {}})
            .ok());
    const auto refused = service().recordAttendance(
        meeting, {NoId, member, AttendanceEventKind::Arrive, p3, NoId, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().indexOf(QStringLiteral("växeltjänstgöring")), -1);
    EXPECT_EQ(load(meeting).events.size(), 1);
    const Id substitute = participantNamed(meeting, QStringLiteral("Ersättare 4"));
    ASSERT_TRUE(service()
                    .recordAttendance(meeting,
                                      {NoId, substitute, AttendanceEventKind::Arrive, p2, NoId, {}})
                    .ok());
    ASSERT_TRUE(
        service()
            .recordAttendance(meeting,
                              {NoId, substitute, AttendanceEventKind::ServeStart, p2, member, {}})
            .ok());
    const QString text = meetingAsText(load(meeting));
    EXPECT_NE(text.indexOf(QStringLiteral("Ersättare 4 (P1) ersätter Ledamot 4 (P1), §§ 2–3")), -1)
        << text.toStdString();
    EXPECT_NE(text.indexOf(QStringLiteral("Ledamot 4 (P1), § 1")), -1) << text.toStdString();
    (void)p1;
}

TEST_F(MeetingServiceTest, DeletingAParagraphKeepsArrivalsAtTheNextBoundary) {
    addParagraph(meeting, QStringLiteral("Ett"));
    const Id p2 = addParagraph(meeting, QStringLiteral("Två"));
    const Id p3 = addParagraph(meeting, QStringLiteral("Tre"));
    const Id guest = [&] {
        Participant p;
        p.name = QStringLiteral("Gäst Gästsson");
        p.kind = ParticipantKind::Guest;
        p.roleLabel = QStringLiteral("föredragande");
        return service().addParticipant(meeting, p).value();
    }();
    ASSERT_TRUE(
        service()
            .recordAttendance(meeting, {NoId, guest, AttendanceEventKind::Arrive, p2, NoId, {}})
            .ok());
    ASSERT_TRUE(service().deleteParagraph(p2).ok());
    const auto record = load(meeting);
    ASSERT_EQ(record.events.size(), 1);
    EXPECT_EQ(record.events[0].paragraphId, p3);
}

TEST_F(MeetingServiceTest, AMoveThatWouldBreakAttendanceIsRefused) {
    const Id p1 = addParagraph(meeting, QStringLiteral("Ett"));
    const Id p2 = addParagraph(meeting, QStringLiteral("Två"));
    const Id member = participantNamed(meeting, QStringLiteral("Ledamot 2"));
    // Ledamot 2 leaves before § 2 and sits out § 1 for jäv: moving § 2 first would leave a jäv
    // at a paragraph where the member no longer serves.
    ASSERT_TRUE(
        service()
            .recordAttendance(meeting, {NoId, member, AttendanceEventKind::Jav, p1, NoId, {}})
            .ok());
    ASSERT_TRUE(
        service()
            .recordAttendance(meeting, {NoId, member, AttendanceEventKind::Leave, p2, NoId, {}})
            .ok());
    const auto moved = service().moveParagraph(p2, 0);
    EXPECT_FALSE(moved.ok());
    EXPECT_EQ(load(meeting).paragraphs[0].id, p1);
}

TEST_F(MeetingServiceTest, TheOpeningParagraphNamesTheAdjusters) {
    Meeting m = load(meeting).meeting;
    m.adjusterIds = {participantNamed(meeting, QStringLiteral("Ledamot 3")),
                     participantNamed(meeting, QStringLiteral("Ledamot 5"))};
    ASSERT_TRUE(service().updateMeeting(m).ok());
    addParagraph(meeting, QStringLiteral("Budget"));
    ASSERT_TRUE(service().addOpeningParagraph(meeting).ok());
    const auto record = load(meeting);
    EXPECT_EQ(record.paragraphs[0].number, 1);
    EXPECT_TRUE(record.paragraphs[0].title.startsWith(QStringLiteral("Upprop")));
    EXPECT_NE(record.paragraphs[0].sections[0].text.indexOf(QStringLiteral(
                  "Ledamot 3 och Ledamot 5 väljs att tillsammans med ordförande justera")),
              -1);
    EXPECT_EQ(record.paragraphs[1].title, QStringLiteral("Budget"));
    EXPECT_EQ(record.paragraphs[1].number, 2);
}

TEST_F(MeetingServiceTest, TextIsStoredAsTypedWithSwedishCharacters) {
    addParagraph(meeting, QStringLiteral("Skolskjuts"));
    const Id section = load(meeting).paragraphs[0].sections[0].id;
    const QString text = QStringLiteral(
        "Nämnden **beslutar** att bifalla förslaget – § 3 i reglementet gäller. Åäö ÅÄÖ é");
    ASSERT_TRUE(service().updateSectionText(section, text).ok());
    auto reopened = Database::open(database().path());
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(
        MeetingService(*reopened.value()).load(meeting).value().paragraphs[0].sections[0].text,
        text);
}

TEST_F(MeetingServiceTest, RolesMustBeParticipantsOfTheMeeting) {
    const Id other = createMeeting(body, QDate(2024, 11, 4));
    Meeting m = load(meeting).meeting;
    m.chairId = participantNamed(other, QStringLiteral("Ledamot 1"));
    EXPECT_FALSE(service().updateMeeting(m).ok());
}

// A new meeting has the body's chair of the year as its chair (the member whose role on the
// roster is chair, when the year has none chosen): the meeting's details come filled in.
TEST_F(MeetingServiceTest, ANewMeetingHasTheYearsChairAsItsChair) {
    const MeetingRecord record = load(meeting);
    const Participant* chair = record.participant(record.meeting.chairId);
    ASSERT_NE(chair, nullptr) << "no chair was filled in";
    EXPECT_EQ(chair->name, QStringLiteral("Ledamot 1"));
}

// A draft meeting made by mistake is deleted with all it holds, and the year's numbers close
// up behind it; an adjusted protocol cannot be deleted.
TEST_F(MeetingServiceTest, ADraftMeetingIsDeletedAndItsNumbersAreFreed) {
    addParagraph(meeting, QStringLiteral("Första"));
    addParagraph(meeting, QStringLiteral("Andra"));
    const Id later = createMeeting(body, QDate(2024, 11, 4));
    addParagraph(later, QStringLiteral("Tredje"));
    ASSERT_EQ(load(later).paragraphs.first().number, 3);
    ASSERT_TRUE(service().deleteMeeting(meeting).ok());
    EXPECT_FALSE(service().load(meeting).ok());
    EXPECT_EQ(load(later).paragraphs.first().number, 1);
}

} // namespace
