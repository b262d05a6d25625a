"""The example employee for "Voorbeeldprofiel verkennen", built through the same services."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rijkapp.domain.records import (
    Bucket,
    DevelopmentBudget,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    LeaveBalance,
    LeaveEntry,
    LeaveStatus,
    Profile,
    WorkSchedule,
)
from rijkapp.services import profile as profile_service
from rijkapp.services.changes import EVERYTHING, Changes
from rijkapp.services.example_learning import fill_learning
from rijkapp.services.example_talks import fill_talks
from rijkapp.store.repository import Store


def fill_example(store: Store, today: date) -> Changes:
    """A realistic Rijk employee: part-time 32 hours (4 × 8), scale 11, leave and IKB plans,
    a few years of learning with certificates, two development budgets, and last year's talks
    with the next one to prepare."""
    year = today.year
    with store.db.transaction():
        profile_service.save_profile(
            store,
            Profile(
                name="Sanne de Vries",
                birth_date=date(1984, 5, 17),
                rijk_start_date=date(2012, 3, 1),
                organisation="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                unit="DG Overheidsorganisatie",
                job_title="Senior beleidsmedewerker",
                function_start_date=date(year - 6, 1, 1),
                manager="Bram Jansen",
                language="nl",
            ),
            today,
        )
        profile_service.save_employment(
            store,
            Employment(
                "e1",
                date(year - 1, 1, 1),
                Decimal("36"),
                11,
                5,
                Decimal("4712.00"),
                Decimal("0.00"),
            ),
        )
        profile_service.save_employment(
            store,
            Employment(
                "e2", date(year, 4, 1), Decimal("32"), 11, 6, Decimal("4871.00"), Decimal("0.00")
            ),
        )
        profile_service.save_schedule(
            store,
            WorkSchedule(
                "w1",
                date(year - 1, 1, 1),
                (
                    Decimal("7.2"),
                    Decimal("7.2"),
                    Decimal("7.2"),
                    Decimal("7.2"),
                    Decimal("7.2"),
                    Decimal(0),
                    Decimal(0),
                ),
            ),
        )
        profile_service.save_schedule(
            store,
            WorkSchedule(
                "w2",
                date(year, 4, 1),
                (
                    Decimal(8),
                    Decimal(8),
                    Decimal(0),
                    Decimal(8),
                    Decimal(8),
                    Decimal(0),
                    Decimal(0),
                ),
            ),
        )
        store.save(
            LeaveBalance(
                "b1",
                date(year - 1, 1, 1),
                Bucket.WETTELIJK,
                year - 2,
                Decimal("36"),
                "saldo volgens P-Direkt",
            )
        )
        store.save(
            LeaveBalance(
                "b2",
                date(year - 1, 1, 1),
                Bucket.SPAARVERLOF,
                None,
                Decimal("52"),
                "saldo volgens P-Direkt",
            )
        )
        store.save(
            LeaveEntry(
                "l1",
                date(year, 2, 16),
                date(year, 2, 20),
                None,
                None,
                LeaveStatus.TAKEN,
                "voorjaarsvakantie",
            )
        )
        store.save(
            LeaveEntry(
                "l2",
                date(year, 7, 20),
                date(year, 8, 7),
                None,
                None,
                LeaveStatus.PLANNED,
                "zomervakantie",
            )
        )
        store.save(
            LeaveEntry(
                "l3",
                date(year, 12, 28),
                date(year + 1, 1, 1),
                None,
                None,
                LeaveStatus.PLANNED,
                "tussen kerst en oud en nieuw",
            )
        )
        store.save(
            IkbChoice(
                "k1",
                date(year, 3, 1),
                IkbChoiceKind.FISCAL_GOAL,
                amount=Decimal("246.00"),
                goal="vakbondscontributie",
                submitted=True,
            )
        )
        store.save(
            IkbChoice(
                "k2", date(year, 5, 1), IkbChoiceKind.BUY_HOURS, hours=Decimal("24"), submitted=True
            )
        )
        store.save(
            IkbChoice("k3", date(year, 6, 1), IkbChoiceKind.PAYOUT, amount=Decimal("1000.00"))
        )
        store.save(
            DevelopmentBudget(
                "d1",
                "Opleidingsbudget directie",
                "organisatie",
                Decimal("1500.00"),
                Decimal("40"),
                date(year, 1, 1),
                date(year + 1, 12, 31),
            )
        )
        fill_learning(store, today)
        fill_talks(store, today)
    return EVERYTHING
