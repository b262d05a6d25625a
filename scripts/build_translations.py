"""Build, check and update Rijkapp's translations.

Two kinds of catalogue:

* core strings (errors, CLI, PDF) in ``rijkapp/``, marked with ``_``, ``N_``, ``gettext`` and
  ``ngettext``: gettext catalogues ``translations/core/<lang>.po``, compiled with babel to
  ``translations/compiled/<lang>/LC_MESSAGES/rijkapp.mo``;
* GUI strings in ``ui/`` (``self.tr(...)``, ``QCoreApplication.translate(...)``, ``.ui`` forms):
  Qt Linguist files ``translations/rijkapp_<lang>.ts``, compiled with ``pyside6-lrelease`` to
  ``translations/compiled/rijkapp_<lang>.qm``.

Source strings are English; Dutch is the language users see first.

Usage::

    python scripts/build_translations.py            # compile what changed (start.sh, test.sh)
    python scripts/build_translations.py --check    # fail when a catalogue is behind the code
    python scripts/build_translations.py --update   # bring the catalogues up to date with the code

``--update`` writes ``translations/core/rijkapp.pot``, merges it into ``nl.po`` and ``en.po``
(as ``pybabel update`` does: new strings get an empty translation, changed ones are marked
fuzzy) and runs ``pyside6-lupdate`` for the ``.ts`` files. English catalogues get the source
text as translation; the Dutch ones are filled in by a person.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
CORE = TRANSLATIONS / "core"
COMPILED = TRANSLATIONS / "compiled"
POT = CORE / "rijkapp.pot"
DOMAIN = "rijkapp"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"
CORE_SOURCES = ROOT / "rijkapp"
UI_SOURCES = ROOT / "ui"

KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2)}
COMMENT_TAGS = ("Translators:",)
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-source-language", SOURCE_LANGUAGE)

# Placeholders that must survive translation: {name} for core strings, %1..%99 and %n for Qt.
BRACE_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")
QT_ARG = re.compile(r"%(?:[1-9][0-9]?|n)")


class Problems:
    """Collects what is wrong so that one run reports all of it."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str) -> None:
        self.lines.append(text)

    def __bool__(self) -> bool:
        return bool(self.lines)


def say(text: str, *, quiet: bool = False) -> None:
    if not quiet:
        print(text)


# --- core strings: extraction with babel ------------------------------------------------------


def extract_core() -> Catalog:
    """All marked core strings in ``rijkapp/``, as a template catalogue."""
    template = Catalog(project="Rijkapp", charset="utf-8", fuzzy=False)
    found = extract_from_dir(
        CORE_SOURCES,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        if not message or (isinstance(message, tuple) and not message[0]):
            continue  # N_(variable) and the like: nothing literal to translate
        where = (f"rijkapp/{Path(filename).as_posix()}", lineno)
        template.add(message, None, [where], auto_comments=comments, context=context)
    return template


def load_po(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=path.stem if path.stem in LANGUAGES else None)


def save_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with partial.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, include_lineno=False)
    partial.replace(path)


def _strings(message: Message) -> tuple[str, ...]:
    value = message.string
    if isinstance(value, tuple | list):
        return tuple(str(s) for s in value)
    return (str(value or ""),)


def _ids(message: Message) -> tuple[str, ...]:
    value = message.id
    return tuple(value) if isinstance(value, tuple | list) else (str(value),)


def _key(message: Message) -> tuple[str, str | None]:
    return (_ids(message)[0], message.context)


def _brace_fields(text: str) -> set[str]:
    return {m.group(0) for m in BRACE_FIELD.finditer(text)}


