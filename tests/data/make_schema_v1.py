"""Writes schema-v1.db: a database as Rijkapp schema version 1 left it (passphrase below).

Kept for the record of how the fixture was made; the committed .db file is what the tests use,
so that a later change to the migrations cannot quietly change the fixture too.
Run: python tests/data/make_schema_v1.py
"""

from __future__ import annotations

from pathlib import Path

from rijkapp.store import schema
from rijkapp.store.database import connect
from rijkapp.store.keys import passphrase_key

PASSPHRASE = "rijkapp-fixture"


def main() -> None:
    target = Path(__file__).with_name("schema-v1.db")
    target.unlink(missing_ok=True)
    conn = connect(target, passphrase_key(PASSPHRASE))
    conn.execute("BEGIN")
    for statement in schema.statements(schema.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO profile (id, name, birth_date) VALUES (1, 'Oud Schema', '1970-01-01')"
    )
    conn.execute("INSERT INTO employment VALUES ('e1', '2020-01-01', '36', 10, 3, 380000, 0)")
    conn.execute("INSERT INTO ikb_choices VALUES ('k1', '2020-05', 'payout', 50000, NULL, NULL)")
    conn.execute("COMMIT")
    conn.close()


if __name__ == "__main__":
    main()
