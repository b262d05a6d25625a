#!/usr/bin/env bash
# Use a frozen Rijkapp as a user would: bash packaging/bundle-check.sh GUI CLI
#
#   GUI, CLI   the two commands: dist/bundle/rijkapp/{rijkapp,rijkapp-cli}, or after installing
#              the .deb /usr/bin/rijkapp and /usr/bin/rijkapp-cli
#
# In one private keyring session (scripts/with-keyring.sh), with the working folder outside the
# checkout: the version; the window at its first paint, offscreen and in Xvfb, in Dutch; the
# example imported with the CLI, answered in Dutch; and the PDF of its talk, checked to be a
# whole PDF. Every step prints PASS or FAIL; the exit code is 0 only when all passed.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "${1:-}" = --inside ]; then
    gui=$2 cli=$3 example=$4 work=$5
    cd "$work" || exit 1
    unset PYTHONPATH RIJKAPP_LANG
    failed=0
    check() {
        local name=$1
        shift
        if "$@"; then echo "bundle check: PASS $name"; else echo "bundle check: FAIL $name"; failed=1; fi
    }
    smoke() {
        local platform=$1
        shift
        "$@" env QT_QPA_PLATFORM="$platform" timeout 120 "$gui" --temp-datadir --smoke=ready >smoke.out 2>&1
        local rc=$?
        cat smoke.out
        [ "$rc" -eq 0 ] && grep -q "SMOKE OK platform=$platform language=nl catalogues=rijkapp_nl" smoke.out &&
            grep -q "page=Overzicht" smoke.out
    }
    talk_pdf() {
        "$cli" --data-dir "$work/data" import "$example" >import.out 2>&1 &&
            grep -q "geïmporteerd" import.out &&
            "$cli" --data-dir "$work/data" talk pdf t1 "$work/gesprek.pdf" &&
            [ "$(head -c 5 "$work/gesprek.pdf")" = "%PDF-" ] &&
            tail -c 1024 "$work/gesprek.pdf" | grep -q "%%EOF" &&
            echo "   gesprek.pdf: $(stat -c %s "$work/gesprek.pdf") bytes"
    }
    check "version" "$cli" --version
    check "window in Dutch, offscreen" smoke offscreen
    check "window in Dutch, Xvfb" smoke xcb xvfb-run -a -s "-screen 0 1280x800x24"
    check "import and talk PDF (rijkapp-cli)" talk_pdf
    exit "$failed"
fi

gui=$(command -v "$1") cli=$(command -v "$2")
example=$here/../tests/data/example.json
work=$(mktemp -d "${TMPDIR:-/tmp}/rijkapp-bundle-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
bash "$here/../scripts/with-keyring.sh" bash "$here/bundle-check.sh" --inside "$gui" "$cli" \
    "$(realpath "$example")" "$work"
