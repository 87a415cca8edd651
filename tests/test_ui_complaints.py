"""The complaints tab as a person uses it: intake, the loop, warnings, figures, printing."""
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from salesdesk import complaints as cp
from salesdesk import session
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.complaints import ComplaintsTab
from salesdesk.ui.complaints.calendar_dialog import CalendarDialog
from salesdesk.ui.complaints.case_dialog import CaseDialog
from salesdesk.ui.complaints.intake_dialog import IntakeDialog
from tests.ui_helpers import by_name, unlabelled_inputs


def people():
    return (User.create(username="e1", display_name="孙工程", role="consultant"),
            User.create(username="m1", display_name="周经理", role="manager"),
            User.create(username="s1", display_name="王置业", role="consultant"))


def test_intake_marks_wrong_fields_and_keeps_input(qtbot, ctx, monkeypatch):
    ui_i18n.install("en")
    d = IntakeDialog()
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    by_name(d, "Complainant").setText("李女士")
    by_name(d, "Contact").setText("12345")
    d.save()
    assert d.result() == 0 and "not a valid phone" in d.error.text()
    assert by_name(d, "Complainant").text() == "李女士" and "b00020" in by_name(d, "Contact").styleSheet()
    by_name(d, "Contact").setText("138 0013 8000")
    by_name(d, "Content").setPlainText("样板房漏水")
    by_name(d, "Severity").setCurrentIndex(1)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    d.save()
    assert d.result() == QDialog.DialogCode.Accepted
    c = Complaint.get()
    assert c.number.startswith("TS-") and c.severity == "major" and c.escalated_at is not None
    assert c.customer is not None  # a new customer file was opened for the new phone


def test_the_whole_loop_in_the_case_dialog(qtbot, ctx):
    ui_i18n.install("en")
    eng, mgr, sales = people()
    c = cp.take(cp.Intake(content="态度冷淡", complainant="李女士", contact="13800138000", accused=sales))
    d = CaseDialog(c)
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    assert not d.reply_btn.isEnabled() and not d.close_btn.isEnabled()
    # recusal: the person complained about is refused as handler, nothing changes
    handler = by_name(d, "Handler")
    handler.setCurrentIndex(handler.findData(sales.id))
    import salesdesk.ui.bus as bus_mod
    shown = []
    orig = QMessageBox.warning
    QMessageBox.warning = lambda *a, **k: shown.append(a[2])
    try:
        d.do_start()
        assert shown and "recusal" in shown[-1] and d.c.status == "received"
        handler.setCurrentIndex(handler.findData(eng.id))
        by_name(d, "Note").setPlainText("已安排孙工程处理")
        d.start_btn.click()
        assert d.c.status == "in_progress"
        by_name(d, "Note").setPlainText("已告知客户两日内答复")
        d.first_btn.click()
        assert d.c.first_answer_at is not None
        by_name(d, "Cause").setPlainText("接待人员不足")
        d.save_inv_btn.click()
        by_name(d, "Handling opinion").setPlainText("批评教育并致歉")
        d.save_opinion_btn.click()
        by_name(d, "Reply to the customer").setPlainText("已致歉")
        d.reply_btn.click()
        assert "signed off" in shown[-1] and d.c.status == "in_progress"
        assert by_name(d, "Reply to the customer").toPlainText() == "已致歉"  # typed text kept
        session.set_current(mgr)
        d.load()
        d.signoff_btn.click()
        assert d.c.signed_off_name == "周经理"
        d.reply_btn.click()
        assert d.c.status == "replied"
        grade = by_name(d, "Satisfaction")
        grade.setCurrentIndex(grade.findData("dissatisfied"))
        d.follow_btn.click()
        assert d.c.status == "in_progress" and d.c.reopen_count == 1
        d.signoff_btn.click()
        d.reply_btn.click()
        grade.setCurrentIndex(grade.findData("satisfied"))
        d.follow_btn.click()
        assert d.c.status == "follow_up"
        d.close_btn.click()
        assert d.c.status == "closed"
        assert d.history.rowCount() >= 9
    finally:
        QMessageBox.warning = orig
    assert bus_mod is not None


def test_accused_cannot_open_the_case(qtbot, ctx):
    eng, mgr, sales = people()
    c = cp.take(cp.Intake(content="态度冷淡", complainant="李女士", accused=sales))
    session.set_current(sales)
    import pytest
    from salesdesk.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        CaseDialog(c)


def test_list_shows_overdue_with_colour_icon_and_word(qtbot, ctx):
    ui_i18n.install("en")
    old = dt.datetime.now() - dt.timedelta(days=20)
    cp.take(cp.Intake(content="旧投诉", complainant="甲", received_at=old))
    cp.take(cp.Intake(content="新投诉", complainant="乙"))
    tab = ComplaintsTab()
    qtbot.addWidget(tab)
    tab.refresh()
    m = tab.model
    assert m.rowCount() == 2
    states = {m.data(m.index(r, 7)): m.data(m.index(r, 0)) for r in range(2)}
    assert states["旧投诉"] == "Overdue"
    r = [r for r in range(2) if m.data(m.index(r, 7)) == "旧投诉"][0]
    assert m.data(m.index(r, 0), Qt.ItemDataRole.DecorationRole) is not None
    assert m.data(m.index(r, 3), Qt.ItemDataRole.BackgroundRole) is not None
    assert tab.banner.isVisibleTo(tab) and "1 complaint(s) overdue" in tab.banner_text.text()
    assert "1 overdue" in tab.status_text()
    tab.show_attention()
    assert m.rowCount() == 1 and m.data(m.index(0, 7)) == "旧投诉"
    tab.deadline.setCurrentIndex(0)
    by_name(tab, "Search complaints").setText("新投诉")
    tab.apply_filter()
    assert m.rowCount() == 1
    # sorting in SQL by number
    tab.search.clear()
    tab.apply_filter()
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert m.data(m.index(0, 1)) < m.data(m.index(1, 1))


