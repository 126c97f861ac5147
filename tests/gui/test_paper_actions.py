"""What the report's and the safety plan's File actions share (`PaperActions`): a cancelled
dialog writes nothing, and a folder that cannot be written is a calm message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from supportmap.gui.documents.paper_actions import PaperActions
from supportmap.gui.documents.plan_actions import SafetyPlanActions
from supportmap.gui.documents.report_actions import AudienceDialog, ReportActions
from supportmap.gui.main_window import MainWindow
from supportmap.reports.report_content import Audience


@dataclass(frozen=True)
class Paper:
    kind: type[PaperActions]
    actions: str
    save: str
    print: str


PAPERS = [
    pytest.param(Paper(ReportActions, "reports", "save_report", "print_report"), id="report"),
    pytest.param(Paper(SafetyPlanActions, "plan_documents", "save_plan", "print_plan"), id="plan"),
]


@pytest.fixture(autouse=True)
def for_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report's first question, who it is for, answered (the plan does not ask it)."""
    monkeypatch.setattr(AudienceDialog, "ask", classmethod(lambda cls, parent: Audience.CLIENT))


@pytest.mark.parametrize("paper", PAPERS)
def test_cancelling_either_dialog_writes_nothing(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    paper: Paper,  # type: ignore[no-untyped-def]
) -> None:
    actions = getattr(demo_window, paper.actions)
    assert isinstance(actions, paper.kind)
    monkeypatch.setattr(paper.kind, "ask_save_path", classmethod(lambda c, p, s: None))
    assert getattr(actions, paper.save)() is None
    monkeypatch.setattr(paper.kind, "ask_printer", classmethod(lambda c, p, s: False))
    assert getattr(actions, paper.print)() is False
    left = [p.name for p in tmp_path.iterdir() if not p.name.startswith("library.db")]
    assert left in ([], ["settings.ini"])


@pytest.mark.parametrize("paper", PAPERS)
def test_a_folder_that_cannot_be_written_is_a_calm_message(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    problems_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
    paper: Paper,  # type: ignore[no-untyped-def]
) -> None:
    missing = tmp_path / "gone" / "robin.pdf"
    monkeypatch.setattr(paper.kind, "ask_save_path", classmethod(lambda c, p, s: missing))
    assert getattr(getattr(demo_window, paper.actions), paper.save)() is None
    assert len(problems_shown) == 1
    assert "the folder does not exist; choose an existing folder" in problems_shown[0]
    assert "Your map is unchanged." in problems_shown[0]
    assert not missing.parent.exists()
