#pragma once

#include <QString>

namespace paragraf {

// The database files this process holds open through SQLite.
//
// SQLite guards a file with POSIX advisory locks, and POSIX drops every lock a process holds on
// a file the moment the process closes *any* descriptor of it: a header check, a file dialog
// sniffing the file's type, a reader of "a CSV file" that happens to be the database. From then
// on another process sees no reader and deletes the WAL under the open connection, and what is
// written afterwards is lost. Everything in the process that would open a file the user names
// asks here first, and never opens a held file (or its -wal, -shm or -journal) itself.
namespace OpenFiles {

void hold(const QString& path);
void release(const QString& path);
// True for a held database and its companion files, by device and inode (a link, a second
// name or a relative path are the same file); answered with stat() alone, never open().
bool isHeld(const QString& path);

} // namespace OpenFiles
} // namespace paragraf
