#!/usr/bin/env bash
# The packaging job: freeze, smoke the bundle, build the .deb, sign, verify (and prove that
# verification catches tampering), then install, run and remove the .deb.
#
#   bash packaging/ci.sh
#
# Install-run-remove changes the system (/opt/rijkapp, /usr/bin/rijkapp), so it runs only as
# root and with CI=true or RIJKAPP_DEB_INSTALL_TEST=1, and never when a rijkapp package is
# already installed. Signing uses the release key from the environment (see sign.sh) or, in CI,
# a throwaway key.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$RK_ROOT"

started=$SECONDS
dist=$RK_ROOT/dist
out=$dist/deb
rm -rf "$out"

if rk_is_root && [ "${CI:-}" = true ]; then
    # Route A of the signing needs these (without them sign.sh/verify.sh do route B only),
    # and desktop-file-validate checks the menu entry.
    need=()
    command -v gpg >/dev/null || need+=(gnupg)
    command -v debsigs >/dev/null || need+=(debsigs)
    command -v debsig-verify >/dev/null || need+=(debsig-verify)
    command -v ar >/dev/null || need+=(binutils)
    command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
    # The bundle's ICU data is trimmed to Dutch and English with these (packaging/slim_icu.py).
    command -v icupkg >/dev/null || need+=(icu-devtools)
    command -v gcc >/dev/null || need+=(gcc)
    rk_apt_install "signing .deb files and slimming the bundle" "${need[@]}"
fi

t=$SECONDS
RIJKAPP_DIST=$dist/bundle bash packaging/build-bundle.sh
bundle=$dist/bundle/rijkapp
echo "   bundle built in $((SECONDS - t))s"

rk_say "The bundle as a user would use it (packaging/bundle-check.sh)"
bash packaging/bundle-check.sh "$bundle/rijkapp" "$bundle/rijkapp-cli" ||
    rk_die "the bundle did not work (see above)"

rk_say "Building the .deb"
# xz, not zstd: the release carries a debsigs signature too, and debsigs cannot sign zstd.
deb=$(RIJKAPP_DEB_COMPRESSION=xz bash packaging/build-deb.sh "$bundle" "$out" | tail -n 1)
bundle_mb=$(($(du -sk "$bundle" | cut -f1) / 1024))
deb_mb=$(($(stat -c %s "$deb") / 1048576))
echo "   sizes: bundle ${bundle_mb} MiB (goal at most 150), .deb ${deb_mb} MiB (goal at most 60)"
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p' | sed 's/^/   /'

rk_say "Signing and verifying"
bash packaging/sign.sh "$out"
bash packaging/verify.sh "$out"

rk_say "Verification must catch tampering"
tamper=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-tamper.XXXXXX")
trap 'rm -rf "$tamper"' EXIT
cp -a "$out" "$tamper/flipped"
target=$(ls "$tamper"/flipped/*.deb | head -n 1)
size=$(stat -c %s "$target")
printf '\x00' | dd of="$target" bs=1 seek=$((size / 2)) conv=notrunc status=none
if bash packaging/verify.sh "$tamper/flipped" "$out/rijkapp-release.gpg" >/dev/null 2>&1; then
    rk_die "verify.sh accepted a .deb with a changed byte"
fi
cp -a "$out" "$tamper/sums"
first=$(head -c 1 "$tamper/sums/SHA256SUMS")
sed -i "1s/^./$([ "$first" = 0 ] && echo 1 || echo 0)/" "$tamper/sums/SHA256SUMS"
if bash packaging/verify.sh "$tamper/sums" "$out/rijkapp-release.gpg" >/dev/null 2>&1; then
    rk_die "verify.sh accepted a changed SHA256SUMS"
fi
echo "   a changed byte in the .deb and a changed SHA256SUMS are both refused"

if rk_is_root && { [ "${CI:-}" = true ] || [ "${RIJKAPP_DEB_INSTALL_TEST:-0}" = 1 ]; }; then
    if dpkg-query -W -f='${Status}' rijkapp 2>/dev/null | grep -q "ok installed"; then
        rk_warn "a rijkapp package is installed already; not touching it (install test skipped)"
    else
        rk_say "Install, run and remove the .deb"
        dpkg -i "$deb" >/dev/null
        status=0
        {
            [ "$(readlink -f /usr/bin/rijkapp)" = /opt/rijkapp/rijkapp ] &&
                bash packaging/bundle-check.sh rijkapp rijkapp-cli
        } || status=$?
        if command -v desktop-file-validate >/dev/null; then
            desktop-file-validate /usr/share/applications/rijkapp.desktop || status=1
        fi
        dpkg -r rijkapp >/dev/null 2>&1 || status=1
        [ ! -e /opt/rijkapp ] && [ ! -e /usr/bin/rijkapp ] || {
            echo "   /opt/rijkapp or /usr/bin/rijkapp is still there after dpkg -r" >&2
            status=1
        }
        [ "$status" -eq 0 ] || rk_die "the installed package did not work (see above)"
        echo "   installed, started in Dutch (offscreen and Xvfb), made a talk PDF, removed cleanly"
    fi
else
    echo "(install-run-remove skipped: needs root and CI=true or RIJKAPP_DEB_INSTALL_TEST=1)"
fi

echo "packaging: done in $((SECONDS - started))s; release files in $out:"
ls -l "$out" | sed 's/^/   /'
