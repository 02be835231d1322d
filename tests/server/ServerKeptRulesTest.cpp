// A tester's findings on the server (issue 21), each repeated with the tester's own real logins
// and raw SQL, and refused now by the server itself: who a login is cannot be changed once the
// protocol is out (and the signature page names the login that signed), a protocol becomes
// adjusted only through the signing rules, a remark is its maker's and only the secretary
// answers it, a body renamed keeps its signed protocols, and raw SQL stores no text longer than
// the program allows.
#include "ServerSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ReviewService.h"
#include "cli/CliRunner.h"
#include "core/DocumentFixture.h"

#include <QFile>
#include <QRegularExpression>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr Id november = 6; // seed 001: Elise Ackerot, Martin Söderström, Sara Schelin
const QString permissionDenied = QStringLiteral("42501");

// The demo on a fresh server database, November sent for adjustment; a login of each signatory
// (the secretary's writing the body's meetings) and the registry's, each with a desk and a raw
// connection of its own.
class ServerKeptRulesTest : public DocumentFixture {
protected:
    void SetUp() override {
        qputenv("PARAGRAF_TEST_ENGINE", "server");
        DocumentFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(AdjustmentService(database()).sendForAdjustment(november).ok());
        const MeetingRecord record = load(november);
        body = record.body.id;
        signatories = AdjustmentService::signatories(record);
        ASSERT_EQ(signatories.size(), 3);
        const QStringList bases{QStringLiteral("elise"), QStringLiteral("martin"),
                                QStringLiteral("sara")};
        const QStringList groups{QStringLiteral("secretary"), QStringLiteral("chair"),
                                 QStringLiteral("adjuster")};
        for (int i = 0; i < 3; ++i) {
            const Participant* p = record.participant(signatories[i].participantId);
            people << p->personId;
            logins << m_server->addLogin(bases[i], groups[i], p->personId,
                                         i == 0 ? QList<qint64>{body} : QList<qint64>{});
            auto opened = Database::open(path() + QStringLiteral(" user=") + logins[i],
                                         Database::Check::Now, ServerDatabase::password());
            ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
            desks.push_back(std::move(opened.value()));
            raws << m_server->as(logins[i], ServerDatabase::password());
        }
        registry =
            m_server->as(m_server->addLogin(QStringLiteral("reg"), QStringLiteral("registry"), 0),
                         ServerDatabase::password());
        admin = m_server->admin();
    }
    void TearDown() override {
        desks.clear();
        qunsetenv("PARAGRAF_TEST_ENGINE");
    }

    Database& desk(int i) { return *desks[size_t(i)]; }
    QSqlDatabase& secretary() { return raws[0]; }
    QSqlDatabase& chair() { return raws[1]; }
    Id participantOf(int i) const { return signatories[i].participantId; }
    // A meeting of the body not yet sent, with a paragraph: the secretary writes it.
    Id draft() {
        const Id meeting = createMeeting(body, QDate(2030, 5, 6));
        addParagraph(meeting, QStringLiteral("Budget"));
        return meeting;
    }
    QString statusOf(Id meeting) {
        return value(admin, QStringLiteral("SELECT status FROM meeting WHERE id = %1").arg(meeting))
            .toString();
    }

    Id body = NoId;
    QList<Signatory> signatories;
    QList<qint64> people;
    QStringList logins;
    std::vector<std::unique_ptr<Database>> desks;
    QList<QSqlDatabase> raws;
    QSqlDatabase registry, admin;
};

} // namespace

