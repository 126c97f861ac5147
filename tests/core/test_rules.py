"""The shared per-person rules of DESIGN §4, with expected values worked out by hand."""

from __future__ import annotations

import pytest

from supportmap.core.model import Person, Support
from supportmap.core.rules import (
    Flow,
    GiveAndTake,
    balance,
    balance_of,
    counts_in_balance,
    give_and_take,
    give_and_take_of,
    is_safe_provider,
    one_sided,
    one_sided_flow,
)
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector


@pytest.mark.parametrize(
    ("received", "given", "expected"),
    [(0, 0, None), (4, 1, 0.6), (1, 3, -0.5), (2, 2, 0.0), (0, 5, -1.0), (7, 0, 1.0)],
)
def test_balance(received: int, given: int, expected: float | None) -> None:
    assert balance(received, given) == expected


@pytest.mark.parametrize(
    ("received", "given", "expected"),
    [
        (1, 3, Flow.GIVING),  # balance exactly −0.5
        (0, 3, Flow.GIVING),
        (2, 5, None),  # balance −0.43
        (0, 2, None),  # given below 3
        (3, 1, Flow.RECEIVING),  # balance exactly 0.5
        (3, 0, Flow.RECEIVING),
        (5, 2, None),
        (2, 0, None),
        (0, 0, None),
        (3, 3, None),
    ],
)
def test_one_sided_thresholds(received: int, given: int, expected: Flow | None) -> None:
    assert one_sided(received, given) is expected


@pytest.mark.parametrize(
    ("received", "given", "words"),
    [
        (0, 0, None),
        (0, 1, "mostly you give"),
        (1, 3, "mostly you give"),  # balance exactly −0.5
        (2, 5, "both ways"),  # balance −0.43
        (2, 2, "both ways"),
        (5, 2, "both ways"),  # balance 0.43
        (3, 1, "mostly they give"),  # balance exactly 0.5
        (2, 0, "mostly they give"),
    ],
)
def test_give_and_take_in_words(received: int, given: int, words: str | None) -> None:
    way = give_and_take(received, given)
    assert (None if way is None else way.label) == words


def test_give_and_take_is_left_empty_for_professionals_and_circle_four() -> None:
    support = Support.of({HelpType.EMOTIONAL: (0, 3)})
    friend = Person(id="p1", name="Sam", circle=Circle.CLOSE, support=support)
    later = friend.replace(id="p2", circle=Circle.COULD_REACH)
    gp = friend.replace(id="p3", sector=Sector.PROFESSIONAL)
    assert give_and_take_of(friend) is GiveAndTake.YOU_GIVE
    assert give_and_take_of(later) is None
    assert give_and_take_of(gp) is None
    assert give_and_take_of(friend.replace(support=Support())) is None


def test_professionals_and_circle_four_stay_out_of_balance() -> None:
    support = Support.of({HelpType.EMOTIONAL: (0, 3)})
    friend = Person(id="p1", name="Sam", circle=Circle.CLOSE, support=support)
    later = Person(id="p2", name="Jo", circle=Circle.COULD_REACH, support=support)
    doctor = Person(id="p3", name="Dr K", sector=Sector.PROFESSIONAL, support=support)
    assert [counts_in_balance(p) for p in (friend, later, doctor)] == [True, False, False]
    assert [balance_of(p) for p in (friend, later, doctor)] == [-1.0, None, None]
    assert [one_sided_flow(p) for p in (friend, later, doctor)] == [Flow.GIVING, None, None]


def test_safe_provider_is_current_safe_and_receives_that_help() -> None:
    support = Support.of({HelpType.CRISIS: (1, 0)})
    safe = Person(id="p1", name="Sam", safety=Safety.SAFE, support=support)
    unsure = Person(id="p2", name="Kim", safety=Safety.UNSURE, support=support)
    later = Person(id="p3", name="Jo", safety=Safety.SAFE, circle=4, support=support)
    assert is_safe_provider(safe, HelpType.CRISIS)
    assert not is_safe_provider(safe, HelpType.EMOTIONAL)
    assert not is_safe_provider(unsure, HelpType.CRISIS)
    assert not is_safe_provider(later, HelpType.CRISIS)
