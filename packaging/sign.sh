#!/usr/bin/env bash
# Sign the release files in a folder: bash packaging/sign.sh [DIR]   (default: dist/deb)
#
# Writes, next to the .deb files:
#   SHA256SUMS            sha256 of every .deb
#   SHA256SUMS.asc        a detached, armored OpenPGP signature of SHA256SUMS
#   rijkapp-release.gpg   the public key (binary, for gpgv) and rijkapp-release.asc (armored)
# and, when debsigs is installed, signs each .deb inside as well (an _gpgorigin member that
# debsig-verify checks). That happens first: it changes the .deb, and so its checksum.
#
# The key, in this order:
#   RIJKAPP_SIGNING_KEY_FILE    an armored secret key to import (into a temporary GNUPGHOME)
#   RIJKAPP_SIGNING_KEY_ID      a key already in GNUPGHOME (or ~/.gnupg)
#   RIJKAPP_SIGNING_PASSPHRASE  its passphrase, if it has one
#   otherwise, when CI=true or RIJKAPP_THROWAWAY_KEY=1: a throwaway key made for this run only;
#   its signature proves the files were not changed after this build, not who built them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$(realpath "${1:-$root/dist/deb}")
shopt -s nullglob
debs=("$dir"/*.deb)
[ ${#debs[@]} -gt 0 ] || { echo "sign.sh: no .deb in $dir" >&2; exit 1; }
command -v gpg >/dev/null || { echo "sign.sh: gpg is missing (apt-get install gnupg)." >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-sign.XXXXXX")
own_home=""
cleanup() {
    [ -n "$own_home" ] && gpgconf --homedir "$own_home" --kill all 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

passphrase_args=()
if [ -n "${RIJKAPP_SIGNING_PASSPHRASE:-}" ]; then
    printf '%s' "$RIJKAPP_SIGNING_PASSPHRASE" >"$tmp/passphrase"
    passphrase_args=(--pinentry-mode loopback --passphrase-file "$tmp/passphrase")
fi

throwaway=0
if [ -n "${RIJKAPP_SIGNING_KEY_FILE:-}" ]; then
    own_home=$tmp/gnupg
    mkdir -m 700 "$own_home"
    echo no-auto-check-trustdb >"$own_home/gpg.conf"
    export GNUPGHOME=$own_home
    gpg --batch --quiet "${passphrase_args[@]}" --import "$RIJKAPP_SIGNING_KEY_FILE"
    keyid=$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" {print $10; exit}')
elif [ -n "${RIJKAPP_SIGNING_KEY_ID:-}" ]; then
    keyid=$RIJKAPP_SIGNING_KEY_ID
elif [ "${CI:-}" = true ] || [ "${RIJKAPP_THROWAWAY_KEY:-0}" = 1 ]; then
    throwaway=1
    own_home=$tmp/gnupg
    mkdir -m 700 "$own_home"
    echo no-auto-check-trustdb >"$own_home/gpg.conf"
    export GNUPGHOME=$own_home
    gpg --batch --quiet --passphrase '' \
        --quick-gen-key "Rijkapp throwaway build key <build@example.invalid>" ed25519 sign 1d
    keyid=$(gpg --batch --with-colons --list-secret-keys | awk -F: '$1 == "fpr" {print $10; exit}')
else
    cat >&2 <<'MSG'
sign.sh: no signing key. Set RIJKAPP_SIGNING_KEY_FILE (an armored secret key) or
RIJKAPP_SIGNING_KEY_ID (a key in your GNUPGHOME), or RIJKAPP_THROWAWAY_KEY=1 for a test build.
MSG
    exit 1
fi
[ -n "$keyid" ] || { echo "sign.sh: the signing key was not found." >&2; exit 1; }
sign=(gpg --batch --quiet --no-auto-check-trustdb --yes --local-user "$keyid" "${passphrase_args[@]}")

# Route A: debsigs puts an origin signature inside each .deb. It calls gpg through the agent,
# so sign something once first to let the agent hold a passphrase, if there is one.
if command -v debsigs >/dev/null; then
    echo probe | "${sign[@]}" --detach-sign -o /dev/null
    for deb in "${debs[@]}"; do
        if ar t "$deb" | grep -qx _gpgorigin; then
            echo "already debsigs-signed: $(basename "$deb")"
        elif ar t "$deb" | grep -q '\.zst$'; then
            # debsigs 0.1.26 (Debian 12) looks for .gz/.xz members only and would sign nothing.
            echo "debsigs: skipped $(basename "$deb"): zstd members cannot be signed by this" \
                "debsigs; build with RIJKAPP_DEB_COMPRESSION=xz for an inner signature."
        else
            debsigs --sign=origin --default-key="$keyid" "$deb"
            echo "debsigs: signed $(basename "$deb")"
        fi
    done
else
    echo "debsigs is not installed: the .deb files carry no inner signature (route B only)."
fi

# Route B: checksums and a detached signature over them.
(cd "$dir" && sha256sum -- *.deb >SHA256SUMS)
"${sign[@]}" --armor --detach-sign -o "$dir/SHA256SUMS.asc" "$dir/SHA256SUMS"
gpg --batch --yes --export "$keyid" >"$dir/rijkapp-release.gpg"
gpg --batch --yes --armor --export "$keyid" >"$dir/rijkapp-release.asc"
if [ "$throwaway" = 1 ]; then
    echo "NOTE: signed with a THROWAWAY key ($keyid); not a release signature." \
        | tee "$dir/THROWAWAY-KEY.txt"
else
    rm -f "$dir/THROWAWAY-KEY.txt"
fi
echo "signed: $dir/SHA256SUMS.asc (key $keyid)"
