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

} // namespace paragraf
