"""Making a refused edit again on a map someone else changed (`core.reapply`)."""

from __future__ import annotations

import pytest

from supportmap.core import edits
from supportmap.core.model import ValidationError
from supportmap.core.reapply import reapply
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType
from tests.maps import edit, make_map, make_person


def two_copies() -> tuple[SupportMap, SupportMap]:
    """The map as two windows read it: Sam and Kim, who know each other."""
    people = [make_person("p1", name="Sam", support={HelpType.PRACTICAL: (1, 1)})]
    people.append(make_person("p2", name="Kim"))
    return make_map(people, [("p1", "p2")]), make_map(people, [("p1", "p2")])


def test_a_rename_is_made_again_over_their_rename() -> None:
    mine, theirs = two_copies()
    refused = edit(mine, edits.update_person, "p1", name="Sammy")
    edit(theirs, edits.update_person, "p1", name="Samuel")

    again = reapply(theirs, [refused])

    assert theirs.person("p1").name == "Samuel"  # left as it was
    for change in again:
        theirs.apply(change)
    assert theirs.person("p1").name == "Sammy"


def test_their_give_stays_when_my_receive_is_made_again() -> None:
    mine, theirs = two_copies()
    refused = edit(mine, edits.set_support, "p1", HelpType.PRACTICAL, receive=3)
    edit(theirs, edits.set_support, "p1", HelpType.PRACTICAL, give=2)

    for change in reapply(theirs, [refused]):
        theirs.apply(change)

    level = theirs.person("p1").support[HelpType.PRACTICAL]
    assert (level.receive, level.give) == (3, 2)


def test_an_edit_of_someone_they_removed_no_longer_fits() -> None:
    mine, theirs = two_copies()
    refused = edit(mine, edits.update_person, "p2", name="Kimberly")
    for change in edits.remove_people(theirs, ["p2"]):
        theirs.apply(change)

    with pytest.raises(ValidationError):
        reapply(theirs, [refused])


def test_an_edit_they_already_made_leaves_nothing_to_do() -> None:
    mine, theirs = two_copies()
    refused = edit(mine, edits.update_person, "p2", name="Kimberly")
    edit(theirs, edits.update_person, "p2", name="Kimberly")

    assert reapply(theirs, [refused]) == []


def test_a_removal_takes_the_ties_they_added_too() -> None:
    mine, theirs = two_copies()
    refused = edits.remove_people(mine, ["p1"])
    for change in refused:
        mine.apply(change)
    edit(theirs, edits.add_person, "Ana", id="p3")
    edit(theirs, edits.add_tie, "p1", "p3")

    for change in reapply(theirs, refused):
        theirs.apply(change)

    assert set(theirs.people) == {"p2", "p3"}
    assert not theirs.ties


def test_someone_added_again_gets_a_fresh_id_when_theirs_took_it() -> None:
    mine, theirs = two_copies()
    refused = edit(mine, edits.add_person, "Ana", id="p3")
    edit(theirs, edits.add_person, "Bo", id="p3")

    for change in reapply(theirs, [refused]):
        theirs.apply(change)

    names = sorted(person.name for person in theirs.people.values())
    assert names == ["Ana", "Bo", "Kim", "Sam"]
