#!/usr/bin/env bash
# Installs what Paragraf needs from Debian 12's packages, and nothing that is already there.
#   scripts/install-deps.sh          build and run
#   scripts/install-deps.sh --tests  also what the tests and benchmarks need
# The server engine's client is Qt's QPSQL driver (libqt6sql6-psql, on libpq; statements go
# through libpq itself, libpq-dev); the tests run a
# throwaway PostgreSQL 15 server of their own (scripts/pg-test-server.sh), Debian's packages only.
# The browser check of the published pages (tests/web) runs Debian's chromium headless with
# axe-core and the Nu HTML Checker (on Java) from the npm registry, pinned in
# tests/web/package-lock.json and installed without their install scripts: nothing downloads a
# browser or a Java of its own.
set -euo pipefail

packages=(cmake ninja-build g++ qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libsqlite3-dev libical-dev tzdata pkgconf
          fonts-dejavu-core fonts-liberation2 libqt6sql6-psql libpq-dev python3 gzip)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(libgtest-dev libbenchmark-dev xvfb xauth poppler-utils util-linux clang-format
               default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java
               postgresql-15 chromium nodejs
               # the package and its checks (scripts/package-test.sh, tests/packaging)
               dpkg-dev fakeroot lintian debootstrap desktop-file-utils appstream libglib2.0-bin
               shared-mime-info libxml2-utils man-db groff-base bsdextrautils bash-completion
               # the e-archive package's checks (scripts/check-e-archive.py): CSIP Schematron
               python3-lxml)
    command -v npm >/dev/null || packages+=(npm) # Debian's nodejs comes without npm
fi

# The browser check's tools from the npm registry, again when the pinned versions change.
web_tools() {
    local web
    web="$(cd "$(dirname "$0")/../tests/web" && pwd)"
    if ! cmp -s "$web/package-lock.json" "$web/node_modules/.installed-lock.json" 2>/dev/null; then
        echo "Installing the browser check's tools (tests/web)"
        (cd "$web" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund \
            --legacy-peer-deps >/dev/null &&
            cp package-lock.json node_modules/.installed-lock.json)
    fi
}

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    if [[ "${1:-}" == "--tests" ]]; then web_tools; fi
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run as root (or with sudo) so they can be installed." >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
if [[ "${1:-}" == "--tests" ]]; then web_tools; fi
