"""``python -m rijkapp``: the headless command line."""

from rijkapp.cli import main

raise SystemExit(main())
