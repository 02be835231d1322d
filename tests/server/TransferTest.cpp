// Moving in (issue 21, item 5): a secretary's whole file pushed onto the organisation's server,
// every table and every hash as it was, ids the server's own; one body's protocols pulled back
// out into a new file that verifies.
#include "ServerSupport.h"
#include "TransferSupport.h"
#include "adjustment/AdjustmentService.h"
#include "adjustment/ErratumService.h"
#include "adjustment/IssuedDocumentService.h"
#include "adjustment/TransferService.h"
#include "cli/CliRunner.h"
#include "demo/DemoData.h"
#include "demo/DemoWriter.h"
#include "document/DocumentExporter.h"
#include "storage/ServerMigrator.h"
#include "storage/Transaction.h"
#include "storage/TransferPlan.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class TransferTest : public DatabaseFixture {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        DatabaseFixture::SetUp();
        server = std::make_unique<ServerDatabase>();
        owner = server->admin();
        // Made new as paragraf-cli init makes it.
        auto opened = Database::create(address());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        paragrafServer = std::move(opened.value());
    }
    QString address() const {
        return QStringLiteral("service=paragraf-test dbname=") + server->name();
    }

    // The demo file with seed 001's November meeting adjusted, a rättelse to it, a protocol
    // issued from it, and a remark; the other meetings stay drafts.
    void buildFile(const Database& database) {
        ASSERT_TRUE(inTransaction(database.connection(), [&]() -> Status {
                        DemoWriter writer(database.connection());
                        if (auto status = demo::buildJamtland(writer); !status)
                            return status;
                        return demo::buildVastmanland(writer);
                    }).ok());
        adjustOnPaper(database, november);
        const MeetingRecord record = MeetingService(database).load(november).value();
        ASSERT_TRUE(ErratumService(database)
                        .record(november, record.paragraphs[3].id,
                                QStringLiteral("Magnus Aspegren ska återkoppla."),
                                QStringLiteral("Fel namn"), QStringLiteral("Ordföranden"),
                                QDate(2024, 11, 25))
                        .ok());
        ASSERT_TRUE(ErratumService(database)
                        .record(november, NoId, QStringLiteral("Mötet hölls digitalt."),
                                QStringLiteral("Fel mötesform"), QStringLiteral("Ordföranden"),
                                QDate(2024, 11, 26))
                        .ok());
        const auto issued =
            issueDocument(database, record, {}, DocumentFormat::Pdf,
                          m_dir.filePath(QStringLiteral("protokoll.pdf")), QStringLiteral("Elise"));
        ASSERT_TRUE(issued.ok()) << issued.error().toStdString();
    }

    Result<TransferSummary> push(const Database& file) {
        const auto pushed = TransferService::push(file, *paragrafServer);
        if (!pushed)
            return fail(pushed.error());
        return pushed->summary;
    }

    // Pulls each body of the push back out and verifies its adjusted protocols there: as many
    // as the file has, and what verify finds is what it finds in the file (the demo's earlier
    // meetings are adjusted without signatures), without the meetings' ids.
    void expectEveryProtocolVerifies(const TransferSummary& pushed, const Database& source) {
        const auto inFile = TransferService::verifyAdjusted(source);
        ASSERT_TRUE(inFile.ok());
        int found = 0;
        QStringList problems;
        for (const QString& body : pushed.bodies) {
            const QString out = path(QStringLiteral("pulled-%1.paragraf").arg(++pulls));
            const auto pulled = TransferService::pull(*paragrafServer, out, body);
            ASSERT_TRUE(pulled.ok()) << pulled.error().toStdString();
            found += pulled->adjusted;
            problems << pulled->problems;
        }
        EXPECT_EQ(found, inFile->adjusted);
        EXPECT_EQ(withoutIds(problems), withoutIds(inFile->all()))
            << problems.join('\n').toStdString();
    }
    static QStringList withoutIds(QStringList problems) {
        for (QString& problem : problems)
            problem = problem.section(QLatin1Char(' '), 2);
        problems.sort();
        return problems;
    }

    static constexpr Id november = 6;
    std::unique_ptr<ServerDatabase> server;
    QSqlDatabase owner;                       // raw SQL, as the database's owner
    std::unique_ptr<Database> paragrafServer; // the same server as Paragraf opens it
    int pulls = 0;
};

