"""The desktop app (PySide6). The only package of Edgewise that imports Qt.

Shape, as in STYLE.md: widgets never call engines; ``ChatController`` and
``KnowledgeController`` run engines in worker threads (``jobs.JobPool``) and
emit signals back. Every job emits ``chunk`` (when streaming) and exactly one
of ``finished`` or ``failed``, from a ``finally``. Dependencies (``Services``)
come in through constructors so tests build windows on a temporary home.
"""

from __future__ import annotations
