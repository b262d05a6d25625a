"""Talks: the PDF for the manager, and reading the manager's part back from it.

:func:`save_talk_pdf` writes the PDF of one talk (changing no data). :func:`read_talk_reply`
reads a returned PDF and says what it would change, changing nothing; :func:`store_talk_reply`
stores the manager's part in one transaction and returns ``Changes`` (``Area.TALKS``), or
``NOTHING`` when the talk already holds it, so reading the same file twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from rijkapp.domain.records import Dossier
from rijkapp.reports.talk_import import TalkReply, read_pdf_file, read_reply
from rijkapp.reports.talk_pdf import make_talk_pdf
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.store.repository import Store

__all__ = ["TalkReply", "read_talk_reply", "save_talk_pdf", "store_talk_reply"]


def save_talk_pdf(store: Store, talk_id: str, path: Path, language: str = "nl") -> None:
    """Write the PDF of the talk ``talk_id`` to ``path``; a file already there is replaced only
    once the new one is complete."""
    data = make_talk_pdf(store.dossier(), talk_id, language)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(data)
    partial.replace(path)


def read_talk_reply(store: Store, path: Path) -> TalkReply:
    """The talk PDF at ``path`` read against the stored talks; nothing is changed."""
    return read_reply(read_pdf_file(path), Dossier(talks=store.talks()))


def store_talk_reply(store: Store, path: Path) -> tuple[TalkReply, Changes]:
    """Store the manager's part of the talk PDF at ``path``, in one transaction."""
    data = read_pdf_file(path)
    with store.db.transaction():
        reply = read_reply(data, Dossier(talks=store.talks()))
        return reply, changed(store.save(reply.updated), Area.TALKS)
