"""File → Save safety plan as PDF… and Print safety plan…, driven from the window's File menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from supportmap.gui.documents.plan_actions import SafetyPlanActions
from supportmap.gui.main_window import MainWindow
from tests.documents import words_of


def open_file_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.file_menu.isVisible)


def test_the_plan_is_saved_from_the_file_menu_by_keyboard(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "papers"
    target.mkdir()
    suggested: list[Path] = []

    def ask_path(cls: type, parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return target / "plan.pdf"

    monkeypatch.setattr(SafetyPlanActions, "ask_save_path", classmethod(ask_path))
    window = demo_window
    open_file_menu(qtbot, window)
    with qtbot.waitSignal(window.plan_documents.status) as said:
        qtbot.keyClick(window.file_menu, Qt.Key.Key_L)  # the menu item's mnemonic
    assert said.args == ["Saved the safety plan as plan.pdf."]
    assert suggested[0].name == "Robin — safety plan.pdf"
    path = target / "plan.pdf"
    assert path.stat().st_mode & 0o777 == 0o600
    words = words_of(path)
    assert words.startswith("My safety plan Robin")
    assert "Professionals and services I can contact in a crisis" in words
    assert "Chris" not in words
    assert "Page 1 of 1" in words


def test_the_plan_is_printed_from_the_file_menu_by_keyboard(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    printed = tmp_path / "printed.pdf"
    papers: list[str] = []

    def to_file(cls: type, parent: object, printer: QPrinter) -> bool:
        papers.append(printer.pageLayout().pageSize().key())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(SafetyPlanActions, "ask_printer", classmethod(to_file))
    window = demo_window
    open_file_menu(qtbot, window)
    with qtbot.waitSignal(window.plan_documents.status) as said:
        qtbot.keyClick(window.file_menu, Qt.Key.Key_F)
    assert said.args == ["The safety plan went to the printer."]
    assert papers and papers[0] in ("A4", "Letter")
    words = words_of(printed)
    assert "People I can ask for help" in words
    assert "Jamie" in words and "Chris" not in words
    assert len(PdfReader(printed).pages) == 1


def test_the_plan_waits_while_a_past_moment_is_shown(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    document = demo_window.document
    actions = demo_window.plan_documents
    assert actions.save_action.isEnabled() and actions.print_action.isEnabled()
    document.show_moment(document.list_snapshots()[0].snapshot_id)
    assert not actions.save_action.isEnabled()
    assert not actions.print_action.isEnabled()
    document.back_to_now()
    assert actions.save_action.isEnabled() and actions.print_action.isEnabled()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own word that the printer refused
def test_a_printer_that_cannot_be_used_is_a_calm_message(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    problems_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    def unusable(cls: type, parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "gone" / "printed.pdf"))
        return True

    monkeypatch.setattr(SafetyPlanActions, "ask_printer", classmethod(unusable))
    assert demo_window.plan_documents.print_plan() is False
    assert problems_shown == [
        "The printer could not be used (the printer or the file could not be opened). "
        "You could save the safety plan as a PDF instead."
    ]


def test_the_safety_plan_panel_has_buttons_that_put_the_plan_on_paper(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QToolButton

    def ask_path(cls: type, parent: object, proposal: Path) -> Path:
        return tmp_path / "from-the-panel.pdf"

    monkeypatch.setattr(SafetyPlanActions, "ask_save_path", classmethod(ask_path))
    window = demo_window
    window.safety_plan_dock.raise_()
    buttons = {
        button.defaultAction(): button
        for button in window.safety_plan_dock.findChildren(QToolButton)
        if button.defaultAction() is not None
    }
    save = buttons[window.plan_documents.save_action]
    assert window.plan_documents.print_action in buttons
    qtbot.waitUntil(save.isVisible)
    with qtbot.waitSignal(window.plan_documents.status):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert words_of(tmp_path / "from-the-panel.pdf").startswith("My safety plan Robin")
