# Shared by scripts/start.sh and scripts/test.sh: system packages, the venv, the install, and the
# translations. Source it; it defines functions and a few variables and changes nothing by itself.
#
#   RIJKAPP_PYTHON   the Python that makes the venv (default: python3; 3.11 or newer)
#   RIJKAPP_VENV     the venv (default: <repo>/.venv)

RK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RK_VENV=${RIJKAPP_VENV:-$RK_ROOT/.venv}
RK_PY=$RK_VENV/bin/python

# What the Qt wheels load from the system, as "soname:Debian package". Checked by soname so that
# renamed packages (Ubuntu's *t64) still count as present; installed by package name.
RK_QT_LIBS="
libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4
libxcb-keysyms.so.1:libxcb-keysyms1
libxkbcommon-x11.so.0:libxkbcommon-x11-0
libEGL.so.1:libegl1
libGL.so.1:libgl1
libfontconfig.so.1:libfontconfig1
libdbus-1.so.3:libdbus-1-3
libglib-2.0.so.0:libglib2.0-0
libX11-xcb.so.1:libx11-xcb1
libxcb-image.so.0:libxcb-image0
libxcb-randr.so.0:libxcb-randr0
libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0
libxcb-sync.so.1:libxcb-sync1
libxcb-xfixes.so.0:libxcb-xfixes0
libxcb-xkb.so.1:libxcb-xkb1
"

# What the test run needs besides Qt, as "command or file:Debian package".
RK_TEST_TOOLS="
xvfb-run:xvfb
Xvfb:xvfb
xauth:xauth
dbus-run-session:dbus
dbus-daemon:dbus
gnome-keyring-daemon:gnome-keyring
pdftotext:poppler-utils
pdftoppm:poppler-utils
/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core
"

rk_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
rk_warn() { printf 'WARNING: %s\n' "$*" >&2; }
rk_die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
rk_is_root() { [ "$(id -u)" -eq 0 ]; }

# --- system packages -------------------------------------------------------------------------

_rk_have_lib() {
    local ldconfig
    ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
    "$ldconfig" -p 2>/dev/null | grep -q "[[:space:]]$1 " && return 0
    # ldconfig's cache can be stale right after an install; look in the usual places too.
    compgen -G "/usr/lib/*/$1" >/dev/null || compgen -G "/usr/lib/$1" >/dev/null \
        || compgen -G "/lib/*/$1" >/dev/null
}

# rk_missing_libs: Debian packages for Qt's system libraries that are not there (one per line).
rk_missing_libs() {
    local entry
    for entry in $RK_QT_LIBS; do
        _rk_have_lib "${entry%%:*}" || echo "${entry#*:}"
    done | sort -u
}

