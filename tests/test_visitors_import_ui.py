"""Importing the old visitor log from the window: choose the file, read the check,
choose all-or-nothing or only the good rows, import, find the rows in the log."""
import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from salesdesk import session
from salesdesk.models.accounts import User
from salesdesk.models.audit import AuditLog
from salesdesk.models.visitors import Visit
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.register_import import RegisterImportDialog
from salesdesk.visitor_import import import_log
from tests.test_visitors_import import GOOD, old_log
from tests.test_visitors_ui import tab  # noqa: F401 - the visitor tab on screen, in English
from tests.ui_helpers import by_name

BAD_ROW = ["2025-03-07", "25:99", "", "赵六", "", "12345", "", 1, "", "", ""]  # sheet row 6: bad time, bad phone


@pytest.fixture
def messages(monkeypatch):
    """Message boxes are recorded instead of waiting for a click."""
    shown = []

    def record(parent, title, text, *a, **k):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def names_in_log(tab):
    from salesdesk.ui.visitors.log_model import COLUMNS

    col = [c[0] for c in COLUMNS].index("name")
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def drive(monkeypatch, steps):
    """The dialog opens modal: run ``steps(dialog)`` in its place, as the user would."""
    seen = {}

    def fake_exec(dlg):
        seen["dialog"] = dlg
        steps(dlg, seen)
        return 0

    monkeypatch.setattr(RegisterImportDialog, "exec", fake_exec)
    return seen


def test_good_and_bad_rows_checked_then_the_good_ones_imported(qtbot, tab, tmp_path, monkeypatch, messages):
    User.create(username="s1", display_name="王置业", role="consultant")
    book = old_log(tmp_path / "来访登记 2025.xlsx", GOOD + [BAD_ROW])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(book), ""))

    def steps(dlg, seen):
        assert by_name(dlg, "File").text() == ""
        qtbot.mouseClick(dlg.browse_button, Qt.MouseButton.LeftButton)  # the file dialog, then the check
        seen["check"] = dlg.summary.text()
        seen["problems"] = [[dlg.table.item(r, c).text() for c in range(5)] for r in range(dlg.table.rowCount())]
        seen["who"] = dlg.table.horizontalHeaderItem(1).text()
        seen["blocked_hint"] = dlg.blocked.isVisibleTo(dlg)
        seen["before"] = Visit.select().count()
        seen["all_or_nothing_blocks"] = not dlg.import_button.isEnabled()
        dlg.skip_bad.setChecked(True)
        seen["button"] = dlg.import_button.text()
        seen["hint_after_choice"] = dlg.blocked.isVisibleTo(dlg)
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
        seen["done"] = dlg.summary.text()
        seen["progress"] = (dlg.progress.value(), dlg.progress.maximum())

    seen = drive(monkeypatch, steps)
    tab.import_button.setFocus()
    qtbot.keyClick(tab, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # Ctrl+I, as the tooltip says
    assert "dialog" in seen, "Ctrl+I did not open the import"
    assert "3 of 4 rows are ready to import; 1 rows have problems" in seen["check"]
    assert seen["before"] == 0 and seen["all_or_nothing_blocks"]
    assert seen["blocked_hint"] and not seen["hint_after_choice"]  # why Import is greyed out, until the choice
    rows = {(p[0], p[1], p[2]) for p in seen["problems"]}
    # the row, whose it is and the file's own column names
    assert ("6", "赵六", "来访时间") in rows and ("6", "赵六", "手机号码*") in rows and seen["who"] == "来访人姓名"
    assert any(p[3] == "12345" and "phone" in p[4].lower() for p in seen["problems"])
    assert seen["button"] == "&Import 3 rows"
    assert "3 of 4 rows imported; 1 rows rejected." in seen["done"] and seen["progress"] == (1, 1)
    assert messages == []
    # the log shows the days just imported
    assert sorted(names_in_log(tab)) == ["张三", "李四", "王五"]
    assert tab.date_from.date().toPython() == dt.date(2025, 3, 5) and tab.date_to.date().toPython() == dt.date(2025, 3, 6)
    # the rejected rows, saved beside the file: the CLI's --rejected workbook
    dlg = seen["dialog"]
    assert dlg.report_path is not None and dlg.report_path.parent == tmp_path and str(dlg.report_path) in seen["done"]
    ws = load_workbook(dlg.report_path).active
    cells = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    flat = "\n".join(str(c) for r in cells for c in r if c is not None)
    assert "赵六" in flat and "12345" in flat and "Row" in flat
    assert AuditLog.select().where(AuditLog.action == "import").count() == 1


def test_all_or_nothing_imports_a_clean_file_whole(qtbot, tab, tmp_path, monkeypatch, messages):
    book = old_log(tmp_path / "clean.xlsx", GOOD)

    def steps(dlg, seen):
        seen["choice_enabled"] = dlg.skip_bad.isEnabled()
        seen["button"] = dlg.import_button.text()
        dlg.do_import()
        seen["done"] = dlg.summary.text()
        seen["save_visible"] = dlg.save_report_button.isVisible()

    seen = drive(monkeypatch, steps)
    tab.import_log(str(book))
    assert seen["choice_enabled"] is False and seen["button"] == "&Import 3 rows"
    assert "3 of 3 rows imported" in seen["done"] and not seen["save_visible"]
    assert Visit.select().count() == 3 and len(names_in_log(tab)) == 3


@pytest.mark.parametrize("kind", ["corrupt", "locked", "no_name_column"])
def test_a_bad_file_is_named_and_nothing_is_written(qtbot, tab, tmp_path, monkeypatch, messages, kind):
    if kind == "corrupt":
        path = tmp_path / "old.xlsx"
        path.write_bytes(b"PK\x03\x04 not really a workbook")
    elif kind == "locked":  # Excel on Windows keeps the file locked while it is open
        path = old_log(tmp_path / "old.xlsx", GOOD)

        def locked(*a, **k):
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")

        monkeypatch.setattr("openpyxl.load_workbook", locked)
    else:
        from openpyxl import Workbook

        wb = Workbook()
        wb.active.append(["日期", "电话"])
        wb.active.append(["2025-03-05", "13800138000"])
        path = tmp_path / "old.xlsx"
        wb.save(path)

    def steps(dlg, seen):
        seen["summary"] = dlg.summary.text()
        seen["can_import"] = dlg.import_button.isEnabled()
        seen["rows"] = dlg.table.rowCount()
        seen["imported"] = dlg.do_import()

    seen = drive(monkeypatch, steps)
    tab.import_log(str(path))
    assert len(messages) == 1 and "The file cannot be imported" in messages[0]
    expected = {"corrupt": "cannot be read as an Excel workbook", "locked": "open in another program",
                "no_name_column": "no column for: Name"}[kind]
    assert expected in messages[0] and "Traceback" not in messages[0]
    assert "could not be read. Nothing was written" in seen["summary"]
    assert seen["can_import"] is False and seen["rows"] == 0 and seen["imported"] is None
    assert Visit.select().count() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "old.xlsx"]  # no report, no stray file


