#!/usr/bin/env bash
# Takes docs/ screenshots of the real window under Xvfb (Swedish and English interface), with the
# seed 001 meeting open, and of the dialogs reached from it by keyboard (xdotool presses the
# keys a secretary would). Needs a build in build/ (scripts/build.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
for package in xvfb xauth imagemagick xdotool xclip; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$root/build/app/paragraf-cli"
"$cli" demo "$work/exempel.paragraf"
# A copy where seed 001 is out for adjustment: a remark answered with its change, the secretary
# signed, and the adjuster refused — what the review and signing dialogs show.
cp "$work/exempel.paragraf" "$work/justering.paragraf"
"$cli" send-for-adjustment "$work/justering.paragraf" 6
"$cli" sign "$work/justering.paragraf" 6 secretary "Elise Ackerot" >/dev/null
"$cli" remark "$work/justering.paragraf" 6 --by "Sara Schelin" --paragraph 30 \
    "Skriv vem som tar emot inspel." >/dev/null
"$cli" answer "$work/justering.paragraf" 6 1 --paragraph 30 --field section:Synpunkter \
    --text "Inga frågor eller synpunkter. Inspel skickas till Magnus Aspegren." --note "Tillagt"
"$cli" remark "$work/justering.paragraf" 6 --by "Martin Söderström" \
    "Justeringens plats saknas i huvudet." >/dev/null
# A copy where seed 001 § 28–29 have their assignments, remarks by name and a question raised to
# another body, as the follow-up dialog and the overview show them.
cp "$work/exempel.paragraf" "$work/uppfoljning.paragraf"
"$cli" assign "$work/uppfoljning.paragraf" 6 28 "Fundera på förslag till namn på gruppen" \
    --holder "Alla ledamöter" >/dev/null
"$cli" assign "$work/uppfoljning.paragraf" 6 29 \
    "Återkoppla till Magnus om deltagande i panelsamtalet" --holder Kommundirektörerna \
    --due 2024-12-06 >/dev/null
"$cli" say "$work/uppfoljning.paragraf" 6 29 "Något som vi behöver ha med oss hela dagen." \
    --by Martin --by Magnus >/dev/null
"$cli" say "$work/uppfoljning.paragraf" 6 29 \
    "Föreslår att reflektionen i slutet av dagen inkluderar många olika roller." \
    --by "Sara Schelin" >/dev/null
"$cli" refer "$work/uppfoljning.paragraf" 6 29 "Samverkansgrupp Hälsa" --raise \
    --note "Gruppen ber om ett ställningstagande om panelsamtalet" >/dev/null
# Its next meeting, 9 December, with what 11 November asked for on its table.
entry=$("$cli" schedule-add "$work/uppfoljning.paragraf" \
    "Samverkanstid kommuner, Region och Länsstyrelse" 2024-12-09 --start 10:00 --end 11:00)
december=$("$cli" create-meeting "$work/uppfoljning.paragraf" "$entry")

# file, language, then pairs of "keys picture" (keys "-" means none), run in one session of the
# window.
shoot() {
    local file=$1 language=$2
    shift 2
    local clip=""
    [[ -n ${html:-} ]] && clip="xclip -selection clipboard -t text/html -i '$html' & sleep 0.5; "
    local steps=""
    while (($#)); do
        [[ $1 != - ]] && steps+="xdotool key $1; sleep 1.5; "
        steps+="import -window root '$2'; echo 'wrote $2'; "
        shift 2
    done
    XDG_CONFIG_HOME="$work/config-$language" LANG="$language" xvfb-run -a -s "-screen 0 ${screen:-1280x800}x24" bash -c "
        '$root/build/app/paragraf' '$file' --meeting ${meeting:-6} 2>/dev/null & pid=\$!
        sleep 3
        xdotool windowfocus --sync \$(xdotool search --onlyvisible --name Paragraf | head -1)
        sleep 0.5
        $clip$steps
        kill \$pid"
}
shoot "$work/exempel.paragraf" sv_SE.UTF-8 - "$root/docs/screenshot-sv.png" \
    ctrl+shift+i "$root/docs/uppgifter-sv.png"
shoot "$work/exempel.paragraf" sv_SE.UTF-8 ctrl+shift+b "$root/docs/organ-sv.png" \
    alt+l "$root/docs/ledamoter-sv.png" \
    alt+p "$root/docs/sammantradesplan-sv.png"
shoot "$work/exempel.paragraf" C - "$root/docs/screenshot-en.png"
# Each dialog from a fresh window: without a window manager, focus does not come back to the
# window when a dialog closes.
shoot "$work/justering.paragraf" sv_SE.UTF-8 ctrl+shift+r "$root/docs/granskning-sv.png"
shoot "$work/justering.paragraf" sv_SE.UTF-8 ctrl+shift+j "$root/docs/underskrift-sv.png"
shoot "$work/justering.paragraf" sv_SE.UTF-8 ctrl+shift+l "$root/docs/frister-sv.png"
shoot "$work/uppfoljning.paragraf" sv_SE.UTF-8 "ctrl+1 Up Up ctrl+shift+u" \
    "$root/docs/uppfoljning-sv.png"
shoot "$work/uppfoljning.paragraf" sv_SE.UTF-8 ctrl+shift+a "$root/docs/uppdrag-sv.png"
meeting=$december shoot "$work/uppfoljning.paragraf" sv_SE.UTF-8 "ctrl+shift+e alt+p" \
    "$root/docs/tidigare-moten-sv.png"
shoot "$work/exempel.paragraf" sv_SE.UTF-8 ctrl+shift+n "$root/docs/nytt-sammantrade-sv.png"
# What an e-mail brings when pasted into a section: headings, colours, fonts and an image.
convert -size 40x40 xc:red "$work/bild.png"
cat >"$work/inklistrat.html" <<EOF
<h1 style="color:#c00000">Rubrik från e-post</h1><p style="font-family:'Comic Sans MS';
font-size:20pt;color:blue">Kommunstyrelsen föreslår att <b>arbetsgruppen</b> får i uppdrag att
<span style="background:yellow">återkomma</span> i mars.</p><h2>Bakgrund</h2><p>Se bild:
<img src="data:image/png;base64,$(base64 -w0 "$work/bild.png")" width="40" height="40"></p>
<ul><li>Första punkten</li><li>Andra punkten</li></ul>
EOF
html="$work/inklistrat.html" shoot "$work/exempel.paragraf" sv_SE.UTF-8 \
    "ctrl+3 ctrl+End Return ctrl+v" "$root/docs/inklistrat-sv.png"
screen=1366x768 shoot "$work/exempel.paragraf" sv_SE.UTF-8 ctrl+shift+y \
    "$root/docs/yrkanden-1366x768-sv.png"
