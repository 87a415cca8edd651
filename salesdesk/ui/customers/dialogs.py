"""Small dialogs of the customers tab: log a contact, lend the paper file, a
duplicate found while saving, and merging two files."""
from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGridLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget)

from salesdesk import customer_duplicates, customer_followups, customer_loans, customers
from salesdesk.errors import ValidationError
from salesdesk.i18n import _
from salesdesk.models.customers import CONTACT_WAYS, Customer
from salesdesk.ui.bus import run
from salesdesk.ui.customers.common import ERROR_STYLE
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row

class ContactDialog(QDialog):
    """回访/拜访: when, how, what was said, the result, and the next contact date."""

    def __init__(self, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = customer
        self.record = None
        self.setWindowTitle(tr("Log a contact — {name}").format(name=customer.name))
        f = QFormLayout(self)
        self.when = add_row(f, tr("Date and time"), QDateTimeEdit(QDateTime.currentDateTime()))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.way = add_row(f, tr("Way"), QComboBox())
        for w in CONTACT_WAYS:
            self.way.addItem(_(customer_followups.WAY_LABELS[w]), w)
        self.content = add_row(f, tr("What was discussed"), QPlainTextEdit())
        self.content.setTabChangesFocus(True)
        self.content.setFocus()  # date and way are usually right already
        self.result_edit = add_row(f, tr("Result"), QLineEdit())
        self.next_date = add_row(f, tr("Next contact date"), QDateEdit(QDate.currentDate().addDays(7)))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.no_next = QRadioButton(tr("No further contact planned"))
        self.no_next.setAccessibleName(tr("No further contact planned"))
        self.no_next.setAutoExclusive(False)
        f.addRow("", self.no_next)
        self.no_next.toggled.connect(lambda on: self.next_date.setEnabled(not on))
        if customer.status == "lost" and not customer.lost_callback_at:
            f.addRow("", QLabel(tr("This lost customer has not been called back yet: this contact counts as the call-back.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        f.addRow(buttons)

    def save(self) -> None:
        next_contact = None if self.no_next.isChecked() else self.next_date.date().toPython()
        try:
            self.record = run(self, customer_followups.add_contact, self.customer, self.way.currentData(),
                              self.content.toPlainText(), self.result_edit.text(), next_contact,
                              self.when.dateTime().toPython(), changed="customers", _raise_validation=True)
        except ValidationError as exc:
            for key, w in (("content", self.content), ("next_contact", self.next_date), ("when", self.when), ("way", self.way)):
                w.setStyleSheet(ERROR_STYLE if key in exc.errors else "")
                w.setToolTip(exc.errors.get(key, ""))
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, tr("Please check"), str(exc))
            return
        if self.record is not None:
            self.accept()


class LendDialog(QDialog):
    def __init__(self, customer: Customer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = customer
        self.loan = None
        self.setWindowTitle(tr("Lend the paper file — {no}").format(no=customer.file_no))
        f = QFormLayout(self)
        self.borrower = add_row(f, tr("Borrower"), QLineEdit())
        self.purpose = add_row(f, tr("Purpose"), QLineEdit())
        f.addRow("", QLabel(tr("Due back in {n} days.").format(n=customer_loans.settings.get("customers.loan_days"))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        f.addRow(buttons)

    def save(self) -> None:
        self.loan = run(self, customer_loans.lend, self.customer, self.borrower.text(), self.purpose.text(),
                        changed="customers")
        if self.loan is not None:
            self.accept()


class DuplicateDialog(QDialog):
    """Saving found the phone/ID on file: open the existing file, save anyway, or go back."""

    OPEN, SAVE_ANYWAY = 10, 11

    def __init__(self, matches: list[Customer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Already on file"))
        self.chosen: Customer | None = None
        v = QVBoxLayout(self)
        v.addWidget(QLabel(tr("This phone or ID number is already on file. Open the existing file instead of creating a second one?")))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Existing files"))
        for m in matches:
            if customers.can_view(m):
                phones = ", ".join(customers.display_phone(p.phone) for p in customers.phones_of(m))
                item = QListWidgetItem(f"{m.file_no}  {m.name}  {phones}  {m.company}")
            else:  # the phone typed must not reveal who holds a confidential file
                item = QListWidgetItem(customers.shown_file(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        v.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(tr("Open existing file"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.anyway_button = buttons.addButton(tr("Save as a new file anyway"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.anyway_button.clicked.connect(lambda: self.done(self.SAVE_ANYWAY))
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _i: self._open())
        v.addWidget(buttons)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Customer.get_by_id(item.data(Qt.ItemDataRole.UserRole))
            self.done(self.OPEN)


def _summary(c: Customer) -> str:
    if not customers.can_view(c):
        return customers.shown_file(c)
    phones = ", ".join(customers.display_phone(p.phone) for p in customers.phones_of(c))
    lines = [f"{c.file_no}  {c.name}", tr("Phones: {p}").format(p=phones or "-"),
             tr("Company: {c}").format(c=c.company or "-"),
             tr("Status: {s}").format(s=customers.status_label(c.status)),
             tr("Filed on: {d}").format(d=c.created_at.strftime("%Y-%m-%d"))]
    return "\n".join(lines)


class MergeDialog(QDialog):
    """Two files side by side; choose the one to keep. Everything of the other moves to it."""

    def __init__(self, a: Customer, b: Customer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Merge two customer files"))
        self.a, self.b = a, b
        self.record = None
        g = QGridLayout(self)
        intro = QLabel(tr("Choose the file to keep. Every phone, visit, complaint, contact and loan of the other file moves to it; the other file is marked as merged and its number stays reserved."))
        intro.setWordWrap(True)
        g.addWidget(intro, 0, 0, 1, 2)
        self.group = QButtonGroup(self)
        self.keep_a = QRadioButton(tr("Keep {no}").format(no=a.file_no))
        self.keep_b = QRadioButton(tr("Keep {no}").format(no=b.file_no))
        for col, (radio, c) in enumerate(((self.keep_a, a), (self.keep_b, b))):
            radio.setAccessibleName(radio.text())
            self.group.addButton(radio)
            g.addWidget(radio, 1, col)
            label = QLabel(_summary(c))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("border: 1px solid #bbb; padding: 6px;")
            g.addWidget(label, 2, col)
        (self.keep_a if a.created_at <= b.created_at else self.keep_b).setChecked(True)  # the older file by default
        buttons = QDialogButtonBox()
        self.merge_button: QPushButton = buttons.addButton(tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.merge)
        buttons.rejected.connect(self.reject)
        g.addWidget(buttons, 3, 0, 1, 2)

    def merge(self) -> None:
        keep, absorb = (self.a, self.b) if self.keep_a.isChecked() else (self.b, self.a)
        self.record = run(self, customer_duplicates.merge, keep, absorb, changed="customers")
        if self.record is not None:
            self.accept()

