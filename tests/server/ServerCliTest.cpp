// paragraf-cli on a server: every command that takes FILE takes a server's address too.
#include "ServerSupport.h"
#include "cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <memory>

using namespace paragraf::test;

namespace {

class ServerCliTest : public ::testing::Test {
protected:
    void SetUp() override {
        PARAGRAF_REQUIRE_SERVER();
        server = std::make_unique<ServerDatabase>();
    }
    QString address() const {
        return QStringLiteral("postgresql:///%1?service=paragraf-test").arg(server->name());
    }
    std::unique_ptr<ServerDatabase> server;
};

} // namespace

TEST_F(ServerCliTest, TheDemoOnAServerIsListedShownAndExported) {
    const CliRun made = cli({QStringLiteral("demo"), address()});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const CliRun again = cli({QStringLiteral("init"), address()});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds a Paragraf database")))
        << again.err.toStdString();
    const CliRun listed = cli({QStringLiteral("list"), address()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    const QString meeting = lines.first().section(QLatin1Char('\t'), 0, 0);
    const CliRun shown = cli({QStringLiteral("show"), address(), meeting});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QStringLiteral("§"))) << shown.out.toStdString();
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("p.pdf"));
    const CliRun exported =
        cli({QStringLiteral("export"), address(), meeting, QStringLiteral("--kind"),
             QStringLiteral("protocol"), QStringLiteral("--format"), QStringLiteral("pdf"),
             QStringLiteral("--out"), pdf});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("PROTOKOLL"), Qt::CaseInsensitive));
}

// PostgreSQL's own maintenance database is said as such, with the address form to use instead
// (it was called empty, with a hint to init it), and one table of another program is "1 table".
TEST_F(ServerCliTest, TheMaintenanceDatabaseAndAnotherProgramsTableAreSaidInWords) {
    const CliRun maintenance = cli(
        {QStringLiteral("list"), QStringLiteral("postgresql:///postgres?service=paragraf-test")});
    EXPECT_EQ(maintenance.exitCode, 1);
    EXPECT_TRUE(maintenance.err.contains(QStringLiteral("PostgreSQL's own maintenance database")))
        << maintenance.err.toStdString();
    EXPECT_TRUE(maintenance.err.contains(QStringLiteral("postgresql://host/name")))
        << maintenance.err.toStdString();
    EXPECT_FALSE(maintenance.err.contains(QStringLiteral("empty")))
        << maintenance.err.toStdString();
    EXPECT_FALSE(maintenance.err.contains(QStringLiteral("paragraf-cli init")))
        << maintenance.err.toStdString();

    QSqlDatabase admin = server->admin();
    value(admin, QStringLiteral("CREATE TABLE orders (id integer PRIMARY KEY)"));
    const CliRun other = cli({QStringLiteral("list"), address()});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("holds 1 table of another program")))
        << other.err.toStdString();
}

// The tester's `paragraf-cli list postgresql://…/otherapp` created Paragraf's tables in another
// program's database. Every command that opens refuses it by name and leaves it as it was; an
// empty database is given the schema by init only, never by list.
TEST_F(ServerCliTest, ListNeverGivesADatabaseParagrafsSchema) {
    QSqlDatabase admin = server->admin();
    const QString tables = QStringLiteral(
        "SELECT coalesce(string_agg(relname, ',' ORDER BY relname), '') FROM pg_class c JOIN "
        "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'");
    const CliRun empty = cli({QStringLiteral("list"), address()});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no Paragraf database yet")))
        << empty.err.toStdString();
    EXPECT_EQ(value(admin, tables).toString(), QString()) << "list made nothing";

    value(admin, QStringLiteral("CREATE TABLE orders (id integer PRIMARY KEY)"));
    for (const QString& command : {QStringLiteral("list"), QStringLiteral("init"),
                                   QStringLiteral("demo"), QStringLiteral("waiting")}) {
        const CliRun run = cli({command, address()});
        EXPECT_EQ(run.exitCode, 1) << command.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("is not a Paragraf database")))
            << command.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(server->name())) << "names the database";
        EXPECT_EQ(value(admin, tables).toString(), QStringLiteral("orders,orders_pkey"));
    }
    value(admin, QStringLiteral("DROP TABLE orders"));
    const CliRun made = cli({QStringLiteral("init"), address()});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const CliRun listed = cli({QStringLiteral("list"), address()});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
}

