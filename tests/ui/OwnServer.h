#pragma once

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// A PostgreSQL server of the test's own (scripts/pg-test-server.sh in a folder of its own, with
// its own port), so that stopping it disturbs none of the server tests running beside it.
// pause() stops it as a lost network would (every connection ends at once), resume() starts it
// again on the same port with its data.
class OwnServer {
public:
    OwnServer() {
        m_started = script(QStringLiteral("start")) &&
                    QFile::exists(m_dir.filePath(QStringLiteral("pg_service.conf")));
        if (m_started)
            qputenv("PGSERVICEFILE",
                    QFile::encodeName(m_dir.filePath(QStringLiteral("pg_service.conf"))));
    }
    ~OwnServer() { script(QStringLiteral("stop")); }
    OwnServer(const OwnServer&) = delete;
    OwnServer& operator=(const OwnServer&) = delete;

    bool started() const { return m_started; }
    bool pause() { return script(QStringLiteral("pause")); }
    bool resume() { return script(QStringLiteral("resume")); }

    // A new database on it; the address the desk opens it with.
    QString createDatabase(const QString& name) {
        const QString connection = QStringLiteral("own-server-admin");
        bool made = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            admin.setConnectOptions(QStringLiteral("service=paragraf-test"));
            if (admin.open())
                made = QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            EXPECT_TRUE(made) << admin.lastError().text().toStdString();
            admin.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return made ? QStringLiteral("service=paragraf-test dbname=%1").arg(name) : QString();
    }

    // A section's text as the server holds it, read on a connection of its own.
    QString sectionText(const QString& database, qint64 sectionId) {
        const QString connection = QStringLiteral("own-server-reader");
        QString text = QStringLiteral("<unreadable>");
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            reader.setConnectOptions(
                QStringLiteral("service=paragraf-test dbname=%1").arg(database));
            if (reader.open())
                if (QSqlQuery query(reader);
                    query.exec(QStringLiteral("SELECT text FROM paragraph_section WHERE id = %1")
                                   .arg(sectionId)) &&
                    query.next())
                    text = query.value(0).toString();
            reader.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return text;
    }

    // What a trigger of the server says when someone else changes a meeting (roles.sql).
    bool notifyMeetingChanged(const QString& database, qint64 meetingId) {
        const QString connection = QStringLiteral("own-server-notifier");
        bool sent = false;
        {
            QSqlDatabase notifier = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            notifier.setConnectOptions(
                QStringLiteral("service=paragraf-test dbname=%1").arg(database));
            if (notifier.open()) {
                QSqlQuery query(notifier);
                query.prepare(QStringLiteral("SELECT pg_notify('paragraf_meeting', ?)"));
                query.addBindValue(QString::number(meetingId));
                sent = query.exec();
            }
            notifier.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return sent;
    }

private:
    bool script(const QString& command) {
        QProcess process;
        process.start(QStringLiteral("bash"),
                      {QStringLiteral(PARAGRAF_SOURCE_DIR "/scripts/pg-test-server.sh"), command,
                       m_dir.path()});
        const bool done = process.waitForFinished(60000) && process.exitCode() == 0;
        if (!done)
            ADD_FAILURE() << command.toStdString() << ": "
                          << process.readAllStandardError().toStdString();
        return done;
    }

    QTemporaryDir m_dir;
    bool m_started = false;
};

// The offline tests need PostgreSQL; without it they fail in CI and are skipped elsewhere.
#define PARAGRAF_REQUIRE_OWN_SERVER(server)                                                        \
    do {                                                                                           \
        if (!(server).started()) {                                                                 \
            if (qgetenv("CI") == "true")                                                           \
                FAIL() << "No PostgreSQL for the offline tests";                                   \
            GTEST_SKIP() << "No PostgreSQL installed (scripts/install-deps.sh --tests)";           \
        }                                                                                          \
    } while (false)