const QStringList reChained{QStringLiteral("erratum.chain_hash")};

} // namespace

// Table by table, every row of the file is on the server with its references intact, under the
// server's ids (the server held another organisation's bodies first).
TEST_F(TransferTest, PushMovesEveryTableOfTheFileUnderTheServersIds) {
    seed(owner);
    buildFile(database());
    const auto pushed = push(database());
    ASSERT_TRUE(pushed.ok()) << pushed.error().toStdString();

    const auto tables = transfer::tablesOf(database().connection());
    ASSERT_TRUE(tables.ok());
    int nonEmpty = 0;
    for (const QString& table : tables.value()) {
        const QStringList inFile = rowsOf(database().connection(), table, nullptr, reChained);
        EXPECT_EQ(rowsOf(owner, table, &pushed->ids, reChained), inFile) << table.toStdString();
        EXPECT_EQ(pushed->rowsPerTable.value(table), inFile.size()) << table.toStdString();
        nonEmpty += inFile.isEmpty() ? 0 : 1;
    }
    EXPECT_GE(nonEmpty, 15) << "the demo file fills most tables";
    EXPECT_NE(pushed->ids[QStringLiteral("meeting")].value(november), november)
        << "the server's own ids";
    // Sequences stay right: the server's next meeting comes after the pushed ones.
    const qint64 next = value(owner, QStringLiteral("INSERT INTO meeting (body_id, date, form, "
                                                    "status) SELECT id, '2025-01-01', 'physical',"
                                                    " 'draft' FROM body LIMIT 1 RETURNING id"))
                            .toLongLong();
    for (qint64 id : pushed->ids[QStringLiteral("meeting")])
        EXPECT_LT(id, next);
}

// The canonical hash recomputed from the server's rows is the one each signature bound; the
// signatures' chain and the register's are as they were; the rättelser's chain, which names the
// paragraph's id, continues with the server's id.
TEST_F(TransferTest, EveryAdjustedProtocolVerifiesAfterThePush) {
    seed(owner); // another organisation's rows first: no id of the file is free on the server
    buildFile(database());
    const auto before = AdjustmentService(database()).verify(november);
    ASSERT_TRUE(before.ok() && before->intact());
    const auto pushed = push(database());
    ASSERT_TRUE(pushed.ok()) << pushed.error().toStdString();
    const qint64 onServer = pushed->ids[QStringLiteral("meeting")].value(november);
    EXPECT_EQ(value(owner, QStringLiteral("SELECT status FROM meeting WHERE id = %1").arg(onServer))
                  .toString(),
              QStringLiteral("adjusted"));
    EXPECT_EQ(value(owner, QStringLiteral("SELECT count(*) FROM signature WHERE meeting_id = %1 "
                                          "AND content_hash = '%2' AND login = ''")
                               .arg(onServer)
                               .arg(before->contentHash))
                  .toInt(),
              before->signatures.size())
        << "made in the file, by no server login";
    // verify on the server itself: the canonical hash from the server's rows, both chains.
    const auto there = AdjustmentService(*paragrafServer).verify(onServer);
    ASSERT_TRUE(there.ok()) << there.error().toStdString();
    EXPECT_EQ(there->contentHash, before->contentHash);
    EXPECT_TRUE(there->intact()) << there->problems().join('\n').toStdString();
    EXPECT_EQ(there->issued.size(), before->issued.size());
    expectEveryProtocolVerifies(pushed.value(), database());
}

