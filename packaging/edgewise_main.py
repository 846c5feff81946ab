"""Entry point of the frozen app: the same ``edgewise`` command as the console script."""

from __future__ import annotations

import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    # A frozen app that spawns worker processes re-runs this script in each;
    # freeze_support makes those children do their job instead of opening the app.
    multiprocessing.freeze_support()
    sys.exit(main())
