#pragma once

// For tests, benchmarks and debug builds only: an SQLite VFS that wraps the default one and makes
// every xSync (the fsync of a commit) take a set number of milliseconds longer, as on a slow disk
// (a laptop's eMMC, a busy drive). Installed as the default VFS of the process, so that every
// connection opened afterwards, Qt's included, uses it; files are opened and locked by the unix
// VFS underneath exactly as before.
#include <functional>

namespace paragraf::test {

void installSlowSync(); // once; later calls do nothing
void setSyncDelayMs(int milliseconds);
int syncCount(); // how many syncs ran through the shim
// Called at every sync (a commit's among them) before it runs; empty: none.
void setSyncObserver(std::function<void()> observer);

} // namespace paragraf::test
