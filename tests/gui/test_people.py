"""The people table: a correct Qt model, sorting and filtering, selection shared with the canvas."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from supportmap.core.model import Support
from supportmap.core.vocabulary import Circle, HelpType, Sector
from supportmap.gui.document import MapDocument
from supportmap.gui.main_window import MainWindow
from supportmap.gui.panels.people_model import COLUMNS, ID_ROLE, PeopleModel


def test_model_passes_the_model_tester_through_edits(document: MapDocument, qtmodeltester) -> None:
    model = PeopleModel(document)
    sam = document.add_person("Sam", sector=Sector.FAMILY)
    document.add_person("Kim", circle=Circle.CLOSEST)
    qtmodeltester.check(model)
    document.update_person(sam, name="Samira")
    document.remove_people([sam])
    document.undo_stack.undo()
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_rows_follow_add_change_and_remove(document: MapDocument) -> None:
    model = PeopleModel(document)
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    assert [model.person_id(r) for r in range(model.rowCount())] == [sam, kim]
    document.update_person(kim, relationship="neighbour")
    assert model.index(model.row_of(kim), COLUMNS.index("relationship")).data() == "neighbour"
    document.remove_people([sam])
    assert [model.person_id(r) for r in range(model.rowCount())] == [kim]
    assert model.row_of(kim) == 0


def test_received_given_and_balance_columns(document: MapDocument) -> None:
    support = Support.of({HelpType.EMOTIONAL: (3, 1), HelpType.PRACTICAL: (1, 0)})
    sam = document.add_person("Sam", support=support)
    gp = document.add_person("Dr Lee", sector=Sector.PROFESSIONAL, support=support)
    model = PeopleModel(document)
    row = model.row_of(sam)
    assert model.index(row, COLUMNS.index("received")).data() == "4"
    assert model.index(row, COLUMNS.index("given")).data() == "1"
    assert model.index(row, COLUMNS.index("balance")).data() == "mostly they give"  # +0.60
    assert model.index(model.row_of(gp), COLUMNS.index("balance")).data() == ""


def test_filter_and_sort(window: MainWindow) -> None:
    document = window.document
    document.add_person("Sam", relationship="sister")
    document.add_person("Ali", relationship="neighbour")
    document.add_person("Kim", relationship="colleague")
    dock = window.people_dock
    names = lambda: [dock.proxy.index(r, 0).data() for r in range(dock.proxy.rowCount())]  # noqa: E731
    assert names() == ["Ali", "Kim", "Sam"]
    dock.filter_edit.setText("neigh")
    assert names() == ["Ali"]
    dock.filter_edit.clear()
    dock.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == ["Sam", "Kim", "Ali"]


def test_selection_is_shared_both_ways(window: MainWindow) -> None:
    document = window.document
    sam = document.add_person("Sam")
    kim = document.add_person("Kim")
    dock = window.people_dock

    window.selection.set([sam, kim], kim)
    selected = {index.data(ID_ROLE) for index in dock.table.selectionModel().selectedRows()}
    assert selected == {sam, kim}
    scene = window.view.map_scene
    assert set(scene.selected_ids()) == {sam, kim}

    row = dock.proxy.mapFromSource(dock.model.index(dock.model.row_of(sam), 0))
    dock.table.selectionModel().setCurrentIndex(
        row,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert window.selection.ids() == (sam,)
    assert window.selection.current() == sam
    assert window.person_dock.name_edit.text() == "Sam"


def test_balance_is_left_blank_for_people_who_could_be_reached_out_to(
    document: MapDocument,
) -> None:
    support = Support.of({HelpType.EMOTIONAL: (3, 0)})
    sam = document.add_person("Sam", circle=Circle.CLOSE, support=support)
    jo = document.add_person("Jo", circle=Circle.COULD_REACH, support=support)
    model = PeopleModel(document)
    column = COLUMNS.index("balance")
    assert model.index(model.row_of(sam), column).data() == "mostly they give"
    assert model.index(model.row_of(jo), column).data() == ""
