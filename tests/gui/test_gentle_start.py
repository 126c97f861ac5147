"""A new map starts gently, and the Findings panel first says what is there (DESIGN §5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from supportmap.core.analysis import analyze
from supportmap.core.vocabulary import HelpType, Safety
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.insight.findings_model import RowKind


def _add_by_toolbar(qtbot: QtBot, window: MainWindow, answer, name: str) -> None:  # type: ignore[no-untyped-def]
    answer.text(name)
    button = window.toolbar.widgetForAction(window.people_actions.add)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(qtbot: QtBot, combo: QComboBox, value: object) -> None:
    """Choose ``value`` in a combo box with the keyboard, as someone tabbing through would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{value!r} is not offered")


def _select_in_people_table(qtbot: QtBot, window: MainWindow, name: str) -> None:
    table = window.people_dock.table
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_two_new_people_get_a_prompt_on_noting_help_not_a_wall_of_gaps(
    qtbot: QtBot, window: MainWindow, answer
) -> None:  # type: ignore[no-untyped-def]
    panel = window.insight.dock.panel
    _add_by_toolbar(qtbot, window, answer, "Sam")
    _add_by_toolbar(qtbot, window, answer, "Mum")
    support_map = window.document.require_map()
    assert [p.name for p in support_map.people.values()] == ["Sam", "Mum"]
    assert analyze(support_map).findings, "the analysis itself still finds the gaps"
    qtbot.waitUntil(lambda: not window.insight.live.is_pending())

    rows = panel.rows()
    assert [row.kind for row in rows] == [RowKind.PROMPT]
    assert panel.findings_shown() == ()
    assert "select someone and fill in what help flows between you" in rows[0].detail
    assert not panel.filter_row.isVisible()
    assert "not an emergency service" in panel.crisis_strip.label.text()
    assert "Few people" not in panel.crisis_strip.label.text()


def test_once_help_is_noted_the_list_opens_with_what_is_there(
    qtbot: QtBot, window: MainWindow, answer
) -> None:  # type: ignore[no-untyped-def]
    panel = window.insight.dock.panel
    _add_by_toolbar(qtbot, window, answer, "Sam")
    _add_by_toolbar(qtbot, window, answer, "Mum")
    _select_in_people_table(qtbot, window, "Sam")
    editor = window.person_dock
    _pick(qtbot, editor.safety_combo, Safety.SAFE)
    _pick(qtbot, editor.level_combos[(HelpType.EMOTIONAL, "receive")], 2)
    qtbot.waitUntil(lambda: any(r.kind is RowKind.STRENGTHS for r in panel.rows()))

    rows = panel.rows()
    assert rows[0].kind is RowKind.STRENGTHS
    assert rows[0].title == "What is there for you"
    assert rows[0].detail == "Emotional support: Sam"
    assert panel.findings_shown() == analyze(window.document.require_map()).findings
    assert panel.filter_row.isVisible()

    _select_in_people_table(qtbot, window, "Mum")
    _pick(qtbot, editor.safety_combo, Safety.SAFE)
    _pick(qtbot, editor.level_combos[(HelpType.EMOTIONAL, "receive")], 1)
    _pick(qtbot, editor.level_combos[(HelpType.PRACTICAL, "receive")], 3)
    qtbot.waitUntil(lambda: "Practical" in panel.rows()[0].detail)
    assert panel.rows()[0].detail.splitlines() == [
        "Emotional support: Sam and Mum",
        "Practical help: Mum",
    ]
