"""Writes schema-v2.db: a database as Rijkapp schema version 2 left it (passphrase below).

Kept for the record of how the fixture was made; the committed .db file is what the tests use,
so that a later change to the migrations cannot quietly change the fixture too.
Run: python tests/data/make_schema_v2.py
"""

from __future__ import annotations

from pathlib import Path

from rijkapp.store import schema
from rijkapp.store.database import connect
from rijkapp.store.keys import passphrase_key

PASSPHRASE = "rijkapp-fixture"


def main() -> None:
    target = Path(__file__).with_name("schema-v2.db")
    target.unlink(missing_ok=True)
    conn = connect(target, passphrase_key(PASSPHRASE))
    conn.execute("BEGIN")
    for migration in schema.MIGRATIONS[:2]:
        for statement in schema.statements(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO profile (id, name, birth_date, chose_pas) "
        "VALUES (1, 'Tweede Schema', '1975-04-01', 1)"
    )
    conn.execute(
        "INSERT INTO employment VALUES ('e1', '2024-01-01', '36', 10, 3, 380000, 0, '2026-09-30')"
    )
    conn.execute(
        "INSERT INTO leave VALUES "
        "('l1', '2026-02-13', '2026-02-13', '3.6', NULL, 'taken', 'middag')"
    )
    conn.execute(
        "INSERT INTO ikb_choices VALUES "
        "('k1', '2026-05', 'payout', 50000, NULL, NULL, 1, 'ingevoerd')"
    )
    conn.execute(
        "INSERT INTO talks (id, purpose, on_date, status) "
        "VALUES ('t1', 'plannen', '2026-02-10', 'draft')"
    )
    conn.execute(
        "INSERT INTO talk_agreements (id, talk_id, position, kind, text) "
        "VALUES ('g1', 't1', 0, 'result', 'Evaluatie afronden')"
    )
    conn.execute("COMMIT")
    conn.close()


if __name__ == "__main__":
    main()
