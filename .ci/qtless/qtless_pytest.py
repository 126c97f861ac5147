"""pytest plugin for the run without Qt (load with ``-p qtless_pytest -p no:pytest-qt``).

With pytest-qt switched off, its settings in pyproject.toml would be unknown and
``--strict-config`` would refuse them; this plugin declares them, unused. It also refuses to
start unless Qt really is hidden, so the run cannot pass by accident with Qt present.
"""

from __future__ import annotations

import importlib

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    unused = "pytest-qt's setting, unused in the run without Qt"
    parser.addini("qt_api", unused)
    parser.addini("qt_log_level_fail", unused)
    parser.addini("qt_log_ignore", unused, type="linelist")


def pytest_configure(config: pytest.Config) -> None:
    for name in ("PySide6", "shiboken6"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        raise pytest.UsageError(
            f"{name} can still be imported: put .ci/qtless on PYTHONPATH for the run without Qt."
        )


def pytest_report_header() -> str:
    return "Qt is hidden: PySide6 and shiboken6 cannot be imported in this run"
