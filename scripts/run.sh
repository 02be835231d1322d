#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and starts Paragraf. On the first start a
# database with the example bodies and meetings is made in the user's data folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-deps.sh"
BUILD_TYPE=Release BUILD_DIR="$here/../build" "$here/build.sh" -DPARAGRAF_BUILD_TESTS=OFF -DPARAGRAF_BUILD_BENCH=OFF

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/Paragraf"
example="$data_dir/exempel.paragraf"
if [[ ! -e "$example" ]]; then
    mkdir -p "$data_dir"
    "$here/../build/app/paragraf-cli" demo "$example"
    echo "Example database: $example"
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found. Start Paragraf from a desktop session, or try it with:" >&2
    echo "  xvfb-run -a $here/../build/app/paragraf \"$example\"" >&2
    echo "The command line works everywhere: $here/../build/app/paragraf-cli show \"$example\" 6" >&2
    exit 1
fi
exec "$here/../build/app/paragraf" "$example"
