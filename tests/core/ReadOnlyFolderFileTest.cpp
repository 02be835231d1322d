// A file in a folder this user may only read (a colleague's folder, a share the registrar may
// read): SQLite cannot make the WAL's index beside it, so the file is read as immutable
// (Database.cpp, addReadOnlyConnection), and an immutable connection sees nothing the owner
// writes later. The desk asks changedElsewhere() every 400 ms; what the owner wrote must then be
// shown. The reader is another process (tests/helpers/read_watcher.cpp): run as root, the user
// nobody (setpriv), for whom the folder is root's; run as anyone else, the reader starts while
// the folder is write-protected.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <unistd.h>

using namespace paragraf;
using namespace paragraf::test;

namespace {

constexpr QFileDevice::Permissions readableByAll =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;

class ReadOnlyFolderFileTest : public DatabaseFixture {
protected:
    void SetUp() override {
        DatabaseFixture::SetUp();
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readableByAll));
        meeting =
            createMeeting(createBody(QStringLiteral("Kommunstyrelsen"), 3), QDate(2025, 9, 1));
        addParagraph(meeting, QStringLiteral("Före"));
        m_database.reset();
        ASSERT_FALSE(QFile::exists(path() + QStringLiteral("-wal")));
        // The reader's own copy, where the user nobody may run it wherever the build is.
        const QString reader = path(QStringLiteral("read_watcher"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(READ_WATCHER), reader));
        ASSERT_TRUE(QFile::setPermissions(reader, readableByAll));
        startReader(reader);
    }
    void TearDown() override {
        QFile::setPermissions(m_dir.path(), readableByAll);
        if (watcher.state() != QProcess::NotRunning) {
            watcher.kill();
            watcher.waitForFinished();
        }
    }
    void startReader(const QString& reader) {
        const QStringList arguments{path(), QString::number(meeting)};
        if (::geteuid() == 0) {
            watcher.start(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"), reader} +
                              arguments);
        } else {
            ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readableByAll & ~QFile::WriteOwner));
            watcher.start(reader, arguments);
        }
        ASSERT_TRUE(watcher.waitForStarted()) << watcher.errorString().toStdString();
        EXPECT_EQ(line(), "readonly 1");
        EXPECT_EQ(line(), "titles Före");
        ASSERT_TRUE(QFile::setPermissions(m_dir.path(), readableByAll));
    }
    std::string line() {
        while (!watcher.canReadLine())
            if (!watcher.waitForReadyRead(10'000))
                return "(no answer: " + watcher.readAllStandardError().toStdString() + ")";
        return QString::fromUtf8(watcher.readLine()).trimmed().toStdString();
    }
    // The reader asked whether the file changed, and what it reads now: "changed 0|1; titles …".
    std::string poll() {
        watcher.write("poll\n");
        const std::string changed = line();
        return changed + "; " + line();
    }
    void openAsOwner() {
        auto opened = Database::open(path());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        m_database = std::move(opened.value());
    }

    Id meeting = NoId;
    QProcess watcher;
};

TEST_F(ReadOnlyFolderFileTest, AReaderSeesWhatTheOwnerWritesLater) {
    EXPECT_EQ(poll(), "changed 0; titles Före");

    // Written and closed: the owner's WAL came and went into the file.
    openAsOwner();
    addParagraph(meeting, QStringLiteral("Efter"));
    m_database.reset();
    EXPECT_EQ(poll(), "changed 1; titles Före|Efter");
    EXPECT_EQ(poll(), "changed 0; titles Före|Efter");

    // Written while the owner keeps the file open: what is in the WAL is shown too.
    openAsOwner();
    addParagraph(meeting, QStringLiteral("Under"));
    EXPECT_EQ(poll(), "changed 1; titles Före|Efter|Under");
    addParagraph(meeting, QStringLiteral("Sist"));
    EXPECT_EQ(poll(), "changed 1; titles Före|Efter|Under|Sist");
    m_database.reset();
    EXPECT_EQ(poll().substr(11), "titles Före|Efter|Under|Sist") << "the owner closed the file";
}

// A copy of the file and its -wal without the -shm, in a folder the reader may not write: SQLite
// can read the WAL only through a -shm it makes, and the file alone showed what it held before
// the WAL's changes. The reader is told why it cannot read it.
TEST_F(ReadOnlyFolderFileTest, AWalWithoutItsIndexIsNamedNotLeftOut) {
    openAsOwner();
    addParagraph(meeting, QStringLiteral("I loggen"));
    ASSERT_GT(QFileInfo(path() + QStringLiteral("-wal")).size(), 0);
    const QString copies = path(QStringLiteral("kopia"));
    ASSERT_TRUE(QDir().mkdir(copies));
    ASSERT_TRUE(QFile::setPermissions(copies, readableByAll));
    const QString copy = copies + QStringLiteral("/test.paragraf");
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        ASSERT_TRUE(QFile::copy(path() + suffix, copy + suffix));
        ASSERT_TRUE(QFile::setPermissions(copy + suffix, readableByAll & ~QFile::ExeOwner &
                                                             ~QFile::ExeGroup & ~QFile::ExeOther));
    }
    m_database.reset();
    QProcess second;
    const QString reader = path(QStringLiteral("read_watcher"));
    const QStringList arguments{copy, QString::number(meeting)};
    if (::geteuid() == 0)
        second.start(QStringLiteral("setpriv"),
                     QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                 QStringLiteral("--clear-groups"), reader} +
                         arguments);
    else {
        ASSERT_TRUE(QFile::setPermissions(copies, readableByAll & ~QFile::WriteOwner));
        second.start(reader, arguments);
    }
    ASSERT_TRUE(second.waitForFinished(10'000));
    QFile::setPermissions(copies, readableByAll);
    const QString said = QString::fromUtf8(second.readAllStandardOutput());
    EXPECT_TRUE(said.startsWith(QStringLiteral("error ")) &&
                said.contains(QStringLiteral("test.paragraf-wal")))
        << said.toStdString();
    EXPECT_EQ(second.exitCode(), 1);
}

} // namespace
