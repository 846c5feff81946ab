"""Start-up settling: the detectors read their tables before the first request, and what
start-up built leaves the garbage collector's full passes.

Everything alive once the app has started (modules, the detectors' tables and patterns,
Qt's wrappers, the local model's objects) lives until it quits. A full collection walks
every one of those objects each time, and the pause falls on whatever runs then: a
request's sensitivity scan or the window's event loop. ``gc.freeze`` moves them out of
the collector's sight; objects made later are collected as before.
"""

from __future__ import annotations

import gc

from router.detectors import prepare


def settle() -> None:
    """Read the detectors' tables, then freeze the objects start-up left (see above).
    Safe to call again after a later load (the local model); each call freezes what is
    alive then."""
    prepare()
    gc.collect()
    gc.freeze()
