"""The conflict message names what the other person changed, as the Edit menu names gestures.

The document runs on a real library file; "they" are a second connection to it, as another
window or app instance is (DESIGN §11)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from supportmap.core import edits
from supportmap.core.changes import Change
from supportmap.core.model import Position
from supportmap.gui.conflict import SHOWN_GESTURES, ConflictMessage
from supportmap.gui.document import MapDocument
from supportmap.storage.library import Library
from tests.maps import make_map, make_person


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    """Sam, Kim and Lee on a map whose safety plan names Kim among the people to call."""
    people = [make_person(f"p{i}", name=name) for i, name in enumerate(("Sam", "Kim", "Lee"), 1)]
    support_map = make_map(people, focus="Alex")
    support_map.apply(edits.set_plan_list(support_map, "people_to_ask", ["p2"]))
    path = tmp_path / "library.db"
    with Library.open(path) as library:
        library.save_new_map(support_map)
    return path


@pytest.fixture
def document(library_file: Path) -> Iterator[MapDocument]:
    document = MapDocument(Library.open(library_file))
    document.open_map(document.list_maps()[0].map_id)
    yield document
    document.close_library()


def they_do(library_file: Path, document: MapDocument, *gestures: object) -> None:
    """Save each gesture's changes to the document's map as the other person: ``gestures`` are
    functions of their map giving one change, several or none."""
    map_id = document.map_id
    assert map_id is not None
    with Library.open(library_file) as theirs:
        for gesture in gestures:
            support_map = theirs.load_map(map_id)
            made = gesture(support_map)  # type: ignore[operator]
            changes = [made] if not isinstance(made, tuple | list) else list(made)
            theirs.apply_many(map_id, [c for c in changes if c is not None])


@pytest.fixture
def message(qtbot, document: MapDocument) -> Iterator[ConflictMessage]:  # type: ignore[no-untyped-def]
    """The window's conflict message, for the document."""
    window = QWidget()
    qtbot.addWidget(window)
    message = ConflictMessage(document, window)
    yield message
    if message.box is not None:
        message.box.done(0)


def refused_then_theirs(
    qtbot, document: MapDocument, message: ConflictMessage, mine: Callable[[], object]
) -> None:  # type: ignore[no-untyped-def]
    """Make an edit (``mine``) on the map as it was, see it refused as it meets their change,
    and wait for their changes to show."""
    shown: list[tuple[Change, ...]] = []
    document.theirs_shown.connect(shown.append)
    mine()
    assert message.box is not None
    qtbot.waitUntil(lambda: shown != [])


def lines_of(message: ConflictMessage) -> list[str]:
    assert message.box is not None
    informative = message.box.informativeText().split("\n\n")
    assert informative[-1].startswith("Undo starts afresh")
    return informative[0].split("\n") if len(informative) > 1 else []


def test_their_gestures_are_named_once_each_and_a_removal_from_the_plan_goes_with_its_person(
    qtbot, library_file: Path, document: MapDocument, message: ConflictMessage
) -> None:  # type: ignore[no-untyped-def]
    they_do(
        library_file,
        document,
        lambda m: edits.add_tie(m, "p1", "p3", 1, False),
        lambda m: edits.update_person(m, "p1", name="Samuel"),
        lambda m: edits.move_people(m, {"p1": Position(60, 60)}),
        lambda m: edits.add_note(m, dt.date(2026, 11, 2), "Went well", True),
        lambda m: edits.retitle(m, "After the move"),
        lambda m: edits.remove_people(m, ["p2"]),
    )

    refused_then_theirs(
        qtbot, document, message, lambda: document.update_person("p1", name="Sammy")
    )

    assert lines_of(message) == [
        "What they changed:",
        "• Delete Kim",
        "• Edit Samuel",
        "• Connect Samuel and Lee",
        "• Rename map",
        "• Add a note",
    ]


def test_past_a_few_gestures_the_rest_are_counted(
    qtbot, library_file: Path, document: MapDocument, message: ConflictMessage
) -> None:  # type: ignore[no-untyped-def]
    newcomers = [f"Friend {i}" for i in range(1, 9)]
    they_do(library_file, document, *(lambda m, n=n: edits.add_person(m, n) for n in newcomers))
    they_do(library_file, document, lambda m: edits.set_what_matters(m, "The dog"))

    refused_then_theirs(qtbot, document, message, lambda: document.set_what_matters("Walks"))

    lines = lines_of(message)
    assert lines[1:] == [
        *(f"• Add {name}" for name in newcomers[: SHOWN_GESTURES - 1]),
        "• and 4 more changes",
    ]


def test_their_changes_are_named_when_the_change_watch_read_them_first(
    qtbot, library_file: Path, document: MapDocument, message: ConflictMessage
) -> None:  # type: ignore[no-untyped-def]
    """The window's change watch can read the map between the refusal and the reading that
    follows it; what it found still makes the list."""
    document.follow_library()  # starts the watch
    they_do(library_file, document, lambda m: edits.update_person(m, "p1", name="Samuel"))
    followed: list[bool] = []
    document.conflicted.connect(
        lambda _refusal: QTimer.singleShot(0, lambda: followed.append(document.follow_library()))
    )

    refused_then_theirs(
        qtbot, document, message, lambda: document.update_person("p1", name="Sammy")
    )

    assert followed == [True]
    assert lines_of(message) == ["What they changed:", "• Rename Sam"]
