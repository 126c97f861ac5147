"""The Qt-free texts go through one marker that a catalogue for another language can fill."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from supportmap.core import i18n, texts, texts_report
from supportmap.core.vocabulary import HelpType, Sector


def test_a_catalogue_for_a_language_translates_the_qt_free_texts(tmp_path: Path) -> None:
    german = Catalog(locale="de")
    german.add("Safe people for {words}: {count}", "Sichere Menschen für {words}: {count}")
    german.add("emotional support", "emotionale Unterstützung")
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "supportmap.mo").open("wb") as out:
        write_mo(out, german)
    previous = i18n.install("de", folder=tmp_path)
    try:
        line = texts_report.coverage_line(HelpType.EMOTIONAL, 2)
    finally:
        i18n.install(catalogue=previous)
    assert line == "Sichere Menschen für emotionale Unterstützung: 2"
    assert (
        texts_report.coverage_line(HelpType.EMOTIONAL, 2) == "Safe people for emotional support: 2"
    )
    previous = i18n.install("xx", folder=tmp_path)
    try:
        unknown = texts_report.coverage_line(HelpType.EMOTIONAL, 0)
    finally:
        i18n.install(catalogue=previous)
    assert unknown == "Safe people for emotional support: nobody yet"


def test_words_kept_in_tables_are_translated_where_they_are_shown(tmp_path: Path) -> None:
    german = Catalog(locale="de")
    german.add("Family", "Familie")
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "supportmap.mo").open("wb") as out:
        write_mo(out, german)
    previous = i18n.install("de", folder=tmp_path)
    try:
        shown = Sector.FAMILY.label
    finally:
        i18n.install(catalogue=previous)
    assert shown == "Familie"
    assert Sector.FAMILY.label == "Family"


def test_counts_choose_their_form() -> None:
    one = texts.unsafe_only(HelpType.EMOTIONAL, ["Sam"]).title
    two = texts.unsafe_only(HelpType.EMOTIONAL, ["Sam", "Kim"]).title
    assert one == "Emotional support comes only from someone you haven't marked as safe"
    assert two == "Emotional support comes only from people you haven't marked as safe"
    assert texts.isolated(["Jo"]).detail.startswith("Jo doesn't know anyone")
    assert texts.isolated(["Jo", "Al"]).detail.startswith("Jo and Al don't know anyone")
    assert texts.join_names(["A", "B", "C", "D", "E", "F"]) == "A, B, C, D and 2 others"