// Finding 1: the secretary swapped her person with the chair's while the protocol was out,
// signed "as her login" (as the chair) and swapped back. The server now keeps who takes part as
// sent; signing as her login signs her own part only.
TEST_F(ServerKeptRulesTest, TheSecretaryCannotChangeWhoALoginIsOnceTheProtocolIsOut) {
    // The tester's statements: her participant to a third person, the chair's to hers.
    const qint64 third =
        value(admin, QStringLiteral("SELECT min(id) FROM person WHERE id NOT IN (SELECT "
                                    "person_id FROM participant WHERE meeting_id = %1)")
                         .arg(november))
            .toLongLong();
    const QString setPerson = QStringLiteral("UPDATE participant SET person_id = %1 WHERE id = %2");
    EXPECT_EQ(sqlState(secretary(), setPerson.arg(third).arg(participantOf(0))),
              QStringLiteral("PF004"));
    EXPECT_EQ(sqlState(secretary(), setPerson.arg(people[0]).arg(participantOf(1))),
              QStringLiteral("PF004"));
    for (const QString& sql :
         {QStringLiteral("DELETE FROM participant WHERE id = %1").arg(participantOf(1)),
          QStringLiteral("UPDATE meeting SET chair_id = %1 WHERE id = %2")
              .arg(participantOf(0))
              .arg(november),
          QStringLiteral("UPDATE meeting SET status = 'draft' WHERE id = %1").arg(november),
          QStringLiteral("DELETE FROM meeting_adjuster WHERE meeting_id = %1").arg(november)})
        EXPECT_EQ(sqlState(secretary(), sql), QStringLiteral("PF004")) << sql.toStdString();
    EXPECT_EQ(value(admin, QStringLiteral("SELECT person_id FROM participant WHERE id = %1")
                               .arg(participantOf(1)))
                  .toLongLong(),
              people[1]);

    const auto made = AdjustmentService(desk(0)).signAsLogin(november);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    ASSERT_EQ(made->size(), 1);
    EXPECT_EQ(made->first().role, SignatoryRole::Secretary) << "never the chair's part";
    // The program says so in words where it meets the refusal.
    Meeting moved = load(november).meeting;
    moved.chairId = participantOf(0);
    const Status refused = MeetingService(desk(0)).updateMeeting(moved);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("out for adjustment")))
        << refused.error().toStdString();
}

// Finding 1, the page: whether the login signed as its own person was read from the mapping as
// it is now, so a mapping changed after the signature printed "med namnet bekräftat" and no
// login. It is kept with the signature when made.
TEST_F(ServerKeptRulesTest, TheSignaturePageNamesTheLoginThatSignedWhateverTheMappingBecomes) {
    ASSERT_TRUE(AdjustmentService(desk(1)).signAsLogin(november).ok());
    value(admin, QStringLiteral("UPDATE paragraf_login SET person_id = NULL WHERE login = '%1'")
                     .arg(logins[1]));
    const auto signatures = load(november).trail.signatures;
    ASSERT_EQ(signatures.size(), 1);
    EXPECT_TRUE(signatures.first().byOwnLogin);
    const QString pdf = exported(november, {}, QStringLiteral("signed.pdf"));
    const QString last = pdfPages(pdf).last().simplified();
    EXPECT_TRUE(last.contains(QStringLiteral("på servern, inloggad som %1").arg(logins[1])))
        << last.toStdString();
    EXPECT_FALSE(last.contains(QStringLiteral("Martin Söderström, ordförande: signerade")) &&
                 last.contains(QStringLiteral("med namnet bekräftat")));
    // Whether it was is the server's to say, not the row's writer's.
    EXPECT_EQ(sqlState(secretary(), signatureValues(november, QStringLiteral("secretary"),
                                                    participantOf(0), QStringLiteral("on_paper"))
                                        .replace(QStringLiteral("chain_hash)"),
                                                 QStringLiteral("chain_hash, own_login)"))
                                        .replace(QStringLiteral("')"), QStringLiteral("', 1)"))),
              QString());
    EXPECT_EQ(value(admin, QStringLiteral("SELECT own_login FROM signature ORDER BY id DESC "
                                          "LIMIT 1"))
                  .toInt(),
              0);
}

