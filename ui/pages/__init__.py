"""Pages of the Rijkapp window."""
