// Assignments carried from meeting to meeting and across years, closed later, overdue by their
// dates; referrals seen by both bodies; remarks attributed to those who made them; and what the
// adjusted protocol fixes for good.
#include "TestSupport.h"
#include "adjustment/AdjustmentService.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "rules/FollowUpRules.h"
#include "services/FollowUpService.h"
#include "services/RosterService.h"
#include "storage/SqlQuery.h"
#include "text/CanonicalForm.h"
#include "text/FollowUpParts.h"
#include "text/MeetingText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6;  // seed 001, §§ 26–31, 2024-11-11
constexpr Id september = 5; // archived
constexpr Id healthGroup = 2;

AssignmentHolder person(Id id, const char* name) {
    return {HolderKind::Person, id, QString::fromUtf8(name)};
}
AssignmentHolder group(const char* name) {
    return {HolderKind::Group, NoId, QString::fromUtf8(name)};
}
Assignment assignment(const char* text, QList<AssignmentHolder> holders, QDate due = {}) {
    Assignment a;
    a.text = QString::fromUtf8(text);
    a.holders = std::move(holders);
    a.due = due;
    return a;
}
Assignment ending(AssignmentStatus status, const QDate& on, Id at, const char* note = "") {
    Assignment a;
    a.status = status;
    a.closedOn = on;
    a.closedAt = at;
    a.note = QString::fromUtf8(note);
    return a;
}

class FollowUpTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
        const MeetingRecord record = load(november);
        paragraph28 = record.paragraphs[2].id;
        paragraph29 = record.paragraphs[3].id;
    }
    FollowUpService followUps() const { return FollowUpService(database()); }
    Id who(const char* name) const { return participantNamed(november, QString::fromUtf8(name)); }
    Id personOf(const char* name) const { return load(november).participant(who(name))->personId; }
    // § 28 (name of the group) and § 29 (Läget i länet) as seed 001 records them.
    void recordSeedAssignments() {
        FollowUp f28;
        f28.assignments << assignment("Fundera på förslag till namn på gruppen",
                                      {group("Alla ledamöter")});
        ASSERT_TRUE(followUps().setFollowUp(paragraph28, f28).ok());
        FollowUp f29;
        f29.assignments << assignment("Återkoppla till Magnus om deltagande i panelsamtalet",
                                      {group("Kommundirektörerna")}, QDate(2025, 2, 24));
        f29.assignments << assignment("Ta fram Bilden av Jämtland för nedladdning",
                                      {person(personOf("Magnus Aspegren"), "Magnus Aspegren")},
                                      QDate(2025, 1, 31));
        ASSERT_TRUE(followUps().setFollowUp(paragraph29, f29).ok());
    }
    QList<AssignmentRow> carried(Id meetingId) const { return load(meetingId).carried.assignments; }

    Id paragraph28 = NoId;
    Id paragraph29 = NoId;
};

QStringList textsOf(const QList<AssignmentRow>& rows) {
    QStringList texts;
    for (const auto& row : rows)
        texts << row.assignment.text;
    return texts;
}

