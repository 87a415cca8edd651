"""Taking a complaint: the intake form. Enter (Ctrl+Enter in text boxes) saves; a
wrong field is marked and keeps what was typed."""
from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from salesdesk import accounts, complaints as cp, customer_match, settings
from salesdesk.errors import ValidationError
from salesdesk.models.complaints import Complaint
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row

ERROR_STYLE = "border: 2px solid #b00020;"


def text_edit(height: int = 70) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    return w


def code_combo(pairs) -> QComboBox:
    w = QComboBox()
    for code, label in pairs:
        w.addItem(tr(label), code)
    return w


def list_combo(key: str, editable: bool = True) -> QComboBox:
    w = QComboBox()
    w.setEditable(editable)
    w.addItem("")
    w.addItems(settings.get(key))
    return w


def staff_combo(none_label: str) -> QComboBox:
    w = QComboBox()
    w.addItem(none_label, None)
    for u in accounts.staff():
        w.addItem(f"{u} ({u.department})" if u.department else str(u), u.id)
    return w


def chosen_user(combo: QComboBox):
    from salesdesk.models.accounts import User

    uid = combo.currentData()
    return User.get_or_none(User.id == uid) if uid else None


class IntakeDialog(QDialog):
    """A new complaint, or (``case`` given) correcting the intake of an open case."""

    def __init__(self, parent: QWidget | None = None, case: Complaint | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.setWindowTitle(tr("New complaint") if case is None else tr("Correct the intake of {no}").format(no=case.number))
        self.saved: Complaint | None = None
        left, right = QFormLayout(), QFormLayout()
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.kind = code_combo(cp.KINDS)
        self.channel = list_combo("complaints.channels")
        self.category = list_combo("complaints.categories")
        self.severity = code_combo(cp.SEVERITIES)
        self.complainant = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(tr("mobile, landline or e-mail"))
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        self.create_customer = QCheckBox(tr("Open a customer file if the phone is new"))
        self.create_customer.setChecked(True)
        self.department = list_combo("complaints.departments")
        self.handler = staff_combo(tr("(assign later)"))
        self.accused = staff_combo(tr("(nobody / not a colleague)"))
        self.accused_name = QLineEdit()
        self.accused_name.setPlaceholderText(tr("if not a colleague with an account"))
        self.content = text_edit(110)
        self.demand = text_edit(60)
        add_row(left, tr("Received at"), self.received)
        add_row(left, tr("Type"), self.kind)
        add_row(left, tr("Channel"), self.channel)
        add_row(left, tr("Category"), self.category)
        add_row(left, tr("Severity"), self.severity)
        add_row(left, tr("Complainant"), self.complainant)
        add_row(left, tr("Contact"), self.contact)
        left.addRow("", self.customer_label)
        add_row(left, tr("Customer file"), self.create_customer)
        add_row(right, tr("Department"), self.department)
        add_row(right, tr("Handler"), self.handler)
        add_row(right, tr("Person complained about"), self.accused)
        add_row(right, tr("Other person complained about"), self.accused_name)
        add_row(right, tr("Content"), self.content)
        add_row(right, tr("Customer's demand"), self.demand)
        self.deadline_label = QLabel()
        self.deadline_label.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.deadline_label)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        self.fields = {"received_at": self.received, "kind": self.kind, "channel": self.channel, "category": self.category,
                       "severity": self.severity, "complainant": self.complainant, "contact": self.contact,
                       "department": self.department, "handler": self.handler, "accused": self.accused,
                       "content": self.content, "demand": self.demand}
        self.kind.currentIndexChanged.connect(self.update_deadlines)
        self.received.dateTimeChanged.connect(self.update_deadlines)
        self.contact.editingFinished.connect(self.look_up_customer)
        if case is not None:
            self._fill(case)
        self.update_deadlines()
        self.complainant.setFocus()
        self.resize(900, 560)

    def _fill(self, c: Complaint) -> None:
        self.received.setDateTime(QDateTime(c.received_at))
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.severity.setCurrentIndex(max(0, self.severity.findData(c.severity)))
        self.channel.setCurrentText(c.channel)
        self.category.setCurrentText(c.category)
        self.department.setCurrentText(c.department)
        self.complainant.setText(c.complainant)
        self.contact.setText(c.contact)
        self.content.setPlainText(c.content)
        self.demand.setPlainText(c.demand)
        self.accused.setCurrentIndex(max(0, self.accused.findData(c.accused_id)))
        self.accused_name.setText(c.accused_name)
        self.handler.setCurrentIndex(max(0, self.handler.findData(c.handler_id)))
        self.handler.setEnabled(False)
        self.handler.setToolTip(tr("Change the handler in the case window (Assign handler)."))
        self.create_customer.setChecked(False)
        self.create_customer.setEnabled(False)

    def update_deadlines(self) -> None:
        received = self.received.dateTime().toPython()
        first, settle = cp.deadlines(received, self.kind.currentData())
        self.deadline_label.setText(tr("First answer by {first}; settle by the end of {settle} ({n} working days).").format(
            first=first.strftime("%Y-%m-%d %H:%M"), settle=settle.isoformat(), n=cp.deadline_days(self.kind.currentData())))

    def look_up_customer(self) -> None:
        match = customer_match.by_phone(self.contact.text())  # a confidential file: its number only
        if match is not None:
            self.customer_label.setText(tr("Known customer: {name} (file {no}); the complaint is linked to the file.").format(
                name=match.shown_name, no=match.file_no))
            if match.name and not self.complainant.text().strip():  # never the placeholder as the complainant
                self.complainant.setText(match.name)
        else:
            self.customer_label.setText("")

    def intake(self) -> cp.Intake:
        return cp.Intake(
            content=self.content.toPlainText(), complainant=self.complainant.text(), contact=self.contact.text(),
            kind=self.kind.currentData(), channel=self.channel.currentText(), category=self.category.currentText(),
            severity=self.severity.currentData(), demand=self.demand.toPlainText(), department=self.department.currentText(),
            handler=chosen_user(self.handler), accused=chosen_user(self.accused), accused_name=self.accused_name.text(),
            create_customer=self.create_customer.isChecked(),
            received_at=self.received.dateTime().toPython().replace(second=0, microsecond=0))

    def save(self) -> None:
        for w in self.fields.values():
            w.setStyleSheet("")
        try:
            if self.case is None:
                c = bus_mod.run(self, cp.take, self.intake(), changed=("complaints", "customers"), _raise_validation=True)
            else:
                c = bus_mod.run(self, cp.edit_intake, self.case, self.intake(), changed="complaints", _raise_validation=True)
        except ValidationError as exc:
            self.error.setText(str(exc))
            first = None
            for key in exc.errors:
                w = self.fields.get(key)
                if w is not None:
                    w.setStyleSheet(ERROR_STYLE)
                    first = first or w
            if first is not None:
                first.setFocus()
            return
        if c is None:
            return
        self.error.clear()
        self.saved = c
        if self.case is not None:
            self.accept()
            return
        msg = tr("Complaint {no} registered. Settle by {date}.").format(no=c.number, date=c.settle_due.isoformat())
        bus_mod.bus.status.emit(msg)
        if c.severity == "major":
            QMessageBox.information(self, tr("Major case"), tr("{no} is a major case: it was escalated to the manager. Tell the manager now.").format(no=c.number))
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        # Enter in a one-line field saves (text boxes keep Enter for new lines; Ctrl+Enter saves there)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPlainTextEdit):
            self.save()
            return
        super().keyPressEvent(event)

