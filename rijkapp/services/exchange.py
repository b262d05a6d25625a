"""Import and export of the whole dossier."""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rijkapp.domain.errors import ImportRefused
from rijkapp.domain.records import Dossier
from rijkapp.exchange import export_document, parse_document, to_json
from rijkapp.files import write_whole
from rijkapp.i18n import N_
from rijkapp.services.rules_check import check_dossier_rules
from rijkapp.store import backups
from rijkapp.store.session import Session

MAX_IMPORT_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    backup: Path
    counts: dict[str, int]


def read_import(path: Path) -> Dossier:
    """Read and check an import file without changing anything."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(
            N_("The file {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    if size > MAX_IMPORT_BYTES:
        raise ImportRefused(
            N_("The file {path} is too large to be a Rijkapp export."), path=str(path)
        )
    dossier = parse_document(path.read_bytes())
    check_dossier_rules(dossier)
    return dossier


def import_file(session: Session, path: Path, now: datetime) -> ImportResult:
    """Replace the store's content with the file's, all or nothing; a backup is made first.

    The backup is copied (in a thread of its own: SQLite does that without Python's lock) while
    the file is read and checked, and becomes a backup only once the file is taken; for a file
    that is refused it is thrown away, so a refused import leaves no backup more.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="rijkapp-backup") as pool:
        copying = pool.submit(session.backup_aside, "import", now)
        try:
            dossier = read_import(path)
        except BaseException:
            with contextlib.suppress(Exception):  # the refusal is what the user needs to hear
                backups.discard(copying.result())
            raise
        backup = backups.put_in_place(copying.result())
    session.store.replace_all(dossier)
    return ImportResult(
        backup,
        {
            "employment": len(dossier.employment),
            "leave": len(dossier.leave),
            "ikb_choices": len(dossier.ikb_choices),
            "learning_activities": len(dossier.learning_activities),
            "talks": len(dossier.talks),
        },
    )


def export_text(session: Session, now: datetime) -> str:
    return to_json(export_document(session.store.dossier(), now))


def export_file(session: Session, path: Path, now: datetime) -> None:
    """Write the export next to the target first, then move it in place: never half a file."""
    write_whole(path, export_text(session, now).encode("utf-8"))
