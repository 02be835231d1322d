#!/usr/bin/env bash
# Renders the hicolor PNGs from paragraf.svg (rsvg-convert, Debian's librsvg2-bin). The PNGs are
# committed so that building the package needs no renderer; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$size"
    rsvg-convert -w "$size" -h "$size" paragraf.svg -o "$size/paragraf.png"
done
