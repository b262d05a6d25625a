"""The effective-dated CAO Rijk rule book (``resources/rules/*.toml``)."""

from rijkapp.rules.book import Confidence, Rule, RuleBook, Source, default_rulebook

__all__ = ["Confidence", "Rule", "RuleBook", "Source", "default_rulebook"]
