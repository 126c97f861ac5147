"""The crisis notice: always reachable (F1, Help menu, the findings line) and honest."""

from __future__ import annotations

import inspect
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from supportmap.core.vocabulary import HelpType
from supportmap.gui.document import MapDocument
from supportmap.gui.panels.insight.crisis import CrisisDialog, crisis_action
from supportmap.gui.panels.insight.findings_dock import FindingsPanel
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import insight as s

AVOIDED = (
    "weak",
    "failure",
    "broken",
    "burden",
    "needy",
    "dependent",
    "should",
    "must",
    "inadequate",
    "poor",
    "bad network",
)


class NullView:
    """The canvas protocol with nothing to draw: these tests only read the notice."""

    def highlight(self, people: object, help_type: object = None) -> None: ...

    def clear_highlight(self) -> None: ...

    def set_unavailable(self, person_id: object) -> None: ...


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[QWidget | None]:
    calls: list[QWidget | None] = []
    monkeypatch.setattr(
        CrisisDialog, "ask", classmethod(lambda cls, parent=None: calls.append(parent))
    )
    return calls


def test_dialog_says_what_the_app_is_not_and_where_help_is(qtbot: QtBot) -> None:
    dialog = CrisisDialog()
    qtbot.addWidget(dialog)
    text = dialog.text().lower()
    assert "not an emergency service" in text
    assert "emergency number" in text
    assert "crisis lines" in text
    assert "gp" in text and "therapist" in text
    assert not re.search(r"\d", text), "no phone number: the app does not know the country"
    for word in AVOIDED:
        assert word not in text


def test_f1_opens_the_notice_from_anywhere_in_the_window(
    qtbot: QtBot, asked: list[QWidget | None]
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = crisis_action(window)
    window.menuBar().addMenu("Help").addAction(action)
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    assert action.text() == s.crisis_action_text()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert asked == [window]


def test_the_findings_line_opens_the_notice(
    qtbot: QtBot, document: MapDocument, asked: list[QWidget | None]
) -> None:
    panel = FindingsPanel(document, SelectionState(document), NullView())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.crisis_strip.isVisible(), "an empty map has no crisis help yet"
    qtbot.mouseClick(panel.crisis_strip.button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1


def test_every_insight_sentence_avoids_the_words_voice_md_rules_out() -> None:
    texts: list[str] = []
    for value in vars(s).values():
        own = inspect.isfunction(value) and value.__module__ == s.__name__
        if own and not inspect.signature(value).parameters:
            result = value()
            texts.extend([result] if isinstance(result, str) else result)
    texts.extend(s.SEVERITY_HEADINGS.values())
    texts += [
        s.ranking_line("Sam", [HelpType.CRISIS], ["Kim"], 1),
        s.ranking_line("Sam", [], [], 1),
        s.ranking_line("Sam", [], [], 0),
        s.whatif_cut_off(["Kim", "Jo"]),
        s.whatif_lost([HelpType.EMOTIONAL, HelpType.PRACTICAL]),
        s.whatif_title("Sam"),
        s.tiny_prompt_title("Sam"),
        s.whatif_not_current("Sam"),
    ]
    flat = " ".join(texts).lower()
    assert len(texts) > 40
    for word in AVOIDED:
        assert not re.search(rf"\b{word}\b", flat), word
    assert "you need to" not in flat
