"""The database key in a real Secret Service (gnome-keyring), as on a user's Linux desktop.

``scripts/test.sh`` runs the suite inside ``scripts/with-keyring.sh``: a private D-Bus session
with an unlocked gnome-keyring and a temporary HOME. Outside such a session these tests are
skipped. They use the real ``keyring.backends.SecretService`` backend, never a stand-in.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from rijkapp.domain.errors import KeyUnavailable
from rijkapp.domain.records import Profile
from rijkapp.services import profile as profile_service
from rijkapp.store import keys
from rijkapp.store.session import DB_NAME
from tests.helpers import NOW, TODAY
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.sessions import OpenData

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

keyring = pytest.importorskip("keyring")

pytestmark = [
    pytest.mark.secret_service,
    pytest.mark.skipif(
        not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
        reason="no D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service; "
        "run through scripts/test.sh or scripts/with-keyring.sh",
    ),
]

# Values that would identify the employee; none may appear in a file on disk.
PERSONAL = Profile(
    name="Zwaantje Quispel-Ruitenburg",
    organisation="Ministerie van Proefgegevens",
    unit="Directie Geheimhouding",
    job_title="Adviseur vertrouwelijkheid",
    manager="Bartholomeus Kwakkelstein",
)


@pytest.fixture
def secret_service() -> Iterator[KeyringBackend]:
    """The real Secret Service backend, made the active keyring for the test."""
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 - raises when no Secret Service answers on the bus
    except Exception as exc:  # any reason means "not reachable"
        pytest.skip(f"the Secret Service is not reachable on this D-Bus session: {exc}")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def db_path(data_dir: Path, secret_service: KeyringBackend) -> Iterator[Path]:
    path = data_dir / DB_NAME
    yield path
    # Leave no entry behind, even when a test failed half-way.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        secret_service.delete_password(keys.SERVICE, keys.account(path))


def _stored_key(db_path: Path) -> str | None:
    value: str | None = keyring.get_password(keys.SERVICE, keys.account(db_path))
    return value


def _files(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file()}


def _digests(data_dir: Path) -> dict[str, str]:
    """sha256 of every file but the lock (which holds the pid of whoever opened last)."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(content).hexdigest()
        for p, content in _files(data_dir).items()
        if p.name != "rijkapp.lock"
    }


def _fill_and_back_up(make_session: OpenData, data_dir: Path) -> None:
    session = make_session(data_dir, passphrase=None)
    profile_service.save_profile(session.store, PERSONAL, TODAY)
    session.backup("manual", NOW)
    session.close()


def test_the_backend_is_the_real_secret_service(secret_service: KeyringBackend) -> None:
    from keyring.backends import SecretService

    active = keyring.get_keyring()
    assert isinstance(active, SecretService.Keyring)
    assert type(active).__module__ == "keyring.backends.SecretService"
    assert keys.keyring_usable()


def test_a_new_data_dir_keeps_a_random_256_bit_key_in_the_secret_service(
    data_dir: Path, db_path: Path, tmp_path: Path, make_session: OpenData
) -> None:
    assert _stored_key(db_path) is None
    session = make_session(data_dir, passphrase=None)
    assert session.key_mode == "keyring"
    session.close()

    stored = _stored_key(db_path)
    assert stored is not None
    assert re.fullmatch(r"[0-9a-f]{64}", stored), "the key is 32 random bytes as hex"
    assert (data_dir / "rijkapp-store.json").read_text(encoding="utf-8").count(stored) == 0

    # Every data folder has a key of its own.
    other_dir = tmp_path / "other"
    make_session(other_dir, passphrase=None).close()
    try:
        assert _stored_key(other_dir / DB_NAME) not in (None, stored)
    finally:
        keys.forget_key(other_dir / DB_NAME)


