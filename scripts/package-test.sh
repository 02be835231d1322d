#!/usr/bin/env bash
# The Debian package, end to end (issue #24): builds it, checks it (lintian, appstreamcli,
# desktop-file-validate, man --warnings), installs it with apt into a clean Debian 12 root made
# by debootstrap from Debian's mirror (its dependencies resolved from the archive, nothing
# bundled), and there, as an ordinary user: `paragraf-cli demo` and `export`; the desk started
# on a .paragraf file through its desktop entry (gtk-launch) under Xvfb, and a copy of the file
# without its name's ending opened as a double-click would (gio open: by content); the windows
# found with xdotool. Then `apt purge` and no file of the package is left, the user's files are.
# Needs root and the network to Debian's mirror. BUILD_DIR (default build-package) is reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/.." && pwd)"
build="${BUILD_DIR:-$source_dir/build-package}"
started=$SECONDS
step() { echo "== package: $* ($((SECONDS - started)) s)"; }

if [[ $(id -u) -ne 0 ]]; then
    echo "scripts/package-test.sh needs root (debootstrap, chroot)." >&2
    [[ "${CI:-}" == true ]] && exit 1 # CI must run it
    echo "skipped" >&2
    exit 0
fi

step "build (Release) and cpack"
# Debian's hardening flags (all of them: bindnow too), as a Debian package is built with.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPARAGRAF_WERROR=ON \
    -DPARAGRAF_BUILD_TESTS=OFF -DPARAGRAF_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
rm -f "$build"/paragraf_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(echo "$build"/paragraf_*.deb)
[[ -f $deb ]] || { echo "no package was built" >&2; exit 1; }
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

step "lintian, appstreamcli, desktop-file-validate, man --warnings"
# Errors fail; every tag is printed (the overrides in packaging/lintian-overrides say why).
lintian --fail-on error --display-info --show-overrides "$deb"
unpacked=$(mktemp -d)
dpkg-deb -x "$deb" "$unpacked"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/se.paragraf.Paragraf.metainfo.xml
desktop-file-validate "$unpacked"/usr/share/applications/se.paragraf.Paragraf.desktop
for page in "$unpacked"/usr/share/man/man1/*.1.gz; do
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    [[ -z $warnings ]] || { echo "man --warnings $page: $warnings" >&2; exit 1; }
done
rm -rf "$unpacked"

step "a clean Debian 12 root (debootstrap, minbase)"
mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror=${mirror:-http://deb.debian.org/debian}
root=$(mktemp -d /var/tmp/paragraf-root.XXXXXX)
chmod 755 "$root" # the root of a system: its users must reach /usr
# Ends the processes started inside the root (Xvfb, the desk) and only those: by their root folder.
stop_root_processes() {
    local signal=$1 process
    for process in /proc/[0-9]*; do
        [[ $(readlink "$process/root" 2>/dev/null) == "$root" ]] && kill "-$signal" "${process#/proc/}" 2>/dev/null
    done
    return 0
}
cleanup() {
    stop_root_processes KILL
    for mount in dev/pts dev proc; do umount -l "$root/$mount" 2>/dev/null || true; done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t proc proc "$root/proc"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { chroot "$root" env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/sekreterare \
    XDG_RUNTIME_DIR=/tmp/runtime-sekreterare DISPLAY=:77 setpriv --reuid=1000 --regid=1000 \
    --init-groups "$@"; }
in_root useradd --uid 1000 --create-home sekreterare
in_root install -d -o 1000 -g 1000 -m 700 /tmp/runtime-sekreterare

step "apt install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "./tmp/$(basename "$deb")" >/dev/null
in_root dpkg -L paragraf > "$root/tmp/package-files"
in_root dpkg -s paragraf | grep -E '^(Version|Depends):'

step "paragraf-cli demo and export"
home=/home/sekreterare
as_user paragraf-cli demo "$home/exempel.paragraf"
meeting=$(as_user paragraf-cli list "$home/exempel.paragraf" | awk -F'\t' '$3 == "2024-11-11" { print $1; exit }')
as_user paragraf-cli export "$home/exempel.paragraf" "$meeting" --kind protocol --format pdf \
    --out "$home/protokoll.pdf"
head -c 5 "$root$home/protokoll.pdf" | grep -q '%PDF-' || { echo "the export is not a PDF" >&2; exit 1; }
in_root test -f /usr/share/man/man1/paragraf-cli.1.gz

step "the desk through its desktop entry, under Xvfb"
# The test's own tools, installed after the package so that they cannot have supplied anything
# the package needs for the command line above.
in_root apt-get install -y -qq --no-install-recommends xvfb xdotool libgtk-3-bin libglib2.0-bin desktop-file-utils \
    shared-mime-info >/dev/null
in_root Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
for _ in $(seq 50); do [[ -e $root/tmp/.X11-unix/X77 ]] && break; sleep 0.2; done
as_user gtk-launch se.paragraf.Paragraf "$home/exempel.paragraf" >/dev/null 2>&1
as_user timeout 60 xdotool search --sync --onlyvisible --name 'exempel\.paragraf – Paragraf' \
    >/dev/null || { echo "no window of paragraf on exempel.paragraf appeared" >&2; exit 1; }
echo "window: $(as_user xdotool search --onlyvisible --name 'exempel\.paragraf' getwindowname)"
# A double-click in a file manager: the file's type by its content, then its default program.
as_user cp "$home/exempel.paragraf" "$home/protokoll-kopia"
type=$(as_user gio info -a standard::content-type "$home/protokoll-kopia" | sed -n 's/.*content-type: //p')
[[ $type == application/x-paragraf ]] || { echo "protokoll-kopia is $type" >&2; exit 1; }
as_user gio open "$home/protokoll-kopia"
as_user timeout 60 xdotool search --sync --onlyvisible --name 'protokoll-kopia' >/dev/null ||
    { echo "gio open did not open protokoll-kopia at the desk" >&2; exit 1; }
stop_root_processes TERM
sleep 1
stop_root_processes KILL

step "apt purge paragraf"
in_root apt-get purge -y -qq paragraf >/dev/null
left=0
while IFS= read -r path; do
    [[ -z $path || $path == /. ]] && continue
    if [[ -d $root$path && ! -L $root$path ]]; then
        # A folder may stay when another package owns it; an empty one of ours may not.
        if [[ -z $(ls -A "$root$path") ]] && ! in_root dpkg -S "$path" >/dev/null 2>&1; then
            echo "left behind (an empty folder): $path" >&2
            left=$((left + 1))
        fi
    elif [[ -e $root$path || -L $root$path ]]; then
        echo "left behind: $path" >&2
        left=$((left + 1))
    fi
done < "$root/tmp/package-files"
in_root dpkg -l paragraf 2>/dev/null | grep -q '^ii' && { echo "still installed" >&2; left=$((left + 1)); }
for mine in exempel.paragraf protokoll.pdf protokoll-kopia; do
    [[ -f $root$home/$mine ]] || { echo "the user's $mine was removed" >&2; left=$((left + 1)); }
done
((left == 0)) || exit 1
echo "package test passed: $(wc -l < "$root/tmp/package-files") paths installed and removed, the user's files kept ($((SECONDS - started)) s)"
