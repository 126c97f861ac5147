"""Small dialogs: the first-run start, a one-line name prompt, confirmations, choosing a person,
and the file choosers of map import and export.

Each dialog has a ``classmethod ask()`` returning the answer (or None when cancelled), so tests
replace ``ask`` and code never waits on a real modal loop it cannot see.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from supportmap.core.model import NAME_MAX, TITLE_MAX
from supportmap.gui.texts import files, protection, strings
from supportmap.gui.texts.strings import text
from supportmap.storage.age_files import SUFFIX as ENCRYPTED_SUFFIX
from supportmap.storage.fileformat import FILE_SUFFIX


class StartDialog(QDialog):
    """The friendly first start: who is this map for (and an optional title)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(text(strings.START_TITLE))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(text(strings.START_PROMPT))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setPlaceholderText(text(strings.START_NAME_PLACEHOLDER))
        self.name_edit.setAccessibleName(self.tr("Name of the person at the centre"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(text(strings.START_TITLE_PLACEHOLDER))
        self.title_edit.setAccessibleName(self.tr("Map title"))
        note = QLabel(text(strings.NOT_EMERGENCY))
        note.setWordWrap(True)
        note.setAccessibleName(text(strings.NOT_EMERGENCY))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Title"), self.title_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Start the map"))
        self._ok.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda t: self._ok.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str, str] | None:
        """(focus name, title), or None if the person closed the dialog."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name_edit.text().strip(), dialog.title_edit.text().strip()


class TextDialog(QDialog):
    """One line of text, e.g. a new person's name; OK stays disabled while it is empty."""

    def __init__(
        self,
        title: str,
        prompt: str,
        value: str = "",
        limit: int = NAME_MAX,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.edit = QLineEdit(value)
        self.edit.setMaxLength(limit)
        self.edit.setAccessibleName(prompt)
        label.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(value.strip()))
        self.edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        self.edit.selectAll()
        self.setMinimumWidth(360)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        value: str = "",
        limit: int = NAME_MAX,
    ) -> str | None:
        """The trimmed text, or None when cancelled."""
        dialog = cls(title, prompt, value, limit, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.edit.text().strip() or None


class Confirm:
    """A yes/no question whose 'yes' button names the action (never a bare "OK")."""

    @classmethod
    def ask(cls, parent: QWidget | None, question: str, detail: str, action: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(action)
        box.setText(question)
        box.setInformativeText(detail)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes


class Problem:
    """A calm message about something that went wrong and what to do."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setText(message)
        box.exec()


class MapFileDialog:
    """Choosing a ``.supportmap.json`` file to import, or where to export the open map."""

    @classmethod
    def ask_open(cls, parent: QWidget | None, folder: Path) -> Path | None:
        """The file to import (plain or encrypted), starting in ``folder``; None when
        cancelled."""
        chosen, _chosen_filter = QFileDialog.getOpenFileName(
            parent, text(files.IMPORT_MAP_CAPTION), str(folder), text(protection.OPEN_MAP_FILTER)
        )
        return Path(chosen) if chosen else None

    @classmethod
    def ask_save(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to export, offering ``suggested``; None when cancelled.

        A name typed without the map ending gets it, so the file opens again as a map; with
        the encrypted kind chosen it ends in ``.supportmap.json.age``.
        """
        encrypted_filter = text(protection.ENCRYPTED_MAP_FILTER)
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            parent,
            text(files.EXPORT_MAP_CAPTION),
            str(suggested),
            f"{text(files.MAP_FILE_FILTER)};;{encrypted_filter}",
        )
        if not chosen:
            return None
        return with_map_suffix(Path(chosen), encrypted=chosen_filter == encrypted_filter)


def with_map_suffix(path: Path, *, encrypted: bool = False) -> Path:
    """``path`` ending in ``.supportmap.json`` ("Alex" and "Alex.json" both become "Alex…"),
    or in ``.supportmap.json.age`` when it ends so already or ``encrypted`` is asked for."""
    if path.name.lower().endswith(ENCRYPTED_SUFFIX):
        return path
    if not path.name.lower().endswith(FILE_SUFFIX):
        stem = path.name[: -len(".json")] if path.name.lower().endswith(".json") else path.name
        path = path.with_name(stem + FILE_SUFFIX)
    return path.with_name(path.name + ".age") if encrypted else path


_LIST_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class ChoosePersonDialog(QDialog):
    """Pick one person from a searchable list (e.g. whom to connect someone with).

    The keyboard stays in the search box: the arrow and page keys there move through the list
    and Enter takes the highlighted person, so typing and choosing never need the mouse.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        people: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(prompt)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type to search"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(prompt)
        for person_id, name in people:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        label.setBuddy(self.search)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action or self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _filter(self, needle: str) -> None:
        needle = needle.strip().casefold()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is None:
            self.list.setCurrentRow(-1)
        else:
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _LIST_KEYS
        ):
            QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        people: Sequence[tuple[str, str]],
        action: str = "",
    ) -> str | None:
        """The chosen person id, or None. ``action`` names the OK button (default "Connect")."""
        dialog = cls(title, prompt, people, parent, action)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
