// The file a process holds through SQLite is never opened by anything else in that process: a
// stray open() and close() drops SQLite's locks, and the next process to close the file deletes
// the WAL under the open connection.
#include "io/OpenFiles.h"

#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <unistd.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

class OpenFilesTest : public DatabaseFixture {};

TEST_F(OpenFilesTest, AHeldFileIsKnownByWhatItIsNotByItsName) {
    const Id body = createBody(QStringLiteral("Nämnden"), 3);
    createMeeting(body, QDate(2024, 3, 1));
    EXPECT_TRUE(OpenFiles::isHeld(path()));
    EXPECT_TRUE(OpenFiles::isHeld(path() + QStringLiteral("-wal")));
    EXPECT_TRUE(OpenFiles::isHeld(path() + QStringLiteral("-shm")));
    const QString link = path(QStringLiteral("another name.paragraf"));
    ASSERT_TRUE(QFile::link(path(), link));
    EXPECT_TRUE(OpenFiles::isHeld(link));
    const QString hardLink = path(QStringLiteral("hard.paragraf"));
    ASSERT_EQ(
        ::link(QFile::encodeName(path()).constData(), QFile::encodeName(hardLink).constData()), 0);
    EXPECT_TRUE(OpenFiles::isHeld(hardLink));
    EXPECT_TRUE(OpenFiles::isHeld(
        QDir(m_dir.path())
            .relativeFilePath(path())
            .prepend(QDir::current().relativeFilePath(m_dir.path()) + QLatin1Char('/'))));

    const QString other = path(QStringLiteral("roster.csv"));
    QFile csv(other);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.close();
    EXPECT_FALSE(OpenFiles::isHeld(other));
    EXPECT_FALSE(OpenFiles::isHeld(path(QStringLiteral("missing.paragraf"))));

    m_database.reset();
    EXPECT_FALSE(OpenFiles::isHeld(path()));
}

// Opening the file a second time in the same process (the desk opening it over itself) checks
// it through SQLite only: another process that opens and closes it then finds it in use and
// leaves its WAL alone, and what the first connection wrote stays in the file.
TEST_F(OpenFilesTest, OpeningAHeldFileAgainKeepsItsLocks) {
    const Id body = createBody(QStringLiteral("Nämnden"), 3);
    const Id meeting = createMeeting(body, QDate(2024, 3, 1));
    addParagraph(meeting, QStringLiteral("Före"));
    {
        auto again = Database::open(path());
        ASSERT_TRUE(again.ok()) << again.error().toStdString();
    }
    ASSERT_TRUE(QFile::exists(path() + QStringLiteral("-wal")));
    QProcess other;
    other.start(QStringLiteral(CRASH_WRITER), {path()});
    ASSERT_TRUE(other.waitForFinished(30000));
    ASSERT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
    EXPECT_TRUE(QFile::exists(path() + QStringLiteral("-wal")))
        << "the other process deleted the WAL of an open connection";
    addParagraph(meeting, QStringLiteral("Efter"));
    m_database.reset();
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok());
    const auto record = MeetingService(*reopened.value()).load(meeting);
    ASSERT_TRUE(record.ok());
    ASSERT_EQ(record->paragraphs.size(), 2);
    EXPECT_EQ(record->paragraphs.last().title, QStringLiteral("Efter"));
}

// A file opened while write-protected leaves a read-only -shm behind (SQLite gives it the
// file's permissions). Once the file may be written again, so may its companions. Run as an
// ordinary user: root writes any file, whatever its permissions say.
int runAsUser(const QStringList& arguments) {
    QProcess process;
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                  QStringLiteral("--"), QStringLiteral(CRASH_WRITER)} +
                          arguments);
    else
        process.start(QStringLiteral(CRASH_WRITER), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    if (process.exitCode() != 0)
        ADD_FAILURE() << process.readAllStandardError().toStdString();
    return process.exitCode();
}

TEST_F(OpenFilesTest, AFileOnceReadOnlyIsWritableAgain) {
    const Id body = createBody(QStringLiteral("Nämnden"), 3);
    const Id meeting = createMeeting(body, QDate(2024, 3, 1));
    m_database.reset();
    const QByteArray folder = QFile::encodeName(m_dir.path());
    const QByteArray file = QFile::encodeName(path());
    if (::geteuid() == 0) {
        ASSERT_EQ(::chmod(folder.constData(), 0777), 0);
        ASSERT_EQ(::chown(file.constData(), 65534, 65534), 0); // nobody
    }
    ASSERT_EQ(::chmod(file.constData(), 0444), 0);
    ASSERT_EQ(runAsUser({path()}), 0); // opened read-only: SQLite makes a read-only -shm
    ASSERT_EQ(::chmod(file.constData(), 0644), 0);
    EXPECT_EQ(runAsUser({path(), QString::number(meeting)}), 0);
}

} // namespace
