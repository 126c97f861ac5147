"""Context menus of the canvas: on a person and on a tie.

Each entry issues one document command or asks the main window through the view's signals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from supportmap.core.model import Tie
from supportmap.core.vocabulary import STRENGTH_LABELS, strength_label

if TYPE_CHECKING:
    from supportmap.gui.canvas.view import MapView


def person_menu(view: MapView, person_id: str) -> QMenu:
    """Connect to…, the window's own person actions, Edit…, Rename…, Delete (the selection).

    On a read-only view the entries that would change the map are shown but disabled.
    """
    menu = QMenu(view)
    menu.setAccessibleName(QCoreApplication.translate("MapView", "Person actions"))
    editable = not view.is_read_only
    connect = menu.addAction(
        QCoreApplication.translate("MapView", "Connect to…"), lambda: view.start_connect(person_id)
    )
    connect.setEnabled(editable)
    menu.addActions(view.person_actions)
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("MapView", "Edit…"), lambda: view.edit_requested.emit(person_id)
    )
    rename = menu.addAction(
        QCoreApplication.translate("MapView", "Rename…"),
        lambda: view.rename_requested.emit(person_id),
    )
    rename.setEnabled(editable)
    if view.delete_action is not None:
        menu.addSeparator()
        menu.addAction(view.delete_action)
    return menu


def tie_menu(view: MapView, tie: Tie) -> QMenu:
    """Strength 1–3, conflict on or off, and removal of one tie."""
    document = view.document
    menu = QMenu(view)
    menu.setAccessibleName(QCoreApplication.translate("MapView", "Connection actions"))
    group = QActionGroup(menu)
    for strength in STRENGTH_LABELS:
        action = menu.addAction(strength_label(strength))
        action.setCheckable(True)
        action.setChecked(strength == tie.strength)
        action.triggered.connect(
            lambda _checked=False, s=strength: document.update_tie(tie.a, tie.b, strength=s)
        )
        group.addAction(action)
    menu.addSeparator()
    if tie.conflict:
        menu.addAction(
            QCoreApplication.translate("MapView", "Not a conflict"),
            lambda: document.update_tie(tie.a, tie.b, conflict=False),
        )
    else:
        menu.addAction(
            QCoreApplication.translate("MapView", "Mark as conflict"),
            lambda: document.update_tie(tie.a, tie.b, conflict=True),
        )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("MapView", "Remove tie"),
        lambda: document.remove_tie(tie.a, tie.b),
    )
    return menu
