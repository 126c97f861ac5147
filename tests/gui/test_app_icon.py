"""The app's windows carry the SupportMap icon."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from supportmap.gui.app import run


@pytest.fixture
def app_state_restored() -> Iterator[None]:
    """``run`` names the application, sets its icon and freezes the garbage collector, as a
    real start should; put all of it back for the tests that follow."""
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    icon = QApplication.windowIcon()
    yield
    gc.unfreeze()
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])
    QApplication.setWindowIcon(icon)


@pytest.mark.usefixtures("app_state_restored")
def test_the_app_sets_its_icon_on_every_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    QApplication.setWindowIcon(QIcon())
    picture = tmp_path / "window.png"
    args = argparse.Namespace(db=None, demo=True, file=None, screenshot=str(picture))
    assert run(args) == 0
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(16, 16).toImage()
    assert image.width() == 16
    assert len({image.pixelColor(x, y).name() for x in range(16) for y in range(16)}) > 3
