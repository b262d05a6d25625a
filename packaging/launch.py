"""Entry point of the frozen program on Linux, where one program serves both commands.

``rijkapp`` opens the window (``ui.app:main``); ``rijkapp-cli``, a link to the same program, is the
headless tool (``rijkapp.cli:main``, the same as ``python -m rijkapp``). One program instead of two
keeps the Python modules in the bundle once. Windows keeps two programs (launch_gui.py and
launch_cli.py), because there a windowed program has no console to print to.
"""

import sys
from pathlib import Path

if Path(sys.argv[0]).name.startswith("rijkapp-cli"):
    from rijkapp.cli import main
else:
    from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