TEST_F(FollowUpTest, AssignmentsAreCarriedToTheNextMeetingsAcrossTheYearUntilClosed) {
    recordSeedAssignments();
    const Id december = createMeeting(1, QDate(2024, 12, 9));
    const QList<AssignmentRow> atDecember = carried(december);
    ASSERT_EQ(atDecember.size(), 3);
    // "Till nästa möte" is due on the day of the next meeting; dated ones on their dates.
    const Meeting decemberMeeting = load(december).meeting;
    EXPECT_EQ(atDecember[0].assignment.text,
              QStringLiteral("Fundera på förslag till namn på gruppen"));
    EXPECT_EQ(atDecember[0].dueOn, QDate(2024, 12, 9));
    EXPECT_TRUE(isDueAt(atDecember[0], decemberMeeting));
    EXPECT_FALSE(isDueAt(atDecember[1], decemberMeeting)); // due 2025-01-31
    EXPECT_EQ(atDecember[0].origin.number, 28);
    EXPECT_EQ(atDecember[0].origin.meetingDate, QDate(2024, 11, 11));

    // Closed at the December meeting's follow-up paragraph: recorded where and when.
    const auto followUpParagraph = followUps().addFollowUpParagraph(december);
    ASSERT_TRUE(followUpParagraph.ok()) << followUpParagraph.error().toStdString();
    const MeetingRecord decemberRecord = load(december);
    const Paragraph& listed = decemberRecord.paragraphs.last();
    EXPECT_EQ(listed.title, QStringLiteral("Uppföljning av uppdrag"));
    EXPECT_TRUE(listed.sections[0].text.contains(
        QStringLiteral("Namn på gruppen (2024-11-11 § 28): Fundera på förslag till namn på "
                       "gruppen. Ansvarig: Alla ledamöter. Redovisas till nästa möte.")))
        << listed.sections[0].text.toStdString();
    const Id named = atDecember[0].assignment.id;
    ASSERT_TRUE(followUps()
                    .closeAssignment(named, ending(AssignmentStatus::Done, QDate(2024, 12, 9),
                                                   followUpParagraph.value(),
                                                   "Arbetsnamnet Länsledning behålls"))
                    .ok());
    const Paragraph closing = load(december).paragraphs.last();
    ASSERT_EQ(closing.followUp.closedHere.size(), 1);
    EXPECT_EQ(closing.followUp.closedHere[0].origin.number, 28);
    EXPECT_TRUE(meetingAsText(load(december))
                    .contains(QStringLiteral(
                        "Uppdrag avslutat: Fundera på förslag till namn på gruppen (2024-11-11 § "
                        "28, Alla ledamöter) – klart 2024-12-09. Arbetsnamnet Länsledning "
                        "behålls.")))
        << meetingAsText(load(december)).toStdString();

    // The next year's first meeting carries only what is still open, and sees it is due.
    const Id february = createMeeting(1, QDate(2025, 2, 24));
    EXPECT_EQ(
        textsOf(carried(february)),
        QStringList({QStringLiteral("Ta fram Bilden av Jämtland för nedladdning"),
                     QStringLiteral("Återkoppla till Magnus om deltagande i panelsamtalet")}));
    for (const auto& row : carried(february))
        EXPECT_TRUE(isDueAt(row, load(february).meeting)) << row.assignment.text.toStdString();
    // The December meeting still shows the one it closed, the origin keeps it as made.
    EXPECT_EQ(carried(december).size(), 3);
    EXPECT_EQ(load(november).paragraphs[2].followUp.assignments[0].status, AssignmentStatus::Done);
}

TEST_F(FollowUpTest, OverdueIsComputedFromTheDates) {
    recordSeedAssignments();
    auto rows = followUps().assignments({});
    ASSERT_TRUE(rows.ok());
    // No next meeting in the file and none announced: "till nästa möte" cannot be late yet.
    Meeting m = load(november).meeting;
    m.nextMeetingDate = QDate();
    ASSERT_TRUE(service().updateMeeting(m).ok());
    rows = followUps().assignments({});
    ASSERT_EQ(rows->size(), 3);
    const auto next = std::find_if(rows->begin(), rows->end(), [](const AssignmentRow& r) {
        return !r.assignment.due.isValid();
    });
    ASSERT_NE(next, rows->end());
    EXPECT_FALSE(next->dueOn.isValid());
    EXPECT_FALSE(isOverdue(*next, QDate(2030, 1, 1)));
    // The announced next meeting sets the day.
    m.nextMeetingDate = QDate(2024, 12, 9);
    ASSERT_TRUE(service().updateMeeting(m).ok());
    rows = followUps().assignments({});
    EXPECT_EQ(selectAssignments(rows.value(), AssignmentState::Overdue, QDate(2024, 12, 9)).size(),
              0);
    EXPECT_EQ(
        textsOf(selectAssignments(rows.value(), AssignmentState::Overdue, QDate(2024, 12, 10))),
        QStringList({QStringLiteral("Fundera på förslag till namn på gruppen")}));
    EXPECT_EQ(selectAssignments(rows.value(), AssignmentState::Overdue, QDate(2025, 2, 25)).size(),
              3);
    // Closed ones are never overdue, and count as recently closed for a month.
    const Id late = rows->at(0).assignment.id;
    ASSERT_TRUE(followUps()
                    .closeAssignment(late, ending(AssignmentStatus::Cancelled, QDate(2025, 1, 5),
                                                  NoId, "Frågan föll bort"))
                    .ok());
    rows = followUps().assignments({});
    EXPECT_EQ(selectAssignments(rows.value(), AssignmentState::Overdue, QDate(2025, 2, 25)).size(),
              2);
    EXPECT_EQ(
        selectAssignments(rows.value(), AssignmentState::RecentlyClosed, QDate(2025, 2, 1)).size(),
        1);
    EXPECT_EQ(
        selectAssignments(rows.value(), AssignmentState::RecentlyClosed, QDate(2025, 3, 1)).size(),
        0);
}

