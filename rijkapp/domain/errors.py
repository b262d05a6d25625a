"""One error hierarchy for everything a user can be told.

Messages are translatable (gettext, see ``rijkapp.i18n``): each error keeps a message template
and its parameters, and renders them in the active language when shown. Errors about input name
the field at fault, in the form used by the exchange format (``leave[3].start``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rijkapp.i18n import gettext as _


class RijkappError(Exception):
    """Something the user should be told about in plain words, without a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The message in the active language."""
        return _(self.template).format(**self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(RijkappError):
    """A value a user gave is not acceptable; ``field`` names it."""

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)

    @property
    def message(self) -> str:
        return f"{self.field}: {_(self.template).format(**self.params)}"

    @property
    def reason(self) -> str:
        """The message without the field name, for showing next to the field itself."""
        return _(self.template).format(**self.params)


class RuleViolation(ValidationError):
    """A choice breaks a CAO rule; the message says which rule."""


class StoreError(RijkappError):
    """The data file cannot be used as asked (wrong key, damaged, too new, in use)."""


class WrongKeyOrDamaged(StoreError):
    """The file does not open with this key: the key is wrong or the file is damaged."""


class NotARijkappDatabase(StoreError):
    """The file opens but holds no Rijkapp data."""


class DatabaseTooNew(StoreError):
    """The file was written by a newer Rijkapp than this one."""


class AlreadyOpen(StoreError):
    """Another Rijkapp has this data open."""


class KeyUnavailable(StoreError):
    """No key for this database: the keyring has none and no passphrase was given."""


class ImportRefused(RijkappError):
    """An import document was refused as a whole; nothing was changed."""
