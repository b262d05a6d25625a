"""Private: a whole GUI session on a dossier full of personal values leaves none of them where
they could be read without the key, and reaches no other computer.

The session runs on a real SQLCipher store whose key is in the keyring (the real Secret Service
when the test runs inside ``scripts/with-keyring.sh``, as ``scripts/test.sh`` runs it; otherwise
a keyring in memory). It visits every page, opens a certificate (the preview's temporary copy),
makes a talk PDF and two calendar files (.ics), and meets a bug whose message holds personal
values, so that a crash log is written. Then it checks:

- no internet socket: every ``socket`` made, connected, sent to or looked up for an AF_INET or
  AF_INET6 address is recorded and refused (D-Bus over AF_UNIX, for the keyring, is fine);
  Qt's network module is never loaded; and at the end the process holds no TCP, UDP or raw
  socket at all (``/proc/net``), which Qt's own sockets would show in;
- no personal value (the name, a BSN-like number, the salary in four spellings, a leave note,
  a learning reflection, talk texts, the certificate's text) in the bytes of any file of the
  data folder, while the app runs and after it closed: the database, its WAL and SHM, the
  backups, the crash log, the state file; each value searched in UTF-8, UTF-16 (both byte
  orders) and Latin-1;
- the certificate's temporary copy is gone once the data is closed, and the session left no
  other file in the temporary folder (a private one for this test, listed before and after).

The talk PDF and the calendar files are what the user asked for and hold what they chose; they
are written outside the data folder and not searched.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from rijkapp.exchange import parse_document
from rijkapp.services import talks
from rijkapp.store import keys
from rijkapp.store.session import DB_NAME
from tests.helpers import EXAMPLE
from tests.helpers.gui import StartApp, wait_idle
from tests.helpers.memory_keyring import MemoryKeyring, active_keyring
from tests.helpers.sessions import OpenData

NAME = "Zwaantje Quispel-Ruitenbürg"
MANAGER = "Bartholomeus Kwakkelstein"
BSN = "918273645"
SALARY = "4817.63"
LEAVE_NOTE = "Chemokuur in ziekenhuis Gelre"
REFLECTION = "Eerlijk gezegd vond ik de docent onbekwaam"
TALK_TEXT = "Spanning met mijn leidinggevende over thuiswerken"
QUESTION = f"Mag mijn BSN {BSN} uit het personeelsdossier?"
CERTIFICATE_TEXT = "Certificaat Zwaantje Quispel voor data-analyse"
PERSONAL = (
    NAME,
    "Quispel",
    MANAGER,
    BSN,
    SALARY,
    "4817,63",
    "4.817,63",
    "481763",  # the salary in cents, as the database keeps it
    LEAVE_NOTE,
    REFLECTION,
    TALK_TEXT,
    QUESTION,
    CERTIFICATE_TEXT,
)
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "latin-1")
INTERNET = (socket.AF_INET, socket.AF_INET6)


def personal_document() -> dict[str, Any]:
    """The example document with the employee's own, distinctive values."""
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    document["profile"] |= {"name": NAME, "manager": MANAGER}
    document["employment"][0]["monthly_salary_fulltime"] = SALARY
    document["leave"][0]["note"] = LEAVE_NOTE
    (activity,) = document["learning_activities"]
    activity["reflection"] = REFLECTION
    activity["certificates"][0]["data_base64"] = base64.b64encode(
        CERTIFICATE_TEXT.encode("utf-8")
    ).decode("ascii")
    (talk,) = document["talks"]
    talk["topics"]["resultaten"] = TALK_TEXT
    talk["questions_for_manager"] = QUESTION
    return document


# ---------------------------------------------------------------- the keyring


def _private_secret_service() -> KeyringBackend | None:
    """The real Secret Service, when it is the throwaway one of ``scripts/with-keyring.sh``
    (a temporary HOME), never a developer's own."""
    if not Path.home().parent.name.startswith("rijkapp-keyring."):
        return None
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018 - raises when no Secret Service answers on the bus
    except Exception:  # any reason means "not reachable"
        return None
    return backend


@pytest.fixture(autouse=True)
def keyring_in_memory() -> Iterator[KeyringBackend]:
    """Instead of the GUI tests' keyring in memory: the real Secret Service where there is a
    throwaway one, so that its D-Bus traffic is part of the session; else one in memory."""
    backend = _private_secret_service() or MemoryKeyring()
    with active_keyring(backend):
        yield backend


# ---------------------------------------------------------------- sockets


