// paragraf-cli archive (a folder, or with --tar one file), and the package checked as an archive
// would (scripts/check-e-archive.py, which unpacks a tar with GNU tar first):
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

    // Runs `archive` for five meetings and kills it at moments spread over its run (about 0.2 s):
    // a killed run leaves nothing under the final name, or (killed after the rename, while the
    // program ends) a package that passes the checker; then a run to the end writes it. Fails
    // when no run was killed, so a faster program cannot make the test pass without testing.
    void killAtMomentsThenWrite(const QStringList& how, const QString& finalName) {
        const QString out = path(QStringLiteral("e-arkiv"));
        ASSERT_TRUE(QDir().mkpath(out));
        const QStringList arguments =
            QStringList{QStringLiteral("archive"),    path(),
                        QStringLiteral("--meetings"), QStringLiteral("1,2,3,4,5"),
                        QStringLiteral("--out"),      out} +
            how;
        const QString final = out + finalName;
        int killed = 0;
        for (int delay : {5, 30, 60, 90, 120, 150}) {
            QProcess process;
            process.start(QStringLiteral(PARAGRAF_CLI), arguments);
            ASSERT_TRUE(process.waitForStarted());
            process.waitForFinished(delay);
            if (process.state() != QProcess::NotRunning) {
                process.kill();
                process.waitForFinished();
                ++killed;
                if (QFileInfo::exists(final)) {
                    EXPECT_EQ(check(final, false).exitCode, 0) << "killed after " << delay << " ms";
                }
            }
            QDir(final).removeRecursively();
            QFile::remove(final);
        }
        EXPECT_GT(killed, 0);
        const CliRun made = cli(arguments);
        EXPECT_EQ(made.exitCode, 0) << made.err.toStdString();
        EXPECT_EQ(made.out.trimmed(), final);
    }
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

// Killed while it works: whatever the moment, no package, or only a whole one, under its final
// name, and nothing left that the next run trips on.
TEST_F(ArchiveCliTest, AKilledRunLeavesNoPackageUnderItsNameAndTheNextRunWritesIt) {
    killAtMomentsThenWrite(
        {}, QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024-01-22"));
}

// The same year as one tar file: GNU tar and Python's tarfile read it alike, its one top-level
// entry is the package's folder, and extracted it passes every check the folder passes.
TEST_F(ArchiveCliTest, TheYearsTarPassesTheSameChecksAsTheFolder) {
    adjustTheYear(database(), path(QStringLiteral("issued")));
    const QString out = path(QStringLiteral("e-arkiv"));
    const CliRun made = archive(year + QStringList{QStringLiteral("--tar")}, out);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString tar = made.out.trimmed();
    EXPECT_EQ(tar, out + QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-"
                                        "lansstyrelse-2024.tar"));
    EXPECT_EQ(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QFileInfo(tar).fileName()});
    const CliRun checked = check(tar, true);
    EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString() << checked.err.toStdString();
    EXPECT_TRUE(checked.out.contains(QStringLiteral(" 8 PDF; 0 defects")))
        << checked.out.toStdString();
    // Asked again, the file is not written over.
    const CliRun again = archive(year + QStringList{QStringLiteral("--tar")}, out);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("exists already"))) << again.err.toStdString();
}

// The checker refuses a tar that is not a packed package: a name that leaves its folder, a
// second top-level entry, a link, an entry owned by someone.
TEST_F(ArchiveCliTest, TheCheckerFindsATarThatLeavesItsFolderOrHasTwoRoots) {
    const QString out = path(QStringLiteral("e-arkiv"));
    const CliRun made =
        archive({QStringLiteral("--meetings"), QStringLiteral("1"), QStringLiteral("--tar")}, out);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    const QString tar = made.out.trimmed();
    ASSERT_EQ(check(tar, false).exitCode, 0);
    // A copy of the package with one hostile entry more, as Python's tarfile writes it.
    const char* hostile = R"(
import io, sys, tarfile
source, target, kind = sys.argv[1:4]
with tarfile.open(source) as old, tarfile.open(target, "w", format=tarfile.PAX_FORMAT) as new:
    root = old.getmembers()[0].name
    for member in old:
        new.addfile(member, old.extractfile(member) if member.isfile() else None)
    extra = tarfile.TarInfo({"escape": root + "/../evil.txt", "second": "other/x.txt",
                             "link": root + "/link", "owner": root + "/owned.txt"}[kind])
    extra.size = 1
    if kind == "link":
        extra.type, extra.linkname, extra.size = tarfile.SYMTYPE, "/etc/passwd", 0
    if kind == "owner":
        extra.uid = 1000
    new.addfile(extra, io.BytesIO(b"x") if extra.size else None)
)";
    const QList<std::pair<QString, QString>> cases{
        {QStringLiteral("escape"), QStringLiteral("would leave the package's folder")},
        {QStringLiteral("second"), QStringLiteral("single root folder (CSIPSTR1)")},
        {QStringLiteral("link"), QStringLiteral("is neither a file nor a folder")},
        {QStringLiteral("owner"), QStringLiteral("is not owned by uid and gid 0")}};
    for (const auto& [kind, defect] : cases) {
        const QString bad = path(kind + QStringLiteral(".tar"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromLatin1(hostile), tar, bad, kind});
        ASSERT_TRUE(python.waitForFinished(60000));
        ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        const CliRun checked = check(bad, false);
        EXPECT_EQ(checked.exitCode, 1) << kind.toStdString();
        EXPECT_TRUE(checked.out.contains(defect))
            << kind.toStdString() << ": " << checked.out.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("evil.txt"))));
}

// The same for one tar file.
TEST_F(ArchiveCliTest, AKilledTarRunLeavesNoFileUnderItsNameAndTheNextRunWritesIt) {
    killAtMomentsThenWrite(
        {QStringLiteral("--tar")},
        QStringLiteral("/paragraf-samverkanstid-kommuner-region-och-lansstyrelse-2024-01-22.tar"));
}

} // namespace
