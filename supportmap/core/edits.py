"""The edit policy: what a user's gesture changes on a map, as change values.

Each function reads the map, decides what the gesture means (a fresh id, where someone is put,
which ties go with a removed person and at which index they stood) and returns the change(s)
without applying them. Whatever cannot apply is refused here with a `ValidationError`, so the
caller can show the problem before anything is recorded; `SupportMap.apply` then performs the
change and the storage layer saves it. A gesture that changes nothing returns None (or nothing).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from supportmap.core.changes import (
    Change,
    FocusRenamed,
    MapRetitled,
    NoteAdded,
    NoteChanged,
    NoteRemoved,
    PersonAdded,
    PersonChanged,
    PersonRemoved,
    SafetyPlanChanged,
    TieAdded,
    TieChanged,
    TieRemoved,
    invert,
)
from supportmap.core.i18n import _
from supportmap.core.layout import inside_map, locate, place_person, place_person_near
from supportmap.core.model import (
    NAME_MAX,
    CrisisLine,
    Person,
    PlanList,
    Position,
    SafetyPlan,
    SessionNote,
    Tie,
    ValidationError,
    check_text,
    check_title,
)
from supportmap.core.safety_plan import may_appear, shown_ids
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType, Safety

# --- people -----------------------------------------------------------------------------


def add_person(support_map: SupportMap, name: str, **fields: Any) -> PersonAdded:
    """Someone new, with a fresh id (unless ``id=`` is given), placed where they belong.

    Without a position they get a free spot in their ring and wedge. A given position (where
    the user clicked) is kept on the map, clear of the focus person and of everyone's node (someone
    added on top of another would be hidden); unless circle or sector are given too, the ring
    and wedge under it become the person's circle and sector.
    """
    person_id = fields.pop("id", None) or support_map.new_person_id()
    if person_id in support_map.people:
        raise ValidationError(
            "id", _("{id} is already used by another person").format(id=repr(person_id))
        )
    clicked = fields.get("position")
    if clicked is not None:
        if not isinstance(clicked, Position):
            raise ValidationError("position", _("must be a Position or None"))
        clicked = fields["position"] = inside_map(clicked)
        if not {"circle", "sector"} & set(fields):
            fields["circle"], fields["sector"] = locate(clicked)
    person = Person(id=person_id, name=name, **fields)
    if clicked is None:
        spot = place_person(support_map, person)
    else:
        spot = place_person_near(support_map, person, clicked)
    return PersonAdded(person.replace(position=spot))


def update_person(support_map: SupportMap, person_id: str, **fields: Any) -> PersonChanged | None:
    """Change fields of one person; None when nothing changes.

    Changing circle or sector without a position moves the person into their new ring and
    wedge, because on the map the position is what shows circle and sector.
    """
    before = support_map.person(person_id)
    if "id" in fields and fields["id"] != person_id:
        raise ValidationError("id", _("a person's id cannot change"))
    after = before.replace(**fields)
    if after == before:
        return None
    moved_area = (after.circle, after.sector) != (before.circle, before.sector)
    if moved_area and "position" not in fields:
        after = after.replace(position=place_person(support_map, after))
    return PersonChanged(before, after)


def set_support(
    support_map: SupportMap,
    person_id: str,
    help_type: HelpType,
    *,
    receive: int | None = None,
    give: int | None = None,
) -> PersonChanged | None:
    """Set how much of one help type I receive from and/or give to a person."""
    person = support_map.person(person_id)
    support = person.support.with_level(HelpType(help_type), receive=receive, give=give)
    return update_person(support_map, person_id, support=support)


def move_people(
    support_map: SupportMap, positions: Mapping[str, Position]
) -> tuple[PersonChanged, ...]:
    """People dropped at new positions; the ring and wedge under each become circle and sector.

    Someone dropped on the focus person lands just outside them, and someone dropped beyond the
    outer ring lands on its inner edge, in circle 4 (see `inside_map`). People whose drop
    changes nothing (e.g. pushed back out to the spot they already had) are left out.
    """
    changes = []
    for person_id, dropped in positions.items():
        before = support_map.person(person_id)
        position = inside_map(dropped)
        circle, sector = locate(position)
        after = before.replace(position=position, circle=circle, sector=sector)
        if after != before:
            changes.append(PersonChanged(before, after))
    return tuple(changes)


def remove_people(
    support_map: SupportMap, ids: Iterable[str]
) -> tuple[SafetyPlanChanged | PersonRemoved, ...]:
    """Remove people with all their ties, in the order given; ids not on the map are skipped.

    A tie between two removed people goes with the first of them, and each removal records
    its index in the map's order as it stands when that removal applies, so that undoing the
    removals in reverse puts everyone back where they were. People the safety plan names are
    first taken out of it (a `SafetyPlanChanged` before the removals), so undo puts them back
    in their places in the plan too.
    """
    unique = [i for i in dict.fromkeys(ids) if i in support_map.people]
    taken: set[tuple[str, str]] = set()
    order = list(support_map.people)
    changes: list[SafetyPlanChanged | PersonRemoved] = []
    plan_change = _plan_without(support_map, unique)
    if plan_change is not None:
        changes.append(plan_change)
    for person_id in unique:
        ties = tuple(t for t in support_map.ties_of(person_id) if t.key not in taken)
        taken.update(t.key for t in ties)
        index = order.index(person_id)
        order.pop(index)
        changes.append(PersonRemoved(support_map.person(person_id), ties, index))
    return tuple(changes)


# --- ties -------------------------------------------------------------------------------


def add_tie(
    support_map: SupportMap, a: str, b: str, strength: int = 1, conflict: bool = False
) -> TieAdded:
    """Record that two people on the map know each other."""
    tie = Tie(a, b, strength, conflict)
    for field_name, end in (("a", a), ("b", b)):
        if end not in support_map.people:
            raise ValidationError(field_name, _("no person {id}").format(id=repr(end)))
    if support_map.tie(a, b) is not None:
        raise ValidationError("b", _("{a} and {b} are already tied").format(a=repr(a), b=repr(b)))
    return TieAdded(tie)


def update_tie(support_map: SupportMap, a: str, b: str, **fields: Any) -> TieChanged | None:
    """Change strength or conflict of a tie; None when nothing changes."""
    before = existing_tie(support_map, a, b)
    after = before.replace(**fields)
    if after == before:
        return None
    return TieChanged(before, after)


def remove_tie(support_map: SupportMap, a: str, b: str) -> TieRemoved:
    """Forget that two people know each other."""
    return TieRemoved(existing_tie(support_map, a, b))


def existing_tie(support_map: SupportMap, a: str, b: str) -> Tie:
    """The tie between ``a`` and ``b``; a ValidationError when there is none."""
    tie = support_map.tie(a, b)
    if tie is None:
        raise ValidationError(
            "ties", _("there is no tie between {a} and {b}").format(a=repr(a), b=repr(b))
        )
    return tie


# --- the map and its notes --------------------------------------------------------------


def retitle(support_map: SupportMap, title: str) -> MapRetitled | None:
    """A new title (trimmed); None when it stays the same."""
    title = check_title(title)
    if title == support_map.title:
        return None
    return MapRetitled(support_map.title, title)


def rename_focus(support_map: SupportMap, name: str) -> FocusRenamed | None:
    """A new name for the person whose map it is; None when it stays the same."""
    name = check_text("focus.name", name, NAME_MAX, required=True)
    if name == support_map.focus_name:
        return None
    return FocusRenamed(support_map.focus_name, name)


def add_note(support_map: SupportMap, date: dt.date, text: str, private: bool = False) -> NoteAdded:
    """A new session note with a fresh id."""
    return NoteAdded(SessionNote(support_map.new_note_id(), date, text, private))


def update_note(support_map: SupportMap, note_id: str, **fields: Any) -> NoteChanged | None:
    """Change date, text or privacy of a note; None when nothing changes."""
    unknown = set(fields) - {"date", "text", "private"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], _("is not a field of a session note"))
    before = _existing_note(support_map, note_id)
    after = SessionNote(
        note_id,
        fields.get("date", before.date),
        fields.get("text", before.text),
        fields.get("private", before.private),
    )
    if after == before:
        return None
    return NoteChanged(before, after)


def remove_note(support_map: SupportMap, note_id: str) -> NoteRemoved:
    return NoteRemoved(_existing_note(support_map, note_id))


def _existing_note(support_map: SupportMap, note_id: str) -> SessionNote:
    for note in support_map.notes:
        if note.id == note_id:
            return note
    raise ValidationError("session_notes", _("no note with id {id}").format(id=repr(note_id)))


# --- the past ---------------------------------------------------------------------------


def restore(support_map: SupportMap, earlier: SupportMap) -> list[Change]:
    """The changes that make ``support_map`` look as ``earlier`` did ("Make this the current map").

    People, ties, the focus person's name and the title become ``earlier``'s; people who are
    in both keep the order they have now and newcomers take ``earlier``'s place for them. Session
    notes are the map's history, not part of how it looked, so they stay as they are; so does
    the safety plan, which is the user's own writing, except that people who leave the map
    leave it too.
    """
    changes: list[Change] = []
    now_order = list(support_map.people)
    gone = [pid for pid in now_order if pid not in earlier.people]
    plan_change = _plan_without(support_map, gone)
    if plan_change is not None:
        changes.append(plan_change)
    taken: set[tuple[str, str]] = set()
    for pid in reversed(gone):  # from the end, so each index is still right when it applies
        ties = tuple(tie for tie in support_map.ties_of(pid) if tie.key not in taken)
        taken.update(tie.key for tie in ties)
        changes.append(PersonRemoved(support_map.person(pid), ties, now_order.index(pid)))
        now_order.remove(pid)
    for key, tie in support_map.ties.items():
        if tie.a in earlier.people and tie.b in earlier.people:
            then = earlier.ties.get(key)
            if then is None:
                changes.append(TieRemoved(tie))
            elif (then.strength, then.conflict) != (tie.strength, tie.conflict):
                changes.append(
                    TieChanged(tie, tie.replace(strength=then.strength, conflict=then.conflict))
                )
    for pid in now_order:
        person, was = support_map.person(pid), earlier.person(pid)
        if person != was:
            changes.append(PersonChanged(person, was))
    for index, (pid, person) in enumerate(earlier.people.items()):
        if pid not in support_map.people:
            changes.append(PersonAdded(person, (), index))
    for key, tie in earlier.ties.items():
        if key not in support_map.ties:
            changes.append(TieAdded(tie))
    if earlier.focus_name != support_map.focus_name:
        changes.append(FocusRenamed(support_map.focus_name, earlier.focus_name))
    if earlier.title != support_map.title:
        changes.append(MapRetitled(support_map.title, earlier.title))
    return changes


# --- the safety plan -------------------------------------------------------------------


def _plan_without(support_map: SupportMap, ids: Iterable[str]) -> SafetyPlanChanged | None:
    """The change that takes people out of the safety plan before they leave the map."""
    plan = support_map.safety_plan
    if plan is None or not plan.person_ids.intersection(ids):
        return None
    return SafetyPlanChanged(plan, plan.without(ids))


def set_plan_list(
    support_map: SupportMap, which: PlanList, items: Sequence[Any] | None
) -> SafetyPlanChanged | None:
    """Set one list of the safety plan: texts, people's ids or `CrisisLine`s; None if nothing
    changes.

    A people list of None goes back to what the map suggests. People named must be on the map
    and may be shown in that step (`supportmap.core.safety_plan.may_appear`): someone marked
    unsafe or draining, or a professional outside step 5, is refused with a reason.
    """
    which = PlanList(which)
    if items is None and not which.holds_people:
        raise ValidationError(which.value, _("must be a list"))
    if items is not None and which.holds_people:
        for i, person_id in enumerate(items):
            person = support_map.people.get(person_id)
            if person is None:
                no_person = _("no person {id}").format(id=repr(person_id))
                raise ValidationError(f"{which.value}[{i}]", no_person)
            if not may_appear(person, which):
                raise ValidationError(f"{which.value}[{i}]", _left_out(person, which))
    return _replace_plan(support_map, **{which.value: None if items is None else tuple(items)})


def set_what_matters(support_map: SupportMap, text: str) -> SafetyPlanChanged | None:
    """Write what matters most to the user; None if it stays the same."""
    return _replace_plan(support_map, what_matters=text)


def plan_items(support_map: SupportMap, which: PlanList) -> tuple[Any, ...]:
    """A list of the plan as the user sees and edits it: for people, whom the step shows."""
    which = PlanList(which)
    if which.holds_people:
        return shown_ids(support_map, which)
    return (support_map.safety_plan or SafetyPlan()).items(which) or ()


def add_plan_item(
    support_map: SupportMap, which: PlanList, item: str | CrisisLine, index: int | None = None
) -> SafetyPlanChanged:
    """Add a text, a person's id or a `CrisisLine` to a list at ``index`` (None: at the end).

    For steps 3–5 the list shown becomes the user's own choice, with the new person in it.
    """
    items = list(plan_items(support_map, which))
    if PlanList(which).holds_people and item in items:
        person = support_map.person(str(item))
        already = _("{name} is already in this step").format(name=person.name)
        raise ValidationError(PlanList(which).value, already)
    items.insert(len(items) if index is None else _index(which, index, len(items) + 1), item)
    return _changed(set_plan_list(support_map, which, items))


def replace_plan_item(
    support_map: SupportMap, which: PlanList, index: int, item: str | CrisisLine
) -> SafetyPlanChanged | None:
    """Rewrite one text or crisis line of a list; None if it stays the same."""
    if PlanList(which).holds_people:
        raise ValidationError(PlanList(which).value, _("people are added and removed, not edited"))
    items = list(plan_items(support_map, which))
    items[_index(which, index, len(items))] = item
    return set_plan_list(support_map, which, items)


def remove_plan_item(support_map: SupportMap, which: PlanList, index: int) -> SafetyPlanChanged:
    """Take the item at ``index`` of a list (as shown) out of the plan."""
    items = list(plan_items(support_map, which))
    del items[_index(which, index, len(items))]
    return _changed(set_plan_list(support_map, which, items))


def move_plan_item(
    support_map: SupportMap, which: PlanList, index: int, to: int
) -> SafetyPlanChanged | None:
    """Move the item at ``index`` of a list (as shown) to ``to``; None if it stays put."""
    items = list(plan_items(support_map, which))
    item = items.pop(_index(which, index, len(items)))
    items.insert(_index(which, to, len(items) + 1), item)
    return set_plan_list(support_map, which, items)


def _replace_plan(support_map: SupportMap, **fields: Any) -> SafetyPlanChanged | None:
    before = support_map.safety_plan
    after = (before or SafetyPlan()).replace(**fields)
    if after == before:
        return None
    return SafetyPlanChanged(before, after)


def _changed(change: SafetyPlanChanged | None) -> SafetyPlanChanged:
    if change is None:
        raise RuntimeError("adding or removing an item always changes the list")
    return change


def _index(which: PlanList, index: int, size: int) -> int:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < size:
        no_item = _("there is no item {index} in this list").format(index=index)
        raise ValidationError(PlanList(which).value, no_item)
    return index


def _left_out(person: Person, which: PlanList) -> str:
    if person.safety is Safety.UNSAFE:
        return _(
            "{name} is marked unsafe, and the safety plan leaves out people marked unsafe or "
            "draining"
        ).format(name=person.name)
    if person.safety is Safety.DRAINING:
        return _(
            "{name} is marked draining, and the safety plan leaves out people marked unsafe or "
            "draining"
        ).format(name=person.name)
    if which is PlanList.PROFESSIONALS:
        return _(
            "{name} is not in the life area for professionals and services, which this step "
            "lists; people close to you have their place in steps 3 and 4"
        ).format(name=person.name)
    return _(
        "{name} is in the life area for professionals and services, who have their place in step 5"
    ).format(name=person.name)


# --- checking ---------------------------------------------------------------------------


def check(support_map: SupportMap, changes: Sequence[Change]) -> None:
    """Raise the ValidationError that applying ``changes`` in order would raise, if any.

    The map is left exactly as it was either way: each change is tried and then undone.
    """
    applied: list[Change] = []
    try:
        for change in changes:
            support_map.apply(change)
            applied.append(change)
    finally:
        for change in reversed(applied):
            support_map.apply(invert(change))
