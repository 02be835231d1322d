#pragma once

#include "model/Ids.h"

#include <QObject>
#include <QSqlDriver>
#include <QVariant>
#include <memory>

class QThread;

namespace paragraf {

class Database;

// The one seam for "someone else changed the database" (docs/architecture.md): the desk hears
// changed(meeting) and shows that meeting again, whichever engine told it.
//
// A server tells: its triggers notify the channel paragraf_meeting with the meeting's id when a
// remark, an answer, a correction, a signature or the meeting's status changes (roles.sql), and
// this listens on the window's own connection (QSqlDriver::subscribeToNotification), so a
// chair's signature shows at the secretary's desk within milliseconds. Everything else, and
// everything in a file, is found by polling Database::changedElsewhere() (the file's
// data_version, the server's audit), which the window does every 400 ms and reports here as
// changed(NoId).
//
// The window's connection to a server can be lost while nobody types (the server restarted,
// the network went): connected() says so at each poll (reachable(false)), asks on a thread of
// its own whether the server answers again, and then opens the connection again, listens again
// and tells reachable(true) and changed(NoId) (whatever changed meanwhile is read again).
class ChangesElsewhere : public QObject {
    Q_OBJECT
public:
    static constexpr const char* channel = "paragraf_meeting";

    explicit ChangesElsewhere(const Database& database, QObject* parent = nullptr);
    ~ChangesElsewhere() override;
    // Whether the server notifies this connection (false for a file).
    bool listening() const { return m_listening; }
    // The poll found a change by someone else, meeting unknown.
    void polled() { emit changed(NoId); }
    // After the connection was opened again (the server was away: Database::reconnect), the
    // server has forgotten that it listened: listens again. Nothing when it still listens.
    void listenAgainIfForgotten();
    // At each poll: whether the window's connection can be used now (always for a file). A lost
    // one is opened again as soon as the server answers; the window never waits for it.
    bool connected();
    bool isOffline() const { return m_offline; }

signals:
    // Someone else changed this meeting (NoId: something, somewhere: read what is shown again).
    void changed(paragraf::Id meetingId);
    // The window's connection to the server was lost (false), or is open again (true).
    void reachable(bool reachable);

private:
    void notified(const QString& name, QSqlDriver::NotificationSource source,
                  const QVariant& payload);
    void probe();
    void probed(bool answers);
    void cameBack();

    const Database& m_database;
    bool m_listening = false;
    bool m_offline = false;
    std::unique_ptr<QThread> m_probe; // asks whether the server answers; one at a time
};

} // namespace paragraf
