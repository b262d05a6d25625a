#!/usr/bin/env bash
# Wrap the PyInstaller bundle in a .deb: bash packaging/build-deb.sh [BUNDLE_DIR] [OUT_DIR]
#
#   /opt/rijkapp/                 the bundle (rijkapp, rijkapp-cli, _internal/)
#   /usr/bin/rijkapp, rijkapp-cli symlinks into /opt/rijkapp
#   /usr/share/applications/rijkapp.desktop, the icon, /usr/share/doc/rijkapp/copyright
#
# BUNDLE_DIR defaults to dist/bundle/rijkapp, OUT_DIR to dist/deb. Prints the .deb's path last.
#   RIJKAPP_MAINTAINER        the Maintainer field (default: a placeholder address)
#   RIJKAPP_DEB_COMPRESSION   zstd (default: 0.6 s, ~75 MB) or xz (~6 s, ~60 MB). debsigs in
#                             Debian 12 cannot sign .zst members, so a release that carries a
#                             debsigs signature is built with xz (packaging/ci.sh does).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bundle=$(realpath "${1:-$root/dist/bundle/rijkapp}")
out=${2:-$root/dist/deb}
maintainer=${RIJKAPP_MAINTAINER:-Rijkapp <rijkapp@example.invalid>}
case ${RIJKAPP_DEB_COMPRESSION:-zstd} in
    zstd) compress=(-Zzstd -z3) ;;
    xz) compress=(-Zxz -z1) ;;
    *) echo "RIJKAPP_DEB_COMPRESSION must be zstd or xz" >&2; exit 1 ;;
esac

[ -x "$bundle/rijkapp" ] || { echo "No bundle at $bundle: run packaging/build-bundle.sh" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is missing (Debian/Ubuntu only)." >&2; exit 1; }

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/rijkapp/__init__.py")
[ -n "$version" ] || { echo "No __version__ in rijkapp/__init__.py" >&2; exit 1; }
arch=$(dpkg --print-architecture)
name=rijkapp_${version}_${arch}

stage=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-deb.XXXXXX")
trap 'rm -rf "$stage"' EXIT
pkg=$stage/$name
umask 022
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
    "$pkg/usr/share/doc/rijkapp"

cp -a "$bundle" "$pkg/opt/rijkapp"
chmod -R u+rwX,go+rX,go-w "$pkg/opt/rijkapp"
ln -s /opt/rijkapp/rijkapp "$pkg/usr/bin/rijkapp"
if [ -x "$bundle/rijkapp-cli" ]; then
    ln -s /opt/rijkapp/rijkapp-cli "$pkg/usr/bin/rijkapp-cli"
fi
install -m 644 "$root/packaging/rijkapp.desktop" "$pkg/usr/share/applications/rijkapp.desktop"
if [ -f "$root/resources/icons/rijkapp.svg" ]; then
    install -D -m 644 "$root/resources/icons/rijkapp.svg" \
        "$pkg/usr/share/icons/hicolor/scalable/apps/rijkapp.svg"
elif [ -f "$root/resources/icons/rijkapp.png" ]; then
    install -D -m 644 "$root/resources/icons/rijkapp.png" \
        "$pkg/usr/share/icons/hicolor/256x256/apps/rijkapp.png"
fi
cat >"$pkg/usr/share/doc/rijkapp/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Rijkapp
License: EUPL-1.2
Comment: /opt/rijkapp holds a PyInstaller bundle with Python, Qt for Python (PySide6, LGPL-3.0),
 SQLCipher (BSD-3-Clause), reportlab (BSD), pypdf (BSD-3-Clause), babel (BSD), keyring (MIT),
 holidays (MIT), icalendar (BSD), sqlite-utils (Apache-2.0), platformdirs (MIT) and their
 dependencies, each under its own licence; their licence files are in
 /opt/rijkapp/_internal/*.dist-info. The DejaVu Sans font (Bitstream Vera licence, DejaVu
 changes in the public domain) is in /opt/rijkapp/_internal/rijkapp/_data/resources/fonts/dejavu
 with its LICENSE.
COPYRIGHT

installed_size=$(du -sk --apparent-size "$pkg" | cut -f1)
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: rijkapp
Version: $version
Section: utils
Priority: optional
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $installed_size
Depends: libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1
Recommends: gnome-keyring | keepassxc | kwalletmanager
Description: private HR companion for Dutch central-government employees
 Rijkapp helps people who work for the Rijk (CAO Rijk) plan leave in hours,
 their individueel keuzebudget (IKB), development budgets and the talks of the
 gesprekscyclus. Everything stays on this computer in one encrypted file
 (SQLCipher, with the key in the desktop keyring); the app never goes online.
 .
 Persoonlijke HR-hulp voor medewerkers van het Rijk: verlof, IKB, ontwikkeling
 en gesprekken, privé en offline.
CONTROL

mkdir -p "$out"
deb=$(realpath "$out")/$name.deb
# zstd: 0.6 s instead of 40 s for default xz (probe, section 8); dpkg in bookworm reads it.
dpkg-deb --root-owner-group "${compress[@]}" --build "$pkg" "$deb" >/dev/null
echo "$deb"
