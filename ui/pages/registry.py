"""The window's pages by key, each made the first time it is asked for.

A page class may be named by its module path (``"ui.pages.ikb:IkbPage"``): then neither the page
nor what it imports (charts, a PDF view, dialogs) is loaded before the page is first shown, and
the start pays for the Overzicht only. ``window.pages[key]`` makes the page when it is not there
yet; ``made()`` lists only the pages that exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.context import AppContext

# A page is made from the context and its parent, as every page class is.
MakePage = Callable[["AppContext", QWidget | None], QWidget]
# The page class itself, or where to find it: "module.path:ClassName".
PageClass = MakePage | str


def page_class(named: PageClass) -> MakePage:
    """The class itself; a "module:Class" name is imported now."""
    if not isinstance(named, str):
        return named
    module, _, name = named.partition(":")
    return cast(MakePage, getattr(importlib.import_module(module), name))


class Pages(Mapping[str, QWidget]):
    """Every page key in navigation order; ``make(key, page_class)`` builds one on first use."""

    def __init__(
        self,
        classes: Sequence[tuple[str, PageClass]],
        make: Callable[[str, MakePage], QWidget],
    ) -> None:
        self._classes = dict(classes)
        self._make = make
        self._made: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        page = self._made.get(key)
        if page is None:
            page = self._make(key, page_class(self._classes[key]))
            self._made[key] = page
        return page

    def __contains__(self, key: object) -> bool:  # without making the page
        return key in self._classes

    def __iter__(self) -> Iterator[str]:
        return iter(self._classes)

    def __len__(self) -> int:
        return len(self._classes)

    def made(self) -> dict[str, QWidget]:
        """The pages that exist so far, without making any."""
        return dict(self._made)
