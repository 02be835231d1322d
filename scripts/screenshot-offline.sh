#!/usr/bin/env bash
# The screenshot of the desk offline (docs/server.md, "When the network goes"): a throwaway
# server with the demo, seed 001's meeting open in Swedish, a few words typed, the server
# stopped under the desk (as a lost network would), more typed: the status bar says the desk is
# offline and keeps what is typed on this computer. Needs a build in build/ and PostgreSQL
# (scripts/install-deps.sh --tests); see scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'bash "$root/scripts/pg-test-server.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash "$root/scripts/pg-test-server.sh" start "$work/pg" >/dev/null
eval "$(bash "$root/scripts/pg-test-server.sh" env "$work/pg")"
psql -q -c "CREATE DATABASE natet TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
owner="service=paragraf-test dbname=natet"
"$root/build/app/paragraf-cli" demo "$owner"
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LANG=sv_SE.UTF-8 \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    '$root/build/app/paragraf' '$owner' --meeting 6 2>/dev/null & pid=\$!
    sleep 4
    xdotool windowfocus --sync \$(xdotool search --onlyvisible --name Paragraf | head -1)
    xdotool key ctrl+3; sleep 0.5; xdotool key ctrl+End
    xdotool type --delay 60 ' Skrivet innan avbrottet.'; sleep 1
    bash '$root/scripts/pg-test-server.sh' pause '$work/pg'
    xdotool type --delay 60 ' Skrivet medan servern saknas.'; sleep 1.5
    import -window root '$root/docs/offline-sv.png'; echo 'wrote docs/offline-sv.png'
    kill \$pid"
