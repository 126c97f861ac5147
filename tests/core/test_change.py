"""The change between two moments (DESIGN.md §8.1): a hand-worked example and its properties."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportmap.core.change import Comparison, Moment, compare
from supportmap.core.findings import FindingCode
from supportmap.core.model import Person, Tie
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES, Barrier, Circle, Safety, Sector
from tests.core.map_strategies import support_maps
from tests.core.test_findings_texts import _check_words as check_words
from tests.maps import make_map, make_person

P = make_person

LISTS = (
    "people_added", "people_removed", "renamed", "circle_changed", "sector_changed",
    "safety_changed", "support_changed", "ties_added", "ties_removed", "ties_changed",
    "findings_resolved", "findings_new", "summary",
)  # fmt: skip


def before_and_after() -> tuple[SupportMap, SupportMap]:
    before = make_map(
        [
            P("a", name="Sam", circle=2, support={"emotional": (2, 1)}),
            P("b", name="Kim", sector=Sector.FAMILY, support={"crisis": (1, 0)}),
            P("c", name="Jo", circle=3, sector=Sector.WORK, safety=Safety.UNSURE),
            P("d", name="Ana", circle=4, sector=Sector.COMMUNITY),
        ],
        ties=(Tie("a", "b", strength=2), ("b", "c"), ("a", "c")),
    )
    after = make_map(
        [
            P("c", name="Jo", sector=Sector.WORK, support={"emotional": (1, 0)}),
            P(
                "a",
                name="Sammy",
                circle=3,
                sector=Sector.FAMILY,
                support={"emotional": (3, 1), "practical": (0, 2)},
            ),
            P("b", name="Kim", sector=Sector.FAMILY),
            P("e", name="Eli", circle=2, support={"practical": (1, 0)}),
        ],
        ties=(Tie("a", "b", strength=3, conflict=True), ("a", "c"), ("c", "e"), ("a", "e")),
    )
    return before, after


def test_a_small_change_worked_out_by_hand() -> None:
    before, after = before_and_after()
    taken = dt.datetime(2026, 10, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    session = Moment.of_snapshot(Snapshot("Session 1", taken, before))
    result = compare(before, after, session, Moment.now()).to_json()
    assert list(result) == [
        "from", "to", "people_added", "people_removed", "renamed", "circle_changed",
        "sector_changed", "safety_changed", "support_changed", "ties_added", "ties_removed",
        "ties_changed", "coverage", "resilience", "effective_supporters", "findings_resolved",
        "findings_new", "summary",
    ]  # fmt: skip
    assert result["from"] == {"label": "Session 1", "taken": "2026-10-01T10:00:00Z"}
    assert result["to"] == {"label": "now", "taken": None}
    assert result["people_added"] == ["e"]
    assert result["people_removed"] == ["d"]
    assert result["renamed"] == [{"id": "a", "from": "Sam", "to": "Sammy"}]
    assert result["circle_changed"] == [
        {"id": "c", "from": 3, "to": 1, "direction": "closer"},
        {"id": "a", "from": 2, "to": 3, "direction": "further"},
    ]
    assert result["sector_changed"] == [{"id": "a", "from": "friends", "to": "family"}]
    assert result["safety_changed"] == [{"id": "c", "from": "unsure", "to": "safe"}]
    assert result["support_changed"] == [
        {"id": "c", "help_type": "emotional", "receive": [0, 1], "give": [0, 0]},
        {"id": "a", "help_type": "emotional", "receive": [2, 3], "give": [1, 1]},
        {"id": "a", "help_type": "practical", "receive": [0, 0], "give": [0, 2]},
        {"id": "b", "help_type": "crisis", "receive": [1, 0], "give": [0, 0]},
    ]
    assert result["ties_added"] == [["a", "e"], ["c", "e"]]
    assert result["ties_removed"] == [["b", "c"]]
    assert result["ties_changed"] == [
        {"a": "a", "b": "b", "strength": [2, 3], "conflict": [False, True]}
    ]
    assert result["coverage"] == {
        "emotional": [1, 2],
        "practical": [0, 1],
        "informational": [0, 0],
        "companionship": [0, 0],
        "crisis": [1, 0],
    }
    assert result["resilience"] == [0, 0]
    # received: Sam 2, Kim 1 before (1 / (4/9 + 1/9)); Jo 1, Sammy 3, Eli 1 after (1 / 0.44)
    assert result["effective_supporters"] == pytest.approx([9 / 5, 1 / 0.44])
    assert result["findings_resolved"] == [
        {"code": "crisis_thin", "help_type": "crisis", "barrier": None, "people": []},
        {"code": "gap", "help_type": "practical", "barrier": None, "people": []},
        {"code": "single_source", "help_type": "emotional", "barrier": None, "people": ["a"]},
        {"code": "single_source", "help_type": "crisis", "barrier": None, "people": ["b"]},
        {"code": "potential", "help_type": None, "barrier": None, "people": ["d"]},
    ]
    assert result["findings_new"] == [
        {"code": "gap", "help_type": "crisis", "barrier": None, "people": []},
        {"code": "single_source", "help_type": "practical", "barrier": None, "people": ["e"]},
        {"code": "bridge_person", "help_type": None, "barrier": None, "people": ["a"]},
    ]
    assert result["summary"] == [
        "Earlier, someone you marked safe gave you help in a crisis; right now nobody safe is "
        "noted for it. If things get very hard, professionals and crisis lines can be reached "
        "at any hour.",
        "Practical help now comes from someone you marked safe.",
        "Jo is now in a circle closer to you.",
        "Sammy is now in a circle further out.",
        "Leaning on Jo was “Not sure yet” and is now “Safe”.",
        "Eli is new on your map.",
        "Ana is no longer on your map.",
    ]


def test_summary_groups_people_and_names_every_one() -> None:
    names = ["Sam", "Kim", "Jo", "Alex", "Ana", "Ben", "Chen"]
    before = make_map([P(f"p{i}", name=n, circle=2) for i, n in enumerate(names)])
    after = make_map(
        [P(f"p{i}", name=n, circle=1 if i % 2 else 3) for i, n in enumerate(names)]
        + [P(f"n{i}", name=f"New {n}") for i, n in enumerate(names)]
    )
    summary = compare(before, after).summary
    assert summary == (
        "Kim, Alex and Ben are now in circles closer to you.",
        "Sam, Jo, Ana and Chen are now in circles further out.",
        "New Sam, New Kim, New Jo, New Alex, New Ana, New Ben and New Chen are new on your map.",
    )
    assert compare(after, before).summary[-1] == (
        "New Sam, New Kim, New Jo, New Alex, New Ana, New Ben and New Chen are no longer on "
        "your map."
    )


def test_two_barrier_patterns_about_the_same_people_stay_apart() -> None:
    people = [P(i) for i in ("a", "b", "c")]
    both = (Barrier.BURDEN, Barrier.SHAME)
    before = make_map([p.replace(barriers=frozenset(both)) for p in people])
    after = make_map([p.replace(barriers=frozenset({Barrier.SHAME})) for p in people])
    change = compare(before, after)
    resolved = [(f.code, f.barrier, f.people) for f in change.findings_resolved]
    assert resolved == [(FindingCode.BARRIER_PATTERN, Barrier.BURDEN, ("a", "b", "c"))]
    assert change.findings_new == ()


def test_moment_of_a_file_is_its_title_or_focus_name() -> None:
    assert Moment.of_file(make_map(title="Alex — week 3")).to_json() == {
        "label": "Alex — week 3",
        "taken": None,
    }
    assert Moment.of_file(make_map(focus="Alex", title="  ")).label == "Alex"


def test_comparing_different_people_reports_everyone_added_and_removed() -> None:
    before = make_map([P("a"), P("b")], ties=(("a", "b"),))
    after = make_map([P("x"), P("y")], ties=(("x", "y"),))
    change = compare(before, after)
    assert (change.people_added, change.people_removed) == (("x", "y"), ("a", "b"))
    assert (change.ties_added, change.ties_removed) == ((("x", "y"),), (("a", "b"),))
    assert change.renamed == () and change.support_changed == ()


# --- properties ---------------------------------------------------------------------------


@st.composite
def edited(draw: st.DrawFn, before: SupportMap) -> SupportMap:
    """``before`` after some edits: people gone, fields changed, ties changed, people new."""
    kept: list[Person] = []
    for person in before.people.values():
        if draw(st.integers(0, 5)) == 0:
            continue
        if draw(st.booleans()):
            person = person.replace(
                name=draw(st.sampled_from((person.name, "Robin"))),
                circle=draw(st.sampled_from(tuple(Circle))),
                sector=draw(st.sampled_from(tuple(Sector))),
                safety=draw(st.sampled_from(tuple(Safety))),
            )
        if draw(st.booleans()):
            help_type = draw(st.sampled_from(HELP_TYPES))
            person = person.replace(
                support=person.support.with_level(
                    help_type, receive=draw(st.integers(0, 3)), give=draw(st.integers(0, 3))
                )
            )
        kept.append(person)
    order = draw(st.permutations(kept))
    new = [Person(id=f"new{i}", name="Noor") for i in range(draw(st.integers(0, 2)))]
    everyone = [*order, *new]
    ids = {p.id for p in everyone}
    ties = []
    for tie in before.ties.values():
        if tie.a in ids and tie.b in ids and draw(st.integers(0, 4)):
            if draw(st.booleans()):
                tie = tie.replace(strength=draw(st.integers(1, 3)), conflict=draw(st.booleans()))
            ties.append(tie)
    ties += [Tie(person.id, everyone[0].id) for person in new if person is not everyone[0]]
    return SupportMap.build("Me", "", everyone, ties)


@st.composite
def two_moments(draw: st.DrawFn) -> tuple[SupportMap, SupportMap]:
    before = draw(support_maps(max_people=10))
    after = draw(st.one_of(edited(before), support_maps(max_people=10)))
    return before, after


@settings(max_examples=60, deadline=None)
@given(support_maps(max_people=12))
def test_a_map_compared_with_itself_has_no_changes(support_map: SupportMap) -> None:
    change = compare(support_map, support_map.copy())
    for name in LISTS:
        assert getattr(change, name) == (), name
    assert all(before == after for before, after in change.coverage.values())


def _apply(before: SupportMap, change: Comparison, after: SupportMap) -> dict[str, Person]:
    """``before``'s people with the reported changes applied; added people come from after."""
    people = {i: p for i, p in before.people.items() if i not in change.people_removed}
    for renamed in change.renamed:
        assert people[renamed.id].name == renamed.before
        people[renamed.id] = people[renamed.id].replace(name=renamed.after)
    for moved in change.circle_changed:
        assert people[moved.id].circle == moved.before
        people[moved.id] = people[moved.id].replace(circle=moved.after)
    for sector in change.sector_changed:
        assert people[sector.id].sector == sector.before
        people[sector.id] = people[sector.id].replace(sector=sector.after)
    for safety in change.safety_changed:
        assert people[safety.id].safety == safety.before
        people[safety.id] = people[safety.id].replace(safety=safety.after)
    for level in change.support_changed:
        person = people[level.id]
        was = person.support[level.help_type]
        assert (was.receive, was.give) == (level.receive[0], level.give[0])
        support = person.support.with_level(
            level.help_type, receive=level.receive[1], give=level.give[1]
        )
        people[level.id] = person.replace(support=support)
    for added in change.people_added:
        people[added] = after.people[added]
    return people


