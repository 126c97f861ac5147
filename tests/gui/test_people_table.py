"""The People panel at its default width: name, circle and safety in view, and give and take
in words that still sort by how far help leans one way."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from supportmap.core.model import Support
from supportmap.core.vocabulary import Circle, HelpType, Safety, Sector
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.people_dock import PeopleDock


def add_people(window: MainWindow) -> None:
    """Six people whose give and take is worked out by hand in the comments (received, given)."""
    document = window.document
    emotional, practical = HelpType.EMOTIONAL, HelpType.PRACTICAL
    document.add_person(  # (0, 3): balance −1
        "Ana", safety=Safety.STRINGS, support=Support.of({emotional: (0, 3)})
    )
    document.add_person(  # (2, 2): balance 0
        "Ben", circle=Circle.CLOSEST, support=Support.of({emotional: (1, 1), practical: (1, 1)})
    )
    document.add_person(  # (1, 0): balance +1
        "Cy", safety=Safety.SAFE, support=Support.of({practical: (1, 0)})
    )
    document.add_person(  # (2, 1): balance +0.33
        "Dee", support=Support.of({emotional: (2, 1)})
    )
    document.add_person(  # paid help: left out
        "Dr Lee", sector=Sector.PROFESSIONAL, support=Support.of({emotional: (3, 0)})
    )
    document.add_person(  # could reach out: left out
        "Eve", circle=Circle.COULD_REACH, support=Support.of({emotional: (0, 2)})
    )


def shown(dock: PeopleDock, heading: str) -> dict[str, str]:
    """What the table shows under ``heading``, by name."""
    proxy = dock.proxy
    headings = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    column = headings.index(heading)
    return {
        proxy.index(row, 0).data(): proxy.index(row, column).data()
        for row in range(proxy.rowCount())
    }


def track_right_of_handle(bar: QScrollBar) -> QPoint:
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    page = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarAddPage, bar
    )
    return page.center()


def names_in_order(dock: PeopleDock) -> list[str]:
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


def test_name_circle_and_safety_fit_the_panel_at_its_default_width(window: MainWindow) -> None:
    add_people(window)
    table = window.people_dock.table
    header = table.horizontalHeader()
    headings = [
        table.model().headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
    ]
    assert headings[:3] == ["Name", "Circle", "Safety"]
    visible = table.viewport().rect()
    for visual in range(3):
        left = header.sectionViewportPosition(header.logicalIndex(visual))
        width = header.sectionSize(header.logicalIndex(visual))
        assert width >= 8 * table.fontMetrics().averageCharWidth()  # readable, not a sliver
        assert visible.contains(QRect(left, 0, width, 1)), headings[visual]
    assert shown(window.people_dock, "Circle")["Ben"] == "Closest"
    assert shown(window.people_dock, "Safety")["Ana"] == "Strings attached"
    proxy = window.people_dock.proxy
    eve = names_in_order(window.people_dock).index("Eve")
    assert proxy.index(eve, 1).data(Qt.ItemDataRole.ToolTipRole) == "Could reach out"  # if cut


def test_a_wider_panel_shows_circle_and_safety_whole_until_the_user_sizes_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_people(window)
    dock = window.people_dock
    table = dock.table
    metrics = table.fontMetrics()
    dock.setFloating(True)  # sized freely, whatever room the window's layout leaves it
    dock.resize(650, 400)
    qtbot.waitUntil(lambda: table.width() > 500)
    assert table.columnWidth(1) > metrics.horizontalAdvance("Could reach out")
    assert table.columnWidth(2) > metrics.horizontalAdvance("Strings attached")

    heading = table.horizontalHeader()
    edge = QPoint(heading.sectionViewportPosition(1) + heading.sectionSize(1) - 1, 5)
    qtbot.mousePress(heading.viewport(), Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(heading.viewport(), edge + QPoint(40, 0))
    qtbot.mouseRelease(heading.viewport(), Qt.MouseButton.LeftButton, pos=edge + QPoint(40, 0))
    chosen = table.columnWidth(1)
    assert chosen > metrics.horizontalAdvance("Could reach out") + 30
    dock.resize(300, 400)
    qtbot.waitUntil(lambda: table.width() < 320)
    assert table.columnWidth(1) == chosen  # the user's width stays


def test_the_arrow_keys_bring_each_cell_into_view_beside_the_names(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_people(window)
    dock = window.people_dock
    table = dock.table
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    last = dock.proxy.columnCount() - 1
    for _column in range(last):
        QTest.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().column() == last
    assert table.horizontalScrollBar().value() > 0
    for column in range(last - 1, 0, -1):
        QTest.keyClick(table, Qt.Key.Key_Left)
        assert table.currentIndex().column() == column
        assert table.columnViewportPosition(column) >= table.columnWidth(0)  # not under names
    QTest.keyClick(table, Qt.Key.Key_Left)
    assert table.currentIndex().column() == 0


def test_give_and_take_reads_in_words_and_sorts_by_how_far_it_leans(
    window: MainWindow, qtbot: QtBot, qtmodeltester
) -> None:
    add_people(window)
    dock = window.people_dock
    assert shown(dock, "Give and take") == {
        "Ana": "mostly you give",
        "Ben": "both ways",
        "Cy": "mostly they give",
        "Dee": "both ways",
        "Dr Lee": "",
        "Eve": "",
    }
    qtmodeltester.check(dock.model)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dock.filter_edit.setFocus()
    qtbot.waitUntil(dock.filter_edit.hasFocus)
    combo = dock.sort_row.column_combo
    QTest.keyClick(dock.filter_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(combo.hasFocus)
    while combo.currentText() != "Give and take":
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before
    order = names_in_order(dock)
    assert set(order[:2]) == {"Dr Lee", "Eve"}  # nothing to weigh comes first
    assert order[2:] == ["Ana", "Ben", "Dee", "Cy"]  # −1, 0, +0.33, +1: not the words' order


def test_names_stay_in_view_when_the_table_scrolls_sideways_and_a_click_on_one_selects_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_people(window)
    dock = window.people_dock
    dock.setFloating(True)  # as narrow as the panel opens, and tall enough for everyone
    dock.resize(260, 420)
    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    table = dock.table
    qtbot.waitUntil(lambda: table.viewport().height() > 6 * table.rowHeight(0))
    sideways = table.horizontalScrollBar()
    assert sideways.maximum() > 0  # the panel is narrower than the table
    while sideways.value() < sideways.maximum():
        before = sideways.value()
        qtbot.mouseClick(  # the empty track right of the handle pages right
            sideways, Qt.MouseButton.LeftButton, pos=track_right_of_handle(sideways)
        )
        assert sideways.value() > before
    assert table.columnViewportPosition(0) + table.columnWidth(0) <= 0  # scrolled away

    names = table.names
    assert names.isVisible()
    assert names.x() <= table.viewport().x() and names.width() == table.columnWidth(0)
    ben = names.model().index(names_in_order(dock).index("Ben"), 0)
    assert ben.data() == "Ben"
    where = names.visualRect(ben)
    assert names.viewport().rect().contains(where)

    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=where.center())
    ben_id = next(p.id for p in window.document.require_map().people.values() if p.name == "Ben")
    assert window.selection.ids() == (ben_id,)
    assert table.hasFocus()
    assert sideways.value() == sideways.maximum()  # the click did not scroll the names away

    heading = names.horizontalHeader()
    qtbot.mouseClick(
        heading.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(heading.sectionSize(0) // 2, heading.height() // 2),
    )
    assert names_in_order(dock) == ["Eve", "Dr Lee", "Dee", "Cy", "Ben", "Ana"]
    assert dock.sort_row.reverse_check.isChecked()


def test_clicks_on_rows_half_out_of_view_select_the_row_clicked(
    window: MainWindow, qtbot: QtBot
) -> None:
    add_people(window)
    dock = window.people_dock
    dock.setFloating(True)
    dock.resize(300, 200)  # room for about two rows
    table = dock.table
    qtbot.waitUntil(lambda: table.viewport().height() < 3 * table.rowHeight(0))
    people = window.document.require_map().people.values()
    for name in ("Cy", "Ana", "Ben", "Eve", "Dee"):
        row = names_in_order(dock).index(name)
        where = table.visualRect(dock.proxy.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where.center())
        assert [p.name for p in people if p.id in window.selection.ids()] == [name]
