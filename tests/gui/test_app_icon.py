"""The app's windows carry the SupportMap icon."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from supportmap.gui.app import run


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
