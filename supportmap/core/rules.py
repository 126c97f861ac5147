"""The per-person rules of DESIGN.md §4 that the analysis, the People table and the canvas share.

Each rule is written here once: the balance of give and take, which way help mostly goes and
when that flow is one-sided, who counts towards balance, and who is a safe provider of a kind of
help. "Current" (circles 1–3)
is `Circle.is_current`, read through `Person.is_current`.
"""

from __future__ import annotations

from enum import StrEnum

from supportmap.core.i18n import N_, _
from supportmap.core.model import Person
from supportmap.core.vocabulary import HelpType, Safety

ONE_SIDED_MIN = 3
"""Given (or received) at least this much before a flow can be called one-sided."""


class Flow(StrEnum):
    """Which way a one-sided flow runs, seen from the focus person."""

    GIVING = "giving"
    RECEIVING = "receiving"


def balance(received: int, given: int) -> float | None:
    """(received − given) / (received + given); None when both are 0."""
    total = received + given
    if total == 0:
        return None
    return (received - given) / total


def counts_in_balance(person: Person) -> bool:
    """Current and not a professional: their help is paid, so reciprocity is not expected."""
    return person.is_current and not person.is_professional


def balance_of(person: Person) -> float | None:
    """The balance of one person, or None when undefined or when they do not count."""
    if not counts_in_balance(person):
        return None
    return balance(person.support.received, person.support.given)


class GiveAndTake(StrEnum):
    """Which way help mostly goes between the focus person and someone, in words for a table."""

    YOU_GIVE = "you_give"
    BOTH_WAYS = "both_ways"
    THEY_GIVE = "they_give"

    @property
    def label(self) -> str:
        return _(_GIVE_AND_TAKE_LABELS[self])


_GIVE_AND_TAKE_LABELS = {
    GiveAndTake.YOU_GIVE: N_("mostly you give"),
    GiveAndTake.BOTH_WAYS: N_("both ways"),
    GiveAndTake.THEY_GIVE: N_("mostly they give"),
}


def give_and_take(received: int, given: int) -> GiveAndTake | None:
    """YOU_GIVE when balance ≤ −0.5, THEY_GIVE when balance ≥ 0.5, otherwise BOTH_WAYS; None
    when nothing flows either way.

    Compared in whole numbers (balance ≤ −0.5 is 3 × received ≤ given), so borderline cases do
    not depend on float rounding.
    """
    if received + given == 0:
        return None
    if 3 * received <= given:
        return GiveAndTake.YOU_GIVE
    if received >= 3 * given:
        return GiveAndTake.THEY_GIVE
    return GiveAndTake.BOTH_WAYS


def give_and_take_of(person: Person) -> GiveAndTake | None:
    """`give_and_take` for someone who counts in balance; None for professionals and circle 4."""
    if not counts_in_balance(person):
        return None
    return give_and_take(person.support.received, person.support.given)


def one_sided(received: int, given: int) -> Flow | None:
    """GIVING when given ≥ 3 and balance ≤ −0.5, RECEIVING when received ≥ 3 and balance ≥ 0.5:
    help mostly goes one way (`give_and_take`), and enough of it to matter."""
    way = give_and_take(received, given)
    if way is GiveAndTake.YOU_GIVE and given >= ONE_SIDED_MIN:
        return Flow.GIVING
    if way is GiveAndTake.THEY_GIVE and received >= ONE_SIDED_MIN:
        return Flow.RECEIVING
    return None


def one_sided_flow(person: Person) -> Flow | None:
    """`one_sided` for someone who counts in balance; None for professionals and circle 4."""
    if not counts_in_balance(person):
        return None
    return one_sided(person.support.received, person.support.given)


def is_safe_provider(person: Person, help_type: HelpType) -> bool:
    """A current, safe person I receive ``help_type`` from."""
    return (
        person.is_current
        and person.safety is Safety.SAFE
        and person.support.receive(help_type) >= 1
    )


def keeps_out_of_safety_plan(person: Person) -> bool:
    """Marked unsafe or draining: never listed in a safety plan, whatever the user chose before
    (DESIGN.md §9); the same marking that makes a close person a finding."""
    return person.safety in (Safety.UNSAFE, Safety.DRAINING)
