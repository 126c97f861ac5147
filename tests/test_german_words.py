"""The English-word check itself: it sees an untranslated text and ignores the person's words."""

from __future__ import annotations

from pathlib import Path

from tests.german import EnglishCheck, english_only_words, words


def test_placeholders_and_accelerators_are_not_words() -> None:
    assert words("&Open %1 with {name} and %(prog)s") == {"open", "with", "and"}


def test_words_only_english_uses_are_found() -> None:
    english = english_only_words()
    assert {"you", "people", "safe", "snapshot", "usage"} <= english
    assert "supportmap" not in english  # the same in both languages
    assert "menschen" not in english


def test_a_name_is_not_english_but_an_untranslated_sentence_is(tmp_path: Path) -> None:
    map_file = tmp_path / "m.supportmap.json"
    map_file.write_text('{"people": [{"name": "Safe Harbour", "sector": "family"}]}')
    check = EnglishCheck([map_file])
    check.look_at("one", ["Safe Harbour ist in deiner Nähe"])
    assert check.found == {}
    check.look_at("two", ["Nobody is on the map yet."])
    assert {"nobody", "the", "yet"} <= set(check.found)
    check.look_at("three", ["Familie"])
    assert "family" not in check.found
