"""Writes schema-vN.db: databases as Rijkapp schema versions 1 to 4 left them.

Kept for the record of how the fixtures were made; the committed .db files are what the tests
use, so that a later change to the migrations cannot quietly change a fixture too. The
passphrase is below.
Run: python tests/data/make_old_schema.py 1   (or 2, 3, 4)
"""

from __future__ import annotations

import sys
from pathlib import Path

from rijkapp.store import schema
from rijkapp.store.database import connect
from rijkapp.store.keys import passphrase_key

PASSPHRASE = "rijkapp-fixture"

# What each old file holds besides its tables: the rows a migration must carry over.
ROWS: dict[int, tuple[str, ...]] = {
    1: (
        "INSERT INTO profile (id, name, birth_date) VALUES (1, 'Oud Schema', '1970-01-01')",
        "INSERT INTO employment VALUES ('e1', '2020-01-01', '36', 10, 3, 380000, 0)",
        "INSERT INTO ikb_choices VALUES ('k1', '2020-05', 'payout', 50000, NULL, NULL)",
    ),
    2: (
        "INSERT INTO profile (id, name, birth_date, chose_pas) "
        "VALUES (1, 'Tweede Schema', '1975-04-01', 1)",
        "INSERT INTO employment VALUES ('e1', '2024-01-01', '36', 10, 3, 380000, 0, '2026-09-30')",
        "INSERT INTO leave VALUES "
        "('l1', '2026-02-13', '2026-02-13', '3.6', NULL, 'taken', 'middag')",
        "INSERT INTO ikb_choices VALUES "
        "('k1', '2026-05', 'payout', 50000, NULL, NULL, 1, 'ingevoerd')",
        "INSERT INTO talks (id, purpose, on_date, status) "
        "VALUES ('t1', 'plannen', '2026-02-10', 'draft')",
        "INSERT INTO talk_agreements (id, talk_id, position, kind, text) "
        "VALUES ('g1', 't1', 0, 'result', 'Evaluatie afronden')",
    ),
    # One certificate in the columns of its activity, and a status from another tool.
    3: (
        "INSERT INTO profile (id, name) VALUES (1, 'Derde Schema')",
        "INSERT INTO development_budgets VALUES "
        "('d1', 'Teambudget', 'team', 150000, '16', '2026-01-01', '2027-12-31', NULL)",
        "INSERT INTO learning_activities VALUES ('a1', 'Schrijven voor het web', 'cursus', "
        "'Rijksacademie', '2026-03-02', '2026-03-20', '12', 49500, 'done', 'd1', "
        "'[\"schrijven\"]', 'Korter schrijven', 'bewijs.pdf', 'application/pdf', "
        "X'255044462D312E340A00FF52494A4B415050', NULL)",
        "INSERT INTO learning_activities VALUES ('a2', 'Intervisie', 'intervisie', '', "
        "NULL, NULL, '6', 0, 'afgerond', NULL, '[]', '', NULL, NULL, NULL, '{\"x_tool\": 1}')",
    ),
    # Talks with the former default status, with a word from another tool, informants by name.
    4: (
        "INSERT INTO profile (id, name) VALUES (1, 'Vierde Schema')",
        "INSERT INTO talks (id, purpose, on_date, period_from, period_to, informants, topics, "
        "status) VALUES ('t1', 'plannen', '2026-02-10', '2026-01-01', '2026-12-31', "
        "'[\"C. Smit\"]', '{\"resultaten\": \"Op koers\"}', 'draft')",
        "INSERT INTO talks (id, purpose, on_date, status) "
        "VALUES ('t2', 'evalueren', '2026-11-10', 'final')",
        "INSERT INTO talk_agreements (id, talk_id, position, kind, text) "
        "VALUES ('g1', 't1', 0, 'result', 'Evaluatie afronden')",
    ),
}


def write(version: int, folder: Path = Path(__file__).parent) -> Path:
    target = folder / f"schema-v{version}.db"
    target.unlink(missing_ok=True)
    conn = connect(target, passphrase_key(PASSPHRASE))
    conn.execute("BEGIN")
    for migration in schema.MIGRATIONS[:version]:
        for statement in schema.statements(migration):
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    for statement in ROWS[version]:
        conn.execute(statement)
    conn.execute("COMMIT")
    conn.close()
    return target


if __name__ == "__main__":
    print(write(int(sys.argv[1])))
