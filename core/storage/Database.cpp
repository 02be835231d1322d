#include "Database.h"

#include "DatabaseServer.h"
#include "Migrator.h"
#include "SearchCatalogue.h"
#include "SearchRepository.h"
#include "SearchWordIndex.h"
#include "ServerAddress.h"
#include "ServerMigrator.h"
#include "SqlQuery.h"
#include "i18n/TrContexts.h"
#include "io/AtomicFile.h"
#include "io/OpenFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <sys/statvfs.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace paragraf {
namespace {

// At most this many changed rows, holding at most this much text, are indexed as a file closes:
// about 0.1 ms a row of a few hundred characters, so half a second at most (a meeting's edits
// are tens of rows; an import of years waits for the next search).
constexpr int waitingRowsIndexedAtClose = 5000;
constexpr qint64 waitingTextIndexedAtClose = 2'000'000;

QString newConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("paragraf-%1").arg(++counter);
}

// Every connection is made and dropped through these two, so none is left registered with Qt.
QSqlDatabase addConnection(const QString& path, const QString& options) {
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), newConnectionName());
    connection.setDatabaseName(path);
    connection.setConnectOptions(options);
    return connection;
}

// A WAL file is read without writing where SQLite may create its -shm beside it, or where its
// -wal and -shm are there already (another program has it open, or they were copied with it):
// SQLite then reads the WAL through a -shm it may not write, and sees every change committed
// since. Only in a folder that cannot be written and without a WAL is the file opened as
// immutable: everything is in the file itself. (Opened immutable beside a WAL, it showed the
// content from before the owner's last changes.) The files are asked about by name (stat), never
// opened: that would drop the locks SQLite holds on them in this process.
QSqlDatabase addReadOnlyConnection(const QString& path) {
    const bool walBeside = QFileInfo::exists(path + QStringLiteral("-wal")) &&
                           QFileInfo::exists(path + QStringLiteral("-shm"));
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable() || walBeside)
        return addConnection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    const QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        QStringLiteral("?immutable=1");
    return addConnection(uri, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

void dropConnection(QSqlDatabase& connection) {
    forgetStatements(connection);
    SearchCatalogue::forget(connection);
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// The first bytes tell an SQLite file from anything else before SQLite ever sees it. A file this
// process already holds open was checked when it was opened, and must not be read again from
// outside SQLite (see OpenFiles): the connections that follow read it through SQLite.
Status checkHeader(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return fail(DatabaseText::tr("The file %1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(DatabaseText::tr("%1 is not a file.").arg(path));
    if (OpenFiles::isHeld(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            DatabaseText::tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return fail(DatabaseText::tr("%1 is not a Paragraf database (it is not an SQLite file).")
                        .arg(path));
    const int pageSize =
        (static_cast<unsigned char>(header[16]) << 8) | static_cast<unsigned char>(header[17]);
    const bool validPageSize =
        pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
    if (!validPageSize || info.size() < 512)
        return fail(DatabaseText::tr("%1 is damaged: its SQLite header is not valid.").arg(path));
    return {};
}

Result<int> pragmaInt(const QSqlDatabase& connection, const QString& pragma) {
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return fail(query.lastError().text());
    return query.value(0).toInt();
}

// Why a read of the file failed when the file itself is not at fault: another program holds it
// (busy, locked), or a rollback journal beside it asks for a write the check may not make.
std::optional<QString> notTheFilesFault(const QSqlError& error, const QString& path) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return DatabaseText::tr("%1 is in use by another program that does not let others read "
                                "it now; nothing was changed. Try again when it is free.")
            .arg(path);
    if (code == SQLITE_READONLY && QFile::exists(path + QStringLiteral("-journal")))
        return DatabaseText::tr("Beside %1 lies %1-journal, an unfinished change of a program "
                                "that stopped, or a file that does not belong there. Paragraf "
                                "leaves both untouched: open the file with the program that "
                                "made the journal, or move the journal away if it is not one.")
            .arg(path);
    return std::nullopt;
}

Status checkQuickly(const QSqlDatabase& connection, const QString& path) {
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        if (auto reason = notTheFilesFault(query.lastError(), path))
            return fail(*reason);
        return fail(DatabaseText::tr("%1 is damaged and cannot be opened (%2).")
                        .arg(path, query.lastError().text()));
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(
            DatabaseText::tr("%1 is damaged and cannot be opened (%2).")
                .arg(path, problems.value(0, DatabaseText::tr("no answer from the check"))));
    return {};
}

Status checkOwnership(const QSqlDatabase& connection, const QString& path) {
    QSqlQuery probe(connection);
    if (!probe.exec(QStringLiteral("PRAGMA application_id")))
        if (auto reason = notTheFilesFault(probe.lastError(), path))
            return fail(*reason);
    probe.finish();
    const auto appId = pragmaInt(connection, QStringLiteral("application_id"));
    const auto version = pragmaInt(connection, QStringLiteral("user_version"));
    if (!appId || !version)
        return fail(DatabaseText::tr("%1 is damaged and cannot be opened.").arg(path));
    if (appId.value() != Database::applicationId)
        return fail(DatabaseText::tr(
                        "%1 is an SQLite database of another program, not a Paragraf database.")
                        .arg(path));
    if (version.value() > Database::supportedSchemaVersion())
        return fail(
            DatabaseText::tr(
                "%1 was written by a newer version of Paragraf (file format %2; this version "
                "reads up to %3). Install the newer Paragraf to open it.")
                .arg(path)
                .arg(version.value())
                .arg(Database::supportedSchemaVersion()));
    return {};
}

Status runPragmas(const QSqlDatabase& connection, std::initializer_list<const char*> pragmas) {
    QSqlQuery query(connection);
    for (const char* pragma : pragmas)
        if (!query.exec(QString::fromLatin1(pragma)))
            return fail(query.lastError().text());
    return {};
}

// Defensive settings for files that may come from elsewhere, on every connection, also those
// that read a file before its check has passed: no schema-embedded functions run with our
// privileges, no writes to the schema table, cell sizes checked on every read.
Status configureForReading(const QSqlDatabase& connection) {
    if (sqlite3* handle = sqliteHandle(connection)) {
        sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    }
    return runPragmas(connection, {"PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON",
                                   "PRAGMA busy_timeout = 5000"});
}

// The working connection's: the same, with foreign keys enforced and every commit on the disk.
Status configure(const QSqlDatabase& connection) {
    if (auto status = configureForReading(connection); !status)
        return status;
    return runPragmas(connection, {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"});
}

// Opens `connection` and configures it for reading; on failure it is dropped, with the reason.
Status openForReading(QSqlDatabase& connection, const QString& path) {
    Status status = connection.open() ? configureForReading(connection)
                                      : fail(DatabaseText::tr("%1 cannot be opened: %2")
                                                 .arg(path, connection.lastError().text()));
    if (!status)
        dropConnection(connection);
    return status;
}

// What `use` finds with a read-only connection to `path`, closed again before returning.
template <typename Use>
auto withReadingConnection(const QString& path, Use use)
    -> decltype(use(std::declval<const QSqlDatabase&>())) {
    QSqlDatabase connection = addReadOnlyConnection(path);
    if (auto opened = openForReading(connection, path); !opened)
        return fail(opened.error());
    auto result = use(connection);
    dropConnection(connection);
    return result;
}

// Read-only inspection: a connection that cannot write checks the file before any write.
Result<int> inspect(const QString& path, Database::Check check) {
    return withReadingConnection(path, [&](const QSqlDatabase& probe) -> Result<int> {
        if (check == Database::Check::Now)
            if (auto quick = checkQuickly(probe, path); !quick)
                return fail(quick.error());
        if (auto owner = checkOwnership(probe, path); !owner)
            return fail(owner.error());
        return pragmaInt(probe, QStringLiteral("user_version"));
    });
}

// SQLite answers "disk I/O error" when a full disk leaves no room for its -shm or -wal: that is
// not damage, and the file was not changed. A failure to open is put down to the disk when
// less than this is free in the file's folder.
constexpr qint64 roomToOpen = 1024 * 1024;

bool diskIsFull(const QString& path) {
    struct statvfs fs {};
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &fs) == 0 &&
           qint64(fs.f_bavail) * qint64(fs.f_frsize) < roomToOpen;
}

// `message`, unless the disk is full: then that, and that nothing was changed.
QString unlessDiskFull(const QString& path, const QString& message) {
    if (!diskIsFull(path))
        return message;
    return DatabaseText::tr("The disk holding %1 is full, so it cannot be opened or written; "
                            "nothing was changed. Free some space and try again.")
        .arg(path);
}

QString checkingMessage() {
    return DatabaseText::tr("The file is being checked; it can be changed in a moment.");
}

Result<QSqlDatabase> openForWriting(const QString& path, const QString& readOnly, int version);

QString whyReadOnly(const QString& path) {
    const QFileInfo info(path);
    if (!info.isWritable())
        return DatabaseText::tr(
            "The file is write-protected; it is opened read-only and nothing can be changed.");
    if (!QFileInfo(info.absolutePath()).isWritable())
        return DatabaseText::tr(
            "The folder of the file cannot be written; the file is opened read-only and nothing "
            "can be changed.");
    return {};
}

// SQLite makes the -shm (and -wal) of a connection with the permissions of the database file:
// after the file was opened while write-protected they stay read-only when it is writable
// again, and every write fails with "attempt to write a readonly database". chmod() names the
// file by its path and never opens it, so it leaves every lock alone.
void makeCompanionsWritable(const QString& path) {
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    for (const char* suffix : {"-shm", "-wal"}) {
        const QString companion = path + QLatin1String(suffix);
        if (QFile::exists(companion) && QFile::permissions(companion) != permissions)
            QFile::setPermissions(companion, permissions);
    }
}

// The working connection: read-write unless the file cannot be written, migrated when older.
Result<QSqlDatabase> openForWriting(const QString& path, const QString& readOnly, int version) {
    if (readOnly.isEmpty())
        makeCompanionsWritable(path);
    QSqlDatabase connection =
        readOnly.isEmpty() ? addConnection(path, {}) : addReadOnlyConnection(path);
    auto failWith = [&](const QString& message) -> Result<QSqlDatabase> {
        dropConnection(connection);
        return fail(message);
    };
    if (!connection.open())
        return failWith(
            DatabaseText::tr("%1 cannot be opened: %2").arg(path, connection.lastError().text()));
    if (auto status = configure(connection); !status)
        return failWith(status.error());
    if (version < Database::supportedSchemaVersion()) {
        if (auto status = Migrator::migrate(connection, version); !status)
            return failWith(status.error());
        QSqlQuery(connection).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return connection;
}

// The triggers that keep a final protocol final test the meeting's status with IN lists, which
// SQLite evaluates through a small temporary b-tree made and freed on every write. glibc gave
// that memory back to the system each time and took it again on the next write (two brk calls
// and a page fault per page, every keystroke saved); keeping up to 16 MB of freed heap instead
// brought the CPU of an edit from about 330 µs to 85 µs (bench_edit).
void keepFreedHeap() {
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024); });
#endif
}

} // namespace

Database::Database(QSqlDatabase connection, QString path, QString readOnlyReason)
    : m_connection(std::move(connection)), m_path(std::move(path)),
      m_readOnlyReason(std::move(readOnlyReason)) {
    keepFreedHeap();
    keepStatements(m_connection);
    addSearchFunctions(m_connection);
    noteWhetherImmutable();
    OpenFiles::hold(m_path);
}

namespace {
// SQLite's busy handler: waits in short steps while another writer holds the file, says so once
// after a second, and gives up at the limit (the change is then refused as Busy).
int onBusy(void* data, int attempt) {
    auto* wait = static_cast<Database*>(data);
    return wait ? Database::busyStep(*wait, attempt) : 0;
}
} // namespace

int Database::busyStep(Database& database, int attempt) {
    using namespace std::chrono;
    static thread_local steady_clock::time_point since;
    if (attempt == 0) {
        since = steady_clock::now();
        database.m_busyWait->told = false;
    }
    const auto waited = duration_cast<milliseconds>(steady_clock::now() - since).count();
    if (waited >= database.m_busyWait->limitMs)
        return 0;
    if (waited >= 1000 && !database.m_busyWait->told) {
        database.m_busyWait->told = true;
        if (database.m_busyWait->waiting)
            database.m_busyWait->waiting();
    }
    QThread::msleep(attempt < 10 ? 2 : 20);
    return 1;
}

// Until waitWhenBusy() is called, SQLite's own busy_timeout (5 s, configure()) does the waiting.
void Database::installBusyWait() {
    if (!m_busyWait->waiting && m_busyWait->limitMs == 5000)
        return;
    if (sqlite3* handle = sqliteHandle(m_connection))
        sqlite3_busy_handler(handle, &onBusy, this);
}

void Database::waitWhenBusy(int limitMs, std::function<void()> waiting) {
    m_busyWait->limitMs = limitMs;
    m_busyWait->waiting = std::move(waiting);
    if (m_server)
        serverWaitWhenBusy();
    else
        installBusyWait();
}

bool Database::changedElsewhere() {
    if (m_server)
        return serverChangedElsewhere();
    if (m_immutableAsOf && readAgainIfChangedOnTheDisk())
        return true;
    const auto version = pragmaInt(m_connection, QStringLiteral("data_version"));
    if (!version)
        return false;
    const bool changed = m_dataVersion >= 0 && version.value() != m_dataVersion;
    m_dataVersion = version.value();
    return changed;
}

// The stamp is taken after the connection opened: SQLite reads an immutable file's pages when
// they are asked for, so what the connection shows is the file as it is from the stamp on.
void Database::noteWhetherImmutable() {
    m_immutableAsOf.reset();
    if (m_connection.databaseName().endsWith(QLatin1String("?immutable=1")))
        m_immutableAsOf = stampOf(m_path);
}

// The owner of a folder this user may only read wrote to the file (its WAL appeared, or a
// checkpoint or a copy changed the file): an immutable connection would go on showing the file
// as it was, or pages of both. A new connection reads it as it now allows, through the WAL when
// there is one. When it cannot be opened now, the old one stays and the next poll tries again.
bool Database::readAgainIfChangedOnTheDisk() {
    if (stampOf(m_path) == *m_immutableAsOf)
        return false;
    QSqlDatabase connection = addReadOnlyConnection(m_path);
    if (!openForReading(connection, m_path))
        return false;
    adopt(connection);
    return true;
}

// The file read through `connection` from now on; what others commit from here on is news to
// the caller, which reads the file again now.
void Database::adopt(const QSqlDatabase& connection) {
    dropConnection(m_connection);
    m_connection = connection;
    keepStatements(m_connection);
    addSearchFunctions(m_connection);
    installBusyWait();
    noteWhetherImmutable();
    m_dataVersion = -1;
    (void)changedElsewhere();
}

Database::~Database() {
    // What the search has not indexed yet, indexed while the file can still be written
    // (SearchRepository::indexWaitingChanges), without waiting for another writer: a file
    // another program is writing keeps its queue for the next search.
    if (!m_server && !isReadOnly() && !m_checking && m_connection.isOpen()) {
        sqlite3_busy_timeout(sqliteHandle(m_connection), 0);
        SearchRepository(m_connection)
            .indexWaitingChanges(waitingRowsIndexedAtClose, waitingTextIndexedAtClose);
    }
    dropConnection(m_connection);
    if (!m_server)
        OpenFiles::release(m_path);
}

void Database::moveToThread(QThread* thread) {
    m_connection.driver()->moveToThread(thread);
}

int Database::supportedSchemaVersion() {
    return Migrator::latestVersion();
}

int Database::schemaVersion() const {
    if (m_server) {
        const auto version = ServerMigrator::currentVersion(m_connection);
        return version ? version.value() : -1;
    }
    const auto version = pragmaInt(m_connection, QStringLiteral("user_version"));
    return version ? version.value() : -1;
}

Result<std::unique_ptr<Database>> Database::create(const QString& path, const QString& password) {
    if (ServerAddress::looksLikeServer(path))
        return createOnServer(path, password);
    if (QFileInfo::exists(path))
        return fail(DatabaseText::tr("%1 already exists; choose a new file name.").arg(path));
    QSqlDatabase connection = addConnection(path, {});
    auto cleanUp = [&](const QString& message) {
        dropConnection(connection);
        QFile::remove(path);
        return fail(message);
    };
    if (!connection.open())
        return cleanUp(unlessDiskFull(
            path,
            DatabaseText::tr("%1 cannot be created: %2").arg(path, connection.lastError().text())));
    QSqlQuery query(connection);
    // journal_mode must be set outside a transaction; it stays with the file.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return cleanUp(unlessDiskFull(path, query.lastError().text()));
    query.finish();
    if (auto status = configure(connection); !status)
        return cleanUp(unlessDiskFull(path, status.error()));
    if (auto status = Migrator::migrate(connection, 0); !status)
        return cleanUp(unlessDiskFull(path, status.error()));
    // Move the header (application id, version) into the main file at once, so that the file
    // is recognisable even if the program stops before the next checkpoint.
    (void)query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    query.finish();
    return std::unique_ptr<Database>(new Database(connection, path, {}));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Check check,
                                                 const QString& password) {
    if (ServerAddress::looksLikeServer(path)) {
        auto address = ServerAddress::parse(path);
        if (!address)
            return fail(address.failure());
        return openServer(address.value(), password);
    }
    if (auto header = checkHeader(path); !header)
        return fail(header.error());
    if (const QString unreadable = whyWalUnreadable(path); !unreadable.isEmpty())
        return fail(unreadable);
    const auto version = inspect(path, check);
    if (!version)
        return fail(unlessDiskFull(path, version.error()));
    const QString readOnly = whyReadOnly(path);
    if (!readOnly.isEmpty() && version.value() < supportedSchemaVersion())
        return fail(
            DatabaseText::tr(
                "%1 was written by an older version of Paragraf and must be updated, but it "
                "cannot be written.")
                .arg(path));
    if (check == Check::Later) {
        // Readable at once; writable only once quickCheck() has passed and finishCheck() ran.
        QSqlDatabase connection = addReadOnlyConnection(path);
        if (auto opened = openForReading(connection, path); !opened)
            return fail(unlessDiskFull(path, opened.error()));
        auto database =
            std::unique_ptr<Database>(new Database(connection, path, checkingMessage()));
        database->m_checking = true;
        database->m_writableReason = readOnly;
        return database;
    }
    auto connection = openForWriting(path, readOnly, version.value());
    if (!connection)
        return fail(unlessDiskFull(path, connection.error()));
    return std::unique_ptr<Database>(new Database(connection.value(), path, readOnly));
}

Result<std::unique_ptr<Database>> Database::openSecond(const Database& open) {
    if (open.m_server)
        return openSecondServer(open);
    if (open.isReadOnly())
        return fail(open.readOnlyReason());
    QSqlDatabase connection = addConnection(open.path(), {});
    Status status = connection.open() ? configure(connection)
                                      : fail(DatabaseText::tr("%1 cannot be opened: %2")
                                                 .arg(open.path(), connection.lastError().text()));
    if (!status) {
        dropConnection(connection);
        return fail(status.error());
    }
    return std::unique_ptr<Database>(new Database(connection, open.path(), {}));
}

Status Database::quickCheck(const QString& path) {
    if (ServerAddress::looksLikeServer(path))
        return {}; // the server keeps its own pages whole
    const Status checked = withReadingConnection(
        path, [&](const QSqlDatabase& probe) { return checkQuickly(probe, path); });
    return checked ? checked : Status(fail(unlessDiskFull(path, checked.error())));
}

Status Database::finishCheck() {
    if (!m_checking)
        return {};
    const auto version = pragmaInt(m_connection, QStringLiteral("user_version"));
    if (!version)
        return fail(version.error());
    auto connection = openForWriting(m_path, m_writableReason, version.value());
    if (!connection)
        return fail(unlessDiskFull(m_path, connection.error()));
    adopt(connection.value());
    m_readOnlyReason = m_writableReason;
    m_checking = false;
    return {};
}

Status Database::integrityCheck() const {
    if (m_server)
        return {}; // the server checks its pages and constraints itself
    QSqlQuery query(m_connection);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(query.lastError().text());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return fail(problems.join(QLatin1Char('\n')));
    QSqlQuery keys(m_connection);
    if (keys.exec(QStringLiteral("PRAGMA foreign_key_check")) && keys.next())
        return fail(DatabaseText::tr("A reference between records is broken (table %1).")
                        .arg(keys.value(0).toString()));
    return {};
}

Status Database::requireWritable() const {
    if (isReadOnly())
        return fail(m_readOnlyReason);
    return {};
}

} // namespace paragraf
