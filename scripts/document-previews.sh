#!/usr/bin/env bash
# Renders the first pages of the seed 001 protocol and of an extract to docs/ as PNG, from a
# build in build/ (scripts/build.sh). Needs poppler-utils (pdftoppm).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli="$root/build/app/paragraf-cli"
"$cli" demo "$work/exempel.paragraf"
"$cli" export "$work/exempel.paragraf" 6 --out "$work/protokoll.pdf"
"$cli" export "$work/exempel.paragraf" 6 --kind extract --paragraphs 27 --out "$work/utdrag.pdf"
pdftoppm -png -r 80 -f 1 -l 3 "$work/protokoll.pdf" "$root/docs/protokoll"
pdftoppm -png -r 80 -f 1 -l 1 "$work/utdrag.pdf" "$root/docs/utdrag"
ls "$root"/docs/*.png
