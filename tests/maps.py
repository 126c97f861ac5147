"""Building maps in tests, shared by every test package: people, whole maps and user edits.

Maps are built as values (`SupportMap.build`) or edited the way the app edits them: a function of
`supportmap.core.edits` turns a gesture into a change and `SupportMap.apply` performs it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from supportmap.core.model import Person, SafetyPlan, SessionNote, Support, Tie
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Barrier, Circle, HelpType, Safety, Sector

T = TypeVar("T")


def make_person(
    person_id: str,
    *,
    name: str | None = None,
    circle: int = 1,
    sector: Sector = Sector.FRIENDS,
    safety: Safety = Safety.SAFE,
    support: dict[str, tuple[int, int]] | dict[HelpType, tuple[int, int]] | None = None,
    barriers: Iterable[Barrier] = (),
    **fields: Any,
) -> Person:
    """A person for hand-built test maps; by default a safe friend in the closest circle."""
    return Person(
        id=person_id,
        name=name or person_id.capitalize(),
        circle=Circle(circle),
        sector=sector,
        safety=safety,
        support=Support.of(support or {}),
        barriers=frozenset(barriers),
        **fields,
    )


def make_map(
    people: Iterable[Person] = (),
    ties: Iterable[tuple[str, str] | Tie] = (),
    *,
    focus: str = "Me",
    title: str = "",
    notes: Iterable[SessionNote] = (),
    safety_plan: SafetyPlan | None = None,
) -> SupportMap:
    """A map from its parts; a tie may be given as a pair of ids (strength 1, no conflict)."""
    built = [tie if isinstance(tie, Tie) else Tie(*tie) for tie in ties]
    return SupportMap.build(focus, title, people, built, notes, safety_plan)


def edit(support_map: SupportMap, gesture: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Apply what ``gesture`` (a function of `supportmap.core.edits`) makes of the arguments.

    Returns the change, or the tuple of changes of a gesture on several people, after applying
    them; a gesture that changes nothing fails the test.
    """
    made = gesture(support_map, *args, **kwargs)
    assert made is not None and made != (), f"{gesture.__name__} changed nothing"
    for change in made if isinstance(made, tuple) else (made,):
        support_map.apply(change)
    return made
