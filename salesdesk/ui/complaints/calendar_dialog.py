"""The office's extra holidays and swapped working days (for years the calendar
library does not know yet, or an office day off)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import permissions, workdays
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.complaints.intake_dialog import code_combo
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, labelled


class CalendarDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Working-day calendar"))
        self.resize(620, 520)
        today = dt.date.today()
        unknown = workdays.unknown_years([today.year, today.year + 1])
        info = QLabel(tr("Weekends and China's public holidays (with swapped working days) come from the calendar library. "
                         "Enter here the days it does not know: next year's holidays before the library is updated, "
                         "or an office day off."))
        info.setWordWrap(True)
        self.warning = QLabel(tr("No holiday schedule is known for {years}: deadlines there count only weekends.").format(
            years=", ".join(map(str, unknown))) if unknown else "")
        self.warning.setStyleSheet("color: #b00020")
        self.warning.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Date"), tr("Kind"), tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        labelled(self.table, tr("Extra days"))
        form = QFormLayout()
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.kind = code_combo(workdays.KINDS)
        self.note = QLineEdit()
        add_row(form, tr("Date"), self.day)
        add_row(form, tr("Kind"), self.kind)
        add_row(form, tr("Note"), self.note)
        row = QHBoxLayout()
        self.add_btn = QPushButton(tr("Add / change"))
        self.add_btn.clicked.connect(self.add)
        self.remove_btn = QPushButton(tr("Remove selected"))
        self.remove_btn.clicked.connect(self.remove)
        close = QPushButton(tr("Close window"))
        close.clicked.connect(self.accept)
        row.addWidget(self.add_btn)
        row.addWidget(self.remove_btn)
        row.addStretch(1)
        row.addWidget(close)
        allowed = permissions.can("settings.edit")
        self.add_btn.setEnabled(allowed)
        self.remove_btn.setEnabled(allowed)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.warning)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addLayout(row)
        if not allowed:
            lay.addWidget(QLabel(tr("Only a manager or administrator can change the calendar.")))
        self.load()

    def load(self) -> None:
        rows = workdays.extra_days()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate((r.day.isoformat(), tr(dict(workdays.KINDS)[r.kind]), r.note)):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def add(self) -> None:
        if bus_mod.run(self, workdays.set_day, self.day.date().toPython(), self.kind.currentData(), self.note.text(),
                       changed="complaints") is not None:
            self.note.clear()
            self.load()

    def remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        for r in rows:
            day = dt.date.fromisoformat(self.table.item(r, 0).text())
            bus_mod.run(self, workdays.remove_day, day, changed="complaints")
        self.load()
