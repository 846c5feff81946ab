"""Sensitivity levels, ordered from least to most sensitive."""

from __future__ import annotations

import enum


class Level(enum.IntEnum):
    """How sensitive a piece of text is. Higher values must stay closer to home."""

    PUBLIC = 0
    INTERNAL = 1
    CONFIDENTIAL = 2
    RESTRICTED = 3

    @classmethod
    def parse(cls, name: str) -> Level:
        """Return the level called ``name`` (case-insensitive).

        Raises ``ValueError`` naming the allowed values when ``name`` is not one.
        """
        try:
            return cls[name.strip().upper()]
        except KeyError:
            allowed = ", ".join(level.label for level in cls)
            raise ValueError(f'"{name}" is not one of {allowed}') from None

    @property
    def label(self) -> str:
        """The lower-case name used in policy files and JSON output."""
        return self.name.lower()
