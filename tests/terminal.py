"""Run a command in a pseudo-terminal and answer its prompts, as a person at a keyboard would.

Passphrase prompts (``getpass``, the ``age`` tool) read from the controlling terminal, never
from a pipe, so the tests of those prompts give the process a terminal of its own.
"""

from __future__ import annotations

import os
import pty
import select
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from tests.commands import REPOSITORY

TIMEOUT_SECONDS = 120


def run_in_terminal(
    arguments: Sequence[str | Path],
    answers: Sequence[tuple[str, str]],
    env: Mapping[str, str],
    cwd: Path = REPOSITORY,
) -> tuple[int, str]:
    """Run ``arguments`` in a new terminal; type each answer once its prompt has appeared.

    Args:
        arguments: the program and its arguments.
        answers: pairs of (text of a prompt, what to type then), in order.
        env: the whole environment of the process.

    Returns:
        The exit status (negative: the signal that ended it) and everything the terminal showed.
    """
    program = [str(argument) for argument in arguments]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: run the program with the terminal as its own
        try:
            os.chdir(cwd)
            os.execve(program[0], program, dict(env))
        finally:
            os._exit(127)
    shown = b""
    waiting = list(answers)
    searched = 0
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], TIMEOUT_SECONDS)
            if not ready:
                raise TimeoutError(f"no output for {TIMEOUT_SECONDS} s: {shown!r}")
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the other end closed: the program has ended
                break
            if not chunk:
                break
            shown += chunk
            while waiting:
                found = shown.find(waiting[0][0].encode(), searched)
                if found < 0:
                    break
                searched = found + len(waiting[0][0])
                os.write(terminal, waiting.pop(0)[1].encode() + b"\n")
    finally:
        os.close(terminal)
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    return code, shown.decode("utf-8", "replace").replace("\r\n", "\n")


def supportmap_command(*arguments: str | Path) -> list[str | Path]:
    """``python -m supportmap`` with ``arguments``, for `run_in_terminal`."""
    return [sys.executable, "-m", "supportmap", *arguments]
