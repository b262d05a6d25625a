"""The release pipeline: the wheel, the PyInstaller bundle, .deb, signature, verification.

Slow (a minute or more each) and they need PyInstaller and a fresh venv, so they only run with
RIJKAPP_TEST_PACKAGING=1:

    RIJKAPP_TEST_PACKAGING=1 bash scripts/test.sh tests/integration/test_packaging.py

CI runs the same steps through packaging/wheel-check.sh and packaging/ci.sh, which also installs
and removes the .deb. Everything here is built in a temporary folder; the work tree's dist/ and
build/ are left alone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("RIJKAPP_TEST_PACKAGING") != "1",
        reason="packaging tests are slow; set RIJKAPP_TEST_PACKAGING=1 to run them",
    ),
]


def _run(
    *command: str | Path, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in command],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if check and result.returncode != 0:
        pytest.fail(f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("packaging")


@pytest.fixture(scope="module")
def bundle(workdir: Path) -> Path:
    _run(
        "bash",
        "packaging/build-bundle.sh",
        env={"RIJKAPP_DIST": str(workdir / "dist"), "RIJKAPP_BUILD": str(workdir / "build")},
    )
    return workdir / "dist" / "rijkapp"


@pytest.fixture(scope="module")
def release(workdir: Path, bundle: Path) -> Iterator[Path]:
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not available (not a Debian-like system)")
    out = workdir / "release"
    _run("bash", "packaging/build-deb.sh", bundle, out)
    _run("bash", "packaging/sign.sh", out, env={"RIJKAPP_THROWAWAY_KEY": "1", "CI": ""})
    yield out


def test_the_wheel_works_in_dutch_outside_the_checkout() -> None:
    # Builds the wheel, installs it in a fresh venv in a temporary folder, and runs the CLI
    # import and balances and the GUI smoke from there (see the script for every check).
    result = _run("bash", "packaging/wheel-check.sh")
    assert "wheel check: PASS, all steps" in result.stdout
    assert "catalogues=rijkapp_nl" in result.stdout
    assert "FAIL" not in result.stdout


def test_the_bundle_carries_data_translations_and_metadata(bundle: Path) -> None:
    internal = bundle / "_internal"
    data = internal / "rijkapp" / "_data"  # the wheel's layout (rijkapp/paths.py)
    assert (bundle / "rijkapp").is_file()
    assert (bundle / "rijkapp-cli").is_file()
    assert list((data / "resources" / "rules").glob("*.toml"))
    for language in ("nl", "en"):
        mo = data / "translations" / language / "LC_MESSAGES" / "rijkapp.mo"
        assert mo.is_file(), mo
        assert (data / "translations" / f"rijkapp_{language}.qm").is_file()
    assert list((internal / "holidays" / "locale").rglob("*.mo")), "holidays' names (probe §8)"
    assert (internal / "reportlab" / "fonts" / "Vera.ttf").is_file(), "reportlab's fonts"
    assert list(internal.glob("rijkapp-*.dist-info")), "metadata for --version"


def test_the_bundled_cli_reports_its_versions(bundle: Path) -> None:
    result = _run(bundle / "rijkapp-cli", "--version")
    assert result.stdout.startswith("Rijkapp ")
    assert "SQLCipher 4." in result.stdout
    assert "babel 2." in result.stdout


@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"), reason="the smoke run needs a keyring session"
)
def test_the_bundled_gui_starts_and_paints(bundle: Path, tmp_path: Path) -> None:
    result = _run(
        bundle / "rijkapp",
        "--temp-datadir",
        "--smoke=ready",
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )
    assert "SMOKE OK platform=offscreen" in result.stdout + result.stderr


def test_the_deb_has_the_expected_layout_and_fields(release: Path) -> None:
    (deb,) = release.glob("rijkapp_*.deb")
    fields = _run("dpkg-deb", "-f", deb, "Package", "Version", "Depends").stdout
    assert "Package: rijkapp" in fields
    assert "libxcb-cursor0" in fields
    assert "libxcb-icccm4" in fields
    contents = _run("dpkg-deb", "-c", deb).stdout
    assert "./opt/rijkapp/rijkapp\n" in contents
    assert "./usr/bin/rijkapp -> /opt/rijkapp/rijkapp" in contents
    assert "./usr/share/applications/rijkapp.desktop" in contents
    assert " root/root " in contents, "files owned by root in the package"
    desktop = (ROOT / "packaging" / "rijkapp.desktop").read_text(encoding="utf-8")
    assert "Comment[nl]=" in desktop


def test_the_signed_release_verifies(release: Path) -> None:
    for name in ("SHA256SUMS", "SHA256SUMS.asc", "rijkapp-release.gpg", "THROWAWAY-KEY.txt"):
        assert (release / name).is_file(), name
    result = _run("bash", "packaging/verify.sh", release)
    assert "VERIFIED" in result.stdout


def test_verification_refuses_a_changed_deb(release: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(release, copy)
    (deb,) = copy.glob("rijkapp_*.deb")
    data = bytearray(deb.read_bytes())
    data[len(data) // 2] ^= 0xFF
    deb.write_bytes(bytes(data))
    result = _run("bash", "packaging/verify.sh", copy, release / "rijkapp-release.gpg", check=False)
    assert result.returncode != 0
    assert "NOT VERIFIED" in result.stderr


def test_verification_refuses_changed_checksums(release: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(release, copy)
    sums = copy / "SHA256SUMS"
    text = sums.read_text(encoding="utf-8")
    sums.write_text(("1" if text[0] != "1" else "2") + text[1:], encoding="utf-8")
    result = _run("bash", "packaging/verify.sh", copy, release / "rijkapp-release.gpg", check=False)
    assert result.returncode != 0
    assert "BAD signature" in result.stdout + result.stderr


def test_verification_refuses_another_key(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "gnupg"
    home.mkdir(mode=0o700)
    env = {"GNUPGHOME": str(home)}
    _run(
        "gpg", "--batch", "--passphrase", "", "--quick-gen-key", "Other <o@example.invalid>",
        "ed25519", "sign", "1d", env=env,
    )  # fmt: skip
    other = tmp_path / "other.gpg"
    other.write_bytes(
        subprocess.run(
            ["gpg", "--batch", "--export"], env={**os.environ, **env}, capture_output=True,
            check=True,
        ).stdout
    )  # fmt: skip
    _run("gpgconf", "--homedir", home, "--kill", "all", check=False)
    result = _run("bash", "packaging/verify.sh", release, other, check=False)
    assert result.returncode != 0
