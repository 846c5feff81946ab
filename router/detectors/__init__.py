"""Built-in sensitivity detectors, addressed by stable type names.

Contract (used by the policy engine, the knowledge base and the benchmarks):

- ``available()`` -> the sorted names of every built-in detector;
- ``default_level(name)`` -> the level a detector's findings get when the
  policy does not say otherwise;
- ``default_redactable(name)`` -> whether the detector finds values (which a
  placeholder can stand in for) rather than topics or markings;
- ``scan(text, names=None)`` -> the ``Match`` list of the named detectors
  (all when ``names`` is None), sorted by start offset;
- ``prepare()`` -> reads the tables the detectors otherwise read on first use.

Detectors are pure functions of the text: no I/O, no global state.
"""

from __future__ import annotations

from router.detectors.registry import (
    available,
    default_level,
    default_redactable,
    prepare,
    scan,
)

__all__ = ["available", "default_level", "default_redactable", "prepare", "scan"]
