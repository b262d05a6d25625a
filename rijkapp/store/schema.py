"""Numbered schema migrations.

Each migration runs in its own transaction together with the new ``user_version``, so a file
is always at exactly one version. A backup is made before migrating an existing file. Never
edit a migration that has shipped: add a new one, and add a fixture of the old schema to
``tests/data/`` so the path from it keeps being tested.
"""

from __future__ import annotations

# "RJKA": marks a file as a Rijkapp database (PRAGMA application_id).
APPLICATION_ID = 0x524A4B41

_V1 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            rijk_start_date TEXT,
            organisation TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            job_title TEXT NOT NULL DEFAULT '',
            function_start_date TEXT,
            manager TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'nl'
        );
        CREATE TABLE employment (
            id TEXT PRIMARY KEY,
            valid_from TEXT NOT NULL,
            hours_per_week TEXT NOT NULL,
            scale INTEGER NOT NULL,
            step INTEGER NOT NULL,
            salary_fulltime_cents INTEGER NOT NULL,
            allowances_cents INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE work_schedule (
            id TEXT PRIMARY KEY,
            valid_from TEXT NOT NULL,
            mon TEXT NOT NULL, tue TEXT NOT NULL, wed TEXT NOT NULL, thu TEXT NOT NULL,
            fri TEXT NOT NULL, sat TEXT NOT NULL, sun TEXT NOT NULL
        );
        CREATE TABLE leave_balances (
            id TEXT PRIMARY KEY,
            on_date TEXT NOT NULL,
            bucket TEXT NOT NULL,
            year INTEGER,
            hours TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE leave (
            id TEXT PRIMARY KEY,
            start TEXT NOT NULL,
            "end" TEXT NOT NULL,
            hours TEXT,
            bucket TEXT,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE ikb_choices (
            id TEXT PRIMARY KEY,
            month TEXT NOT NULL,
            kind TEXT NOT NULL,
            amount_cents INTEGER,
            hours TEXT,
            goal TEXT
        );
        CREATE TABLE development_budgets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            amount_cents INTEGER NOT NULL,
            hours TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL
        );
        CREATE TABLE learning_activities (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            provider TEXT NOT NULL DEFAULT '',
            start TEXT,
            "end" TEXT,
            hours TEXT NOT NULL,
            cost_cents INTEGER NOT NULL,
            status TEXT NOT NULL,
            budget_id TEXT REFERENCES development_budgets(id) ON DELETE SET NULL,
            skills TEXT NOT NULL DEFAULT '[]',
            reflection TEXT NOT NULL DEFAULT '',
            certificate_filename TEXT,
            certificate_media_type TEXT,
            certificate_data BLOB
        );
        CREATE TABLE talks (
            id TEXT PRIMARY KEY,
            purpose TEXT NOT NULL,
            on_date TEXT NOT NULL,
            period_from TEXT,
            period_to TEXT,
            manager TEXT NOT NULL DEFAULT '',
            informants TEXT NOT NULL DEFAULT '[]',
            topics TEXT NOT NULL DEFAULT '{}',
            questions_for_manager TEXT NOT NULL DEFAULT '',
            self_score TEXT,
            manager_conclusion TEXT,
            manager_score TEXT,
            employee_reaction TEXT,
            status TEXT NOT NULL
        );
        CREATE TABLE talk_agreements (
            id TEXT NOT NULL,
            talk_id TEXT NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            measure TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open',
            reflection TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (talk_id, id)
        );
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE extra_sections (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            action TEXT NOT NULL,
            changes TEXT NOT NULL
        );
"""


# Fields the project adds to the exchange format: the PAS choice, leaving service, and whether
# an IKB choice was entered in the P-Direktportaal.
_V2 = """
        ALTER TABLE profile ADD COLUMN chose_pas INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE employment ADD COLUMN end_date TEXT;
        ALTER TABLE ikb_choices ADD COLUMN submitted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE ikb_choices ADD COLUMN note TEXT NOT NULL DEFAULT '';
"""

# Fields of a record that this version does not know (from a newer Rijkapp or another tool),
# kept from an import as one JSON object per record and written back on export; NULL: none.
_V3 = """
        ALTER TABLE profile ADD COLUMN extra TEXT;
        ALTER TABLE employment ADD COLUMN extra TEXT;
        ALTER TABLE work_schedule ADD COLUMN extra TEXT;
        ALTER TABLE leave_balances ADD COLUMN extra TEXT;
        ALTER TABLE leave ADD COLUMN extra TEXT;
        ALTER TABLE ikb_choices ADD COLUMN extra TEXT;
        ALTER TABLE development_budgets ADD COLUMN extra TEXT;
        ALTER TABLE learning_activities ADD COLUMN extra TEXT;
        ALTER TABLE talks ADD COLUMN extra TEXT;
        ALTER TABLE talk_agreements ADD COLUMN extra TEXT;
"""

# Learning and development: certificates move from three columns of their activity to a table
# of their own (more than one per activity, with issued and valid-until dates; the one a file
# had becomes c1), an activity gains the reason for studiefaciliteiten, its funding, its
# self-study hours and the talk agreement it serves, and a budget says whose it is. A status
# outside the four this version knows becomes planned; the word it had is kept with the record
# (status_before) and exported again.
_V4 = """
        CREATE TABLE learning_certificates (
            id TEXT NOT NULL,
            activity_id TEXT NOT NULL REFERENCES learning_activities(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            issued TEXT,
            valid_until TEXT,
            data BLOB NOT NULL,
            extra TEXT,
            PRIMARY KEY (activity_id, id)
        );
        INSERT INTO learning_certificates (id, activity_id, position, filename, media_type, data)
            SELECT 'c1', id, 0, coalesce(nullif(certificate_filename, ''), 'certificaat'),
                   coalesce(nullif(certificate_media_type, ''), 'application/octet-stream'),
                   certificate_data
            FROM learning_activities WHERE certificate_data IS NOT NULL;
        ALTER TABLE learning_activities DROP COLUMN certificate_filename;
        ALTER TABLE learning_activities DROP COLUMN certificate_media_type;
        ALTER TABLE learning_activities DROP COLUMN certificate_data;
        UPDATE learning_activities
            SET extra = json_set(coalesce(extra, '{}'), '$.status_before', status),
                status = 'planned'
            WHERE status NOT IN ('planned', 'busy', 'done', 'stopped');
        ALTER TABLE learning_activities ADD COLUMN reason TEXT;
        ALTER TABLE learning_activities ADD COLUMN funding TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE learning_activities ADD COLUMN self_study_hours TEXT NOT NULL DEFAULT '0';
        ALTER TABLE learning_activities ADD COLUMN agreement_id TEXT;
        ALTER TABLE development_budgets ADD COLUMN owner TEXT NOT NULL DEFAULT 'organisatie';
"""

# Talks in the gesprekscyclus Rijk: which sections go in the PDF, and the manager's remarks,
# name and review date as read back from it. The status becomes one of the four of the cycle:
# draft (the former default) is concept; another word becomes concept too, and the word it had
# is kept with the record (status_before) and exported again.
_V5 = """
        ALTER TABLE talks ADD COLUMN in_pdf TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE talks ADD COLUMN manager_remarks TEXT;
        ALTER TABLE talks ADD COLUMN manager_name TEXT;
        ALTER TABLE talks ADD COLUMN review_date TEXT;
        UPDATE talks SET status = 'concept' WHERE status = 'draft';
        UPDATE talks
            SET extra = json_set(coalesce(extra, '{}'), '$.status_before', status),
                status = 'concept'
            WHERE status NOT IN ('concept', 'gedeeld', 'gevoerd', 'afgerond');
"""

# One entry per schema version: statements separated by ";" (no ";" inside literals).
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5)
LATEST_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]
