#!/usr/bin/env bash
# The wheel job: build Rijkapp's wheel from this checkout, install it into a fresh venv in a
# temporary folder outside the checkout, and use it from there as after `pip install .`:
#
#   bash packaging/wheel-check.sh
#
#   1. build       `pip wheel --no-deps` of the checkout's files (a copy: no stale build/ output)
#   2. install     into a new venv, pinned by constraints.txt
#   3. contents    the installed package has the rule book, icons, style sheet and compiled
#                  translations, and reads them from itself, not from the checkout
#   4. import      `python -m rijkapp --data-dir D import EXAMPLE`, answered in Dutch; EXAMPLE is
#                  ../shared/spec/example.json beside the checkout, else tests/data/example.json
#   5. balances    `python -m rijkapp --data-dir D balances --on 2026-11-28 --json`
#   6. GUI smoke   `rijkapp --temp-datadir --smoke=ready` in Xvfb, in Dutch: the smoke line must name
#                  the Dutch catalogue (rijkapp_nl) and the Dutch first page (Overzicht)
#
# Steps 4-6 run with the working folder outside the checkout, in one private keyring session
# (scripts/with-keyring.sh), so the data key made by the import is there for balances. Every
# step prints PASS or FAIL; the exit code is 0 only when all passed.
#
#   RIJKAPP_WHEEL_WORK   the folder to work in (default: a new temporary one, removed after)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

failed=0
# check NAME COMMAND...: run it and print PASS or FAIL with the time it took.
check() {
    local name=$1 t0=$SECONDS rc
    shift
    "$@"
    rc=$?
    if [ "$rc" -eq 0 ]; then
        echo "wheel check: PASS $name ($((SECONDS - t0))s)"
    else
        echo "wheel check: FAIL $name (exit $rc)"
        failed=1
    fi
    return "$rc"
}

# --- steps 4-6, inside the keyring session: wheel-check.sh --use VENV WORK EXAMPLE ------------
if [ "${1:-}" = --use ]; then
    venv=$2 work=$3 example=$4
    cd "$work" || exit 1
    unset PYTHONPATH RIJKAPP_LANG  # the installed package alone, in its default language
    run_import() {
        "$venv/bin/python" -m rijkapp --data-dir "$work/data" import "$example" | tee import.out \
            && grep -q "geïmporteerd" import.out
    }
    run_balances() {
        "$venv/bin/python" -m rijkapp --data-dir "$work/data" balances --on 2026-11-28 --json \
            >balances.json &&
            "$venv/bin/python" -c '
import json, sys
figures = json.load(open(sys.argv[1], encoding="utf-8"))
print("   leave:", figures["leave"]["total_hours"], "hours; IKB available:",
      figures["ikb"]["available"])
' balances.json
    }
    run_smoke() {
        timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
            env QT_QPA_PLATFORM=xcb "$venv/bin/rijkapp" --temp-datadir --smoke=ready 2>&1 | tee smoke.out
        [ "${PIPESTATUS[0]}" -eq 0 ] &&
            grep -q "SMOKE OK platform=xcb language=nl catalogues=rijkapp_nl" smoke.out &&
            grep -q "page=Overzicht" smoke.out
    }
    echo "   from $work with $example"
    check "import (python -m rijkapp import, in Dutch)" run_import
    check "balances (python -m rijkapp balances --json)" run_balances
    check "GUI smoke in Dutch (rijkapp --temp-datadir --smoke=ready, Xvfb)" run_smoke
    exit "$failed"
fi

# --- steps 1-3 --------------------------------------------------------------------------------
source "$here/../scripts/lib.sh"
cd "$RK_ROOT" || exit 1
started=$SECONDS

missing=$( { rk_missing_venv_pkg; rk_missing_libs; rk_missing_tools; } | sort -u)
# shellcheck disable=SC2086 # one package per word
rk_apt_install "the wheel check: Python venv, Qt libraries, Xvfb, D-Bus, gnome-keyring" $missing

if [ -n "${RIJKAPP_WHEEL_WORK:-}" ]; then
    work=$RIJKAPP_WHEEL_WORK
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-wheel.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi
work=$(cd "$work" && pwd)
case $work/ in
    "$RK_ROOT"/*) rk_die "RIJKAPP_WHEEL_WORK must lie outside the checkout ($RK_ROOT)" ;;
esac
example=$RK_ROOT/../shared/spec/example.json
[ -f "$example" ] || example=$RK_ROOT/tests/data/example.json
example=$(realpath "$example")
venv=$work/venv

rk_say "The wheel: build, install in $venv, run from $work"

build() {
    # The files git knows (committed or new, not ignored), so the wheel is what a clone builds.
    rm -rf "$work/src" "$work/dist"
    mkdir -p "$work/src"
    git ls-files -z --cached --others --exclude-standard |
        tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$work/src" &&
        "$(rk_python)" -m venv "$venv" &&
        RK_PY=$venv/bin/python rk_pip wheel --no-deps -w "$work/dist" "$work/src" &&
        wheel=$(ls "$work"/dist/rijkapp-*.whl) &&
        echo "   $(basename "$wheel"): $(stat -c %s "$wheel") bytes"
}
install() {
    RK_PY=$venv/bin/python rk_pip install -c "$RK_ROOT/constraints.txt" "$wheel"
}
contents() {
    # From outside the checkout, so that only the installed package can answer.
    (cd "$work" && env -u PYTHONPATH "$venv/bin/python" - "$venv") <<'PY'
import sys
from pathlib import Path

import rijkapp
from rijkapp.paths import app_files

venv = Path(sys.argv[1]).resolve()
files = app_files()
wanted = {
    "rule book": sorted((files.resources / "rules").glob("*.toml")),
    "icons": sorted((files.resources / "icons").glob("*.svg")),
    "style sheet": [files.resources / "ui" / "rijkapp.qss"],
    "core catalogues (.mo)": sorted(files.compiled_translations.glob("*/LC_MESSAGES/rijkapp.mo")),
    "window catalogues (.qm)": sorted(files.compiled_translations.glob("rijkapp_*.qm")),
}
problems = [f"{what}: none" for what, found in wanted.items() if not found]
problems += [f"missing {p}" for found in wanted.values() for p in found if not p.is_file()]
where = Path(rijkapp.__file__).resolve()
if not where.is_relative_to(venv) or not files.resources.resolve().is_relative_to(venv):
    problems.append(f"not read from the venv: {where}, {files.resources}")
if files.translation_sources is not None:
    problems.append(f"reads translation sources from {files.translation_sources}")
for what, found in wanted.items():
    names = ("/".join(p.parts[-3:]) if p.suffix == ".mo" else p.name for p in found)
    print(f"   {what}: {', '.join(names)}")
for problem in problems:
    print(f"   {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
}

wheel=
check "build (pip wheel)" build && check "install (fresh venv, constraints.txt)" install &&
    check "contents (rules, icons, style sheet, .mo, .qm)" contents &&
    { timeout 600 bash "$RK_ROOT/scripts/with-keyring.sh" \
        bash "$here/wheel-check.sh" --use "$venv" "$work" "$example" || failed=1; }

if [ "$failed" -eq 0 ]; then
    echo "wheel check: PASS, all steps, $((SECONDS - started))s"
else
    echo "wheel check: FAIL (see the steps marked FAIL above), $((SECONDS - started))s"
fi
exit "$failed"
