"""Certificates on a date: valid, expiring or expired, the days left, and the reminders.

``valid_until`` is the last valid day. On a date a certificate is *expired* after that day,
*expiring* when at most 90 days remain (the last valid day has 0 days left and is still expiring),
and *valid* otherwise or when it does not expire. Reminders come 90, 60, 30 and 7 days before the
last valid day; the one reached on a date is the latest of those whose day has come.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from rijkapp.domain.records import Certificate, LearningActivity
from rijkapp.i18n import N_
from rijkapp.message import Day, Message, plural

EXPIRING_WITHIN_DAYS = 90
REMINDER_DAYS = (90, 60, 30, 7)


class CertificateStatus(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"


@dataclass(frozen=True)
class CertificateState:
    """One certificate of one activity on a date."""

    activity: LearningActivity
    certificate: Certificate
    on: date
    status: CertificateStatus
    days_left: int | None  # to the last valid day (0 on it, negative after); None: no end
    reminder: int | None  # the reminder reached (90, 60, 30 or 7 days before), until it expires

    @property
    def message(self) -> Message:
        """The status in words: until when it is valid and how many days are left."""
        until = self.certificate.valid_until
        if until is None or self.days_left is None:
            return Message(N_("Valid; it does not expire."))
        if self.status is CertificateStatus.EXPIRED:
            return Message(N_("Expired: it was valid until {date}."), date=Day(until))
        if self.days_left == 0:
            return Message(N_("Expiring: today is the last valid day."))
        return plural(
            "Valid until {date}: {count} day left.",
            "Valid until {date}: {count} days left.",
            self.days_left,
            date=Day(until),
        )


def certificate_status(certificate: Certificate, on: date) -> tuple[CertificateStatus, int | None]:
    """The status of ``certificate`` on ``on`` and the days left to its last valid day."""
    until = certificate.valid_until
    if until is None:
        return CertificateStatus.VALID, None
    left = (until - on).days
    if left < 0:
        return CertificateStatus.EXPIRED, left
    if left <= EXPIRING_WITHIN_DAYS:
        return CertificateStatus.EXPIRING, left
    return CertificateStatus.VALID, left


def reminder_dates(certificate: Certificate) -> tuple[tuple[int, date], ...]:
    """(days before, day) of each reminder, the earliest first; none for one that never ends."""
    until = certificate.valid_until
    if until is None:
        return ()
    return tuple((days, until - timedelta(days=days)) for days in REMINDER_DAYS)


def reminder_on(certificate: Certificate, on: date) -> int | None:
    """The reminder reached on ``on`` (90, 60, 30 or 7); None before the first, or expired."""
    until = certificate.valid_until
    if until is None or on > until:
        return None
    reached = [days for days, day in reminder_dates(certificate) if day <= on]
    return min(reached) if reached else None


def certificate_state(
    activity: LearningActivity, certificate: Certificate, on: date
) -> CertificateState:
    status, left = certificate_status(certificate, on)
    return CertificateState(activity, certificate, on, status, left, reminder_on(certificate, on))


def certificate_states(
    activities: Iterable[LearningActivity], on: date
) -> tuple[CertificateState, ...]:
    """Every certificate of ``activities`` on ``on``, the first to end first; the ones that do
    not expire last."""
    states = [
        certificate_state(activity, certificate, on)
        for activity in activities
        for certificate in activity.certificates
    ]
    return tuple(sorted(states, key=_ending))


def next_to_renew(states: Iterable[CertificateState]) -> CertificateState | None:
    """The certificate that ends first and has not expired yet."""
    open_ = [s for s in states if s.days_left is not None and s.days_left >= 0]
    return min(open_, key=_ending) if open_ else None


def _ending(state: CertificateState) -> tuple[int, date, str, str]:
    until = state.certificate.valid_until
    return (until is None, until or date.max, state.activity.id, state.certificate.id)
