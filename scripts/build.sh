#!/usr/bin/env bash
# Configures and builds into build/ (or the folder given as $BUILD_DIR).
#   BUILD_TYPE=Release|Debug  (default Release)   extra CMake options may follow as arguments
#   BUILD_TARGETS="a b"       only these targets (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "$@" >/dev/null
targets=()
for target in ${BUILD_TARGETS:-}; do targets+=(--target "$target"); done
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
