"""The example employee's learning: a few years of courses and training, two development budgets
and certificates on both sides of their last valid day, all dated from ``today`` so that the
Leren and Ontwikkeling pages have something to show on any day.

Sanne de Vries (in her function since 1 January six years ago) has used A+O Blik vooruit last
year, so it is open to her again only five years after that activity started; her BHV
certificate is in its last 90 days; her information security e-learning has expired.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from rijkapp.domain.records import (
    BudgetOwner,
    Certificate,
    DevelopmentBudget,
    Funding,
    LearningActivity,
    LearningKind,
    LearningStatus,
    StudyReason,
)
from rijkapp.store.repository import Store


def certificate_pdf(title: str) -> bytes:
    """A small, valid one-page PDF that says ``title`` (ASCII), as a scanned certificate would."""
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream = f"BT /F1 20 Tf 72 720 Td (Certificaat: {text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _certificate(name: str, title: str, issued: date, valid_until: date | None) -> Certificate:
    return Certificate(name, "application/pdf", certificate_pdf(title), issued, valid_until, "c1")


def fill_learning(store: Store, today: date) -> None:
    """Save the example's budgets and activities (inside the caller's transaction)."""
    year = today.year
    store.save(
        DevelopmentBudget(
            "d2",
            "Teambudget leren",
            "team",
            Decimal(0),
            Decimal("24"),
            date(year, 1, 1),
            date(year, 12, 31),
            owner=BudgetOwner.TEAM,
        )
    )
    bhv_until = today + timedelta(days=45)
    activities = (
        LearningActivity(
            "a1",
            "Projectmatig werken",
            LearningKind.CURSUS,
            "Rijksacademie voor Digitalisering",
            date(year - 2, 3, 9),
            date(year - 2, 5, 18),
            Decimal("24"),
            Decimal("895.00"),
            LearningStatus.DONE,
            None,
            skills=("projectmatig werken", "planning"),
            reflection=(
                "Wat heb ik geleerd?\nEen project opdelen in fasen, met een besluit na elke fase."
            ),
            reason=StudyReason.VERZOEK_LEIDINGGEVENDE,
            funding=(Funding.STUDIEFACILITEITEN,),
            self_study_hours=Decimal("12"),
            certificates=(
                _certificate(
                    "certificaat-projectmatig-werken.pdf",
                    "Projectmatig werken",
                    date(year - 2, 5, 18),
                    None,
                ),
            ),
        ),
        LearningActivity(
            "a2",
            "Informatiebeveiliging voor beleidsmedewerkers",
            LearningKind.E_LEARNING,
            "Leerplein Rijk",
            date(year - 2, 6, 3),
            date(year - 2, 6, 3),
            Decimal("3"),
            Decimal(0),
            LearningStatus.DONE,
            None,
            skills=("informatiebeveiliging",),
            certificates=(
                _certificate(
                    "bewijs-informatiebeveiliging.pdf",
                    "Informatiebeveiliging",
                    date(year - 2, 6, 3),
                    date(year - 1, 6, 2),
                ),
            ),
        ),
        LearningActivity(
            "a3",
            "Data-analyse voor beleid",
            LearningKind.CURSUS,
            "Hogeschool Utrecht",
            date(year - 1, 9, 15),
            date(year - 1, 12, 8),
            Decimal("30"),
            Decimal("950.00"),
            LearningStatus.DONE,
            None,
            skills=("data-analyse", "Excel"),
            reason=StudyReason.ANDERE_REDEN,
            funding=(Funding.AO_BLIK_VOORUIT,),
            self_study_hours=Decimal("20"),
        ),
        LearningActivity(
            "a4",
            "BHV-herhaling",
            LearningKind.TRAINING,
            "BHV Nederland",
            bhv_until - timedelta(days=365),
            bhv_until - timedelta(days=365),
            Decimal("8"),
            Decimal(0),
            LearningStatus.DONE,
            None,
            skills=("bedrijfshulpverlening",),
            reason=StudyReason.VERZOEK_LEIDINGGEVENDE,
            funding=(Funding.STUDIEFACILITEITEN,),
            certificates=(
                _certificate(
                    "bhv-certificaat.pdf",
                    "BHV",
                    bhv_until - timedelta(days=364),
                    bhv_until,
                ),
            ),
        ),
        LearningActivity(
            "a5",
            "Schrijven voor de bewindspersoon",
            LearningKind.TRAINING,
            "Schrijfacademie",
            date(year, 2, 5),
            date(year, 3, 26),
            Decimal("16"),
            Decimal("640.00"),
            LearningStatus.DONE,
            "d1",
            skills=("schrijven", "adviseren"),
            reason=StudyReason.LOOPBAANAFSPRAAK,
            funding=(Funding.STUDIEFACILITEITEN, Funding.BUDGET),
            self_study_hours=Decimal("8"),
        ),
        LearningActivity(
            "a6",
            "Intervisie beleidsadviseurs",
            LearningKind.INTERVISIE,
            "eigen directie",
            date(year, 9, 1),
            date(year, 12, 15),
            Decimal("12"),
            Decimal(0),
            LearningStatus.BUSY,
            "d2",
            skills=("reflecteren", "adviseren"),
            funding=(Funding.BUDGET,),
        ),
        LearningActivity(
            "a7",
            "Agile werken in beleidsteams",
            LearningKind.TRAINING,
            "Rijksacademie voor Digitalisering",
            date(year + 1, 2, 2),
            date(year + 1, 3, 30),
            Decimal("21"),
            Decimal("780.00"),
            LearningStatus.PLANNED,
            "d1",
            skills=("agile werken", "planning"),
            reason=StudyReason.ANDERE_REDEN,
            funding=(Funding.STUDIEFACILITEITEN, Funding.BUDGET),
            self_study_hours=Decimal("10"),
        ),
    )
    for activity in activities:
        store.save(activity)


__all__ = ["certificate_pdf", "fill_learning"]
