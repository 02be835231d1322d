#pragma once

#include "Result.h"
#include "io/Staged.h"

#include <QByteArray>
#include <QString>
#include <functional>

// The one way Paragraf writes a file the user chose (documents, JSON, iCalendar, CSV): into a
// temporary file beside it, every write checked, flushed to the disk, then renamed over the
// old file. When anything fails (a full disk included) the earlier file stays as it was and the
// message says why. A database this process holds open (or its -wal, -shm) is never written
// over, nor opened to find out (see io/OpenFiles.h).
namespace paragraf {

Status saveAtomically(const QString& path, const QByteArray& bytes);
// Whether saveAtomically() may write to `path` at all (not the open database, not another
// database or a file beside one, not a device, pipe or folder), asked before anything else is
// done for the file (e.g. entering it in the register of issued documents).
Status mayBeSavedTo(const QString& path);

// Appends `bytes` to `path` (made, readable by the user only, if missing; its folder then
// synced so that the new name is kept too) and returns when the disk has them: the journal of
// what is typed while the server cannot be reached. 0 or the errno that says why not.
int appendDurably(const QString& path, const QByteArray& bytes);
// Renames or removes a file and returns when the folder's change is on the disk (0 or errno).
int renameDurably(const QString& from, const QString& to);
int removeDurably(const QString& path);
// Syncs a folder, so that the entries made in it are on the disk (0 or errno; a file system
// that cannot sync a folder counts as done).
int syncDirectory(const QString& folder);
// Renames a file or folder unless `to` exists (even an empty folder, which a plain rename would
// replace), and returns when the parent folder's change is on the disk (0 or errno).
int renameWithoutReplacing(const QString& from, const QString& to);

// A new file made by `produce`, which hands its bytes, in as many pieces as it likes, to the
// writer it is given (0 or the errno of the write that failed; a writer's error is returned by
// `produce` as it is). The bytes go into a hidden temporary file beside `path`
// (".<name>.tmp-<pid>-<n>", made with O_EXCL so that it never meets another run's), are synced
// and only then renamed to `path`, never over a file or folder of that name, not even one made
// meanwhile. When anything fails, `produce` included (a full disk, a stop), the temporary file
// is removed and nothing is left under `path`; a killed run can leave the hidden temporary file
// (removed by a later run, io/Staged.h), never a file under `path`.
using ChunkWriter = std::function<int(const char* bytes, qint64 size)>;
Status writeNewFileAtomically(const QString& path,
                              const std::function<Status(const ChunkWriter&)>& produce);
// The same, stopping before the rename: the caller names it (io/Staged.h) once what must come
// first is done.
Result<Staged> stageNewFile(const QString& path,
                            const std::function<Status(const ChunkWriter&)>& produce);

// All of `bytes` on standard output, every write checked (a closed pipe or a full disk fails).
Status writeToStandardOutput(const QByteArray& bytes);

} // namespace paragraf
