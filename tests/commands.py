"""The app's command run in a fresh interpreter, as a shell would run it, for the CLI and
start-up tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_supportmap(
    *arguments: str | Path, env_db: Path | None = None, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m supportmap`` with ``arguments`` and return what it printed and its code.

    Qt draws offscreen and the output is UTF-8. The library comes from the arguments or from
    ``env_db`` (as SUPPORTMAP_DB), never from the environment the tests run in; ``home``
    stands in for the user's home folder, so settings and the default library stay the test's.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("SUPPORTMAP_DB", None)
    if env_db is not None:
        env["SUPPORTMAP_DB"] = str(env_db)
    if home is not None:
        env["HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "supportmap", *map(str, arguments)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
