"""What the safety plan says on paper, and in which order (DESIGN.md §9).

The plan's content is worked out once, in `supportmap.core.safety_plan`: the six steps and
"What matters most to me" as the app shows them, steps 3–5 filled from the map, nobody marked
unsafe or draining in them whatever the stored lists say, blank lines where a step is empty and
the sentence that local emergency numbers and crisis lines exist when none was entered. This
module only turns those steps into the blocks the report layout already sets
(`supportmap.reports.report_content`), so the plan is laid out, paged, printed and written by
the same code as the reports.

On paper the plan is headed "My safety plan" with the person's name and the date, then the
crisis notice (VOICE.md 8: it is never a footnote, so it stands before the steps), then the
steps in their order, each with a one-line hint of what belongs there. Entries are printed as
the user wrote them and people with how to reach them. The plan carries no map picture and
nothing else of the map: not its title (which may name anyone), not a session note, not a
person's notes or next step.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supportmap.core import texts
from supportmap.core.i18n import _
from supportmap.core.safety_plan import PlanEntry, PlanStep, shown_plan, steps
from supportmap.core.supportmap import SupportMap
from supportmap.reports import safety_plan_texts as words
from supportmap.reports.report_content import (
    Block,
    Heading,
    ListItem,
    Notice,
    Paragraph,
    WritingLines,
    blocks_text,
)

FILL_IN_LINES = 3
"""Blank lines under a step that has nothing in it yet (by default)."""
RUN_IN_SEPARATOR = "  •  "
REACHED_STEPS = (4, 5)
"""The steps that list people and services with how to reach them."""


@dataclass(frozen=True)
class PlanDocument:
    """The safety plan as printed: its title, the date it carries and its blocks in order."""

    title: str
    date: dt.date
    date_text: str
    blocks: tuple[Block, ...]

    def text(self) -> str:
        """Every word of the plan, in order (for searching and tests)."""
        return blocks_text(self.blocks)


def build_safety_plan(
    support_map: SupportMap,
    date: dt.date | None = None,
    date_text: str | None = None,
    *,
    run_in: bool = False,
    fill_in_lines: int = FILL_IN_LINES,
) -> PlanDocument:
    """The safety plan of ``support_map`` as it stands now, ready to be laid out on pages.

    Args:
        support_map: the map as it is now (never a snapshot).
        date: the date the plan carries; today if not given.
        date_text: that date as written under the title and on every page (the renderer
            passes the reader's long form); ISO 8601 if not given.
        run_in: each step's entries run on in one paragraph, parted by bullets, instead of
            one under the other: a very long plan then leaves no half-empty lines.
        fill_in_lines: how many blank lines a step with nothing in it gets.
    """
    date = date or dt.date.today()
    date_text = date_text or date.isoformat()
    title = _(words.PLAN_TITLE)
    blocks: list[Block] = [
        Heading(title, 1),
        Paragraph(words.name_and_date(support_map.focus_name, date_text), muted=True),
        Paragraph(_(words.PLAN_INTRO), muted=True),
        Notice(_(texts.CRISIS_NOTICE)),
    ]
    for step in steps(shown_plan(support_map)):
        blocks += _step(step, run_in, fill_in_lines)
    return PlanDocument(title, date, date_text, tuple(blocks))


def _step(step: PlanStep, run_in: bool, fill_in_lines: int) -> list[Block]:
    if step.number is None:
        heading = Heading(step.title, 3)
        hint = _(words.WHAT_MATTERS_HINT)
        entries: list[Block] = [Paragraph(entry.text) for entry in step.entries]
    else:
        heading = Heading(words.step_heading(step.number, step.title), 3)
        hint = _(words.STEP_HINTS[step.number - 1])
        # Steps 4 and 5 say how to reach each one; where that is missing, it can be written in.
        reached = step.number in REACHED_STEPS
        entries = [
            ListItem(entry.contact, lead=entry.text)
            if entry.contact
            else ListItem(entry.text, write_in=reached)
            for entry in step.entries
        ]
        if run_in and entries:
            entries = [Paragraph(RUN_IN_SEPARATOR.join(_run_in(entry) for entry in step.entries))]
    # The hint stays with what follows it, and so does the note with its blank lines.
    blocks: list[Block] = [heading, Paragraph(hint, muted=True, with_next=True), *entries]
    if step.note:
        blocks.append(Paragraph(step.note, with_next=step.fill_in))
    if step.fill_in:
        blocks.append(WritingLines(fill_in_lines))
    return blocks


def _run_in(entry: PlanEntry) -> str:
    return words.with_contact(entry.text, entry.contact) if entry.contact else entry.text
