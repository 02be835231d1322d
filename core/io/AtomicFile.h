#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// The one way Paragraf writes a file the user chose (documents, JSON, iCalendar, CSV): into a
// temporary file beside it, every write checked, flushed to the disk, then renamed over the
// old file. When anything fails (a full disk included) the earlier file stays as it was and the
// message says why.
namespace paragraf {

Status saveAtomically(const QString& path, const QByteArray& bytes);

// All of `bytes` on standard output, every write checked (a closed pipe or a full disk fails).
Status writeToStandardOutput(const QByteArray& bytes);

// The database files this process has open: saveAtomically() refuses to write over them (or
// their -wal and -shm), compared by device and inode with stat() so that a link or another
// spelling of the path is caught too, and without ever opening them (that would drop SQLite's
// locks). Database calls these when it opens and closes a file.
void rememberDatabaseFile(const QString& path);
void forgetDatabaseFile(const QString& path);

} // namespace paragraf
