#!/usr/bin/env bash
# Verify signed release files: bash packaging/verify.sh [DIR] [PUBLIC_KEY]
#
#   DIR          holds the .deb files, SHA256SUMS and SHA256SUMS.asc (default: dist/deb)
#   PUBLIC_KEY   the release key (binary or armored). Default: DIR/rijkapp-release.gpg; that only
#                proves the files match each other. To know who built them, pass the release key
#                you got another way (a release announcement, a colleague, the intranet).
#
# Checks: the OpenPGP signature on SHA256SUMS (gpgv), every checksum, and, where a .deb carries
# a debsigs signature and debsig-verify is installed, that signature too. Exit 0 only if all pass.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=$(realpath "${1:-$root/dist/deb}")
key=$(realpath "${2:-$dir/rijkapp-release.gpg}")

for tool in gpg gpgv sha256sum; do
    command -v "$tool" >/dev/null || { echo "verify.sh: $tool is missing." >&2; exit 1; }
done
for f in SHA256SUMS SHA256SUMS.asc; do
    [ -f "$dir/$f" ] || { echo "verify.sh: $dir/$f is missing." >&2; exit 1; }
done
[ -f "$key" ] || { echo "verify.sh: no public key at $key." >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-verify.XXXXXX")
trap 'gpgconf --homedir "$tmp/gnupg" --kill all 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/gnupg"
# gpgv wants a binary keyring; an armored key is converted first.
if head -c 40 "$key" | grep -q -- "-----BEGIN PGP"; then
    gpg --batch --quiet --homedir "$tmp/gnupg" --dearmor <"$key" >"$tmp/release.gpg"
else
    cp "$key" "$tmp/release.gpg"
fi
keyid=$(gpg --batch --quiet --homedir "$tmp/gnupg" --with-colons --show-keys "$tmp/release.gpg" \
    | awk -F: '$1 == "pub" {print $5; exit}')

failed=0
echo "1. signature on SHA256SUMS (key $keyid)"
if gpgv --keyring "$tmp/release.gpg" "$dir/SHA256SUMS.asc" "$dir/SHA256SUMS" 2>"$tmp/gpgv.log"; then
    grep -E "Good signature|using" "$tmp/gpgv.log" | sed 's/^/   /'
else
    sed 's/^/   /' "$tmp/gpgv.log"
    echo "   FAILED: the signature does not match SHA256SUMS and this key." >&2
    failed=1
fi

echo "2. checksums"
if (cd "$dir" && sha256sum --strict -c SHA256SUMS) | sed 's/^/   /'; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    :
else
    echo "   FAILED: a file does not match its checksum." >&2
    failed=1
fi
shopt -s nullglob
listed=$(awk '{print $2}' "$dir/SHA256SUMS" | sed 's/^\*//' | sort)
present=$(cd "$dir" && ls -- *.deb 2>/dev/null | sort)
if [ "$listed" != "$present" ]; then
    echo "   FAILED: the .deb files here are not exactly those in SHA256SUMS." >&2
    failed=1
fi

echo "3. debsigs signatures inside the .deb files"
for deb in "$dir"/*.deb; do
    if ! ar t "$deb" 2>/dev/null | grep -qx _gpgorigin; then
        echo "   $(basename "$deb"): no inner signature (signed without debsigs)"
        continue
    fi
    if ! command -v debsig-verify >/dev/null; then
        echo "   $(basename "$deb"): has one, but debsig-verify is not installed; not checked"
        continue
    fi
    mkdir -p "$tmp/debsig/policies/$keyid" "$tmp/debsig/keyrings/$keyid"
    cp "$tmp/release.gpg" "$tmp/debsig/keyrings/$keyid/debsig.gpg"
    cat >"$tmp/debsig/policies/$keyid/rijkapp.pol" <<POLICY
<?xml version="1.0"?>
<!DOCTYPE Policy SYSTEM "https://www.debian.org/debsig/1.0/policy.dtd">
<Policy xmlns="https://www.debian.org/debsig/1.0/">
  <Origin Name="Rijkapp" id="$keyid" Description="Rijkapp release key"/>
  <Selection><Required Type="origin" File="debsig.gpg" id="$keyid"/></Selection>
  <Verification><Required Type="origin" File="debsig.gpg" id="$keyid"/></Verification>
</Policy>
POLICY
    if debsig-verify --policies-dir "$tmp/debsig/policies" --keyrings-dir "$tmp/debsig/keyrings" \
        "$deb" 2>&1 | sed 's/^/   /'; [ "${PIPESTATUS[0]}" -eq 0 ]; then
        :
    else
        echo "   FAILED: $(basename "$deb") does not carry a good debsigs signature." >&2
        failed=1
    fi
done

if [ "$failed" -eq 0 ]; then
    echo "VERIFIED: $dir"
else
    echo "NOT VERIFIED: $dir" >&2
fi
exit "$failed"
