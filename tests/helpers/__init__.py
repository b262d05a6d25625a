"""What the tests share: the fixed day and time, the passphrase, the example document.

Beside this: ``memory_keyring`` (a keyring that lives as long as one test), ``sessions`` (real
data folders opened through the core and closed afterwards) and ``gui`` (starting the app,
waiting for its data thread, finding widgets). The fixtures that use them are in
``tests/conftest.py`` and ``tests/gui/conftest.py``.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 10, 0, 0)
PASSPHRASE = "correct horse battery staple"
# A copy of the shared example document, so a fresh clone tests the same thing.
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "example.json"