// Finding 2: a secretary made a draft adjusted with one UPDATE, no signature, for ever. Only the
// signing rules make a protocol adjusted, for every login.
TEST_F(ServerKeptRulesTest, AProtocolIsAdjustedOnlyThroughTheSigningRules) {
    const Id meeting = draft();
    for (const QString& status :
         {QStringLiteral("adjusted"), QStringLiteral("announced"), QStringLiteral("archived")})
        EXPECT_EQ(sqlState(secretary(), QStringLiteral("UPDATE meeting SET status = '%1' WHERE id "
                                                       "= %2")
                                            .arg(status)
                                            .arg(meeting)),
                  QStringLiteral("PF005"))
            << status.toStdString();
    EXPECT_EQ(sqlState(secretary(), QStringLiteral("UPDATE meeting SET status = 'adjusted' WHERE "
                                                   "id = %1")
                                        .arg(november)),
              QStringLiteral("PF005"))
        << "out for adjustment, but nobody has signed";
    EXPECT_EQ(sqlState(secretary(),
                       QStringLiteral("INSERT INTO meeting (body_id, date, form, status) VALUES "
                                      "(%1, '2024-12-16', 'physical', 'adjusted')")
                           .arg(body)),
              QStringLiteral("PF005"));
    EXPECT_EQ(statusOf(meeting), QStringLiteral("in_progress"));
    EXPECT_EQ(statusOf(november), QStringLiteral("out_for_adjustment"));
    Meeting adjusted = load(meeting).meeting;
    adjusted.status = MeetingStatus::Adjusted;
    const Status refused = MeetingService(desk(0)).updateMeeting(adjusted);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("only when everyone who signs it")))
        << refused.error().toStdString();

    // Through the rules: the chair and the adjuster, then the secretary, whose signature adjusts.
    for (int i : {1, 2, 0})
        ASSERT_TRUE(AdjustmentService(desk(i)).signAsLogin(november).ok()) << i;
    EXPECT_EQ(statusOf(november), QStringLiteral("adjusted"));
}

// Where the program meets that refusal, it says it in words: the secretary imports a protocol
// "adjusted" from JSON (made by hand, or another program's), which nobody signed here.
TEST_F(ServerKeptRulesTest, ImportingAnAdjustedProtocolAsTheSecretaryIsRefusedInWords) {
    const QString json = path(QStringLiteral("adjusted.json"));
    const CliRun exported =
        cli({QStringLiteral("export-json"), path(), QString::number(november), json});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    text.replace("2024-11-11", "2031-02-03").replace("\"out_for_adjustment\"", "\"adjusted\"");
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const QString asSecretary = QStringLiteral("postgresql://%1:%2@/%3?service=paragraf-test")
                                    .arg(logins[0], ServerDatabase::password(), m_server->name());
    const CliRun imported = cli({QStringLiteral("import-json"), asSecretary, json});
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("only when everyone who signs it")))
        << imported.err.toStdString();
    EXPECT_EQ(value(admin, QStringLiteral("SELECT count(*) FROM meeting WHERE date = "
                                          "'2031-02-03'"))
                  .toInt(),
              0);
}

// Finding 6: the chair filed a remark in the adjuster's name and answered remarks; the secretary
// changed the chair's remark and removed one.
TEST_F(ServerKeptRulesTest, ARemarkIsItsMakersAndOnlyTheSecretaryAnswersIt) {
    const QString insert = QStringLiteral(
        "INSERT INTO remark (meeting_id, participant_id, author, written_at, text, state, answer) "
        "VALUES (%1, %2, '%3', '2024-11-20T10:00:00Z', 'Stavfel', '%4', '%5') RETURNING id");
    const QString chairName = signatories[1].name;
    EXPECT_EQ(sqlState(chair(), insert.arg(november)
                                    .arg(participantOf(1))
                                    .arg(signatories[2].name, QStringLiteral("open"), QString())),
              permissionDenied)
        << "in the adjuster's name";
    EXPECT_EQ(
        sqlState(chair(), insert.arg(november)
                              .arg(participantOf(1))
                              .arg(chairName, QStringLiteral("accepted"), QStringLiteral("Ja"))),
        permissionDenied)
        << "answered by its maker";
    const qint64 remark = value(chair(), insert.arg(november)
                                             .arg(participantOf(1))
                                             .arg(chairName, QStringLiteral("open"), QString()))
                              .toLongLong();
    ASSERT_GT(remark, 0);
    EXPECT_EQ(sqlState(chair(), QStringLiteral("UPDATE remark SET state = 'accepted', answer = "
                                               "'Ja', answered_at = '2024-11-20T11:00:00Z' WHERE "
                                               "id = %1")
                                    .arg(remark)),
              permissionDenied)
        << "the maker answers nothing";
    EXPECT_EQ(
        sqlState(secretary(),
                 QStringLiteral("UPDATE remark SET text = 'Annat' WHERE id = %1").arg(remark)),
        permissionDenied);
    EXPECT_EQ(sqlState(secretary(), QStringLiteral("UPDATE remark SET author = 'Elise' WHERE id "
                                                   "= %1")
                                        .arg(remark)),
              permissionDenied);
    EXPECT_EQ(sqlState(secretary(), QStringLiteral("DELETE FROM remark WHERE id = %1").arg(remark)),
              permissionDenied);
    EXPECT_EQ(value(admin, QStringLiteral("SELECT text || '/' || author || '/' || state FROM "
                                          "remark WHERE id = %1")
                               .arg(remark))
                  .toString(),
              QStringLiteral("Stavfel/%1/open").arg(chairName));

    const Status answered =
        ReviewService(desk(0)).rejectRemark(remark, QStringLiteral("Stavningen är rätt"));
    ASSERT_TRUE(answered.ok()) << answered.error().toStdString();
    EXPECT_EQ(statusOf(november), QStringLiteral("out_for_adjustment"));
    EXPECT_EQ(value(admin, QStringLiteral("SELECT answer FROM remark WHERE id = %1").arg(remark))
                  .toString(),
              QStringLiteral("Stavningen är rätt"));
}

