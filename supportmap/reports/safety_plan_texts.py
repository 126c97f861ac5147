"""The words around the safety plan on paper (`supportmap.reports.safety_plan_content`).

The step titles, what stands in step 5 without a crisis line and the crisis notice come from
core and are reused as they are; these are the plan's title, the line under it and one short
hint per step of what belongs there. The hints invite (VOICE.md 2): a blank plan handed over
in session should read as something to fill in at one's own pace, not as a form to pass.
Constants are source texts marked with ``N_`` (show them with ``_()``); functions return
sentences in the language in use.
"""

from __future__ import annotations

from supportmap.core.i18n import N_, _

PLAN_TITLE = N_("My safety plan")
PLAN_INTRO = N_(
    "When things get hard, you could go through these steps in order, as far as you need. "
    "Keep the plan where you can find it, and add to it by hand whenever you like."
)

STEP_HINTS = (
    N_("Thoughts, feelings or situations that tell me a hard time may be starting."),
    N_("Small things that help a little, like a walk, music, a shower or a warm drink."),
    N_("People I like being around, and places where I can be among others for a while."),
    N_("Safe people I could tell that things are hard, and how to reach them."),
    N_("Who to contact when things are at their worst, at any hour, and how."),
    N_("Things I could put away, or ask someone to keep for now, so hard moments are safer."),
)
"""One hint for each of the six steps, in their order."""
WHAT_MATTERS_HINT = N_("What I hold on to, and what makes it worth getting through a hard day.")


def name_and_date(name: str, date: str) -> str:
    """The line under the plan's title: "Robin · 14 March 2026"."""
    return _("{name} · {date}").format(name=name, date=date)


def step_heading(number: int, title: str) -> str:
    """A step's heading with its number: "1. Warning signs that a hard time may be coming"."""
    return _("{number}. {title}").format(number=number, title=title)


def with_contact(name: str, contact: str) -> str:
    """Someone with how to reach them, in a plan whose entries run on: "Jamie: 07700 900123"."""
    return _("{name}: {contact}").format(name=name, contact=contact)
