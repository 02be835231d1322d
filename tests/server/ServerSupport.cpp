#include "ServerSupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <atomic>

namespace paragraf::test {

QString serverServiceFile(QString* why) {
    const QString file = qEnvironmentVariable("PGSERVICEFILE");
    if (file.isEmpty()) {
        *why = QStringLiteral("PGSERVICEFILE is not set (ctest's fixture server.start sets it)");
        return {};
    }
    if (!QFileInfo::exists(file)) {
        *why = QStringLiteral("%1 does not exist: server.start found no PostgreSQL "
                              "(scripts/install-deps.sh --tests installs it)")
                   .arg(file);
        return {};
    }
    return file;
}

ServerDatabase::ServerDatabase() {
    m_name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    withConnection(QStringLiteral("service=paragraf-test"), [&](QSqlDatabase& server) {
        value(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                     "LOCALE 'C.UTF-8'")
                          .arg(m_name));
    });
}

ServerDatabase::~ServerDatabase() {
    for (const QString& connection : m_connections) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    // The database goes first, its logins after it.
    withConnection(QStringLiteral("service=paragraf-test"), [&](QSqlDatabase& server) {
        value(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        for (const QString& login : m_logins)
            value(server, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    });
}

void withConnection(const QString& options, const std::function<void(QSqlDatabase&)>& use) {
    static std::atomic<int> count = 0;
    const QString name = QStringLiteral("scoped-%1").arg(++count);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        connection.setConnectOptions(options);
        if (connection.open())
            use(connection);
        else
            ADD_FAILURE() << "Cannot connect (" << options.toStdString()
                          << "): " << connection.lastError().text().toStdString();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase ServerDatabase::open(const QString& options) {
    const QString name = QStringLiteral("server-%1").arg(m_connections.size());
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    connection.setConnectOptions(options);
    m_connections << name;
    if (!connection.open())
        ADD_FAILURE() << "Cannot connect (" << options.toStdString()
                      << "): " << connection.lastError().text().toStdString();
    return connection;
}

QSqlDatabase ServerDatabase::admin() {
    return open(QStringLiteral("service=paragraf-test;dbname=%1").arg(m_name));
}

QSqlDatabase ServerDatabase::as(const QString& login, const QString& password) {
    return open(QStringLiteral("service=paragraf-test;dbname=%1;user=%2;password=%3")
                    .arg(m_name, login, password));
}

QString ServerDatabase::addBareLogin(const QString& base) {
    const QString login = loginName(base);
    m_logins << login;
    QSqlDatabase owner = admin();
    value(owner, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password()));
    owner.close();
    return login;
}

QString ServerDatabase::addLogin(const QString& base, const QString& group, qint64 personId,
                                 const QList<qint64>& bodies) {
    const QString login = loginName(base);
    m_logins << login;
    QSqlDatabase owner = admin();
    value(owner, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE paragraf_%3")
                     .arg(login, password(), group));
    value(owner, QStringLiteral("INSERT INTO paragraf_login (login, person_id) VALUES ('%1', %2)")
                     .arg(login, personId ? QString::number(personId) : QStringLiteral("NULL")));
    for (qint64 body : bodies)
        value(owner,
              QStringLiteral("INSERT INTO paragraf_login_body (login, body_id) VALUES ('%1', %2)")
                  .arg(login)
                  .arg(body));
    owner.close();
    return login;
}

QVariant value(const QSqlDatabase& connection, const QString& sql) {
    QSqlQuery query(connection);
    if (!query.exec(sql)) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QString sqlState(const QSqlDatabase& connection, const QString& sql) {
    QSqlQuery query(connection);
    return query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
}

int changed(const QSqlDatabase& connection, const QString& sql) {
    QSqlQuery query(connection);
    return query.exec(sql) ? query.numRowsAffected() : -1;
}

namespace {
qint64 id(const QSqlDatabase& connection, const QString& sql) {
    return value(connection, sql + QStringLiteral(" RETURNING id")).toLongLong();
}

qint64 participant(const QSqlDatabase& admin, qint64 meeting, int position, qint64 person,
                   const QString& name) {
    return id(admin, QStringLiteral("INSERT INTO participant (meeting_id, position, person_id, "
                                    "name, kind) VALUES (%1, %2, %3, '%4', 'member')")
                         .arg(meeting)
                         .arg(position)
                         .arg(person)
                         .arg(name));
}
} // namespace

Seed seed(const QSqlDatabase& admin) {
    Seed s;
    s.bodyA = id(admin, QStringLiteral("INSERT INTO body (name, kind) VALUES "
                                       "('Kommunstyrelsen', 'deciding')"));
    s.bodyB = id(admin, QStringLiteral("INSERT INTO body (name, kind) VALUES "
                                       "('Bygg- och miljönämnden', 'deciding')"));
    s.chairPerson = id(admin, QStringLiteral("INSERT INTO person (name) VALUES ('Anna Ek')"));
    s.secretaryPerson = id(admin, QStringLiteral("INSERT INTO person (name) VALUES ('Sven Al')"));
    s.adjusterPerson = id(admin, QStringLiteral("INSERT INTO person (name) VALUES ('Olle Ask')"));
    const QString meeting = QStringLiteral("INSERT INTO meeting (body_id, date, form, status) "
                                           "VALUES (%1, '2024-03-04', 'physical', 'draft')");
    s.meetingA = id(admin, meeting.arg(s.bodyA));
    s.meetingB = id(admin, meeting.arg(s.bodyB));
    s.chair = participant(admin, s.meetingA, 0, s.chairPerson, QStringLiteral("Anna Ek"));
    s.adjuster = participant(admin, s.meetingA, 1, s.adjusterPerson, QStringLiteral("Olle Ask"));
    s.secretary = participant(admin, s.meetingA, 2, s.secretaryPerson, QStringLiteral("Sven Al"));
    value(admin, QStringLiteral("UPDATE meeting SET chair_id = %1, secretary_id = %2 WHERE id = %3")
                     .arg(s.chair)
                     .arg(s.secretary)
                     .arg(s.meetingA));
    value(admin, QStringLiteral("INSERT INTO meeting_adjuster (meeting_id, position, "
                                "participant_id) VALUES (%1, 0, %2)")
                     .arg(s.meetingA)
                     .arg(s.adjuster));
    const QString paragraph =
        QStringLiteral("INSERT INTO paragraph (meeting_id, position, number, "
                       "title, kind) VALUES (%1, 0, 1, 'Budget', 'decision')");
    s.paragraphA = id(admin, paragraph.arg(s.meetingA));
    s.paragraphB = id(admin, paragraph.arg(s.meetingB));
    s.sectionA = id(admin, QStringLiteral("INSERT INTO paragraph_section (paragraph_id, position, "
                                          "text) VALUES (%1, 0, 'Ärendet')")
                               .arg(s.paragraphA));
    return s;
}

QString signatureValues(qint64 meeting, const QString& role, qint64 participant,
                        const QString& method) {
    const QString hash(64, QLatin1Char('a'));
    return QStringLiteral("INSERT INTO signature (meeting_id, role, participant_id, name, "
                          "signed_at, method, content_hash, chain_hash) VALUES (%1, '%2', %3, "
                          "'Namn', '2024-03-11T16:00:00', '%4', '%5', '%5')")
        .arg(meeting)
        .arg(role)
        .arg(participant)
        .arg(method, hash);
}

} // namespace paragraf::test
