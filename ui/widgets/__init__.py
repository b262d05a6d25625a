"""Widgets of the Rijkapp window."""
