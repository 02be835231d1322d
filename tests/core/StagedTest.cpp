// A file or folder written under a hidden name and named later (io/Staged.h): nothing under the
// final name until it is named, never over something made meanwhile, and the temporaries that
// killed runs left are removed by a later run once they are an hour old and their process ended.
#include "FullDisk.h"
#include "io/AtomicFile.h"
#include "io/AtomicFolder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>

using namespace paragraf;

namespace {

QStringList entries(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

// A process id that no process has now: that of a child which has ended.
qint64 endedProcessId() {
    QProcess child;
    child.start(QStringLiteral("/bin/true"), {});
    child.waitForFinished();
    return child.processId() > 0 ? child.processId() : 999999;
}

// A temporary a killed run of process `pid` left beside `finalPath`, last changed `age` ago.
QString leftTemporary(const QString& finalPath, qint64 pid, int ageSeconds, bool folder) {
    static int attempt = 0;
    const QFileInfo info(finalPath);
    const QString left =
        info.absolutePath() +
        QStringLiteral("/.%1.tmp-%2-%3").arg(info.fileName()).arg(pid).arg(attempt++);
    if (folder) {
        EXPECT_TRUE(QDir().mkpath(left + QStringLiteral("/representations")));
    } else {
        QFile file(left);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("half a tar");
    }
    const timeval then{::time(nullptr) - ageSeconds, 0};
    const timeval times[2] = {then, then};
    EXPECT_EQ(::utimes(QFile::encodeName(left).constData(), times), 0);
    return QFileInfo(left).fileName();
}

TEST(StagedTest, NothingIsUnderTheFinalNameUntilItIsNamed) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("paket"));
    auto staged = stageFolder(folder, {{QStringLiteral("a/b.txt"), "b"}});
    ASSERT_TRUE(staged.ok()) << staged.error().toStdString();
    EXPECT_FALSE(QFileInfo::exists(folder));
    ASSERT_EQ(entries(dir.path()).size(), 1);
    EXPECT_TRUE(entries(dir.path()).first().startsWith(QStringLiteral(".paket.tmp-")));
    ASSERT_TRUE(staged->giveName().ok());
    QFile b(folder + QStringLiteral("/a/b.txt"));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    EXPECT_EQ(b.readAll(), "b");
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("paket")});
}

TEST(StagedTest, AStagedWriteDroppedLeavesNothing) {
    QTemporaryDir dir;
    {
        auto folder =
            stageFolder(dir.filePath(QStringLiteral("paket")), {{QStringLiteral("x.txt"), "x"}});
        auto file = stageNewFile(dir.filePath(QStringLiteral("paket.tar")),
                                 [](const ChunkWriter& write) -> Status {
                                     EXPECT_EQ(write("tar", 3), 0);
                                     return {};
                                 });
        ASSERT_TRUE(folder.ok() && file.ok());
        EXPECT_EQ(entries(dir.path()).size(), 2);
    }
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

// What another program made under the name while the package was written is never replaced,
// not even an empty folder, and the staged package goes.
TEST(StagedTest, ANameTakenMeanwhileIsNeverReplaced) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("paket"));
    auto staged = stageFolder(folder, {{QStringLiteral("x.txt"), "x"}});
    ASSERT_TRUE(staged.ok());
    ASSERT_TRUE(QDir().mkdir(folder));
    EXPECT_FALSE(staged->nameIsFree().ok());
    const Status named = staged->giveName();
    ASSERT_FALSE(named.ok());
    EXPECT_TRUE(named.error().contains(QStringLiteral("exists already")))
        << named.error().toStdString();
    EXPECT_TRUE(entries(folder).isEmpty());
}

TEST(StagedTest, TemporariesOfKilledRunsGoOnceAnHourOldAndTheirProcessEnded) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("paket"));
    const qint64 ended = endedProcessId();
    const QString old = leftTemporary(folder, ended, 7200, true);
    const QString oldTar = leftTemporary(folder + QStringLiteral(".tar"), ended, 7200, false);
    // Kept: one still being written (a minute old: another computer's run on a shared folder)
    // and one of a process that runs (this one), and another package's.
    const QString recent = leftTemporary(folder, ended, 60, true);
    const QString running = leftTemporary(folder, ::getpid(), 7200, true);
    const QString another = leftTemporary(dir.filePath(QStringLiteral("annat")), ended, 7200, true);
    ASSERT_TRUE(writeFolderAtomically(folder, {{QStringLiteral("x.txt"), "x"}}).ok());
    QStringList left = entries(dir.path());
    EXPECT_FALSE(left.contains(old));
    EXPECT_TRUE(left.contains(oldTar)) << "a tar's temporary goes when the tar is written";
    EXPECT_TRUE(left.contains(recent));
    EXPECT_TRUE(left.contains(running));
    EXPECT_TRUE(left.contains(another));
    ASSERT_TRUE(writeNewFileAtomically(folder + QStringLiteral(".tar"), [](const ChunkWriter& w) {
                    return w("tar", 3) == 0 ? Status() : Status(fail(QStringLiteral("write")));
                }).ok());
    left = entries(dir.path());
    EXPECT_FALSE(left.contains(oldTar));
    EXPECT_EQ(left.size(), 5) << left.join(QLatin1Char(' ')).toStdString();
}

