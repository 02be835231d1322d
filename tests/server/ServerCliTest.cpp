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
