// Large assemblies: a party's substitutes in the order of election (roster, CSV both ways), the
// roll call's rule of calling them in, and the demo's kommunfullmäktige, kommunstyrelse and
// arbetsutskott.
#include "rules/RollCall.h"

#include "TestSupport.h"
#include "demo/DemoData.h"
#include "interchange/MeetingImporter.h"
#include "interchange/MeetingJson.h"
#include "interchange/RosterCsv.h"
#include "rules/AttendanceTimeline.h"
#include "services/RosterService.h"
#include "storage/BodyRepository.h"
#include "storage/Transaction.h"

using namespace paragraf;
using namespace paragraf::test;

namespace {

class RollCallTest : public DatabaseFixture {
protected:
    Id emptyBody(const QString& name) {
        Body body;
        body.name = name;
        Id id = NoId;
        EXPECT_TRUE(inTransaction(database().connection(), [&]() -> Status {
                        const auto made = BodyRepository(database().connection()).insertBody(body);
                        if (!made)
                            return fail(made.error());
                        id = made.value();
                        return {};
                    }).ok());
        return id;
    }
    // A small fullmäktige: S has three members and three substitutes in order, M one and one.
    Id council() {
        const Id body = emptyBody(QStringLiteral("Kommunfullmäktige"));
        RosterFile file = readRosterCsv("Namn;Parti;Roll;Ordning\n"
                                        "Anna Ek;S;ledamot;\n"
                                        "Bo Berg;S;ledamot;\n"
                                        "Cia Dahl;S;ledamot;\n"
                                        "Dan Ås;M;ledamot;\n"
                                        "Sara Tredje;S;ersättare;3\n"
                                        "Sven Förste;S;ersättare;1\n"
                                        "Siv Andra;S;ersättare;2\n"
                                        "Maj Ersätt;M;ersättare;1\n");
        EXPECT_TRUE(file.ok()) << file.problems.value(0).message.toStdString();
        EXPECT_TRUE(RosterService(database()).importRoster(body, file, QDate(2023, 1, 1)).ok());
        return body;
    }
    Id councilMeeting() {
        Meeting m;
        m.bodyId = council();
        m.date = QDate(2025, 3, 24);
        m.form = MeetingForm::Physical;
        m.status = MeetingStatus::InProgress;
        return service().createMeeting(m).value();
    }
    QList<Participant> people(Id meeting) { return load(meeting).participants; }
    Id named(Id meeting, const char* name) {
        return participantNamed(meeting, QString::fromUtf8(name));
    }
    // Applies a roll call step as the desk and the command line do: one write, checked.
    void apply(Id meeting, const QList<RollCallChange>& changes) {
        QList<Participant> after;
        for (const auto& c : changes)
            after << c.after;
        const Status written = service().updateParticipants(meeting, after);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
    }
    void absent(Id meeting, const char* name) {
        const auto step = RollCall::markAbsent(people(meeting), named(meeting, name));
        ASSERT_TRUE(step.ok()) << step.error().toStdString();
        apply(meeting, step->changes);
    }
    QString servingFor(Id meeting, const char* member) {
        for (const auto& p : people(meeting))
            if (p.servesForAtStart == named(meeting, member))
                return p.name;
        return {};
    }
};

TEST_F(RollCallTest, TheOrderOfElectionIsKeptOnTheRosterAndCopiedIntoTheMeeting) {
    const Id meeting = councilMeeting();
    const auto roster =
        RosterService(database()).rosterOn(load(meeting).body.id, QDate(2025, 1, 1));
    ASSERT_TRUE(roster.ok());
    QHash<QString, int> order;
    for (const auto& e : roster.value())
        order.insert(e.personName, e.membership.electionOrder);
    EXPECT_EQ(order.value(QStringLiteral("Sven Förste")), 1);
    EXPECT_EQ(order.value(QStringLiteral("Siv Andra")), 2);
    EXPECT_EQ(order.value(QStringLiteral("Sara Tredje")), 3);
    EXPECT_EQ(order.value(QStringLiteral("Anna Ek")), 0);
    for (const auto& p : people(meeting))
        EXPECT_EQ(p.electionOrder, order.value(p.name)) << p.name.toStdString();
}

TEST_F(RollCallTest, ARosterWithTheOrderOfElectionComesBackFromItsCsvUnchanged) {
    const Id body = council();
    QList<RosterRow> rows;
    for (const auto& e : RosterService(database()).rosterOn(body, QDate(2024, 1, 1)).value()) {
        RosterRow row;
        row.name = e.personName;
        row.party = e.membership.party;
        row.role = e.membership.role;
        row.electionOrder = e.membership.electionOrder;
        row.from = e.membership.validFrom;
        rows << row;
    }
    const QByteArray csv = writeRosterCsv(rows);
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFNamn;Organisation;Parti;Roll;Ersättare för;Ordning"));
    const RosterFile read = readRosterCsv(csv);
    ASSERT_TRUE(read.ok()) << read.problems.value(0).message.toStdString();
    ASSERT_EQ(read.rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(read.rows[i].name, rows[i].name);
        EXPECT_EQ(read.rows[i].role, rows[i].role);
        EXPECT_EQ(read.rows[i].electionOrder, rows[i].electionOrder) << rows[i].name.toStdString();
        EXPECT_EQ(read.rows[i].from, rows[i].from);
    }
    // Written again, the file is the same bytes.
    EXPECT_EQ(writeRosterCsv(read.rows), csv);
}

TEST_F(RollCallTest, AnOrderOfElectionIsRefusedWhereItMeansNothing) {
    const RosterFile file = readRosterCsv("Namn;Parti;Roll;Ordning\n"
                                          "Anna Ek;S;ledamot;2\n"
                                          "Sven Förste;S;ersättare;första\n");
    ASSERT_EQ(file.problems.size(), 2);
    EXPECT_EQ(file.problems[0].line, 2);
    EXPECT_EQ(file.problems[0].column, 4);
    EXPECT_TRUE(file.problems[0].message.contains(QStringLiteral("Only a substitute")));
    EXPECT_EQ(file.problems[1].line, 3);
    EXPECT_TRUE(file.problems[1].message.contains(QStringLiteral("\"första\"")));
    Membership m;
    m.bodyId = emptyBody(QStringLiteral("KF"));
    m.role = MemberRole::Substitute;
    m.electionOrder = 1;
    m.validFrom = QDate(2023, 1, 1);
    const auto refused = RosterService(database()).addMembership(m, QStringLiteral("Ny"), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("needs a party")));
}

