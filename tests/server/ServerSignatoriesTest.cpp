// Who may sign which part on the server is the program's rule (rules/Signatories.h): the one who
// presided signs as chair for their paragraphs, as in a file (issue 21: a deputy presiding was
// refused by the server, which knew only the meeting's chair). Real logins; and the server's
// paragraf_signatories compared with the program's signatories, case by case.
#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "core/TestSupport.h"
#include "model/Codes.h"
#include "services/RulesService.h"

#include <QSqlQuery>
#include <algorithm>

using namespace paragraf;
using namespace paragraf::test;

namespace {

const QString permissionDenied = QStringLiteral("42501");

// PresidingTest's kommunstyrelse on a server: seven members, eleven paragraphs; Ledamot 1
// chairs, Ledamot 3, 4 and 5 adjust (two required), Eva Sekreterare keeps the minutes.
class ServerSignatoriesTest : public DatabaseFixture {
protected:
    void SetUp() override {
        qputenv("PARAGRAF_TEST_ENGINE", "server"); // DatabaseFixture: a server database
        DatabaseFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_body = createBody(QStringLiteral("Kommunstyrelsen"), 7);
        m_meeting = createMeeting(m_body, QDate(2025, 3, 7));
        for (int i = 1; i <= 11; ++i)
            m_paragraphs << addParagraph(m_meeting, QStringLiteral("Ärende %1").arg(i));
        Participant secretary;
        secretary.name = QStringLiteral("Eva Sekreterare");
        secretary.kind = ParticipantKind::Official;
        secretary.presentAtStart = true;
        const auto added = service().addParticipant(m_meeting, secretary);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
        Meeting m = load(m_meeting).meeting;
        m.chairId = who(1);
        m.secretaryId = added.value();
        m.adjusterIds = {who(3), who(4), who(5)};
        ASSERT_TRUE(service().updateMeeting(m).ok());
        setRequired(2);
    }
    void TearDown() override {
        m_desks.clear(); // before the database is dropped
        qunsetenv("PARAGRAF_TEST_ENGINE");
    }

    Id who(int member) const {
        return participantNamed(m_meeting, QStringLiteral("Ledamot %1").arg(member));
    }
    Id secretary() const { return load(m_meeting).meeting.secretaryId; }
    void setRequired(int adjusters) {
        MeetingRules rules;
        rules.adjustersRequired = adjusters;
        ASSERT_TRUE(RulesService(database()).setMeetingRules(m_meeting, rules).ok());
    }
    // Event `kind` for the participant before paragraph `number` (after the last: 12).
    void record(Id participant, AttendanceEventKind kind, int number) {
        AttendanceEvent e;
        e.participantId = participant;
        e.kind = kind;
        e.paragraphId = number > m_paragraphs.size() ? NoId : m_paragraphs[number - 1];
        const auto id = service().recordAttendance(m_meeting, e);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }
    // The chair and Ledamot 4 leave after § 8; Ledamot 2, the vice chair, presides from § 9
    // (and Ledamot 5 adjusts §§ 9–11 in Ledamot 4's place).
    void chairLeavesAfterParagraph8() {
        record(who(1), AttendanceEventKind::Leave, 9);
        record(who(4), AttendanceEventKind::Leave, 9);
        record(who(2), AttendanceEventKind::Preside, 9);
    }
    // A desk logged in as the participant's person, in the group.
    Database& deskOf(Id participant, const QString& base, const QString& group) {
        const Id person = load(m_meeting).participant(participant)->personId;
        const QString login = m_server->addLogin(
            base, group, person,
            group == QLatin1String("secretary") ? QList<qint64>{m_body} : QList<qint64>{});
        m_logins.insert(participant, login);
        auto opened = Database::open(path() + QStringLiteral(" user=") + login,
                                     Database::Check::Now, ServerDatabase::password());
        EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
        m_desks.push_back(std::move(opened.value()));
        return *m_desks.back();
    }
    // The program's signatories and the server's, each as "role participant" lines.
    QStringList programs() const {
        QStringList lines;
        for (const Signatory& s : AdjustmentService::signatories(load(m_meeting)))
            lines << QStringLiteral("%1 %2").arg(codeOf(s.role)).arg(s.participantId);
        lines.sort();
        return lines;
    }
    QStringList servers() const {
        QSqlQuery query(database().connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT role || ' ' || participant_id FROM "
                                              "paragraf_signatories(%1)")
                                   .arg(m_meeting)));
        QStringList lines;
        while (query.next())
            lines << query.value(0).toString();
        lines.sort();
        return lines;
    }

    Id m_body = NoId;
    Id m_meeting = NoId;
    QList<Id> m_paragraphs;
    QHash<Id, QString> m_logins;
    std::vector<std::unique_ptr<Database>> m_desks;
};

} // namespace