TEST_F(ServerCliTest, AnUnreachableServerIsSaidSo) {
    const CliRun run = cli({QStringLiteral("list"), QStringLiteral("postgresql://127.0.0.1:1/x")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot be reached"))) << run.err.toStdString();
}

// A message that names the server names it as the desk shows it: the login's password, written
// in the address, never appears.
TEST_F(ServerCliTest, AMessageNamingTheServerNeverShowsThePassword) {
    ASSERT_EQ(cli({QStringLiteral("demo"), address()}).exitCode, 0);
    const CliRun listed = cli({QStringLiteral("list"), address()});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QString meeting =
        listed.out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0);
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("p.pdf"));
    ASSERT_EQ(cli({QStringLiteral("export"), address(), meeting, QStringLiteral("--kind"),
                   QStringLiteral("protocol"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--out"), pdf})
                  .exitCode,
              0);
    QFile edited(pdf);
    ASSERT_TRUE(edited.open(QIODevice::Append));
    edited.write("\n% edited\n"); // the checksum in the metadata stays, the bytes differ
    edited.close();
    const QString reader = server->addLogin(QStringLiteral("reader"), QStringLiteral("reader"), 0);
    const QString withPassword = QStringLiteral("postgresql://%1:%2@/%3?service=paragraf-test")
                                     .arg(reader, ServerDatabase::password(), server->name());
    const CliRun run =
        cli({QStringLiteral("verify-pdf"), pdf, QStringLiteral("--db"), withPassword});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a document Paragraf issued")))
        << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(ServerDatabase::password())) << run.err.toStdString();
}

// The standard libpq ways give a login's password without writing it on the command line: a
// passfile (PGPASSFILE, as ~/.pgpass), no service file with a password of its own. Without one,
// and without a terminal to type it at, the command says the server asks for a password; with
// the password written in the address, it works and warns that everyone sees it.
TEST_F(ServerCliTest, APassfileGivesThePasswordAndNoneIsOnTheCommandLine) {
    ASSERT_EQ(cli({QStringLiteral("demo"), address()}).exitCode, 0);
    const QString reader = server->addLogin(QStringLiteral("reader"), QStringLiteral("reader"), 0);
    QString why;
    QFile services(serverServiceFile(&why));
    ASSERT_TRUE(services.open(QIODevice::ReadOnly)) << why.toStdString();
    QString host, port;
    for (const QString& line : QString::fromUtf8(services.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("host=")))
            host = line.mid(5).trimmed();
        if (line.startsWith(QLatin1String("port=")))
            port = line.mid(5).trimmed();
    }
    ASSERT_FALSE(host.isEmpty() || port.isEmpty());
    QTemporaryDir folder;
    const QString passfile = folder.filePath(QStringLiteral("pgpass"));
    QFile pass(passfile);
    ASSERT_TRUE(pass.open(QIODevice::WriteOnly));
    pass.write(QStringLiteral("%1:%2:%3:%4:%5\n")
                   .arg(host, port, server->name(), reader, ServerDatabase::password())
                   .toUtf8());
    pass.close();
    pass.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // libpq ignores a readable one
    const QString address =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(reader, host, port, server->name());
    const QStringList withoutService{QStringLiteral("env"),           QStringLiteral("-u"),
                                     QStringLiteral("PGSERVICEFILE"), QStringLiteral("-u"),
                                     QStringLiteral("PGSERVICE"),     QStringLiteral("-u"),
                                     QStringLiteral("PGPASSWORD")};

    const CliRun listed =
        cli({QStringLiteral("list"), address}, QStringLiteral("C"),
            withoutService + QStringList{QStringLiteral("PGPASSFILE=") + passfile});
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Samverkanstid"))) << listed.out.toStdString();
    EXPECT_FALSE(listed.err.contains(QStringLiteral("seen by everyone")));

    const CliRun none =
        cli({QStringLiteral("list"), address}, QStringLiteral("C"),
            withoutService + QStringList{QStringLiteral("PGPASSFILE=/nonexistent")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("asks for a password"))) << none.err.toStdString();

    const QString written =
        QStringLiteral("postgresql://%1:%2@%3:%4/%5")
            .arg(reader, ServerDatabase::password(), host, port, server->name());
    const CliRun warned =
        cli({QStringLiteral("list"), written}, QStringLiteral("C"),
            withoutService + QStringList{QStringLiteral("PGPASSFILE=/nonexistent")});
    EXPECT_EQ(warned.exitCode, 0) << warned.err.toStdString();
    EXPECT_TRUE(warned.err.contains(QStringLiteral("seen by everyone")))
        << warned.err.toStdString();
}
