#!/usr/bin/env bash
# Start Rijkapp from this checkout: `bash scripts/start.sh [rijkapp options]`.
#
# On first use it makes .venv, installs Rijkapp with the pinned versions from constraints.txt
# and compiles the translations; later starts skip the install unless pyproject.toml or
# constraints.txt changed. Missing system libraries for Qt are installed with apt-get when run
# as root; otherwise the exact command to install them is printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

missing=$( { rk_missing_venv_pkg; rk_missing_libs; } | sort -u)
# shellcheck disable=SC2086 # one package per word
rk_apt_install "Python venv and Qt's system libraries" $missing

rk_ensure_venv
rk_install
rk_build_translations

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    rk_die "There is no display (DISPLAY and WAYLAND_DISPLAY are unset): start Rijkapp from a \
desktop session. Without one, QT_QPA_PLATFORM=offscreen runs it invisibly (for tests)."
fi
[ -x "$RK_VENV/bin/rijkapp" ] || rk_die "$RK_VENV/bin/rijkapp is missing: the install did not \
create the 'rijkapp' command. Check [project.scripts] in pyproject.toml."
exec "$RK_VENV/bin/rijkapp" "$@"