// The vice chair who presided over §§ 9–11 signs as chair at their own desk; the last
// signature adjusts the protocol on the server, which verifies.
TEST_F(ServerSignatoriesTest, TheDeputyWhoPresidedSignsAsChairAtTheirOwnDesk) {
    chairLeavesAfterParagraph8();
    ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(m_meeting).ok());
    Database& eva = deskOf(secretary(), QStringLiteral("eva"), QStringLiteral("secretary"));
    Database& chair = deskOf(who(1), QStringLiteral("l1"), QStringLiteral("chair"));
    Database& deputy = deskOf(who(2), QStringLiteral("l2"), QStringLiteral("chair"));
    QList<Database*> adjusters;
    for (int member : {3, 4, 5})
        adjusters << &deskOf(who(member), QStringLiteral("l%1").arg(member),
                             QStringLiteral("adjuster"));

    const auto signedByDeputy = AdjustmentService(deputy).signAsLogin(m_meeting);
    ASSERT_TRUE(signedByDeputy.ok()) << signedByDeputy.error().toStdString();
    ASSERT_EQ(signedByDeputy->size(), 1);
    EXPECT_EQ(signedByDeputy->first().role, SignatoryRole::Chair);
    EXPECT_EQ(signedByDeputy->first().participantId, who(2));

    for (Database* desk : QList<Database*>{&eva, &chair} + adjusters) {
        const auto made = AdjustmentService(*desk).signAsLogin(m_meeting);
        ASSERT_TRUE(made.ok()) << made.error().toStdString();
    }
    EXPECT_EQ(load(m_meeting).meeting.status, MeetingStatus::Adjusted)
        << "the last adjuster's signature adjusted it: the server counts the deputy's";
    const MeetingRecord adjusted = load(m_meeting);
    const auto byDeputy =
        std::find_if(adjusted.trail.signatures.cbegin(), adjusted.trail.signatures.cend(),
                     [&](const Signature& s) {
                         return s.role == SignatoryRole::Chair && s.participantId == who(2);
                     });
    ASSERT_NE(byDeputy, adjusted.trail.signatures.cend());
    EXPECT_EQ(byDeputy->login, m_logins.value(who(2))) << "the server names the deputy's login";
    const auto verified = AdjustmentService(database()).verify(m_meeting);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problems().join(QLatin1Char('\n')).toStdString();
}

// A secretary's login cannot sign as the presiding deputy, nor an adjuster's as a chair (in
// their own name or the deputy's), through the program or by raw SQL.
TEST_F(ServerSignatoriesTest, NeitherTheSecretaryNorAnAdjusterSignsAsChair) {
    chairLeavesAfterParagraph8();
    ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(m_meeting).ok());
    Database& eva = deskOf(secretary(), QStringLiteral("eva"), QStringLiteral("secretary"));
    deskOf(who(3), QStringLiteral("l3"), QStringLiteral("adjuster"));
    const auto typed =
        AdjustmentService(eva).sign(m_meeting, SignatoryRole::Chair, who(2),
                                    QStringLiteral("Ledamot 2"), SigningMethod::InPerson);
    ASSERT_FALSE(typed.ok()) << "the secretary's login in the deputy's name";
    EXPECT_TRUE(typed.error().contains(QStringLiteral("login"))) << typed.error().toStdString();

    QSqlDatabase secretarySql =
        m_server->as(m_logins.value(secretary()), ServerDatabase::password());
    QSqlDatabase adjusterSql = m_server->as(m_logins.value(who(3)), ServerDatabase::password());
    const auto asChair = [&](Id participant) {
        return signatureValues(m_meeting, QStringLiteral("chair"), participant,
                               QStringLiteral("in_person"));
    };
    EXPECT_EQ(sqlState(secretarySql, asChair(who(2))), permissionDenied);
    EXPECT_EQ(sqlState(secretarySql, asChair(secretary())), permissionDenied)
        << "the secretary did not preside";
    EXPECT_EQ(sqlState(adjusterSql, asChair(who(3))), permissionDenied)
        << "the adjuster did not preside";
    EXPECT_EQ(sqlState(adjusterSql, asChair(who(2))), permissionDenied);
    EXPECT_EQ(sqlState(adjusterSql, signatureValues(m_meeting, QStringLiteral("adjuster"), who(3),
                                                    QStringLiteral("in_person"))),
              QString())
        << "the adjuster signs as the adjuster";
    EXPECT_EQ(value(database().connection(),
                    QStringLiteral("SELECT count(*) FROM signature WHERE role = 'chair'"))
                  .toInt(),
              0);
}

// The server's list of who signs is the program's, in every case the rules distinguish: no
// handover, a handover, a chair jävig for one paragraph, an adjuster who left or who presided,
// three adjusters required, a meeting without paragraphs.
TEST_F(ServerSignatoriesTest, TheServersSignatoriesAreTheProgramsInEveryCase) {
    EXPECT_EQ(servers(), programs()) << "no handover";
    record(who(1), AttendanceEventKind::Jav, 5);
    record(who(2), AttendanceEventKind::Preside, 5);
    record(who(1), AttendanceEventKind::Preside, 6);
    EXPECT_EQ(servers(), programs()) << "the chair jävig at § 5";
    chairLeavesAfterParagraph8();
    EXPECT_EQ(servers(), programs()) << "the vice chair from § 9";
    record(who(3), AttendanceEventKind::Leave, 4);
    EXPECT_EQ(servers(), programs()) << "an adjuster left after § 3";
    record(who(5), AttendanceEventKind::Preside, 10);
    record(who(2), AttendanceEventKind::Preside, 11);
    EXPECT_EQ(servers(), programs()) << "an adjuster presided over § 10";
    setRequired(3);
    EXPECT_EQ(servers(), programs()) << "three adjusters required";
    setRequired(1);
    Meeting m = load(m_meeting).meeting;
    m.adjusterIds = {who(5)};
    ASSERT_TRUE(service().updateMeeting(m).ok());
    EXPECT_EQ(servers(), programs()) << "one adjuster named";
    EXPECT_TRUE(programs().contains(QStringLiteral("chair %1").arg(who(2))));

    const Id empty = createMeeting(m_body, QDate(2025, 4, 7));
    Meeting bare = load(empty).meeting;
    bare.chairId = participantNamed(empty, QStringLiteral("Ledamot 1"));
    bare.adjusterIds = {participantNamed(empty, QStringLiteral("Ledamot 3"))};
    ASSERT_TRUE(service().updateMeeting(bare).ok());
    m_meeting = empty;
    EXPECT_EQ(servers(), programs()) << "no paragraphs";
    EXPECT_EQ(programs().size(), 2);
}
