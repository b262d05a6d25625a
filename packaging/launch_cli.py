"""Entry point of the frozen headless tool: ``rijkapp-cli`` is ``python -m rijkapp``."""

import sys

from rijkapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
