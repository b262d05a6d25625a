"""Read models: what each screen shows, built from the dossier and a date, without Qt.

The GUI turns these into widgets and item models and computes nothing itself, so every figure a
page shows is unit-tested here, and the CLI can print the same figures.
"""
