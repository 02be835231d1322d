#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <gtest/gtest.h>

namespace paragraf::test {

// The service file of the throwaway server (scripts/pg-test-server.sh), from PGSERVICEFILE as
// the ctest fixture sets it; empty, with the reason in why, when there is no server.
QString serverServiceFile(QString* why);

// A server test without a server fails in CI (CI=true) and is skipped, saying why, elsewhere.
#define PARAGRAF_REQUIRE_SERVER()                                                                  \
    do {                                                                                           \
        QString why;                                                                               \
        if (::paragraf::test::serverServiceFile(&why).isEmpty()) {                                 \
            if (qgetenv("CI") == "true")                                                           \
                FAIL() << "No PostgreSQL server for the server tests: " << why.toStdString();      \
            GTEST_SKIP() << "No PostgreSQL server: " << why.toStdString();                         \
        }                                                                                          \
    } while (false)

// A database of its own on the throwaway server for one test, with logins of its own (roles
// are the cluster's, so their names carry the database's); all dropped again at the end.
class ServerDatabase {
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    const QString& name() const { return m_name; }
    // The test server's administrator: a superuser, and the owner of the database.
    QSqlDatabase admin();
    QSqlDatabase as(const QString& login, const QString& password);
    // A login of this test in paragraf_<group>, mapped to a person and to bodies.
    QString addLogin(const QString& base, const QString& group, qint64 personId,
                     const QList<qint64>& bodies = {});
    // A login of this test in no Paragraf group and mapped to no one: for a database without
    // Paragraf's schema (which has no paragraf_login to map it in).
    QString addBareLogin(const QString& base);
    // A login's name, unique on the cluster.
    QString loginName(const QString& base) const { return m_name + QLatin1Char('_') + base; }
    static QString password() { return QStringLiteral("test-password"); }

private:
    QSqlDatabase open(const QString& options);

    QString m_name;
    QStringList m_connections;
    QStringList m_logins;
};

// Opens a connection with libpq's options ("service=paragraf-test;dbname=…"), hands it to use
// and closes it again; fails the test when it cannot connect.
void withConnection(const QString& options, const std::function<void(QSqlDatabase&)>& use);

// Runs one statement; on success the first column of the first row (if any), else fails.
QVariant value(const QSqlDatabase& connection, const QString& sql);
// Runs one statement and gives the SQLSTATE it failed with, "" when it succeeded.
QString sqlState(const QSqlDatabase& connection, const QString& sql);
// Runs one statement and gives the number of rows it changed (-1 when it failed).
int changed(const QSqlDatabase& connection, const QString& sql);

// A small organisation on a migrated server: two bodies, a meeting of each (drafts), the first
// with a chair, a secretary and an adjuster among its participants and a paragraph with a
// section.
struct Seed {
    qint64 bodyA = 0, bodyB = 0;
    qint64 chairPerson = 0, secretaryPerson = 0, adjusterPerson = 0;
    qint64 meetingA = 0, meetingB = 0;
    qint64 chair = 0, secretary = 0, adjuster = 0; // participants of meetingA
    qint64 paragraphA = 0, paragraphB = 0, sectionA = 0;
};
Seed seed(const QSqlDatabase& admin);

// A signature row's values for INSERT INTO signature (meeting_id, role, participant_id, name,
// signed_at, method, content_hash, chain_hash).
QString signatureValues(qint64 meeting, const QString& role, qint64 participant,
                        const QString& method);

} // namespace paragraf::test
