#pragma once

#include "ArchiveFile.h"
#include "Result.h"
#include "io/AtomicFile.h"

#include <QDateTime>
#include <functional>

namespace paragraf {

// A package as one POSIX tar file (the pax interchange format of POSIX.1-2001, which GNU tar,
// bsdtar and Python's tarfile read): the package's root folder is the tar's one top-level entry
// (E-ARK CSIP 2.1.0, CSIPSTR1–3; docs/e-archive.md), then every folder and file under it in the
// order of their names. A name longer than ustar's 100 bytes, or not ASCII, is carried in a pax
// "path" record as UTF-8. The same files give the same bytes: every entry has the mtime
// `modified` (the package's creation), uid and gid 0, no user or group name, mode 0755 for a
// folder and 0644 for a file.
//
// The bytes are handed to `write` as they are made (the headers and each file's own bytes, never
// the whole tar at once), so a year's package is not held twice in memory. Refused before a byte
// is written: a root that is not one plain folder name, a path that is absolute, has an empty,
// "." or ".." part, a backslash or a control character, or is given twice. `written(done, total)`
// is told after each file; returning false stops.
Status writeTar(const QString& root, const QList<ArchiveFile>& files, const QDateTime& modified,
                const ChunkWriter& write, const std::function<bool(int, int)>& written = {});

} // namespace paragraf
