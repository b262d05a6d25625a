"""Words of the other language on a screen: what a Dutch screen says in English, and the reverse.

``screen_texts(scope)`` gathers what a user sees or hears on a page or dialog: labels, buttons,
tabs, the choices in a list, table headers and cells, placeholders, tool tips, window titles and
accessible names and descriptions. ``foreign_words(text, language, ignored)`` finds, whole-word,
the words of the curated lists below that belong only to the other language. Names and data
(the example person, her notes, the titles of sources) are passed as ``ignored`` and taken out
first, with the product names and terms that are the same in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import fields, is_dataclass
from enum import Enum

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.helpers.keyboard_walk import accessible_name


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Frequent words that are English and never Dutch: not "is", "in", "of", "week", "open", and not
# "was", "had", "been", "taken", "last", "kind" or "as", which are Dutch words too.
ENGLISH_ONLY = _words(
    """
    the and with your you for from this that these those which what when where who why how not
    are were has have will would should could cannot must being into than then there
    their they them each every any some only also more less most after before between until since
    about above below here yes none our its it be by at or if to up does done did
    hour hours day days month months year years weeks today tomorrow yesterday leave balance
    bought sold buy sell planned show hide add change delete remove save cancel close choose
    chosen edit rule rules source sources value certainty confirmed assumption assumptions
    submitted price total salary schedule employment step scale pay payout spent accrued
    expected available expires expired statutory saved savings version choice choices goal goals
    amount note notes name first next previous new old end date period overview profile
    learning development conversations settings quit undo redo restore passphrase password
    welcome example explore exploring holiday holidays public working work full time calendar
    chart true false january february march may june july august october monday tuesday wednesday
    thursday friday saturday sunday
    """
)

# Frequent words that are Dutch and never English: not "over", "in", "of", "week", "plan", and not
# "met", "die" or "datum", which are English words too.
DUTCH_ONLY = _words(
    """
    de het een en van voor niet je jouw jij uw zijn wordt worden werd naar bij uit op aan dat
    deze dit wat wanneer hoe waarom waar ook nog maar dan als al alle elke geen meer minder
    heb hebt heeft hebben kan kunt kunnen moet moeten mag mogen wil wilt willen ja nee tot sinds
    om er hier daar nu zo toch wel uur uren dag dagen maand maanden jaar jaren vandaag morgen
    gisteren verlof saldo toevoegen wijzigen verwijderen opslaan annuleren sluiten kiezen keuze
    keuzes regel regels bron bronnen bevestigd aanname aannames gekocht verkocht kopen verkopen
    opgenomen gepland profiel overzicht ontwikkeling leren gesprekken instellingen
    werkrooster dienstverband salaris schaal periodiek uitbetaling beschikbaar verloopt vervalt
    waarde zekerheid bedrag notitie omschrijving ingediend maandag dinsdag woensdag donderdag
    vrijdag zaterdag zondag januari februari maart mei juni juli augustus oktober feestdagen
    wettelijke bovenwettelijke spaarverlof opgebouwd besteed verwacht volgend vorig eerste
    laatste nieuw oud terug gemaakt bestand wachtwoord welkom voorbeeld verkennen stoppen
    """
)

# Names that are the same in both languages: products, laws, institutions, the app itself, and
# the kinds of hours that P-Direkt calls by their Dutch name in an English text too.
NAMES = (
    "P-Direktportaal",
    "P-Direkt",
    "IKB-uren",
    "Spaarverlof",
    "CAO Rijk",
    "Ministerie van",
    "Rijkapp",
    "IKB",
    "PAS",
    "AOW",
)

_TAG = re.compile(r"<[a-zA-Z/][^>]*>")
_URL = re.compile(r"https?://\S+")
# A word of the other language given on purpose, as a gloss: "Step (periodiek)", the line “Salaris”.
_GLOSS = re.compile(r"\(\w+\)|“[^”]*”")
# Words, with a hyphenated compound as one word ("back-up" is Dutch); keys split at "_".
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def plain(text: str) -> str:
    """``text`` as read: rich text without its tags, mnemonics without their ampersand."""
    if _TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def data_texts(value: object) -> Iterator[str]:
    """Every piece of free text in a record, a dossier or anything made of them."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            yield from data_texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from data_texts(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from data_texts(item)


def foreign_words(text: str, language: str, ignored: Iterable[str] = ()) -> list[str]:
    """The words in ``text`` that belong only to the other language than ``language``."""
    text = _GLOSS.sub(" ", _URL.sub(" ", plain(text)))
    for name in sorted({*NAMES, *ignored}, key=len, reverse=True):
        if len(name) > 2:
            text = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE)
    foreign = ENGLISH_ONLY if language == "nl" else DUTCH_ONLY
    return [word for word in _WORD.findall(text) if word.lower() in foreign]


def _model_texts(view: QAbstractItemView, rows: int = 200) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    role = Qt.ItemDataRole.DisplayRole
    top = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(model.rowCount(top), rows)):
        for column in range(columns):
            index = model.index(row, column, top)
            for item_role in (role, Qt.ItemDataRole.ToolTipRole):
                data = model.data(index, item_role)
                if isinstance(data, str):
                    yield data


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(index) for index in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(index) for index in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    yield widget.toolTip()
    yield widget.accessibleDescription()
    yield accessible_name(widget)


def screen_texts(scope: QWidget) -> Iterator[tuple[QWidget, str]]:
    """What a user sees or hears on ``scope``: (widget, text) for every shown widget."""
    if scope.isWindow():
        yield scope, scope.windowTitle()
    for widget in scope.findChildren(QWidget):
        if widget.isVisible() and widget.window() is scope.window():
            for text in _widget_texts(widget):
                if text and text.strip():
                    yield widget, text


def language_problems(
    screen: str, scope: QWidget, language: str, ignored: Iterable[str] = ()
) -> list[str]:
    """One line per text on ``scope`` with a word of the other language in it."""
    ignored = tuple(ignored)
    problems = []
    seen: set[str] = set()
    for widget, text in screen_texts(scope):
        words = foreign_words(text, language, ignored)
        if words and text not in seen:
            seen.add(text)
            where = widget.objectName() or type(widget).__name__
            problems.append(f"{screen}: {where} says {plain(text)[:120]!r} ({', '.join(words)})")
    return problems
