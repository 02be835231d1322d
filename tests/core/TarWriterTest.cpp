// The e-archive package as one tar file (archive/TarWriter.h, docs/e-archive.md): what GNU tar
// and Python's tarfile, the archive's own tools, read from it, that the same files give the same
// bytes, and that no name can leave the package's folder.
#include "archive/TarWriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace paragraf;

namespace {

const QString root = QStringLiteral("paragraf-samverkanstid-2024");
const QDateTime created(QDate(2025, 1, 15), QTime(10, 0), Qt::UTC);
// 120 characters and Swedish letters: more than ustar's 100 bytes, and not ASCII.
const QString longName = QStringLiteral("representations/rep1/data/2024-11-11/") +
                         QStringLiteral("sammanträdets-överklagande-av-beslut-om-förskoleklass-"
                                        "i-hallen-och-åre.txt");

QList<ArchiveFile> somePackage() {
    return {{QStringLiteral("METS.xml"), "<mets/>\n", xmlFormat(), {}},
            {longName, "Överklagandet.\n", plainTextFormat(), {}},
            {QStringLiteral("documentation/om-paketet.txt"),
             QByteArray(1000, 'x'),
             plainTextFormat(),
             {}},
            {QStringLiteral("schemas/empty.xsd"), QByteArray(), xmlSchemaFormat(), {}}};
}

QByteArray tarOf(const QList<ArchiveFile>& files, const QString& name = root) {
    QByteArray tar;
    const auto written = writeTar(name, files, created, [&](const char* bytes, qint64 size) {
        tar.append(bytes, size);
        return 0;
    });
    EXPECT_TRUE(written.ok()) << written.error().toStdString();
    return tar;
}

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

ToolRun run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Each member as Python's tarfile reads it: name, kind, mode, uid, gid, user, group, mtime.
const char* describe = R"(
import sys, tarfile
with tarfile.open(sys.argv[1], "r:") as t:
    print(any(m.pax_headers.get("path") == m.name for m in t))
    for m in t:
        print(m.name, "dir" if m.isdir() else "file" if m.isfile() else "other", oct(m.mode),
              m.uid, m.gid, repr(m.uname), repr(m.gname), m.mtime, sep="|")
)";

