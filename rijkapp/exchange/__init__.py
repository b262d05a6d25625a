"""The versioned JSON exchange format (see docs/exchange-format.md)."""

from rijkapp.exchange.export import export_document, to_json
from rijkapp.exchange.parse import parse_document

__all__ = ["export_document", "parse_document", "to_json"]
