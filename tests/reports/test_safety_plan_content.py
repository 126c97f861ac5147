"""What the safety plan says on paper, and in which order, checked on plain values.

The PDF itself (pages, type size, the text a reader extracts) is tested in
tests/gui/test_safety_plan_pdf.py; here the content of DESIGN §9 is checked without Qt.
"""

from __future__ import annotations

import datetime as dt
import re

from supportmap.core.model import CrisisLine, SafetyPlan
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Safety
from supportmap.reports.report_content import (
    Heading,
    ListItem,
    Notice,
    Paragraph,
    WritingLines,
)
from supportmap.reports.safety_plan_content import PlanDocument, build_safety_plan
from supportmap.samples import demo_path
from supportmap.storage.fileformat import read_document
from tests.maps import make_map, make_person
from tests.plan_maps import full_plan_map, guarded_plan_map

DAY = dt.date(2026, 11, 21)
STEP_HEADINGS = [
    "1. Warning signs that a hard time may be coming",
    "2. Things I can do on my own to feel a little better",
    "3. People and places that take my mind off things",
    "4. People I can ask for help",
    "5. Professionals and services I can contact in a crisis",
    "6. Making my surroundings safer",
    "What matters most to me",
]
NO_LINES = "Local emergency numbers and crisis lines exist wherever you are."
AVOIDED = re.compile(
    r"\b(weak|failure|broken|burden|needy|dependent|should|must|inadequate|poor|bad network)",
    re.IGNORECASE,
)


def sections(plan: PlanDocument) -> dict[str, list[object]]:
    """The blocks under each step's heading, by heading."""
    found: dict[str, list[object]] = {}
    current: list[object] | None = None
    for block in plan.blocks:
        if isinstance(block, Heading) and block.level == 3:
            current = found.setdefault(block.text, [])
        elif current is not None:
            current.append(block)
    return found


def entries(blocks: list[object]) -> list[tuple[str, str]]:
    return [(b.lead, b.text) for b in blocks if isinstance(b, ListItem)]


def test_the_demo_plan_names_the_people_of_steps_3_to_5_in_order() -> None:
    demo = read_document(demo_path()).map
    plan = build_safety_plan(demo, DAY, "21 November 2026")
    assert plan.title == "My safety plan"
    assert plan.blocks[0] == Heading("My safety plan", 1)
    assert plan.blocks[1] == Paragraph("Robin · 21 November 2026", muted=True)
    assert isinstance(plan.blocks[3], Notice)
    assert "SupportMap is not an emergency service." in plan.blocks[3].text
    steps = sections(plan)
    assert list(steps) == STEP_HEADINGS
    # Worked out from the sample by hand. Step 3: safe current people Robin gets company from
    # (Dana gives company but Robin gets none from her; Chris is draining, Helen has strings
    # attached, Agnieszka could be reached out to but is not relied on today). Step 4: safe
    # current people who give emotional or crisis help, closest circle first, no
    # professionals. Step 5: the current professionals; no crisis line is entered.
    assert entries(steps[STEP_HEADINGS[2]]) == [
        ("", "Theo"),
        ("", "Jamie"),
        ("", "Marco"),
        ("", "Kit"),
    ]
    assert entries(steps[STEP_HEADINGS[3]]) == [
        ("", "Jamie"),
        ("", "Theo"),
        ("", "Dana"),
        ("", "Kit"),
    ]
    assert entries(steps[STEP_HEADINGS[4]]) == [("", "Ruth Adeyemi"), ("", "Dr Brandt")]
    # Nobody has a contact noted yet: steps 4 and 5 leave room to write it in, step 3 does
    # not ask for one.
    for heading, write_in in ((STEP_HEADINGS[2], False), *((h, True) for h in STEP_HEADINGS[3:5])):
        items = [b for b in steps[heading] if isinstance(b, ListItem)]
        assert [item.write_in for item in items] == [write_in] * len(items), heading
    assert any(
        isinstance(b, Paragraph) and b.text.startswith(NO_LINES) for b in steps[STEP_HEADINGS[4]]
    )
    for heading in (STEP_HEADINGS[0], STEP_HEADINGS[1], STEP_HEADINGS[4], STEP_HEADINGS[5]):
        assert isinstance(steps[heading][-1], WritingLines), heading
    assert isinstance(steps[STEP_HEADINGS[6]][-1], WritingLines)
    words = plan.text()
    for person in demo.people.values():
        if person.safety in (Safety.UNSAFE, Safety.DRAINING):
            assert person.name not in words
        if person.notes:
            assert person.notes not in words
        if person.next_step:
            assert person.next_step not in words
    assert demo.title not in words, "the map's title may name anyone"
    for note in demo.notes:
        assert note.text not in words