def check_core(problems: Problems) -> None:
    template = extract_core()
    wanted = {_key(m): m for m in template if m.id}
    for language in LANGUAGES:
        path = CORE / f"{language}.po"
        rel = path.relative_to(ROOT)
        if not path.exists():
            problems.add(f"{rel} is missing: run scripts/build_translations.py --update")
            continue
        catalog = load_po(path)
        have = {_key(m): m for m in catalog if m.id}
        for key, source in wanted.items():
            where = ", ".join(f"{f}:{n}" for f, n in source.locations)
            entry = have.get(key)
            if entry is None:
                problems.add(f"{rel}: missing {key[0]!r} ({where}); run --update")
                continue
            if language == SOURCE_LANGUAGE:
                continue
            translations = _strings(entry)
            if entry.fuzzy:
                problems.add(f"{rel}: fuzzy (check and remove the fuzzy flag): {key[0]!r}")
            elif not all(translations):
                problems.add(f"{rel}: not translated: {key[0]!r} ({where})")
            else:
                expected = _brace_fields(_ids(entry)[0])
                for text in translations:
                    if _brace_fields(text) != expected:
                        problems.add(
                            f"{rel}: placeholders differ for {key[0]!r}: "
                            f"{sorted(expected)} vs {sorted(_brace_fields(text))} in {text!r}"
                        )


def update_core(*, quiet: bool) -> None:
    template = extract_core()
    save_po(template, POT)
    say(f"wrote {POT.relative_to(ROOT)} ({len(template)} strings)", quiet=quiet)
    for language in LANGUAGES:
        path = CORE / f"{language}.po"
        if path.exists():
            catalog = load_po(path)
            catalog.update(template, update_creation_date=False)
        else:
            catalog = Catalog(locale=language, project="Rijkapp", charset="utf-8", fuzzy=False)
            catalog.update(template, update_creation_date=False)
        if language == SOURCE_LANGUAGE:
            # The source language: the translation is the source text, never fuzzy.
            for message in catalog:
                if not message.id:
                    continue
                ids = _ids(message)
                if message.pluralizable:
                    message.string = (ids[0], *ids[1:] * (catalog.num_plurals - 1))
                else:
                    message.string = ids[0]
                message.flags.discard("fuzzy")
            catalog.obsolete.clear()
        save_po(catalog, path)
        todo = sum(1 for m in catalog if m.id and (m.fuzzy or not all(_strings(m))))
        say(f"updated {path.relative_to(ROOT)} ({todo} to translate or review)", quiet=quiet)


def compile_core(*, force: bool, quiet: bool) -> int:
    built = 0
    for po in sorted(CORE.glob("*.po")):
        mo = COMPILED / po.stem / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        catalog = load_po(po)
        mo.parent.mkdir(parents=True, exist_ok=True)
        partial = mo.with_name(mo.name + ".partial")
        with partial.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        partial.replace(mo)
        built += 1
        say(f"compiled {po.relative_to(ROOT)} -> {mo.relative_to(ROOT)}", quiet=quiet)
    return built


# --- GUI strings: Qt Linguist ------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """A PySide6 tool next to the running Python (the venv), else on PATH."""
    for candidate in (name, f"{name}.exe"):  # Windows venvs have .exe tools
        beside = Path(sys.executable).parent / candidate
        if beside.exists():
            return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(
            f"{name} was not found next to {sys.executable} nor on PATH "
            "(it comes with PySide6-Essentials)."
        )
    return found


