"""The visitor desk driven as a receptionist would: keyboard into the form, rows in the log."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from salesdesk import refusals, session, visitors
from salesdesk.models.accounts import User
from salesdesk.models.visitors import RefusalOverride, Visit
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.visitors import VisitorsTab
from salesdesk.ui.visitors import dialogs
from salesdesk.ui.widgets import ReasonDialog
from tests.ui_helpers import by_name, unlabelled_inputs


@pytest.fixture(autouse=True)
def _no_modal_message_boxes(monkeypatch):
    """A message box in a test would wait for a click forever: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def boom(parent, title, text, *a, **k):
        raise AssertionError(f"message box: {title}: {text}")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, boom)


@pytest.fixture
def tab(qtbot, ctx):
    ui_i18n.install("en")
    t = VisitorsTab()
    qtbot.addWidget(t)
    t.resize(1400, 800)
    t.show()
    qtbot.waitExposed(t)
    return t


def type_into(qtbot, widget, text):
    """Type ASCII key by key; Chinese arrives in one piece, as from an input method."""
    widget.setFocus()
    target = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() is not None else widget
    if text.isascii():
        qtbot.keyClicks(target, text)
    else:
        target.insert(text)


def shown(tab, column_key):
    from salesdesk.ui.visitors.log_model import COLUMNS

    col = [c[0] for c in COLUMNS].index(column_key)
    return [tab.model.index(r, col).data() for r in range(tab.model.rowCount())]


def test_walk_in_typed_and_entered(qtbot, tab):
    form = tab.form
    assert unlabelled_inputs(tab) == []
    type_into(qtbot, by_name(tab, "Phone"), "138 0013 8000")
    type_into(qtbot, by_name(tab, "Name"), "张三")
    type_into(qtbot, by_name(tab, "Company"), "杭州万科")
    type_into(qtbot, by_name(tab, "Vehicle plate"), "粤B D12345")
    type_into(qtbot, by_name(tab, "Badge"), "12")
    qtbot.keyClick(by_name(tab, "Badge"), Qt.Key.Key_Return)
    assert shown(tab, "name") == ["张三"]
    assert shown(tab, "plate") == ["粤BD12345"]
    assert form.name.text() == "" and QApplication.focusWidget() is form.phone  # cleared, ready for the next
    assert "On site now: 1" in tab.on_site_label.text()


def test_bad_input_marked_on_the_field_and_kept(qtbot, tab):
    type_into(qtbot, tab.form.name, "李四")
    type_into(qtbot, tab.form.id_number, "110105194912310021")
    type_into(qtbot, tab.form.plate, "XYZ")
    qtbot.keyClick(tab.form.plate, Qt.Key.Key_Return)
    assert Visit.select().count() == 0
    row, label = tab.form.errors["id_number"]
    assert "last digit" in label.text() and tab.form.form.isRowVisible(row)
    assert "not a Chinese plate" in tab.form.errors["plate"][1].text()
    assert tab.form.name.text() == "李四"  # nothing lost
    assert QApplication.focusWidget() is tab.form.id_number
    tab.form.id_number.setText("11010519491231002X")
    tab.form.plate.clear()
    tab.form.submit()
    assert Visit.select().count() == 1
    assert not tab.form.form.isRowVisible(row)


def test_known_phone_fills_the_form(qtbot, tab):
    visitors.check_in(visitors.CheckIn(name="王五", phone="13900139000", company="湖州绿城", plate="浙E12345"))
    visitors.sign_out([Visit.get().id])
    type_into(qtbot, tab.form.phone, "13900139000")
    assert tab.form.name.text() == "王五" and tab.form.company.text() == "湖州绿城"
    assert "Known: 王五" in tab.form.known.text()


def test_sign_out_selected_with_f8(qtbot, tab):
    for n in ("甲", "乙", "丙"):
        tab.form.name.setText(n)
        tab.form.submit()
    assert tab.model.rowCount() == 3
    qtbot.keyClick(tab, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.selected_ids()) == 2
    qtbot.keyClick(tab.table, Qt.Key.Key_F8)
    assert visitors.on_site_count() == 1
    assert sorted(shown(tab, "status")) == ["On site", "Signed out", "Signed out"]
    tab.f_on_site.setChecked(True)
    assert shown(tab, "status") == ["On site"]


def test_void_from_the_desk(qtbot, tab, monkeypatch):
    session.set_current(User.create(username="m", display_name="周经理", role="manager"))
    tab.form.name.setText("误登")
    tab.form.submit()
    tab.table.selectRow(0)
    monkeypatch.setattr(ReasonDialog, "exec", lambda self: (self.reason_edit.setText("重复登记"), True)[1])
    tab.void_selected()
    assert Visit.get().status == "void"
    assert tab.model.rowCount() == 0  # hidden unless "Show voided"
    tab.f_void.setChecked(True)
    assert shown(tab, "status") == ["Voided"]


