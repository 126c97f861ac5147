"""The app's command, or a short script, run in a fresh interpreter as a shell would run it.

For the tests that need a process of their own: the command line, start-up, and checks of
what a module loads (which only a fresh interpreter can tell).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def run_supportmap(
    *arguments: str | Path, env_db: Path | None = None, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m supportmap`` with ``arguments`` and return what it printed and its code.

    Qt draws offscreen and the output is UTF-8. The library comes from the arguments or from
    ``env_db`` (as SUPPORTMAP_DB), never from the environment the tests run in; ``home``
    stands in for the user's home folder, so settings and the default library stay the test's.
    """
    return _run(["-m", "supportmap", *map(str, arguments)], env_db, home)


def run_python(
    script: str, *arguments: str | Path, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` with ``python -c`` from the repository, in the same setting as above."""
    return _run(["-c", script, *map(str, arguments)], None, home)


def home_env(home: Path) -> dict[str, str]:
    """HOME and every XDG base directory inside ``home``, so window settings, libraries and
    caches of a started app never reach the developer's own (Qt reads XDG_CONFIG_HOME first)."""
    places = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    for place in places.values():
        place.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), **{name: str(place) for name, place in places.items()}}


def _run(
    arguments: list[str], env_db: Path | None, home: Path | None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    env.pop("SUPPORTMAP_DB", None)
    if env_db is not None:
        env["SUPPORTMAP_DB"] = str(env_db)
    if home is not None:
        env.update(home_env(home))
    return subprocess.run(
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=REPOSITORY,
        timeout=120,
        check=False,
    )
