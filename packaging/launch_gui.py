"""Entry point of the frozen GUI: the same ``ui.app:main`` as the ``rijkapp`` command."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
