"""The Qt binding must keep Python's reference counts intact (PySide6 6.12.0 did not)."""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_the_count_of_none() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        holder.setObjectName("x")
        holder.blockSignals(False)
    assert sys.getrefcount(None) >= before - 100
