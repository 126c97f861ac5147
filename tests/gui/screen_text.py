"""Every text someone looking at the screen could read, for tests of what must not be shown.

`readable_texts` walks a window and the visible windows that go with it (floating panels,
dialogs, open menus, tooltips) widget by widget and collects the words each shows: labels, buttons,
fields, combo boxes, group and panel titles, tab names, tooltips, the rows of item views that
are in view, the canvas's tooltips, the menu bar and the status bar, and each window's title. A
widget lying wholly under a later, opaque sibling (a cover) or wholly outside its parent (a
panel behind another tab) is not seen, and neither is what is inside it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


def readable_texts(window: QWidget) -> list[str]:
    """The texts shown by ``window`` and by the windows that belong to it: its floating
    panels and dialogs, and any open menu or tooltip."""
    roots = [window] + [
        other
        for other in QApplication.topLevelWidgets()
        if other is not window and other.isVisible() and _belongs(other, window)
    ]
    found: list[str] = []
    for root in roots:
        found.append(root.windowTitle())
        found.extend(_walk(root))
    return [t for t in found if t]


def _belongs(other: QWidget, window: QWidget) -> bool:
    if other.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return True
    parent = other.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


def _walk(widget: QWidget) -> Iterator[str]:
    yield from _own_texts(widget)
    children = [c for c in widget.children() if isinstance(c, QWidget) and c.isVisible()]
    for position, child in enumerate(children):
        if child.isWindow():
            continue  # a window of its own is a root of its own
        if not child.geometry().intersects(widget.rect()):
            continue  # moved out of sight, as the panels behind another tab are
        if any(_covers(above, child) for above in children[position + 1 :]):
            continue
        yield from _walk(child)


def _covers(above: QWidget, below: QWidget) -> bool:
    """Whether ``above`` (later in stacking order) hides ``below`` completely."""
    opaque = above.autoFillBackground() or above.testAttribute(
        Qt.WidgetAttribute.WA_OpaquePaintEvent
    )
    return opaque and not above.isWindow() and above.geometry().contains(below.geometry())


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield widget.tabText(tab)
            yield widget.tabToolTip(tab)
    if isinstance(widget, QMenuBar | QMenu):
        for action in widget.actions():
            yield action.text()
    if isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    if isinstance(widget, QAbstractItemView):
        yield from _rows_in_view(widget)
    if isinstance(widget, QGraphicsView):
        for item in widget.items(widget.viewport().rect()):
            if item.isVisible():
                yield item.toolTip()


def _rows_in_view(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    shown = view.viewport().rect()

    def visit(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            column = 0  # list models keep columnCount to themselves: walk until none is left
            while (index := model.index(row, column, parent)).isValid():
                column += 1
                place: QRect = view.visualRect(index)
                if not place.isValid() or not place.intersects(shown):
                    continue
                for role in _ROLES:
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            first = model.index(row, 0, parent)
            if first.isValid() and model.rowCount(first) > 0:
                yield from visit(first)

    yield from visit(QModelIndex())


def shown_anywhere(needle: str, texts: list[str]) -> list[str]:
    """The texts that contain ``needle`` (case-insensitive), for a readable failure."""
    return [t for t in texts if needle.casefold() in t.casefold()]