TEST_F(FollowUpTest, AReferralIsOnTheListOfTheBodyItWentToAndLinkedBothWays) {
    FollowUp f;
    Referral r;
    r.kind = ReferralKind::Raise;
    r.toBodyId = healthGroup;
    r.note = QStringLiteral("Gruppen ber om ett ställningstagande om panelsamtalet");
    f.referrals << r;
    ASSERT_TRUE(followUps().setFollowUp(paragraph29, f).ok());
    EXPECT_TRUE(meetingAsText(load(november))
                    .contains(QStringLiteral("Frågan lyfts till Samverkansgrupp Hälsa. Gruppen "
                                             "ber om ett ställningstagande om panelsamtalet.")));

    const Id healthMeeting = createMeeting(healthGroup, QDate(2024, 12, 2));
    const MeetingRecord receiving = load(healthMeeting);
    ASSERT_EQ(receiving.carried.incoming.size(), 1);
    const ReferralRow incoming = receiving.carried.incoming[0];
    EXPECT_EQ(incoming.origin.bodyName, load(november).body.name);
    EXPECT_EQ(incoming.origin.number, 29);
    EXPECT_EQ(incoming.takenUpAt.paragraphId, NoId);

    // Not at the wrong body, nor at a meeting before it was sent.
    const Id december = createMeeting(1, QDate(2024, 12, 9));
    const Id wrong = addParagraph(december, QStringLiteral("Panelsamtal"));
    const Status refused = followUps().takeUp(incoming.referral.id, wrong);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("The matter was referred to Samverkansgrupp Hälsa, "
                                              "not to Samverkanstid kommuner, Region och "
                                              "Länsstyrelse."));
    const Id taking = addParagraph(healthMeeting, QStringLiteral("Panelsamtal Läget i länet"));
    ASSERT_TRUE(followUps().takeUp(incoming.referral.id, taking).ok());

    const Referral atOrigin = load(november).paragraphs[3].followUp.referrals[0];
    EXPECT_EQ(atOrigin.takenUpAt, taking);
    const Paragraph there = load(healthMeeting).paragraphs.last();
    ASSERT_EQ(there.followUp.takenUpHere.size(), 1);
    EXPECT_TRUE(meetingAsText(load(healthMeeting))
                    .contains(QStringLiteral("Frågan har lyfts hit från Samverkanstid kommuner, "
                                             "Region och Länsstyrelse 2024-11-11 § 29 Inför "
                                             "Läget i länet-dag.")))
        << meetingAsText(load(healthMeeting)).toStdString();
    // The origin's protocol text does not change when the other body takes the matter up.
    EXPECT_EQ(load(healthMeeting).carried.incoming.size(), 1);
}

TEST_F(FollowUpTest, RemarksAreAttributedByFirstNameUnderTheRemarksHeading) {
    FollowUp f;
    f.viewpoints << Viewpoint{NoId,
                              {who("Martin Söderström"), who("Magnus Aspegren")},
                              QStringLiteral("Något som vi behöver ha med oss hela dagen.")};
    f.viewpoints << Viewpoint{
        NoId, {who("Sara Schelin")}, QStringLiteral("Demografikurvan ser så olika ut i länet.")};
    ASSERT_TRUE(followUps().setFollowUp(paragraph29, f).ok());
    const QString text = meetingAsText(load(november));
    // Two Saras are present: the remark names which one.
    const QString expected = QStringLiteral("Synpunkter\n\nMartin och Magnus: Något som vi behöver "
                                            "ha med oss hela dagen.\n\nSara Schelin: "
                                            "Demografikurvan ser så olika ut i länet.\n\n");
    EXPECT_TRUE(text.contains(expected)) << text.toStdString();

    FollowUp stranger;
    stranger.viewpoints << Viewpoint{NoId, {9999}, QStringLiteral("Vem?")};
    const Status refused = followUps().setFollowUp(paragraph29, stranger);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(),
              QStringLiteral("The remark \"Vem?\" names someone who is not at the meeting."));
    EXPECT_EQ(load(november).paragraphs[3].followUp.viewpoints.size(), 2);
}