class Sockets:
    """Records, and refuses, every step towards the internet that goes through Python."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.internet: list[str] = []
        real_init = socket.socket.__init__
        real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
        real_sendto = socket.socket.sendto
        recorder = self

        def init(sock: socket.socket, family: Any = -1, *args: Any, **kwargs: Any) -> None:
            real_init(sock, family, *args, **kwargs)
            if sock.family in INTERNET:
                recorder.refuse(f"socket({sock.family!r})")

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in INTERNET:
                recorder.refuse(f"connect({address!r})")
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family in INTERNET:
                recorder.refuse(f"connect_ex({address!r})")
            return real_connect_ex(sock, address)

        def sendto(sock: socket.socket, *args: Any) -> int:
            if sock.family in INTERNET:
                recorder.refuse(f"sendto({args[-1]!r})")
            return real_sendto(sock, *args)

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            recorder.refuse(f"create_connection({address!r})")
            raise AssertionError("unreachable")

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            recorder.refuse(f"getaddrinfo({host!r}, {port!r})")

        monkeypatch.setattr(socket.socket, "__init__", init)
        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "sendto", sendto)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)

    def refuse(self, what: str) -> None:
        self.internet.append(what)
        raise OSError(f"no internet in this test: {what}")


def open_internet_sockets() -> list[str]:
    """The TCP, UDP and raw sockets this process holds, as /proc lists them (Qt's too)."""
    proc = Path("/proc/self/fd")
    if not proc.is_dir():
        return []
    ours = set()
    for fd in proc.iterdir():
        with contextlib.suppress(OSError):
            target = str(fd.readlink())
            if target.startswith("socket:["):
                ours.add(target[len("socket:[") : -1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        with contextlib.suppress(OSError):
            for line in Path("/proc/net", table).read_text().splitlines()[1:]:
                fields = line.split()
                if len(fields) > 9 and fields[9] in ours:
                    found.append(f"{table}: {line.strip()}")
    return found


# ---------------------------------------------------------------- files


def leaks(folder: Path) -> list[str]:
    """Each personal value found in a file under ``folder``, with the file and the encoding."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for value in PERSONAL:
            for encoding in ENCODINGS:
                with contextlib.suppress(UnicodeEncodeError):
                    if value.encode(encoding) in data:
                        found.append(f"{path.relative_to(folder)}: {value!r} ({encoding})")
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of this test's own, for Python and Qt alike (others write to /tmp)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def data_dir(make_session: OpenData, tmp_path: Path) -> Path:
    """The employee's own data, its key in the keyring."""
    folder = tmp_path / "data"
    filled = make_session(folder, passphrase=None)
    filled.store.replace_all(parse_document(json.dumps(personal_document())))
    filled.close()
    return folder


# ---------------------------------------------------------------- the session


def test_a_whole_session_leaves_no_personal_value_readable_and_reaches_no_other_computer(
    start_app: StartApp,
    data_dir: Path,
    qtbot: QtBot,
    private_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sockets = Sockets(monkeypatch)
    out = private_tmp.parent / "chosen"
    out.mkdir()
    temporary_before = sorted(private_tmp.rglob("*"))

    app = start_app(data_dir, passphrase=None)
    try:
        window = _visit_every_page(app, qtbot)
        preview = _preview_the_certificate(app, qtbot, monkeypatch)
        assert preview.read_text(encoding="utf-8") == CERTIFICATE_TEXT
        assert private_tmp in preview.parents
        _make_the_talk_pdf(app, qtbot, out / "gesprek.pdf")
        _export_calendars(app, qtbot, monkeypatch, out)
        _meet_a_bug(app)
        assert window.in_workspace()
        wait_idle(qtbot, app)

        assert sockets.internet == []
        assert open_internet_sockets() == []
        assert "PySide6.QtNetwork" not in sys.modules
        assert (data_dir / f"{DB_NAME}-wal").exists()  # searched while the app has it open
        assert leaks(data_dir) == []
    finally:
        app.close()
        keys.forget_key(data_dir / DB_NAME)

    assert not preview.exists()
    assert sorted(private_tmp.rglob("*")) == temporary_before
    assert list((data_dir / "backups").iterdir()), "the daily backup was made and searched"
    assert list((data_dir / "logs").glob("crash-*.log")), "the crash log was written"
    assert (data_dir / DB_NAME).read_bytes()[:16] != b"SQLite format 3\x00"
    assert leaks(data_dir) == []
    assert sockets.internet == []


def _visit_every_page(app: Any, qtbot: QtBot) -> Any:
    from ui.main_window import PAGES

    window = app.window
    for key, *_ in PAGES:
        window.show_page(key)
        wait_idle(qtbot, app)
        assert window.current_page_key() == key
    return window


def _preview_the_certificate(app: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Path:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    app.window.show_page("leren")
    wait_idle(qtbot, app)
    certificates = app.window.pages["leren"].certificates
    certificates.table.selectRow(0)
    certificates.open_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return Path(opened[0].toLocalFile())


def _make_the_talk_pdf(app: Any, qtbot: QtBot, path: Path) -> None:
    """Through the service on the data thread, as the Gesprekken page does."""
    done: list[object] = []
    app.context.with_session(
        lambda session: talks.save_talk_pdf(session.store, "t1", path), done.append, done.append
    )
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert done == [None] and path.read_bytes().startswith(b"%PDF-")


def _export_calendars(app: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    targets = iter((out / "verlof", out / "certificaten"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(next(targets)), ""))
    )
    app.window.show_page("verlof")
    wait_idle(qtbot, app)
    dialog = app.window.pages["verlof"].export_calendar()
    assert dialog is not None
    dialog.ok_button.click()
    wait_idle(qtbot, app)
    app.window.show_page("leren")
    app.window.pages["leren"].certificates.export_calendar()
    wait_idle(qtbot, app)
    for name in ("verlof.ics", "certificaten.ics"):
        assert (out / name).read_bytes().startswith(b"BEGIN:VCALENDAR")


def _meet_a_bug(app: Any) -> None:
    """An exception whose message holds personal values reaches the crash handler."""
    app.crash.install()
    try:
        raise ValueError(f"Onbekende medewerker {NAME} met BSN {BSN} en salaris {SALARY}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        app.crash.uninstall()
