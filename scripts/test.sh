#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors, and runs every test:
# the whole suite in a normal build, then the core suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer (the damaged-file and crash tests are where memory errors would show).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
"$here/install-deps.sh" --tests

export PARAGRAF_CRASH_ITERATIONS=${PARAGRAF_CRASH_ITERATIONS:-200}
export PARAGRAF_DAMAGED_COPIES=${PARAGRAF_DAMAGED_COPIES:-1000}

echo "== build (warnings are errors)"
BUILD_TYPE=Debug BUILD_DIR="$root/build-test" "$here/build.sh" -DPARAGRAF_WERROR=ON
echo "== tests"
(cd "$root/build-test" && ctest --output-on-failure --parallel "$(nproc)")

if [[ "${PARAGRAF_SKIP_PACKAGE:-0}" != 1 ]]; then
    echo "== the Debian package, installed into a clean Debian 12 root and removed"
    BUILD_DIR="$root/build-package" "$here/package-test.sh"
fi

if [[ "${PARAGRAF_SKIP_ASAN:-0}" != 1 ]]; then
    echo "== core tests under AddressSanitizer"
    BUILD_TYPE=Debug BUILD_DIR="$root/build-asan" "$here/build.sh" -DPARAGRAF_ASAN=ON \
        -DPARAGRAF_BUILD_GUI=OFF -DPARAGRAF_BUILD_BENCH=OFF
    # Qt and fontconfig keep caches for the life of the process; leaks are not what this run is for.
    (cd "$root/build-asan" && ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --output-on-failure --parallel "$(nproc)" -R "^(DamagedFileTest|CrashTest|OpenTest|JsonTest|AttendanceTest|NumberingTest|MeetingServiceTest|ParagraphRanges|FollowUpTest|FollowUpJsonTest)\.")
fi