def test_every_step_has_a_one_line_hint_under_its_title() -> None:
    plan = build_safety_plan(SupportMap("Alex"), DAY)
    for heading, blocks in sections(plan).items():
        hint = blocks[0]
        assert isinstance(hint, Paragraph) and hint.muted, heading
        assert 20 < len(hint.text) < 100, hint.text


def test_people_are_shown_with_their_contact_and_crisis_lines_as_entered() -> None:
    plan_map = make_map(
        [
            make_person("sam", name="Sam", support={"emotional": (2, 0)}, contact="07700 900123"),
            make_person("kim", name="Kim", circle=2, support={"crisis": (1, 0)}),
        ],
        focus="Alex",
        safety_plan=SafetyPlan(
            warning_signs=("Not sleeping", "Cancelling plans"),
            crisis_lines=(CrisisLine("Night line", "0800 000 000"), CrisisLine("Text Kit")),
            what_matters="My niece,\nand the sea.",
        ),
    )
    steps = sections(build_safety_plan(plan_map, DAY))
    assert entries(steps[STEP_HEADINGS[0]]) == [("", "Not sleeping"), ("", "Cancelling plans")]
    assert entries(steps[STEP_HEADINGS[3]]) == [("Sam", "07700 900123"), ("", "Kim")]
    assert entries(steps[STEP_HEADINGS[4]]) == [("Night line", "0800 000 000"), ("", "Text Kit")]
    kim, text_kit = steps[STEP_HEADINGS[3]][-1], steps[STEP_HEADINGS[4]][-1]
    assert isinstance(kim, ListItem) and kim.write_in, "Kim's number can be written in"
    assert isinstance(text_kit, ListItem) and text_kit.write_in
    step_5 = steps[STEP_HEADINGS[4]]
    assert not any(isinstance(b, WritingLines) for b in step_5), "lines were entered"
    assert not any(isinstance(b, Paragraph) and NO_LINES in b.text for b in step_5)
    assert steps[STEP_HEADINGS[6]][1:] == [Paragraph("My niece,\nand the sea.")]


def test_no_unsafe_or_draining_name_even_when_the_stored_lists_name_them() -> None:
    plan = build_safety_plan(guarded_plan_map(), DAY)
    words = plan.text()
    for name in ("Quinn", "Lee", "Dr Xu"):
        assert name not in words
    steps = sections(plan)
    assert entries(steps[STEP_HEADINGS[2]]) == [("", "Sam")], "step 3 names, without contact"
    assert entries(steps[STEP_HEADINGS[3]]) == [("Sam", "0123")]
    assert entries(steps[STEP_HEADINGS[4]]) == [
        ("Dr Ode", "surgery"),
        ("Night line", "0800 000 000"),
    ]


def test_an_empty_map_gives_blank_lines_in_every_step() -> None:
    plan = build_safety_plan(SupportMap("Alex"), DAY)
    steps = sections(plan)
    assert list(steps) == STEP_HEADINGS
    for heading, blocks in steps.items():
        assert not entries(blocks), heading
        assert isinstance(blocks[-1], WritingLines) and blocks[-1].count >= 2, heading
    assert NO_LINES in plan.text()


def test_a_run_in_plan_keeps_every_entry_in_one_paragraph_per_step() -> None:
    full = full_plan_map()
    listed = build_safety_plan(full, DAY)
    run_in = build_safety_plan(full, DAY, run_in=True)
    steps = sections(run_in)
    for heading in STEP_HEADINGS[:6]:
        paragraphs = [b for b in steps[heading] if isinstance(b, Paragraph) and not b.muted]
        assert len(paragraphs) == 1, heading
        assert not entries(steps[heading])
    for lead, text in entries(sections(listed)[STEP_HEADINGS[4]]):
        assert (f"{lead}: {text}" if lead else text) in run_in.text()
    assert len(run_in.text()) > 40_000


def test_the_plans_own_words_avoid_what_voice_md_avoids() -> None:
    for plan_map in (SupportMap("Alex"), read_document(demo_path()).map):
        words = build_safety_plan(plan_map, DAY).text()
        assert not AVOIDED.search(words), AVOIDED.search(words)
