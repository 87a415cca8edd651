"""Managers: read the audit trail with filters (user, record, action, dates) and export it.

The table model holds one page of rows at a time and fetches more as the view
scrolls (canFetchMore/fetchMore), so a trail of a million rows opens at once.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from salesdesk import audit
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import add_row, labelled

PAGE = 200


class AuditModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = audit.AuditFilter()
        self.rows: list = []
        self.total = 0
        self.headers = [tr("Time"), tr("User"), tr("Action"), tr("Record type"), tr("Record"),
                        tr("Changes (before → after)"), tr("Note")]

    def load(self, f: audit.AuditFilter) -> None:
        self.beginResetModel()
        self.filter = f
        self.total = audit.count(f)
        self.rows = audit.search(f, 0, PAGE)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 - Qt API
        more = audit.search(self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return r.ts.strftime("%Y-%m-%d %H:%M:%S")
        if col == 1:
            return r.username
        if col == 2:
            return audit.action_label(r.action)
        if col == 3:
            return audit.record_type_label(r.record_type)
        if col == 4:
            return r.record_id
        if col == 5:
            return audit.describe_changes(r.changes)
        return r.note


class AuditViewer(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Audit trail"))
        self.resize(1100, 640)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.addItem(tr("All users"), "")
        for name in audit.distinct_values("username"):
            self.user.addItem(name, name)
        add_row(form, tr("User"), self.user)
        self.action = QComboBox()
        self.action.addItem(tr("All actions"), "")
        seen = audit.distinct_values("action")
        for key in [*audit.ACTIONS, *(a for a in seen if a not in audit.ACTIONS)]:
            self.action.addItem(audit.action_label(key), key)
        add_row(form, tr("Action"), self.action)
        self.record_type = QComboBox()
        self.record_type.addItem(tr("All records"), "")
        for name in audit.distinct_values("record_type"):
            self.record_type.addItem(audit.record_type_label(name), name)
        add_row(form, tr("Record type"), self.record_type)
        self.record_id = add_row(form, tr("Record number"), QLineEdit())
        self.record_id.setPlaceholderText(tr("e.g. TS-2026-0001 or part of it"))
        dates = QHBoxLayout()
        self.any_date = labelled(QCheckBox(tr("Any date")), tr("Any date"))
        today = QDate.currentDate()
        self.date_from = labelled(QDateEdit(today.addDays(-30)), tr("From"))
        self.date_to = labelled(QDateEdit(today), tr("To"))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.any_date.toggled.connect(lambda on: (self.date_from.setEnabled(not on), self.date_to.setEnabled(not on)))
        dates.addWidget(self.any_date)
        dates.addWidget(QLabel(tr("From")))
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(tr("To")))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        form.addRow(QLabel(tr("Dates")), dates)
        self.search_button = QPushButton(tr("&Search"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.export_button = QPushButton(tr("&Export to Excel…"))
        self.export_button.clicked.connect(self.export)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Rows found"))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.search_button)
        buttons_row.addWidget(self.export_button)
        buttons_row.addWidget(self.count_label, 1)
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(tr("Audit trail"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((150, 90, 120, 90, 130, 380, 220)):
            self.view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons_row)
        lay.addWidget(self.view, 1)
        lay.addWidget(close)
        self.search()

    def current_filter(self) -> audit.AuditFilter:
        f = audit.AuditFilter(self.user.currentData() or "", self.action.currentData() or "",
                              self.record_type.currentData() or "", self.record_id.text().strip())
        if not self.any_date.isChecked():
            f.date_from = self.date_from.date().toPython()
            f.date_to = self.date_to.date().toPython()
            if f.date_from > f.date_to:
                f.date_from, f.date_to = f.date_to, f.date_from
        return f

    def search(self) -> None:
        bus_mod.run(self, self.model.load, self.current_filter())
        self.count_label.setText(tr("{n} rows").format(n=self.model.total))

    def export(self) -> None:
        name = f"audit-{dt.date.today():%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export the audit trail"), str(Path.home() / name),
                                                    tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        if bus_mod.run(self, audit.export_xlsx, self.current_filter(), Path(path)) is not None:
            bus_mod.bus.status.emit(tr("Audit trail exported to {path}").format(path=path))
