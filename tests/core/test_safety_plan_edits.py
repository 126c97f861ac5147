"""The safety plan's values, its place on the map and the edits that change it, without Qt."""

from __future__ import annotations

from typing import Any

import pytest

from supportmap.core import edits
from supportmap.core.changes import PersonRemoved, SafetyPlanChanged, invert
from supportmap.core.model import CrisisLine, Person, PlanList, SafetyPlan, ValidationError
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import Safety, Sector
from tests.maps import edit, make_map, make_person

P = make_person


def plan_map(plan: SafetyPlan | None = None) -> SupportMap:
    """Sam and Kim (safe friends who give company and comfort), Dr Ng (a professional), Lee
    (draining) and Max (unsafe)."""
    people = [
        P("p1", name="Sam", support={"companionship": (2, 1), "emotional": (3, 2)}),
        P("p2", name="Kim", circle=2, support={"emotional": (1, 0)}, contact="via Sam"),
        P("p3", name="Dr Ng", sector=Sector.PROFESSIONAL, contact="0123 456"),
        P("p4", name="Lee", safety=Safety.DRAINING, support={"emotional": (2, 0)}),
        P("p5", name="Max", safety=Safety.UNSAFE),
    ]
    return make_map(people, [("p1", "p2")], focus="Alex", safety_plan=plan)


# --- values -----------------------------------------------------------------------------


def test_a_person_has_a_contact_of_at_most_120_characters() -> None:
    assert Person(id="p1", name="Sam").contact == ""
    assert Person(id="p1", name="Sam", contact="x" * 120).contact == "x" * 120
    with pytest.raises(ValidationError) as raised:
        Person(id="p1", name="Sam", contact="x" * 121)
    assert raised.value.field == "contact"
    assert "at most 120" in raised.value.problem
    with pytest.raises(ValidationError, match=r"U\+0007"):
        Person(id="p1", name="Sam", contact="ring\x07")


