"""Unit tests of rijkapp.services, one module each."""
