"""The customers tab as a person uses it: search, new file, duplicate, contact, merge, import."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from salesdesk import customer_followups, customers
from salesdesk.models.accounts import User
from salesdesk.models.customers import ContactRecord, Customer, CustomerMerge
from salesdesk.ui import i18n as ui_i18n
from salesdesk.ui.customers import CustomersTab
from salesdesk.ui.customers.dialogs import ContactDialog, DuplicateDialog, MergeDialog
from salesdesk.ui.customers.import_wizard import ImportWizard
from tests.ui_helpers import by_name, unlabelled_inputs


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def tab(qtbot, ctx, warnings):
    ui_i18n.install("en")
    User.create(username="sales1", display_name="王置业", role="consultant")
    customers.create("张三", "13800138000", company="华为")
    customers.create("李四", "13900139000")
    customers.create("王芳", "13700137000")
    t = CustomersTab()
    qtbot.addWidget(t)
    t.resize(1400, 850)
    t.show()
    t.refresh()
    return t


def names(tab):
    return [tab.model.row_data(r)[1] for r in range(tab.model.rowCount())]


def test_every_input_is_labelled(tab):
    assert unlabelled_inputs(tab) == []


def test_search_as_you_type_and_open(qtbot, tab):
    assert len(names(tab)) == 3
    qtbot.keyClicks(by_name(tab, "Search customers"), "zs")
    assert names(tab) == ["张三"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "0013 9")
    assert names(tab) == ["李四"]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.detail.customer.name == "李四"
    assert by_name(tab, "Name").text() == "李四"
    assert by_name(tab, "Phone").text() == "13900139000"  # unattended: full numbers
    assert "1 files" in tab.count_label.text()


def test_new_file_with_errors_then_saved(qtbot, tab, warnings):
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = tab.detail.form
    form.name.setText("赵六")  # QTest types ASCII only
    qtbot.keyClicks(form.phones.rows[0][0], "12345")
    form.birthday.setText("1990年3月5日")
    tab.detail.save_button.click()
    assert "not a valid phone" in warnings[-1]
    assert form.phones.rows[0][0].styleSheet()  # marked
    assert form.name.text() == "赵六"  # nothing typed is lost
    form.phones.rows[0][0].setText("+86 136-0013-6000")
    form.phones.add_button.click()
    form.phones.rows[1][0].setText("0572-2345678")
    form.phones.rows[1][1].setCurrentIndex(form.phones.rows[1][1].findData("office"))
    tab.detail.save_button.click()
    c = Customer.get(Customer.name == "赵六")
    assert c.birthday == dt.date(1990, 3, 5)
    assert [(p.phone, p.kind) for p in customers.phones_of(c)] == [("13600136000", "mobile"), ("0572-2345678", "office")]
    assert "赵六" in names(tab) and tab.detail.customer.id == c.id
    assert c.file_no in tab.detail.heading.text()


def test_duplicate_phone_offers_the_existing_file(qtbot, tab, monkeypatch):
    tab.new_file()
    tab.detail.form.name.setText("张三丰")
    tab.detail.form.phones.rows[0][0].setText("138 0013 8000")
    seen = []

    def choose_open(dlg):
        seen.append([dlg.list.item(i).text() for i in range(dlg.list.count())])
        dlg._open()
        return DuplicateDialog.OPEN
    monkeypatch.setattr(DuplicateDialog, "exec", choose_open)
    tab.detail.save_button.click()
    assert "张三" in seen[0][0]
    assert tab.detail.customer.name == "张三" and Customer.select().count() == 3
    tab.new_file()
    tab.detail.form.name.setText("张三丰")
    tab.detail.form.phones.rows[0][0].setText("138 0013 8000")
    monkeypatch.setattr(DuplicateDialog, "exec", lambda dlg: DuplicateDialog.SAVE_ANYWAY)
    tab.detail.save_button.click()
    assert Customer.select().count() == 4 and tab.detail.customer.name == "张三丰"


def test_log_a_call_sets_the_next_contact(qtbot, tab, monkeypatch):
    tab.show_customer(Customer.get(Customer.name == "张三").id)
    dialogs = []

    def fill(dlg):
        dialogs.append(dlg)
        dlg.way.setCurrentIndex(dlg.way.findData("phone"))
        by_name(dlg, "What was discussed").setPlainText("电话回访，约周末看样板间")
        by_name(dlg, "Result").setText("客户同意")
        by_name(dlg, "Next contact date").setDate(dt.date.today() + dt.timedelta(days=5))
        dlg.save()
        return dlg.result()
    monkeypatch.setattr(ContactDialog, "exec", fill)
    qtbot.keyClick(tab.detail, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert dialogs and ContactRecord.select().count() == 1
    assert tab.detail.pages.currentIndex() == 1
    assert tab.detail.timeline.rowCount() == 1
    assert "约周末看样板间" in tab.detail.timeline.item(0, 3).text()
    nxt = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    assert nxt in tab.detail.next_label.text()


def test_merge_a_possible_duplicate(qtbot, tab, monkeypatch):
    customers.create("张三", "13800138001", id_number="11010519491231002X")
    tab.pages.setCurrentIndex(2)
    assert tab.duplicates.table.rowCount() == 1
    assert "same name, similar phone" in tab.duplicates.table.item(0, 0).text()
    tab.duplicates.table.selectRow(0)

    def keep_older(dlg):
        assert dlg.keep_a.isChecked()
        dlg.merge_button.click()
        return dlg.result()
    monkeypatch.setattr(MergeDialog, "exec", keep_older)
    tab.duplicates.merge_button.click()
    assert CustomerMerge.select().count() == 1
    assert tab.duplicates.table.rowCount() == 0
    assert tab.pages.currentIndex() == 0 and tab.detail.customer.name == "张三"
    kept = tab.detail.customer
    assert sorted(p.phone for p in customers.phones_of(kept)) == ["13800138000", "13800138001"]
    assert names(tab).count("张三") == 1


def test_reminders_open_the_file(qtbot, tab):
    c = Customer.get(Customer.name == "王芳")
    customer_followups.add_contact(c, "phone", "回访", when=dt.datetime.now() - dt.timedelta(days=3),
                                   next_contact=dt.date.today() - dt.timedelta(days=1))
    tab.pages.setCurrentIndex(1)
    assert tab.reminders.table.rowCount() == 1
    assert "1 overdue" in tab.reminders.summary.text()
    tab.reminders.table.cellDoubleClicked.emit(0, 0)
    assert tab.pages.currentIndex() == 0 and tab.detail.customer.name == "王芳"


def test_import_wizard_preview_errors_then_good_rows(qtbot, tab, tmp_path):
    from tests.test_customers_import import messy_workbook

    book = messy_workbook(tmp_path / "old list.xlsx")
    wiz = ImportWizard(tab, fallback_dir=tmp_path)
    qtbot.addWidget(wiz)
    wiz.show()
    by_name(wiz, "File").setText(str(book))
    wiz.next()
    assert wiz.currentPage() is wiz.mapping_page
    assert wiz.mapping_page.boxes["phone"].currentText() == "手机号码"
    assert wiz.mapping_page.isComplete()
    wiz.next()
    page = wiz.preview
    assert wiz.currentPage() is page
    # 张三, 李四 and 王五's phones are already on file here; 孙八 and 吴十 are new
    assert "2 of 9 rows are ready" in page.summary.text()
    problems = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
    assert sum(p != "OK" for p in problems) == 7
    assert "already on file as" in problems[0]
    assert not page.isComplete()
    page.skip_bad.setChecked(True)
    assert page.isComplete()
    wiz.next()
    res = wiz.result_page
    assert "imported" in res.summary.text() and res.progress.value() == res.progress.maximum()
    assert res.report_path is not None and res.report_path.exists()
    assert Customer.select().count() == 3 + 2
    assert wiz.button(QWizard.WizardButton.BackButton).isEnabled() is False


def test_screenshot(qtbot, tab, tmp_path):
    tab.show_customer(Customer.get(Customer.name == "张三").id)
    assert not tab.grab().isNull()


def test_in_the_main_window_shortcuts_work_and_a_complaint_opens_from_the_timeline(qtbot, ctx, monkeypatch, warnings):
    from salesdesk import complaints as cp
    from salesdesk.ui.complaints import ComplaintsTab
    from salesdesk.ui.main_window import MainWindow

    ui_i18n.install("en")
    c = customers.create("张三", "13800138000")
    case = cp.take(cp.Intake(content="样板房卫生间漏水", complainant="张三", contact="13800138000",
                             received_at=dt.datetime(2026, 3, 2, 9)))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    tab = w.tabs.currentWidget()
    assert isinstance(tab, CustomersTab)
    tab.show_customer(c.id)
    tab.view.setFocus()
    opened = []
    monkeypatch.setattr(ContactDialog, "exec", lambda dlg: opened.append(dlg) or 0)
    from PySide6.QtGui import QAction, QKeySequence

    def live_here(a: QAction) -> bool:
        """Would this action compete for the key while the customer list has focus?"""
        if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            return True
        return any(o is tab.view or (hasattr(o, "isAncestorOf") and o.isAncestorOf(tab.view))
                   for o in a.associatedObjects())

    taken = [a.text() for a in w.findChildren(QAction)
             if QKeySequence("Ctrl+L") in a.shortcuts() and live_here(a)]
    assert taken == [], f"Ctrl+L is also used by {taken}: an ambiguous shortcut fires nothing"
    qtbot.keyClick(tab.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened, "Ctrl+L opens the contact dialog inside the main window"
    cases = []
    monkeypatch.setattr(ComplaintsTab, "open_case", lambda self, cid: cases.append(cid))
    row = next(r for r in range(tab.detail.timeline.rowCount()) if case.number in tab.detail.timeline.item(r, 2).text())
    tab.detail._open_entry(tab.detail.timeline.item(row, 0))
    assert cases == [case.id] and isinstance(w.tabs.currentWidget(), ComplaintsTab)


def test_the_wrong_phone_row_is_the_one_marked(qtbot, tab, warnings):
    tab.new_file()
    form = tab.detail.form
    form.name.setText("赵六")
    form.phones.add_button.click()
    form.phones.add_button.click()
    form.phones.rows[0][0].setText("13600136000")
    form.phones.rows[2][0].setText("12345")  # row 2 wrong, row 1 left empty
    tab.detail.save_button.click()
    assert "not a valid phone" in warnings[-1]
    assert [bool(e.styleSheet()) for e, _k in form.phones.rows] == [False, False, True]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_file_form_fits_a_narrow_pane_without_sideways_scrolling(qtbot, ctx, lang):
    """The reception dock open on a 1440-pixel screen leaves the file ~450 pixels: the groups
    go under each other instead of the form scrolling sideways; wide enough, two columns."""
    from salesdesk.ui.customers.file_form import CustomerForm

    ui_i18n.install(lang)
    try:
        form = CustomerForm()
        qtbot.addWidget(form)
        form.show()
        for width, columns in ((430, 1), (1100, 2), (430, 1)):
            form.resize(width, 700)
            qtbot.waitUntil(lambda: form._columns == columns)
            form.widget().layout().activate()  # lay the groups out now, not at the next paint
            assert form.horizontalScrollBar().maximum() == 0, (width, form.widget().minimumSizeHint())
            name, notes = form.name, form.notes
            side_by_side = notes.mapTo(form.widget(), notes.rect().topLeft()).x() > name.mapTo(form.widget(), name.rect().topRight()).x()
            assert side_by_side is (columns == 2)
    finally:
        ui_i18n.install("en")


def test_mouse_wheel_scrolls_the_form_not_the_choice_under_the_pointer(qtbot, ctx):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from salesdesk.ui.customers.file_form import CustomerForm

    form = CustomerForm()
    qtbot.addWidget(form)
    form.resize(500, 400)
    form.show()
    qtbot.waitExposed(form)
    box = form.confidentiality
    box.setCurrentIndex(0)

    def wheel() -> None:
        pos = QPointF(box.width() / 2, box.height() / 2)
        ev = QWheelEvent(pos, QPointF(box.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, -120),
                         Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(box, ev)

    before = form.verticalScrollBar().value()
    wheel()
    assert box.currentData() == "normal"  # not silently turned into confidential
    assert form.verticalScrollBar().value() > before  # the turn scrolled the form instead
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    wheel()
    assert box.currentData() == "confidential"  # chosen on purpose: clicked or tabbed into first
