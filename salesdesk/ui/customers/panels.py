"""Lists beside the files: reminders, possible duplicates, paper files out."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import customer_duplicates, customer_followups, customer_loans, customers
from salesdesk.models.customers import Customer
from salesdesk.ui.customers.dialogs import MergeDialog
from salesdesk.ui.customers.common import record_table
from salesdesk.ui.i18n import tr

OVERDUE = QColor("#b00020")


def _put(t: QTableWidget, r: int, values: list[str], customer_id: int, color: QColor | None = None) -> None:
    for c, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, customer_id)
        if color is not None:
            item.setForeground(color)
        t.setItem(r, c, item)


class RemindersPanel(QWidget):
    """Follow-ups due and overdue, birthdays in the next days, lost customers to call back."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.only_mine = QCheckBox(tr("Only my customers"))
        self.only_mine.setAccessibleName(tr("Only my customers"))
        self.only_mine.toggled.connect(self.refresh)
        self.summary = QLabel()
        row.addWidget(self.summary, 1)
        row.addWidget(self.only_mine)
        v.addLayout(row)
        self.table = record_table([tr("Reminder"), tr("File No."), tr("Name"), tr("Date"), tr("Details")], tr("Reminders"))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_customer.emit(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)))
        self.table.itemActivated.connect(lambda i: self.open_customer.emit(i.data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.table, 1)
        self.items: list[customer_followups.Reminder] = []

    def refresh(self) -> None:
        self.items = customer_followups.reminders(only_mine=self.only_mine.isChecked())
        self.table.setRowCount(len(self.items))
        for r, rem in enumerate(self.items):
            _put(self.table, r, [rem.label, rem.file_no, rem.name, rem.day.isoformat() if rem.day else "", rem.detail],
                 rem.customer_id, OVERDUE if rem.kind in ("overdue", "lost_callback") else None)
        self.table.resizeColumnsToContents()
        counts = {k: sum(1 for x in self.items if x.kind == k) for k in ("overdue", "due", "birthday", "lost_callback")}
        self.summary.setText(tr("{o} overdue, {d} due today, {b} birthdays, {l} lost customers to call back").format(
            o=counts["overdue"], d=counts["due"], b=counts["birthday"], l=counts["lost_callback"]))


class DuplicatesPanel(QWidget):
    """Pairs that look like one person; select one and merge."""

    open_customer = Signal(int)
    merged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.summary = QLabel()
        self.merge_button = QPushButton(tr("&Merge selected pair…"))
        self.merge_button.clicked.connect(self.merge_selected)
        row.addWidget(self.summary, 1)
        row.addWidget(self.merge_button)
        v.addLayout(row)
        self.table = record_table([tr("Why"), tr("File A"), tr("Name A"), tr("File B"), tr("Name B"), tr("Shared")], tr("Possible duplicates"))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.merge_selected())
        v.addWidget(self.table, 1)
        self.pairs: list[customer_duplicates.DuplicatePair] = []

    def refresh(self) -> None:
        self.pairs = customer_duplicates.possible_duplicates()
        files = {c.id: c for c in Customer.select(Customer.id, Customer.file_no, Customer.name, Customer.confidentiality,
                                                  Customer.consultant)
                 .where(Customer.id.in_([p.first_id for p in self.pairs] + [p.second_id for p in self.pairs]))}
        self.table.setRowCount(len(self.pairs))
        for r, p in enumerate(self.pairs):
            a, b = files[p.first_id], files[p.second_id]
            _put(self.table, r, [p.reason_label, a.file_no, customers.shown_name(a), b.file_no, customers.shown_name(b),
                                 p.shown_detail], p.first_id)
        self.table.resizeColumnsToContents()
        self.summary.setText(tr("{n} possible duplicates").format(n=len(self.pairs)))
        self.merge_button.setEnabled(bool(self.pairs))

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        p = self.pairs[row]
        dlg = MergeDialog(Customer.get_by_id(p.first_id), Customer.get_by_id(p.second_id), self)
        if dlg.exec() and dlg.record is not None:
            self.merged.emit(dlg.record.kept_id)
            self.refresh()


class LoansPanel(QWidget):
    """Paper files out of the cabinet; overdue ones in red."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        self.summary = QLabel()
        v.addWidget(self.summary)
        self.table = record_table([tr("File No."), tr("Name"), tr("Borrower"), tr("Lent"), tr("Due back")], tr("Paper files out"))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.open_customer.emit(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)))
        v.addWidget(self.table, 1)

    def refresh(self) -> None:
        import datetime as dt

        loans = customer_loans.out_now()
        today = dt.date.today()
        self.table.setRowCount(len(loans))
        late = 0
        for r, loan in enumerate(loans):
            overdue = loan.due_date < today
            late += overdue
            _put(self.table, r, [loan.customer.file_no, customers.shown_name(loan.customer), loan.borrower,
                                 loan.lent_at.strftime("%Y-%m-%d"), loan.due_date.isoformat()],
                 loan.customer_id, OVERDUE if overdue else None)
        self.table.resizeColumnsToContents()
        self.summary.setText(tr("{n} paper files out, {late} overdue").format(n=len(loans), late=late))
