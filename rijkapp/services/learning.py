"""Learning activities, their certificates and development budgets: check, save in one
transaction, return ``Changes`` (always ``Area.LEARNING``).

Certificates are files kept inside the encrypted database. One comes in from a file the user
picks (:func:`add_certificate`, :func:`replace_certificate`, at most ``MAX_CERTIFICATE`` bytes)
and goes out only where the user asks: saved to a place of their choosing
(:func:`save_certificate_as`), or written to a private temporary folder to be opened by another
program and removed afterwards (:func:`open_certificate`, removed when the session closes;
:func:`viewed_certificate`, removed when the ``with`` block ends).
"""

from __future__ import annotations

import contextlib
import dataclasses
import mimetypes
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from rijkapp.domain.codecs import MAX_CERTIFICATE, MAX_NAME
from rijkapp.domain.errors import ValidationError
from rijkapp.domain.records import Certificate, DevelopmentBudget, LearningActivity
from rijkapp.i18n import N_
from rijkapp.services.changes import Area, Changes, changed
from rijkapp.services.checked import save_checked
from rijkapp.store.repository import Store
from rijkapp.store.session import Session

__all__ = [
    "MAX_CERTIFICATE",
    "add_certificate",
    "certificate_from_file",
    "delete_activity",
    "delete_budget",
    "media_type_of",
    "open_certificate",
    "remove_certificate",
    "replace_certificate",
    "save_activity",
    "save_budget",
    "save_certificate_as",
    "set_certificate_dates",
    "validate_activity",
    "validate_budget",
    "viewed_certificate",
]

# The first bytes of the kinds of file a certificate usually is; they decide over the file name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
_UNSAFE = re.compile(r"[^\w.\- ]+")


# ------------------------------------------------------------------------------- checks


