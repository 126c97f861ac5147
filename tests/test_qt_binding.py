"""The Qt binding must keep Python's reference counts intact (PySide6 6.12.0 did not).

PySide6 6.12.0 dropped a reference to None, True or False on every call of a function that
returns nothing, until Python deallocated None and aborted the process. pyproject.toml keeps
the binding below 6.12 for that reason.

Counting references of None in this process proves nothing on Python 3.12 and later: None,
True and False are immortal there, their counts are fixed and dropping a reference does no
harm a test could see. So the guard has two parts: the installed binding must not be in the
known-broken range (this fails on every Python), and a fresh interpreter must survive many
such calls and, where counts still mean something, keep the count of None (this fails on
Python 3.11 with a broken binding even if the version check were wrong).
"""

from __future__ import annotations

import PySide6
import shiboken6

from tests.commands import run_python

KNOWN_BROKEN = ((6, 12, 0), (6, 13, 0))
"""From the first broken version up to (not including) the first one known to be sound: no
6.12 release has been checked, so the whole series stays out, as the pin in pyproject.toml
says."""

MANY_VOID_CALLS = """
import sys

from PySide6.QtCore import QObject

holder = QObject()
before = sys.getrefcount(None), sys.getrefcount(False)
for _ in range(200_000):  # many times more than the references None starts with
    holder.setObjectName("x")
    holder.blockSignals(False)
after = sys.getrefcount(None), sys.getrefcount(False)
if sys.version_info < (3, 12) and min(a - b for a, b in zip(after, before)) < -100:
    sys.exit(f"references lost: {before} before, {after} after")
"""


def test_the_installed_binding_is_not_a_known_broken_version() -> None:
    first_broken, first_sound = KNOWN_BROKEN
    for name, version in (
        ("PySide6", PySide6.__version_info__[:3]),
        ("shiboken6", shiboken6.__version_info__[:3]),
    ):
        assert not first_broken <= version < first_sound, f"{name} {version} is known broken"


def test_many_void_qt_calls_leave_the_interpreter_alive() -> None:
    result = run_python(MANY_VOID_CALLS)
    assert result.returncode == 0, result.stderr
