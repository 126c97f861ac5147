"""A process that protects or unprotects a library and kills itself with SIGKILL on the way.

Started by ``test_protect_crash.py``. Usage: ``python convert_child.py LIBRARY protect|unprotect
PASSPHRASE STEP``. Every line the conversion runs in the storage package and every hundred
SQLite instructions count as a step; at step ``STEP`` the process sends itself SIGKILL, as a
power cut or the task manager would stop it. With ``STEP`` 0 it converts to the end and prints
how many steps that took, so that the test can choose points all along the way.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from supportmap.storage import cipher, protect

WATCHED = ("supportmap/storage/protect.py", "supportmap/storage/cipher.py", "sqlitefile.py")
steps = 0
kill_at = 0


def step() -> None:
    global steps
    steps += 1
    if steps == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)


def trace(frame: FrameType, event: str, _arg: object) -> Any:
    if not frame.f_code.co_filename.endswith(WATCHED):
        return None
    if event == "line":
        step()
    return trace


def counting_connect(database: Any, passphrase: Any, **options: Any) -> Any:
    connection = plain_connect(database, passphrase, **options)

    def progress() -> int:
        step()
        return 0

    connection.set_progress_handler(progress, 100)
    return connection


plain_connect = cipher.connect


def main(path: str, direction: str, passphrase: str, kill_step: str) -> None:
    global kill_at
    kill_at = int(kill_step)
    cipher.connect = counting_connect  # type: ignore[assignment]
    sys.settrace(trace)
    if direction == "protect":
        protect.protect(Path(path), passphrase)
    else:
        protect.unprotect(Path(path), passphrase)
    sys.settrace(None)
    print(steps, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
