#pragma once

#include "Result.h"
#include "io/Staged.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

// A folder of files written as one: every file goes into a temporary folder beside the final
// one (hidden, named after it), each write checked and synced, the folders synced, and only
// then is the temporary folder renamed to its final name. A failure or an interruption leaves
// nothing under the final name, and a failure removes the temporary folder again; a folder of
// that name that exists already is never written into or replaced.
namespace paragraf {

struct FolderEntry {
    QString path; // relative, with forward slashes; no "..", no leading slash
    QByteArray bytes;
};

// Whether `path` is relative and stays inside the folder it is relative to: not empty, no
// leading slash, no backslash, no empty, "." or ".." part.
bool staysInsideFolder(const QString& path);

// `written(done, total)` is told after each file; returning false stops, and nothing is kept.
Status writeFolderAtomically(const QString& folder, const QList<FolderEntry>& entries,
                             const std::function<bool(int, int)>& written = {});
// The same, stopping before the rename: the caller names it (io/Staged.h) once what must come
// first is done.
Result<Staged> stageFolder(const QString& folder, const QList<FolderEntry>& entries,
                           const std::function<bool(int, int)>& written = {});

} // namespace paragraf
