// The one atomic save (core/io/AtomicFile) and that every file the program writes goes through
// it: a file is replaced whole or not at all, the earlier file stays as it was on any failure (a
// full disk, a read-only folder, a missing folder), the message says which, and nothing is left
// behind in the folder.
#include "io/AtomicFile.h"

#include "FullDisk.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace paragraf;

namespace {

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// A small file system mounted over `folder` for the test (root only).
class Mounted {
public:
    explicit Mounted(const QString& folder) : m_folder(QFile::encodeName(folder)) {
        QDir().mkpath(folder);
        m_ok =
            ::geteuid() == 0 && ::mount("tmpfs", m_folder.constData(), "tmpfs", 0, "size=4m") == 0;
    }
    ~Mounted() {
        if (m_ok)
            ::umount2(m_folder.constData(), MNT_DETACH);
    }
    Mounted(const Mounted&) = delete;
    Mounted& operator=(const Mounted&) = delete;
    bool ok() const { return m_ok; }
    bool makeReadOnly() {
        return ::mount("tmpfs", m_folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=4m") ==
               0;
    }

private:
    QByteArray m_folder;
    bool m_ok = false;
};

TEST(AtomicFileTest, ReplacesAFileWholeAndLeavesNothingElseBehind) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protokoll.pdf"));
    ASSERT_TRUE(saveAtomically(path, "första").ok());
    const Status saved = saveAtomically(path, "andra versionen");
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(contentsOf(path), QByteArray("andra versionen"));
    EXPECT_EQ(filesIn(dir.path()), QStringList{QStringLiteral("protokoll.pdf")});
}

TEST(AtomicFileTest, AMissingFolderIsNamedAndNothingIsMade) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("finns-inte"));
    const Status saved = saveAtomically(folder + QStringLiteral("/protokoll.pdf"), "text");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(QStringLiteral("does not exist")))
        << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(folder));
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST(AtomicFileTest, OnAFullDiskTheEarlierFileIsKeptAndTheDiskSaidToBeFull) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("disk"));
    test::FullDisk disk(folder);
    PARAGRAF_REQUIRE_MOUNTED(disk.mounted(), "The full-disk test")
    const QString path = folder + QStringLiteral("/protokoll.pdf");
    ASSERT_TRUE(saveAtomically(path, "den tidigare filen").ok());
    test::fill(folder);

    const Status saved = saveAtomically(path, QByteArray(256 * 1024, 'x'));
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(QStringLiteral("The disk is full")))
        << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(QStringLiteral("the earlier file is unchanged")));
    EXPECT_EQ(contentsOf(path), QByteArray("den tidigare filen"));
    QStringList left = filesIn(folder);
    left.removeAll(QStringLiteral("filler"));
    left.removeAll(QStringLiteral("filler2"));
    EXPECT_EQ(left, QStringList{QStringLiteral("protokoll.pdf")});

    disk.makeRoom();
    EXPECT_TRUE(saveAtomically(path, QByteArray(256 * 1024, 'x')).ok());
}

TEST(AtomicFileTest, InAReadOnlyFolderTheEarlierFileIsKeptAndTheFolderNamed) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("skyddad"));
    Mounted mounted(folder);
    PARAGRAF_REQUIRE_MOUNTED(mounted.ok(), "The read-only folder test")
    const QString path = folder + QStringLiteral("/kallelse.ics");
    ASSERT_TRUE(saveAtomically(path, "den tidigare filen").ok());
    ASSERT_TRUE(mounted.makeReadOnly());

    const Status saved = saveAtomically(path, "ny kallelse");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(QStringLiteral("cannot be written to")))
        << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(folder));
    EXPECT_EQ(contentsOf(path), QByteArray("den tidigare filen"));
    EXPECT_EQ(filesIn(folder), QStringList{QStringLiteral("kallelse.ics")});
}

// Every file the program writes (documents, JSON, iCalendar, CSV, issued documents) goes through
// saveAtomically(): no other source file in core/, ui/ or app/ opens a file for writing, makes a
// temporary file, renames, copies or syncs one. (Buffers in memory are written freely; the
// database file is SQLite's alone.)
TEST(AtomicFileTest, NoOtherSourceWritesAFile) {
    const QString root = QStringLiteral(TEST_DATA_DIR "/../..");
    static const QRegularExpression writing(QStringLiteral(
        R"(QSaveFile|QTemporaryFile|\bfsync\s*\(|\brename\s*\(|QFile::copy|std::ofstream|)"
        R"(\bfopen\s*\(|\bcreat\s*\(|open\s*\([^)]*(WriteOnly|ReadWrite|Append|O_WRONLY|O_RDWR))"));
    QStringList offenders;
    for (const QString& folder :
         {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator files(root + QLatin1Char('/') + folder,
                           {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            ++seen;
            if (path.endsWith(QStringLiteral("core/io/AtomicFile.cpp")))
                continue;
            const QStringList lines = QString::fromUtf8(contentsOf(path)).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i)
                if (lines[i].contains(writing) &&
                    !lines[i].contains(QStringLiteral("buffer"), Qt::CaseInsensitive))
                    offenders
                        << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(lines[i].trimmed());
        }
        EXPECT_GT(seen, 10) << folder.toStdString() << " was not found under "
                            << root.toStdString();
    }
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QLatin1Char('\n')).toStdString();
}

} // namespace