def _decimals_over_two(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent < -2


def _hours_errors(field: str, hours: Decimal) -> list[ValidationError]:
    if hours < 0:
        return [ValidationError(field, N_("The hours cannot be negative."))]
    if _decimals_over_two(hours):
        return [ValidationError(field, N_("Give the hours with at most two decimals."))]
    return []


def _money_errors(field: str, amount: Decimal, negative: str) -> list[ValidationError]:
    if amount < 0:
        return [ValidationError(field, negative)]
    if _decimals_over_two(amount):
        return [ValidationError(field, N_("Give the amount in euros with at most two decimals."))]
    return []


def _name_errors(field: str, text: str, empty: str) -> list[ValidationError]:
    if not text.strip():
        return [ValidationError(field, empty)]
    if len(text) > MAX_NAME:
        return [
            ValidationError(
                field,
                N_("is too long ({length} characters; at most {limit})."),
                length=len(text),
                limit=MAX_NAME,
            )
        ]
    return []


def _certificate_errors(index: int, certificate: Certificate) -> list[ValidationError]:
    where = f"certificates[{index}]"
    errors = _name_errors(f"{where}.filename", certificate.filename, N_("The file has no name."))
    if not certificate.data:
        errors.append(ValidationError(f"{where}.data", N_("The file is empty.")))
    elif len(certificate.data) > MAX_CERTIFICATE:
        errors.append(_too_large(f"{where}.data"))
    issued, valid_until = certificate.issued, certificate.valid_until
    if issued is not None and valid_until is not None and valid_until < issued:
        errors.append(
            ValidationError(
                f"{where}.valid_until",
                N_("The certificate's last valid day lies before its issue date."),
            )
        )
    return errors


def validate_activity(
    activity: LearningActivity, budgets: Sequence[DevelopmentBudget]
) -> list[ValidationError]:
    """What is wrong with an activity, each naming its field; empty when it may be saved."""
    errors = _name_errors("title", activity.title, N_("Fill in what the activity is called."))
    if activity.start is not None and activity.end is not None and activity.end < activity.start:
        errors.append(ValidationError("end", N_("The end date lies before the start date.")))
    errors += _hours_errors("hours", activity.hours)
    errors += _hours_errors("self_study_hours", activity.self_study_hours)
    errors += _money_errors("cost", activity.cost, N_("The cost cannot be negative."))
    if activity.budget_id is not None and activity.budget_id not in {b.id for b in budgets}:
        errors.append(
            ValidationError(
                "budget_id", N_("{value} is not a development budget."), value=activity.budget_id
            )
        )
    if len(set(activity.funding)) < len(activity.funding):
        errors.append(ValidationError("funding", N_("Each kind of funding counts once.")))
    ids = [c.id for c in activity.certificates]
    for index, certificate in enumerate(activity.certificates):
        if not certificate.id or ids.index(certificate.id) < index:
            raise ValueError(f"certificate ids must be unique and given: {ids}")
        errors += _certificate_errors(index, certificate)
    return errors


def validate_budget(budget: DevelopmentBudget) -> list[ValidationError]:
    """What is wrong with a development budget, each naming its field."""
    errors = _name_errors("name", budget.name, N_("Fill in what the budget is called."))
    if budget.valid_to < budget.valid_from:
        errors.append(
            ValidationError("valid_to", N_("The budget's last day lies before its first day."))
        )
    errors += _money_errors("amount", budget.amount, N_("The amount cannot be negative."))
    errors += _hours_errors("hours", budget.hours)
    if not errors and budget.amount == 0 and budget.hours == 0:
        errors.append(ValidationError("amount", N_("Give an amount, a number of hours, or both.")))
    return errors


# ------------------------------------------------------------------------------- activities


def _budgets(store: Store) -> tuple[DevelopmentBudget, ...]:
    return store.records("development_budgets")


def save_activity(store: Store, activity: LearningActivity) -> Changes:
    """Add or change an activity (with its certificates as given), checked, in one transaction."""
    return save_checked(
        store, activity, lambda: validate_activity(activity, _budgets(store)), Area.LEARNING
    )


def delete_activity(store: Store, activity_id: str) -> Changes:
    """Delete an activity; its certificates go with it."""
    return changed(store.delete(LearningActivity, activity_id), Area.LEARNING)


def _activity(store: Store, activity_id: str) -> LearningActivity:
    found: tuple[LearningActivity, ...] = store.records("learning_activities")
    for activity in found:
        if activity.id == activity_id:
            return activity
    raise ValidationError("activity", N_("This learning activity is no longer there."))


def _certificate(activity: LearningActivity, certificate_id: str) -> tuple[int, Certificate]:
    for index, certificate in enumerate(activity.certificates):
        if certificate.id == certificate_id:
            return index, certificate
    raise ValidationError("certificate", N_("This certificate is no longer there."))


# ------------------------------------------------------------------------------- certificates


def media_type_of(filename: str, data: bytes) -> str:
    """The media type of a file: from its first bytes where they tell, else from its name."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"


def _too_large(field: str) -> ValidationError:
    return ValidationError(
        field,
        N_("The file is larger than {limit} MB; choose a smaller file."),
        limit=MAX_CERTIFICATE // (1024 * 1024),
    )


def certificate_from_file(
    path: Path,
    *,
    issued: date | None = None,
    valid_until: date | None = None,
    certificate_id: str = "",
) -> Certificate:
    """A certificate holding the file at ``path``; refused naming ``certificate`` when the file
    cannot be read, is empty or is too large."""
    try:
        size = path.stat().st_size
        if size > MAX_CERTIFICATE:
            raise _too_large("certificate")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "certificate",
            N_("The file {path} cannot be read: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    if len(data) > MAX_CERTIFICATE:  # it grew while being read
        raise _too_large("certificate")
    if not data:
        raise ValidationError("certificate", N_("The file is empty."))
    return Certificate(
        path.name, media_type_of(path.name, data), data, issued, valid_until, certificate_id
    )


def _next_id(activity: LearningActivity) -> str:
    numbers = [
        int(c.id[1:]) for c in activity.certificates if c.id[:1] == "c" and c.id[1:].isdigit()
    ]
    return f"c{max(numbers, default=0) + 1}"


def _with_certificates(
    store: Store, activity: LearningActivity, certificates: tuple[Certificate, ...]
) -> Changes:
    return save_activity(store, dataclasses.replace(activity, certificates=certificates))


def add_certificate(
    store: Store,
    activity_id: str,
    path: Path,
    *,
    issued: date | None = None,
    valid_until: date | None = None,
) -> Changes:
    """Keep the file at ``path`` as a further certificate of the activity."""
    with store.db.transaction():
        activity = _activity(store, activity_id)
        certificate = certificate_from_file(
            path, issued=issued, valid_until=valid_until, certificate_id=_next_id(activity)
        )
        return _with_certificates(store, activity, (*activity.certificates, certificate))


def replace_certificate(store: Store, activity_id: str, certificate_id: str, path: Path) -> Changes:
    """Put the file at ``path`` in the place of a certificate; its id and dates stay."""
    with store.db.transaction():
        activity = _activity(store, activity_id)
        index, old = _certificate(activity, certificate_id)
        new = certificate_from_file(
            path, issued=old.issued, valid_until=old.valid_until, certificate_id=old.id
        )
        certificates = list(activity.certificates)
        certificates[index] = dataclasses.replace(new, extra=old.extra)
        return _with_certificates(store, activity, tuple(certificates))


def set_certificate_dates(
    store: Store,
    activity_id: str,
    certificate_id: str,
    issued: date | None,
    valid_until: date | None,
) -> Changes:
    """Change when a certificate was issued and its last valid day (None: it does not expire)."""
    with store.db.transaction():
        activity = _activity(store, activity_id)
        index, old = _certificate(activity, certificate_id)
        certificates = list(activity.certificates)
        certificates[index] = dataclasses.replace(old, issued=issued, valid_until=valid_until)
        return _with_certificates(store, activity, tuple(certificates))


def remove_certificate(store: Store, activity_id: str, certificate_id: str) -> Changes:
    """Remove one certificate of an activity."""
    with store.db.transaction():
        activity = _activity(store, activity_id)
        _certificate(activity, certificate_id)
        kept = tuple(c for c in activity.certificates if c.id != certificate_id)
        return _with_certificates(store, activity, kept)


def _stored(store: Store, activity_id: str, certificate_id: str) -> Certificate:
    return _certificate(_activity(store, activity_id), certificate_id)[1]


def _safe_name(certificate: Certificate) -> str:
    """The certificate's file name as a plain name in one folder (never a path)."""
    name = _UNSAFE.sub("_", Path(certificate.filename.replace("\\", "/")).name).strip(" .")
    return name or "certificaat"


def _write_private(folder: Path, certificate: Certificate) -> Path:
    target = folder / _safe_name(certificate)
    with target.open("xb") as handle:  # a new file in a new folder: nothing is overwritten
        handle.write(certificate.data)
    target.chmod(0o400)
    return target


def open_certificate(session: Session, activity_id: str, certificate_id: str) -> Path:
    """Write a certificate to a private temporary file to be opened by another program.

    The file lives in the session's own temporary folder (only the user may read it) and is
    removed when the session closes: a viewer that opened it keeps reading it until then.
    """
    certificate = _stored(session.store, activity_id, certificate_id)
    return _write_private(Path(tempfile.mkdtemp(dir=session.scratch_dir())), certificate)


@contextlib.contextmanager
def viewed_certificate(store: Store, activity_id: str, certificate_id: str) -> Iterator[Path]:
    """A certificate as a private temporary file, removed when the ``with`` block ends."""
    certificate = _stored(store, activity_id, certificate_id)
    folder = Path(tempfile.mkdtemp(prefix="rijkapp-"))
    try:
        yield _write_private(folder, certificate)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def save_certificate_as(store: Store, activity_id: str, certificate_id: str, target: Path) -> Path:
    """Write a certificate where the user chose; never half a file. Returns ``target``."""
    certificate = _stored(store, activity_id, certificate_id)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.write_bytes(certificate.data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "target",
            N_("The file {path} could not be written: {reason}"),
            path=str(target),
            reason=exc.strerror or str(exc),
        ) from None
    return target


# ------------------------------------------------------------------------------- budgets


def save_budget(store: Store, budget: DevelopmentBudget) -> Changes:
    """Add or change a development budget, checked, in one transaction."""
    return save_checked(store, budget, lambda: validate_budget(budget), Area.LEARNING)


def delete_budget(store: Store, budget_id: str) -> Changes:
    """Delete a budget; the activities booked against it stay, booked against none."""
    with store.db.transaction():
        booked: tuple[LearningActivity, ...] = store.records("learning_activities")
        for activity in booked:
            if activity.budget_id == budget_id:
                store.save(dataclasses.replace(activity, budget_id=None))
        return changed(store.delete(DevelopmentBudget, budget_id), Area.LEARNING)
