"""``supportmap compare`` (DESIGN.md §8.1): two moments of one file, or the current maps of two.

Most cases run the command in this process (``main`` with the output captured); a few start it
as a user does, in a process of its own. Every file is a real one, written as the app writes it.
The expected values of the worked example below are worked out by hand from DESIGN.md §4.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from supportmap.cli import main
from supportmap.core.model import Tie
from supportmap.core.snapshot import Snapshot
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HelpType, Safety, Sector
from supportmap.storage.fileformat import Document, write_document
from tests.commands import run_supportmap
from tests.maps import make_map, make_person

E, P, C = HelpType.EMOTIONAL, HelpType.PRACTICAL, HelpType.CRISIS
TAKEN = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
AVOIDED = re.compile(
    r"\b(weak|failure|broken|burden|needy|dependent|should|must|inadequate|poor|bad network)",
    re.IGNORECASE,
)


def session_one() -> SupportMap:
    """Sam (closest, a friend, safe) gives emotional support; Kim (close, family, safe) gives
    practical help; Jo (around, work, not sure) gives nothing. Jo knows Kim, Kim knows Sam."""
    return make_map(
        [
            make_person("sam", circle=1, sector=Sector.FRIENDS, support={E: (2, 1)}),
            make_person("kim", circle=2, sector=Sector.FAMILY, support={P: (1, 0)}),
            make_person("jo", circle=3, sector=Sector.WORK, safety=Safety.UNSURE),
        ],
        [("jo", "kim"), ("kim", "sam")],
        title="Robin",
    )


def a_week_later() -> SupportMap:
    """Sam moved one circle out, to community, and gives more emotional support; Kim is now
    written Kimberly and marked unsafe; Jo is gone; Ana (closest, family, safe) gives help in a
    crisis and knows Sam; Kim and Sam know each other well now, with tension."""
    return make_map(
        [
            make_person("sam", circle=2, sector=Sector.COMMUNITY, support={E: (3, 1)}),
            make_person(
                "kim", name="Kimberly", circle=2, sector=Sector.FAMILY, safety=Safety.UNSAFE,
                support={P: (1, 0)},
            ),
            make_person("ana", circle=1, sector=Sector.FAMILY, support={C: (1, 0)}),
        ],
        [("ana", "sam"), Tie("kim", "sam", strength=2, conflict=True)],
        title="Robin",
    )  # fmt: skip


def finding(code: str, help_type: str | None = None, *people: str) -> dict[str, object]:
    return {"code": code, "help_type": help_type, "barrier": None, "people": list(people)}


# Worked out by hand. Before: safe providers emotional {Sam}, practical {Kim}; received Sam 2,
# Kim 1, so shares 2/3 and 1/3 and 1 / (4/9 + 1/9) = 1.8 effective supporters; Kim is the only
# link to Jo. After: emotional {Sam}, practical none (Kim unsafe), crisis {Ana}; received Sam 3,
# Kim 1, Ana 1, so 1 / (0.36 + 0.04 + 0.04) = 25/11; Sam now links Ana and Kim; Sam receives 3
# and gives 1, a balance of 0.5.
EXPECTED: dict[str, Any] = {
    "from": {"label": "Session 1", "taken": "2026-11-20T14:30:00Z"},
    "to": {"label": "now", "taken": None},
    "people_added": ["ana"],
    "people_removed": ["jo"],
    "renamed": [{"id": "kim", "from": "Kim", "to": "Kimberly"}],
    "circle_changed": [{"id": "sam", "from": 1, "to": 2, "direction": "further"}],
    "sector_changed": [{"id": "sam", "from": "friends", "to": "community"}],
    "safety_changed": [{"id": "kim", "from": "safe", "to": "unsafe"}],
    "support_changed": [{"id": "sam", "help_type": "emotional", "receive": [2, 3], "give": [1, 1]}],
    "ties_added": [["ana", "sam"]],
    "ties_removed": [["jo", "kim"]],
    "ties_changed": [{"a": "kim", "b": "sam", "strength": [1, 2], "conflict": [False, True]}],
    "coverage": {
        "emotional": [1, 1],
        "practical": [1, 0],
        "informational": [0, 0],
        "companionship": [0, 0],
        "crisis": [0, 1],
    },
    "resilience": [0, 0],
    "effective_supporters": [1.8, 25 / 11],
    # Before, in its order: the crisis gap (alert), then the notices.
    "findings_resolved": [
        finding("gap", "crisis"),
        finding("single_source", "practical", "kim"),
        finding("bridge_person", None, "kim"),
    ],
    # After, in its order: alert, warnings (gap, unsafe_only, single_source, unsafe_close in
    # table order), notice, info.
    "findings_new": [
        finding("crisis_thin", "crisis"),
        finding("gap", "practical"),
        finding("unsafe_only", "practical", "kim"),
        finding("single_source", "crisis", "ana"),
        finding("unsafe_close", None, "kim"),
        finding("bridge_person", None, "sam"),
        finding("one_sided_receiving", None, "sam"),
    ],
    "summary": [
        "Earlier, someone you marked safe gave you practical help; right now nobody safe is "
        "noted for it.",
        "Help in a crisis now comes from someone you marked safe.",
        "Sam is now in a circle further out.",
        "Leaning on Kimberly was “Safe” and is now “Unsafe”.",
        "Ana is new on your map.",
        "Jo is no longer on your map.",
    ],
}


def write(path: Path, current: SupportMap, *snapshots: tuple[str, SupportMap]) -> Path:
    taken = [TAKEN + dt.timedelta(days=7 * i) for i in range(len(snapshots))]
    frozen = tuple(
        Snapshot(label, when, support_map)
        for (label, support_map), when in zip(snapshots, taken, strict=True)
    )
    write_document(path, Document(current, frozen))
    return path


@pytest.fixture
def robin(tmp_path: Path) -> Path:
    """Robin's file: the map a week later, with Session 1 as its one snapshot."""
    return write(tmp_path / "robin.supportmap.json", a_week_later(), ("Session 1", session_one()))


