"""Dialogs of the Rijkapp window."""
