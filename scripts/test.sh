#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test:
# the whole suite in a normal build, then the core suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the damaged-file and crash tests are where memory errors would show).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# Each step says when it starts (seconds since this script did), so a slow CI run shows where.
step() { echo "== $* ($SECONDS s)"; }
"$here/install-deps.sh" --tests

export PARAGRAF_CRASH_ITERATIONS=${PARAGRAF_CRASH_ITERATIONS:-200}
export PARAGRAF_DAMAGED_COPIES=${PARAGRAF_DAMAGED_COPIES:-1000}

# Line tables only (-g1): enough for a sanitizer's or a debugger's file and line, and a fifth less
# to compile than full debug information.
step "build (warnings are errors)"
BUILD_TYPE=Debug BUILD_DIR="$root/build-test" "$here/build.sh" -DPARAGRAF_WERROR=ON \
    -DCMAKE_CXX_FLAGS_DEBUG=-g1
step "tests"
(cd "$root/build-test" && ctest --output-on-failure --parallel "$(nproc)")

if [[ "${PARAGRAF_SKIP_PACKAGE:-0}" != 1 ]]; then
    step "the Debian package, installed into a clean Debian 12 root and removed"
    BUILD_DIR="$root/build-package" "$here/package-test.sh"
fi

if [[ "${PARAGRAF_SKIP_ASAN:-0}" != 1 ]]; then
    step "core tests under AddressSanitizer"
    # Only what the tests below run: the core tests and their crash writer.
    BUILD_TYPE=Debug BUILD_DIR="$root/build-asan" BUILD_TARGETS=core_tests "$here/build.sh" \
        -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DPARAGRAF_ASAN=ON -DPARAGRAF_BUILD_GUI=OFF \
        -DPARAGRAF_BUILD_BENCH=OFF
    # Qt and fontconfig keep caches for the life of the process; leaks are not what this run is for.
    (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel "$(nproc)" -R "^(DamagedFileTest|CrashTest|OpenTest|JsonTest|AttendanceTest|NumberingTest|MeetingServiceTest|ParagraphRanges|FollowUpTest|FollowUpJsonTest)\.")
fi
step "done"
