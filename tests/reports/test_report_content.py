"""What the client and clinician reports say, and in which order, checked on plain values.

The PDF itself (pages, fonts, the text a reader extracts) is tested in tests/gui/test_report_pdf.py;
here the privacy rules and the order of DESIGN §9 are checked without Qt.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings

from supportmap.core.model import SessionNote
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety
from supportmap.reports.report_content import (
    Audience,
    Heading,
    MapPicture,
    Notice,
    Paragraph,
    Table,
    build_report,
)
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from tests.core.map_strategies import support_maps
from tests.maps import make_map, make_person

JARGON = ("articulation", "constraint", "effective size", "density", "component", "burt")
AVOIDED = re.compile(
    r"\b(weak|failure|broken|burden|needy|dependent|should|must|inadequate|poor|bad network)",
    re.IGNORECASE,
)
QUOTED_BURDEN = f"“{Barrier.BURDEN.label}”"
DAY = dt.date(2026, 11, 21)
TAKEN = dt.datetime(2026, 11, 7, 16, 0, tzinfo=dt.UTC)


def small_map() -> SupportMap:
    """Sam gives emotional support safely, Kim emotional support unsafely, Jo practical help."""
    return make_map(
        [
            make_person(
                "sam",
                support={HelpType.EMOTIONAL: (2, 1)},
                next_step="Ask Sam for a walk on Sunday",
                notes="Sam's divorce is not to be mentioned",
                barriers=[Barrier.BURDEN],
            ),
            make_person(
                "kim", circle=2, safety=Safety.UNSAFE, support={HelpType.EMOTIONAL: (3, 0)}
            ),
            make_person("jo", circle=3, support={HelpType.PRACTICAL: (1, 1)}, relationship="GP"),
        ],
        [("sam", "jo")],
        focus="Alex",
        title="Alex after session 3",
        notes=[
            SessionNote("n1", dt.date(2026, 11, 1), "Talked about the move openly", False),
            SessionNote("n2", dt.date(2026, 11, 14), "Alex mentioned dark thoughts", True),
        ],
    )


def headings(report_blocks: tuple[object, ...], level: int) -> list[str]:
    return [b.text for b in report_blocks if isinstance(b, Heading) and b.level == level]


def test_the_client_report_follows_the_order_of_the_design() -> None:
    earlier = small_map()
    report = build_report(small_map(), [Snapshot("Session 2", TAKEN, earlier)], date=DAY)
    assert headings(report.blocks, 1) == ["Alex after session 3"]
    assert headings(report.blocks, 2) == [
        "Your map",
        "What is there for you",
        "What your map shows",
        "Since Session 2",
        "Your next small steps",
    ]
    kinds = [type(block) for block in report.blocks[:6]]
    assert kinds == [Heading, Paragraph, Paragraph, Notice, Heading, MapPicture]
    assert report.blocks[1] == Paragraph("2026-11-21", muted=True)


def test_what_is_there_names_the_safe_givers_of_each_kind_of_help() -> None:
    report = build_report(small_map(), date=DAY)
    lines = [(b.lead, b.text) for b in report.blocks if isinstance(b, Paragraph) and b.lead]
    assert ("Emotional support:", "Sam") in lines
    assert ("Practical help:", "Jo") in lines
    assert not any("Kim" in text for lead, text in lines if lead == "Emotional support:")


def test_the_client_report_keeps_private_things_out() -> None:
    report = build_report(small_map(), date=DAY).text().lower()
    assert "dark thoughts" not in report, "a private session note"
    assert "talked about the move" not in report, "a session note"
    assert "divorce" not in report, "a person's notes"
    for word in JARGON:
        assert word not in report
    assert "ask sam for a walk on sunday" in report, "the next small step"
    assert "not an emergency service" in report


def test_the_clinician_report_holds_everything_labelled() -> None:
    report = build_report(small_map(), audience=Audience.CLINICIAN, date=DAY)
    words = report.text()
    assert "2026-11-14 · Private: Alex mentioned dark thoughts" in words
    assert "2026-11-01: Talked about the move openly" in words
    assert "Notes: Sam's divorce is not to be mentioned" in words
    assert "What makes asking hard: I don't want to be a burden" in words
    for name in ("articulation points", "constraint (Burt)", "effective size (Burt)", "density"):
        assert name in words
    assert "not an emergency service" in words


def test_the_snapshot_table_has_a_row_per_snapshot_and_now() -> None:
    before = make_map([make_person("sam", support={HelpType.EMOTIONAL: (2, 0)})], focus="Alex")
    snapshots = [Snapshot("First", TAKEN, before), Snapshot("Second", TAKEN, small_map())]
    report = build_report(small_map(), snapshots, Audience.CLINICIAN, DAY)
    table = next(b for b in report.blocks if isinstance(b, Table) and "Moment" in b.columns)
    assert table.columns[:3] == ("Moment", "Taken", "People")
    # First: Sam alone, safe emotional support; resilience 0; findings counted from the map.
    assert table.rows[0][:8] == ("First", "2026-11-07", "1", "1", "0", "0", "0", "0")
    assert [row[0] for row in table.rows] == ["First", "Second", "Now"]
    assert table.rows[2][2] == "3"


def test_the_what_if_ranking_puts_the_last_safe_source_first() -> None:
    report = build_report(small_map(), audience=Audience.CLINICIAN, date=DAY)
    table = next(b for b in report.blocks if isinstance(b, Table) and "Score" in b.columns)
    # Sam is the only safe source of emotional support, Jo of practical help: Sam weighs twice.
    assert [row[1] for row in table.rows][:2] == ["Sam", "Jo"]
    assert table.rows[0][2] == "Emotional"


@pytest.mark.parametrize("audience", list(Audience))
def test_an_empty_map_gets_a_warm_short_report(audience: Audience) -> None:
    report = build_report(SupportMap("Alex"), audience=audience, date=DAY)
    words = report.text()
    assert "Your map is empty so far, and that is a fine place to start." in words
    assert "What your map shows" not in words
    assert "not an emergency service" in words
    if audience is Audience.CLIENT:
        assert len(report.blocks) <= 8


def test_a_one_person_map_gets_a_starting_prompt() -> None:
    one = make_map([make_person("sam", support={HelpType.EMOTIONAL: (1, 1)})], focus="Alex")
    words = build_report(one, date=DAY).text()
    assert "A small map is a good start." in words
    assert "Worth attention now" not in words


def test_a_map_with_no_help_noted_asks_for_it_gently() -> None:
    people = [make_person(i, circle=Circle.CLOSE) for i in ("sam", "kim", "jo")]
    words = build_report(make_map(people), date=DAY).text()
    assert "Your map can show more once help is noted." in words
    assert "No safe source" not in words


def test_the_demo_reports_keep_their_privacy() -> None:
    demo = read_document(demo_path())
    private = next(note.text for note in demo.map.notes if note.private)
    person_notes = [p.notes for p in demo.map.people.values() if p.notes]
    client = build_report(demo.map, demo.snapshots, date=DAY).text()
    clinician = build_report(demo.map, demo.snapshots, Audience.CLINICIAN, DAY).text()
    assert private not in client
    assert f"Private: {private}" in clinician
    for notes in person_notes:
        assert notes not in client
        assert notes in clinician


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(support_maps(max_people=12))
def test_no_client_report_uses_avoided_or_network_words(support_map: SupportMap) -> None:
    earlier = Snapshot("Session 1", TAKEN, SupportMap(support_map.focus_name))
    words = build_report(support_map, [earlier], date=DAY).text()
    assert not AVOIDED.search(words.replace(QUOTED_BURDEN, "")), words
    lowered = words.lower()
    for word in (*JARGON, "efficiency", "iqv", "what-if"):
        assert word not in lowered, word
