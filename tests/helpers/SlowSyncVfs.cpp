#include "SlowSyncVfs.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <sqlite3.h>
#include <thread>

namespace paragraf::test {
namespace {

std::atomic<int> delayMs = 0;
std::atomic<int> syncs = 0;
std::function<void()> observer; // set by the test's thread while no sync runs
sqlite3_vfs* below = nullptr;
sqlite3_vfs slowVfs;
sqlite3_io_methods slowMethods;

// The wrapped file: SQLite allocates szOsFile bytes; the real file follows this header.
struct SlowFile {
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<SlowFile*>(file)->real;
}

int slowClose(sqlite3_file* f) {
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int slowRead(sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int slowWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int slowTruncate(sqlite3_file* f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}
int slowSync(sqlite3_file* f, int flags) {
    ++syncs;
    if (observer)
        observer();
    if (const int ms = delayMs.load(); ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    return real(f)->pMethods->xSync(real(f), flags);
}
int slowFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int slowLock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int slowUnlock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int slowCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int slowFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int slowSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int slowDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int slowShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int slowShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void slowShmBarrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int slowShmUnmap(sqlite3_file* f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int slowFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int slowUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) {
    return real(f)->pMethods->xUnfetch(real(f), offset, page);
}

int slowOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    auto* slow = reinterpret_cast<SlowFile*>(file);
    slow->real = reinterpret_cast<sqlite3_file*>(slow + 1);
    std::memset(slow->real, 0, static_cast<size_t>(below->szOsFile));
    const int code = below->xOpen(below, name, slow->real, flags, outFlags);
    // Without methods SQLite does not call xClose; the shim's file mirrors that.
    slow->base.pMethods = slow->real->pMethods ? &slowMethods : nullptr;
    return code;
}

// Everything but xOpen goes straight to the VFS below.
void fillVfs() {
    slowVfs = *below;
    slowVfs.zName = "slowsync";
    slowVfs.szOsFile = static_cast<int>(sizeof(SlowFile)) + below->szOsFile;
    slowVfs.pNext = nullptr;
    slowVfs.xOpen = slowOpen;
    slowVfs.pAppData = below->pAppData;
}

void fillMethods() {
    slowMethods = sqlite3_io_methods{};
    slowMethods.iVersion = 3;
    slowMethods.xClose = slowClose;
    slowMethods.xRead = slowRead;
    slowMethods.xWrite = slowWrite;
    slowMethods.xTruncate = slowTruncate;
    slowMethods.xSync = slowSync;
    slowMethods.xFileSize = slowFileSize;
    slowMethods.xLock = slowLock;
    slowMethods.xUnlock = slowUnlock;
    slowMethods.xCheckReservedLock = slowCheckReservedLock;
    slowMethods.xFileControl = slowFileControl;
    slowMethods.xSectorSize = slowSectorSize;
    slowMethods.xDeviceCharacteristics = slowDeviceCharacteristics;
    slowMethods.xShmMap = slowShmMap;
    slowMethods.xShmLock = slowShmLock;
    slowMethods.xShmBarrier = slowShmBarrier;
    slowMethods.xShmUnmap = slowShmUnmap;
    slowMethods.xFetch = slowFetch;
    slowMethods.xUnfetch = slowUnfetch;
}

} // namespace

void installSlowSync() {
    if (below)
        return;
    sqlite3_initialize();
    below = sqlite3_vfs_find(nullptr);
    fillVfs();
    fillMethods();
    sqlite3_vfs_register(&slowVfs, 1);
}

void setSyncDelayMs(int milliseconds) {
    delayMs = milliseconds;
}

int syncCount() {
    return syncs;
}

void setSyncObserver(std::function<void()> newObserver) {
    observer = std::move(newObserver);
}

} // namespace paragraf::test