def test_refusal_blocks_then_manager_override(qtbot, tab, monkeypatch):
    refusals.add("多次闹事", name="钱七", phone="13500135000")
    manager = User.create(username="boss", display_name="周经理", role="manager")
    from salesdesk import accounts

    accounts.set_password(manager, "secret-123")
    session.set_current(User.create(username="desk", display_name="前台", role="receptionist"))
    type_into(qtbot, tab.form.phone, "13500135000")
    assert tab.form.warning.isVisibleTo(tab.form) and "多次闹事" in tab.form.warning.text()
    tab.form.name.setText("钱七")

    seen = {}

    def refuse(self):
        seen["needs_login"] = self.needs_login
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(dialogs.OverrideDialog, "exec", refuse)
    tab.form.submit()
    assert Visit.select().count() == 0 and seen["needs_login"]
    assert tab.form.name.text() == "钱七"  # still typed

    def approve(self):
        self.reason_edit.setText("经理陪同签约")
        self.username.setText("boss")
        self.password.setText("wrong")
        self._accept()
        assert "wrong" in self.error.text() and self.result() != QDialog.DialogCode.Accepted.value
        self.username.setText("boss")
        self.password.setText("secret-123")
        self._accept()
        return self.result()

    monkeypatch.setattr(dialogs.OverrideDialog, "exec", approve)
    tab.form.submit()
    v = Visit.get()
    o = RefusalOverride.get()
    assert (o.visit_id, o.manager, o.entered_by, o.reason) == (v.id, "boss", "desk", "经理陪同签约")
    assert shown(tab, "name") == ["钱七"]


def test_appointment_fills_the_form(qtbot, tab):
    from salesdesk import appointments

    appointments.book(appointments.Booking(day=dt.date.today(), time=dt.time(10, 0), name="孙八", phone="13300133000"))
    tab.refresh()
    assert tab.appointments.table.rowCount() == 1
    qtbot.keyClick(tab, Qt.Key.Key_F3)
    assert tab.appointments.table.hasFocus()
    qtbot.keyClick(tab.appointments.table, Qt.Key.Key_Return)
    assert tab.form.name.text() == "孙八"
    tab.form.submit()
    assert Visit.get().appointment_id is not None
    assert tab.appointments.table.item(0, 4).text() == "Arrived"


def test_edit_keeps_history(qtbot, tab, monkeypatch):
    tab.form.name.setText("张三")
    tab.form.company.setText("A公司")
    tab.form.submit()
    vid = Visit.get().id
    d = dialogs.EditVisitDialog(vid, tab)
    qtbot.addWidget(d)
    d.form.company.setText("B公司")
    d.reason.setText("客户更正")
    d.save()
    assert Visit.get().company == "B公司"
    d2 = dialogs.EditVisitDialog(vid, tab)
    qtbot.addWidget(d2)
    assert d2.history.rowCount() == 1 and d2.history.item(0, 3).text() == "A公司 → B公司"


def test_filters_and_sorting(qtbot, tab):
    for name, company in (("张三", "万科"), ("李四", "绿城"), ("王五", "万科")):
        visitors.check_in(visitors.CheckIn(name=name, company=company))
    tab.refresh()
    tab.f_company.setText("万科")
    tab.apply_filter()
    assert sorted(shown(tab, "name")) == ["张三", "王五"]
    tab.f_company.clear()
    tab.apply_filter()
    from salesdesk.ui.visitors.log_model import COLUMNS

    tab.table.sortByColumn([c[0] for c in COLUMNS].index("name"), Qt.SortOrder.AscendingOrder)
    assert shown(tab, "name") == sorted(["张三", "李四", "王五"])
    tab.date_from.setDate(tab.date_from.date().addDays(1))
    tab.date_to.setDate(tab.date_to.date().addDays(1))
    tab.apply_filter()
    assert tab.model.rowCount() == 0


def test_print_and_export(qtbot, tab, tmp_path, monkeypatch):
    tab.form.name.setText("张三")
    tab.form.submit()
    tab.table.selectRow(0)
    opened = []

    def fake_print(parent, build, title):  # instead of the preview dialog: build as printing.print_form does
        opened.append((title, build(tmp_path / f"{len(opened)}.pdf")))

    monkeypatch.setattr(tab, "print_form", fake_print)
    monkeypatch.setattr(dialogs.PeriodDialog, "exec", lambda self: True)
    tab.print_slip()
    tab.print_sheet()
    assert [t for t, _p in opened] == ["Visitor registration slip", "Visitor registration sheet"]
    assert all(p.stat().st_size for _t, p in opened)
    out = tab.export("xlsx", str(tmp_path / "reg"))
    assert out.name == "reg.xlsx" and out.is_file()
