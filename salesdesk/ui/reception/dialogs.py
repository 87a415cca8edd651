"""Dialogs of the reception panel: a reason, the manager's queue order, a dispute's evidence and decision."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from salesdesk import customers, ownership, permissions, reception, rotation
from salesdesk.errors import ValidationError
from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.reception import Dispute
from salesdesk.rotation import QueueEntry
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, dialog_buttons, labelled


class ReorderDialog(QDialog):
    """Managers set the queue order: Ctrl+Up/Down (or drag) moves the selected consultant."""

    def __init__(self, entries: list[QueueEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reorder the rotation queue"))
        lay = QVBoxLayout(self)
        hint = QLabel(tr("Move the selected consultant with Ctrl+Up / Ctrl+Down (or drag). The reason is kept in the queue log."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.list = QListWidget()
        labelled(self.list, tr("Queue order"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        for e in entries:
            item = QListWidgetItem(e.consultant.display_name + ("" if e.status == "on_duty" else f" ({_(rotation.STATUS_LABELS[e.status])})"))
            item.setData(Qt.ItemDataRole.UserRole, e.consultant.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        lay.addWidget(self.list, 1)
        form = QFormLayout()
        self.reason_edit = add_row(form, tr("Reason"), QLineEdit())
        lay.addLayout(form)
        lay.addWidget(dialog_buttons(self, self._accept))
        self.list.installEventFilter(self)
        if not permissions.can("reception.manage"):
            note = QLabel(tr("Only a manager may reorder the queue."))
            note.setStyleSheet("color: #b00020;")
            lay.insertWidget(0, note)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.list and event.type() == QEvent.Type.KeyPress and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(obj, event)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def _accept(self) -> None:
        if not self.reason_edit.text().strip():
            self.reason_edit.setFocus()
            self.reason_edit.setStyleSheet("border: 1px solid #b00020;")
            return
        self.accept()

    def order(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def reason(self) -> str:
        return self.reason_edit.text().strip()


def evidence_text(ev: ownership.Evidence) -> str:
    """The evidence as the manager reads it: first visit, every reception, the ownership log."""
    lines = [tr("Customer: {name} ({no})").format(name=customers.shown_name(ev.customer), no=ev.customer.file_no)]
    if ev.first_visit_at:
        lines.append(tr("First visit: {time}, served by {name}").format(
            time=ev.first_visit_at.strftime("%Y-%m-%d %H:%M"), name=ev.first_consultant.display_name if ev.first_consultant else "-"))
    else:
        lines.append(tr("No first-visit record at the desk (file opened elsewhere on {date}).").format(
            date=ev.customer.created_at.strftime("%Y-%m-%d")))
    lines.append(tr("Owner now: {name}; protected until {date}").format(
        name=ev.owner.display_name if ev.owner else tr("none (open pool)"),
        date=ev.protected_until.isoformat() if ev.protected_until else "-"))
    lines.append("")
    lines.append(tr("Visits received:"))
    for r in ev.receptions:
        lines.append("  " + tr("{time}  {name}  {reason}  {kind}").format(
            time=r.arrived_at.strftime("%Y-%m-%d %H:%M"), name=r.consultant.display_name,
            reason=_(reception.REASON_LABELS.get(r.reason, r.reason)),
            kind=_("First visit") if r.first_visit else _("Return visit")))
    lines.append("")
    lines.append(tr("Follow-ups and ownership log:"))
    for e in ev.events:
        lines.append("  " + "  ".join(x for x in (e.ts.strftime("%Y-%m-%d %H:%M"), _(ownership.EVENT_LABELS.get(e.event, e.event)),
                                                  e.consultant.display_name if e.consultant else "", e.note) if x))
    return "\n".join(lines)


class DisputeDialog(QDialog):
    """The evidence of a dispute, and the manager's decision with its reason."""

    def __init__(self, dispute_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dispute = Dispute.get_by_id(dispute_id)
        self.setWindowTitle(tr("Ownership dispute: {name}").format(name=customers.shown_name(self.dispute.customer)))
        self.resize(620, 560)
        lay = QVBoxLayout(self)
        head = QLabel(tr("Owner: {owner} — claimed by {claimant} on {date}. Claim: {claim}").format(
            owner=self.dispute.owner.display_name if self.dispute.owner else tr("none"),
            claimant=self.dispute.claimant.display_name, date=self.dispute.raised_at.strftime("%Y-%m-%d %H:%M"),
            claim=self.dispute.claim or "-"))
        head.setWordWrap(True)
        lay.addWidget(head)
        self.evidence = labelled(QPlainTextEdit(evidence_text(ownership.evidence(self.dispute.customer))), tr("Evidence"))
        self.evidence.setReadOnly(True)
        lay.addWidget(self.evidence, 1)
        self.choice = QButtonGroup(self)
        self.options: list[tuple[QRadioButton, User | None]] = []
        choices = [(self.dispute.claimant, tr("Give to the claimant {name}").format(name=self.dispute.claimant.display_name)),
                   (None, tr("Neither: return to the open pool"))]
        if self.dispute.owner is not None:
            choices.insert(0, (self.dispute.owner, tr("Keep with the owner {name}").format(name=self.dispute.owner.display_name)))
        for user, label in choices:
            rb = QRadioButton(label)
            self.choice.addButton(rb)
            self.options.append((rb, user))
            lay.addWidget(rb)
        self.options[0][0].setChecked(True)
        form = QFormLayout()
        self.reason_edit = add_row(form, tr("Reason for the decision"), QLineEdit())
        lay.addLayout(form)
        self.buttons = dialog_buttons(self, self._decide)
        lay.addWidget(self.buttons)
        if not permissions.can("reception.manage"):
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            note = QLabel(tr("Only a manager decides a dispute."))
            note.setStyleSheet("color: #b00020;")
            lay.addWidget(note)
        self.reason_edit.setFocus()

    def winner(self) -> User | None:
        for rb, user in self.options:
            if rb.isChecked():
                return user
        return None

    def _decide(self) -> None:
        try:
            done = bus_mod.run(self, ownership.decide, self.dispute.id, self.winner(), self.reason_edit.text(),
                               changed=("reception", "customers"), _raise_validation=True)
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Please check"), str(exc))
            self.reason_edit.setFocus()
            return
        if done is not None:
            self.accept()


class RaiseDisputeDialog(QDialog):
    """A consultant says a customer owned by someone else is theirs (撞单): find the
    customer by phone, name the claimant and the claim; a manager decides later."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Raise an ownership dispute"))
        self.customer = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.phone = add_row(form, tr("Customer's phone"), QLineEdit())
        self.phone.editingFinished.connect(self._find)
        self.found = QLabel()
        self.found.setWordWrap(True)
        form.addRow(self.found)
        self.claimant = add_row(form, tr("Claimed by"), QComboBox())
        for u in reception.consultants():
            self.claimant.addItem(u.display_name, u.id)
        self.claim = add_row(form, tr("Claim (what proves it)"), QLineEdit())
        lay.addLayout(form)
        lay.addWidget(dialog_buttons(self, self._raise))

    def _find(self) -> None:
        text = self.phone.text().strip()
        self.customer = customers.find_by_phone(text) if text else None
        if self.customer is None:
            self.found.setText(tr("No customer file has this phone.") if text else "")
            return
        st = ownership.state(self.customer)
        self.found.setText(tr("{name} ({no}), owner {owner}").format(
            name=customers.shown_name(self.customer), no=self.customer.file_no, owner=st.owner.display_name if st.owner else tr("none (open pool)")))

    def _raise(self) -> None:
        self._find()
        if self.customer is None:
            self.phone.setFocus()
            return
        claimant = User.get_or_none(User.id == self.claimant.currentData())
        if claimant is None:
            return
        if bus_mod.run(self, ownership.raise_dispute, self.customer, claimant, self.claim.text(),
                       changed="reception") is not None:
            self.accept()
