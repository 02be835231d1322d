#pragma once

#include <QString>

namespace paragraf {

// What stat() tells of a file and of the write-ahead log beside it, without opening either
// (an open and close in this process would drop the locks SQLite holds on them). A connection
// that reads a file as immutable (Database.cpp, addReadOnlyConnection) sees nothing another
// program writes to it later; it compares stamps to know when to read the file again.
struct FileStamp {
    qint64 size = -1; // -1: the file is not there
    qint64 modifiedNs = -1;
    qint64 changedNs = -1;
    quint64 inode = 0;
    bool walBeside = false;

    bool operator==(const FileStamp&) const = default;
};

FileStamp stampOf(const QString& path);

// Why the file cannot be read as it stands here, or empty. A WAL with changes lies beside it
// without its index (-shm), in a folder this user may not write (a copy of the file and its -wal
// only): SQLite reads a WAL only through an index it makes beside it, and the file read without
// the WAL showed what it held before those changes, as if they were all there was.
QString whyWalUnreadable(const QString& path);

} // namespace paragraf