@pytest.mark.parametrize(
    ("fields", "field", "fragment"),
    [
        ({"warning_signs": ("x" * 281,)}, "warning_signs[0]", "at most 280"),
        ({"coping": ("walk", "tea\x00")}, "coping[1]", "U+0000"),
        ({"safer_surroundings": ("\x9b",)}, "safer_surroundings[0]", "U+009B"),
        ({"distraction_places": ("park",) * 21}, "distraction_places", "at most 20 items"),
        ({"people_to_ask": ("p1",) * 2}, "people_to_ask[1]", "twice"),
        ({"professionals": ("",)}, "professionals[0]", "non-empty"),
        ({"what_matters": "y" * 281}, "what_matters", "at most 280"),
        ({"crisis_lines": ("Helpline",)}, "crisis_lines[0]", "crisis line"),
        ({"warning_signs": "not a list"}, "warning_signs", "list"),
    ],
)
def test_plan_validation_names_the_field(fields: dict[str, Any], field: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as raised:
        SafetyPlan(**fields)
    assert raised.value.field == field
    assert fragment in raised.value.problem


def test_plan_limits_are_inclusive_and_lists_become_tuples() -> None:
    plan = SafetyPlan(
        warning_signs=["x" * 280] * 20,  # type: ignore[arg-type]
        crisis_lines=[CrisisLine("Line", "1" * 280)],  # type: ignore[arg-type]
        what_matters="z" * 280,
    )
    assert plan.warning_signs == ("x" * 280,) * 20
    assert plan.crisis_lines == (CrisisLine("Line", "1" * 280),)
    with pytest.raises(ValidationError) as raised:
        CrisisLine("Line", "1" * 281)
    assert raised.value.field == "contact"


def test_without_drops_people_and_keeps_a_chosen_list_chosen() -> None:
    plan = SafetyPlan(people_to_ask=("p1", "p2"), professionals=("p2",))
    assert plan.without(["p2"]) == SafetyPlan(people_to_ask=("p1",), professionals=())
    assert plan.person_ids == {"p1", "p2"}


# --- on the map -------------------------------------------------------------------------


def test_a_plan_naming_someone_not_on_the_map_is_refused_with_the_field() -> None:
    with pytest.raises(ValidationError) as raised:
        plan_map(SafetyPlan(distraction_people=("p1", "p9")))
    assert raised.value.field == "safety_plan.distraction_people[1]"
    assert "'p9'" in raised.value.problem
    support_map = plan_map()
    with pytest.raises(ValidationError):
        support_map.apply(SafetyPlanChanged(None, SafetyPlan(professionals=("zz",))))
    assert support_map.safety_plan is None


def test_a_plan_change_must_start_from_the_plan_the_map_has() -> None:
    support_map = plan_map(SafetyPlan(coping=("walk",)))
    with pytest.raises(ValidationError, match="not as this change expects"):
        support_map.apply(SafetyPlanChanged(None, SafetyPlan()))
    assert support_map.safety_plan == SafetyPlan(coping=("walk",))


def test_someone_still_named_in_the_plan_cannot_simply_leave_the_map() -> None:
    support_map = plan_map(SafetyPlan(people_to_ask=("p2",)))
    with pytest.raises(ValidationError, match="safety plan"):
        support_map.apply(PersonRemoved(support_map.person("p2"), support_map.ties_of("p2"), 1))
    assert "p2" in support_map.people


def test_the_plan_is_part_of_the_map_its_copy_and_equality() -> None:
    with_plan = plan_map(SafetyPlan(what_matters="my kids"))
    assert with_plan.copy() == with_plan
    assert with_plan.copy().safety_plan == SafetyPlan(what_matters="my kids")
    assert with_plan != plan_map()


# --- edits ------------------------------------------------------------------------------


def test_removing_people_takes_them_out_of_the_plan_first_and_undo_puts_them_back() -> None:
    plan = SafetyPlan(people_to_ask=("p2", "p1"), distraction_people=("p1",), coping=("tea",))
    support_map = plan_map(plan)
    before = support_map.copy()

    changes = edit(support_map, edits.remove_people, ["p1", "p3"])

    assert changes[0] == SafetyPlanChanged(
        plan, SafetyPlan(people_to_ask=("p2",), distraction_people=(), coping=("tea",))
    )
    assert [c.person.id for c in changes[1:] if isinstance(c, PersonRemoved)] == ["p1", "p3"]
    for change in reversed(changes):
        support_map.apply(invert(change))
    assert support_map == before
    assert support_map.safety_plan == plan


def test_removing_someone_the_plan_does_not_name_changes_only_the_people() -> None:
    support_map = plan_map(SafetyPlan(people_to_ask=("p2",)))
    (removal,) = edits.remove_people(support_map, ["p5"])
    assert isinstance(removal, PersonRemoved)


def test_restoring_an_earlier_map_keeps_the_plan_but_not_people_who_leave() -> None:
    support_map = plan_map()
    earlier = support_map.copy()
    edit(support_map, edits.add_person, "Ana", id="p6")
    edit(support_map, edits.set_plan_list, PlanList.PEOPLE_TO_ASK, ["p6", "p1"])
    edit(support_map, edits.set_what_matters, "the garden")
    changes = edits.restore(support_map, earlier)
    for change in changes:
        support_map.apply(change)
    assert "p6" not in support_map.people
    assert support_map.safety_plan == SafetyPlan(people_to_ask=("p1",), what_matters="the garden")


def test_setting_a_list_records_the_plan_before_and_after() -> None:
    support_map = plan_map()
    change = edits.set_plan_list(support_map, PlanList.WARNING_SIGNS, ["I stop eating"])
    assert change == SafetyPlanChanged(None, SafetyPlan(warning_signs=("I stop eating",)))
    support_map.apply(change)  # type: ignore[arg-type]
    assert edits.set_plan_list(support_map, PlanList.WARNING_SIGNS, ["I stop eating"]) is None
    nobody = edits.set_plan_list(support_map, PlanList.PEOPLE_TO_ASK, [])
    assert nobody is not None and nobody.after is not None
    assert nobody.after.people_to_ask == ()


def test_a_people_list_set_to_none_goes_back_to_the_default() -> None:
    support_map = plan_map(SafetyPlan(people_to_ask=("p2",)))
    change = edits.set_plan_list(support_map, PlanList.PEOPLE_TO_ASK, None)
    assert change == SafetyPlanChanged(SafetyPlan(people_to_ask=("p2",)), SafetyPlan())
    with pytest.raises(ValidationError):
        edits.set_plan_list(support_map, PlanList.COPING, None)


@pytest.mark.parametrize(
    ("which", "person_id", "fragment"),
    [
        (PlanList.PEOPLE_TO_ASK, "p4", "Lee is marked draining"),
        (PlanList.DISTRACTION_PEOPLE, "p5", "Max is marked unsafe"),
        (PlanList.PROFESSIONALS, "p5", "Max is marked unsafe"),
        (PlanList.PEOPLE_TO_ASK, "p3", "step 5"),
        (PlanList.PROFESSIONALS, "p1", "steps 3 and 4"),
        (PlanList.PEOPLE_TO_ASK, "p9", "no person 'p9'"),
    ],
)
def test_people_who_may_not_appear_in_a_step_are_refused_with_a_reason(
    which: PlanList, person_id: str, fragment: str
) -> None:
    support_map = plan_map()
    with pytest.raises(ValidationError) as raised:
        edits.add_plan_item(support_map, which, person_id)
    assert fragment in raised.value.problem
    assert raised.value.field.startswith(which.value)


def test_add_remove_and_move_work_on_the_list_as_shown() -> None:
    support_map = plan_map()
    edit(support_map, edits.add_person, "Ana", id="p6", circle=4)
    # Step 4 shows Sam (closest circle), then Kim: Ana joins what is shown, at place 1.
    edit(support_map, edits.add_plan_item, PlanList.PEOPLE_TO_ASK, "p6", 1)
    assert support_map.safety_plan == SafetyPlan(people_to_ask=("p1", "p6", "p2"))
    with pytest.raises(ValidationError, match="Ana is already in this step"):
        edits.add_plan_item(support_map, PlanList.PEOPLE_TO_ASK, "p6")
    edit(support_map, edits.move_plan_item, PlanList.PEOPLE_TO_ASK, 2, 0)
    assert support_map.safety_plan == SafetyPlan(people_to_ask=("p2", "p1", "p6"))
    assert edits.move_plan_item(support_map, PlanList.PEOPLE_TO_ASK, 1, 1) is None
    edit(support_map, edits.remove_plan_item, PlanList.PEOPLE_TO_ASK, 1)
    assert support_map.safety_plan == SafetyPlan(people_to_ask=("p2", "p6"))
    with pytest.raises(ValidationError, match="no item 2"):
        edits.remove_plan_item(support_map, PlanList.PEOPLE_TO_ASK, 2)


def test_texts_and_crisis_lines_are_added_rewritten_and_removed() -> None:
    support_map = plan_map()
    edit(support_map, edits.add_plan_item, PlanList.COPING, "a walk")
    edit(support_map, edits.add_plan_item, PlanList.COPING, "music", 0)
    edit(support_map, edits.replace_plan_item, PlanList.COPING, 1, "a long walk")
    line = CrisisLine("Night line", "0800 000")
    edit(support_map, edits.add_plan_item, PlanList.CRISIS_LINES, line)
    assert support_map.safety_plan == SafetyPlan(
        coping=("music", "a long walk"), crisis_lines=(line,)
    )
    edit(support_map, edits.remove_plan_item, PlanList.CRISIS_LINES, 0)
    assert support_map.safety_plan == SafetyPlan(coping=("music", "a long walk"))
    with pytest.raises(ValidationError, match="at most 280"):
        edits.replace_plan_item(support_map, PlanList.COPING, 0, "x" * 281)
    with pytest.raises(ValidationError, match="not edited"):
        edits.replace_plan_item(support_map, PlanList.PEOPLE_TO_ASK, 0, "p2")


def test_a_list_of_twenty_takes_no_more() -> None:
    support_map = plan_map(SafetyPlan(warning_signs=tuple(f"sign {i}" for i in range(20))))
    with pytest.raises(ValidationError) as raised:
        edits.add_plan_item(support_map, PlanList.WARNING_SIGNS, "one more")
    assert raised.value.field == "warning_signs"
    assert "at most 20 items" in raised.value.problem


def test_what_matters_is_written_and_undone() -> None:
    support_map = plan_map()
    change = edit(support_map, edits.set_what_matters, "my cat, Pixel")
    assert support_map.safety_plan == SafetyPlan(what_matters="my cat, Pixel")
    assert edits.set_what_matters(support_map, "my cat, Pixel") is None
    support_map.apply(invert(change))
    assert support_map.safety_plan is None
