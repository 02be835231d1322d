#pragma once

#include "Result.h"
#include "io/RemoveTree.h"

#include <QString>

// A new file or folder written in full and synced under a hidden temporary name beside its final
// one (".<name>.tmp-<pid>-<n>"), not yet given that name. What happens between the two steps
// decides whether it ever is: the e-archive commits the register of the documents a package
// carries there, so that a package under its final name always has its documents entered. Until
// named, the temporary is removed when the Staged is dropped; a killed run leaves it hidden, and
// the next stage of the same name removes it once it is an hour old and its process has ended.
namespace paragraf {

class Staged {
public:
    Staged(QString temporary, QString finalPath, EntryKind kind);
    Staged(Staged&& other) noexcept;
    Staged& operator=(Staged&&) = delete;
    Staged(const Staged&) = delete;
    Staged& operator=(const Staged&) = delete;
    ~Staged();

    const QString& finalPath() const { return m_final; }
    // Whether the final name is still free: asked again just before what decides.
    Status nameIsFree() const;
    // The same, and the name then held until it is given (or this is dropped): another run
    // holding the same folder waits here (flock on the folder), so that two runs writing the same
    // name never both pass the check and commit before either renames. Where the folder cannot
    // be locked (some network shares) the check alone is made.
    Status holdName();
    // Renames the temporary to the final name, never over a file or folder made meanwhile, and
    // returns once the folder's change is on the disk. When it fails, nothing is under the final
    // name and the temporary goes when the Staged does.
    Status giveName();

private:
    void release();

    QString m_temporary; // empty once named or moved from
    QString m_final;
    EntryKind m_kind;
    int m_held = -1; // the locked folder's descriptor while the name is held
};

// "… exists already; nothing was written": the refusal of every new file or folder whose name is
// taken, before it is written or at its rename.
Error nameTaken(const QString& path);
// The hidden temporary name beside `path` for attempt `n` of this process.
QString temporaryNameBeside(const QString& path, int n);
// Removes the hidden temporaries beside `path` that runs of this program left when they were
// killed: of its name and `kind`, an hour old or more, and of a process that no longer runs here;
// never through a symbolic link or into another file system (io/RemoveTree.h).
void removeLeftTemporaries(const QString& path, EntryKind kind);

} // namespace paragraf
