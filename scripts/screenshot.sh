#!/usr/bin/env bash
# Takes docs/ screenshots of the real window under Xvfb (Swedish and English interface), with the
# seed 001 meeting open. Needs a build in build/ (scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
for package in xvfb xauth imagemagick; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/build/app/paragraf-cli" demo "$work/exempel.paragraf"
shoot() { # language output
    XDG_CONFIG_HOME="$work/config-$1" LC_ALL="$1" LANG="$1" xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
        '$root/build/app/paragraf' '$work/exempel.paragraf' --meeting 6 & pid=\$!
        sleep 3
        /usr/bin/import -window root '$2'
        kill \$pid"
    echo "wrote $2"
}
shoot sv_SE.UTF-8 "$root/docs/screenshot-sv.png"
shoot C "$root/docs/screenshot-en.png"
