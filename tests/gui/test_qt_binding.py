"""The Qt binding keeps reference counts straight on the calls the app makes all the time.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()`` from
Python and one to ``None`` on every static ``processEvents()``: after a few
thousand streamed chunks the interpreter aborts with "deallocating True".
pyproject.toml excludes that release; this test catches any other with the fault.
"""

from __future__ import annotations

import sys
from typing import Any

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

FIX = (
    f"PySide6 {PySide6.__version__} corrupts reference counts; fix: install another "
    "release, e.g. pip install 'PySide6-Essentials!=6.12.0'"
)


class _Sender(QObject):
    value = Signal(object)


class _Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    @Slot(object)
    def take(self, _value: object) -> None:
        self.count += 1


def test_emitting_signals_keeps_reference_counts(qapp: Any) -> None:
    sender, receiver = _Sender(), _Receiver()
    sender.value.connect(receiver.take)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for i in range(500):
        sender.value.emit(i)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert receiver.count == 500
    # A correct binding leaves them unchanged; a broken one is 500 short.
    assert all(a - b > -50 for a, b in zip(after, before, strict=True)), FIX


def test_processing_events_keeps_reference_counts(qapp: Any) -> None:
    before = sys.getrefcount(None)
    for _ in range(500):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -50, FIX