def test_print_several_selected_cases(qtbot, ctx, tmp_path, monkeypatch):
    from pypdf import PdfReader
    for i in range(3):
        cp.take(cp.Intake(content=f"投诉{i}", complainant="甲"))
    tab = ComplaintsTab()
    qtbot.addWidget(tab)
    tab.refresh()
    tab.view.selectAll()
    out = tab._sheets(tmp_path / "s.pdf")
    assert len(PdfReader(str(out)).pages) == 3
    from salesdesk.ui import printing
    seen = []
    monkeypatch.setattr(printing, "preview", lambda parent, pdf, title: seen.append(pdf) or type("D", (), {"exec": lambda self: 0})())
    tab.print_selected()
    assert seen and seen[0].is_file()


def test_figures_view_draws_a_chart(qtbot, ctx, tmp_path):
    ui_i18n.install("en")
    cp.take(cp.Intake(content="a", complainant="甲", category="产品质量", channel="电话"))
    cp.take(cp.Intake(content="b", complainant="乙", category="服务态度", channel="电话", kind="suggestion"))
    tab = ComplaintsTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.pages.setCurrentIndex(1)
    f = tab.figures
    assert by_name(f, "Cases received").text() == "2"
    chart = by_name(f, "By category")
    assert chart.counts == {"产品质量": 1, "服务态度": 1}
    img = chart.grab().toImage()
    blue = sum(1 for x in range(0, img.width(), 3) for y in range(0, img.height(), 3) if img.pixelColor(x, y).blue() > 150 and img.pixelColor(x, y).red() < 100)
    assert blue > 10  # bars were painted
    tab.grab().save(str(tmp_path / "figures.png"))


def test_calendar_dialog_adds_a_day(qtbot, ctx):
    from PySide6.QtCore import QDate
    from salesdesk import workdays
    ui_i18n.install("en")
    d = CalendarDialog()
    qtbot.addWidget(d)
    assert unlabelled_inputs(d) == []
    by_name(d, "Date").setDate(QDate(2031, 1, 6))
    by_name(d, "Note").setText("office day off")
    d.add_btn.click()
    assert d.table.rowCount() == 1
    assert not workdays.is_workday(dt.date(2031, 1, 6))


def test_import_from_the_tab_checks_first_then_imports(qtbot, ctx, tmp_path, monkeypatch):
    from openpyxl import Workbook

    from salesdesk.ui.register_import import RegisterImportDialog

    wb = Workbook()
    ws = wb.active
    ws.append(["投诉编号", "受理时间", "投诉人", "投诉内容", "处理状态"])
    ws.append(["TS-2025-0003", "2025-09-30 17:00", "李女士", "漏水", "受理"])
    ws.append([None, "坏日期", "王", "态度", "受理"])
    wb.save(tmp_path / "old.xlsx")
    seen = {}

    def fake_exec(dlg):  # the user reads the check, then imports the good rows only
        seen["check"] = dlg.summary.text()
        seen["bad"] = [dlg.table.item(r, 0).text() for r in range(dlg.table.rowCount())]
        seen["all_enabled"] = dlg.import_button.isEnabled()
        dlg.skip_bad.setChecked(True)
        dlg.do_import()
        seen["done"] = dlg.summary.text()
        return 0

    monkeypatch.setattr(RegisterImportDialog, "exec", fake_exec)
    tab = ComplaintsTab()
    qtbot.addWidget(tab)
    tab.import_register(str(tmp_path / "old.xlsx"))
    assert "1 of 2 rows are ready" in seen["check"] and seen["bad"] == ["3"]
    assert seen["all_enabled"] is False  # all or nothing with a bad row: nothing to import
    assert "1 of 2 rows imported" in seen["done"] and (tmp_path / "old.xlsx").exists()
    assert Complaint.get().number == "TS-2025-0003"
    assert tab.model.total() == 1  # the register list refreshed itself


def test_correct_the_intake_from_the_case(qtbot, ctx):
    ui_i18n.install("en")
    c = cp.take(cp.Intake(content="漏水", complainant="李女士", kind="enquiry"))
    d = IntakeDialog(case=c)
    qtbot.addWidget(d)
    assert by_name(d, "Content").toPlainText() == "漏水" and not by_name(d, "Handler").isEnabled()
    kind = by_name(d, "Type")
    kind.setCurrentIndex(kind.findData("complaint"))
    by_name(d, "Category").setCurrentText("产品质量")
    d.save()
    assert d.result() == QDialog.DialogCode.Accepted
    c = Complaint.get_by_id(c.id)
    assert c.kind == "complaint" and c.category == "产品质量" and c.number == d.case.number
    assert "Intake corrected" in cp.history(c)[-1].note
