#!/usr/bin/env bash
# Screenshots of the review at a chair's own desk (docs/server.md, "Reviewing and signing at your
# own desk"): a throwaway server with the demo organisation, seed 001 out for adjustment with the
# secretary signed and a remark answered, and the chair Martin Söderström logged in as himself.
# The window opens the server, shows what waits for him by itself, then Ctrl+Shift+J. Needs a
# build in build/ and PostgreSQL (scripts/install-deps.sh --tests); see scripts/screenshot.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'bash "$root/scripts/pg-test-server.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash "$root/scripts/pg-test-server.sh" start "$work/pg" >/dev/null
eval "$(bash "$root/scripts/pg-test-server.sh" env "$work/pg")"
cli="$root/build/app/paragraf-cli"
psql -q -c "CREATE DATABASE skott TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
owner="service=paragraf-test dbname=skott"
"$cli" demo "$owner"
"$cli" send-for-adjustment "$owner" 6
"$cli" remark "$owner" 6 --by "Martin Söderström" "Justeringens plats saknas i huvudet." >/dev/null
"$cli" answer "$owner" 6 1 --reject "Platsen står i kallelsen." >/dev/null || true
# Each signatory's own login, mapped to their person (as setup-server.sh add-login does).
login() { # LOGIN GROUP NAME
    psql -q -d skott -c "CREATE ROLE $1 LOGIN PASSWORD 'bild' IN ROLE paragraf_$2" \
        -c "INSERT INTO paragraf_login (login, person_id) SELECT '$1', person_id FROM participant
            WHERE meeting_id = 6 AND name = '$3'"
}
login skott_elise secretary "Elise Ackerot"
login skott_martin chair "Martin Söderström"
psql -q -d skott -c "INSERT INTO paragraf_login_body SELECT 'skott_elise', body_id FROM meeting WHERE id = 6"
"$cli" sign-as-login "$owner user=skott_elise password=bild" 6 >/dev/null
XDG_CONFIG_HOME="$work/config" LANG=sv_SE.UTF-8 xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    '$root/build/app/paragraf' '$owner user=skott_martin password=bild' 2>/dev/null & pid=\$!
    sleep 4
    import -window root '$root/docs/vantar-pa-mig-sv.png'; echo 'wrote docs/vantar-pa-mig-sv.png'
    xdotool key Return; sleep 3
    xdotool windowfocus --sync \$(xdotool search --onlyvisible --name Paragraf | head -1)
    sleep 0.5
    xdotool key ctrl+shift+j; sleep 2.5
    import -window root '$root/docs/signera-som-mig-sv.png'; echo 'wrote docs/signera-som-mig-sv.png'
    kill \$pid"
