"""Edgewise desktop application: engines, orchestrator, command line and UI.

Only ``app.ui`` imports Qt; ``app.engines`` and the orchestrator stay Qt-free.
"""

from __future__ import annotations

__version__ = "0.1.0"
