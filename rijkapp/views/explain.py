"""Explanation lines as the screens show them ("Hoe is dit berekend?").

The calculators make them (:mod:`rijkapp.calc.explain`); every read model hands them on as they
are. The GUI takes the type from here, like everything else it shows.
"""

from __future__ import annotations

from rijkapp.calc.explain import Line

__all__ = ["Line"]
