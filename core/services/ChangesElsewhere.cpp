#include "ChangesElsewhere.h"

#include "storage/Database.h"
#include "storage/Engine.h"

#include <QThread>
#include <atomic>

namespace paragraf {

ChangesElsewhere::ChangesElsewhere(const Database& database, QObject* parent)
    : QObject(parent), m_database(database) {
    if (!database.isServer())
        return;
    QSqlDriver* driver = database.connection().driver();
    m_listening = driver->subscribeToNotification(QString::fromLatin1(channel));
    if (m_listening)
        connect(driver, &QSqlDriver::notification, this, &ChangesElsewhere::notified);
}

void ChangesElsewhere::listenAgainIfForgotten() {
    if (!m_listening || !m_database.connection().isOpen() || m_database.isLost())
        return;
    QSqlDriver* driver = m_database.connection().driver();
    if (driver->subscribedToNotifications().contains(QString::fromLatin1(channel)))
        return;
    (void)driver->subscribeToNotification(QString::fromLatin1(channel));
}

ChangesElsewhere::~ChangesElsewhere() {
    if (m_probe)
        m_probe->wait(); // at most libpq's connect timeout
    if (m_listening && m_database.connection().isOpen())
        m_database.connection().driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
}

bool ChangesElsewhere::connected() {
    if (!m_database.isServer())
        return true;
    if (!m_database.isLost()) {
        // Opened again by someone else meanwhile (the meeting's session, after its writer came
        // back): the same return.
        if (m_offline)
            cameBack();
        listenAgainIfForgotten();
        return true;
    }
    if (!std::exchange(m_offline, true))
        emit reachable(false);
    probe();
    return false;
}

// PQping on a thread of its own: a server that is away (a network that drops packets) would
// keep the window waiting for libpq's connect timeout.
void ChangesElsewhere::probe() {
    if (m_probe)
        return;
    auto answers = std::make_shared<std::atomic<bool>>(false);
    m_probe.reset(QThread::create([options = m_database.connection().connectOptions(), answers] {
        *answers = serverAnswers(options);
    }));
    connect(m_probe.get(), &QThread::finished, this, [this, answers] {
        m_probe->wait();
        m_probe.reset();
        probed(*answers);
    });
    m_probe->start();
}

void ChangesElsewhere::probed(bool answers) {
    if (!answers || !m_database.isLost())
        return;
    if (m_database.reconnect())
        cameBack();
}

void ChangesElsewhere::cameBack() {
    m_offline = false;
    listenAgainIfForgotten();
    emit reachable(true);
    emit changed(NoId); // what others did meanwhile was not heard: read it again
}

void ChangesElsewhere::notified(const QString& name, QSqlDriver::NotificationSource source,
                                const QVariant& payload) {
    // This connection's own changes are shown already; the desk's typing writes on a
    // connection of its own, whose notifications are "other" and harmless (read again).
    if (name != QLatin1String(channel) || source == QSqlDriver::SelfSource)
        return;
    bool ok = false;
    const Id meeting = payload.toString().toLongLong(&ok);
    emit changed(ok ? meeting : NoId);
}

} // namespace paragraf
