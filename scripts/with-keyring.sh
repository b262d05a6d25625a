#!/usr/bin/env bash
# Run a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service):
#
#     bash scripts/with-keyring.sh .venv/bin/python -m pytest tests/integration
#
# HOME, XDG_RUNTIME_DIR and the other XDG folders point into a temporary directory, so the
# user's real keyring and data are never touched; it is removed afterwards. The keyring's
# password is random and used only to unlock it once. The command's exit code is returned.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "with-keyring.sh: $tool is missing (sudo apt-get install dbus gnome-keyring)." >&2
        exit 1
    }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/state"
chmod 700 "$tmp/run"

export HOME=$tmp/home
export XDG_RUNTIME_DIR=$tmp/run
export XDG_DATA_HOME=$tmp/data
export XDG_CONFIG_HOME=$tmp/config
export XDG_CACHE_HOME=$tmp/cache
export XDG_STATE_HOME=$tmp/state
# A keyring backend forced from outside would defeat the point of this script.
unset PYTHON_KEYRING_BACKEND
RIJKAPP_KEYRING_PW=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
export RIJKAPP_KEYRING_PW

set +e
# shellcheck disable=SC2016 # expanded by the inner shell
dbus-run-session -- sh -c '
    printf %s "$RIJKAPP_KEYRING_PW" \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    unset RIJKAPP_KEYRING_PW
    exec "$@"
' with-keyring "$@" 2> >(grep --line-buffered -v "Failed to set fd limit" >&2)
rc=$?
set -e
exit $rc
