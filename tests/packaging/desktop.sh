#!/usr/bin/env bash
# The desktop integration files are valid, and a Paragraf file is known by its content: a file
# paragraf-cli made, without its name's ending, is application/x-paragraf to the desktop
# (shared-mime-info through GIO, as file managers ask), another program's SQLite file is not.
#   desktop.sh SOURCE_DIR METAINFO PARAGRAF_CLI
set -euo pipefail
source_dir=$1 metainfo=$2 cli=$3
export LANGUAGE=en LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

desktop-file-validate "$source_dir/packaging/se.paragraf.Paragraf.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
xmllint --noout "$source_dir/packaging/paragraf-mime.xml" || fail "the MIME entry is not XML"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/data/mime/packages"
cp "$source_dir/packaging/paragraf-mime.xml" "$work/data/mime/packages/paragraf.xml"
update-mime-database "$work/data/mime" 2>/dev/null
typeof() { XDG_DATA_HOME="$work/data" gio info -a standard::content-type "$1" | sed -n 's/.*content-type: //p'; }

"$cli" init "$work/made.paragraf" >/dev/null
cp "$work/made.paragraf" "$work/protokoll-utan-namn"
# Another program's SQLite file: the same bytes with another application_id (offset 68).
cp "$work/made.paragraf" "$work/other.sqlite"
printf '\x00\x00\x00\x00' | dd of="$work/other.sqlite" bs=1 seek=68 conv=notrunc status=none
[[ $(typeof "$work/made.paragraf") == application/x-paragraf ]] || fail "made.paragraf: $(typeof "$work/made.paragraf")"
[[ $(typeof "$work/protokoll-utan-namn") == application/x-paragraf ]] ||
    fail "a Paragraf file without its ending is $(typeof "$work/protokoll-utan-namn")"
[[ $(typeof "$work/other.sqlite") == application/vnd.sqlite3 ]] ||
    fail "another program's SQLite file is $(typeof "$work/other.sqlite")"

((failures == 0)) && echo "desktop entry, AppStream data and MIME type: valid; files known by content"
exit $((failures > 0))