// A second secretary's file, with other bodies, goes onto the same server beside the first:
// ids remapped again, organisations shared by name, and both files' protocols verify.
TEST_F(TransferTest, ASecondFileWithOtherBodiesJoinsTheFirst) {
    buildFile(database());
    const auto first = push(database());
    ASSERT_TRUE(first.ok()) << first.error().toStdString();

    auto other = Database::create(path(QStringLiteral("norrvik.paragraf")));
    ASSERT_TRUE(other.ok());
    const Database& norrvik = *other.value();
    ASSERT_TRUE(inTransaction(norrvik.connection(), [&]() -> Status {
                    DemoWriter writer(norrvik.connection());
                    return demo::buildNorrvik(writer);
                }).ok());
    const Id meeting = MeetingService(norrvik).list()->first().id;
    adjustOnPaper(norrvik, meeting);
    const auto second = push(norrvik);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    EXPECT_EQ(second->bodies.size(), 3);
    EXPECT_NE(first->ids[QStringLiteral("meeting")].value(1),
              second->ids[QStringLiteral("meeting")].value(1));
    for (const QString& table :
         {QStringLiteral("meeting"), QStringLiteral("paragraph"), QStringLiteral("participant")})
        EXPECT_EQ(rowsOf(owner, table, &second->ids, reChained),
                  rowsOf(norrvik.connection(), table, nullptr, reChained));
    expectEveryProtocolVerifies(first.value(), database());
    expectEveryProtocolVerifies(second.value(), norrvik);
}

// A body the server already has (another secretary's, by the same name) stops the push before
// anything is written, and the message names it.
TEST_F(TransferTest, ABodyTheServerHasIsRefusedByNameAndNothingMoves) {
    buildFile(database());
    ASSERT_TRUE(push(database()).ok());
    const QString before = countsOf(owner);

    auto other = Database::create(path(QStringLiteral("again.paragraf")));
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(inTransaction(other.value()->connection(), [&]() -> Status {
                    DemoWriter writer(other.value()->connection());
                    return demo::buildVastmanland(writer);
                }).ok());
    const auto again = push(*other.value());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("already has")))
        << again.error().toStdString();
    const QString name = value(other.value()->connection(),
                               QStringLiteral("SELECT name FROM body ORDER BY id LIMIT 1"))
                             .toString();
    EXPECT_TRUE(again.error().contains(name)) << again.error().toStdString();
    EXPECT_EQ(countsOf(owner), before);
}

// A failure half-way (here a posting of a draft, made behind Paragraf's back, which the server
// refuses when the kept records are written, after every meeting is in) rolls all of it back.
TEST_F(TransferTest, AFailureHalfWayLeavesTheServerAsItWas) {
    seed(owner);
    buildFile(database());
    const QString before = countsOf(owner);
    QSqlQuery tamper(database().connection());
    ASSERT_TRUE(tamper.exec(QStringLiteral("DROP TRIGGER posting_only_when_adjusted")))
        << tamper.lastError().text().toStdString();
    ASSERT_TRUE(tamper.exec(QStringLiteral("INSERT INTO posting (meeting_id, posted_on) SELECT "
                                           "id, '2025-04-01' FROM meeting WHERE status = 'draft' "
                                           "LIMIT 1")));

    const auto pushed = push(database());
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(pushed.error().contains(QStringLiteral("posted"))) << pushed.error().toStdString();
    EXPECT_EQ(countsOf(owner), before);
}

