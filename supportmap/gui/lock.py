"""Lock now, the automatic lock after a quiet while, and the passphrase that ends a lock
(DESIGN §10) or a quick hide of a protected library (§8.2).

Locking covers the window with quick hide's plain screen and closes the library: the document
then holds no map and no list of maps, so nothing of a client is left to show behind the cover.
The passphrase opens the library again on the map that was open, with the same people
selected. Only a protected library locks; an unprotected one has nothing a lock would keep out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from supportmap.gui.dialogs import Problem
from supportmap.gui.document import MapDocument
from supportmap.gui.quick_hide import QUICK_HIDE_KEY, QuickHide
from supportmap.gui.selection import SelectionState
from supportmap.gui.texts import protection, text
from supportmap.gui.unlock import ask_library_passphrase
from supportmap.storage.cipher import WrongPassphrase
from supportmap.storage.errors import StorageError

LOCK_KEY = QKeySequence("Ctrl+Shift+L")
"""The key of Lock now ("L" for lock), beside quick hide's Ctrl+Shift+H."""
IDLE_SETTING = "privacy/lock_after_minutes"
"""The window setting with the minutes without input before a protected library locks (0:
never)."""
DEFAULT_IDLE_MINUTES = 10
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def idle_minutes(settings: QSettings) -> int:
    """The minutes chosen in Preferences (0: never), or the default when none was chosen."""
    value = settings.value(IDLE_SETTING)
    try:
        minutes = int(str(value)) if value is not None else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return max(minutes, 0)


class IdleWatch(QObject):
    """Says ``idle`` once nobody has typed, clicked or moved the pointer in the app for a while.

    Signals:
        idle(): the chosen time passed without any input.
    """

    idle = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._on = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, milliseconds: int) -> None:
        """Wait ``milliseconds`` without input from now on; 0 never says idle."""
        self._timer.stop()
        self._on = milliseconds > 0
        if self._on:
            self._timer.setInterval(milliseconds)
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if self._on and event.type() in _INPUT:
            self._timer.start()
        return False


class LockControl(QObject):
    """``action`` (Lock now) and the automatic lock of ``window``; the gate of quick hide.

    Signals:
        locked_changed(bool): the library was locked (True) or opened again.
    """

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        document: MapDocument,
        selection: SelectionState,
        quick_hide: QuickHide,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._selection = selection
        self._quick_hide = quick_hide
        self._settings = settings
        self._kept: tuple[tuple[str, ...], str | None] = ((), None)
        self._asking = False
        self.action = QAction(self.tr("Loc&k now"), window)
        self.action.setObjectName("lockNowAction")
        self.action.setShortcut(LOCK_KEY)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setMenuRole(QAction.MenuRole.NoRole)
        self.action.triggered.connect(self.lock_now)
        window.addAction(self.action)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self._on_idle)
        quick_hide.gate = self._may_uncover
        document.stored.connect(self.update_state)
        self.apply_settings()
        self.update_state()

    @property
    def locked(self) -> bool:
        return self._document.locked

    def apply_settings(self) -> None:
        """Use the idle time chosen in Preferences from now on."""
        self.idle.set_interval(idle_minutes(self._settings) * 60_000)

    def update_state(self) -> None:
        """Lock now works for a protected library only; its tooltip says why when it does not."""
        protected = self._document.is_protected
        self.action.setEnabled(protected)
        key = LOCK_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        tip = text(protection.LOCK_TIP).replace("%1", key)
        self.action.setToolTip(tip if protected else text(protection.LOCK_NEEDS_PROTECTION))
        self.action.setStatusTip(self.action.toolTip())

    def lock_now(self) -> None:
        """Cover the window and close the library until its passphrase is typed again."""
        document = self._document
        if document.locked or not document.is_protected:
            return
        self._kept = (self._selection.ids(), self._selection.current())
        self._quick_hide.cover_now()
        document.lock()
        key = QUICK_HIDE_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self._quick_hide.cover.set_hint(text(protection.LOCKED_HINT).replace("%1", key))
        self.locked_changed.emit(True)

    def _on_idle(self) -> None:
        if not self._document.locked and self._document.is_protected:
            self.lock_now()

    def _may_uncover(self) -> bool:
        """Whether the cover may come down: after the passphrase, for a protected library."""
        if self._asking:
            return False
        self._asking = True
        try:
            if self._document.locked:
                return self._unlock()
            if self._document.is_protected:
                return self._confirm_passphrase()
            return True
        finally:
            self._asking = False
            self.apply_settings()

    def _unlock(self) -> bool:
        wrong = False
        while True:
            passphrase = ask_library_passphrase(
                self._window, text(protection.UNLOCK_AGAIN_PROMPT), wrong
            )
            if passphrase is None:
                return False
            try:
                self._document.unlock(passphrase)
            except WrongPassphrase:
                wrong = True
                continue
            except StorageError as error:
                Problem.show(self._window, "SupportMap", str(error))
                return False
            finally:
                del passphrase
            break
        self._quick_hide.cover.set_hint("")
        self._restore_selection()
        self.locked_changed.emit(False)
        return True

    def _confirm_passphrase(self) -> bool:
        wrong = False
        while True:
            passphrase = ask_library_passphrase(
                self._window, text(protection.UNCOVER_PROMPT), wrong
            )
            if passphrase is None:
                return False
            right = self._document.check_passphrase(passphrase)
            del passphrase
            if right:
                return True
            wrong = True

    def _restore_selection(self) -> None:
        ids, current = self._kept
        self._kept = ((), None)
        support_map = self._document.support_map
        if support_map is None:
            return
        present = [person_id for person_id in ids if person_id in support_map.people]
        if present:
            self._selection.set(present, current if current in present else None)