// Finding 5: the registry's login renamed the body, and every adjusted protocol of it failed
// verification ("content changed"). The protocol keeps the name it was signed with.
TEST_F(ServerKeptRulesTest, TheRegistryRenamesABodyAndItsSignedProtocolsStillVerify) {
    for (int i : {1, 2, 0})
        ASSERT_TRUE(AdjustmentService(desk(i)).signAsLogin(november).ok()) << i;
    const QString signedAs = load(november).body.name;
    EXPECT_EQ(changed(registry, QStringLiteral("UPDATE body SET name = 'Samverkanstid (renamed)', "
                                               "kind = 'notes' WHERE id = %1")
                                    .arg(body)),
              1);
    const auto verified = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << verified->problems().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(load(november).body.name, signedAs);
    EXPECT_EQ(load(november).body.kind, BodyKind::Deciding);
    EXPECT_EQ(load(draft()).body.name, QStringLiteral("Samverkanstid (renamed)"));
    EXPECT_EQ(sqlState(secretary(), QStringLiteral("UPDATE meeting SET body_name = 'X' WHERE id = "
                                                   "%1")
                                        .arg(november)),
              QStringLiteral("PF001"));
}

// Finding 7: raw SQL stored what import-json refuses. The server counts as the program does
// (UTF-16 code units: a character beyond the Basic Multilingual Plane counts twice).
TEST_F(ServerKeptRulesTest, RawSqlStoresNoTextLongerThanTheProgramAllows) {
    const Id paragraph = load(draft()).paragraphs.first().id;
    const QString decision = QStringLiteral("UPDATE paragraph SET decision = %1 WHERE id = %2");
    const auto set = [&](const QString& text) {
        return sqlState(secretary(), decision.arg(text).arg(paragraph));
    };
    EXPECT_EQ(set(QStringLiteral("repeat('x', 200001)")), QStringLiteral("23514"));
    EXPECT_EQ(set(QStringLiteral("repeat(U&'\\+01F600', 100001)")), QStringLiteral("23514"));
    EXPECT_EQ(set(QStringLiteral("repeat('x', 200000)")), QString());
    EXPECT_EQ(set(QStringLiteral("repeat(U&'\\+01F600', 100000)")), QString());
    // The tester's 250,110 characters, typed into a section of the protocol out for adjustment.
    EXPECT_EQ(sqlState(secretary(), QStringLiteral("UPDATE paragraph_section SET text = "
                                                   "repeat('y', 250110) WHERE id = (SELECT s.id "
                                                   "FROM paragraph_section s JOIN paragraph p ON "
                                                   "p.id = s.paragraph_id WHERE p.meeting_id = %1 "
                                                   "LIMIT 1)")
                                        .arg(november)),
              QStringLiteral("23514"));
    EXPECT_EQ(
        value(admin,
              QStringLiteral("SELECT length(decision) FROM paragraph WHERE id = %1").arg(paragraph))
            .toInt(),
        100000);
}
