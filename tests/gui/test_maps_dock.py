"""The Maps panel: search as you type, new, rename, duplicate, delete with confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from supportmap.gui.document import LAST_MAP_SETTING
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.maps_dock import MAP_ID_ROLE, TITLE_ROLE
from supportmap.storage.library import Library


def listed(window: MainWindow) -> list[str]:
    proxy = window.maps_dock.proxy
    return [proxy.index(r, 0).data(TITLE_ROLE) for r in range(proxy.rowCount())]


def test_search_filters_by_title_and_name(window: MainWindow, library: Library) -> None:
    library.create_map("Jordan", "Jordan — intake")
    library.create_map("Mika", "")
    window.maps_dock.refresh()
    assert len(listed(window)) == 3
    window.maps_dock.search_edit.setText("jord")
    assert listed(window) == ["Jordan — intake"]
    window.maps_dock.search_edit.setText("mika")
    assert listed(window) == ["Map for Mika"]


def test_new_map_is_created_opened_and_remembered(
    window: MainWindow, library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    answer.text("Jordan")
    window.maps_dock.new_button.click()
    assert window.document.require_map().focus_name == "Jordan"
    assert library.get_setting(LAST_MAP_SETTING) == str(window.document.map_id)
    assert "Map for Jordan" in listed(window)


def test_switching_maps_is_instant_and_keeps_each_map(window: MainWindow, library: Library) -> None:
    window.document.add_person("Sam")
    other = library.create_map("Jordan")
    window.maps_dock.refresh()
    window.open_map(other)
    assert not window.document.require_map().people
    assert window.people_dock.model.rowCount() == 0


def test_rename_is_undoable_and_duplicate_opens_the_copy(
    window: MainWindow, second_library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    window.document.add_person("Sam")
    first = window.document.map_id
    answer.text("Alex — second session")
    window.maps_dock.rename_button.click()
    assert second_library.load_map(first).title == "Alex — second session"
    window.undo_action.trigger()
    assert second_library.load_map(first).title == "Alex — first session"

    window.maps_dock.duplicate_button.click()
    assert window.document.map_id != first
    assert [p.name for p in window.document.require_map().people.values()] == ["Sam"]


def test_delete_asks_first_and_then_removes_the_map(
    window: MainWindow, library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    doomed = window.document.map_id
    keep = library.create_map("Jordan")
    answer.confirm(False)
    window.maps_dock.delete_button.click()
    assert doomed in [m.id for m in library.list_maps()]
    answer.confirm(True)
    window.maps_dock.delete_button.click()
    assert [m.id for m in library.list_maps()] == [keep]
    assert window.document.map_id == keep


def test_enter_in_the_search_box_opens_the_first_match(
    window: MainWindow, library: Library
) -> None:
    other = library.create_map("Jordan", "Jordan — intake")
    window.maps_dock.refresh()
    QTest.keyClicks(window.maps_dock.search_edit, "intake")
    QTest.keyClick(window.maps_dock.search_edit, Qt.Key.Key_Return)
    assert window.document.map_id == other


def highlight(window: MainWindow, title: str) -> None:
    """Arrow to a map in the list without opening it."""
    proxy = window.maps_dock.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data().startswith(title)]
    window.maps_dock.list.setCurrentIndex(proxy.index(rows[0], 0))


def test_delete_acts_on_the_highlighted_map_and_names_it_as_listed(
    window: MainWindow, library: Library, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from supportmap.gui import dialogs

    open_map = window.document.map_id
    library.create_map("Jordan")
    window.maps_dock.refresh()
    highlight(window, "Map for Jordan")
    asked: list[str] = []

    def confirm(cls, parent, question, *rest) -> bool:  # type: ignore[no-untyped-def]
        asked.append(question)
        return True

    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(confirm))
    window.maps_dock.delete_button.click()
    assert asked == ["Delete the map “Map for Jordan” and everything in it?"]
    assert [m.id for m in library.list_maps()] == [open_map]
    assert window.document.map_id == open_map
    assert listed(window) == ["Alex — first session"]


def test_with_nothing_highlighted_delete_acts_on_the_open_map(
    window: MainWindow, library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    doomed = window.document.map_id
    keep = library.create_map("Jordan")
    window.maps_dock.refresh()
    window.maps_dock.list.setCurrentIndex(QModelIndex())
    answer.confirm(True)
    window.maps_dock.delete_button.click()
    assert doomed not in [m.id for m in library.list_maps()]
    assert window.document.map_id == keep


def test_duplicate_copies_the_highlighted_map(window: MainWindow, library: Library) -> None:
    window.document.add_person("Sam")
    other = library.create_map("Jordan", "Jordan — intake")
    window.maps_dock.refresh()
    highlight(window, "Jordan — intake")
    window.maps_dock.duplicate_button.click()
    assert window.document.map_id != other
    assert window.document.require_map().title == "Jordan — intake (copy)"
    assert not window.document.require_map().people


def test_rename_of_a_highlighted_map_opens_it_and_stays_undoable(
    window: MainWindow, second_library: Library, library: Library, answer
) -> None:  # type: ignore[no-untyped-def]
    first = window.document.map_id
    other = library.create_map("Jordan")
    window.maps_dock.refresh()
    highlight(window, "Map for Jordan")
    answer.text("Jordan — intake")
    window.maps_dock.rename_button.click()
    assert window.document.map_id == other
    assert second_library.load_map(other).title == "Jordan — intake"
    assert second_library.load_map(first).title == "Alex — first session"
    window.undo_action.trigger()
    assert second_library.load_map(other).title == ""


def test_search_matches_the_title_as_shown(window: MainWindow, library: Library) -> None:
    library.create_map("Mika", "")
    window.maps_dock.refresh()
    window.maps_dock.search_edit.setText("map for")
    assert listed(window) == ["Map for Mika"]


def test_renaming_in_the_panel_updates_the_list_through_maps_changed(
    window: MainWindow, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    answer.text("Alex — second session")
    with qtbot.waitSignal(window.document.maps_changed):
        qtbot.mouseClick(window.maps_dock.rename_button, Qt.MouseButton.LeftButton)
    assert listed(window) == ["Alex — second session"]
    with qtbot.waitSignal(window.document.maps_changed):
        window.undo_action.trigger()
    assert listed(window) == ["Alex — first session"]


def test_a_map_created_elsewhere_in_the_window_shows_in_the_list(
    window: MainWindow, answer, library: Library
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    answer.text("Jordan")
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.document.require_map().focus_name == "Jordan"
    assert sorted(listed(window)) == ["Alex — first session", "Map for Jordan"]


def test_the_list_counts_people_as_they_are_added_and_undone(
    window: MainWindow, answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    def counted() -> str:
        return str(window.maps_dock.proxy.index(0, 0).data())

    assert counted() == "Alex — first session · nobody yet"
    answer.text("Sam")
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    with qtbot.waitSignal(window.document.maps_changed):
        qtbot.keyClick(window.view, Qt.Key.Key_N)
    assert counted() == "Alex — first session · 1 person"
    with qtbot.waitSignal(window.document.maps_changed):
        window.undo_action.trigger()
    assert counted() == "Alex — first session · nobody yet"


def fully_visible_rows(window: MainWindow) -> int:
    view = window.maps_dock.list
    shown = view.viewport().rect()
    return sum(
        shown.contains(view.visualRect(window.maps_dock.proxy.index(row, 0)))
        for row in range(window.maps_dock.proxy.rowCount())
    )


def test_many_maps_can_be_seen_at_once_in_the_default_layout(
    window: MainWindow, library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The Maps panel shares its place with Person and People: one click on its tab shows it,
    and then at least six maps are in view."""
    from PySide6.QtWidgets import QTabBar

    for number in range(39):
        library.create_map(f"Client {number}", f"Client {number} — intake")
    window.maps_dock.refresh()
    assert window.maps_dock.proxy.rowCount() == 40
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    tab = next((bar, i) for bar in bars for i in range(bar.count()) if bar.tabText(i) == "Maps")
    QTest.mouseClick(tab[0], Qt.MouseButton.LeftButton, pos=tab[0].tabRect(tab[1]).center())
    qtbot.waitUntil(lambda: not window.maps_dock.visibleRegion().isEmpty())
    qtbot.waitUntil(lambda: fully_visible_rows(window) >= 6)


