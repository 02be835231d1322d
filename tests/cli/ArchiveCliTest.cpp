// paragraf-cli archive, and the package checked as an archive would (scripts/check-e-archive.py):
// METS against the METS 1.12 schema with xmllint, the E-ARK CSIP 2.1.0 Schematron rules with
// lxml, PREMIS's required structure, CSIP's structure (required files and folders, every file
// referenced, every checksum matching) and every PDF through PDFBox Preflight as PDF/A-1b.
#include "CliRunner.h"
#include "core/ArchiveSupport.h"
#include "core/TestSupport.h"
#include "demo/DemoData.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class ArchiveCliTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(buildDemo(database()).ok());
    }
    CliRun archive(const QStringList& how, const QString& out) {
        return cli(QStringList{QStringLiteral("archive"), path()} + how +
                   QStringList{QStringLiteral("--out"), out});
    }
    // The checker's report; exit code 0 when the package has no defect.
    static CliRun check(const QString& package, bool preflight) {
        QProcess process;
        QStringList arguments{QStringLiteral(PARAGRAF_SOURCE_DIR "/scripts/check-e-archive.py"),
                              package, QStringLiteral("--schemas"),
                              QStringLiteral(PARAGRAF_SOURCE_DIR "/resources/e-ark")};
        if (preflight)
            arguments << QStringLiteral("--preflight");
        process.start(QStringLiteral("/usr/bin/python3"), arguments);
        process.waitForFinished(600000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    const QStringList year{QStringLiteral("--body"), archiveBody, QStringLiteral("--year"),
                           QStringLiteral("2024")};
};

TEST_F(ArchiveCliTest, TheYearsPackagePassesMetsCsipPremisAndPdfAChecks) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const QString out = path(QStringLiteral("e-arkiv"));
    ASSERT_TRUE(QDir().mkpath(out));
    const CliRun made = archive(year, out);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString package = made.out.trimmed();
    EXPECT_EQ(package, out + QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-"
                                            "lansstyrelse-2024"));
    const CliRun checked = check(package, true);
    EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString() << checked.err.toStdString();
    // 6 protocols, an extract and an anslagsbevis.
    EXPECT_TRUE(checked.out.contains(QStringLiteral(" 8 PDF; 0 defects")))
        << checked.out.toStdString();
}

// The checker finds what it is there to find: a changed byte, a file no METS names, a file
// gone.
TEST_F(ArchiveCliTest, TheCheckerFindsAChangedAnUnlistedAndAMissingFile) {
    const QString out = path(QStringLiteral("e-arkiv"));
    ASSERT_TRUE(QDir().mkpath(out));
    const CliRun made = archive({QStringLiteral("--meetings"), QStringLiteral("1,2")}, out);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString package = made.out.trimmed();
    ASSERT_EQ(check(package, false).exitCode, 0);
    const QString data = package + QStringLiteral("/representations/rep1/data/");
    QFile json(data + QStringLiteral("2024-01-22/sammantrade.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadWrite));
    QByteArray bytes = json.readAll();
    bytes[10] = bytes[10] == 'x' ? 'y' : 'x';
    json.seek(0);
    json.write(bytes);
    json.close();
    QFile stray(data + QStringLiteral("stray.txt"));
    ASSERT_TRUE(stray.open(QIODevice::WriteOnly));
    stray.write("x");
    stray.close();
    ASSERT_TRUE(QFile::remove(data + QStringLiteral("2024-03-04/kanonisk-form.txt")));
    const CliRun checked = check(package, false);
    EXPECT_EQ(checked.exitCode, 1);
    EXPECT_TRUE(checked.out.contains(QStringLiteral("2024-01-22/sammantrade.json: its SHA-256")))
        << checked.out.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral("stray.txt is in the package but no METS")));
    EXPECT_TRUE(checked.out.contains(QStringLiteral("2024-03-04/kanonisk-form.txt is named in "
                                                    "METS but missing")));
}

TEST_F(ArchiveCliTest, AYearWithADraftIsRefusedByNameAndNothingIsWritten) {
    const QString out = path(QStringLiteral("e-arkiv"));
    ASSERT_TRUE(QDir().mkpath(out));
    const CliRun refused = archive(year, out);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("2024-11-11 (meeting 6)")))
        << refused.err.toStdString();
    EXPECT_TRUE(
        QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    const CliRun usage = archive({QStringLiteral("--year"), QStringLiteral("2024")}, out);
    EXPECT_EQ(usage.exitCode, 2);
}

// Killed while it works: whatever the moment, no package under its final name.
TEST_F(ArchiveCliTest, AKilledRunLeavesNoPackageUnderItsName) {
    const QString out = path(QStringLiteral("e-arkiv"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString final =
        out + QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024-01-22");
    for (int delay : {300, 900, 1500}) {
        QProcess process;
        process.start(QStringLiteral(PARAGRAF_CLI),
                      {QStringLiteral("archive"), path(), QStringLiteral("--meetings"),
                       QStringLiteral("1,2,3,4,5"), QStringLiteral("--out"), out});
        ASSERT_TRUE(process.waitForStarted());
        process.waitForFinished(delay);
        const bool finished = process.state() == QProcess::NotRunning;
        if (!finished) {
            process.kill();
            process.waitForFinished();
            EXPECT_FALSE(QFileInfo::exists(final)) << "killed after " << delay << " ms";
        }
        QDir(final).removeRecursively();
    }
}

} // namespace