@settings(max_examples=150, deadline=None)
@given(two_moments())
def test_applying_the_change_to_before_gives_after(moments: tuple[SupportMap, SupportMap]) -> None:
    before, after = moments
    change = compare(before, after)
    people = _apply(before, change, after)

    def fields(p: Person) -> tuple[object, ...]:
        return (p.name, p.circle, p.sector, p.safety, p.support)

    assert {i: fields(p) for i, p in people.items()} == {
        i: fields(p) for i, p in after.people.items()
    }
    assert list(change.people_added) == [i for i in after.people if i not in before.people]

    ties = {key: (t.strength, t.conflict) for key, t in before.ties.items()}
    for key in change.ties_removed:
        del ties[key]
    for key in change.ties_added:
        assert key not in ties and key[0] < key[1]
        ties[key] = (after.ties[key].strength, after.ties[key].conflict)
    for tie in change.ties_changed:
        assert ties[tie.a, tie.b] == (tie.strength[0], tie.conflict[0])
        ties[tie.a, tie.b] = (tie.strength[1], tie.conflict[1])
    assert ties == {key: (t.strength, t.conflict) for key, t in after.ties.items()}
    for pairs in (change.ties_added, change.ties_removed):
        assert list(pairs) == sorted(pairs)
    named = [*change.people_added, *(c.id for c in change.circle_changed)]
    named += [c.id for c in change.safety_changed]
    for person_id in named:
        assert any(after.people[person_id].name in sentence for sentence in change.summary)
    for person_id in change.people_removed:
        assert any(before.people[person_id].name in sentence for sentence in change.summary)
    for sentence in change.summary:
        check_words(sentence)


@settings(max_examples=100, deadline=None)
@given(two_moments())
def test_swapping_the_sides_swaps_what_came_and_went(
    moments: tuple[SupportMap, SupportMap],
) -> None:
    before, after = moments
    forward, backward = compare(before, after), compare(after, before)
    assert forward.people_added == backward.people_removed
    assert forward.people_removed == backward.people_added
    assert forward.ties_added == backward.ties_removed
    assert forward.ties_removed == backward.ties_added
    assert forward.findings_resolved == backward.findings_new
    assert forward.findings_new == backward.findings_resolved
    assert {t: pair[::-1] for t, pair in forward.coverage.items()} == backward.coverage
    assert forward.resilience[::-1] == backward.resilience