# rk_missing_tools: Debian packages for the test tools that are not there (one per line).
rk_missing_tools() {
    local entry what
    for entry in $RK_TEST_TOOLS; do
        what=${entry%%:*}
        case $what in
            /*) [ -e "$what" ] || echo "${entry#*:}" ;;
            *) command -v "$what" >/dev/null 2>&1 || echo "${entry#*:}" ;;
        esac
    done | sort -u
}

# rk_python: the interpreter that makes the venv, checked to be 3.11 or newer.
rk_python() {
    local py=${RIJKAPP_PYTHON:-python3}
    command -v "$py" >/dev/null 2>&1 || rk_die "$py was not found. Install Python 3.11 or newer \
(on Debian/Ubuntu: sudo apt-get install python3 python3-venv)."
    "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
        || rk_die "Rijkapp needs Python 3.11 or newer; $py is $("$py" -V 2>&1)."
    command -v "$py"
}

# rk_missing_venv_pkg: "python3-venv" when the interpreter cannot make a venv with pip (Debian
# ships venv/ensurepip separately), nothing otherwise. Only asked when the venv does not exist.
rk_missing_venv_pkg() {
    [ -x "$RK_PY" ] && return 0
    "$(rk_python)" -c 'import ensurepip, venv' >/dev/null 2>&1 || echo python3-venv
}

# rk_apt_install WHY PKG...: install with apt-get as root; otherwise say exactly what to run.
rk_apt_install() {
    local why=$1
    shift
    [ $# -gt 0 ] || return 0
    if ! command -v apt-get >/dev/null 2>&1; then
        rk_die "$why is missing: $*. This system has no apt-get; install the equivalent packages \
with your package manager and run this script again."
    fi
    if ! rk_is_root; then
        {
            echo
            echo "Rijkapp needs some system packages first ($why):"
            printf '    %s\n' "$@"
            echo
            echo "Install them with:"
            echo
            echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends $*"
            echo
            echo "and run this script again."
        } >&2
        exit 1
    fi
    rk_say "Installing system packages ($why): $*"
    export DEBIAN_FRONTEND=noninteractive
    if [ -z "${_RK_APT_UPDATED:-}" ]; then
        apt-get update -qq || rk_die "apt-get update failed."
        _RK_APT_UPDATED=1
    fi
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || rk_die "apt-get install $* failed."
}

# --- venv and install ------------------------------------------------------------------------

rk_ensure_venv() {
    if [ -x "$RK_PY" ] && "$RK_PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        return 0
    fi
    local py
    py=$(rk_python)
    if [ -e "$RK_VENV" ]; then
        rk_warn "$RK_VENV does not work (moved, or its Python is gone); making it again."
        rm -rf "$RK_VENV"
    fi
    rk_say "Making the virtual environment $RK_VENV with $("$py" -V 2>&1)"
    "$py" -m venv "$RK_VENV" || rk_die "python3 -m venv failed. On Debian/Ubuntu install \
python3-venv (sudo apt-get install python3-venv) and run this script again."
}

# The install depends on these and on the set of top-level packages (an editable install maps
# each package it found; a package that appears later needs a reinstall).
_rk_install_hash() {
    (
        cd "$RK_ROOT"
        cat pyproject.toml constraints.txt
        ls -d -- */__init__.py 2>/dev/null
        "$RK_PY" -c 'import sys; print(sys.version)'
    ) | sha256sum | cut -d' ' -f1
}

# rk_install [test]: `pip install -e .` (or `.[test]`) with the constraints, skipped when the
# stamp says this exact state was installed already (a [test] install also serves start.sh).
rk_install() {
    local extra=${1:-} hash spec stamp
    hash=$(_rk_install_hash)
    stamp=$RK_VENV/.rijkapp-install-${extra:-base}
    if [ "$(cat "$stamp" 2>/dev/null)" = "$hash" ]; then
        return 0
    fi
    if [ -z "$extra" ] && [ "$(cat "$RK_VENV/.rijkapp-install-test" 2>/dev/null)" = "$hash" ]; then
        return 0
    fi
    spec=.
    [ -n "$extra" ] && spec=".[$extra]"
    rk_say "Installing Rijkapp and its dependencies into $RK_VENV (pip install -e '$spec')"
    rm -f "$RK_VENV"/.rijkapp-install-*
    (
        cd "$RK_ROOT"
        rk_pip install -c constraints.txt -e "$spec"
    ) || rk_die "pip install failed (see above). Is PyPI reachable?"
    echo "$hash" >"$stamp"
}

# rk_pip ARGS...: quiet pip in the venv. Drops pip's warnings about find-links/index folders
# that a machine-wide pip.conf names but that do not exist (noise, not a problem).
rk_pip() {
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$RK_PY" -m pip --quiet "$@" 2>&1 \
        | grep -v "^WARNING: Location '.*' is ignored: it is neither a file nor a directory"
    return "${PIPESTATUS[0]}"
}

rk_build_translations() {
    "$RK_PY" "$RK_ROOT/scripts/build_translations.py" --quiet \
        || rk_die "Building the translations failed (see above)."
}