// A tamperer's raw SQL on the file, its triggers dropped: push verifies every adjusted protocol
// first and refuses the whole push, naming the meeting and why; the server stays empty. (Once
// moved, the server would have kept the changed protocol final for ever.)
TEST_F(TransferTest, AProtocolChangedOutsideParagrafIsRefusedAndNothingMoves) {
    buildFile(database());
    const QString empty = countsOf(owner);
    QSqlQuery tamper(database().connection());
    ASSERT_TRUE(tamper.exec(QStringLiteral("DROP TRIGGER paragraph_final_update")));
    ASSERT_TRUE(tamper.exec(QStringLiteral("UPDATE paragraph SET title = title || ' (ändrad)' "
                                           "WHERE meeting_id = %1 AND position = 2")
                                .arg(november)));
    ASSERT_EQ(tamper.numRowsAffected(), 1);

    const auto pushed = TransferService::push(database(), *paragrafServer);
    ASSERT_FALSE(pushed.ok());
    const MeetingRecord record = MeetingService(database()).load(november).value();
    for (const QString& named :
         {QStringLiteral("meeting %1 (").arg(november), record.body.name,
          QStringLiteral("2024-11-11"), QStringLiteral("The content changed after"),
          QStringLiteral("Nothing was moved")})
        EXPECT_TRUE(pushed.error().contains(named)) << pushed.error().toStdString();
    EXPECT_FALSE(pushed.error().contains(QStringLiteral("has not signed")))
        << "the archive's protocols without signatures are not what stops it";
    EXPECT_EQ(countsOf(owner), empty);
    EXPECT_EQ(value(owner, QStringLiteral("SELECT count(*) FROM meeting")).toInt(), 0);

    const CliRun run = cli({QStringLiteral("push"), path(), address()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("The content changed after")))
        << run.err.toStdString();
    EXPECT_EQ(countsOf(owner), empty);
}

// A rättelse or a signature changed, or a signature removed, likewise: each is a change made
// outside Paragraf, not a protocol that was adjusted without signatures.
TEST_F(TransferTest, AChangedChainOrARemovedSignatureIsRefusedToo) {
    const QString empty = countsOf(owner);
    const QList<QStringList> tamperings{
        {QStringLiteral("DROP TRIGGER erratum_kept_update"),
         QStringLiteral("UPDATE erratum SET reason = 'Annat' WHERE id = 2")},
        {QStringLiteral("DROP TRIGGER signature_final_delete"),
         QStringLiteral("DELETE FROM signature WHERE id = (SELECT min(id) FROM signature)")}};
    for (const QStringList& tampering : tamperings) {
        auto created = Database::create(path(QStringLiteral("tampered-%1.paragraf").arg(++pulls)));
        ASSERT_TRUE(created.ok());
        const Database& file = *created.value();
        buildFile(file);
        QSqlQuery tamper(file.connection());
        for (const QString& statement : tampering)
            ASSERT_TRUE(tamper.exec(statement))
                << statement.toStdString() << tamper.lastError().text().toStdString();
        const auto pushed = TransferService::push(file, *paragrafServer);
        ASSERT_FALSE(pushed.ok()) << tampering.last().toStdString();
        EXPECT_TRUE(pushed.error().contains(QStringLiteral("meeting %1 (").arg(november)))
            << pushed.error().toStdString();
        EXPECT_EQ(countsOf(owner), empty);
    }
}