def ui_sources() -> list[Path]:
    """The files lupdate reads: ui/**/*.py and Designer forms, never pyside6-uic output."""
    if not UI_SOURCES.is_dir():
        return []
    files = [p for p in UI_SOURCES.rglob("*.py") if not p.name.startswith("ui_")]
    files += list(UI_SOURCES.rglob("*.ui"))
    return sorted(p for p in files if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"{DOMAIN}_{language}.ts"


def run_lupdate(sources: Iterable[Path], ts: Path, language: str) -> None:
    command = [
        qt_tool("pyside6-lupdate"),
        *map(str, sources),
        *LUPDATE_OPTIONS,
        "-target-language",
        language,
        "-ts",
        str(ts),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed for {ts.name}:\n{result.stdout}{result.stderr}")


@dataclass(frozen=True)
class QtMessage:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    unfinished: bool
    gone: bool  # vanished or obsolete: no longer in the code


def read_ts(path: Path) -> Iterator[QtMessage]:
    root = ET.parse(path).getroot()  # our own files, not untrusted XML
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                texts: tuple[str, ...] = ("",)
            elif message.get("numerus") == "yes":
                texts = tuple(f.text or "" for f in translation.iter("numerusform")) or ("",)
            else:
                texts = (translation.text or "",)
            yield QtMessage(
                context=name,
                source=message.findtext("source") or "",
                comment=message.findtext("comment") or "",
                translations=texts,
                unfinished=kind == "unfinished",
                gone=kind in ("vanished", "obsolete"),
            )


def _qt_key(m: QtMessage) -> tuple[str, str, str]:
    return (m.context, m.source, m.comment)


def check_qt(problems: Problems) -> None:
    sources = ui_sources()
    if not sources:
        return
    with tempfile.TemporaryDirectory(prefix="rijkapp-lupdate-") as tmp:
        for language in LANGUAGES:
            committed = ts_path(language)
            rel = committed.relative_to(ROOT)
            fresh = Path(tmp) / committed.name
            if committed.exists():
                shutil.copy2(committed, fresh)
            run_lupdate(sources, fresh, language)
            current = {_qt_key(m): m for m in read_ts(fresh)}
            if not committed.exists():
                if current:
                    problems.add(f"{rel} is missing ({len(current)} GUI strings); run --update")
                continue
            recorded = {_qt_key(m) for m in read_ts(committed) if not m.gone}
            for key in sorted(current.keys() - recorded):
                problems.add(f"{rel}: not in the file yet: [{key[0]}] {key[1]!r}; run --update")
            for key in sorted(recorded - current.keys()):
                problems.add(f"{rel}: no longer in the code: [{key[0]}] {key[1]!r}; run --update")
            if language == SOURCE_LANGUAGE:
                continue
            for key, message in sorted(current.items()):
                if message.unfinished or not all(message.translations):
                    problems.add(f"{rel}: not translated: [{key[0]}] {key[1]!r}")
                    continue
                expected = set(QT_ARG.findall(message.source))
                for text in message.translations:
                    if set(QT_ARG.findall(text)) != expected:
                        problems.add(
                            f"{rel}: placeholders differ for [{key[0]}] {key[1]!r}: "
                            f"{sorted(expected)} vs {text!r}"
                        )


def update_qt(*, quiet: bool) -> None:
    sources = ui_sources()
    if not sources:
        say("no GUI sources in ui/; .ts files left alone", quiet=quiet)
        return
    for language in LANGUAGES:
        ts = ts_path(language)
        run_lupdate(sources, ts, language)
        messages = list(read_ts(ts))
        todo = sum(1 for m in messages if m.unfinished)
        say(
            f"updated {ts.relative_to(ROOT)} ({len(messages)} strings, {todo} unfinished)",
            quiet=quiet,
        )


def compile_qt(*, force: bool, quiet: bool) -> int:
    built = 0
    for ts in sorted(TRANSLATIONS.glob(f"{DOMAIN}_*.ts")):
        qm = COMPILED / f"{ts.stem}.qm"
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        qm.parent.mkdir(parents=True, exist_ok=True)
        command = [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(
                f"pyside6-lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}"
            )
        built += 1
        say(f"compiled {ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}", quiet=quiet)
    return built


# --- command line ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check",
        action="store_true",
        help="fail when a catalogue lacks a string of the code or leaves it untranslated",
    )
    mode.add_argument(
        "--update",
        action="store_true",
        help="extract strings and merge them into the .po and .ts files",
    )
    parser.add_argument("--force", action="store_true", help="compile everything again")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)

    if args.check:
        problems = Problems()
        check_core(problems)
        check_qt(problems)
        if problems:
            print(f"Translations are not complete ({len(problems.lines)} problems):")
            for line in problems.lines:
                print(f"  {line}")
            print(
                "Run `python scripts/build_translations.py --update`, translate what is empty "
                "or fuzzy in translations/core/nl.po and translations/rijkapp_nl.ts, and "
                "run --check again."
            )
            return 1
        print("Translations are complete and up to date with the code.")
        return 0
    if args.update:
        update_core(quiet=args.quiet)
        update_qt(quiet=args.quiet)
    built = compile_core(force=args.force or args.update, quiet=args.quiet)
    built += compile_qt(force=args.force or args.update, quiet=args.quiet)
    if not built:
        say("translations are up to date", quiet=args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
