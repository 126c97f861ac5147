"""The top of the History panel says, in plain words, what changed since the newest snapshot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from supportmap.core.change import Moment, compare
from supportmap.core.vocabulary import Circle, Safety
from supportmap.gui.main_window import MainWindow


def test_since_the_last_session_names_who_moved_and_opens_the_comparison(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    since = window.history_dock.since
    sam = document.add_person("Sam", circle=Circle.AROUND)
    assert not since.isVisibleTo(window.history_dock)  # no snapshot yet
    document.end_session("Session 1")
    qtbot.waitUntil(lambda: since.isVisibleTo(window.history_dock))
    assert since.heading.text().startswith("Since “Session 1” (")
    assert since.summary.text() == "Nothing on the map has changed since then."
    assert not since.show_button.isVisibleTo(since)

    document.update_person(sam, circle=Circle.CLOSEST)
    qtbot.waitUntil(lambda: "Sam" in since.summary.text())
    assert "closer" in since.summary.text()
    window.history_dock.raise_()
    qtbot.waitUntil(since.show_button.isVisible)
    qtbot.mouseClick(since.show_button, Qt.MouseButton.LeftButton)

    compared = document.compared
    assert compared is not None
    assert compared.before_entry == document.list_snapshots()[-1]
    assert compared.after_entry is None
    assert [change.id for change in compared.result.circle_changed] == [sam]
    assert window.statusBar().currentMessage().startswith("Two moments are compared")


def test_a_long_summary_shows_its_first_sentences_and_says_how_many_more(
    window: MainWindow, qtbot: QtBot
) -> None:
    document = window.document
    names = ("Sam", "Kim", "Lou", "Bo")
    people = [document.add_person(name, circle=Circle.AROUND) for name in names]
    document.end_session("Session 1")
    document.update_person(people[0], circle=Circle.CLOSEST)
    document.update_person(people[1], circle=Circle.COULD_REACH)
    document.update_person(people[2], safety=Safety.UNSAFE)
    document.remove_people([people[3]])
    document.add_person("Ana")
    since = window.history_dock.since
    since.refresh()
    entry = document.list_snapshots()[-1]
    assert entry.label == "Session 1"
    snapshot = document.load_snapshot(entry.snapshot_id)
    sentences = compare(snapshot.map, document.require_map(), Moment.now(), Moment.now()).summary
    assert len(sentences) > 3
    shown = since.summary.text().splitlines()
    assert shown[:3] == list(sentences[:3])
    assert shown[3] == f"…and {len(sentences) - 3} more changes."
