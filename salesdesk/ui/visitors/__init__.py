"""The visitors tab (来访登记): the check-in form beside today's log, today's
appointments under the form, filters above the log, sign-out/void/edit below.

Keyboard: F2 or Ctrl+N new check-in (focus on Phone), Enter saves, Esc clears;
Ctrl+L goes to the log, F3 to today's appointments (Enter checks one in), F8 signs out the selected rows, F4 edits, Ctrl+F filters,
Ctrl+I imports an old visitor log (Excel/CSV).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QHBoxLayout, QScrollArea, QSizePolicy,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from salesdesk import visitors
from salesdesk.ui import bus as bus_mod
from salesdesk.ui.i18n import tr
from salesdesk.ui.tab import RegisterTab
from salesdesk.ui.visitors.appointments_panel import AppointmentsPanel
from salesdesk.ui.visitors.check_in_form import CheckInForm
from salesdesk.ui.visitors.dialogs import EditVisitDialog, PeriodDialog, RefusalListDialog
from salesdesk.ui.visitors.log_model import COLUMNS, VisitLogModel
from salesdesk.ui.widgets import ReasonDialog, after_first_paint, labelled
from salesdesk.visitor_log import VisitFilter


def _hscroll(bar: QWidget) -> QScrollArea:
    """A bar that scrolls sideways in a narrow window instead of squeezing its
    fields to nothing or forcing the window wide."""
    area = QScrollArea()
    area.setWidget(bar)
    area.setWidgetResizable(True)
    bar.setMinimumWidth(bar.sizeHint().width())
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFixedHeight(bar.sizeHint().height() + area.horizontalScrollBar().sizeHint().height() + 2)
    area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return area


class VisitorsTab(RegisterTab):
    register = "visitors"
    # print → preview → system printer (salesdesk/ui/printing.py); tests replace it
    @staticmethod
    def print_form(*args, **kwargs) -> Path | None:
        from salesdesk.ui import printing  # Qt's print support is loaded when first needed

        return printing.print_form(*args, **kwargs)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from salesdesk.ui.reception.check_in import SalesCheckInForm  # sales reception (issue 9)

        self.form = SalesCheckInForm()
        self.form.checked_in.connect(self._checked_in)
        self.appointments = AppointmentsPanel()
        self.appointments.fill_form.connect(self._fill_from_appointment)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.form)
        ll.addWidget(self.appointments, 1)

        self.on_site_label = QLabel()
        self.on_site_label.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut, never widens
        self._build_filters()
        self.model = VisitLogModel(self)
        self.table = QTableView()
        labelled(self.table, tr("Visitor log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(False)
        for i, w in enumerate((50, 86, 48, 48, 80, 160, 104, 150, 44, 70, 80, 86, 50, 50, 76, 120)):
            self.table.setColumnWidth(i, w)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.sign_out_button = QPushButton(tr("Sign out (F8)"))
        self.sign_out_button.clicked.connect(self.sign_out_selected)
        self.sign_out_all_button = QPushButton(tr("Sign out all on site…"))
        self.sign_out_all_button.clicked.connect(self.sign_out_all)
        self.edit_button = QPushButton(tr("Edit / history (F4)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.void_button = QPushButton(tr("Void…"))
        self.void_button.clicked.connect(self.void_selected)
        self.slip_button = QPushButton(tr("Print slip"))
        self.slip_button.clicked.connect(self.print_slip)
        self.refusal_button = QPushButton(tr("Refusal list…"))
        self.refusal_button.clicked.connect(lambda: RefusalListDialog(self).exec())
        self.import_button = QPushButton(tr("Import visitor log…"))
        self.import_button.setToolTip(tr("Bring in the visitor log kept in Excel or CSV: every row is checked first (Ctrl+I)"))
        self.import_button.clicked.connect(lambda: self.import_log())
        action_bar = QWidget()
        actions = QHBoxLayout(action_bar)
        actions.setContentsMargins(0, 0, 0, 0)
        for b in (self.sign_out_button, self.sign_out_all_button, self.edit_button, self.void_button, self.slip_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.refusal_button)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.on_site_label)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.import_button)  # about the whole log, not the selected rows: above it, always in view
        rl.addLayout(top)
        rl.addWidget(_hscroll(self.filter_bar))
        rl.addWidget(self.table, 1)
        rl.addWidget(_hscroll(action_bar))

        left_scroll = QScrollArea()  # a small window scrolls the form instead of clipping it
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter()
        split.addWidget(left_scroll)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        # the form as wide as its labels and fields need (English labels are longer), within reason
        form_width = left.sizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width() + 6
        split.setSizes([min(max(400, form_width), 560), 1000])
        split.setCollapsible(0, False)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self._shortcuts()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(250)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._day = dt.date.today()
        visitors.end_of_day()
        after_first_paint(self, visitors.warm_up)  # after the window shows, before the first visitor
        self.apply_filter()
        self.update_counts()
        self.setTabOrder(list(self.form.fields.values())[-1], self.table)

    # --- building ---------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.filter_bar = QWidget()
        g = QVBoxLayout(self.filter_bar)
        g.setContentsMargins(0, 0, 0, 0)
        g.setSpacing(4)
        today = QDate.currentDate()
        self.all_dates = QCheckBox(tr("All dates"))
        self.date_from = labelled(QDateEdit(today), tr("From"))
        self.date_to = labelled(QDateEdit(today), tr("To"))
        for w in (self.date_from, self.date_to):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.dateChanged.connect(lambda *_: self._filter_timer.start())
        self.all_dates.toggled.connect(self._dates_toggled)
        self.f_name = labelled(QLineEdit(), tr("Filter by name"))
        self.f_phone = labelled(QLineEdit(), tr("Filter by phone"))
        self.f_company = labelled(QLineEdit(), tr("Filter by company"))
        self.f_host = labelled(QLineEdit(), tr("Filter by host"))
        self.f_purpose = labelled(QLineEdit(), tr("Filter by purpose"))
        for w, ph in ((self.f_name, tr("Name")), (self.f_phone, tr("Phone")), (self.f_company, tr("Company")),
                      (self.f_host, tr("Host")), (self.f_purpose, tr("Purpose"))):
            w.setPlaceholderText(ph)
            w.setClearButtonEnabled(True)
            w.textChanged.connect(lambda *_: self._filter_timer.start())
        self.f_class = labelled(QComboBox(), tr("Filter by class"))
        self.f_class.addItem(tr("Any class"), "")
        self.f_class.addItem(tr("Normal"), "normal")
        self.f_class.addItem(tr("VIP"), "vip")
        self.f_class.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.f_on_site = QCheckBox(tr("On site now"))
        self.f_flagged = QCheckBox(tr("Not signed out"))
        self.f_void = QCheckBox(tr("Show voided"))
        for c in (self.f_on_site, self.f_flagged, self.f_void):
            c.toggled.connect(lambda *_: self.apply_filter())
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(tr("From")))
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel(tr("To")))
        row1.addWidget(self.date_to)
        for w in (self.all_dates, self.f_class, self.f_on_site, self.f_flagged, self.f_void):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for w in (self.f_name, self.f_phone, self.f_company, self.f_host, self.f_purpose):
            w.setMinimumWidth(80)
            row2.addWidget(w, 1)
        g.addLayout(row1)
        g.addLayout(row2)

    def _shortcuts(self) -> None:
        # QShortcut with the tab as context: the other tabs' Ctrl+N/Ctrl+F/Ctrl+L stay theirs
        def key(keys: list[str], slot) -> None:
            for k in keys:
                QShortcut(QKeySequence(k), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        key(["F2", "Ctrl+N"], self.new_check_in)
        key(["Ctrl+L"], self.focus_log)
        key(["F3"], self.appointments.focus_list)
        key(["F8"], self.sign_out_selected)
        key(["F4"], self.edit_selected)
        key(["Ctrl+F"], lambda: (self.f_name.setFocus(), self.f_name.selectAll()))
        key(["F5"], self.refresh)
        key(["Ctrl+I"], self.import_log)

    # --- RegisterTab --------------------------------------------------------------
    def refresh(self) -> None:
        if dt.date.today() != self._day:  # the program stayed open over midnight
            self._day = dt.date.today()
            visitors.end_of_day()
        selected = self.selected_ids()
        self.model.reload()
        self._reselect(selected)
        self.appointments.refresh()
        self.update_counts()

    def _on_changed(self, register: str) -> None:
        super()._on_changed(register)
        if register in ("settings", "accounts", "*"):  # purposes or the staff list may have changed
            self.form.reload_lists()

    def activated(self) -> None:
        self.refresh()
        self.form.reload_lists()
        self.focus_start()

    def focus_start(self) -> None:
        self.form.phone.setFocus()

    def status_text(self) -> str:
        return tr("{n} visitor(s) on site").format(n=visitors.on_site_count())

    def import_actions(self) -> list[QAction]:
        act = QAction(tr("Visitor log (Excel or CSV)…"), self)
        act.triggered.connect(lambda: self.import_log())
        return [act]

    def export_actions(self) -> list[QAction]:
        pdf = QAction(tr("Visitor registration sheet (PDF)…"), self)
        pdf.triggered.connect(lambda: self.export("pdf"))
        xlsx = QAction(tr("Visitor register (Excel)…"), self)
        xlsx.triggered.connect(lambda: self.export("xlsx"))
        return [pdf, xlsx]

    def print_actions(self) -> list[QAction]:
        sheet = QAction(tr("Visitor registration sheet…"), self)
        sheet.triggered.connect(self.print_sheet)
        slip = QAction(tr("Visit slip with receipt (selected visit)"), self)
        slip.triggered.connect(self.print_slip)
        return [sheet, slip]

    # --- filters ------------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(not on)
        self.date_to.setEnabled(not on)
        self.apply_filter()

    def current_filter(self) -> VisitFilter:
        f = VisitFilter(name=self.f_name.text(), phone=self.f_phone.text(), company=self.f_company.text(),
                        host=self.f_host.text(), purpose=self.f_purpose.text(), visitor_class=self.f_class.currentData(),
                        on_site=self.f_on_site.isChecked(), flagged=self.f_flagged.isChecked(),
                        include_void=self.f_void.isChecked(), sort=self.model.filter.sort,
                        descending=self.model.filter.descending)
        if not self.all_dates.isChecked() and not f.on_site and not f.flagged:
            f.date_from, f.date_to = self.date_from.date().toPython(), self.date_to.date().toPython()
        return f

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.update_counts()

    def update_counts(self) -> None:
        self.on_site_label.setText(tr("On site now: {n}").format(n=visitors.on_site_count()))
        self.count_label.setText(tr("{n} visit(s) shown").format(n=len(self.model.ids)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        for b in (self.sign_out_button, self.edit_button, self.void_button, self.slip_button):
            b.setEnabled(has)

    # --- selection ----------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [vid for vid in (self.model.visit_id(r) for r in rows) if vid is not None]

    def _reselect(self, ids: list[int]) -> None:
        sel = self.table.selectionModel()
        for vid in ids:
            r = self.model.row_of(vid)
            if r >= 0:
                sel.select(self.model.index(r, 0), sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    def new_check_in(self) -> None:
        self.form.phone.setFocus()

    def focus_log(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    # --- actions ------------------------------------------------------------------------
    def _checked_in(self, visit) -> None:
        self.form.phone.setFocus()

    def _fill_from_appointment(self, data) -> None:
        self.form.fill(data)
        self.form.phone.setFocus()

    def sign_out_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        n = bus_mod.run(self, visitors.sign_out, ids, changed="visitors")
        if n:
            bus_mod.bus.status.emit(tr("{n} visitor(s) signed out.").format(n=n))

    def sign_out_all(self) -> None:
        n = visitors.on_site_count()
        if not n:
            QMessageBox.information(self, tr("Sign out all"), tr("Nobody is on site."))
            return
        if QMessageBox.question(self, tr("Sign out all"), tr("Sign out all {n} visitor(s) still on site now?").format(n=n)) \
                != QMessageBox.StandardButton.Yes:
            return
        done = bus_mod.run(self, visitors.sign_out_all, changed="visitors")
        if done:
            bus_mod.bus.status.emit(tr("{n} visitor(s) signed out.").format(n=done))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            EditVisitDialog(ids[0], self).exec()

    def void_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.model.row_at(self.model.row_of(ids[0]))
        dlg = ReasonDialog(tr("Void visit"), tr("Void the visit of {name} ({time})? The row stays in the log, marked voided.")
                           .format(name=row.name, time=row.time_in.strftime("%Y-%m-%d %H:%M")), tr("Reason for voiding"), self)
        if dlg.exec():
            bus_mod.run(self, visitors.void, ids[0], dlg.reason(), changed="visitors")

    def import_log(self, path: str | None = None) -> None:
        """The old visitor log from Excel/CSV: checked first, then all rows or only the good ones
        (``path`` skips choosing the file). The log refreshes through bus.changed("visitors")."""
        from salesdesk import visitor_import
        from salesdesk.ui.register_import import open_import

        dlg = open_import(self, tr("Import visitor log"),
                          tr("The visitor log kept in Excel (.xlsx) or CSV. The header row is found by its names (日期, 来访时间, 离开时间, 姓名, 电话, 证件号码, 事由, 被访人…), also below a title row. A row without a time out is marked not signed out."),
                          visitor_import.import_log, self.register, path, who="name")
        if dlg is None:
            return
        dlg.exec()
        rep = dlg.report
        if rep is not None and rep.saved and rep.records:  # show the days just imported (old visits are not today's)
            self.show_period(min(r.time_in for r in rep.records).date(), max(r.time_in for r in rep.records).date())

    def show_period(self, first: dt.date, last: dt.date) -> None:
        """The log of these days (the other filters are cleared so every visit of them shows)."""
        for box in (self.all_dates, self.f_on_site, self.f_flagged):
            box.setChecked(False)
        for field in (self.f_name, self.f_phone, self.f_company, self.f_host, self.f_purpose):
            field.clear()
        self.f_class.setCurrentIndex(0)
        self.date_from.setDate(first)
        self.date_to.setDate(last)
        self._filter_timer.stop()
        self.apply_filter()

    # --- paper and Excel ----------------------------------------------------------------
    def _period(self, title: str) -> tuple[dt.date, dt.date] | None:
        f = self.current_filter()
        dlg = PeriodDialog(title, self, f.date_from, f.date_to)
        return dlg.period() if dlg.exec() else None

    def print_sheet(self) -> None:
        from salesdesk.forms import visitor_sheet

        period = self._period(tr("Print the visitor registration sheet"))
        if period is None:
            return
        self.print_form(self, lambda target: visitor_sheet.render_sheet(target, *period),
                        tr("Visitor registration sheet"))

    def print_slip(self) -> None:
        from salesdesk.forms import visitor_sheet

        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, tr("Print slip"), tr("Select a visit in the log first."))
            return
        self.print_form(self, lambda target: visitor_sheet.render_slip(target, ids[0]), tr("Visitor registration slip"))

    def export(self, kind: str, target: str | None = None) -> Path | None:
        """Save the register for a chosen period as PDF or Excel (``target`` skips the file dialog)."""
        from salesdesk.forms import visitor_sheet

        period = self._period(tr("Export the visitor register"))
        if period is None:
            return None
        fn = visitor_sheet.render_sheet if kind == "pdf" else visitor_sheet.write_register

        def build(path: Path) -> Path:
            return fn(path, *period)

        if target is None:
            from salesdesk.ui import printing

            return printing.save_as(self, build, str(Path.home() / f"visitors-{period[0]}-{period[1]}.{kind}"), kind)
        if not target.lower().endswith("." + kind):
            target += "." + kind
        return bus_mod.run(self, build, Path(target))


__all__ = ["VisitorsTab", "COLUMNS"]
