#pragma once

#include <QByteArray>

// Removing what Paragraf itself made, in a folder others may write to too (a shared folder for
// e-archive packages): by file descriptor, never following a symbolic link, never leaving the
// file system, so that a link or a mount put where a temporary folder was is never a way into
// someone's files.
namespace paragraf {

enum class EntryKind { File, Folder };

// Removes `name` in the folder open as `folderFd` when it is of `kind` (a file: a regular file;
// a folder: a real folder, emptied through its own descriptor first, on the same file system as
// the folder it lies in). Something of another kind is left. Whether all of it went.
bool removeEntryAt(int folderFd, const QByteArray& name, EntryKind kind);

} // namespace paragraf
