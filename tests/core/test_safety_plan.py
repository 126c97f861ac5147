"""The safety plan as shown (DESIGN.md §9): steps 3–5 worked out by hand for a small map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from supportmap.core import edits, safety_plan
from supportmap.core.model import PEOPLE_LISTS, CrisisLine, PlanList, SafetyPlan
from supportmap.core.safety_plan import PlanEntry, PlanPerson, shown_ids, shown_plan, steps
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Safety, Sector
from tests.core.map_strategies import support_maps
from tests.maps import edit, make_map, make_person

P = make_person
PRO = Sector.PROFESSIONAL


def small_map(plan: SafetyPlan | None = None) -> SupportMap:
    people = [
        P("p1", name="Sam", support={"companionship": (2, 1), "emotional": (3, 2)}, contact="07"),
        P("p2", name="Kim", circle=2, support={"emotional": (1, 0)}, contact="via Sam"),
        P("p3", name="Jo", support={"crisis": (2, 0), "companionship": (1, 0)}),
        P("p4", name="Dr Ng", circle=3, sector=PRO, safety=Safety.STRINGS, contact="GP desk"),
        P("p5", name="Lee", safety=Safety.DRAINING, support={"companionship": (3, 0)}),
        P("p6", name="Max", circle=2, sector=PRO, safety=Safety.UNSAFE),
        P("p7", name="Ana", circle=4, support={"companionship": (2, 0), "emotional": (2, 0)}),
        P("p8", name="Ben", circle=3, safety=Safety.UNSURE, support={"companionship": (2, 0)}),
        P("p9", name="Crisis team", circle=4, sector=PRO),
        P("p10", name="Rae", circle=3, support={"practical": (3, 0)}),
    ]
    return make_map(people, focus="Alex", safety_plan=plan)


def test_without_a_plan_steps_3_to_5_come_from_the_map() -> None:
    shown = shown_plan(small_map())
    # Step 3: safe current people I get company from (Ana is in circle 4, Ben not sure yet,
    # Lee draining). Step 4: emotional or crisis help, closest circle first; Dr Ng is a
    # professional. Step 5: current professionals not unsafe or draining.
    assert shown.distraction_people == (PlanPerson("p1", "Sam", "07"), PlanPerson("p3", "Jo", ""))
    assert shown.people_to_ask == (
        PlanPerson("p1", "Sam", "07"),
        PlanPerson("p3", "Jo", ""),
        PlanPerson("p2", "Kim", "via Sam"),
    )
    assert shown.professionals == (PlanPerson("p4", "Dr Ng", "GP desk"),)
    assert shown.chosen == frozenset()
    assert (shown.warning_signs, shown.crisis_lines, shown.what_matters) == ((), (), "")


def test_chosen_lists_keep_the_users_order_but_never_show_unsafe_draining_or_misplaced() -> None:
    plan = SafetyPlan(
        distraction_people=(),
        people_to_ask=("p5", "p2", "p4", "p7", "p10"),
        professionals=("p6", "p9"),
    )
    shown = shown_plan(small_map(plan))
    assert shown.distraction_people == ()
    assert [p.name for p in shown.people_to_ask] == ["Kim", "Ana", "Rae"]
    assert [p.name for p in shown.professionals] == ["Crisis team"]
    assert shown.chosen == {
        PlanList.DISTRACTION_PEOPLE,
        PlanList.PEOPLE_TO_ASK,
        PlanList.PROFESSIONALS,
    }


def test_steps_give_titles_contacts_and_blank_lines_where_nothing_is_written() -> None:
    plan = SafetyPlan(warning_signs=("I stop answering the phone",), distraction_places=("park",))
    printed = steps(shown_plan(small_map(plan)))
    assert [s.number for s in printed] == [1, 2, 3, 4, 5, 6, None]
    assert printed[0].entries == (PlanEntry("I stop answering the phone"),)
    assert [s.fill_in for s in printed] == [False, True, False, False, True, True, True]
    assert printed[2].entries == (PlanEntry("Sam"), PlanEntry("Jo"), PlanEntry("park"))
    assert printed[3].entries[2] == PlanEntry("Kim", "via Sam")
    assert printed[4].entries == (PlanEntry("Dr Ng", "GP desk"),)
    assert "crisis lines exist" in printed[4].note
    assert printed[6].title == "What matters most to me"
    assert all(s.title for s in printed)


def test_entered_crisis_lines_follow_the_professionals_and_replace_the_sentence() -> None:
    line = CrisisLine("Night line", "0800 111")
    printed = steps(shown_plan(small_map(SafetyPlan(crisis_lines=(line,), what_matters="Mo"))))
    assert printed[4].entries == (
        PlanEntry("Dr Ng", "GP desk"),
        PlanEntry("Night line", "0800 111"),
    )
    assert (printed[4].fill_in, printed[4].note) == (False, "")
    assert printed[6].entries == (PlanEntry("Mo"),)


def test_an_empty_map_has_a_plan_to_fill_in() -> None:
    printed = steps(shown_plan(SupportMap("Alex")))
    assert all(s.fill_in and not s.entries for s in printed)


def test_someone_who_becomes_unsafe_leaves_the_plan_by_themselves() -> None:
    support_map = small_map(SafetyPlan(people_to_ask=("p2", "p1")))
    assert shown_ids(support_map, PlanList.PEOPLE_TO_ASK) == ("p2", "p1")
    edit(support_map, edits.update_person, "p2", safety=Safety.UNSAFE)
    assert support_map.safety_plan == SafetyPlan(people_to_ask=("p2", "p1"))
    assert shown_ids(support_map, PlanList.PEOPLE_TO_ASK) == ("p1",)


@st.composite
def maps_with_plans(draw: st.DrawFn) -> SupportMap:
    support_map = draw(support_maps())
    ids = list(support_map.people)
    lists: dict[str, tuple[str, ...] | None] = {}
    for which in PEOPLE_LISTS:
        chosen = draw(st.none() | st.permutations(ids).map(lambda p: tuple(p[: len(p) // 2 + 1])))
        lists[which.value] = chosen if ids else draw(st.none() | st.just(()))
    return SupportMap.build(
        "Me",
        "",
        support_map.people.values(),
        safety_plan=SafetyPlan(**lists),  # type: ignore[arg-type]
    )


@given(maps_with_plans())
def test_no_unsafe_or_draining_person_ever_appears_in_steps_3_to_5(support_map: SupportMap) -> None:
    shown = shown_plan(support_map)
    for which in PEOPLE_LISTS:
        for person in shown.people(which):
            found = support_map.person(person.id)
            assert found.safety not in (Safety.UNSAFE, Safety.DRAINING)
            assert found.is_professional == (which is PlanList.PROFESSIONALS)
    listed = {entry.text for step in steps(shown) for entry in step.entries}
    kept_out = {
        p.name for p in support_map.people.values() if p.safety in (Safety.UNSAFE, Safety.DRAINING)
    }
    allowed = {p.name for which in PEOPLE_LISTS for p in shown.people(which)}
    assert not (listed & kept_out) - allowed


@given(support_maps())
def test_by_default_professionals_are_in_step_5_only_and_everyone_shown_is_current(
    support_map: SupportMap,
) -> None:
    for which in PEOPLE_LISTS:
        for person_id in safety_plan.default_ids(support_map, which):
            person = support_map.person(person_id)
            assert person.is_current
            assert person.is_professional == (which is PlanList.PROFESSIONALS)
            assert person.safety not in (Safety.UNSAFE, Safety.DRAINING)
