"""The conflict message names what the other person changed, as the Edit menu names gestures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from supportmap.core import edits
from supportmap.core.changes import Change
from supportmap.core.model import Position
from supportmap.core.supportmap import SupportMap
from supportmap.gui.conflict import SHOWN_GESTURES, ConflictMessage, gesture_names
from supportmap.gui.document import MapDocument, Refusal
from tests.maps import make_map, make_person


def before() -> SupportMap:
    return make_map([make_person("p1", name="Sam"), make_person("p2", name="Kim")], focus="Alex")


def their_changes(support_map: SupportMap) -> list[Change]:
    """A colleague's afternoon: each gesture's changes, applied to ``support_map`` in turn."""
    made: list[Change] = []

    def make(changes: Change | Sequence[Change] | None) -> None:
        for change in changes if isinstance(changes, tuple | list) else [changes]:
            if change is not None:
                support_map.apply(change)
                made.append(change)

    make(edits.add_tie(support_map, "p1", "p2", 1, False))  # named as they are at the end
    make(edits.update_tie(support_map, "p1", "p2", strength=3))
    make(edits.update_person(support_map, "p1", name="Samuel"))
    make(edits.update_person(support_map, "p2", relationship="Aunt"))
    make(edits.move_people(support_map, {"p2": Position(40, 40)}))
    make(edits.add_note(support_map, dt.date(2026, 11, 2), "Went well", True))
    make(edits.retitle(support_map, "After the move"))
    jo = edits.add_person(support_map, "Jo")
    make(jo)
    make(edits.remove_people(support_map, ["p2"]))
    make(edits.set_what_matters(support_map, "The dog"))
    return made


def test_each_kind_of_change_is_named_as_its_gesture_once() -> None:
    support_map = before()
    changes = their_changes(support_map)
    assert gesture_names(changes + changes[:1], support_map) == [
        "Connect Samuel and Kim",
        "Edit tie between Samuel and Kim",
        "Rename Sam",
        "Edit Kim",
        "Move Kim",
        "Add a note",
        "Rename map",
        "Add Jo",
        "Delete Kim",
        "Edit the safety plan",
    ]


def test_the_message_names_the_first_few_and_counts_the_rest(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    document = MapDocument()
    support_map = before()
    document.open_unstored(support_map)
    message = ConflictMessage(document, window)
    message.show_refusal(Refusal(1, "Rename Sam", (), False))
    assert message.box is not None
    changes = their_changes(support_map)
    message.show_theirs(tuple(changes))

    lines = message.box.informativeText().split("\n")
    assert lines[0] == "What they changed:"
    assert lines[1 : SHOWN_GESTURES + 1] == [
        "• Connect Samuel and Kim",
        "• Edit tie between Samuel and Kim",
        "• Rename Sam",
        "• Edit Kim",
        "• Move Kim",
        "• and 5 more changes",
    ]
    assert lines[-1].startswith("Undo starts afresh")
    message.box.done(0)
