"""The import contracts hold on the real tree and catch a layer broken through a side door.

The contracts once let a top-level module that imports Qt be imported from ``core`` while all
of them stayed KEPT. These tests run the real checker on a copy of the package with exactly that
probe added, so loosening the contracts again makes a test fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_CONTRACT = "core is pure: no Qt, no SQL, no plotting, nothing outside core"
QT_CONTRACT = "storage and reports never import Qt"
LAYERS_CONTRACT = "layers: gui above reports and storage above core"


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """Run import-linter on the package and configuration found in ``project``."""
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def contract_verdicts(output: str) -> dict[str, str]:
    """The KEPT/BROKEN verdict of each contract, read from the checker's summary lines."""
    verdicts = {}
    for line in output.splitlines():
        for verdict in ("KEPT", "BROKEN"):
            if line.rstrip().endswith(f" {verdict}"):
                verdicts[line.rstrip().removesuffix(f" {verdict}")] = verdict
    return verdicts


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The package and its configuration, copied where they can be changed freely."""
    shutil.copytree(
        ROOT / "supportmap",
        tmp_path / "supportmap",
        ignore=shutil.ignore_patterns("__pycache__", "resources"),
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def import_from_core_model(project: Path, module: str) -> None:
    """Make ``core/model.py`` import ``supportmap.<module>`` right after its future import."""
    model = project / "supportmap" / "core" / "model.py"
    source = model.read_text(encoding="utf-8")
    future = "from __future__ import annotations\n"
    assert future in source
    model.write_text(
        source.replace(future, f"{future}\nimport supportmap.{module}  # noqa: F401\n", 1),
        encoding="utf-8",
    )


def test_the_real_tree_keeps_every_contract() -> None:
    result = lint_imports(ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert contract_verdicts(result.stdout) == {
        CORE_CONTRACT: "KEPT",
        QT_CONTRACT: "KEPT",
        LAYERS_CONTRACT: "KEPT",
    }


def test_qt_reached_from_core_through_a_new_top_level_module_breaks_the_contracts(
    project_copy: Path,
) -> None:
    (project_copy / "supportmap" / "probe.py").write_text("import PySide6\n", encoding="utf-8")
    import_from_core_model(project_copy, "probe")

    result = lint_imports(project_copy)

    assert result.returncode != 0
    assert contract_verdicts(result.stdout) == {
        CORE_CONTRACT: "BROKEN",
        QT_CONTRACT: "BROKEN",
        LAYERS_CONTRACT: "BROKEN",
    }
    assert "supportmap.core.model -> supportmap.probe" in result.stdout
    assert "- supportmap.probe" in result.stdout


def test_a_harmless_top_level_module_outside_every_layer_is_refused(project_copy: Path) -> None:
    (project_copy / "supportmap" / "helpers.py").write_text("VALUE = 1\n", encoding="utf-8")

    result = lint_imports(project_copy)

    assert result.returncode != 0
    assert contract_verdicts(result.stdout)[LAYERS_CONTRACT] == "BROKEN"
    assert "- supportmap.helpers" in result.stdout


QTLESS = ROOT / ".ci" / "qtless"
IMPORT_EVERY_QT_FREE_MODULE = """
import importlib, pkgutil, sys
import supportmap.core, supportmap.reports, supportmap.storage
names = ["supportmap.atomic", "supportmap.samples"]
for package in (supportmap.core, supportmap.reports, supportmap.storage):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations." not in module.name:
            names.append(module.name)
for name in names:
    importlib.import_module(name)
print(len(names), "modules")
try:
    import PySide6
except ImportError as error:
    print("hidden:", error)
else:
    sys.exit("PySide6 was imported")
"""


def test_every_qt_free_module_imports_with_qt_hidden() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(QTLESS), str(ROOT)])}

    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_QT_FREE_MODULE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "hidden: PySide6 is hidden in this run" in result.stdout
    assert int(result.stdout.split()[0]) > 30


def test_hiding_qt_stops_a_layer_that_imports_it(tmp_path: Path) -> None:
    (tmp_path / "reaches_for_qt.py").write_text(
        "import supportmap.core.model\nfrom PySide6.QtCore import QObject\n", encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(QTLESS), str(ROOT)])}

    result = subprocess.run(
        [sys.executable, str(tmp_path / "reaches_for_qt.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode != 0
    assert "ModuleNotFoundError: PySide6 is hidden in this run" in result.stderr


def shell_blocks(markdown: str) -> list[str]:
    """The ``sh`` code blocks of a Markdown text, in order."""
    return [block.split("```", 1)[0].strip() for block in markdown.split("```sh\n")[1:]]


def test_the_readme_shows_the_test_commands_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace("\\\n", " ")
    ci_lines = {" ".join(line.split()) for line in ci_script.splitlines()}
    quick_start, *others = (block for block in shell_blocks(readme) if "pytest" in block)
    without_qt = [block for block in others if "qtless" in block]

    assert quick_start.rsplit(" && ", 1)[-1] in ci_lines
    assert len(without_qt) == 1
    assert without_qt[0] in ci_lines
