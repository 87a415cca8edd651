"""Today's appointments (看房预约) beside the log: book, check one in (fills the
form), cancel."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import appointments
from salesdesk.i18n import _
from salesdesk.models.visitors import BOOKED
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.visitors.dialogs import BookingDialog
from salesdesk.ui.widgets import labelled


class AppointmentsPanel(QGroupBox):
    fill_form = Signal(object)  # a visitors.CheckIn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Today's appointments (F3)"), parent)
        self.table = QTableWidget(0, 5)
        labelled(self.table, tr("Today's appointments"))
        self.table.setHorizontalHeaderLabels([tr("Time"), tr("Name"), tr("Host"), tr("Purpose"), tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.check_in_selected())
        self.book_button = QPushButton(tr("Book…"))
        self.book_button.clicked.connect(self.book)
        self.check_in_button = QPushButton(tr("Check in"))
        self.check_in_button.clicked.connect(self.check_in_selected)
        self.cancel_button = QPushButton(tr("Cancel booking"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        row = QHBoxLayout()
        for b in (self.book_button, self.check_in_button, self.cancel_button):
            row.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        self.items = []
        self.refresh()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.check_in_selected()
            return
        super().keyPressEvent(event)

    def focus_list(self) -> None:
        self.table.setFocus()
        if self.table.currentRow() < 0 and self.table.rowCount():
            self.table.selectRow(0)

    def refresh(self) -> None:
        self.items = appointments.for_day()
        self.table.setRowCount(len(self.items))
        for i, a in enumerate(self.items):
            values = (a.time.strftime("%H:%M") if a.time else "", a.name, a.host_name, a.purpose,
                      _(appointments.STATUS_LABELS[a.status]))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if a.status != BOOKED:
                    item.setForeground(QBrush(QColor("#888888")))
                self.table.setItem(i, j, item)

    def selected(self):
        r = self.table.currentRow()
        return self.items[r] if 0 <= r < len(self.items) else None

    def book(self) -> None:
        if BookingDialog(self).exec():
            self.refresh()

    def check_in_selected(self) -> None:
        a = self.selected()
        if a is None:
            return
        data = bus_mod.run(self, appointments.check_in_data, a.id)
        if data is not None:
            self.fill_form.emit(data)

    def cancel_selected(self) -> None:
        a = self.selected()
        if a is not None:
            bus_mod.run(self, appointments.cancel, a.id, changed="visitors")
