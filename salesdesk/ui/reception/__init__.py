"""The sales reception panel (案场接待): today's rotation queue, on-duty sign-in,
manager reorder, ownership reminders and disputes, the daily summary.

Shown as a dock beside the registers (View > Sales reception, F9), so the desk
sees who is next while checking visitors in.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDockWidget, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QListWidget, QListWidgetItem, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import customers, ownership, reception, rotation
from salesdesk.i18n import _
from salesdesk.models.reception import AWAY, OFF
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.reception.dialogs import DisputeDialog, RaiseDisputeDialog, ReorderDialog
from salesdesk.ui.widgets import ReasonDialog, after_first_paint, labelled

REGISTERS = ("reception", "visitors", "customers", "*")


class ReceptionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_label = QLabel()
        self.next_label.setStyleSheet("font-size: 15px; font-weight: bold; padding: 2px;")
        self.next_label.setWordWrap(True)

        self.table = QTableWidget(0, 5)
        labelled(self.table, tr("Rotation queue"))
        self.table.setHorizontalHeaderLabels([tr("#"), tr("Consultant"), tr("Status"), tr("Serving"), tr("Served")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.who = labelled(QComboBox(), tr("Consultant to sign in"))
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.lineEdit().setPlaceholderText(tr("consultant's name, Enter signs in"))
        self.who.lineEdit().returnPressed.connect(self.sign_in)
        self.sign_in_button = QPushButton(tr("Sign in"))
        self.sign_in_button.clicked.connect(self.sign_in)
        row = QHBoxLayout()
        row.addWidget(self.who, 1)
        row.addWidget(self.sign_in_button)

        self.away_button = QPushButton(tr("Away…"))
        self.away_button.clicked.connect(self.set_away)
        self.back_button = QPushButton(tr("Back"))
        self.back_button.clicked.connect(self.set_back)
        self.off_button = QPushButton(tr("Sign off"))
        self.off_button.clicked.connect(self.sign_off)
        self.reorder_button = QPushButton(tr("Reorder…"))
        self.reorder_button.setToolTip(tr("Managers only: set the queue order, with a reason"))
        self.reorder_button.clicked.connect(self.reorder)
        self.done_button = QPushButton(tr("Done serving"))
        self.done_button.setToolTip(tr("The consultant has finished with the visitor, who stays on site: back in the queue"))
        self.done_button.clicked.connect(lambda: bus_mod.run(self, reception.finish_serving, self.selected_consultant(),
                                                             changed="reception"))
        acts = QGridLayout()
        for i, b in enumerate((self.away_button, self.back_button, self.off_button, self.reorder_button, self.done_button)):
            acts.addWidget(b, i // 2, i % 2)

        queue_box = QGroupBox(tr("Rotation queue"))
        ql = QVBoxLayout(queue_box)
        ql.addWidget(self.next_label)
        ql.addWidget(self.table, 1)
        ql.addLayout(row)
        ql.addLayout(acts)

        self.attention = QListWidget()
        self.attention.setWordWrap(True)
        labelled(self.attention, tr("Ownership: disputes and protection ending"))
        self.attention.itemActivated.connect(self._attention_activated)
        self.decide_button = QPushButton(tr("Evidence / decide…"))
        self.decide_button.clicked.connect(self._decide_selected)
        self.raise_button = QPushButton(tr("Raise dispute…"))
        self.raise_button.clicked.connect(self.raise_dispute)
        own_box = QGroupBox(tr("Ownership: disputes and protection ending"))
        ol = QVBoxLayout(own_box)
        ol.addWidget(self.attention, 1)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.raise_button)
        own_buttons.addWidget(self.decide_button)
        ol.addLayout(own_buttons)

        self.day = labelled(QDateEdit(QDate.currentDate()), tr("Summary date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.clicked.connect(self.print_summary)
        self.pdf_button = QPushButton(tr("PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_summary("pdf"))
        self.xlsx_button = QPushButton(tr("Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.save_summary("xlsx"))
        sum_box = QGroupBox(tr("Daily reception summary"))
        sl = QGridLayout(sum_box)
        sl.addWidget(self.day, 0, 0, 1, 3)
        for i, b in enumerate((self.print_button, self.pdf_button, self.xlsx_button)):
            sl.addWidget(b, 1, i)

        self._swept: dt.date | None = None
        self.setMinimumWidth(280)
        self.next_label.setMinimumWidth(10)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(queue_box, 3)
        lay.addWidget(own_box, 2)
        lay.addWidget(sum_box)
        bus_mod.bus.changed.connect(self._on_changed)
        self.refresh()
        after_first_paint(self, self.start_of_day)

    # --- reading -------------------------------------------------------------------
    def _on_changed(self, register: str) -> None:
        if register in REGISTERS:
            # A visit changes who is serving; ownership changes come as "reception"
            # (a sales check-in says both) or "customers".
            self.refresh(attention=register != "visitors")

    def refresh(self, attention: bool = True) -> None:
        selected = self.selected_consultant()
        entries = rotation.entries()
        self._busy_ids = {e.consultant.id for e in entries if e.busy}  # for 'Done serving', without another query
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            status = _(rotation.STATUS_LABELS[e.status])
            if e.busy:
                status = tr("Serving")
            if e.skip_turns:
                status += " · " + tr("gives up {n} turn(s)").format(n=e.skip_turns)
            cells = [str(r + 1) if e.status != OFF else "", e.consultant.display_name, status, e.serving, str(e.served)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.consultant.id)
                if e.is_next:
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                if e.status in (AWAY, OFF):
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        nxt = next((e for e in entries if e.is_next), None)
        if not reception.queue_enabled():
            self.next_label.setText(tr("The rotation queue is switched off (Settings)."))
        elif nxt is not None:
            self.next_label.setText(tr("Next new customer: {name}").format(name=nxt.consultant.display_name))
        elif entries:
            self.next_label.setText(tr("Nobody on duty is free."))
        else:
            self.next_label.setText(tr("Nobody has signed in today. Sign the consultants in as they arrive."))
        if selected is not None:
            for r in range(self.table.rowCount()):
                if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == selected:
                    self.table.selectRow(r)
        on_roster = {e.consultant.id for e in entries if e.status != OFF}
        text = self.who.currentText()
        self.who.clear()
        for u in reception.consultants():
            if u.id not in on_roster:
                self.who.addItem(u.display_name, u.id)
        self.who.setCurrentIndex(-1)
        self.who.setEditText(text if self.who.findText(text) >= 0 else "")
        if attention:
            self._refresh_attention()
        self._update_buttons()

    def _refresh_attention(self) -> None:
        self.attention.clear()
        for d in ownership.open_disputes():
            item = QListWidgetItem(tr("Dispute: {customer} — owner {owner}, claimed by {claimant}").format(
                customer=customers.shown_name(d.customer), owner=d.owner.display_name if d.owner else tr("none"),
                claimant=d.claimant.display_name))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.attention.addItem(item)
        today = dt.date.today()
        if self._swept is not None and self._swept != today:  # the program ran past midnight
            QTimer.singleShot(0, self, self.start_of_day)
        for st in ownership.ending_soon(today):
            item = QListWidgetItem(tr("{customer} ({owner}): protection ends {date}, {n} day(s) left").format(
                customer=customers.shown_name(st.customer), owner=st.owner.display_name if st.owner else "-",
                date=st.protected_until.isoformat(), n=st.days_left))
            self.attention.addItem(item)

    def start_of_day(self) -> None:
        """Once a day (just after the window shows): lapse the protections that ended, log the reminders."""
        today = dt.date.today()
        if self._swept == today:
            return
        self._swept = today
        result = bus_mod.run(self, ownership.sweep, today)
        if result is not None and result[0]:  # owners changed
            bus_mod.bus.changed.emit("customers")
        self._refresh_attention()

    def selected_consultant(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        cid = self.selected_consultant()
        status = rotation.duty_status(cid) if cid else None
        self.away_button.setEnabled(status == rotation.ON_DUTY)
        self.back_button.setEnabled(status in (AWAY, OFF))
        self.off_button.setEnabled(status in (rotation.ON_DUTY, AWAY))
        self.done_button.setEnabled(cid in getattr(self, "_busy_ids", ()))
        self.reorder_button.setEnabled(self.table.rowCount() > 1)
        self.decide_button.setEnabled(self.attention.count() > 0)

    # --- actions ----------------------------------------------------------------------
    def sign_in(self) -> None:
        text = self.who.currentText().strip()
        idx = self.who.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        if idx < 0:
            matches = [i for i in range(self.who.count()) if text and text.lower() in self.who.itemText(i).lower()]
            idx = matches[0] if len(matches) == 1 else -1
        if idx < 0:
            bus_mod.bus.status.emit(tr("Type or choose a consultant who is not on duty yet."))
            self.who.setFocus()
            return
        name = self.who.itemText(idx)
        if bus_mod.run(self, rotation.sign_in, self.who.itemData(idx), changed="reception") is not None:
            self.who.setEditText("")
            bus_mod.bus.status.emit(tr("{name} signed in.").format(name=name))
        self.who.setFocus()

    def set_away(self) -> None:
        cid = self.selected_consultant()
        if cid is None:
            return
        dlg = ReasonDialog(tr("Away"), tr("Why is the consultant away? Turns missed while away are not made up."),
                           tr("Reason"), self, required=False)
        if dlg.exec():
            bus_mod.run(self, rotation.set_away, cid, dlg.reason(), changed="reception")

    def set_back(self) -> None:
        cid = self.selected_consultant()
        if cid is not None:
            bus_mod.run(self, rotation.set_back, cid, changed="reception")

    def sign_off(self) -> None:
        cid = self.selected_consultant()
        if cid is not None:
            bus_mod.run(self, rotation.sign_off, cid, changed="reception")

    def reorder(self) -> None:
        entries = [e for e in rotation.entries()]
        dlg = ReorderDialog(entries, self)
        if dlg.exec():
            bus_mod.run(self, rotation.reorder, dlg.order(), dlg.reason(), changed="reception")

    def _attention_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole):
            self._decide(item.data(Qt.ItemDataRole.UserRole))

    def _decide_selected(self) -> None:
        item = self.attention.currentItem()
        if item is None:
            for i in range(self.attention.count()):
                if self.attention.item(i).data(Qt.ItemDataRole.UserRole):
                    item = self.attention.item(i)
                    break
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._decide(item.data(Qt.ItemDataRole.UserRole))

    def raise_dispute(self) -> None:
        RaiseDisputeDialog(self).exec()

    def _decide(self, dispute_id: int) -> None:
        DisputeDialog(dispute_id, self).exec()

    def summary_day(self) -> dt.date:
        return self.day.date().toPython()

    def print_summary(self) -> None:
        from salesdesk.forms import daily_summary
        from salesdesk.ui import printing

        day = self.summary_day()
        printing.print_form(self, lambda path: daily_summary.render_pdf(day, path),
                            tr("Daily reception summary {date}").format(date=day.isoformat()))

    def save_summary(self, kind: str) -> None:
        from salesdesk.forms import daily_summary
        from salesdesk.ui import printing

        day = self.summary_day()
        printing.save_as(self, lambda path: daily_summary.render(day, path), f"daily-{day.isoformat()}.{kind}", kind)


class ReceptionDock(QDockWidget):
    """The panel as a dock of the main window; ``toggle_action`` goes in the View menu."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sales reception"), parent)
        self.setObjectName("ReceptionDock")
        # The panel is built when first needed — by the main window just after its
        # first paint — so the window appears sooner; until then a frame of its size.
        self._panel: ReceptionPanel | None = None
        holder = QWidget()
        holder.setMinimumSize(280, 518)
        self.setWidget(holder)
        self.toggle_action: QAction = self.toggleViewAction()
        self.toggle_action.setText(tr("Sales reception"))
        self.toggle_action.setShortcut(QKeySequence("F9"))
        self.focus_action = QAction(tr("Sign a consultant in"), self)
        self.focus_action.setShortcut(QKeySequence("Ctrl+F9"))
        self.focus_action.triggered.connect(self.focus_sign_in)

    @property
    def panel(self) -> ReceptionPanel:
        if self._panel is None:
            self._panel = ReceptionPanel(self)
            holder = self.widget()
            self.setWidget(self._panel)
            holder.deleteLater()
        return self._panel

    def fit_screen(self) -> None:
        """On a screen too narrow for the tabs and the dock side by side, the panel
        floats over the right edge instead of pushing the window off the screen."""
        window = self.parentWidget()
        screen = window.screen() if window is not None else None
        if window is None or screen is None or self.isFloating():
            return
        available = screen.availableGeometry()
        central = window.centralWidget().minimumSizeHint().width() if window.centralWidget() else 0
        if central + self.minimumSizeHint().width() + 16 > available.width():
            self.setFloating(True)
            width = max(self.minimumSizeHint().width(), 300)
            self.setGeometry(available.right() - width, available.top() + 60, width, available.height() - 90)

    def view_actions(self) -> list[QAction]:
        return [self.toggle_action, self.focus_action]

    def print_actions(self) -> list[QAction]:
        act = QAction(tr("Daily reception summary…"), self)
        act.triggered.connect(lambda: self.panel.print_summary())
        return [act]

    def export_actions(self) -> list[QAction]:
        pdf = QAction(tr("Daily reception summary as PDF…"), self)
        pdf.triggered.connect(lambda: self.panel.save_summary("pdf"))
        xlsx = QAction(tr("Daily reception summary as Excel…"), self)
        xlsx.triggered.connect(lambda: self.panel.save_summary("xlsx"))
        return [pdf, xlsx]

    def focus_sign_in(self) -> None:
        self.show()
        self.raise_()
        if self.isFloating():
            self.activateWindow()
        self.panel.who.setFocus()
