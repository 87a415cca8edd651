"""Dialogs of the visitor tab: refusal override, void, edit with history, the
refusal list, booking an appointment, choosing a period to print/export."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTimeEdit, QVBoxLayout, QWidget, QComboBox, QHBoxLayout)

from salesdesk import accounts, appointments, permissions, refusals, visitors
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.models.accounts import User
from salesdesk.normalize import mask_id, mask_phone
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, dialog_buttons


class OverrideDialog(QDialog):
    """The blocking warning for a listed visitor. Only a manager passes it, with a reason."""

    def __init__(self, blocked: visitors.RefusalBlocked, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Refusal list — do not let in"))
        lay = QVBoxLayout(self)
        head = QLabel(tr("This visitor is on the refusal list (拒绝接待). Do not let them in. Only a manager can override, with a reason."))
        head.setWordWrap(True)
        head.setStyleSheet("color: #b00020; font-weight: bold;")
        lay.addWidget(head)
        for e in blocked.entries:
            who = e.name or mask_phone(e.phone) or mask_id(e.id_number)
            lab = QLabel(tr("{who}: {reason} (listed {date})").format(who=who, reason=e.reason,
                                                                      date=e.created_at.strftime("%Y-%m-%d")))
            lab.setWordWrap(True)
            lay.addWidget(lab)
        form = QFormLayout()
        self.needs_login = not permissions.can("refusal.override")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if self.needs_login:
            add_row(form, tr("Manager's user name"), self.username)
            add_row(form, tr("Manager's password"), self.password)
        self.reason_edit = add_row(form, tr("Reason for the override"), QLineEdit())
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.override_button = buttons.addButton(tr("Override and check in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Refuse entry"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._manager: User | None = None
        (self.username if self.needs_login else self.reason_edit).setFocus()

    def _accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.error.setText(tr("Give the reason for letting this person in."))
            self.reason_edit.setFocus()
            return
        if self.needs_login:
            try:  # counts towards the manager's lockout and is audited, like a login
                user = accounts.confirm(self.username.text(), self.password.text(), "refusal.override")
            except SalesDeskError as exc:
                self.error.setText(str(exc))
                self.password.clear()
                self.username.setFocus()
                return
            self._manager = user
        self.accept()

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def manager(self) -> User | None:
        return self._manager


def _qdt(value: dt.datetime | None) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)) if value else QDateTime()


def _pydt(q: QDateTime) -> dt.datetime:
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EditVisitDialog(QDialog):
    """Correct a visit after the fact; the changes and their reason go into its history."""

    def __init__(self, visit_id: int, parent: QWidget | None = None) -> None:
        from salesdesk.ui.visitors.check_in_form import CheckInForm

        super().__init__(parent)
        self.visit = visitors.get(visit_id)
        self.setWindowTitle(tr("Edit visit {id}").format(id=visit_id))
        lay = QVBoxLayout(self)
        self.form = CheckInForm(self)
        self.form.setTitle("")
        self.form.submit_button.hide()
        self.form.clear_button.hide()
        data = visitors.as_check_in(self.visit)
        if not visitors.pii_shown():
            data.id_number = mask_id(data.id_number)
        self.form.fill(data)
        extra = QFormLayout()
        self.time_in = add_row(extra, tr("Time in"), QDateTimeEdit(_qdt(self.visit.time_in)))
        self.time_in.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_out = QCheckBox(tr("Signed out"))
        self.has_out.setChecked(self.visit.time_out is not None)
        self.time_out = add_row(extra, tr("Time out"), QDateTimeEdit(_qdt(self.visit.time_out or dt.datetime.now())))
        self.time_out.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_out.setEnabled(self.has_out.isChecked())
        self.has_out.toggled.connect(self.time_out.setEnabled)
        extra.addRow("", self.has_out)
        self.reason = add_row(extra, tr("Reason for the change"), QLineEdit())
        lay.addWidget(self.form)
        lay.addLayout(extra)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([tr("When"), tr("Who"), tr("Field"), tr("Before → after"), tr("Reason")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = visitors.history(visit_id)
        self.history.setRowCount(len(rows))
        for i, h in enumerate(rows):
            for j, v in enumerate((h.ts.strftime("%Y-%m-%d %H:%M"), h.username, h.field, f"{h.before} → {h.after}", h.reason)):
                self.history.setItem(i, j, QTableWidgetItem(v))
        lay.addWidget(QLabel(tr("History of changes")))
        lay.addWidget(self.history)
        if self.visit.status == "void":
            lay.addWidget(QLabel(tr("Voided by {who} on {when}: {reason}").format(
                who=self.visit.voided_by, when=self.visit.voided_at.strftime("%Y-%m-%d %H:%M"), reason=self.visit.void_reason)))
        lay.addWidget(dialog_buttons(self, self.save))
        self.resize(560, 760)

    def save(self) -> None:
        data = self.form.data()
        out = _pydt(self.time_out.dateTime()) if self.has_out.isChecked() else None
        try:
            result = bus_mod.run(self, visitors.edit, self.visit.id, data, time_in=_pydt(self.time_in.dateTime()),
                                 time_out=out, reason=self.reason.text(), changed="visitors", _raise_validation=True)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            other = {k: v for k, v in exc.errors.items() if k not in self.form.errors}
            if other:
                QMessageBox.warning(self, tr("Please check"), "\n".join(other.values()))
            return
        if result is not None:
            self.accept()


class PeriodDialog(QDialog):
    """Choose the period for the registration sheet / Excel register."""

    def __init__(self, title: str, parent: QWidget | None = None, start: dt.date | None = None,
                 end: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        today = QDate.currentDate()
        self.date_from = add_row(form, tr("From"), QDateEdit(QDate(start) if start else today))
        self.date_to = add_row(form, tr("To"), QDateEdit(QDate(end) if end else today))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        form.addRow(dialog_buttons(self, self._accept))

    def _accept(self) -> None:
        if self.date_to.date() < self.date_from.date():
            QMessageBox.warning(self, tr("Please check"), tr("The end date is before the start date."))
            return
        self.accept()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()


class BookingDialog(QDialog):
    """Book a viewing (看房预约)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Book an appointment"))
        form = QFormLayout(self)
        self.day = add_row(form, tr("Day"), QDateEdit(QDate.currentDate()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.time = add_row(form, tr("Time"), QTimeEdit(QTime(10, 0)))
        self.time.setDisplayFormat("HH:mm")
        self.name = add_row(form, tr("Name"), QLineEdit())
        self.phone = add_row(form, tr("Phone"), QLineEdit())
        self.company = add_row(form, tr("Company"), QLineEdit())
        self.host = add_row(form, tr("Host"), QComboBox())
        self.host.addItem("", None)
        for u in accounts.staff():
            self.host.addItem(u.display_name, u.id)
        self.purpose = add_row(form, tr("Purpose"), QComboBox())
        self.purpose.setEditable(True)
        self.purpose.addItems(visitors.purposes())
        self.party = add_row(form, tr("Party size"), QSpinBox())
        self.party.setRange(1, visitors.MAX_PARTY)
        self.notes = add_row(form, tr("Notes"), QLineEdit())
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(dialog_buttons(self, self.save))

    def save(self) -> None:
        b = appointments.Booking(day=self.day.date().toPython(), time=self.time.time().toPython(),
                                 name=self.name.text(), phone=self.phone.text(), company=self.company.text(),
                                 host_id=self.host.currentData(), purpose=self.purpose.currentText(),
                                 party_size=self.party.value(), notes=self.notes.text())
        try:
            result = bus_mod.run(self, appointments.book, b, changed="visitors", _raise_validation=True)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        if result is not None:
            self.accept()


class RefusalListDialog(QDialog):
    """The refusal list: see it; managers add and remove entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Refusal list"))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Phone"), tr("ID number"), tr("Reason"), tr("Listed")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        lay.addWidget(self.table)
        form = QFormLayout()
        self.name = add_row(form, tr("Name"), QLineEdit())
        self.phone = add_row(form, tr("Phone"), QLineEdit())
        self.id_number = add_row(form, tr("ID number"), QLineEdit())
        self.reason = add_row(form, tr("Reason"), QLineEdit())
        lay.addLayout(form)
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add to the list"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        lay.addLayout(row)
        editable = permissions.can("refusal.edit")
        for w in (self.add_button, self.remove_button, self.name, self.phone, self.id_number, self.reason):
            w.setEnabled(editable)
        self.resize(720, 480)
        self.load()

    def load(self) -> None:
        full = visitors.pii_shown()
        self.entries = refusals.entries()
        self.table.setRowCount(len(self.entries))
        for i, e in enumerate(self.entries):
            for j, v in enumerate((e.name, visitors.show_phone(e.phone, full), visitors.show_id(e.id_number, full),
                                   e.reason, e.created_at.strftime("%Y-%m-%d"))):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def add(self) -> None:
        result = bus_mod.run(self, refusals.add, self.reason.text(), name=self.name.text(), phone=self.phone.text(),
                             id_number=self.id_number.text(), changed="visitors")
        if result is not None:
            for w in (self.name, self.phone, self.id_number, self.reason):
                w.clear()
            self.load()

    def remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.entries):
            bus_mod.run(self, refusals.deactivate, self.entries[row].id, changed="visitors")
            self.load()
