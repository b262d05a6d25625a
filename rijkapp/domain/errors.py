"""One error hierarchy for everything a user can be told.

Messages are translatable (gettext, see ``rijkapp.i18n``): each error keeps a message template
and its parameters (values of :mod:`rijkapp.message`), and ``render(language)`` makes them text
in the language asked for when the error is shown. ``str(error)`` and :attr:`message` are the
Dutch text, for logs and tracebacks. Errors about input name the field at fault, in the form used
by the exchange format (``leave[3].start``).
"""

from __future__ import annotations

from collections.abc import Mapping

from rijkapp.i18n import DEFAULT_LANGUAGE
from rijkapp.message import Message, Value


class RijkappError(Exception):
    """Something the user should be told about in plain words, without a traceback."""

    def __init__(self, template: str, **params: Value) -> None:
        self.template = template
        self.params: Mapping[str, Value] = params
        super().__init__(self.message)

    @property
    def sentence(self) -> Message:
        """The template and its values, not yet in any language."""
        return Message(self.template, **self.params)

    def render(self, language: str) -> str:
        """What to tell the user, in ``language``."""
        return self.sentence.render(language)

    @property
    def message(self) -> str:
        """The message in Dutch, the default language (logs, tracebacks)."""
        return self.render(DEFAULT_LANGUAGE)

    def __str__(self) -> str:
        return self.message


class ValidationError(RijkappError):
    """A value a user gave is not acceptable; ``field`` names it."""

    def __init__(self, field: str, template: str, **params: Value) -> None:
        self.field = field
        super().__init__(template, **params)

    def render(self, language: str) -> str:
        return f"{self.field}: {self.render_reason(language)}"

    def render_reason(self, language: str) -> str:
        """The message without the field name, for showing next to the field itself."""
        return self.sentence.render(language)

    @property
    def reason(self) -> str:
        """:meth:`render_reason` in Dutch, the default language (logs, tracebacks)."""
        return self.render_reason(DEFAULT_LANGUAGE)


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


class KeyringUnavailable(KeyUnavailable):
    """The keyring is locked or does not answer: the key may well be there, but not now."""


class DataFolderNotWritable(StoreError):
    """Rijkapp may not write in the data folder (read-only, no permission)."""


class WriteFailed(StoreError):
    """A change did not reach the disk (full, gone, not allowed); none of it was kept."""


class BackupFailed(StoreError):
    """A backup could not be written; no half backup is left behind."""


class DataFileMoved(StoreError):
    """The data file was deleted or replaced while Rijkapp had it open."""


class FileNotWritten(RijkappError):
    """A file the user asked for could not be written; no half file is left behind."""
