"""A certificate's reminder in words, for the Leren page and the Overzicht's learning tile.

Its own module, so that the Overzicht does not load the certificates' section (and with it the
calendar export and the certificate files) to say that one is due.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rijkapp.views.leren import CertificateState, CertificateStatus
from ui import formatting as fmt
from ui.text import arg


def reminder_text(state: CertificateState) -> str:
    """A certificate's reminder (90, 60, 30 or 7 days before its last valid day) in words, for
    the notices on the Leren page and the Overzicht."""
    title = state.activity.title
    until = state.certificate.valid_until
    if state.status is CertificateStatus.EXPIRED and until is not None:
        return arg(
            QCoreApplication.translate(
                "LearningCertificates", "The certificate of %1 expired on %2."
            ),
            title,
            fmt.day(until),
        )
    if state.days_left == 0 or until is None:
        return arg(
            QCoreApplication.translate(
                "LearningCertificates", "The certificate of %1 is valid until today. Renew it now."
            ),
            title,
        )
    if state.days_left == 1:
        return arg(
            QCoreApplication.translate(
                "LearningCertificates",
                "The certificate of %1 is valid until tomorrow. Renew it now.",
            ),
            title,
        )
    return arg(
        QCoreApplication.translate(
            "LearningCertificates",
            "The certificate of %1 is valid until %2: %3 days left. Renew it in time.",
        ),
        title,
        fmt.day(until),
        state.days_left,
    )
