#include "ChangesElsewhere.h"

#include "storage/Database.h"

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
    if (m_listening && m_database.connection().isOpen())
        m_database.connection().driver()->unsubscribeFromNotification(QString::fromLatin1(channel));
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