TEST_F(RollCallTest, TheNextSubstituteOfThePartyIsCalledInSkippingThoseServingOrAbsent) {
    const Id meeting = councilMeeting();
    apply(meeting, RollCall::allPresent(people(meeting)));
    absent(meeting, "Anna Ek");
    EXPECT_EQ(servingFor(meeting, "Anna Ek"), QStringLiteral("Sven Förste"));
    // The second in order has sent word: she is absent, so the third is called in next.
    absent(meeting, "Siv Andra");
    absent(meeting, "Bo Berg");
    EXPECT_EQ(servingFor(meeting, "Bo Berg"), QStringLiteral("Sara Tredje"));
    // Serving from the start: the derived attendance has them deciding at the first paragraph.
    const Id first = addParagraph(meeting, QStringLiteral("Upprop"));
    const auto at = attendanceAt(load(meeting), first);
    EXPECT_TRUE(at.serving.contains(named(meeting, "Sara Tredje")));
    EXPECT_FALSE(at.present.contains(named(meeting, "Bo Berg")));
    EXPECT_EQ(at.substituteFor.value(named(meeting, "Sven Förste")), named(meeting, "Anna Ek"));
}

TEST_F(RollCallTest, WhenNoSubstituteIsLeftTheMemberIsAbsentAndTheReasonIsGiven) {
    const Id meeting = councilMeeting();
    apply(meeting, RollCall::allPresent(people(meeting)));
    absent(meeting, "Anna Ek");
    absent(meeting, "Bo Berg");
    absent(meeting, "Cia Dahl");
    EXPECT_EQ(servingFor(meeting, "Cia Dahl"), QStringLiteral("Sara Tredje"));
    absent(meeting, "Dan Ås");
    EXPECT_EQ(servingFor(meeting, "Dan Ås"), QStringLiteral("Maj Ersätt"));
    // A substitute of M is not called in for S, however many are free.
    const auto refused = RollCall::nextSubstitute(people(meeting), named(meeting, "Cia Dahl"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().toStdString(),
              "No substitute of S is left to call in for Cia Dahl: all 3 of the party's "
              "substitutes serve already or are absent.");
    // Taking back an absence frees the substitute for the next call.
    const auto back = RollCall::markPresent(people(meeting), named(meeting, "Anna Ek"));
    ASSERT_TRUE(back.ok());
    apply(meeting, back->changes);
    EXPECT_TRUE(servingFor(meeting, "Anna Ek").isEmpty());
    const auto step = RollCall::markAbsent(people(meeting), named(meeting, "Anna Ek"));
    ASSERT_TRUE(step.ok());
    EXPECT_TRUE(step->noSubstitute.isEmpty());
    EXPECT_EQ(step->changes.last().after.name, QStringLiteral("Sven Förste"));
}

TEST_F(RollCallTest, ANameIsFoundByTheStartOfAWordAndAnAmbiguousStartIsRefused) {
    const Id meeting = councilMeeting();
    EXPECT_EQ(RollCall::named(people(meeting), QStringLiteral("Dah")).value(),
              named(meeting, "Cia Dahl"));
    const auto both = RollCall::named(people(meeting), QStringLiteral("S"));
    ASSERT_FALSE(both.ok());
    EXPECT_TRUE(both.error().contains(QStringLiteral("Sven Förste"))) << both.error().toStdString();
}

TEST_F(RollCallTest, TheDemoHasAFullmaktigeBoardAndCommitteeWithMeetings) {
    ASSERT_TRUE(buildDemo(database()).ok());
    QHash<QString, MeetingSummary> byBody;
    for (const auto& m : service().list().value())
        byBody.insert(m.bodyName, m);
    ASSERT_TRUE(byBody.contains(QStringLiteral("Kommunfullmäktige i Norrvik")));
    ASSERT_TRUE(byBody.contains(QStringLiteral("Kommunstyrelsen i Norrvik")));
    ASSERT_TRUE(byBody.contains(QStringLiteral("Kommunstyrelsens arbetsutskott i Norrvik")));
    EXPECT_TRUE(byBody.contains(QStringLiteral("Samverkansgrupp Hälsa"))); // the old ones stay

    const MeetingRecord kf = load(byBody.value(QStringLiteral("Kommunfullmäktige i Norrvik")).id);
    QHash<QString, int> members, substitutes;
    for (const auto& p : kf.participants)
        (p.kind == ParticipantKind::Member ? members : substitutes)[p.party] +=
            isDecisionMaker(p.kind) ? 1 : 0;
    int seats = 0, reserve = 0;
    for (int n : members)
        seats += n;
    for (int n : substitutes)
        reserve += n;
    EXPECT_EQ(seats, 61);
    EXPECT_EQ(members.value(QStringLiteral("S")), 20);
    EXPECT_GE(reserve, 29);
    EXPECT_LE(reserve, 33);
    // The roll call: five absent, each replaced by the party's next free substitute in order;
    // the first of S sent word, so S's second and third serve.
    QList<std::pair<int, QString>> called;
    for (const auto& p : kf.participants)
        if (p.servesForAtStart != NoId)
            called << std::pair{p.electionOrder, p.party};
    std::sort(called.begin(), called.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    const QList<std::pair<int, QString>> expected{{1, QStringLiteral("M")},
                                                  {2, QStringLiteral("S")},
                                                  {3, QStringLiteral("S")},
                                                  {1, QStringLiteral("SD")},
                                                  {1, QStringLiteral("V")}};
    EXPECT_EQ(called, expected);
    int namedVotes = 0;
    for (const auto& p : kf.paragraphs)
        if (p.proceedings.vote.held && !p.proceedings.vote.closed) {
            ++namedVotes;
            EXPECT_EQ(p.proceedings.vote.named.size(), 61) << p.title.toStdString();
        }
    EXPECT_EQ(namedVotes, 2);
    EXPECT_GE(kf.paragraphs.size(), 8);
    EXPECT_EQ(kf.paragraphs.first().number, 14); // the year's numbering had reached § 13

    for (const char* name :
         {"Kommunstyrelsen i Norrvik", "Kommunstyrelsens arbetsutskott i Norrvik"}) {
        const MeetingRecord r = load(byBody.value(QString::fromUtf8(name)).id);
        int seatCount = 0, serving = 0;
        for (const auto& p : r.participants) {
            seatCount += p.kind == ParticipantKind::Member ? 1 : 0;
            serving += p.servesForAtStart != NoId ? 1 : 0;
        }
        EXPECT_EQ(seatCount,
                  QString::fromUtf8(name).contains(QStringLiteral("arbetsutskott")) ? 5 : 13);
        EXPECT_EQ(serving, 1) << name;
        EXPECT_GE(r.paragraphs.size(), 4) << name;
        EXPECT_NE(r.meeting.chairId, NoId);
        EXPECT_NE(r.meeting.secretaryId, NoId);
    }
}

TEST_F(RollCallTest, TheOrderOfElectionTravelsInJsonVersionFourByteForByte) {
    const Id meeting = councilMeeting();
    const QByteArray first = meetingToJson(load(meeting));
    EXPECT_TRUE(first.contains("\"version\": 4")) << first.left(200).toStdString();
    EXPECT_EQ(first.count("\"electionOrder\""), 4); // the four substitutes, nobody else
    // Into another file, and out again: the same bytes.
    auto other = Database::create(path(QStringLiteral("other.paragraf")));
    ASSERT_TRUE(other.ok());
    const auto parsed = meetingFromJson(first);
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    const auto imported = importMeeting(*other.value(), parsed.value());
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    const auto again = MeetingService(*other.value()).load(imported.value());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(meetingToJson(again.value()), first);
}

} // namespace
