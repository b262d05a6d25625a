"""``python -m rijkapp [--data-dir DIR] COMMAND``: import, export, backup, restore, balances,
talk (``talk pdf TALK_ID FILE [--lang en]``, ``talk import FILE [--dry-run]``).

Exit codes: 0 success, 1 a user error (with a plain message, never a traceback), 2 usage.

The language of what is printed is chosen here, at the edge (``--lang``, else ``RIJKAPP_LANG``,
else Dutch), and passed to everything that renders a message.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rijkapp import i18n
from rijkapp.domain.errors import RijkappError
from rijkapp.i18n import N_, translate
from rijkapp.message import Day, Euro, Fixed, HourCount, Message
from rijkapp.paths import AppFilesMissing

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date_arg(language: str) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                Message(N_("{value} is not a date (YYYY-MM-DD)."), value=text).render(language)
            ) from None

    return parse


def build_parser(language: str = i18n.DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    """The command line, its help in ``language``."""

    def _(message: str) -> str:
        return translate(message, language)

    parser = _Parser(
        prog="python -m rijkapp",
        description=_("Rijkapp without a window: import, export, backups and balances."),
    )
    parser.add_argument(
        "--version", action="store_true", help=_("show the versions of Rijkapp and its parts")
    )
    parser.add_argument(
        "--data-dir", type=Path, help=_("the folder with the data (default: the user data folder)")
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=_("read the passphrase from standard input (when no keyring is available)"),
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of messages (nl or en)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = commands.add_parser("import", help=_("replace all data with the content of an export file"))
    p.add_argument("file", type=Path)
    p = commands.add_parser("export", help=_("write all data to an export file (JSON)"))
    p.add_argument("file", type=Path, help=_("target file, or - for standard output"))
    commands.add_parser("backup", help=_("make a backup now"))
    p = commands.add_parser(
        "restore", help=_("restore a backup (without a file: list the backups)")
    )
    p.add_argument("backup", nargs="?", type=Path)
    p = commands.add_parser("balances", help=_("show balances on a date"))
    p.add_argument(
        "--on", type=_date_arg(language), default=None, help=_("the date (default: today)")
    )
    p.add_argument("--json", action="store_true", help=_("as JSON"))
    p = commands.add_parser("talk", help=_("the PDF of a talk, and the manager's reply in it"))
    talk = p.add_subparsers(dest="talk_command", metavar="TALK_COMMAND", required=True)
    p = talk.add_parser("pdf", help=_("write the PDF of a talk for your manager"))
    p.add_argument("talk_id", metavar="TALK_ID")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--lang",
        dest="pdf_language",
        choices=i18n.LANGUAGES,
        default=i18n.DEFAULT_LANGUAGE,
        help=_("language of the PDF (default: nl)"),
    )
    p = talk.add_parser("import", help=_("read your manager's part from a returned talk PDF"))
    p.add_argument("file", type=Path)
    p.add_argument(
        "--dry-run", action="store_true", help=_("only show what would change; store nothing")
    )
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    from rijkapp.paths import default_data_dir

    return Path(args.data_dir) if args.data_dir else default_data_dir()


def _passphrase(args: argparse.Namespace) -> str | None:
    if not args.passphrase_stdin:
        return None
    line = sys.stdin.readline().rstrip("\n")
    return line or None


def balances(data_dir_dossier: Any, on: date) -> dict[str, Any]:
    """The ``balances --json`` document for a dossier on a date."""
    from rijkapp.calc import career, development, leave
    from rijkapp.rules import default_rulebook
    from rijkapp.views import ikb, leren, ontwikkeling

    book = default_rulebook()
    dossier = data_dir_dossier
    figures = career.career(dossier.profile, on, book)
    result: dict[str, Any] = {"on": on.isoformat()}
    result["ikb"] = ikb.balances_section(dossier, on, book) if dossier.employment else None
    leaving = [e.end_date for e in dossier.employment if e.end_date and e.end_date.year == on.year]
    if result["ikb"] is not None and leaving:
        # Added by Rijkapp: the pay-out above is then the final one after leaving service.
        result["ikb"]["leaving_date"] = max(leaving).isoformat()
    result["leave"] = leave.balances_section(dossier, on, book) if dossier.employment else None
    result["development"] = development.balances_section(dossier, on)
    result["learning"] = leren.balances_section(dossier, on, book)
    result["regelingen"] = ontwikkeling.regelingen_section(dossier, on, book)
    result["career"] = {
        "aow_date": figures.aow.on.isoformat() if figures.aow else None,
        "aow_provisional": figures.aow.provisional if figures.aow else None,
        "years_in_function": str(figures.years_in_function)
        if figures.years_in_function is not None
        else None,
        "mobility_talk_due": figures.mobility_talk_due,
    }
    return result


def _print_balances(result: dict[str, Any], language: str) -> None:
    from decimal import Decimal

    def say(template: str, **values: Any) -> None:
        print(Message(template, **values).render(language))

    on = date.fromisoformat(result["on"])
    say(N_("Balances on {date}"), date=Day(on))
    leave = result.get("leave")
    if leave:
        from rijkapp.calc.leave import bucket_label
        from rijkapp.domain.records import Bucket

        print()
        say(N_("Leave: {hours} in total"), hours=HourCount(Decimal(leave["total_hours"])))
        for b in leave["buckets"]:
            label = bucket_label(Bucket(b["bucket"]), b["year"])
            amount = HourCount(Decimal(b["hours"]))
            if b["expires"]:
                expires = Day(date.fromisoformat(b["expires"]))
                say(
                    N_("  {bucket}: {hours}, gone on {expires}"),
                    bucket=label,
                    hours=amount,
                    expires=expires,
                )
            else:
                say(N_("  {bucket}: {hours}, does not expire"), bucket=label, hours=amount)
    ikb = result.get("ikb")
    if ikb:
        print()
        say(
            N_("IKB {year}: accrued {accrued}, spent {spent}, available {available}"),
            year=ikb["year"],
            accrued=Euro(Decimal(ikb["accrued_to_date"])),
            spent=Euro(Decimal(ikb["spent_to_date"])),
            available=Euro(Decimal(ikb["available"])),
        )
        payout = Euro(Decimal(ikb["projected_december_payout"]))
        if ikb.get("leaving_date"):
            say(
                N_("  Final pay-out after leaving service (last day {date}): {amount}"),
                date=Day(date.fromisoformat(ikb["leaving_date"])),
                amount=payout,
            )
        else:
            say(N_("  Expected pay-out in December: {amount}"), amount=payout)
    for d in result.get("development") or []:
        print()
        say(
            N_("Development budget {id}: {amount} and {hours} left"),
            id=d["budget_id"],
            amount=Euro(Decimal(d["amount_left"])),
            hours=HourCount(Decimal(d["hours_left"])),
        )
    career = result["career"]
    print()
    if career["aow_date"]:
        aow = Day(date.fromisoformat(career["aow_date"]))
        provisional = career["aow_provisional"]
        say(N_("AOW from {date} (provisional)") if provisional else N_("AOW from {date}"), date=aow)
    if career["years_in_function"] is not None:
        years = Fixed(Decimal(career["years_in_function"]), 1)
        say(N_("Years in the current function: {years}"), years=years)
        if career["mobility_talk_due"]:
            say(N_("Five years or more in this function: discuss a next step in your next talk."))


def _talk(args: argparse.Namespace, store: Any, language: str) -> int:
    from rijkapp.reports.talk_pdf import FIELD_LABELS
    from rijkapp.services import talks

    def say(template: str, **values: str) -> None:
        print(Message(template, **values).render(language))

    if args.talk_command == "pdf":
        talks.save_talk_pdf(store, args.talk_id, args.file, args.pdf_language)
        say(N_("Wrote the PDF of talk {id} to {file}."), id=args.talk_id, file=str(args.file))
        return EXIT_OK
    if args.dry_run:
        reply = talks.read_talk_reply(store, args.file)
    else:
        reply, _changes = talks.store_talk_reply(store, args.file)
    differences = reply.differences
    if not differences:
        say(N_("Nothing changed: talk {id} already holds this."), id=reply.talk_id)
        return EXIT_OK
    if args.dry_run:
        say(N_("Reading this PDF would change talk {id} (nothing was stored):"), id=reply.talk_id)
    else:
        say(N_("Stored the reply in talk {id}:"), id=reply.talk_id)
    for difference in differences:
        label = translate(FIELD_LABELS[difference.field], language)
        before = _reply_value(difference.field, difference.before, language)
        print(f"  {label}: {before} → {_reply_value(difference.field, difference.after, language)}")
    return EXIT_OK


def _reply_value(field: str, value: str | None, language: str) -> str:
    """A value of the manager's part as the CLI prints it: a date in the language's own form."""
    if value is None:
        return "–"
    if field == "review_date":
        return Day(date.fromisoformat(value)).render(language)
    return value


def _restore(args: argparse.Namespace, data_dir: Path, now: datetime, language: str) -> int:
    from rijkapp.services import data
    from rijkapp.store import backups
    from rijkapp.store.session import DB_NAME

    db_path = data_dir / DB_NAME
    if args.backup is None:
        found = backups.list_backups(db_path)
        if not found:
            there_are_none = N_("There are no backups in {path}.")
            print(Message(there_are_none, path=str(backups.backup_dir(db_path))).render(language))
        for b in found:
            print(f"{b.path}  {b.made_at:%Y-%m-%d %H:%M:%S}  {b.reason}")
        return EXIT_OK
    aside = data.restore_backup(data_dir, args.backup, _passphrase(args), now)
    restored = N_("Backup restored. The previous file was kept as {path}.")
    print(Message(restored, path=str(aside)).render(language))
    return EXIT_OK


def _warn(warnings: Sequence[Message], language: str) -> None:
    """What the user should know though the data opened (a daily backup that failed, the clock)."""
    for warning in warnings:
        print(warning.render(language), file=sys.stderr)


def _with_session(args: argparse.Namespace, data_dir: Path, now: datetime, language: str) -> int:
    from rijkapp.store.session import DB_NAME, open_session

    # Only what the command needs is imported: balances reads, it never imports or exports.
    if args.command in {"import", "export"}:
        from rijkapp.services import exchange

    command = args.command

    def say(template: str, **values: str) -> None:
        print(Message(template, **values).render(language))

    if command in {"export", "talk"} and not (data_dir / DB_NAME).exists():
        nothing = Message(N_("There is no Rijkapp data in {path}."), path=str(data_dir))
        print(nothing.render(language), file=sys.stderr)
        return EXIT_USER
    if command == "import":
        exchange.read_import(args.file)  # check before even opening (or creating) the store
    session = open_session(data_dir, now=now, passphrase=_passphrase(args))
    _warn(session.warnings, language)
    try:
        if command == "import":
            result = exchange.import_file(session, args.file, now)
            say(
                N_("Imported {file}. A backup of the previous data is in {backup}."),
                file=str(args.file),
                backup=str(result.backup),
            )
        elif command == "export" and str(args.file) == "-":
            sys.stdout.write(exchange.export_text(session, now))
        elif command == "export":
            exchange.export_file(session, args.file, now)
            say(N_("Exported to {file}."), file=str(args.file))
        elif command == "backup":
            say(N_("Backup made: {path}"), path=str(session.backup("manual", now)))
        elif command == "talk":
            return _talk(args, session.store, language)
        elif command == "balances":
            document = balances(session.store.dossier(), args.on or now.date())
            if args.json:
                print(json.dumps(document, ensure_ascii=False, indent=2))
            else:
                _print_balances(document, language)
    finally:
        session.close()
    return EXIT_OK


def run(args: argparse.Namespace, language: str) -> int:
    now = datetime.now().astimezone()
    data_dir = _data_dir(args)
    if args.command == "restore":
        return _restore(args, data_dir, now, language)
    return _with_session(args, data_dir, now, language)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except AppFilesMissing as exc:  # a broken installation: no catalogue or rule book to use
        print(exc, file=sys.stderr)
        return EXIT_USER


def _main(argv: Sequence[str] | None) -> int:
    language = i18n.language_from_environment()
    parser = build_parser(language)
    args = parser.parse_args(argv)
    if args.lang:
        language = i18n.normalise(args.lang)
    if args.version:
        from rijkapp.versions import version_text

        print(version_text())
        return EXIT_OK
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return run(args, language)
    except RijkappError as exc:
        print(exc.render(language), file=sys.stderr)
        return EXIT_USER
    except OSError as exc:
        problem = Message(N_("A file could not be read or written: {reason}"), reason=str(exc))
        print(problem.render(language), file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return EXIT_USER