class TarWriterTest : public ::testing::Test {
protected:
    QString saved(const QByteArray& tar) const {
        const QString path = dir.filePath(QStringLiteral("package.tar"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(tar);
        return path;
    }
    QTemporaryDir dir;
};

TEST_F(TarWriterTest, LongAndSwedishNamesAreReadAlikeByGnuTarAndPython) {
    const QString tar = saved(tarOf(somePackage()));
    const QStringList expected{root + u'/',
                               root + QStringLiteral("/METS.xml"),
                               root + QStringLiteral("/documentation/"),
                               root + QStringLiteral("/documentation/om-paketet.txt"),
                               root + QStringLiteral("/representations/"),
                               root + QStringLiteral("/representations/rep1/"),
                               root + QStringLiteral("/representations/rep1/data/"),
                               root + QStringLiteral("/representations/rep1/data/2024-11-11/"),
                               root + u'/' + longName,
                               root + QStringLiteral("/schemas/"),
                               root + QStringLiteral("/schemas/empty.xsd")};
    const ToolRun gnu =
        run(QStringLiteral("tar"), {QStringLiteral("--list"), QStringLiteral("--file"), tar});
    ASSERT_EQ(gnu.exitCode, 0) << gnu.err.toStdString();
    EXPECT_TRUE(gnu.err.isEmpty()) << gnu.err.toStdString();
    EXPECT_EQ(gnu.out.split(u'\n', Qt::SkipEmptyParts), expected);
    const ToolRun python = run(QStringLiteral("/usr/bin/python3"),
                               {QStringLiteral("-c"), QString::fromLatin1(describe), tar});
    ASSERT_EQ(python.exitCode, 0) << python.err.toStdString();
    QStringList names;
    for (const QString& line : python.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
        names << line.section(u'|', 0, 0) +
                     QString(line.section(u'|', 1, 1) == u"dir" ? QStringLiteral("/") : QString());
    EXPECT_EQ(names, expected);
    // Extracted, the files are the package's bytes under its one folder.
    const QString out = dir.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    ASSERT_EQ(run(QStringLiteral("tar"), {QStringLiteral("--extract"), QStringLiteral("--file"),
                                          tar, QStringLiteral("--directory"), out})
                  .exitCode,
              0);
    EXPECT_EQ(QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{root});
    for (const ArchiveFile& file : somePackage()) {
        QFile extracted(out + u'/' + root + u'/' + file.path);
        ASSERT_TRUE(extracted.open(QIODevice::ReadOnly)) << file.path.toStdString();
        EXPECT_EQ(extracted.readAll(), file.bytes) << file.path.toStdString();
    }
}

TEST_F(TarWriterTest, EveryEntryHasTheCreationTimeOwnerZeroAndFixedModesInPaxFormat) {
    const ToolRun python =
        run(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromLatin1(describe), saved(tarOf(somePackage()))});
    ASSERT_EQ(python.exitCode, 0) << python.err.toStdString();
    const QStringList lines = python.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 12);
    EXPECT_EQ(lines.first(), QStringLiteral("True")) << "no pax header for the long name";
    for (const QString& line : lines.mid(1)) {
        const QStringList field = line.split(u'|');
        ASSERT_EQ(field.size(), 8) << line.toStdString();
        EXPECT_EQ(field[2], field[1] == u"dir" ? QStringLiteral("0o755") : QStringLiteral("0o644"))
            << line.toStdString();
        EXPECT_EQ(field.mid(3, 4), (QStringList{QStringLiteral("0"), QStringLiteral("0"),
                                                QStringLiteral("''"), QStringLiteral("''")}));
        EXPECT_EQ(field[7].toLongLong(), created.toSecsSinceEpoch());
    }
}

TEST_F(TarWriterTest, TheSameFilesGiveTheSameBytesInWholeRecords) {
    const QByteArray first = tarOf(somePackage());
    const QByteArray second = tarOf(somePackage());
    EXPECT_EQ(first, second);
    EXPECT_EQ(first.size() % 10240, 0);
    // Given in another order, the files are still written in the order of their names.
    QList<ArchiveFile> reversed = somePackage();
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(tarOf(reversed), first);
}

TEST_F(TarWriterTest, ANameThatCouldLeaveTheRootIsRefusedBeforeAByteIsWritten) {
    qint64 written = 0;
    const ChunkWriter counting = [&](const char*, qint64 size) {
        written += size;
        return 0;
    };
    for (const char* path : {"../etc/passwd", "/etc/passwd", "a/../../b", "a//b", "a\\..\\b", "./a",
                             "a/.", "", "a\nb", "a/\x7f"}) {
        QList<ArchiveFile> files = somePackage();
        files << ArchiveFile{QString::fromUtf8(path), "x", plainTextFormat(), {}};
        const auto refused = writeTar(root, files, created, counting);
        EXPECT_FALSE(refused.ok()) << path;
        EXPECT_TRUE(refused.error().contains(QStringLiteral("nothing was written"))) << path;
    }
    for (const char* name : {"..", ".", "", "a/b", "/abs", "a\\b"})
        EXPECT_FALSE(writeTar(QString::fromUtf8(name), somePackage(), created, counting).ok())
            << name;
    // A name twice, or a file that is also a folder, would extract as something else.
    QList<ArchiveFile> twice = somePackage();
    twice << somePackage().first();
    EXPECT_FALSE(writeTar(root, twice, created, counting).ok());
    QList<ArchiveFile> clash = somePackage();
    clash << ArchiveFile{QStringLiteral("METS.xml/x"), "x", plainTextFormat(), {}};
    EXPECT_FALSE(writeTar(root, clash, created, counting).ok());
    EXPECT_EQ(written, 0);
}

// Stopped after the second file, or a disk that fills: the file is not made, and no temporary
// file is left beside it.
TEST_F(TarWriterTest, AStoppedOrFailedWriteLeavesNoFileAndNoTemporary) {
    const QString path = dir.filePath(QStringLiteral("package.tar"));
    const auto stopped = writeNewFileAtomically(path, [&](const ChunkWriter& chunks) {
        return writeTar(root, somePackage(), created, chunks,
                        [](int done, int) { return done < 2; });
    });
    ASSERT_FALSE(stopped.ok());
    EXPECT_TRUE(stopped.error().contains(QStringLiteral("Stopped")));
    EXPECT_TRUE(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    qint64 room = 3000;
    const auto full = writeNewFileAtomically(path, [&](const ChunkWriter& chunks) {
        return writeTar(root, somePackage(), created, [&](const char* bytes, qint64 size) {
            if ((room -= size) < 0)
                return ENOSPC;
            return chunks(bytes, size);
        });
    });
    ASSERT_FALSE(full.ok());
    EXPECT_TRUE(full.error().contains(QStringLiteral("disk is full")))
        << full.error().toStdString();
    EXPECT_TRUE(QDir(dir.path())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
}

} // namespace
