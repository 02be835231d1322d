#pragma once

#include "Result.h"
#include "io/FileStamp.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace paragraf {

struct ServerAddress;

// One Paragraf file: an SQLite database in WAL mode with foreign keys on and SQLite's defensive
// settings, migrated to the schema this program knows. Opening never modifies a file that is
// not SQLite, is damaged, belongs to another program or was written by a newer Paragraf: those
// give a message and the file stays byte-identical. A file that cannot be written opens
// read-only and says why.
//
// Or a PostgreSQL server (docs/server.md): open() takes a server's address as well as a file's
// path, and opens, checks and migrates the server instead. path() is then the address as shown
// (never with a password). The server-side members are in DatabaseServer.cpp.
class Database {
public:
    // A new file, or on a server's address an empty database given Paragraf's schema (with
    // `password` when a person gave one). A server's database that holds anything is refused.
    static Result<std::unique_ptr<Database>> create(const QString& path,
                                                    const QString& password = {});
    // Check::Now runs SQLite's quick check before anything else. Check::Later opens a verified
    // header read-only at once, for a window that shows a large file without waiting: the caller
    // runs quickCheck() (in any thread) and then finishCheck(), which makes the file writable.
    enum class Check { Now, Later };
    // A path, or a server's address (looksLikeServer): then as openServer(), with `password`
    // when a person gave one.
    static Result<std::unique_ptr<Database>>
    open(const QString& pathOrAddress, Check check = Check::Now, const QString& password = {});
    // Whether the text names a server (postgresql://…, postgres://… or host=… dbname=…).
    static bool looksLikeServer(const QString& text);
    // Whether a server's address has the password written in it (postgresql://u:secret@…,
    // password=…): on a command line everyone on the computer sees it (ps).
    static bool passwordWrittenIn(const QString& text);
    // How a server's address is shown: as written, without its password.
    static QString shownAs(const QString& text);
    // The server at `address`, with the password a person gave (else the address's own, else
    // ~/.pgpass, a service file or Kerberos), migrated when it is older than the program and the
    // login may (its owner's). A database without Paragraf's schema is refused and left as it
    // is: another program's, or an empty one (ErrorKind::EmptyServer when the login may make a
    // new Paragraf database there with create()). A failure says why in a person's words;
    // ErrorKind::PasswordNeeded when a password must be asked for, ErrorKind::Offline when the
    // server cannot be reached.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& address,
                                                        const QString& password = {});
    bool isServer() const { return m_server != nullptr; }
    // After the connection to a server was lost (ErrorKind::Offline): a new one, set up as the
    // first, or ErrorKind::Offline while the server still cannot be reached. Only from the thread
    // that uses the connection, with no query of it alive. Nothing for a file.
    Status reconnect() const;
    // Whether this is a server connection that was lost (the server went, or the network):
    // Qt then takes it as closed, and every statement fails until reconnect().
    bool isLost() const;
    static Status quickCheck(const QString& path);
    // Another connection to a file this process holds open and has checked, e.g. for a thread
    // that writes beside the window: configured as the first, neither checked nor migrated
    // again. Open, use and destroy it in one thread (Qt binds a connection to its thread).
    static Result<std::unique_ptr<Database>> openSecond(const Database& open);
    Status finishCheck();
    bool isChecking() const { return m_checking; }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_connection; }
    // Hands the connection to the thread that uses it from now on, so that a file can be opened
    // and read beside the window being built. Call it in the thread that opened the file, with
    // no query left active: Qt binds a connection's driver to one thread at a time.
    void moveToThread(QThread* thread);
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    const QString& readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;

    // How long a change waits while another program or window writes to the file before it is
    // refused with ErrorKind::Busy (5 s unless set). `waiting` is called once when the wait has
    // lasted a second, so that a command line can say why it pauses.
    void waitWhenBusy(int limitMs, std::function<void()> waiting = {});
    // Whether anyone else (another connection, process or window) committed a change to the
    // file since the last call; the first call answers false. A file read as immutable (a
    // folder this user may not write, no WAL beside it) is read again through a new connection
    // when it changed on the disk, and the answer is true.
    bool changedElsewhere();

    // The full check (all pages, indexes, constraints); slower than the quick check on open.
    Status integrityCheck() const;
    Status requireWritable() const;

    static int supportedSchemaVersion();
    static int busyStep(Database& database, int attempt); // SQLite's busy handler, one step
    static constexpr qint32 applicationId = 0x50524746;   // 'PRGF'

private:
    Database(QSqlDatabase connection, QString path, QString readOnlyReason);
    struct Server; // the address and the password given, for openSecond() (DatabaseServer.cpp)
    Database(QSqlDatabase connection, Server server);
    static Result<std::unique_ptr<Database>> openSecondServer(const Database& open);
    static Result<std::unique_ptr<Database>> createOnServer(const QString& address,
                                                            const QString& password);
    static Result<std::unique_ptr<Database>> connectServer(const ServerAddress& address,
                                                           const QString& password, bool create);
    bool serverChangedElsewhere();
    void noteWhetherImmutable();
    void adopt(const QSqlDatabase& connection);
    bool readAgainIfChangedOnTheDisk();
    void serverWaitWhenBusy();

    QSqlDatabase m_connection;
    QString m_path;
    QString m_readOnlyReason;
    QString m_writableReason; // while checking: why the file will stay read-only, if it will
    bool m_checking = false;
    struct BusyWait {
        int limitMs = 5000;
        std::function<void()> waiting;
        bool told = false;
    };
    std::unique_ptr<BusyWait> m_busyWait = std::make_unique<BusyWait>();
    qint64 m_dataVersion = -1; // the file's data_version, the server's newest change by another
    std::unique_ptr<Server> m_server;
    std::optional<FileStamp> m_immutableAsOf; // read as immutable: the file as it was then
    void installBusyWait();
};

} // namespace paragraf
