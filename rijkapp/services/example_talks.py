"""The example employee's talks: last year's cycle of the gesprekscyclus Rijk, complete, and the
planning talk for the next period, still to prepare.

Last year Sanne de Vries planned her year with Bram Jansen (four agreements: a result, her
development, her career and her inzetbaarheid), reflected on it halfway with two informants, and
closed it with an evaluation that her manager concluded with a score, and her reaction. Her next
planning talk is ten days after ``today`` and nothing is written for it yet, so the Gesprekken
page warns; her career agreement is due within a month, and she has been in her function for
six years, so the page asks about her career too. Saved through the talks service, dated from
``today``.
"""

from __future__ import annotations

from datetime import date, timedelta

from rijkapp.calc.career import add_years
from rijkapp.domain.records import Agreement, Informant, Talk, TalkPurpose, TalkStatus
from rijkapp.services.talks import save_talk
from rijkapp.store.repository import Store

MANAGER = "Bram Jansen"
# What the next planning talk is ahead of the example's day: inside the page's 14-day warning.
NEXT_TALK_IN_DAYS = 10


def _agreements(year: int, today: date) -> tuple[Agreement, ...]:
    return (
        Agreement(
            "g1",
            "result",
            "De evaluatie van de subsidieregeling lokale democratie afronden",
            "Het evaluatierapport gaat vóór 1 november naar de Tweede Kamer.",
            date(year, 11, 1),
            "done",
            "Het rapport ging op 24 oktober naar de Kamer. De planning hield stand omdat we "
            "elke maand met de provincies afstemden.",
        ),
        Agreement(
            "g2",
            "development",
            "Mijn vaardigheden in data-analyse versterken",
            "Cursus afgerond en toegepast in de evaluatie.",
            date(year, 12, 31),
            "done",
            "De cursus Data-analyse voor beleid heb ik afgerond; de cijfers in het rapport "
            "heb ik zelf bewerkt.",
        ),
        Agreement(
            "g3",
            "career",
            "Verkennen of een rol als projectleider bij mij past",
            "Twee gesprekken met projectleiders en een meeloopdag.",
            today + timedelta(days=21),
            "busy",
            "Eén gesprek gevoerd; de meeloopdag is nog niet gepland.",
        ),
        Agreement(
            "g4",
            "inzetbaarheid",
            "De werkdruk rond de Kamerbrieven beter spreiden",
            "Geen avondwerk meer in de weken voor een debat.",
            date(year, 9, 30),
            "done",
            "Sinds de zomer plannen we de Kamerbrieven twee weken eerder.",
        ),
    )


def example_talks(today: date) -> tuple[Talk, ...]:
    """The example's talks: last year's plannen, reflecteren and evalueren, and the next plannen."""
    last = today.year - 1
    period = (date(last, 1, 1), date(last, 12, 31))
    plannen = Talk(
        "gesprek-1",
        TalkPurpose.PLANNEN,
        date(last, 2, 3),
        *period,
        manager=MANAGER,
        agreements=_agreements(last, today),
        topics=(
            (
                "afspraken_werk",
                "Dit jaar rond ik de evaluatie van de subsidieregeling af en begeleid ik de "
                "consultatie over de nieuwe regeling.",
            ),
            (
                "ontwikkeling",
                "Ik wil beter worden in data-analyse, zodat ik cijfers in evaluaties zelf kan "
                "beoordelen. Leven lang leren hoort erbij: ik volg dit jaar een cursus.",
            ),
            (
                "loopbaan",
                "Ik werk bijna vijf jaar in deze functie. Ik wil verkennen of projectleiding "
                "bij mij past.",
            ),
            (
                "inzetbaarheid",
                "In de weken voor een debat werk ik vaak 's avonds. Dat wil ik voorkomen.",
            ),
        ),
        status=TalkStatus.AFGEROND,
        in_pdf=("afspraken_werk", "ontwikkeling", "loopbaan", "inzetbaarheid", "afspraken"),
    )
    reflecteren = Talk(
        "gesprek-2",
        TalkPurpose.REFLECTEREN,
        date(last, 6, 24),
        date(last, 1, 1),
        date(last, 6, 30),
        manager=MANAGER,
        informants=(
            Informant("Carla Smit", "projectleider evaluatie"),
            Informant("Youssef El Amrani", "beleidsmedewerker provincie Utrecht"),
        ),
        topics=(
            (
                "omstandigheden",
                "Het team was tot april een collega kwijt; ik nam een deel van haar werk over.",
            ),
            (
                "resultaten",
                "Het onderzoeksbureau leverde op tijd. De eerste bevindingen zijn met de "
                "provincies besproken.",
            ),
            (
                "eigen_oordeel",
                "Ik ben tevreden over de voortgang. Het overleg met de provincies kan vaker.",
            ),
        ),
        questions_for_manager="Kan ik in het najaar een dag meelopen met een projectleider?",
        status=TalkStatus.GEVOERD,
        in_pdf=("omstandigheden", "resultaten", "eigen_oordeel", "informanten", "afspraken"),
    )
    evalueren = Talk(
        "gesprek-3",
        TalkPurpose.EVALUEREN,
        date(last, 12, 9),
        *period,
        manager=MANAGER,
        informants=(Informant("Carla Smit", "projectleider evaluatie"),),
        topics=(
            (
                "resultaten",
                "De evaluatie is op tijd naar de Kamer gegaan. De consultatie loopt; 140 "
                "reacties zijn verwerkt.",
            ),
            (
                "eigen_oordeel",
                "Ik heb mijn afspraken gehaald. Het verkennen van projectleiding loopt nog.",
            ),
            ("werkbeleving", "Het werk past goed bij mij; de drukte voor debatten is minder."),
        ),
        self_score="+",
        manager_conclusion=(
            "Sanne heeft de evaluatie zorgvuldig en op tijd afgerond. Haar analyses waren "
            "sterk. Volgend jaar verdient het overleg met de provincies meer aandacht."
        ),
        manager_score="+",
        manager_remarks="Goed dat de werkdruk is gedaald; laten we dat zo houden.",
        manager_name=MANAGER,
        review_date=date(last, 12, 12),
        employee_reaction="Ik herken mij in de conclusie.",
        status=TalkStatus.AFGEROND,
        in_pdf=("resultaten", "eigen_oordeel", "werkbeleving", "afspraken", "leeractiviteiten"),
    )
    on = today + timedelta(days=NEXT_TALK_IN_DAYS)
    volgende = Talk(
        "gesprek-4",
        TalkPurpose.PLANNEN,
        on,
        on,
        add_years(on, 1) - timedelta(days=1),
        manager=MANAGER,
        status=TalkStatus.CONCEPT,
    )
    return (plannen, reflecteren, evalueren, volgende)


def fill_talks(store: Store, today: date) -> None:
    """Save the example's talks (inside the caller's transaction)."""
    for talk in example_talks(today):
        save_talk(store, talk, today=today)


__all__ = ["NEXT_TALK_IN_DAYS", "example_talks", "fill_talks"]
