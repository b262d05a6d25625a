"""Rijkapp core: the Qt-free heart of the personal HR companion for the Rijk.

Nothing below this package imports PySide6 or ``ui``; ``tests/unit/test_layering.py`` holds that.
"""

__version__ = "0.1.0"
