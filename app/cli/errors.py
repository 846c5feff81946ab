"""Errors the command line turns into one readable line and exit code 2."""

from __future__ import annotations


class CliError(Exception):
    """A user-facing error: printed as one line to stderr, exit code 2."""