def test_each_map_shows_when_it_last_changed_and_its_last_snapshot(
    window: MainWindow, library: Library, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate, QLocale

    from supportmap.core.snapshot import Snapshot
    from supportmap.core.supportmap import SupportMap
    from supportmap.gui.panels.map_list_delegate import DATES_ROLE
    from supportmap.storage import writes

    def short(year: int, month: int, day: int) -> str:
        return QLocale().toString(QDate(year, month, day), QLocale.FormatType.ShortFormat)

    monkeypatch.setattr(writes, "utc_now", lambda: dt.datetime(2026, 5, 20, 12, 0, tzinfo=dt.UTC))
    jordan_map = SupportMap("Jordan", "Jordan — intake")
    taken = dt.datetime(2026, 3, 14, 12, 0, tzinfo=dt.UTC)
    library.save_new_map(jordan_map, [Snapshot("Start", taken, jordan_map)])
    window.maps_dock.refresh()

    proxy = window.maps_dock.proxy
    (row,) = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data().startswith("Jordan")]
    jordan = proxy.index(row, 0)
    assert jordan.data(DATES_ROLE) == f"{short(2026, 5, 20)} · snapshot {short(2026, 3, 14)}"
    said = jordan.data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"changed {short(2026, 5, 20)}" in said
    assert f"last snapshot {short(2026, 3, 14)}" in said
    (alex,) = [proxy.index(r, 0) for r in range(proxy.rowCount()) if r != row]
    assert "snapshot" not in alex.data(DATES_ROLE)
    assert "snapshot" not in alex.data(Qt.ItemDataRole.AccessibleTextRole)


def test_after_a_search_the_open_map_stays_highlighted_when_it_matches(
    window: MainWindow, library: Library, qtbot
) -> None:  # type: ignore[no-untyped-def]
    open_map = window.document.map_id
    newer = library.create_map("Alex", "Alex — follow-up")
    library.create_map("Jordan", "Jordan — intake")
    window.maps_dock.refresh()
    search = window.maps_dock.search_edit
    qtbot.keyClicks(search, "alex")
    assert listed(window) == ["Alex — follow-up", "Alex — first session"]
    assert window.maps_dock.list.currentIndex().data(MAP_ID_ROLE) == open_map
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.document.map_id == open_map

    search.clear()
    qtbot.keyClicks(search, "follow")
    assert window.maps_dock.list.currentIndex().data(MAP_ID_ROLE) == newer
    with qtbot.waitSignal(window.document.reset):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.document.map_id == newer
