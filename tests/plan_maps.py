"""Maps with safety plans for the plan's document tests: one at every limit, one whose stored
lists name people who must never be shown."""

from __future__ import annotations

from supportmap.core.model import (
    CONTACT_MAX,
    NAME_MAX,
    PLAN_LIST_MAX,
    PLAN_TEXT_MAX,
    CrisisLine,
    Person,
    SafetyPlan,
)
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType, Safety, Sector
from tests.maps import make_map, make_person


def long_text(label: str, limit: int = PLAN_TEXT_MAX) -> str:
    """``label`` followed by ordinary words, exactly ``limit`` characters long."""
    filler = " and a few more plain words about it"
    text = label
    while len(text) < limit:
        text += filler
    return text[:limit]


def full_plan_map() -> SupportMap:
    """Every list of the plan holds 20 entries of the longest text allowed: 20 people in each
    of steps 3, 4 and 5 with the longest names and contacts, and 20 crisis lines."""
    people: list[Person] = []
    kinds = (
        ("company", Sector.FRIENDS, HelpType.COMPANIONSHIP),
        ("listener", Sector.FAMILY, HelpType.EMOTIONAL),
        ("service", Sector.PROFESSIONAL, HelpType.INFORMATIONAL),
    )
    for kind, sector, help_type in kinds:
        for i in range(PLAN_LIST_MAX):
            people.append(
                make_person(
                    f"{kind}{i}",
                    name=long_text(f"{kind.capitalize()} {i}", NAME_MAX),
                    circle=2,
                    sector=sector,
                    support={help_type: (2, 1)},
                    contact=long_text(f"Phone {i}", CONTACT_MAX),
                )
            )

    def texts(label: str) -> tuple[str, ...]:
        return tuple(long_text(f"{label} {i}:") for i in range(PLAN_LIST_MAX))

    plan = SafetyPlan(
        warning_signs=texts("Sign"),
        coping=texts("Coping"),
        distraction_places=texts("Place"),
        crisis_lines=tuple(
            CrisisLine(long_text(f"Line {i}"), long_text(f"Number {i}"))
            for i in range(PLAN_LIST_MAX)
        ),
        safer_surroundings=texts("Safer"),
        what_matters=long_text("What matters:"),
    )
    return make_map(people, focus="Robin", safety_plan=plan)


def guarded_plan_map() -> SupportMap:
    """A plan whose stored people lists name an unsafe and a draining person in every step."""
    people = [
        make_person("sam", name="Sam", support={HelpType.EMOTIONAL: (3, 1)}, contact="0123"),
        make_person(
            "quinn",
            name="Quinn",
            safety=Safety.UNSAFE,
            support={HelpType.EMOTIONAL: (3, 0), HelpType.COMPANIONSHIP: (3, 0)},
            contact="ask Quinn's sister",
        ),
        make_person(
            "lee",
            name="Lee",
            safety=Safety.DRAINING,
            support={HelpType.CRISIS: (3, 0), HelpType.COMPANIONSHIP: (2, 0)},
        ),
        make_person(
            "drx", name="Dr Xu", sector=Sector.PROFESSIONAL, safety=Safety.UNSAFE, circle=3
        ),
        make_person("gp", name="Dr Ode", sector=Sector.PROFESSIONAL, circle=3, contact="surgery"),
    ]
    plan = SafetyPlan(
        distraction_people=("quinn", "lee", "sam"),
        people_to_ask=("lee", "sam", "quinn"),
        professionals=("drx", "gp"),
        crisis_lines=(CrisisLine("Night line", "0800 000 000"),),
    )
    return make_map(people, focus="Alex", safety_plan=plan)
