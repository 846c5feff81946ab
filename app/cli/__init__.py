"""The ``edgewise`` command line, split by command group (one module each)."""

from __future__ import annotations
