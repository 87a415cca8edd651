"""One case and its loop: details, next steps, investigation, opinion and sign-off,
reply, follow-up, history, and printing its sheet.

Only the steps allowed in the case's status are enabled; the services refuse
the rest anyway and say why. What is typed stays in the boxes when a step is
refused.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget, QHeaderView, QAbstractItemView)

from salesdesk import complaints as cp, permissions
from salesdesk.models.complaints import Complaint
from salesdesk.ui import bus as bus_mod
from salesdesk.ui import printing
from salesdesk.ui.complaints.intake_dialog import chosen_user, code_combo, list_combo, staff_combo, text_edit
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, labelled


def _ts(v) -> str:
    return v.strftime("%Y-%m-%d %H:%M") if v else "—"


class CaseDialog(QDialog):
    def __init__(self, complaint: Complaint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cp.check_open(complaint)
        self.c = complaint
        self.resize(980, 700)
        tabs = QTabWidget()
        self.tabs = tabs
        # --- summary -----------------------------------------------------------------
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel()
        self.state.setWordWrap(True)
        # --- next step -----------------------------------------------------------------
        step = QWidget()
        form = QFormLayout(step)
        self.handler = staff_combo(tr("(choose)"))
        self.department = list_combo("complaints.departments")
        self.note = text_edit(80)
        self.note.setPlaceholderText(tr("What was done or told to the customer; the reason when not accepted"))
        add_row(form, tr("Handler"), self.handler)
        add_row(form, tr("Department"), self.department)
        add_row(form, tr("Note"), self.note)
        row = QHBoxLayout()
        self.assign_btn = self._button(row, tr("Assign handler"), self.do_assign)
        self.start_btn = self._button(row, tr("Start handling"), self.do_start)
        self.first_btn = self._button(row, tr("Record first answer"), self.do_first_answer)
        self.reject_btn = self._button(row, tr("Not accepted…"), self.do_reject)
        form.addRow(row)
        tabs.addTab(step, tr("Next step"))
        # --- investigation and opinion ------------------------------------------------------
        inv = QWidget()
        iform = QFormLayout(inv)
        self.inv: dict[str, QWidget] = {}
        for key in cp.INVESTIGATION:
            w = QLineEdit() if key == "responsible" else text_edit(44)
            self.inv[key] = w
            add_row(iform, tr(cp.INVESTIGATION_LABELS[key]), w)
        self.save_inv_btn = QPushButton(tr("Save investigation"))
        self.save_inv_btn.clicked.connect(self.do_save_investigation)
        iform.addRow(self.save_inv_btn)
        self.opinion = text_edit(60)
        add_row(iform, tr("Handling opinion"), self.opinion)
        orow = QHBoxLayout()
        self.save_opinion_btn = self._button(orow, tr("Save opinion"), self.do_save_opinion)
        self.signoff_btn = self._button(orow, tr("Sign off (manager)"), self.do_sign_off)
        self.signoff_label = QLabel()
        orow.addWidget(self.signoff_label, 1)
        iform.addRow(orow)
        tabs.addTab(inv, tr("Investigation and opinion"))
        # --- reply and follow-up -------------------------------------------------------------
        rep = QWidget()
        rform = QFormLayout(rep)
        self.reply = text_edit(70)
        add_row(rform, tr("Reply to the customer"), self.reply)
        self.reply_btn = QPushButton(tr("Send reply (customer answered)"))
        self.reply_btn.clicked.connect(self.do_reply)
        rform.addRow(self.reply_btn)
        self.grade = code_combo(cp.GRADES)
        self.follow_note = QLineEdit()
        add_row(rform, tr("Satisfaction"), self.grade)
        add_row(rform, tr("Follow-up note"), self.follow_note)
        frow = QHBoxLayout()
        self.follow_btn = self._button(frow, tr("Record follow-up call"), self.do_follow_up)
        self.close_btn = self._button(frow, tr("Close the case"), self.do_close)
        rform.addRow(frow)
        tabs.addTab(rep, tr("Reply and follow-up"))
        # --- history ---------------------------------------------------------------------------
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([tr("Time"), tr("Step"), tr("By"), tr("Note")])
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        labelled(self.history, tr("Status history"))
        tabs.addTab(self.history, tr("Status history"))
        # --- bottom -----------------------------------------------------------------------------
        bottom = QHBoxLayout()
        self.print_btn = self._button(bottom, tr("Print sheet…"), self.do_print)
        self.save_pdf_btn = self._button(bottom, tr("Save sheet as PDF…"), self.do_save_pdf)
        self.edit_btn = self._button(bottom, tr("Correct intake…"), self.do_edit_intake)
        bottom.addStretch(1)
        self._button(bottom, tr("Close window"), self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.state)
        lay.addWidget(tabs, 1)
        lay.addLayout(bottom)
        self.load()
        self._show_next_step_tab()

    def _button(self, layout, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        layout.addWidget(b)
        return b

    # --- showing the case -------------------------------------------------------------------
    def load(self) -> None:
        c = self.c = Complaint.get_by_id(self.c.id)
        self.setWindowTitle(tr("Complaint {no}").format(no=c.number))
        name, contact = cp.complainant_shown(c)
        accused = str(c.accused) if c.accused_id and c.accused else c.accused_name
        self.summary.setText("\n".join([
            tr("{no} — {kind}, {severity}, received {ts} by {clerk}; channel: {channel}").format(
                no=c.number, kind=cp.label(cp.KINDS, c.kind), severity=cp.label(cp.SEVERITIES, c.severity),
                ts=_ts(c.received_at), channel=c.channel or "—", clerk=c.receiver_name),
            tr("Complainant: {name}  {contact}   Category: {cat}   Person complained about: {acc}").format(
                name=name or "—", contact=contact, cat=c.category or "—", acc=accused or "—"),
            tr("Content: {text}").format(text=c.content),
            tr("Customer's demand: {text}").format(text=c.demand or "—"),
        ]))
        state = cp.deadline_state(c)
        flag = {"overdue": "⚠ " + tr("Overdue"), "due_today": "⏰ " + tr("Due today")}.get(state, "")
        self.state.setText(tr("Status: {status}   Handler: {handler}   First answer due {first} (given {given})   Settle by {settle}   {flag}").format(
            status=cp.label(cp.STATUSES, c.status), handler=str(c.handler) if c.handler_id and c.handler else "—",
            first=_ts(c.first_answer_due), given=_ts(c.first_answer_at), settle=c.settle_due.isoformat(), flag=flag))
        self.state.setStyleSheet("color: #b00020; font-weight: bold" if state == "overdue" else
                                 "color: #8a5a00; font-weight: bold" if state == "due_today" else "")
        if c.handler_id:
            self.handler.setCurrentIndex(max(0, self.handler.findData(c.handler_id)))
        if c.department:
            self.department.setCurrentText(c.department)
        for key, w in self.inv.items():
            value = getattr(c, key)
            if isinstance(w, QLineEdit):
                w.setText(value)
            else:
                w.setPlainText(value)
        self.opinion.setPlainText(c.opinion)
        self.signoff_label.setText(tr("Signed off by {name} on {ts}").format(name=c.signed_off_name, ts=_ts(c.signed_off_at))
                                   if c.signed_off_at else tr("Not signed off yet"))
        if c.reply and not self.reply.toPlainText():
            self.reply.setPlainText(c.reply)
        events = cp.history(c)
        self.history.setRowCount(len(events))
        for i, e in enumerate(events):
            step = cp.label(cp.STATUSES, e.to_status) if e.from_status in ("", e.to_status) else \
                f"{cp.label(cp.STATUSES, e.from_status)} → {cp.label(cp.STATUSES, e.to_status)}"
            for j, v in enumerate((_ts(e.ts), step, e.user_display or e.username, e.note)):
                self.history.setItem(i, j, QTableWidgetItem(v))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._enable()

    def _enable(self) -> None:
        s = self.c.status
        open_ = s not in cp.FINISHED
        self.assign_btn.setEnabled(open_ and permissions.can("complaint.assign"))
        self.start_btn.setEnabled(s == "received")
        self.first_btn.setEnabled(open_ and self.c.first_answer_at is None)
        self.reject_btn.setEnabled("not_accepted" in cp.ALLOWED[s])
        working = s == "in_progress"
        for w in (*self.inv.values(), self.opinion, self.save_inv_btn, self.save_opinion_btn):
            w.setEnabled(working)
        self.signoff_btn.setEnabled(working and permissions.can("complaint.signoff") and not self.c.signed_off_at)
        self.reply_btn.setEnabled(working)
        self.reply.setEnabled(working)
        self.follow_btn.setEnabled(s == "replied")
        self.grade.setEnabled(s == "replied")
        self.follow_note.setEnabled(s == "replied")
        self.close_btn.setEnabled(s == "follow_up")
        self.edit_btn.setEnabled(open_ and cp.sees_identity(self.c))  # the intake form shows the complainant

    def _show_next_step_tab(self) -> None:
        """On opening, show the tab where the case's next step is done (not after each step:
        the user stays where they are typing)."""
        s = self.c.status
        self.tabs.setCurrentIndex({"in_progress": 1, "replied": 2, "follow_up": 2}.get(s, 0 if s not in cp.FINISHED else 3))

    # --- steps (each through the one write path) ----------------------------------------------
    def _do(self, fn, *args, **kw) -> bool:
        result = bus_mod.run(self, fn, *args, changed="complaints", **kw)
        if result is None:
            return False
        self.load()
        return True

    def do_assign(self) -> None:
        user = chosen_user(self.handler)
        if user is None:
            self.handler.setFocus()
            bus_mod.run(self, cp.assign, self.c, None)  # shows "choose the handler"
            return
        self._do(cp.assign, self.c, user, self.department.currentText(), self.note.toPlainText())

    def do_start(self) -> None:
        if self._do(cp.start, self.c, chosen_user(self.handler), self.note.toPlainText()):
            self.note.clear()

    def do_first_answer(self) -> None:
        if self._do(cp.record_first_answer, self.c, self.note.toPlainText()):
            self.note.clear()

    def do_reject(self) -> None:
        if self._do(cp.reject, self.c, self.note.toPlainText()):
            self.note.clear()

    def do_save_investigation(self) -> None:
        values = {k: (w.text() if isinstance(w, QLineEdit) else w.toPlainText()) for k, w in self.inv.items()}
        if self._do(cp.save_investigation, self.c, **values):
            bus_mod.bus.status.emit(tr("Investigation saved."))

    def do_save_opinion(self) -> None:
        self._do(cp.save_opinion, self.c, self.opinion.toPlainText())

    def do_sign_off(self) -> None:
        if self.opinion.toPlainText().strip() != self.c.opinion.strip():
            if not self._do(cp.save_opinion, self.c, self.opinion.toPlainText()):
                return
        self._do(cp.sign_off, self.c)

    def do_reply(self) -> None:
        self._do(cp.reply, self.c, self.reply.toPlainText())

    def do_follow_up(self) -> None:
        if self._do(cp.follow_up, self.c, self.grade.currentData(), self.follow_note.text()):
            self.follow_note.clear()
            if self.c.status == "in_progress":
                bus_mod.bus.status.emit(tr("Not satisfied: {no} is re-opened as a repeated, major case.").format(no=self.c.number))

    def do_close(self) -> None:
        self._do(cp.close, self.c, self.note.toPlainText())

    def do_edit_intake(self) -> None:
        from salesdesk.ui.complaints.intake_dialog import IntakeDialog

        IntakeDialog(self, case=self.c).exec()
        self.load()

    # --- paper --------------------------------------------------------------------------------
    def _build(self, target: Path) -> Path:
        from salesdesk.forms import complaint_sheet

        return complaint_sheet.write_sheets(target, [Complaint.get_by_id(self.c.id)])

    def do_print(self) -> None:
        printing.print_form(self, self._build, tr("Complaint {no}").format(no=self.c.number))

    def do_save_pdf(self) -> None:
        printing.save_as(self, self._build, f"{self.c.number}.pdf", "pdf")

