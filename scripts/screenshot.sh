#!/usr/bin/env bash
# Takes docs/ screenshots of the real window under Xvfb (Swedish and English interface), with the
# seed 001 meeting open, and of the dialogs reached from it by keyboard (xdotool presses the
# keys a secretary would). Needs a build in build/ (scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
for package in xvfb xauth imagemagick xdotool; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/build/app/paragraf-cli" demo "$work/exempel.paragraf"

# language, then pairs of "keys picture" (keys "-" means none), run in one session of the window.
shoot() {
    local language=$1
    shift
    local steps=""
    while (($#)); do
        [[ $1 != - ]] && steps+="xdotool key $1; sleep 1.5; "
        steps+="import -window root '$2'; echo 'wrote $2'; "
        shift 2
    done
    XDG_CONFIG_HOME="$work/config-$language" LANG="$language" xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$root/build/app/paragraf' '$work/exempel.paragraf' --meeting 6 2>/dev/null & pid=\$!
        sleep 3
        xdotool windowfocus --sync \$(xdotool search --onlyvisible --name Paragraf | head -1)
        sleep 0.5
        $steps
        kill \$pid"
}
shoot sv_SE.UTF-8 - "$root/docs/screenshot-sv.png" \
    ctrl+shift+i "$root/docs/uppgifter-sv.png"
shoot sv_SE.UTF-8 ctrl+shift+b "$root/docs/organ-sv.png" \
    alt+l "$root/docs/ledamoter-sv.png" \
    alt+p "$root/docs/sammantradesplan-sv.png"
shoot C - "$root/docs/screenshot-en.png"