TEST_F(FollowUpTest, AnAssignmentToSomeoneNoLongerAMemberStillShows) {
    recordSeedAssignments();
    const Id magnus = personOf("Magnus Aspegren");
    RosterService roster(database());
    const auto entries = roster.rosterOn(1, QDate(2024, 11, 11));
    ASSERT_TRUE(entries.ok());
    for (const auto& e : entries.value())
        if (e.membership.personId == magnus) {
            ASSERT_TRUE(roster.endMembership(e.membership.id, QDate(2024, 11, 30)).ok());
        }
    const Id december = createMeeting(1, QDate(2024, 12, 9));
    for (const Participant& p : load(december).participants)
        EXPECT_NE(p.personId, magnus) << "no longer on the roster";

    const auto his = followUps().assignments({NoId, magnus});
    ASSERT_TRUE(his.ok());
    ASSERT_EQ(his->size(), 1);
    EXPECT_EQ(holderNames(his->at(0).assignment.holders), QStringLiteral("Magnus Aspegren"));
    EXPECT_TRUE(textsOf(carried(december))
                    .contains(QStringLiteral("Ta fram Bilden av Jämtland för nedladdning")));
}

TEST_F(FollowUpTest, WhatAMeetingDecidedIsFinalButHowAnAssignmentEndsIsRecordedLater) {
    recordSeedAssignments();
    AdjustmentService adjustment(database());
    ASSERT_TRUE(adjustment.sendForAdjustment(november).ok());
    for (const Signatory& s : AdjustmentService::signatories(load(november)))
        ASSERT_TRUE(adjustment
                        .sign(november, s.role, s.participantId, s.name, SigningMethod::InPerson,
                              {}, QDateTime(QDate(2024, 11, 19), QTime(10, 0), Qt::UTC))
                        .ok());
    ASSERT_EQ(load(november).meeting.status, MeetingStatus::Adjusted);
    const QString hash = contentHash(load(november));

    FollowUp more = load(november).paragraphs[2].followUp;
    more.assignments << assignment("Något nytt", {group("Alla")});
    EXPECT_FALSE(followUps().setFollowUp(paragraph28, more).ok());
    SqlQuery sneak(database().connection(),
                   QStringLiteral("UPDATE assignment SET text = 'Ändrat' WHERE paragraph_id = :p"));
    EXPECT_FALSE(sneak.bind(QStringLiteral(":p"), paragraph28).exec().ok());

    // Closing an assignment of the adjusted protocol is still recorded, and the hash stands.
    const Id named = load(november).paragraphs[2].followUp.assignments[0].id;
    ASSERT_TRUE(
        followUps()
            .closeAssignment(named, ending(AssignmentStatus::Done, QDate(2024, 12, 1), NoId))
            .ok());
    EXPECT_EQ(contentHash(load(november)), hash);
    EXPECT_TRUE(adjustment.verify(november)->intact());

    // An assignment cannot be closed at the meeting that gave it, nor before it.
    const Status atOrigin = followUps().closeAssignment(
        named, ending(AssignmentStatus::Done, QDate(2024, 12, 1), paragraph29));
    ASSERT_FALSE(atOrigin.ok());
    EXPECT_TRUE(atOrigin.error().startsWith(QStringLiteral("An assignment is closed at a later "
                                                           "meeting")));
    EXPECT_FALSE(
        followUps()
            .closeAssignment(named, ending(AssignmentStatus::Done, QDate(2024, 1, 1), NoId))
            .ok());
}

TEST_F(FollowUpTest, IncompleteAssignmentsAndReferralsAreRefusedWithTheReason) {
    const QString before = contentsOf(database());
    FollowUp f;
    f.assignments << assignment("Utan ansvarig", {});
    EXPECT_EQ(followUps().setFollowUp(paragraph28, f).error(),
              QStringLiteral("The assignment \"Utan ansvarig\" needs someone to hold it."));
    f.assignments = {assignment("Bakåt i tiden", {group("Alla")}, QDate(2024, 1, 1))};
    EXPECT_EQ(followUps().setFollowUp(paragraph28, f).error(),
              QStringLiteral("The assignment \"Bakåt i tiden\" cannot be due on 2024-01-01, "
                             "before the meeting that gives it."));
    f.assignments.clear();
    Referral toItself;
    toItself.toBodyId = 1;
    f.referrals << toItself;
    EXPECT_FALSE(followUps().setFollowUp(paragraph28, f).ok());
    EXPECT_FALSE(followUps().setFollowUp(load(september).paragraphs[0].id, FollowUp{}).ok());
    EXPECT_EQ(contentsOf(database()), before);
}

} // namespace

