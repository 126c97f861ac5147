"""The safety plan as it is shown and printed (DESIGN.md §9), worked out from a map.

The map stores what the user wrote and whom they chose (`supportmap.core.model.SafetyPlan`);
this module adds what the map itself says. Steps 3–5 name people:

- step 3, people who take my mind off things: safe current people I get company from;
- step 4, people I can ask for help: safe current people I get emotional or crisis help from,
  closest circle first;
- step 5, professionals and services: current people in the professionals' life area, then the
  crisis lines the user entered.

A people list the user never chose shows this default; a chosen one (even empty) is shown in the
user's order. Either way, nobody marked unsafe or draining is ever shown, and professionals are
shown in step 5 only, so a person whose marking or life area changed after being chosen drops
out of the plan by themselves. The panel and the printed plan read the same `ShownPlan`.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportmap.core.i18n import N_, _
from supportmap.core.model import PEOPLE_LISTS, CrisisLine, Person, PlanList, SafetyPlan
from supportmap.core.rules import is_safe_provider, keeps_out_of_safety_plan
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType

NO_CRISIS_LINES = N_(
    "Local emergency numbers and crisis lines exist wherever you are. If it feels right, you "
    "could write down the ones near you here, so they are at hand when things are hardest."
)
"""Step 5 without entered crisis lines: the app never invents a number or a country."""


@dataclass(frozen=True, slots=True)
class PlanPerson:
    """Someone the plan names, with how to reach them."""

    id: str
    name: str
    contact: str


@dataclass(frozen=True, slots=True)
class ShownPlan:
    """The whole plan as the user sees it. ``chosen`` holds the people lists the user chose;
    the others show the map's default."""

    warning_signs: tuple[str, ...]
    coping: tuple[str, ...]
    distraction_places: tuple[str, ...]
    distraction_people: tuple[PlanPerson, ...]
    people_to_ask: tuple[PlanPerson, ...]
    professionals: tuple[PlanPerson, ...]
    crisis_lines: tuple[CrisisLine, ...]
    safer_surroundings: tuple[str, ...]
    what_matters: str
    chosen: frozenset[PlanList]

    def people(self, which: PlanList) -> tuple[PlanPerson, ...]:
        """The people shown in one of the people lists."""
        if not which.holds_people:
            raise ValueError(f"{which} does not list people")
        shown: tuple[PlanPerson, ...] = getattr(self, which.value)
        return shown


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One line of a step: a text, or a name with how to reach them."""

    text: str
    contact: str = ""


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One section of the plan as printed: ``number`` 1–6, or None for what matters most.

    ``fill_in`` asks for blank lines to write on; ``note`` is a sentence shown with the step.
    """

    number: int | None
    title: str
    entries: tuple[PlanEntry, ...]
    fill_in: bool
    note: str = ""


def may_appear(person: Person, which: PlanList) -> bool:
    """Whether ``person`` may be shown in a people list of the plan, chosen or not.

    Nobody unsafe or draining is; professionals are shown in step 5 and only there.
    """
    if not which.holds_people:
        raise ValueError(f"{which} does not list people")
    if keeps_out_of_safety_plan(person):
        return False
    return person.is_professional == (which is PlanList.PROFESSIONALS)


def default_ids(support_map: SupportMap, which: PlanList) -> tuple[str, ...]:
    """Whom the map suggests for a people list, in the order they are shown."""
    candidates = [p for p in support_map.people.values() if p.is_current and may_appear(p, which)]
    if which is PlanList.DISTRACTION_PEOPLE:
        chosen = [p for p in candidates if is_safe_provider(p, HelpType.COMPANIONSHIP)]
    elif which is PlanList.PEOPLE_TO_ASK:
        helpers = [
            p
            for p in candidates
            if is_safe_provider(p, HelpType.EMOTIONAL) or is_safe_provider(p, HelpType.CRISIS)
        ]
        chosen = sorted(helpers, key=lambda p: p.circle)  # stable: map order within a circle
    else:
        chosen = candidates
    return tuple(p.id for p in chosen)


def shown_ids(support_map: SupportMap, which: PlanList) -> tuple[str, ...]:
    """The ids a people list shows: the user's choice, or the default, without anyone who
    may not appear in it."""
    plan = support_map.safety_plan
    stored = None if plan is None else plan.items(which)
    if stored is None:
        return default_ids(support_map, which)
    people = support_map.people
    return tuple(pid for pid in stored if pid in people and may_appear(people[pid], which))


def shown_plan(support_map: SupportMap) -> ShownPlan:
    """The plan of ``support_map`` as shown, also when the user has not started one."""
    plan = support_map.safety_plan or SafetyPlan()
    people = support_map.people

    def listed(which: PlanList) -> tuple[PlanPerson, ...]:
        return tuple(
            PlanPerson(pid, people[pid].name, people[pid].contact)
            for pid in shown_ids(support_map, which)
        )

    return ShownPlan(
        warning_signs=plan.warning_signs,
        coping=plan.coping,
        distraction_places=plan.distraction_places,
        distraction_people=listed(PlanList.DISTRACTION_PEOPLE),
        people_to_ask=listed(PlanList.PEOPLE_TO_ASK),
        professionals=listed(PlanList.PROFESSIONALS),
        crisis_lines=plan.crisis_lines,
        safer_surroundings=plan.safer_surroundings,
        what_matters=plan.what_matters,
        chosen=frozenset(w for w in PEOPLE_LISTS if plan.items(w) is not None),
    )


STEP_TITLES = (
    N_("Warning signs that a hard time may be coming"),
    N_("Things I can do on my own to feel a little better"),
    N_("People and places that take my mind off things"),
    N_("People I can ask for help"),
    N_("Professionals and services I can contact in a crisis"),
    N_("Making my surroundings safer"),
)
WHAT_MATTERS_TITLE = N_("What matters most to me")


def steps(plan: ShownPlan) -> tuple[PlanStep, ...]:
    """The six steps and what matters most, in the order they are printed.

    Step 3 lists its people before its places, step 5 its professionals (with how to reach
    them) before the crisis lines. A step with nothing in it asks for blank lines; step 5 does
    so whenever no crisis line was entered, with the sentence that such lines exist.
    """

    def texts(items: tuple[str, ...]) -> tuple[PlanEntry, ...]:
        return tuple(PlanEntry(item) for item in items)

    def names(people: tuple[PlanPerson, ...], *, contact: bool) -> tuple[PlanEntry, ...]:
        return tuple(PlanEntry(p.name, p.contact if contact else "") for p in people)

    lines = tuple(PlanEntry(line.name, line.contact) for line in plan.crisis_lines)
    contents = (
        texts(plan.warning_signs),
        texts(plan.coping),
        names(plan.distraction_people, contact=False) + texts(plan.distraction_places),
        names(plan.people_to_ask, contact=True),
        names(plan.professionals, contact=True) + lines,
        texts(plan.safer_surroundings),
    )
    numbered = []
    for number, (title, entries) in enumerate(zip(STEP_TITLES, contents, strict=True), start=1):
        if number == 5:
            note = "" if lines else _(NO_CRISIS_LINES)
            numbered.append(PlanStep(number, _(title), entries, not lines, note))
        else:
            numbered.append(PlanStep(number, _(title), entries, not entries))
    matters = texts((plan.what_matters,)) if plan.what_matters else ()
    numbered.append(PlanStep(None, _(WHAT_MATTERS_TITLE), matters, not matters))
    return tuple(numbered)
