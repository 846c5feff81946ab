"""Start-up settling: the detectors' tables are read and the start-up heap is frozen."""

from __future__ import annotations

import gc

from app.settle import settle
from router.detectors import prepare, scan
from router.detectors.bare_names import given_names


def test_prepare_reads_the_name_lists_and_the_detectors_still_answer() -> None:
    prepare()
    assert given_names.cache_info().currsize == 1
    assert {m.type for m in scan("my password is Tulpen!2024")} >= {"credential"}


def test_settle_freezes_what_start_up_left() -> None:
    gc.unfreeze()
    before = gc.get_freeze_count()
    settle()
    assert gc.get_freeze_count() > before
    # Objects made afterwards are still collected.
    cycle: list[object] = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1
