"""The encrypted store: one SQLCipher file, its key in the OS keyring, migrations, backups."""
