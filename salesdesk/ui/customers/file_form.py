"""The customer file as a form, grouped so it can be scanned at a glance:
who (identity), how to reach them, the sale, what they look for, family and
preferences, notes. The form only collects text; the service cleans and checks
it (customers.clean_fields) and the form marks the fields it names."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from salesdesk import accounts, customers, settings
from salesdesk.i18n import _
from salesdesk.models.customers import CONFIDENTIALITY, GENDERS, GRADES, PHONE_KINDS, STATUSES, Customer
from salesdesk.normalize import ID_TYPES
from salesdesk.ui.customers.common import ERROR_STYLE
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, labelled

class _WheelGuard(QObject):
    """The form scrolls with the mouse wheel; a choice box under the pointer must not
    take that wheel turn (it silently turned 普通 into 绝密). It takes it only once the
    user has clicked or tabbed into it."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QComboBox) and not obj.hasFocus():
            QApplication.sendEvent(self.area.viewport(), event)  # the form scrolls instead
            return True
        return False


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(label, value)
    return box


def _set_combo(box: QComboBox, value: Any) -> None:
    i = box.findData(value)
    box.setCurrentIndex(max(i, 0))


class PhoneRows(QWidget):
    """Several typed phones: a number box and a kind per row, "Add phone" for more."""

    rows_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QLineEdit, QComboBox]] = []
        self.add_button = QPushButton(tr("Add phone"))
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())
        self.lay.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.set_phones([])

    def add_row(self, phone: str = "", kind: str = "mobile") -> QLineEdit:
        edit = QLineEdit(phone)
        edit.setPlaceholderText("138 0013 8000")
        edit.setMinimumWidth(130)
        n = len(self.rows) + 1
        labelled(edit, tr("Phone") if n == 1 else tr("Phone {n}").format(n=n))
        kind_box = _combo([(k, _(customers.PHONE_KIND_LABELS[k])) for k in PHONE_KINDS])
        labelled(kind_box, tr("Phone type {n}").format(n=n))
        _set_combo(kind_box, kind)
        row = QHBoxLayout()
        row.addWidget(edit, 3)
        row.addWidget(kind_box, 1)
        self.lay.insertLayout(self.lay.count() - 1, row)
        self.rows.append((edit, kind_box))
        self.rows_changed.emit()
        return edit

    def set_phones(self, phones: list[tuple[str, str]]) -> None:
        for edit, kind in self.rows:
            for w in (edit, kind):
                w.setParent(None)  # gone from the form at once, not at the next event loop turn
                w.deleteLater()
        while self.lay.count() > 1:
            item = self.lay.takeAt(0)
            if item.layout():
                item.layout().deleteLater()
        self.rows = []
        for phone, kind in phones or [("", "mobile")]:
            self.add_row(phone, kind)

    def phones(self) -> list[tuple[str, str]]:
        """Every row, empty ones too: the service skips them, and its error keys
        (phone0, phone1...) then point at the right row."""
        return [(e.text().strip(), k.currentData()) for e, k in self.rows]

    def mark(self, errors: dict[str, str]) -> None:
        for i, (edit, _k) in enumerate(self.rows):
            msg = errors.get(f"phone{i}")
            edit.setStyleSheet(ERROR_STYLE if msg else "")
            edit.setToolTip(msg or "")


