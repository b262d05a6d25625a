"""Certificates on 28 November 2026: valid, expiring (at most 90 days left) or expired."""

from __future__ import annotations

from datetime import date, timedelta

from rijkapp.calc.learning import (
    CertificateStatus,
    certificate_states,
    certificate_status,
    next_to_renew,
    reminder_dates,
    reminder_on,
)
from tests.helpers import TODAY
from tests.unit.calc.learning_fixtures import activity, certificate, text

DAY = timedelta(days=1)


def test_the_issues_example_expires_in_78_days() -> None:
    # 28 Nov -> 31 Dec 2026 = 33 days, + 31 (January) + 14 (February) = 78 days to 14 Feb 2027
    assert certificate_status(certificate(date(2027, 2, 14)), TODAY) == (
        CertificateStatus.EXPIRING,
        78,
    )


def test_on_each_side_of_the_90_day_line() -> None:
    # valid until 26 Feb 2027 = today + 90 days: expiring; one day later: still valid
    assert certificate_status(certificate(TODAY + 90 * DAY), TODAY) == (
        CertificateStatus.EXPIRING,
        90,
    )
    assert certificate_status(certificate(TODAY + 91 * DAY), TODAY) == (
        CertificateStatus.VALID,
        91,
    )


def test_the_last_valid_day_is_still_valid_and_the_day_after_it_has_expired() -> None:
    assert certificate_status(certificate(TODAY), TODAY) == (CertificateStatus.EXPIRING, 0)
    assert certificate_status(certificate(TODAY - DAY), TODAY) == (CertificateStatus.EXPIRED, -1)


def test_a_certificate_without_an_end_is_valid_for_good() -> None:
    assert certificate_status(certificate(None), TODAY) == (CertificateStatus.VALID, None)
    assert reminder_dates(certificate(None)) == ()


def test_reminders_come_90_60_30_and_7_days_before_the_last_valid_day() -> None:
    cert = certificate(date(2027, 2, 14))
    assert reminder_dates(cert) == (
        (90, date(2026, 11, 16)),
        (60, date(2026, 12, 16)),
        (30, date(2027, 1, 15)),
        (7, date(2027, 2, 7)),
    )
    assert reminder_on(cert, date(2026, 11, 15)) is None
    assert reminder_on(cert, TODAY) == 90
    assert reminder_on(cert, date(2026, 12, 16)) == 60
    assert reminder_on(cert, date(2027, 2, 14)) == 7
    assert reminder_on(cert, date(2027, 2, 15)) is None  # expired: renew, no more reminders


def test_the_states_put_the_first_to_end_first_and_name_the_next_to_renew() -> None:
    old = activity("a1", certificates=(certificate(date(2026, 1, 31)),))
    soon = activity("a2", certificates=(certificate(date(2027, 2, 14)),))
    later = activity(
        "a3",
        certificates=(certificate(None, "c1"), certificate(date(2029, 6, 30), "c2")),
    )
    states = certificate_states((later, soon, old), TODAY)
    assert [(s.activity.id, s.certificate.id, s.status) for s in states] == [
        ("a1", "c1", CertificateStatus.EXPIRED),
        ("a2", "c1", CertificateStatus.EXPIRING),
        ("a3", "c2", CertificateStatus.VALID),
        ("a3", "c1", CertificateStatus.VALID),
    ]
    renew = next_to_renew(states)
    assert renew is not None and renew.activity.id == "a2"
    assert text(renew.message, "nl") == "Geldig tot en met 14 februari 2027: nog 78 dagen."
    assert text(states[0].message, "en") == "Expired: it was valid until 31 January 2026."