// The demo file's archive: protocols adjusted without signatures recorded in Paragraf. They move
// as they are, and push and verify (in the file and on the server) say what they are.
TEST_F(TransferTest, ProtocolsAdjustedWithoutSignaturesMoveWithANote) {
    const QString demo = path(QStringLiteral("demo.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), demo}).exitCode, 0);
    const CliRun pushed = cli({QStringLiteral("push"), demo, address()});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_TRUE(pushed.out.contains(QStringLiteral("5 adjusted protocols verified")))
        << pushed.out.toStdString();
    EXPECT_TRUE(pushed.out.contains(QStringLiteral("Moved as they are")))
        << pushed.out.toStdString();
    EXPECT_TRUE(pushed.out.contains(QStringLiteral("(the chair) has not signed.")))
        << pushed.out.toStdString();
    const qint64 onServer =
        value(owner, QStringLiteral("SELECT id FROM meeting WHERE date = '2024-01-22'"))
            .toLongLong();
    ASSERT_GT(onServer, 0);
    EXPECT_EQ(value(owner, QStringLiteral("SELECT status FROM meeting WHERE id = %1").arg(onServer))
                  .toString(),
              QStringLiteral("archived"));
    for (const auto& [where, meeting] :
         {std::pair{demo, QStringLiteral("1")}, std::pair{address(), QString::number(onServer)}}) {
        const CliRun verified = cli({QStringLiteral("verify"), where, meeting});
        EXPECT_EQ(verified.exitCode, 1);
        EXPECT_TRUE(verified.err.contains(QStringLiteral("Adjusted without signatures recorded")))
            << verified.err.toStdString();
        EXPECT_TRUE(verified.err.contains(QStringLiteral("(the chair) has not signed.")));
        EXPECT_FALSE(verified.err.contains(QStringLiteral("Not intact")));
    }
}

// Push, then pull the body back into a new file: the same contents, table by table, under the
// new file's ids, and its adjusted protocol verifies there.
TEST_F(TransferTest, PullGivesBackWhatWasPushed) {
    seed(owner);
    buildFile(database());
    const auto pushed = push(database());
    ASSERT_TRUE(pushed.ok()) << pushed.error().toStdString();
    const QString body = MeetingService(database()).load(november)->body.name;
    const QString out = path(QStringLiteral("pulled.paragraf"));
    const auto pulled = TransferService::pull(*paragrafServer, out, body);
    ASSERT_TRUE(pulled.ok()) << pulled.error().toStdString();
    const auto inFile = TransferService::verifyAdjusted(database());
    EXPECT_EQ(pulled->adjusted, inFile->adjusted) << "one body in the file";
    EXPECT_EQ(pulled->problems.size(), inFile->all().size());

    auto file = Database::open(out);
    ASSERT_TRUE(file.ok());
    const QSqlDatabase& copy = file.value()->connection();
    // The body's rows only: the pulled file has that body's (and what it names).
    for (const QString& table :
         {QStringLiteral("meeting"), QStringLiteral("participant"), QStringLiteral("paragraph"),
          QStringLiteral("paragraph_section"), QStringLiteral("signature"),
          QStringLiteral("erratum"), QStringLiteral("issued_document"),
          QStringLiteral("membership"), QStringLiteral("meeting_adjuster")}) {
        const QStringList original = rowsOf(database().connection(), table, nullptr, reChained);
        QStringList back = rowsOf(copy, table, &pushed->ids, reChained);
        for (const QString& row : back)
            EXPECT_TRUE(original.contains(row)) << table.toStdString() << ": " << row.toStdString();
        EXPECT_FALSE(back.isEmpty()) << table.toStdString();
    }
    const auto verification = AdjustmentService(*file.value())
                                  .verify(pushed->ids[QStringLiteral("meeting")].value(november));
    ASSERT_TRUE(verification.ok());
    EXPECT_TRUE(verification->intact()) << verification->problems().join('\n').toStdString();
}

TEST_F(TransferTest, PullNeverOverwritesAFileAndNamesAMissingBody) {
    buildFile(database());
    ASSERT_TRUE(push(database()).ok());
    const QByteArray before = fileHash(path());
    const auto over =
        TransferService::pull(*paragrafServer, path(), QStringLiteral("Kommunstyrelsen"));
    ASSERT_FALSE(over.ok());
    EXPECT_TRUE(over.error().contains(QStringLiteral("already exists")));
    EXPECT_EQ(fileHash(path()), before);
    const QString out = path(QStringLiteral("none.paragraf"));
    const auto missing = TransferService::pull(*paragrafServer, out, QStringLiteral("Ingen nämnd"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("Ingen nämnd")));
    EXPECT_FALSE(QFileInfo::exists(out)) << "nothing is left behind";
}

// A person's login, even the registry's, cannot push: it says who can, and nothing moves.
TEST_F(TransferTest, OnlyTheDatabasesOwnerPushes) {
    buildFile(database());
    const QString registry =
        server->addLogin(QStringLiteral("registry"), QStringLiteral("registry"), 0);
    auto login = Database::open(address() + QStringLiteral(" user=") + registry,
                                Database::Check::Now, ServerDatabase::password());
    ASSERT_TRUE(login.ok()) << login.error().toStdString();
    const QString before = countsOf(owner);
    const auto pushed = TransferService::push(database(), *login.value());
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(pushed.error().contains(QStringLiteral("owner"))) << pushed.error().toStdString();
    EXPECT_TRUE(pushed.error().contains(registry)) << pushed.error().toStdString();
    EXPECT_EQ(countsOf(owner), before);
}

// paragraf-cli push and pull: progress on stderr, each meeting's new id on stdout, and the
// pulled file verifies with paragraf-cli verify.
TEST_F(TransferTest, PushAndPullOnTheCommandLine) {
    buildFile(database());
    const QString address = this->address();
    const CliRun pushed = cli({QStringLiteral("push"), path(), address});
    ASSERT_EQ(pushed.exitCode, 0) << pushed.err.toStdString();
    EXPECT_TRUE(pushed.err.contains(QStringLiteral("paragraph_section: "))) << "progress";
    const qint64 onServer =
        value(owner, QStringLiteral("SELECT id FROM meeting WHERE date = '2024-11-11'"))
            .toLongLong();
    EXPECT_TRUE(pushed.out.contains(
        QStringLiteral("meeting %1 is meeting %2 on the server").arg(november).arg(onServer)))
        << pushed.out.toStdString();

    const CliRun there = cli({QStringLiteral("verify"), address, QString::number(onServer)});
    EXPECT_EQ(there.exitCode, 0) << there.err.toStdString();
    EXPECT_TRUE(there.out.contains(QStringLiteral("Intact and signed by all.")));

    const QString out = path(QStringLiteral("ut.paragraf"));
    const QString body = MeetingService(database()).load(november)->body.name;
    const CliRun pulled =
        cli({QStringLiteral("pull"), address, out, QStringLiteral("--body"), body});
    EXPECT_TRUE(pulled.out.contains(QStringLiteral("adjusted protocols")))
        << pulled.out.toStdString();
    const CliRun verified = cli({QStringLiteral("verify"), out, QString::number(onServer)});
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QStringLiteral("Intact and signed by all.")));

    const CliRun again =
        cli({QStringLiteral("pull"), address, out, QStringLiteral("--body"), body});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(cli({QStringLiteral("pull"), address, path(QStringLiteral("x.paragraf"))}).exitCode,
              2)
        << "--body is needed";
}

