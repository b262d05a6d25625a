"""Build, check and update Rijkapp's translations.

Two kinds of catalogue:

* core strings (errors, CLI, PDF) in ``rijkapp/``, marked with ``_``, ``N_``, ``gettext`` and
  ``ngettext``: gettext catalogues ``translations/core/<lang>.po``, compiled with babel to
  ``translations/compiled/<lang>/LC_MESSAGES/rijkapp.mo``;
* GUI strings in ``ui/`` (``self.tr(...)``, ``QCoreApplication.translate(...)``, ``.ui`` forms):
  Qt Linguist files ``translations/rijkapp_<lang>.ts``, compiled to
  ``translations/compiled/rijkapp_<lang>.qm`` by ``write_qm`` below: a small writer of Qt's
  ``.qm`` format that gives the same translations as ``pyside6-lrelease`` (a test compares the
  two), so that building a wheel needs babel but not Qt.

Source strings are English; Dutch is the language users see first.

Usage::

    python scripts/build_translations.py            # compile what changed (start.sh, test.sh)
    python scripts/build_translations.py --check    # fail when a catalogue is behind the code
    python scripts/build_translations.py --update   # bring the catalogues up to date with the code

``--update`` writes ``translations/core/rijkapp.pot``, merges it into ``nl.po`` and ``en.po``
(as ``pybabel update`` does: new strings get an empty translation, changed ones are marked
fuzzy) and runs ``pyside6-lupdate`` for the ``.ts`` files. English catalogues get the source
text as translation; the Dutch ones are filled in by a person.

``build_package_data(target)`` is what the wheel build (``setup.py``) calls: it copies
``resources/`` and compiles every catalogue into the folder an installed Rijkapp reads (see
``rijkapp/paths.py``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import struct
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
RESOURCES = ROOT / "resources"
TRANSLATIONS = ROOT / "translations"
CORE = TRANSLATIONS / "core"
COMPILED = TRANSLATIONS / "compiled"
POT = CORE / "rijkapp.pot"
DOMAIN = "rijkapp"
LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "en"
CORE_SOURCES = ROOT / "rijkapp"
UI_SOURCES = ROOT / "ui"

KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2), "plural": (1, 2)}
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


def shown(path: Path) -> str:
    """A path as printed: relative to the repository when it lies inside it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


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


def compile_core(target: Path = COMPILED, *, force: bool, quiet: bool) -> int:
    """``core/<lang>.po`` to ``target/<lang>/LC_MESSAGES/rijkapp.mo``; returns how many."""
    built = 0
    for po in sorted(CORE.glob("*.po")):
        mo = target / po.stem / "LC_MESSAGES" / f"{DOMAIN}.mo"
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        catalog = load_po(po)
        mo.parent.mkdir(parents=True, exist_ok=True)
        partial = mo.with_name(mo.name + ".partial")
        with partial.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        partial.replace(mo)
        built += 1
        say(f"compiled {shown(po)} -> {shown(mo)}", quiet=quiet)
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


# Qt's .qm format, as QTranslator reads it (qtbase/src/corelib/kernel/qtranslator.cpp): a magic
# number, then sections (tag, 32-bit big-endian length, data). The messages section holds one
# record per message: its translations (UTF-16BE), comment, source and context (UTF-8), each as
# tag, length, bytes; the hashes section maps the ELF hash of source + comment to a record's
# offset, sorted, for QTranslator's binary search. Plural forms are picked by the numerus rules.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_HASHES, QM_MESSAGES, QM_NUMERUS_RULES, QM_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
QM_END, QM_TRANSLATION, QM_SOURCE, QM_CONTEXT, QM_COMMENT = 0x01, 0x03, 0x06, 0x07, 0x08
# Dutch and English have two plural forms: the first when n == 1 (Qt's opcode EQ, operand 1).
QM_PLURAL_RULES = {"nl": bytes([0x01, 1]), "en": bytes([0x01, 1])}


