"""The text rules of DESIGN.md §3, as every editor and the file reader meet them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportmap.core import edits
from supportmap.core.model import NAME_MAX, Person, SessionNote, ValidationError, check_text
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from tests.text_strategies import ALLOWED, free_text

CONTROLS = st.one_of(
    st.characters(min_codepoint=0x00, max_codepoint=0x1F).filter(lambda c: c not in "\t\n"),
    st.characters(min_codepoint=0x80, max_codepoint=0x9F),
)
INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", " "])


def test_a_name_of_80_characters_written_decomposed_is_accepted_and_stored_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "é") * NAME_MAX
    assert len(decomposed) == 2 * NAME_MAX

    person = Person(id="p1", name=f"  {decomposed} ")

    assert person.name == "é" * NAME_MAX


def test_a_name_of_81_characters_is_still_refused() -> None:
    with pytest.raises(ValidationError, match="at most 80"):
        Person(id="p1", name="é" * (NAME_MAX + 1))


@given(st.text(INVISIBLE, min_size=1, max_size=10))
def test_a_name_of_only_invisible_characters_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as refused:
        Person(id="p1", name=name)
    assert refused.value.field == "name"
    with pytest.raises(ValidationError) as refused_focus:
        SupportMap(name)
    assert refused_focus.value.field == "focus.name"


def test_a_title_of_spaces_becomes_empty() -> None:
    support_map = SupportMap("Alex", " " * 250)
    assert support_map.title == ""
    titled = SupportMap("Alex", "First session")
    change = edits.retitle(titled, "\t" + " " * 300)
    assert change is not None and change.after == ""
    titled.apply(change)
    assert titled.title == ""


@given(free_text(60), CONTROLS, st.integers(0, 60))
def test_control_characters_are_refused_in_every_text_field(
    text: str, control: str, where: int
) -> None:
    spoiled = text[:where] + control + text[where:]
    attempts = {
        "name": lambda: Person(id="p1", name=f"Sam{spoiled}"),
        "relationship": lambda: Person(id="p1", name="Sam", relationship=spoiled),
        "next_step": lambda: Person(id="p1", name="Sam", next_step=spoiled),
        "notes": lambda: Person(id="p1", name="Sam", notes=spoiled),
        "id": lambda: Person(id=f"p{spoiled}", name="Sam"),
        "title": lambda: SupportMap("Alex", spoiled),
        "focus.name": lambda: SupportMap(f"Alex{spoiled}"),
        "text": lambda: SessionNote("n1", dt.date(2026, 1, 1), spoiled),
        "label": lambda: Snapshot(f"Session{spoiled}", dt.datetime.now(dt.UTC), SupportMap()),
    }
    for field, attempt in attempts.items():
        with pytest.raises(ValidationError, match="control character") as refused:
            attempt()
        assert refused.value.field == field


@given(free_text(200))
def test_free_text_is_kept_exactly_as_given(text: str) -> None:
    assert Person(id="p1", name="Sam", notes=text[:200]).notes == text[:200]


@given(st.text(ALLOWED, max_size=100))
def test_names_are_stored_trimmed_composed_and_visible_or_refused(text: str) -> None:
    try:
        name = check_text("name", text, NAME_MAX, required=True)
    except ValidationError as error:
        stored = unicodedata.normalize("NFC", text).strip()
        assert error.field == "name"
        assert len(stored) > NAME_MAX or not any(
            unicodedata.category(c)[0] not in "CZ" for c in stored
        )
        return
    assert name == unicodedata.normalize("NFC", name) == name.strip()
    assert 1 <= len(name) <= NAME_MAX
    assert check_text("name", name, NAME_MAX, required=True) == name


@given(st.text(ALLOWED, max_size=250))
def test_titles_are_stored_trimmed_and_composed(text: str) -> None:
    expected = unicodedata.normalize("NFC", text).strip()
    if len(expected) > 200:
        with pytest.raises(ValidationError, match="at most 200"):
            SupportMap("Alex", text)
    else:
        assert SupportMap("Alex", text).title == expected


def test_a_snapshot_time_that_cannot_be_stored_in_utc_is_refused() -> None:
    early = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    with pytest.raises(ValidationError) as refused:
        Snapshot("Session 1", early, SupportMap())
    assert refused.value.field == "taken"
