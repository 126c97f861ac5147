"""The document is the GUI's only way to the library: no other GUI module imports or calls it.

A panel that called the library itself would change the maps or snapshots without the signal
that tells the other panels, so the rule is checked on the source of every GUI module. The
check reads the code (it imports nothing), so it also sees imports inside functions and
``TYPE_CHECKING`` blocks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "supportmap" / "gui"
ALLOWED = {GUI / "document.py"}
LIBRARY_MODULE = "supportmap.storage.library"
LIBRARY_ONLY_NAMES = {"Library", "_library", "require_library", "_require_library"}
LIBRARY_ATTRIBUTES = LIBRARY_ONLY_NAMES | {"library"}


def library_uses(source: str) -> list[str]:
    """Each place in ``source`` that imports the library module or reaches for a library."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        use = None
        match node:
            case ast.Import(names=names) if any(a.name == LIBRARY_MODULE for a in names):
                use = f"import {LIBRARY_MODULE}"
            case ast.ImportFrom(module=str(module), names=names) if LIBRARY_MODULE in {
                module,
                *(f"{module}.{a.name}" for a in names),
            }:
                use = f"from {module} import …"
            case ast.Name(id=name) if name in LIBRARY_ONLY_NAMES:
                use = name
            case ast.Attribute(attr=name) if name in LIBRARY_ATTRIBUTES:
                use = f".{name}"
            case ast.Constant(value=text) if text == LIBRARY_MODULE:
                use = repr(text)
        if use is not None:
            found.append(f"line {getattr(node, 'lineno', '?')}: {use}")
    return found


def gui_modules() -> list[Path]:
    return sorted(path for path in GUI.rglob("*.py") if path not in ALLOWED)


def test_there_are_gui_modules_to_check() -> None:
    names = {path.name for path in gui_modules()}
    assert {"main_window.py", "maps_dock.py", "charts_dock.py", "app.py"} <= names


@pytest.mark.parametrize("path", gui_modules(), ids=lambda path: str(path.relative_to(GUI)))
def test_no_gui_module_but_the_document_reaches_the_library(path: Path) -> None:
    assert library_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "source",
    [
        "from supportmap.storage.library import Library\n",
        "import supportmap.storage.library\n",
        "from supportmap.storage import library\n",
        "if TYPE_CHECKING:\n    from supportmap.storage.library import MapInfo\n",
        "def later():\n    from supportmap.storage.library import Library\n",
        "importlib.import_module('supportmap.storage.library')\n",
        "document.require_library().list_maps()\n",
        "document._library.take_snapshot(1, 'x')\n",
        "maps = self._document.library.list_maps()\n",
        "opened = Library.open('x.db')\n",
    ],
)
def test_the_check_sees_each_way_around_the_document(source: str) -> None:
    assert library_uses(source)


def test_the_check_lets_the_document_api_through() -> None:
    source = (
        "from supportmap.gui.document import MapDocument\n"
        "from supportmap.storage.errors import StorageError\n"
        "document.take_snapshot('Session 1')\n"
        "entries = document.list_maps()\n"
        "ready = document.has_library\n"
    )
    assert library_uses(source) == []