// Only what a killed run leaves is removed: a folder beside a folder package, a file beside a
// tar; a file or folder of the other kind under such a name is someone else's.
TEST(StagedTest, ATemporaryOfTheOtherKindIsLeft) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("paket"));
    const qint64 ended = endedProcessId();
    const QString fileBesideFolder = leftTemporary(folder, ended, 7200, false);
    const QString folderBesideTar =
        leftTemporary(folder + QStringLiteral(".tar"), ended, 7200, true);
    ASSERT_TRUE(writeFolderAtomically(folder, {{QStringLiteral("x.txt"), "x"}}).ok());
    ASSERT_TRUE(writeNewFileAtomically(folder + QStringLiteral(".tar"), [](const ChunkWriter& w) {
                    return w("tar", 3) == 0 ? Status() : Status(fail(QStringLiteral("write")));
                }).ok());
    const QStringList left = entries(dir.path());
    EXPECT_TRUE(left.contains(fileBesideFolder));
    EXPECT_TRUE(left.contains(folderBesideTar));
    EXPECT_TRUE(
        QFileInfo::exists(dir.filePath(folderBesideTar + QStringLiteral("/representations"))));
}

// A temporary that is a link to someone's folder, a link inside a temporary, and a file system
// mounted inside one: the cleaning removes the links, never what they name, and never enters the
// mount (a tester swapped a link in for a temporary while it was being removed, and the folder
// it named was emptied).
TEST(StagedTest, CleaningNeverFollowsALinkNorEntersAMount) {
    QTemporaryDir dir;
    const QString precious = dir.filePath(QStringLiteral("precious"));
    ASSERT_TRUE(QDir().mkpath(precious + QStringLiteral("/sub")));
    QFile gold(precious + QStringLiteral("/sub/gold.txt"));
    ASSERT_TRUE(gold.open(QIODevice::WriteOnly) && gold.write("gold") == 4);
    gold.close();
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    const QString folder = out + QStringLiteral("/paket");
    const qint64 ended = endedProcessId();
    const QString linked = out + QStringLiteral("/.paket.tmp-%1-90").arg(ended);
    ASSERT_TRUE(QFile::link(precious, linked));
    const QString holding = leftTemporary(folder, ended, 7200, true);
    ASSERT_TRUE(QFile::link(precious, out + QLatin1Char('/') + holding + QStringLiteral("/link")));
    const QString mounting = leftTemporary(folder, ended, 7200, true);
    const QString mountPoint =
        out + QLatin1Char('/') + mounting + QStringLiteral("/representations");
    test::FullDisk mounted(mountPoint);
    PARAGRAF_REQUIRE_MOUNTED(mounted.mounted(), "The cleaning's mount test");
    QFile inMount(mountPoint + QStringLiteral("/kept.txt"));
    ASSERT_TRUE(inMount.open(QIODevice::WriteOnly) && inMount.write("kept") == 4);
    inMount.close();
    for (const QString& changed : {holding, mounting}) { // two hours old again
        const timeval then{::time(nullptr) - 7200, 0};
        const timeval times[2] = {then, then};
        ASSERT_EQ(::utimes(QFile::encodeName(out + QLatin1Char('/') + changed).constData(), times),
                  0);
    }

    ASSERT_TRUE(writeFolderAtomically(folder, {{QStringLiteral("x.txt"), "x"}}).ok());
    EXPECT_TRUE(QFileInfo(precious + QStringLiteral("/sub/gold.txt")).isFile());
    EXPECT_TRUE(QFileInfo(linked).isSymLink()) << "a link is not a folder a run leaves";
    EXPECT_FALSE(QFileInfo::exists(out + QLatin1Char('/') + holding)) << "its link went with it";
    EXPECT_TRUE(QFileInfo(mountPoint + QStringLiteral("/kept.txt")).isFile());
}

// Two runs writing the same name (two archivists, or one clicking twice): the second waits at
// the check while the first holds the name, and then finds it taken, before it commits anything
// (both passed the check and committed their register entries, and one rename then failed).
TEST(StagedTest, ASecondRunWaitsForTheNameAndFindsItTaken) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("paket"));
    auto first = stageFolder(folder, {{QStringLiteral("x.txt"), "1"}});
    auto second = stageFolder(folder, {{QStringLiteral("x.txt"), "2"}});
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(first->holdName().ok());
    std::atomic<bool> checked = false;
    Status secondCheck;
    std::thread other([&] {
        secondCheck = second->holdName();
        checked = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_FALSE(checked) << "the second run waits while the first holds the name";
    ASSERT_TRUE(first->giveName().ok());
    other.join();
    EXPECT_FALSE(secondCheck.ok());
    EXPECT_TRUE(secondCheck.error().contains(QStringLiteral("exists already")));
    QFile written(folder + QStringLiteral("/x.txt"));
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), "1");
}

} // namespace