// A damaged file, a file of a newer Paragraf, a server that is not there: a message, and
// neither the file nor the server changes.
TEST_F(TransferTest, HostileInputGivesAMessageAndChangesNothing) {
    buildFile(database());
    const QString address = this->address();
    const QString before = countsOf(owner);

    const QString damaged = path(QStringLiteral("damaged.paragraf"));
    ASSERT_EQ(cli({QStringLiteral("demo"), damaged}).exitCode, 0);
    QFile bytes(damaged);
    ASSERT_TRUE(bytes.open(QIODevice::ReadWrite));
    bytes.seek(4096 * 2); // pages of tables in use
    bytes.write(QByteArray(4096 * 4, '\x5a'));
    bytes.close();
    const QByteArray damagedHash = hashOf(damaged);
    CliRun run = cli({QStringLiteral("push"), damaged, address});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("damaged"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(damaged), damagedHash);

    const QString newer = path(QStringLiteral("newer.paragraf"));
    {
        auto created = Database::create(newer);
        ASSERT_TRUE(created.ok());
        QSqlQuery(created.value()->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    const QByteArray newerHash = hashOf(newer);
    run = cli({QStringLiteral("push"), newer, address});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("newer"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(newer), newerHash);

    const QString notSqlite = path(QStringLiteral("text.paragraf"));
    QFile text(notSqlite);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Protokoll\n");
    text.close();
    run = cli({QStringLiteral("push"), notSqlite, address});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a Paragraf"))) << run.err.toStdString();
    EXPECT_EQ(countsOf(owner), before);

    const QString contentsBefore = contentsOf(database());
    const QList<QPair<QString, QString>> wrongAddresses{
        {QStringLiteral("postgresql://127.0.0.1:1/paragraf"), QStringLiteral("cannot be reached")},
        {QStringLiteral("host=127.0.0.1 port=1 dbname=paragraf"),
         QStringLiteral("cannot be reached")},
        {QStringLiteral("service=paragraf-test dbname=no_such_db"),
         QStringLiteral("no such database")}};
    for (const auto& [wrong, why] : wrongAddresses) {
        run = cli({QStringLiteral("push"), path(), wrong});
        EXPECT_EQ(run.exitCode, 1) << wrong.toStdString();
        EXPECT_TRUE(run.err.contains(why)) << run.err.toStdString();
    }
    run = cli({QStringLiteral("push"), address, address});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("is not a file"))) << run.err.toStdString();
    EXPECT_EQ(contentsOf(database()), contentsBefore);
}