namespace {

class FollowUpJsonTest : public FollowUpTest {
protected:
    QByteArray exported(const Database& db, Id meeting) const {
        const auto record = MeetingService(db).load(meeting);
        EXPECT_TRUE(record.ok()) << record.error().toStdString();
        return meetingToJson(record.value());
    }
    Result<Id> imported(const Database& db, const QByteArray& json) const {
        const auto parsed = meetingFromJson(json);
        if (!parsed)
            return fail(parsed.error());
        return importMeeting(db, parsed.value());
    }
};

TEST_F(FollowUpJsonTest, AssignmentsReferralsAndRemarksMakeTheRoundTripUnchanged) {
    recordSeedAssignments();
    FollowUp f29 = load(november).paragraphs[3].followUp;
    f29.viewpoints << Viewpoint{NoId,
                                {who("Martin Söderström"), who("Magnus Aspegren")},
                                QStringLiteral("Något som vi behöver ha med oss hela dagen.")};
    Referral r;
    r.kind = ReferralKind::Raise;
    r.toBodyId = healthGroup;
    f29.referrals << r;
    ASSERT_TRUE(followUps().setFollowUp(paragraph29, f29).ok());
    const Id december = createMeeting(1, QDate(2024, 12, 9));
    const auto closing = followUps().addFollowUpParagraph(december);
    ASSERT_TRUE(closing.ok());
    const Id firstAssignment = load(november).paragraphs[2].followUp.assignments[0].id;
    ASSERT_TRUE(
        followUps()
            .closeAssignment(firstAssignment, ending(AssignmentStatus::Done, QDate(2024, 12, 9),
                                                     closing.value(), "Länsledning"))
            .ok());
    const Id healthMeeting = createMeeting(healthGroup, QDate(2024, 12, 2));
    const Id taking = addParagraph(healthMeeting, QStringLiteral("Panelsamtal"));
    ASSERT_TRUE(
        followUps().takeUp(load(november).paragraphs[3].followUp.referrals[0].id, taking).ok());

    const QByteArray novemberJson = exported(database(), november);
    const QByteArray decemberJson = exported(database(), december);
    const QByteArray healthJson = exported(database(), healthMeeting);
    EXPECT_EQ(QJsonDocument::fromJson(novemberJson).object().value(QStringLiteral("version")), 3);
    EXPECT_TRUE(novemberJson.contains("\"closedOn\": \"2024-12-09\""));

    auto other = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(other.ok());
    // What a meeting closed is named by the meeting that gave it: that one comes first.
    const QString empty = contentsOf(*other.value());
    const auto tooEarly = imported(*other.value(), decemberJson);
    ASSERT_FALSE(tooEarly.ok());
    EXPECT_EQ(tooEarly.error(),
              QStringLiteral("Assignment 1 of § 28 of Samverkanstid kommuner, Region och "
                             "Länsstyrelse on 2024-11-11 is not in the database; import that "
                             "meeting first. Nothing was imported."));
    EXPECT_EQ(contentsOf(*other.value()), empty);

    const auto novemberCopy = imported(*other.value(), novemberJson);
    ASSERT_TRUE(novemberCopy.ok()) << novemberCopy.error().toStdString();
    const auto decemberCopy = imported(*other.value(), decemberJson);
    ASSERT_TRUE(decemberCopy.ok()) << decemberCopy.error().toStdString();
    const auto healthCopy = imported(*other.value(), healthJson);
    ASSERT_TRUE(healthCopy.ok()) << healthCopy.error().toStdString();
    EXPECT_EQ(exported(*other.value(), novemberCopy.value()), novemberJson);
    EXPECT_EQ(exported(*other.value(), decemberCopy.value()), decemberJson);
    EXPECT_EQ(exported(*other.value(), healthCopy.value()), healthJson);
    // Magnus is the same person in both files, so his assignments follow him.
    const MeetingRecord copy = MeetingService(*other.value()).load(novemberCopy.value()).value();
    const Participant* magnus = nullptr;
    for (const auto& p : copy.participants)
        if (p.name == QStringLiteral("Magnus Aspegren"))
            magnus = &p;
    ASSERT_NE(magnus, nullptr);
    EXPECT_EQ(FollowUpService(*other.value()).assignments({NoId, magnus->personId})->size(), 1);
}

TEST_F(FollowUpJsonTest, AFileWithARemarkByAStrangerIsRefusedWithItsPath) {
    FollowUp f;
    f.viewpoints << Viewpoint{NoId, {who("Sara Schelin")}, QStringLiteral("Bra.")};
    ASSERT_TRUE(followUps().setFollowUp(paragraph29, f).ok());
    QByteArray json = exported(database(), november);
    json.replace("\"speakers\": [\n                            \"p1\"",
                 "\"speakers\": [\n                            \"p99\"");
    const auto parsed = meetingFromJson(json);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(
        QStringLiteral("$.paragraphs[3].followUp.remarks[0].speakers[0].speaker: names no "
                       "participant (\"p99\")")))
        << parsed.error().toStdString();
}

} // namespace
