"""One customer open: the file form, the history timeline, the grade and the
paper-file loans, each on its own page of the detail area."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from salesdesk import customer_grading, customer_loans, customer_timeline, customers
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import _
from salesdesk.models.customers import GRADES, ContactRecord, Customer
from salesdesk.ui.bus import run
from salesdesk.ui.customers.dialogs import ContactDialog, DuplicateDialog, LendDialog
from salesdesk.ui.customers.file_form import CustomerForm
from salesdesk.ui.customers.common import record_table
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row

# record_type -> fn(parent, record_id) -> bool: opens a timeline entry's source record
# (False: not available here, the entry's text is shown instead). Other registers may
# add theirs; "complaint" opens the case in the complaints tab of the main window.
OPENERS: dict[str, Callable[[QWidget, object], bool]] = {}


def _open_in_tab(method: str) -> Callable[[QWidget, object], bool]:
    def opener(parent: QWidget, record_id: object) -> bool:
        window = parent.window()
        for tab in getattr(window, "register_tabs", []):
            if hasattr(tab, method):
                window.tabs.setCurrentWidget(tab)
                getattr(tab, method)(record_id)
                return True
        return False
    return opener


OPENERS["complaint"] = _open_in_tab("open_case")
OPENERS["visit"] = _open_in_tab("open_visit")  # when the visitor log offers open_visit(id)


class CustomerDetail(QWidget):
    saved = Signal(int)  # customer id
    open_customer = Signal(int)  # the user chose another file (an existing duplicate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer: Customer | None = None
        v = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        v.addWidget(self.heading)
        self.pages = QTabWidget()
        v.addWidget(self.pages, 1)

        # file
        page = QWidget()
        pv = QVBoxLayout(page)
        pv.setContentsMargins(0, 0, 0, 0)
        self.form = CustomerForm()
        pv.addWidget(self.form, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("&Save file"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(tr("Save the file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.show_customer(self.customer))
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        pv.addLayout(row)
        self.pages.addTab(page, tr("File"))

        # history
        page = QWidget()
        pv = QVBoxLayout(page)
        row = QHBoxLayout()
        self.contact_button = QPushButton(tr("&Log a contact…"))
        self.contact_button.setToolTip(tr("Record a call or visit and set the next contact date (Ctrl+L)"))
        self.contact_button.clicked.connect(self.log_contact)
        self.next_label = QLabel()
        row.addWidget(self.contact_button)
        row.addWidget(self.next_label, 1)
        pv.addLayout(row)
        self.timeline = record_table([tr("Date"), tr("Type"), tr("What"), tr("Details")], tr("History"))
        self.timeline.itemActivated.connect(self._open_entry)
        self.timeline.cellDoubleClicked.connect(lambda r, _c: self._open_entry(self.timeline.item(r, 0)))
        pv.addWidget(self.timeline, 1)
        self.pages.addTab(page, tr("History"))

        # grade
        page = QWidget()
        gf = QFormLayout(page)
        rule = QLabel(tr("Seeds' rule: sales 30 %, payment rate 25 %, receivables 30 %, strategic value 15 %, each scored 2–10; A from 8, B from 5, else C; a customer on file under one year is C."))
        rule.setWordWrap(True)
        gf.addRow(rule)
        self.scores: dict[str, QSpinBox] = {}
        for key, _w, label in customer_grading.WEIGHTS:
            box = QSpinBox()
            box.setRange(2, 10)
            box.setValue(5)
            self.scores[key] = add_row(gf, _(label), box)
        self.compute_button = QPushButton(tr("Compute grade"))
        self.compute_button.clicked.connect(self.compute_grade)
        gf.addRow("", self.compute_button)
        self.manual_grade = add_row(gf, tr("Grade set by hand"), QComboBox())
        for g in GRADES:
            self.manual_grade.addItem(g, g)
        self.manual_button = QPushButton(tr("Set grade"))
        self.manual_button.clicked.connect(self.set_manual_grade)
        gf.addRow("", self.manual_button)
        self.grade_label = QLabel()
        add_row(gf, tr("Current grade"), self.grade_label)
        self.pages.addTab(page, tr("Grade"))

        # loans
        page = QWidget()
        pv = QVBoxLayout(page)
        row = QHBoxLayout()
        self.lend_button = QPushButton(tr("Lend paper file…"))
        self.lend_button.clicked.connect(self.lend)
        self.return_button = QPushButton(tr("Paper file returned"))
        self.return_button.clicked.connect(self.give_back)
        row.addWidget(self.lend_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        pv.addLayout(row)
        self.loans = record_table([tr("Borrower"), tr("Purpose"), tr("Lent"), tr("Due back"), tr("Returned")], tr("Loans"))
        pv.addWidget(self.loans, 1)
        self.pages.addTab(page, tr("Paper file"))
        self.show_customer(None)

    # --- showing ---------------------------------------------------------------------------
    def new_file(self) -> None:
        self.customer = None
        self.show_customer(None)
        self.pages.setCurrentIndex(0)
        self.form.name.setFocus()

    def show_customer(self, c: Customer | None) -> None:
        self.customer = c
        self.form.load(c)
        has = c is not None
        for i in range(1, self.pages.count()):
            self.pages.setTabEnabled(i, has)
        if not has:
            self.heading.setText(tr("New customer file"))
            self.timeline.setRowCount(0)
            self.loans.setRowCount(0)
            self.save_button.setEnabled(True)
            return
        lock = "  ※ " + customers.confidentiality_label(c.confidentiality) if customers.is_confidential(c) else ""
        merged = ""
        if c.merged_into_id:
            merged = "  " + tr("(merged into {no})").format(no=customers.follow_merges(c).file_no)
        self.heading.setText(f"{c.file_no}  {c.name}  ·  {customers.status_label(c.status)}  ·  {c.grade}{lock}{merged}")
        editable = customers.can_edit(c) and not c.merged_into_id
        for w in (self.save_button, self.revert_button, self.contact_button, self.compute_button, self.manual_button,
                  self.lend_button, self.return_button):
            w.setEnabled(editable)
        self.lend_button.setEnabled(customers.can_view(c))
        self.return_button.setEnabled(customers.can_view(c))
        self._fill_history(c)
        self._fill_grade(c)
        self._fill_loans(c)

    def _fill_history(self, c: Customer) -> None:
        entries = customer_timeline.entries(c.id)
        self.timeline.setRowCount(len(entries))
        for r, e in enumerate(entries):
            when = e.when.strftime("%Y-%m-%d %H:%M") if e.when.year > 1 else ""
            for col, text in enumerate((when, customer_timeline.kind_label(e.kind), e.title, e.detail.replace("\n", " · "))):
                item = QTableWidgetItem(text)
                item.setToolTip(e.detail)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, (e.record_type, e.record_id, e.title, e.detail))
                self.timeline.setItem(r, col, item)
        self.timeline.resizeColumnsToContents()
        nxt = c.next_contact_date.isoformat() if c.next_contact_date else tr("none planned")
        self.next_label.setText(tr("Next contact: {d}").format(d=nxt))

    def _fill_grade(self, c: Customer) -> None:
        for key, box in self.scores.items():
            box.setValue(getattr(c, key) or 5)
        self.manual_grade.setCurrentText(c.grade)
        how = tr("computed, score {s:.2f}").format(s=c.grade_score) if c.grade_mode == "computed" and c.grade_score is not None else tr("set by hand")
        self.grade_label.setText(f"{c.grade} ({how})")

    def _fill_loans(self, c: Customer) -> None:
        loans = customer_loans.loans_of(c)
        self.loans.setRowCount(len(loans))
        for r, loan in enumerate(loans):
            vals = (loan.borrower, loan.purpose, loan.lent_at.strftime("%Y-%m-%d %H:%M"), loan.due_date.isoformat(),
                    loan.returned_at.strftime("%Y-%m-%d %H:%M") if loan.returned_at else "")
            for col, text in enumerate(vals):
                self.loans.setItem(r, col, QTableWidgetItem(text))
        self.return_button.setEnabled(customer_loans.open_loan(c) is not None)

    def reload(self) -> None:
        if self.customer is not None:
            c = Customer.get_or_none(Customer.id == self.customer.id)
            self.show_customer(c)

    # --- actions ---------------------------------------------------------------------------
    def save(self, allow_duplicate: bool = False) -> Customer | None:
        data, phones = self.form.values()
        try:
            c = run(self, customers.save_file, self.customer, data, phones, allow_duplicate=allow_duplicate,
                    changed="customers", _raise_validation=True)
        except customers.DuplicateFound as dup:
            dlg = DuplicateDialog(dup.matches, self)
            result = dlg.exec()
            if result == DuplicateDialog.SAVE_ANYWAY:
                return self.save(allow_duplicate=True)
            if result == DuplicateDialog.OPEN and dlg.chosen is not None:
                self.open_customer.emit(dlg.chosen.id)
            return None
        except ValidationError as exc:
            self.form.mark(exc.errors)
            QMessageBox.warning(self, tr("Please check"), str(exc))
            return None
        if c is None:
            return None
        self.form.mark({})
        self.show_customer(c)
        self.saved.emit(c.id)
        return c

    def log_contact(self) -> None:
        if self.customer is None or not self.contact_button.isEnabled():
            return
        dlg = ContactDialog(self.customer, self)
        if dlg.exec():
            self.reload()
            self.pages.setCurrentIndex(1)

    def compute_grade(self) -> None:
        s = {k: b.value() for k, b in self.scores.items()}
        r = run(self, customer_grading.apply_computed, self.customer, s["grade_sales"], s["grade_payment"],
                s["grade_receivables"], s["grade_strategic"], changed="customers")
        if r is not None:
            self.reload()
            if r.too_new:
                QMessageBox.information(self, tr("Grade"), tr("Score {s:.2f}, but the customer has been on file for less than a year: grade C.").format(s=r.score))

    def set_manual_grade(self) -> None:
        run(self, customer_grading.set_manual, self.customer, self.manual_grade.currentData(), changed="customers")
        self.reload()

    def lend(self) -> None:
        if self.customer is not None and LendDialog(self.customer, self).exec():
            self.reload()

    def give_back(self) -> None:
        loan = customer_loans.open_loan(self.customer) if self.customer is not None else None
        if loan is not None and run(self, customer_loans.give_back, loan, changed="customers") is not None:
            self.reload()

    def _open_entry(self, item: QTableWidgetItem | None) -> None:
        if item is None:
            return
        item = self.timeline.item(item.row(), 0)
        record_type, record_id, title, detail = item.data(Qt.ItemDataRole.UserRole)
        opener = OPENERS.get(record_type)
        if opener is not None:
            try:
                if opener(self, record_id):
                    return
            except SalesDeskError as exc:
                QMessageBox.warning(self, tr("Could not complete"), str(exc))
                return
        if record_type == "contact":
            rec = ContactRecord.get_or_none(ContactRecord.id == record_id)
            if rec is not None:
                who = str(rec.staff) if rec.staff_id else ""
                detail = f"{rec.contact_date:%Y-%m-%d %H:%M}  {who}\n\n{detail}"
        QMessageBox.information(self, title, detail or title)
