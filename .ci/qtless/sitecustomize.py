"""Hide Qt from every Python process started with this folder on ``PYTHONPATH``.

The core, storage and reports layers promise to work without Qt. Their tests run once with
this folder on the path, so an import of PySide6 or shiboken6 anywhere below the GUI (in the
test process or in a child process it starts) fails loudly instead of quietly succeeding.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

HIDDEN = ("PySide6", "shiboken6")


class HideQt:
    """A meta-path finder that refuses the Qt packages before any real finder sees them."""

    @classmethod
    def find_spec(
        cls,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] in HIDDEN:
            raise ModuleNotFoundError(
                f"{fullname} is hidden in this run: this code must work without Qt",
                name=fullname,
            )
        return None


sys.meta_path.insert(0, HideQt)