def compare(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> tuple[int, str, str]:
    code = main(["compare", *map(str, arguments)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def compare_json(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> dict[str, Any]:
    code, out, err = compare(capsys, *arguments, "--format", "json")
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def as_expected(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with its effective numbers of supporters replaced by the hand-worked ones,
    once they are equal to them up to rounding."""
    assert data["effective_supporters"] == pytest.approx(EXPECTED["effective_supporters"])
    return {**data, "effective_supporters": EXPECTED["effective_supporters"]}


def one_line_error(capsys: pytest.CaptureFixture[str], *arguments: str | Path) -> str:
    code, out, err = compare(capsys, *arguments)
    assert code == 1, out
    assert out == ""
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("supportmap: ")
    return err


# --- one file, two moments ---------------------------------------------------------------------


def test_json_from_the_last_snapshot_to_now_is_the_worked_example(
    capsys: pytest.CaptureFixture[str], robin: Path
) -> None:
    code, out, err = compare(capsys, robin, "--format", "json")

    assert (code, err) == (0, "")
    data = json.loads(out)
    assert as_expected(data) == EXPECTED
    assert list(data) == list(EXPECTED)
    assert out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert "“Unsafe”" in out  # written as UTF-8, not escaped


def test_the_moments_can_be_named_by_number_label_or_now(
    capsys: pytest.CaptureFixture[str], robin: Path
) -> None:
    assert as_expected(compare_json(capsys, robin, "--from", "#1", "--to", "now")) == EXPECTED
    by_label = compare_json(capsys, robin, "--from", "  Session 1 ", "--to", " now")
    assert as_expected(by_label) == EXPECTED


def test_before_is_always_the_from_side(capsys: pytest.CaptureFixture[str], robin: Path) -> None:
    data = compare_json(capsys, robin, "--from", "now", "--to", "Session 1")

    assert data["from"] == {"label": "now", "taken": None}
    assert data["to"] == {"label": "Session 1", "taken": "2026-11-20T14:30:00Z"}
    assert (data["people_added"], data["people_removed"]) == (["jo"], ["ana"])
    assert data["circle_changed"] == [{"id": "sam", "from": 2, "to": 1, "direction": "closer"}]
    assert data["findings_new"] == EXPECTED["findings_resolved"]


def test_now_and_hash_n_mean_that_even_when_a_snapshot_is_labelled_now(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "labels.supportmap.json",
        a_week_later(),
        ("now", session_one()),
        ("#1", a_week_later()),
    )

    by_number = compare_json(capsys, path, "--from", "#1", "--to", "now")
    assert by_number["from"] == {"label": "now", "taken": "2026-11-20T14:30:00Z"}
    assert by_number["to"] == {"label": "now", "taken": None}
    assert by_number["people_removed"] == ["jo"]

    # "now" is the current map, not the snapshot labelled so: nothing changed.
    same = compare_json(capsys, path, "--from", "now")
    assert same["from"] == same["to"] == {"label": "now", "taken": None}
    assert same["people_added"] == same["people_removed"] == same["summary"] == []
    # "#1" is the first snapshot, never the one labelled "#1" (the second).
    first = compare_json(capsys, path, "--from", "#2", "--to", "#1")
    assert first["to"]["label"] == "now"
    assert first["people_added"] == ["jo"]


def test_the_default_from_is_the_last_snapshot_in_file_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Written newest first: the order of the file counts, not the times.
    path = tmp_path / "order.supportmap.json"
    later = Snapshot("Later", TAKEN + dt.timedelta(days=30), a_week_later())
    earlier = Snapshot("Earlier", TAKEN, session_one())
    write_document(path, Document(a_week_later(), (later, earlier)))

    data = compare_json(capsys, path)

    assert data["from"] == {"label": "Earlier", "taken": "2026-11-20T14:30:00Z"}
    assert data["people_removed"] == ["jo"]


# --- moments that name nothing -----------------------------------------------------------------


def test_a_file_without_snapshots_has_no_default_from(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "fresh.supportmap.json", a_week_later())

    err = one_line_error(capsys, path)
    assert "no snapshots" in err and "compare OLD_FILE NEW_FILE" in err
    for moment in ("#1", "Session 1"):
        err = one_line_error(capsys, path, "--from", moment)
        assert f"“{moment}”" in err and "no snapshots" in err
    assert "no snapshots" in one_line_error(capsys, path, "--from", "now", "--to", "#1")

    code, out, _ = compare(capsys, path, "--from", "now")
    assert (code, out) == (0, "Nothing changed between now and now.\n")


@pytest.mark.parametrize("moment", ["#0", "#3", "#12"])
def test_a_number_outside_the_snapshots_lists_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, moment: str
) -> None:
    path = write(
        tmp_path / "two.supportmap.json",
        a_week_later(),
        ("Intake", session_one()),
        ("Session 2", session_one()),
    )

    err = one_line_error(capsys, path, "--from", moment)

    assert f"no snapshot {moment}:" in err
    assert "#1 “Intake”, #2 “Session 2”" in err
    assert "#1 to #2" in err


def test_an_unknown_label_lists_the_labels_and_suggests_a_number(
    capsys: pytest.CaptureFixture[str], robin: Path
) -> None:
    err = one_line_error(capsys, robin, "--to", "session 1")

    assert "labelled “session 1”" in err
    assert "#1 “Session 1”" in err
    assert "#N" in err


def test_a_label_two_snapshots_share_is_refused_with_their_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(
        tmp_path / "twice.supportmap.json",
        a_week_later(),
        ("Session", session_one()),
        ("Intake", session_one()),
        ("Session", a_week_later()),
    )

    err = one_line_error(capsys, path, "--from", "Session")

    assert "“Session” (#1 and #3)" in err
    assert "#1." in err
    assert compare_json(capsys, path, "--from", "#3")["people_added"] == []


def test_a_long_list_of_labels_is_shortened_to_the_first_and_the_latest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    snapshots = [(f"Week {n}", session_one()) for n in range(1, 13)]
    path = write(tmp_path / "weeks.supportmap.json", a_week_later(), *snapshots)

    err = one_line_error(capsys, path, "--from", "Week 13")

    shown = "#1 “Week 1”, #2 “Week 2”, …, #8 “Week 8”, #9 “Week 9”, #10 “Week 10”, #11 “Week 11”"
    assert f"{shown}, #12 “Week 12”." in err
    assert "Week 3”" not in err and "Week 7”" not in err


def test_labels_and_names_with_control_characters_are_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = session_one()
    after = make_map([make_person("sam", name="Sam\tLee", circle=3), make_person("del\x7f")])
    path = write(tmp_path / "tabs.supportmap.json", after, ("Week\t1", before))

    err = one_line_error(capsys, path, "--from", "Week 1")
    assert "#1 “Week\\x091”" in err and "\t" not in err

    code, out, _ = compare(capsys, path)
    assert code == 0
    assert "“Week\\x091” (2026-11-20)" in out
    assert "Sam\\x09Lee is now in a circle further out." in out
    assert "Del\\x7f (Closest, Friends)" in out
    assert "\t" not in out and "\x7f" not in out


# --- the text report ---------------------------------------------------------------------------


def test_the_text_report_names_people_under_plain_headings(
    capsys: pytest.CaptureFixture[str], robin: Path
) -> None:
    code, out, err = compare(capsys, robin)

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "What changed from “Session 1” (2026-11-20) to now"
    summary = out.index("Earlier, someone you marked safe gave you practical help;")
    assert summary < out.index("Jo is no longer on your map.") < out.index("New on the map\n")
    for line in [
        "  * Ana (Closest, Family)",
        "  * Jo",
        "  * Kim is now written as Kimberly",
        "  * Sam: from “Closest” to “Close”, further out",
        "  * Sam: from “Friends” to “Community”",
        "  * Kimberly: from “Safe” to “Unsafe”",
        "  * Emotional support you receive from Sam: from “Sometimes” to “Often”",
        "  * Ana and Sam are now noted as knowing each other",
        "  * Jo and Kim are no longer noted as knowing each other",
        "  * Kimberly and Sam: from “Acquainted” to “Know each other well”",
        "  * Kimberly and Sam: there is now tension between them",
        "  Safe people for practical help: 1 → 0",
        "  Safe people for help in a crisis: 0 → 1",
        "  The fewest safe people behind any kind of help: 0 → 0",
        "  The help you receive is spread across about 1.8 → 2.3 people",
    ]:
        assert line in lines, line
    assert "give" not in "\n".join(line for line in lines if line.startswith("  * Emotional"))
    headings = ["New on the map", "No longer on the map", "Names written differently",
                "In another circle", "In another part of life", "How it feels to lean on them",
                "Help that goes between you", "Who knows whom", "At a glance, before and after",
                "No longer showing on the map", "Newly showing on the map"]  # fmt: skip
    assert [line for line in lines if line in headings] == headings
    assert not any(person_id in out.split() for person_id in ("sam", "kim", "jo", "ana"))
    assert all(len(line) <= 78 for line in lines)
    assert not AVOIDED.search(out)


def test_nothing_changed_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "same.supportmap.json", session_one(), ("Session 1", session_one()))

    code, out, _ = compare(capsys, path)

    assert (code, out) == (0, "Nothing changed between “Session 1” (2026-11-20) and now.\n")


# --- two files ---------------------------------------------------------------------------------


def test_two_files_with_no_common_ids_report_everyone_added_and_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    old = write(tmp_path / "old.supportmap.json", session_one())
    other = make_map(
        [make_person("x1", name="Ruth"), make_person("x2", name="Omar")], title="  ", focus="Dee"
    )
    new = write(tmp_path / "new.supportmap.json", other, ("Session 1", session_one()))

    data = compare_json(capsys, old, new)

    assert data["from"] == {"label": "Robin", "taken": None}
    assert data["to"] == {"label": "Dee", "taken": None}
    assert data["people_added"] == ["x1", "x2"]
    assert data["people_removed"] == ["sam", "kim", "jo"]
    assert data["renamed"] == data["circle_changed"] == data["ties_changed"] == []
    assert data["ties_removed"] == [["jo", "kim"], ["kim", "sam"]]

    code, out, _ = compare(capsys, old, new)
    assert code == 0
    assert out.startswith("What changed from “Robin” to “Dee”\n")
    assert "Ruth and Omar are new on your map." in out
    assert "Sam, Kim and Jo are no longer on your map." in out


def test_two_files_take_no_moments_and_three_files_are_too_many(
    capsys: pytest.CaptureFixture[str], robin: Path
) -> None:
    for extra in (["--from", "#1"], ["--to", "now"], [robin]):
        code, out, err = compare(capsys, robin, robin, *extra)
        assert code == 2, err
        assert out == ""
        assert err.startswith("usage: supportmap compare FILE")
        assert err.rstrip().splitlines()[-1].startswith("supportmap compare: error: ")
    code, _, _ = compare(capsys, robin, robin)
    assert code == 0


def test_files_that_cannot_be_read_give_the_file_format_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, robin: Path
) -> None:
    missing = tmp_path / "missing.supportmap.json"
    broken = tmp_path / "broken.supportmap.json"
    broken.write_text('{"format": "supportmap", "version": 1, "map": {"people": 3}}')

    assert "There is no file" in one_line_error(capsys, missing)
    assert "There is no file" in one_line_error(capsys, robin, missing)
    err = one_line_error(capsys, broken, robin)
    assert main(["analyze", str(broken)]) == 1
    assert capsys.readouterr().err == err


def test_the_library_option_is_taken_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, robin: Path
) -> None:
    db = str(tmp_path / "unused.sqlite3")
    assert main(["--db", db, "compare", str(robin), "--format", "json"]) == 0
    assert as_expected(json.loads(capsys.readouterr().out)) == EXPECTED
    assert main(["compare", "--from", "#1", str(robin), "--db", db, "--format", "json"]) == 0
    assert as_expected(json.loads(capsys.readouterr().out)) == EXPECTED


# --- as a user runs it -------------------------------------------------------------------------


@pytest.mark.slow
def test_the_command_in_its_own_process(robin: Path) -> None:
    result = run_supportmap("compare", robin, "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert as_expected(data) == EXPECTED
    assert result.stdout == json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    unknown = run_supportmap("compare", robin, "--from", "Session 9")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "Traceback" not in unknown.stderr
    assert "#1 “Session 1”" in unknown.stderr

    usage = run_supportmap("compare", robin, robin, "--to", "now")
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr
