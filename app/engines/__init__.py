"""Answer engines (local LLM, cloud client) and the knowledge base. No Qt here."""

from __future__ import annotations
