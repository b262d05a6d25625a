"""A child process for the crash test: writes leave entries one transaction at a time.

Before each commit it prints "begin N", after it "done N", so the parent knows exactly which
writes may and must be in the file when it kills this process.
"""

from __future__ import annotations

import sys
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from rijkapp.domain.records import LeaveEntry
from rijkapp.store.session import open_session


def main() -> None:
    data_dir, passphrase, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    session = open_session(
        data_dir, now=datetime(2026, 11, 28, 12), passphrase=passphrase, daily_backup=False
    )
    store = session.store
    n = start
    while True:
        n += 1
        day = date(2026, 1, 1) + timedelta(days=n % 365)
        entry = LeaveEntry(f"l{n}", day, day, Decimal("7.20"), note=f"crash test {n} " + "x" * 200)
        print(f"begin {n}", flush=True)
        store.save(entry)
        print(f"done {n}", flush=True)


if __name__ == "__main__":
    main()
