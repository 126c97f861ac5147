"""File → Save report as PDF… and File → Print…, driven from the window's menu and keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from supportmap.gui.documents.report_actions import AudienceDialog, ReportActions
from supportmap.gui.main_window import MainWindow
from supportmap.reports.report_content import Audience
from tests.documents import words_of


def choose(monkeypatch: pytest.MonkeyPatch, audience: Audience | None) -> None:
    monkeypatch.setattr(AudienceDialog, "ask", classmethod(lambda cls, parent: audience))


def test_the_audience_dialog_is_answered_with_the_mouse(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AudienceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.audience() is Audience.CLIENT, "the client report is the default"
    button = dialog.clinician_button
    indicator = QPoint(6, button.height() // 2)  # on the round mark itself
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=indicator)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.audience() is Audience.CLINICIAN


def test_a_clinician_report_is_saved_from_the_file_menu(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    target = tmp_path / "reports"
    target.mkdir()
    suggested: list[Path] = []

    def ask_path(cls: type, parent: object, proposal: Path) -> Path:
        suggested.append(proposal)
        return target / "robin.pdf"

    choose(monkeypatch, Audience.CLINICIAN)
    monkeypatch.setattr(ReportActions, "ask_save_path", classmethod(ask_path))
    window = demo_window
    window.file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.file_menu.isVisible)
    with qtbot.waitSignal(window.reports.status) as said:
        qtbot.keyClick(window.file_menu, Qt.Key.Key_R)  # the menu item's mnemonic
    assert said.args == ["Saved the report as robin.pdf."]
    assert suggested[0].name == "Robin — a hard year — clinician report.pdf"
    path = target / "robin.pdf"
    assert path.stat().st_mode & 0o777 == 0o600
    words = words_of(path)
    private = next(n for n in window.document.require_map().notes if n.private)
    assert f"Private: {' '.join(private.text.split())}" in words


def test_a_client_report_is_printed_with_the_print_shortcut(
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

    choose(monkeypatch, Audience.CLIENT)
    monkeypatch.setattr(ReportActions, "ask_printer", classmethod(to_file))
    window = demo_window
    window.view.setFocus()
    keys = QKeySequence(QKeySequence.StandardKey.Print)[0]
    with qtbot.waitSignal(window.reports.status):
        qtbot.keyClick(window.view, keys.key(), keys.keyboardModifiers())
    assert papers and papers[0] in ("A4", "Letter")
    words = words_of(printed)
    assert "What is there for you" in words
    assert "Page 1 of" in words
    for person in window.document.require_map().people.values():
        if person.notes:
            assert " ".join(person.notes.split()) not in words


def test_the_report_waits_while_a_past_moment_is_shown(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    document = demo_window.document
    assert demo_window.reports.save_action.isEnabled()
    first = document.list_snapshots()[0]
    document.show_moment(first.snapshot_id)
    assert not demo_window.reports.save_action.isEnabled()
    assert not demo_window.reports.print_action.isEnabled()
    document.back_to_now()
    assert demo_window.reports.print_action.isEnabled()


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

    choose(monkeypatch, Audience.CLIENT)
    monkeypatch.setattr(ReportActions, "ask_printer", classmethod(unusable))
    assert demo_window.reports.print_report() is False
    assert problems_shown == [
        "The printer could not be used (the printer or the file could not be opened). "
        "You could save the report as a PDF instead."
    ]


def test_closing_the_audience_question_writes_nothing(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(monkeypatch, None)
    assert demo_window.reports.save_report() is None
    assert demo_window.reports.print_report() is False
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("library.db")]
    assert left in ([], ["settings.ini"])
