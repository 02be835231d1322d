#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// Reading a file the user names, never more than a limit: /dev/zero, an endless pipe or a
// mistaken multi-gigabyte file is refused after limit + 1 bytes, with a message, instead of
// filling the memory.
namespace paragraf {

constexpr qint64 megabyte = 1024 * 1024;
// A meeting in the JSON interchange format (the largest real one is a few hundred kB).
constexpr qint64 meetingFileLimit = 64 * megabyte;
// A roster as a spreadsheet exports it.
constexpr qint64 rosterFileLimit = 16 * megabyte;
// An exported PDF to verify (a 800-paragraph protocol is about 3 MB).
constexpr qint64 documentFileLimit = 256 * megabyte;

// The bytes of `path` ("-" is standard input), or why not: it cannot be read, or it holds more
// than `limit` bytes. `kind` names such files in the message ("meeting files").
Result<QByteArray> readBounded(const QString& path, qint64 limit, const QString& kind);

// The two kinds Paragraf reads, with their limits and names.
Result<QByteArray> readMeetingFile(const QString& path);
Result<QByteArray> readRosterFile(const QString& path);
Result<QByteArray> readDocumentFile(const QString& path);

} // namespace paragraf
