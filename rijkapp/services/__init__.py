"""Use cases: validate, write through the store in one transaction, say what changed."""