def test_without_the_import_permission_it_is_refused(qtbot, tab, tmp_path, monkeypatch, messages):
    book = old_log(tmp_path / "old.xlsx", GOOD)
    session.set_current(User.create(username="r1", display_name="前台小李", role="receptionist"))
    seen = drive(monkeypatch, lambda dlg, seen: None)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    assert "dialog" not in seen  # refused before choosing a file
    assert len(messages) == 1 and "Not allowed" in messages[0] and "import data" in messages[0]
    # the service refuses too, even if the dialog were open (e.g. the manager locked, a receptionist logged in)
    dlg = RegisterImportDialog(tab, "Import visitor log", "", import_log, "visitors")
    qtbot.addWidget(dlg)
    dlg.path.setText(str(book))
    assert dlg.check_file() is not None  # checking writes nothing: allowed
    assert dlg.do_import() is None and Visit.select().count() == 0
    assert "Not allowed" in messages[-1]
    session.set_current(User.create(username="m1", display_name="周经理", role="manager"))
    tab.import_log(str(book))
    assert "dialog" in seen


def test_the_dialog_in_chinese_has_every_label(qtbot, tab, tmp_path):
    from salesdesk import i18n

    ui_i18n.install("zh_CN")
    i18n.set_language("zh_CN")
    try:
        dlg = RegisterImportDialog(tab, "导入来访登记", "", lambda *a, **k: None, "visitors")
        qtbot.addWidget(dlg)
        texts = [dlg.check_button.text(), dlg.skip_bad.text(), dlg.all_or_nothing.text(), dlg.summary.text()]
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts), texts
    finally:
        ui_i18n.install("en")
        i18n.set_language("en")


def test_the_import_actions_for_a_file_import_menu_open_the_dialogs(qtbot, tab, monkeypatch, messages):
    from salesdesk.ui.complaints import ComplaintsTab

    seen = drive(monkeypatch, lambda dlg, seen: seen.setdefault("titles", []).append(dlg.windowTitle()))
    complaints = ComplaintsTab()
    qtbot.addWidget(complaints)
    for t in (tab, complaints):
        (act,) = t.import_actions()
        assert "(Excel or CSV)" in act.text()
        act.trigger()
    assert seen["titles"] == ["Import visitor log", "Import Excel register"] and messages == []


def test_esc_waits_while_a_file_is_read(qtbot, tab, tmp_path, monkeypatch, messages):
    book = old_log(tmp_path / "old.xlsx", GOOD)
    dlg = RegisterImportDialog(tab, "Import visitor log", "", import_log, "visitors")
    qtbot.addWidget(dlg)
    dlg.show()
    pressed = []

    def reading(*a, progress=None, **k):  # the user presses Esc while the rows are read
        dlg.reject()
        pressed.append(dlg.isVisible())
        return import_log(*a, progress=progress, **k)

    dlg.import_file = reading
    dlg.path.setText(str(book))
    assert dlg.check_file() is not None and pressed == [True] and dlg.isVisible()
    dlg.reject()
    assert not dlg.isVisible()
