"""The check-in form: phone first, one line of typing per field, Enter submits.

Kept as its own widget so the sales-reception desk (issue 9) can extend it:
subclass it, add rows in ``build_rows`` and fields in ``data()``.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from salesdesk import accounts, refusals, visitors
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import _
from salesdesk.models.visitors import Visit
from salesdesk.normalize import ID_TYPES, phone_digits
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row
from salesdesk.visitors import CheckIn, RefusalBlocked

ERROR_STYLE = "color: #b00020;"


class CheckInForm(QGroupBox):
    """Emits ``checked_in(visit)`` after a successful save; the form is then cleared."""

    checked_in = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Check in a visitor"), parent)
        self.customer_id: int | None = None
        self.appointment_id: int | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, tuple[int, QLabel]] = {}
        self.build_rows()
        self.known = QLabel()
        self.known.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: white; background: #b00020; padding: 4px; font-weight: bold;")
        self.warning.hide()
        self.submit_button = QPushButton(tr("Check in (Enter)"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(tr("Clear (Esc)"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button, 1)
        buttons.addWidget(self.clear_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.warning)
        lay.addLayout(self.form)
        lay.addWidget(self.known)
        lay.addLayout(buttons)
        lay.addStretch(1)
        for w in self.fields.values():
            w.installEventFilter(self)
            if isinstance(w, QComboBox) and w.lineEdit() is not None:
                w.lineEdit().installEventFilter(self)
        self.reload_lists()

    # --- building -------------------------------------------------------------
    def _row(self, key: str, label: str, widget: QWidget) -> QWidget:
        add_row(self.form, label, widget)
        err = QLabel()
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        self.form.addRow(err)
        row = self.form.rowCount() - 1
        self.form.setRowVisible(row, False)
        self.fields[key] = widget
        self.errors[key] = (row, err)
        return widget

    def build_rows(self) -> None:
        self.phone = self._row("phone", tr("Phone"), QLineEdit())
        self.phone.setPlaceholderText(tr("138 0013 8000 — a known phone fills the rest"))
        self.phone.editingFinished.connect(self.phone_entered)
        self.phone.textEdited.connect(self._phone_typed)
        self.name = self._row("name", tr("Name"), QLineEdit())
        self.company = self._row("company", tr("Company"), QLineEdit())
        self.id_type = self._row("id_type", tr("ID type"), QComboBox())
        for code, label in ID_TYPES:
            self.id_type.addItem(_(label), code)
        self.id_number = self._row("id_number", tr("ID number"), QLineEdit())
        self.id_number.editingFinished.connect(self._check_refusal)
        self.party_size = self._row("party_size", tr("Party size"), QSpinBox())
        self.party_size.setRange(1, visitors.MAX_PARTY)
        self.purpose = self._row("purpose", tr("Purpose"), QComboBox())
        self.purpose.setEditable(True)
        self.host = self._row("host", tr("Host"), QComboBox())
        self.host.setEditable(True)
        self.host.lineEdit().setPlaceholderText(tr("staff member visited"))
        self.plate = self._row("plate", tr("Vehicle plate"), QLineEdit())
        self.badge = self._row("badge", tr("Badge"), QLineEdit())
        self.visitor_class = self._row("visitor_class", tr("Visitor class"), QComboBox())
        for code in ("normal", "vip"):
            self.visitor_class.addItem(_(visitors.CLASS_LABELS[code]), code)
        self.notes = self._row("notes", tr("Notes"), QLineEdit())

    def reload_lists(self) -> None:
        """Purposes (a setting) and the staff list may change while the window is open."""
        current = self.purpose.currentText()
        self.purpose.clear()
        self.purpose.addItems([""] + visitors.purposes())
        self.purpose.setCurrentText(current)
        current = self.host.currentText()
        self.host.clear()
        self.host.addItem("", None)
        for u in accounts.staff():
            self.host.addItem(u.display_name, u.id)
        self.host.setCurrentText(current)

    # --- keyboard ----------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                combo = obj if isinstance(obj, QComboBox) else obj.parent() if isinstance(obj.parent(), QComboBox) else None
                if combo is not None and combo.view().isVisible():
                    return False  # Enter picks from the open list
                if obj is self.phone:
                    self.phone_entered()
                self.submit()
                return True
            if key == Qt.Key.Key_Escape:
                self.clear()
                return True
        return super().eventFilter(obj, event)

    # --- phone first ----------------------------------------------------------
    def _phone_typed(self, text: str) -> None:
        if len(phone_digits(text)) >= 11:
            self.phone_entered()

    def phone_entered(self) -> None:
        text = self.phone.text().strip()
        if not text:
            self.known.clear()
            return
        person = visitors.lookup_phone(text)
        if person is None:
            self.known.setText(tr("New visitor."))
            self.customer_id = None
        else:
            if not self.name.text().strip():
                self.name.setText(person.name)
            if not self.company.text().strip():
                self.company.setText(person.company)
            if not self.plate.text().strip():
                self.plate.setText(person.plate)
            if person.id_number and not self.id_number.text().strip():
                self.id_number.setText(person.id_number)
                self.id_type.setCurrentIndex(max(0, self.id_type.findData(person.id_type)))
            self.customer_id = person.customer_id
            parts = []
            if person.name:
                parts.append(tr("Known: {name}").format(name=person.name))
                if person.customer_file_no:
                    parts.append(tr("customer file {no}").format(no=person.customer_file_no))
            elif person.customer_shown:  # a confidential file this user may not read: its number, never its name
                parts.append(tr("Known: customer file {file}").format(file=person.customer_shown))
            if person.visits:
                parts.append(tr("{n} earlier visit(s), last {date}").format(
                    n=person.visits, date=person.last_visit.strftime("%Y-%m-%d")))
            self.known.setText(" · ".join(parts))
        self._check_refusal()

    def _check_refusal(self) -> None:
        listed = refusals.check(self.phone.text(), self.id_number.text())
        if listed:
            self.warning.setText(tr("On the refusal list — do not let in: {reason}").format(
                reason="; ".join(e.reason for e in listed)))
            self.warning.show()
        else:
            self.warning.hide()

    # --- data ------------------------------------------------------------------------
    def data(self) -> CheckIn:
        host_text = self.host.currentText().strip()
        idx = self.host.findText(host_text, Qt.MatchFlag.MatchFixedString) if host_text else -1
        host_id = self.host.itemData(idx) if idx > 0 else None  # typed names not on staff stay text
        return CheckIn(name=self.name.text(), phone=self.phone.text(), company=self.company.text(),
                       id_type=self.id_type.currentData(), id_number=self.id_number.text(),
                       party_size=self.party_size.value(), purpose=self.purpose.currentText(),
                       host_id=host_id, host_name=host_text, plate=self.plate.text(), badge=self.badge.text(),
                       visitor_class=self.visitor_class.currentData(), notes=self.notes.text(),
                       customer_id=self.customer_id, appointment_id=self.appointment_id)

    def fill(self, data: CheckIn) -> None:
        """Put a CheckIn into the form (an appointment being checked in, or Edit)."""
        self.clear()
        self.phone.setText(data.phone)
        self.name.setText(data.name)
        self.company.setText(data.company)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(data.id_type or "id_card")))
        self.id_number.setText(data.id_number)
        self.party_size.setValue(int(data.party_size or 1))
        self.purpose.setCurrentText(data.purpose)
        idx = self.host.findData(data.host_id) if data.host_id else -1
        if idx >= 0:
            self.host.setCurrentIndex(idx)
        else:
            self.host.setCurrentText(data.host_name)
        self.plate.setText(data.plate)
        self.badge.setText(data.badge)
        self.visitor_class.setCurrentIndex(max(0, self.visitor_class.findData(data.visitor_class)))
        self.notes.setText(data.notes)
        self.customer_id, self.appointment_id = data.customer_id, data.appointment_id
        self._check_refusal()

    def clear(self) -> None:
        for w in self.fields.values():
            if isinstance(w, QLineEdit):
                w.clear()
        self.id_type.setCurrentIndex(0)
        self.party_size.setValue(1)
        self.purpose.setCurrentIndex(0)
        self.host.setCurrentIndex(0)
        self.visitor_class.setCurrentIndex(0)
        self.customer_id = self.appointment_id = None
        self.known.clear()
        self.warning.hide()
        self.show_errors({})
        self.phone.setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for key, (row, label) in self.errors.items():
            msg = errors.get(key, "")
            label.setText(msg)
            self.form.setRowVisible(row, bool(msg))
            self.fields[key].setStyleSheet("border: 1px solid #b00020;" if msg else "")
            if msg and first is None:
                first = self.fields[key]
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()

    # --- saving ------------------------------------------------------------------------
    def submit(self) -> Visit | None:
        data = self.data()
        try:
            visit = self._save(data)
        except ValidationError as exc:
            unknown = {k: v for k, v in exc.errors.items() if k not in self.errors}
            self.show_errors(exc.errors)
            if unknown:
                QMessageBox.warning(self, tr("Please check"), "\n".join(unknown.values()))
            return None
        if visit is None:
            return None
        self.clear()
        bus_mod.bus.status.emit(tr("{name} checked in at {time}.").format(name=visit.name, time=visit.time_in.strftime("%H:%M")))
        self.checked_in.emit(visit)
        return visit

    def _save(self, data: CheckIn) -> Visit | None:
        """Save through the bus; a refusal-list hit asks for a manager override first."""
        def attempt():
            try:
                return visitors.check_in(data)
            except RefusalBlocked as exc:
                return exc

        # a sales visit also changes the reception (queue, ownership, disputes)
        changed = ("visitors", "reception") if data.extra.get("reception") else "visitors"
        result = bus_mod.run(self, attempt, changed=changed, _raise_validation=True)
        if isinstance(result, RefusalBlocked):
            from salesdesk.ui.visitors.dialogs import OverrideDialog

            dlg = OverrideDialog(result, self)
            if not dlg.exec():
                return None
            data.override_reason, data.override_manager = dlg.reason(), dlg.manager()
            return bus_mod.run(self, visitors.check_in, data, changed=changed, _raise_validation=True)
        return result


__all__ = ["CheckInForm", "SalesDeskError"]