class CustomerForm(QScrollArea):
    """Edit one file. ``load(customer)``; ``values()`` -> (fields, phones)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        self._grid = grid
        self.setWidget(body)
        self.fields: dict[str, QWidget] = {}

        who = QGroupBox(tr("Identity"))
        f = QFormLayout(who)
        self.name = add_row(f, tr("Name"), QLineEdit())
        self.gender = add_row(f, tr("Gender"), _combo([(g, _(customers.GENDER_LABELS[g])) for g in GENDERS]))
        self.birthday = add_row(f, tr("Birthday"), QLineEdit())
        self.birthday.setPlaceholderText("1990-03-05")
        self.id_type = add_row(f, tr("ID type"), _combo([(k, _(label)) for k, label in ID_TYPES]))
        self.id_number = add_row(f, tr("ID number"), QLineEdit())

        reach = QGroupBox(tr("Contact details"))
        f = QFormLayout(reach)
        self.phones = PhoneRows()
        add_row(f, tr("Phones"), self.phones)
        self.company = add_row(f, tr("Company"), QLineEdit())
        self.position = add_row(f, tr("Position"), QLineEdit())
        self.address = add_row(f, tr("Address"), QLineEdit())

        sale = QGroupBox(tr("Consultant and status"))
        f = QFormLayout(sale)
        self.consultant = add_row(f, tr("Consultant"), QComboBox())
        self.status = add_row(f, tr("Status"), _combo([(s, customers.status_label(s)) for s in STATUSES]))
        self.grade = add_row(f, tr("Grade"), _combo([(g, g) for g in GRADES]))
        self.source = add_row(f, tr("Source"), QComboBox())
        self.source.setEditable(True)
        self.confidentiality = add_row(f, tr("Confidentiality"), _combo([(c, customers.confidentiality_label(c)) for c in CONFIDENTIALITY]))
        self.tags = add_row(f, tr("Tags"), QLineEdit())
        self.tags.setPlaceholderText(tr("comma-separated, e.g. 刚需, 学区"))

        wants = QGroupBox(tr("Interests"))
        f = QFormLayout(wants)
        self.interest_unit_type = add_row(f, tr("Unit type"), QLineEdit())
        self.interest_area = add_row(f, tr("Area"), QLineEdit())
        self.interest_budget = add_row(f, tr("Budget"), QLineEdit())

        family = QGroupBox(tr("Family and preferences"))
        f = QFormLayout(family)
        # the template's long labels ("Children (birth date, school)") above their boxes: the boxes
        # get the group's whole width instead of what a column of long labels leaves them
        f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.family = add_row(f, tr("Family"), QPlainTextEdit())
        self.preferences = add_row(f, tr("Preferences"), QPlainTextEdit())
        for box in (self.family, self.preferences):
            box.setTabChangesFocus(True)
            box.setFixedHeight(52)
        self.profile: dict[str, QLineEdit] = {}
        for key, label in customers.PROFILE_FIELDS:
            self.profile[key] = add_row(f, _(label), QLineEdit())

        notes = QGroupBox(tr("Notes"))
        v = QVBoxLayout(notes)
        self.notes = labelled(QPlainTextEdit(), tr("Notes"))
        self.notes.setTabChangesFocus(True)
        v.addWidget(self.notes)

        self._groups = (who, reach, sale, wants, family, notes)
        self._columns = 0
        self._arrange(2)

        self.fields = {"name": self.name, "gender": self.gender, "birthday": self.birthday, "id_type": self.id_type,
                       "id_number": self.id_number, "company": self.company, "position": self.position,
                       "address": self.address, "consultant": self.consultant, "status": self.status,
                       "grade": self.grade, "source": self.source, "confidentiality": self.confidentiality,
                       "tags": self.tags, "interest_unit_type": self.interest_unit_type,
                       "interest_area": self.interest_area, "interest_budget": self.interest_budget,
                       "family": self.family, "preferences": self.preferences, "notes": self.notes}
        self._wheel_guard = _WheelGuard(self)
        self.phones.rows_changed.connect(self._guard_combos)
        self._guard_combos()
        self.phones.rows_changed.connect(self.fix_tab_order)
        self.fill_choices()
        self.fix_tab_order()

    # --- layout: two columns of groups when there is room, else one -----------------------
    def _two_column_width(self) -> int:
        """The width two columns need: the widest group of each column side by side."""
        who, reach, sale, wants, family, notes = self._groups
        left = max(g.minimumSizeHint().width() for g in (who, sale, family))
        right = max(g.minimumSizeHint().width() for g in (reach, wants, notes))
        m = self._grid.contentsMargins()
        return left + right + self._grid.horizontalSpacing() + m.left() + m.right()

    def _arrange(self, columns: int) -> None:
        """Lay the groups out in ``columns`` (1 or 2). One column when the pane is narrow
        (the reception dock open beside the tab on a 1440-pixel screen): the form then
        scrolls down, never sideways."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for g in self._groups:
            grid.removeWidget(g)
        for r in range(8):
            grid.setRowStretch(r, 0)
        who, reach, sale, wants, family, notes = self._groups
        if columns == 2:
            grid.addWidget(who, 0, 0)
            grid.addWidget(reach, 0, 1)
            grid.addWidget(sale, 1, 0)
            grid.addWidget(wants, 1, 1)
            grid.addWidget(family, 2, 0, 2, 1)
            grid.addWidget(notes, 2, 1)
            grid.setRowStretch(3, 1)
            grid.setColumnStretch(1, 1)
        else:
            for r, g in enumerate((who, reach, sale, wants, family, notes)):  # the tab order
                grid.addWidget(g, r, 0)
            grid.setColumnStretch(1, 0)
            grid.setRowStretch(6, 1)
        grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        need, width = self._two_column_width(), self.viewport().width()
        if width < need:
            self._arrange(1)
        elif width >= need + 24:  # a scroll bar's width of slack: no flip-flop as it comes and goes
            self._arrange(2)

    def _guard_combos(self) -> None:
        for box in self.widget().findChildren(QComboBox):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel either
            box.removeEventFilter(self._wheel_guard)
            box.installEventFilter(self._wheel_guard)

    def fix_tab_order(self) -> None:
        """Top to bottom, group by group (phone rows are added later than the fields)."""
        f = self.fields
        chain = [f["name"], f["gender"], f["birthday"], f["id_type"], f["id_number"]]
        for edit, kind in self.phones.rows:
            chain += [edit, kind]
        chain += [self.phones.add_button, f["company"], f["position"], f["address"], f["consultant"], f["status"],
                  f["grade"], f["source"], f["confidentiality"], f["tags"], f["interest_unit_type"],
                  f["interest_area"], f["interest_budget"], f["family"], f["preferences"],
                  *self.profile.values(), f["notes"]]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def fill_choices(self) -> None:
        current = self.consultant.currentData()
        self.consultant.clear()
        self.consultant.addItem(tr("(none)"), None)
        for u in accounts.staff(("consultant", "manager")):
            self.consultant.addItem(str(u), u.id)
        _set_combo(self.consultant, current)
        text = self.source.currentText()
        self.source.clear()
        self.source.addItems([""] + list(settings.get("customers.sources")))
        self.source.setCurrentText(text)

    def load(self, c: Customer | None) -> None:
        """Show a file (None: an empty form for a new file). PII is masked unless allowed."""
        self.fill_choices()
        self.mark({})
        c = c or Customer(name="", status="prospect", grade="C", confidentiality="normal", id_type="id_card")
        self.name.setText(c.name)
        _set_combo(self.gender, c.gender)
        self.birthday.setText(c.birthday.isoformat() if c.birthday else "")
        _set_combo(self.id_type, c.id_type or "id_card")
        self.id_number.setText(customers.display_id(c.id_number) if c.id_number else "")
        self.phones.set_phones([(customers.display_phone(p.phone), p.kind) for p in customers.phones_of(c)] if c.id else [])
        for key in ("company", "position", "address", "tags", "interest_unit_type", "interest_area", "interest_budget"):
            self.fields[key].setText(getattr(c, key) or "" if key != "tags" else ", ".join(customers.tags_of(c)))
        _set_combo(self.consultant, c.consultant_id)
        _set_combo(self.status, c.status)
        _set_combo(self.grade, c.grade)
        self.source.setCurrentText(c.source or "")
        _set_combo(self.confidentiality, c.confidentiality)
        self.family.setPlainText(c.family or "")
        self.preferences.setPlainText(c.preferences or "")
        profile = customers.profile_of(c) if c.id else {}
        for key, edit in self.profile.items():
            edit.setText(profile.get(key, ""))
        self.notes.setPlainText(c.notes or "")
        editable = c.id is None or customers.can_edit(c)
        for w in [*self.fields.values(), *self.profile.values()]:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not editable)
            else:
                w.setEnabled(editable)
        self.phones.setEnabled(editable)

    def values(self) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        data: dict[str, Any] = {}
        for key, w in self.fields.items():
            if isinstance(w, QLineEdit):
                data[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                data[key] = w.toPlainText()
            elif key == "source":
                data[key] = w.currentText()
            else:
                data[key] = w.currentData()
        data["consultant"] = self.consultant.currentData()
        data["profile"] = {k: e.text() for k, e in self.profile.items()}
        return data, self.phones.phones()

    def mark(self, errors: dict[str, str]) -> None:
        """Outline the fields the service complained about, with the message as tooltip."""
        for key, w in self.fields.items():
            msg = errors.get(key)
            w.setStyleSheet(ERROR_STYLE if msg else "")
            w.setToolTip(msg or "")
        self.phones.mark(errors)
        first = next((self.fields[k] for k in errors if k in self.fields), None)
        if first is not None:
            first.setFocus()
