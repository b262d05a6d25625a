"""Models of the Rijkapp window."""