def elf_hash(data: bytes) -> int:
    """The hash QTranslator looks messages up by (the ELF hash; never 0)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _qm_field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + struct.pack(">I", len(data)) + data


def qm_bytes(messages: Iterable[QtMessage], language: str) -> bytes:
    """A ``.qm`` file, byte for byte what ``pyside6-lrelease`` writes for these messages.

    Like lrelease: messages no longer in the code are left out, and so are those without a
    translation (Qt then shows the source text); an unfinished one with a translation is kept;
    the records are in the order of (context, source, comment).
    """
    rules = QM_PLURAL_RULES.get(language.partition("_")[0])
    if rules is None:
        raise SystemExit(f"no plural rule for the language {language!r} of a .ts file")
    records = bytearray()
    index: list[tuple[int, int]] = []
    for message in sorted(messages, key=lambda m: (m.context, m.source, m.comment)):
        if message.gone or not message.translations[0]:
            continue
        index.append((elf_hash((message.source + message.comment).encode()), len(records)))
        for text in message.translations:
            records += _qm_field(QM_TRANSLATION, text.encode("utf-16-be"))
        records += _qm_field(QM_COMMENT, message.comment.encode())
        records += _qm_field(QM_SOURCE, message.source.encode())
        records += _qm_field(QM_CONTEXT, message.context.encode())
        records.append(QM_END)
    hashes = b"".join(struct.pack(">II", hash_, offset) for hash_, offset in sorted(index))
    sections = (
        (QM_LANGUAGE, language.encode()),
        (QM_HASHES, hashes),
        (QM_MESSAGES, bytes(records)),
        (QM_NUMERUS_RULES, rules),
    )
    # An empty section would end QTranslator's reading, so none is written.
    return QM_MAGIC + b"".join(_qm_field(tag, data) for tag, data in sections if data)


def write_qm(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` file to ``.qm``."""
    language = ET.parse(ts).getroot().get("language") or ""  # our own files
    data = qm_bytes(read_ts(ts), language)
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".partial")
    partial.write_bytes(data)
    partial.replace(qm)


def compile_qt(target: Path = COMPILED, *, force: bool, quiet: bool) -> int:
    """``rijkapp_<lang>.ts`` to ``target/rijkapp_<lang>.qm``; returns how many."""
    built = 0
    for ts in sorted(TRANSLATIONS.glob(f"{DOMAIN}_*.ts")):
        qm = target / f"{ts.stem}.qm"
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        write_qm(ts, qm)
        built += 1
        say(f"compiled {shown(ts)} -> {shown(qm)}", quiet=quiet)
    return built


# --- what an installed Rijkapp carries --------------------------------------------------------


def build_package_data(target: Path) -> None:
    """Fill ``target`` (``rijkapp/_data`` in a wheel) as ``rijkapp/paths.py`` expects it.

    ``target/resources/`` is a copy of ``resources/`` (rule book, icons, style sheet);
    ``target/translations/`` holds every compiled catalogue. Stops with a message when a
    source or a language is missing, so that no wheel is built without its rules or Dutch.
    """
    for needed in (RESOURCES / "rules", CORE, TRANSLATIONS):
        if not needed.is_dir():
            raise SystemExit(f"cannot build Rijkapp's package data: {needed} is missing")
    if target.exists():
        shutil.rmtree(target)  # nothing stale from an earlier build
    shutil.copytree(RESOURCES, target / "resources")
    compiled = target / "translations"
    compile_core(compiled, force=True, quiet=True)
    compile_qt(compiled, force=True, quiet=True)
    for language in LANGUAGES:
        for catalogue in (
            compiled / language / "LC_MESSAGES" / f"{DOMAIN}.mo",
            compiled / f"{DOMAIN}_{language}.qm",
        ):
            if not catalogue.is_file():
                raise SystemExit(f"cannot build Rijkapp's package data: no {shown(catalogue)}")


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
