#include "RemoveTree.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace paragraf {
namespace {

bool isDotOrDotDot(const char* name) {
    return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

// Opens `name` in `folderFd` as a folder on `device`, never through a symbolic link; -1 when it
// is none (then errno is ENOTDIR or ELOOP for a file or a link) or lies on another file system.
int openFolderAt(int folderFd, const char* name, dev_t device) {
    const int fd = ::openat(folderFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat info {};
    if (::fstat(fd, &info) != 0 || info.st_dev != device) { // a mount is never descended into
        ::close(fd);
        errno = EXDEV;
        return -1;
    }
    return fd;
}

// Empties the folder open as `fd`: a folder in it is emptied and removed, anything else (a file,
// a link: the link, not what it names) unlinked. A name swapped meanwhile for a folder makes the
// unlink fail (EISDIR); one swapped for a link after it was opened is emptied through the
// descriptor, which still is the folder, and the final rmdir then fails (ENOTDIR).
bool empty(int fd, dev_t device) {
    const int listed = ::dup(fd);
    DIR* folder = listed < 0 ? nullptr : ::fdopendir(listed);
    if (!folder) {
        if (listed >= 0)
            ::close(listed);
        return false;
    }
    bool whole = true;
    while (const dirent* entry = ::readdir(folder)) {
        if (isDotOrDotDot(entry->d_name))
            continue;
        if (const int child = openFolderAt(fd, entry->d_name, device); child >= 0) {
            whole = empty(child, device) && whole;
            ::close(child);
            whole = ::unlinkat(fd, entry->d_name, AT_REMOVEDIR) == 0 && whole;
        } else if (errno == ENOTDIR || errno == ELOOP) {
            whole = ::unlinkat(fd, entry->d_name, 0) == 0 && whole;
        } else {
            whole = false;
        }
    }
    ::closedir(folder);
    return whole;
}

} // namespace

bool removeEntryAt(int folderFd, const QByteArray& name, EntryKind kind) {
    struct stat info {};
    if (::fstatat(folderFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (kind == EntryKind::File)
        // Swapped for a folder meanwhile, the unlink fails; for a link, the link goes.
        return S_ISREG(info.st_mode) && ::unlinkat(folderFd, name.constData(), 0) == 0;
    struct stat parent {};
    if (!S_ISDIR(info.st_mode) || ::fstat(folderFd, &parent) != 0)
        return false;
    const int fd = openFolderAt(folderFd, name.constData(), parent.st_dev);
    if (fd < 0)
        return false;
    const bool emptied = empty(fd, parent.st_dev);
    ::close(fd);
    return emptied && ::unlinkat(folderFd, name.constData(), AT_REMOVEDIR) == 0;
}

} // namespace paragraf