// An organisation is one organisation whoever's file names it: a second file with the same
// municipalities adds none, and its rosters name the ones the server has.
TEST_F(TransferTest, OrganisationsTheServerHasAreSharedByName) {
    buildFile(database());
    ASSERT_TRUE(push(database()).ok());
    const int organisations =
        value(owner, QStringLiteral("SELECT count(*) FROM organisation")).toInt();
    ASSERT_GT(organisations, 0);

    auto other = Database::create(path(QStringLiteral("grannen.paragraf")));
    ASSERT_TRUE(other.ok());
    const QSqlDatabase& neighbour = other.value()->connection();
    ASSERT_TRUE(inTransaction(neighbour, [&]() -> Status {
                    DemoWriter writer(neighbour);
                    return demo::buildVastmanland(writer);
                }).ok());
    QSqlQuery(neighbour).exec(QStringLiteral("UPDATE body SET name = name || ' (grannen)'"));
    const auto pushed = push(*other.value());
    ASSERT_TRUE(pushed.ok()) << pushed.error().toStdString();
    EXPECT_EQ(value(owner, QStringLiteral("SELECT count(*) FROM organisation")).toInt(),
              organisations);
    EXPECT_EQ(pushed->rowsPerTable.value(QStringLiteral("organisation")), 0);
    for (const QString& table : {QStringLiteral("membership"), QStringLiteral("body_seat")})
        EXPECT_EQ(rowsOf(owner, table, &pushed->ids), rowsOf(neighbour, table))
            << table.toStdString();
}

// A file with a table push does not know (a later Paragraf's, or another program's) is refused
// by name rather than moved in part.
TEST_F(TransferTest, ATableOrColumnPushDoesNotKnowIsRefused) {
    buildFile(database());
    const QString before = countsOf(owner);
    QSqlQuery change(database().connection());
    ASSERT_TRUE(change.exec(QStringLiteral("CREATE TABLE minutes_extra (id INTEGER PRIMARY KEY)")));
    auto pushed = push(database());
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(pushed.error().contains(QStringLiteral("minutes_extra")))
        << pushed.error().toStdString();
    ASSERT_TRUE(change.exec(QStringLiteral("DROP TABLE minutes_extra")));
    ASSERT_TRUE(change.exec(QStringLiteral("ALTER TABLE person ADD COLUMN nickname TEXT")));
    pushed = push(database());
    ASSERT_FALSE(pushed.ok());
    EXPECT_TRUE(pushed.error().contains(QStringLiteral("nickname")))
        << pushed.error().toStdString();
    EXPECT_EQ(countsOf(owner), before);
}
