"""Dossiers with talks for the talk PDF's tests and the benchmark.

``talk_dossier()`` has one planning talk with some sections chosen for the PDF and some not, and
private things around it (salary, leave, an IKB choice, a private reflection on learning) that
must never reach the PDF; each private thing has a marker text to search for. ``long_talk()``
makes the same talk about six pages long: long texts and many agreements, each agreement's row
starting with ``Afspraak N:`` and ending with ``(einde N)``.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

from rijkapp.domain.records import (
    TALK_SECTIONS,
    Agreement,
    Dossier,
    Employment,
    IkbChoice,
    IkbChoiceKind,
    Informant,
    LearningActivity,
    LearningKind,
    LearningStatus,
    LeaveEntry,
    Profile,
    Talk,
    TalkPurpose,
)

CHOSEN = ("resultaten", "ontwikkeling", "informanten", "afspraken", "leeractiviteiten", "vragen")
NOT_CHOSEN_TEXT = "Nevenwerk als penningmeester van de volkstuinvereniging"
# Never in the PDF, whatever is chosen.
PRIVATE = (
    "4321",  # the salary
    "Zomervakantie Terschelling",  # a leave note
    "Fiets van de zaak",  # an IKB goal
    "Wat ik hiervan echt vond",  # the private reflection on a learning activity
)


def talk_dossier() -> Dossier:
    talk = Talk(
        "t1",
        TalkPurpose.PLANNEN,
        date(2026, 2, 10),
        date(2026, 1, 1),
        date(2026, 12, 31),
        manager="B. Jansen",
        informants=(Informant("C. Smit", "projectleider"), Informant("D. de Vries")),
        agreements=(
            Agreement(
                "g1",
                "result",
                "Evaluatie van de regeling afronden",
                "Rapport naar de Kamer",
                date(2026, 10, 1),
            ),
            Agreement(
                "g2",
                "development",
                "Vaardigheden in data-analyse versterken",
                "Cursus afgerond en toegepast",
                date(2026, 6, 30),
            ),
        ),
        topics=(
            ("resultaten", "In 2025 heb ik de consultatie afgerond, met veel reacties."),
            ("ontwikkeling", "Ik wil beter worden in data-analyse; leven lang leren."),
            ("integriteit", NOT_CHOSEN_TEXT),
        ),
        questions_for_manager="Kan ik meedoen aan het traineeship van de directie?",
        in_pdf=CHOSEN,
    )
    return Dossier(
        profile=Profile(
            name="Anneke de Vriës",
            job_title="Senior beleidsmedewerker",
            organisation="Ministerie van BZK",
            unit="DG Overheidsorganisatie",
            function_start_date=date(2019, 3, 1),
            manager="B. Jansen",
        ),
        employment=(Employment("e1", date(2024, 1, 1), Decimal(36), 11, 7, Decimal("4321.00")),),
        leave=(
            LeaveEntry(
                "l1", date(2026, 7, 20), date(2026, 7, 31), note="Zomervakantie Terschelling"
            ),
        ),
        ikb_choices=(
            IkbChoice(
                "k1",
                date(2026, 5, 1),
                IkbChoiceKind.FISCAL_GOAL,
                amount=Decimal("750.00"),
                goal="Fiets van de zaak",
            ),
        ),
        learning_activities=(
            LearningActivity(
                "a1",
                "Data-analyse voor beleid",
                LearningKind.CURSUS,
                "Rijksacademie",
                date(2026, 2, 1),
                date(2026, 3, 15),
                Decimal(24),
                Decimal("850.00"),
                LearningStatus.DONE,
                None,
                reflection="Wat ik hiervan echt vond: te traag.",
            ),
        ),
        talks=(talk,),
    )


def _long_text(topic: str, paragraphs: int) -> str:
    sentence = (
        f"Over {topic}: het werk vroeg dit jaar veel afstemming met de andere directies, "
        "en ik heb geleerd eerder te zeggen wat ik nodig heb. "
    )
    return "\n\n".join(sentence * 6 for _ in range(paragraphs))


def long_talk(agreements: int = 20) -> Dossier:
    """The talk of :func:`talk_dossier` with every section chosen, long texts, many agreements:
    about six pages."""
    dossier = talk_dossier()
    (talk,) = dossier.talks
    many = tuple(
        Agreement(
            f"g{i}",
            ("result", "development", "career", "inzetbaarheid")[i % 4],
            f"Afspraak {i}: " + "een resultaat dat het team verder helpt " * (1 + i % 3),
            "Gemeten aan het oordeel van de opdrachtgever",
            date(2026, 1 + i % 12, 1),
            "open",
            f"Reflectie {i}: "
            + "het loopt goed, met één kanttekening. " * (1 + i % 4)
            + f"(einde {i})",
        )
        for i in range(1, agreements + 1)
    )
    topics = tuple((name, _long_text(name, 2)) for name in ("omstandigheden", "resultaten"))
    # Every section but the private reflection on learning, which stays out unless ticked.
    shown = tuple(name for name in TALK_SECTIONS if name != "leerreflectie")
    talk = dataclasses.replace(talk, agreements=many, topics=topics, in_pdf=shown)
    return dataclasses.replace(dossier, talks=(talk,))
