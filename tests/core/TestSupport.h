#pragma once

#include "model/MeetingRecord.h"
#include "server/ServerSupport.h"
#include "services/MeetingService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace paragraf::test {

// Whether the core tests run against the throwaway PostgreSQL server instead of files
// (PARAGRAF_TEST_ENGINE=server; the ctest tests named server.*, tests/CMakeLists.txt).
bool testOnServer();

// A fresh database file in its own temporary folder, or with PARAGRAF_TEST_ENGINE=server a
// fresh database on the test server, opened as the desk opens one (its owner's login).
class DatabaseFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        if (testOnServer()) {
            PARAGRAF_REQUIRE_SERVER();
            m_server = std::make_unique<ServerDatabase>();
        }
        auto created = Database::create(path()); // on a server: an empty database made new
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        m_database = std::move(created.value());
    }
    // The database's own path (or server address) without a name; a file in the test's own
    // folder with one.
    QString path(const QString& name = {}) const {
        if (name.isEmpty() && m_server)
            return QStringLiteral("service=paragraf-test dbname=") + m_server->name();
        return m_dir.filePath(name.isEmpty() ? QStringLiteral("test.paragraf") : name);
    }
    const Database& database() const { return *m_database; }
    MeetingService service() const { return MeetingService(*m_database); }

    // A body with `members` members (each with a personal substitute), and one meeting on `date`
    // with every member present.
    Id createBody(const QString& name, int members, BodyKind kind = BodyKind::Deciding);
    Id createMeeting(Id bodyId, const QDate& date, bool everyonePresent = true);
    Id addParagraph(Id meetingId, const QString& title, int position = -1);
    MeetingRecord load(Id meetingId) const;
    Id participantNamed(Id meetingId, const QString& name) const;
    // Seed 001's § 28 decided with three motions (one withdrawn), a named vote, a reservation
    // with its reason and a protocol note (demo database).
    void recordSampleProceedings(Id meetingId);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server; // dropped after the database is closed
    std::unique_ptr<Database> m_database;
};

QByteArray fileHash(const QString& path);
// Every row of every table, as text: compares database contents independent of file layout.
QString contentsOf(const Database& database);
QList<int> numbersOf(const MeetingRecord& record);

} // namespace paragraf::test
