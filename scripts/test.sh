#!/usr/bin/env bash
# Run all of Rijkapp's checks and tests: `bash scripts/test.sh [pytest arguments]`.
#
#   1. system packages (installed with apt-get as root; otherwise the exact command is printed)
#   2. .venv with `pip install -e '.[test]'` pinned by constraints.txt (skipped when unchanged)
#   3. translations built, then checked to be complete (scripts/build_translations.py --check)
#   4. ruff check, mypy (strict on rijkapp/, ui/ and tests/)
#   5. pytest, the whole suite, offscreen, inside a private D-Bus session with an unlocked
#      gnome-keyring (scripts/with-keyring.sh); arguments are passed on: test.sh -k leave
#   6. the GUI smoke test in a real X server (Xvfb): rijkapp --temp-datadir --smoke=ready
#
# Every step runs even when an earlier one fails; the summary at the end says what failed and
# the exit code is 0 only when everything passed. "No tests collected" counts as a failure.
#
#   RIJKAPP_TEST_TIMEOUT     seconds one test may take before pytest dumps tracebacks and
#                            stops (default 300); RIJKAPP_PYTEST_TIMEOUT: the whole run (1500)
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$RK_ROOT" || exit 1

started=$SECONDS

# --- setup: failures here stop the run ---------------------------------------------------------
missing=$( { rk_missing_venv_pkg; rk_missing_libs; rk_missing_tools; } | sort -u)
# shellcheck disable=SC2086 # one package per word
rk_apt_install "the test suite: Python venv, Qt libraries, Xvfb, D-Bus, gnome-keyring, poppler" \
    $missing
rk_ensure_venv
rk_install test
rk_build_translations
setup_time=$((SECONDS - started))

# --- checks: each one runs and is summed up -------------------------------------------------
names=() results=() times=()
failed=0
log=$(mktemp "${TMPDIR:-/tmp}/rijkapp-test.XXXXXX")
trap 'rm -f "$log"' EXIT

# step NAME COMMAND...: run it, remember pass/fail and how long it took.
step() {
    local name=$1 t0=$SECONDS rc
    shift
    rk_say "$name"
    "$@"
    rc=$?
    names+=("$name")
    times+=($((SECONDS - t0)))
    if [ "$rc" -eq 0 ]; then
        results+=(PASS)
    else
        results+=("FAIL (exit $rc)")
        failed=1
    fi
    return 0
}

skip() {
    names+=("$1")
    results+=("skipped: $2")
    times+=(0)
}

run_pytest() {
    local rc per_test=${RIJKAPP_TEST_TIMEOUT:-300} whole=${RIJKAPP_PYTEST_TIMEOUT:-1500}
    # A test that hangs (a modal dialog, a lost signal) must not eat the CI budget: after
    # $per_test s pytest prints every thread's traceback and exits; the whole run gets $whole s.
    QT_QPA_PLATFORM=offscreen timeout -s INT -k 30 "$whole" \
        bash scripts/with-keyring.sh "$RK_PY" -m pytest \
        -o faulthandler_timeout="$per_test" -o faulthandler_exit_on_timeout=true "$@"
    rc=$?
    case $rc in
        5) echo "pytest collected no tests: that is a failure, not a pass." >&2 ;;
        124 | 137) echo "pytest ran longer than ${whole}s and was stopped." >&2 ;;
    esac
    return "$rc"
}

run_smoke() {
    local rc
    if [ ! -x "$RK_VENV/bin/rijkapp" ]; then
        echo "$RK_VENV/bin/rijkapp is missing: no GUI entry point was installed." >&2
        return 1
    fi
    # Under the keyring session too, so a new data folder can keep its key as a user's would.
    timeout 120 bash scripts/with-keyring.sh \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        env QT_QPA_PLATFORM=xcb "$RK_VENV/bin/rijkapp" --temp-datadir --smoke=ready 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    if [ "$rc" -ne 0 ]; then
        return "$rc"
    fi
    if ! grep -q "SMOKE OK platform=xcb" "$log"; then
        echo "The smoke run exited 0 but did not print 'SMOKE OK platform=xcb'." >&2
        return 1
    fi
}

step "translations complete (build_translations.py --check)" "$RK_PY" scripts/build_translations.py --check
step "ruff check" "$RK_VENV/bin/ruff" check .
step "ruff format --check" "$RK_VENV/bin/ruff" format --check .
step "mypy (strict: rijkapp/, ui/, tests/)" "$RK_VENV/bin/mypy"
step "pytest (offscreen, Secret Service)" run_pytest "$@"
step "GUI smoke (Xvfb, xcb)" run_smoke

# --- summary -----------------------------------------------------------------------------------
total=$((SECONDS - started))
{
    echo
    echo "================================ Rijkapp test summary ================================"
    printf '  %-56s %s\n' "setup (packages, venv, install, translations)" "done  ${setup_time}s"
    for i in "${!names[@]}"; do
        printf '  %-56s %s  %ss\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
    done
    echo "  total ${total}s"
    if [ "$failed" -eq 0 ]; then
        echo "  RESULT: everything passed"
    else
        echo "  RESULT: FAILED (see the steps marked FAIL above)"
    fi
    echo "======================================================================================="
} >&2
exit "$failed"