def test_no_file_holds_the_key_or_personal_values(
    data_dir: Path, db_path: Path, make_session: OpenData
) -> None:
    session = make_session(data_dir, passphrase=None)
    profile_service.save_profile(session.store, PERSONAL, TODAY)
    session.backup("manual", NOW)
    while_open = _files(data_dir)  # the -wal file holds the newest pages while open
    session.close()
    after_close = _files(data_dir)

    stored = _stored_key(db_path)
    assert stored is not None
    secrets = [stored.encode(), stored.upper().encode(), bytes.fromhex(stored)]
    personal = [PERSONAL.name, PERSONAL.organisation, PERSONAL.unit, PERSONAL.manager]

    names = {p.name for p in while_open} | {p.name for p in after_close}
    assert DB_NAME in names
    assert f"{DB_NAME}-wal" in {p.name for p in while_open}, "WAL mode: a -wal file while open"
    assert any(p.parent.name == "backups" for p in after_close), "the manual backup is there"

    for snapshot in (while_open, after_close):
        for path, content in snapshot.items():
            for secret in secrets:
                assert secret not in content, f"the key is readable in {path.name}"
            for value in personal:
                assert value.encode("utf-8") not in content, f"{value!r} readable in {path.name}"
                assert value.encode("utf-16-le") not in content, f"{value!r} in {path.name}"


def test_reopening_needs_no_passphrase(
    data_dir: Path, db_path: Path, make_session: OpenData
) -> None:
    _fill_and_back_up(make_session, data_dir)
    session = make_session(data_dir, passphrase=None)
    assert session.key_mode == "keyring"
    assert session.store.profile().name == PERSONAL.name


def test_a_deleted_key_gives_key_unavailable_and_leaves_the_files_alone(
    data_dir: Path, db_path: Path, make_session: OpenData
) -> None:
    _fill_and_back_up(make_session, data_dir)
    before = _digests(data_dir)
    assert DB_NAME in before

    keyring.delete_password(keys.SERVICE, keys.account(db_path))
    assert _stored_key(db_path) is None

    with pytest.raises(KeyUnavailable) as raised:
        make_session(data_dir, passphrase=None)

    message = raised.value.message
    assert str(db_path) in message, "the message names the file"
    assert "Traceback" not in message
    assert len(message) > 40, "a sentence a user can act on, not a code"
    assert _digests(data_dir) == before, "nothing was written, renamed or removed"
    assert _stored_key(db_path) is None, "no new key was made for an existing file"


# A start reads the key straight from the Secret Service when nobody chose a keyring backend
# (rijkapp.store.keys); these run in a fresh process, where nothing chose one yet.
READ_KEY = """
import sys
from pathlib import Path
from rijkapp.domain.errors import KeyringUnavailable
from rijkapp.store import keys
try:
    key = keys.load_key(Path(sys.argv[1]))
except KeyringUnavailable:
    print("UNAVAILABLE")
else:
    print(key.secret if key else "NONE", "keyring" in sys.modules)
"""


def _read_key_in_a_new_process(db_path: Path, **env: str) -> str:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", READ_KEY, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), **env},
        timeout=60,
    )
    return result.stdout.strip()


def test_a_start_reads_the_key_from_the_secret_service_without_loading_keyring(
    db_path: Path, secret_service: KeyringBackend
) -> None:
    secret_service.set_password(keys.SERVICE, keys.account(db_path), "ab" * 32)
    assert _read_key_in_a_new_process(db_path) == f"{'ab' * 32} False"


def test_a_key_the_secret_service_does_not_have_is_asked_of_keyring(
    db_path: Path, secret_service: KeyringBackend
) -> None:
    assert _read_key_in_a_new_process(db_path) == "NONE True"


def test_a_backend_named_in_the_environment_is_the_one_asked(
    db_path: Path, secret_service: KeyringBackend
) -> None:
    secret_service.set_password(keys.SERVICE, keys.account(db_path), "cd" * 32)
    fail = "keyring.backends.fail.Keyring"
    assert _read_key_in_a_new_process(db_path, PYTHON_KEYRING_BACKEND=fail) == "UNAVAILABLE"


def test_a_backend_named_in_keyrings_configuration_is_the_one_asked(
    db_path: Path, secret_service: KeyringBackend, tmp_path: Path
) -> None:
    secret_service.set_password(keys.SERVICE, keys.account(db_path), "ef" * 32)
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.fail.Keyring\n", "utf-8")
    home = str(tmp_path / "config")
    assert _read_key_in_a_new_process(db_path, XDG_CONFIG_HOME=home) == "UNAVAILABLE"


def test_a_backend_set_in_the_process_is_the_one_asked(
    db_path: Path, secret_service: KeyringBackend
) -> None:
    secret_service.set_password(keys.SERVICE, keys.account(db_path), "01" * 32)
    with active_keyring(MemoryKeyring()) as memory:
        memory.set_password(keys.SERVICE, keys.account(db_path), "23" * 32)
        found = keys.load_key(db_path)
    assert found is not None and found.secret == "23" * 32
