"""The *Details* view: the structural figures of the map, each with one plain explanation.

This is the one place the network-science words appear on screen (VOICE.md rule 7); each is
followed by what it means for the person looking at their map.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from supportmap.core.analysis import Analysis
from supportmap.core.supportmap import SupportMap
from supportmap.gui.texts import insight as s


@dataclass(frozen=True)
class Figure:
    """One row of the view: a name, how to read its value, and what it means."""

    key: str
    name: str
    explanation: str
    value: Callable[[Analysis, SupportMap], str]
    wide: bool = False


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else QLocale().toString(value, "f", digits)


def _bridges(analysis: Analysis, support_map: SupportMap) -> str:
    names = [
        support_map.people[pid].name
        for pid in analysis.structure.articulation_points
        if pid in support_map.people
    ]
    return s.join_names(names) if names else QCoreApplication.translate("InsightDetails", "Nobody")


def _coverage(analysis: Analysis, _map: SupportMap) -> str:
    return " · ".join(f"{t.label} {n}" for t, n in analysis.coverage.items())


def figures() -> tuple[Figure, ...]:
    """Every figure in reading order (built on call so translations apply)."""
    return (
        Figure(
            "coverage",
            QCoreApplication.translate("InsightDetails", "Safe sources per kind of help"),
            s.detail_explanation("coverage"),
            _coverage,
            wide=True,
        ),
        Figure(
            "density",
            QCoreApplication.translate("InsightDetails", "Density"),
            s.detail_explanation("density"),
            lambda a, _m: _number(a.structure.density),
        ),
        Figure(
            "components",
            QCoreApplication.translate("InsightDetails", "Components"),
            s.detail_explanation("components"),
            lambda a, _m: str(a.structure.components),
        ),
        Figure(
            "bridges",
            QCoreApplication.translate("InsightDetails", "Bridges (articulation points)"),
            s.detail_explanation("bridges"),
            _bridges,
            wide=True,
        ),
        Figure(
            "effective_size",
            QCoreApplication.translate("InsightDetails", "Effective size"),
            s.detail_explanation("effective_size"),
            lambda a, _m: _number(a.ego.effective_size, 1),
        ),
        Figure(
            "efficiency",
            QCoreApplication.translate("InsightDetails", "Efficiency"),
            s.detail_explanation("efficiency"),
            lambda a, _m: _number(a.ego.efficiency),
        ),
        Figure(
            "constraint",
            QCoreApplication.translate("InsightDetails", "Constraint"),
            s.detail_explanation("constraint"),
            lambda a, _m: _number(a.ego.constraint),
        ),
        Figure(
            "diversity",
            QCoreApplication.translate("InsightDetails", "Sector diversity"),
            s.detail_explanation("diversity"),
            lambda a, _m: _number(a.diversity),
        ),
        Figure(
            "effective_supporters",
            QCoreApplication.translate("InsightDetails", "Effective number of supporters"),
            s.detail_explanation("effective_supporters"),
            lambda a, _m: _number(a.effective_supporters, 1),
        ),
    )


class DetailsView(QScrollArea):
    """The figures of the current analysis; ``values`` maps each figure's key to its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 10, 12, 10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        self._figures = figures()
        self._values: dict[str, QLabel] = {}
        row = 0
        for figure in self._figures:
            name = QLabel(figure.name, body)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            value = QLabel("–", body)
            align = Qt.AlignmentFlag.AlignLeft if figure.wide else Qt.AlignmentFlag.AlignRight
            value.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            value.setAccessibleDescription(figure.explanation)
            explanation = QLabel(figure.explanation, body)
            explanation.setWordWrap(True)
            explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            if figure.wide:
                grid.addWidget(name, row, 0, 1, 2)
                row += 1
                grid.addWidget(value, row, 0, 1, 2)
            else:
                grid.addWidget(name, row, 0)
                grid.addWidget(value, row, 1)
            grid.addWidget(explanation, row + 1, 0, 1, 2)
            spacer = QLabel("", body)
            spacer.setFixedHeight(6)
            grid.addWidget(spacer, row + 2, 0)
            self._values[figure.key] = value
            row += 3
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(body)

    def values(self) -> dict[str, str]:
        """The text shown for each figure, by key."""
        return {key: label.text() for key, label in self._values.items()}

    def show_analysis(self, analysis: Analysis | None, support_map: SupportMap | None) -> None:
        """Show the figures of ``analysis`` (dashes when no map is open)."""
        for figure in self._figures:
            label = self._values[figure.key]
            if analysis is None or support_map is None:
                text = "–"
            else:
                text = figure.value(analysis, support_map)
            label.setText(text)
            label.setAccessibleName(f"{figure.name}: {text}")
