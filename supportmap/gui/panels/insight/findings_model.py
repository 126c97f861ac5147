"""The rows of the findings list: what is there for you, severity headings, findings, prompts.

The list is flat (a heading row, then its findings) so a keyboard user walks it with the arrow
keys and a screen reader reads each heading. Building the rows is plain Python, separate from
the Qt model, so what the list would show is easy to test.

A map starts gently (DESIGN §5): while nobody on it has any help noted, every kind of help
would count as missing, so instead of those gaps the list says how to note help. Once help is
noted, the list opens with who is there for each kind of help before anything that is thin.
This is presentation only; the analysis and its findings stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from supportmap.core.analysis import Analysis, Finding
from supportmap.core.supportmap import SupportMap
from supportmap.core.vocabulary import HELP_TYPES
from supportmap.gui.panels.insight.severity_style import SEVERITY_ORDER
from supportmap.gui.texts import insight as s

TINY_MAP = 1
"""A map with at most this many current people gets a starting prompt instead of findings."""


class RowKind(Enum):
    HEADING = "heading"
    FINDING = "finding"
    PROMPT = "prompt"
    PERSON = "person"
    STRENGTHS = "strengths"


class Tag(Enum):
    """How a finding relates to the map while what-if mode compares two versions of it."""

    NEW = "new"
    GONE = "gone"
    SAME = "same"


@dataclass(frozen=True)
class Row:
    """One line of the list. Findings carry the core `Finding`; headings only a title."""

    kind: RowKind
    title: str
    detail: str = ""
    suggestion: str = ""
    severity: str = "info"
    finding: Finding | None = None
    tag: Tag | None = None
    person_id: str | None = None

    @property
    def selectable(self) -> bool:
        if self.kind is RowKind.PERSON:
            return True
        return self.kind is RowKind.FINDING and self.tag is not Tag.GONE

    def spoken(self) -> str:
        """The whole row as one sentence for screen readers and tooltips."""
        if self.kind is RowKind.HEADING:
            return self.title
        parts = [self.title, *self.detail.splitlines()]
        if self.suggestion:
            parts.append(f"{s.small_step_label()}: {self.suggestion}")
        if self.kind is RowKind.FINDING:
            parts.insert(0, s.severity_heading(self.severity))
        return ". ".join(p.rstrip(".") for p in parts if p) + "."


RowRole = Qt.ItemDataRole.UserRole + 1


FindingKey = tuple[str, str | None, str | None, tuple[str, ...]]


def finding_key(finding: Finding, without: str | None = None) -> FindingKey:
    """What makes two findings "the same" across two versions of a map (texts may differ).

    With ``without``, that person is left out of the people, so a pattern that merely loses
    the person imagined away (three people instead of four) counts as the same finding.
    """
    help_type = finding.help_type.value if finding.help_type is not None else None
    barrier = finding.barrier.value if finding.barrier is not None else None
    people = tuple(p for p in finding.people if p != without)
    return (finding.code.value, help_type, barrier, people)


def _finding_row(finding: Finding, tag: Tag | None = None) -> Row:
    return Row(
        RowKind.FINDING,
        finding.title,
        finding.detail,
        finding.suggestion,
        finding.severity.value,
        finding,
        tag,
    )


def _grouped(findings: Iterable[Finding]) -> list[Row]:
    by_severity: dict[str, list[Finding]] = {sev: [] for sev in SEVERITY_ORDER}
    for finding in findings:
        by_severity[finding.severity.value].append(finding)
    rows: list[Row] = []
    for severity in SEVERITY_ORDER:
        group = by_severity[severity]
        if group:
            rows.append(Row(RowKind.HEADING, s.severity_heading(severity), severity=severity))
            rows.extend(_finding_row(f) for f in group)
    return rows


def has_enough_people(support_map: SupportMap) -> bool:
    """Whether the map is past its start: more than `TINY_MAP` current people."""
    return sum(1 for _ in support_map.current_people()) > TINY_MAP


def is_starting(support_map: SupportMap | None) -> bool:
    """Whether the map is still at its gentle start: few people, or no help noted yet."""
    return support_map is None or not has_enough_people(support_map) or not help_noted(support_map)


def help_noted(support_map: SupportMap) -> bool:
    """Whether any current person has any help noted, in either direction."""
    return any(p.support.received or p.support.given for p in support_map.current_people())


def strengths_rows(analysis: Analysis) -> list[Row]:
    """ "What is there for you": per kind of help, the safe people it comes from.

    Kinds of help nobody safe gives are left out; the findings speak of those.
    """
    providers = analysis.graph.safe_providers
    lines = [
        s.strength_line(help_type, [person.name for person in providers[help_type]])
        for help_type in HELP_TYPES
        if providers[help_type]
    ]
    if not lines:
        return []
    return [Row(RowKind.STRENGTHS, s.strengths_title(), "\n".join(lines))]


def rows_for_map(support_map: SupportMap | None, analysis: Analysis | None) -> list[Row]:
    """The rows for the open map: a warm prompt while it starts, else what is there, findings."""
    if support_map is None or analysis is None:
        return [Row(RowKind.PROMPT, s.no_map_title(), s.no_map_text())]
    current = [p for p in support_map.current_people()]
    if len(current) == 0:
        return [Row(RowKind.PROMPT, s.empty_prompt_title(), s.empty_prompt_text())]
    if len(current) <= TINY_MAP:
        title = s.tiny_prompt_title(current[0].name)
        return [Row(RowKind.PROMPT, title, s.tiny_prompt_text())]
    if not help_noted(support_map):
        return [Row(RowKind.PROMPT, s.note_help_title(), s.note_help_text())]
    strengths = strengths_rows(analysis)
    if not analysis.findings:
        return [*strengths, Row(RowKind.PROMPT, s.all_clear_title(), s.all_clear_text())]
    return [*strengths, *_grouped(analysis.findings)]


def rows_for_whatif(
    before: Sequence[Finding], after: Sequence[Finding], person_id: str | None = None
) -> list[Row]:
    """The difference between the findings of the map and of the map without someone.

    New findings come first (what their absence would bring up), then those that would no
    longer apply, then the unchanged ones, so the difference is what the eye meets first.
    """
    before_keys = {finding_key(f, person_id) for f in before}
    after_keys = {finding_key(f, person_id) for f in after}
    new = [f for f in after if finding_key(f, person_id) not in before_keys]
    gone = [f for f in before if finding_key(f, person_id) not in after_keys]
    same = [f for f in after if finding_key(f, person_id) in before_keys]
    rows: list[Row] = []
    if new:
        rows.append(Row(RowKind.HEADING, s.whatif_new_heading(), severity=new[0].severity.value))
        rows.extend(_finding_row(f, Tag.NEW) for f in new)
    if gone:
        rows.append(Row(RowKind.HEADING, s.whatif_gone_heading(), severity="info"))
        rows.extend(_finding_row(f, Tag.GONE) for f in gone)
    if not new and not gone:
        rows.append(Row(RowKind.PROMPT, s.whatif_no_difference()))
    if same:
        rows.append(Row(RowKind.HEADING, s.whatif_same_heading(), severity="info"))
        rows.extend(_finding_row(f, Tag.SAME) for f in same)
    return rows


class FindingsModel(QAbstractListModel):
    """A read-only list model of `Row`s; ``RowRole`` gives the row itself to the delegate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace every row (the list is short; a reset keeps the code and the tests simple)."""
        if list(rows) == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> Row | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(  # Qt override
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(  # Qt override
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return row.spoken()
        if role == RowRole:
            return row
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:  # Qt override
        row = self.row_at(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if row.selectable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled
