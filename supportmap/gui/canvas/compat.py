"""A guard against a reference-count fault of the Qt binding on Python 3.11.

PySide6 6.12 returns ``None`` from every void method without taking a reference to it. On
Python 3.12 and later ``None`` is immortal and nothing happens; on 3.11 each such call lowers
its count by one, and after a few thousand calls (one drag on a large map) the interpreter
aborts with "deallocating None". Raising the count once, by a margin no session can use up,
keeps the app alive on 3.11 until the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 48
_guarded = False


def keep_none_alive() -> None:
    """Raise the reference count of ``None`` once per process (Python < 3.12 only)."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
    _guarded = True
