#!/usr/bin/env bash
# Freeze Rijkapp into a one-folder bundle with PyInstaller: dist/bundle/rijkapp/{rijkapp,rijkapp-cli}
#
#   RIJKAPP_DIST    where the bundle goes (default: <repo>/dist/bundle)
#   RIJKAPP_BUILD   PyInstaller's work folder (default: <repo>/build/pyinstaller)
#
# Uses the project venv (made and installed as scripts/start.sh does) and adds the pinned
# PyInstaller from constraints.txt to it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$RK_ROOT"

dist=${RIJKAPP_DIST:-$RK_ROOT/dist/bundle}
work=${RIJKAPP_BUILD:-$RK_ROOT/build/pyinstaller}

rk_ensure_venv
rk_install
if ! "$RK_PY" -c 'import PyInstaller' 2>/dev/null; then
    rk_say "Installing PyInstaller (pinned in constraints.txt)"
    rk_pip install -c constraints.txt pyinstaller || rk_die "pip install pyinstaller failed."
fi
rk_build_translations

rk_say "Freezing Rijkapp with PyInstaller into $dist/rijkapp"
"$RK_VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/rijkapp.spec
for program in rijkapp rijkapp-cli; do
    [ -x "$dist/rijkapp/$program" ] || rk_die "the bundle has no $program"
done
echo "bundle: $dist/rijkapp ($(du -sh "$dist/rijkapp" | cut -f1))"
