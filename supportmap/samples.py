"""The example maps that ship with SupportMap, found wherever the package is installed.

The files live inside the package (``supportmap/resources/samples``) so that an installed copy
has them too; this is their only home.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent / "resources" / "samples"
SUFFIX = ".supportmap.json"
DEMO = "demo"


def sample_names() -> tuple[str, ...]:
    """Names of the bundled samples, sorted, e.g. ``("demo", "generous-friend", …)``."""
    return tuple(sorted(path.name.removesuffix(SUFFIX) for path in SAMPLES_DIR.glob(f"*{SUFFIX}")))


def sample_path(name: str) -> Path:
    """The file of one bundled sample, by name with or without the ``.supportmap.json`` suffix.

    Raises:
        ValueError: there is no such sample; the message lists the ones there are.
    """
    stem = name.removesuffix(SUFFIX)
    path = SAMPLES_DIR / f"{stem}{SUFFIX}"
    if "/" in stem or "\\" in stem or not path.is_file():
        known = ", ".join(sample_names()) or "none"
        raise ValueError(f"There is no sample map called {name!r}; the samples are: {known}.")
    return path


def demo_path() -> Path:
    """The demo map: rich enough that most findings appear on it."""
    return sample_path(DEMO)
