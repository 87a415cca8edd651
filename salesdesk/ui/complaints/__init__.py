"""The complaints tab (投诉登记): the register list with its deadline warnings and
filters, intake, the case dialog, monthly figures, printing and exports."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QDateEdit, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSizePolicy, QTableView,
                               QTabWidget, QToolBar, QVBoxLayout, QWidget)

from salesdesk import complaint_figures as cf
from salesdesk import complaints as cp
from salesdesk import workdays
from salesdesk.errors import SalesDeskError
from salesdesk.models.complaints import Complaint
from salesdesk.ui import bus as bus_mod
from salesdesk.ui import printing
from salesdesk.ui.complaints.table_model import ComplaintTableModel, state_icon
from salesdesk.ui.i18n import tr
from salesdesk.ui.tab import RegisterTab
from salesdesk.ui.widgets import add_row, labelled


class ComplaintsTab(RegisterTab):
    register = "complaints"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attention: cp.Attention | None = None
        # --- banner: overdue / due today, and an unknown calendar year -------------------
        self.banner = QWidget()
        self.banner.setObjectName("ComplaintBanner")
        self.banner.setStyleSheet("#ComplaintBanner { background: #fde2e2; border: 1px solid #d9534f; }")
        bl = QHBoxLayout(self.banner)
        self.banner_icon = QLabel()
        self.banner_icon.setPixmap(state_icon("overdue").pixmap(22, 22))
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(tr("Show them"))
        self.banner_button.clicked.connect(self.show_attention)
        bl.addWidget(self.banner_icon)
        bl.addWidget(self.banner_text, 1)
        bl.addWidget(self.banner_button)
        self.banner.hide()
        self.calendar_warning = QLabel()
        self.calendar_warning.setWordWrap(True)
        self.calendar_warning.setStyleSheet("color: #8a5a00")
        self.calendar_warning.hide()
        # --- filters and buttons -------------------------------------------------------------
        # toolbars, not plain rows: in a narrow window what does not fit moves into the » menu
        bar = QToolBar()
        bar.setAccessibleName(tr("Complaint filters"))
        self.new_btn = QPushButton(tr("New complaint…"))
        self.new_btn.setToolTip(tr("Take a new complaint (Ctrl+N)"))
        self.new_btn.clicked.connect(self.new_complaint)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search number, content, complainant…"))
        self.search.setClearButtonEnabled(True)
        labelled(self.search, tr("Search complaints"))
        self.status = QComboBox()
        self.status.addItem(tr("Open cases"), "open")
        self.status.addItem(tr("All statuses"), "")
        for code, lab in cp.STATUSES:
            self.status.addItem(tr(lab), code)
        labelled(self.status, tr("Status filter"))
        self.kind = QComboBox()
        self.kind.addItem(tr("All types"), "")
        for code, lab in cp.KINDS:
            self.kind.addItem(tr(lab), code)
        labelled(self.kind, tr("Type filter"))
        self.deadline = QComboBox()
        self.deadline.addItem(tr("Any deadline"), "")
        self.deadline.addItem(state_icon("overdue"), tr("Overdue or due today"), "attention")
        self.deadline.addItem(state_icon("overdue"), tr("Overdue"), "overdue")
        self.deadline.addItem(state_icon("due_today"), tr("Due today"), "due_today")
        labelled(self.deadline, tr("Deadline filter"))
        self.period = QComboBox()
        for label, code in ((tr("Any time"), ""), (tr("This month"), "this"), (tr("Last month"), "last"),
                            (tr("Last 90 days"), "90")):
            self.period.addItem(label, code)
        labelled(self.period, tr("Received in"))
        for combo in (self.status, self.kind, self.deadline, self.period):
            # narrow windows: combos may shrink below their longest entry
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.search.setMinimumWidth(80)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for w in (self.new_btn, self.search, self.status, self.kind, self.deadline, self.period):
            bar.addWidget(w)
        actions = QToolBar()
        actions.setAccessibleName(tr("Complaint actions"))
        self.open_btn = QPushButton(tr("Open case"))
        self.open_btn.clicked.connect(self.open_selected)
        self.print_btn = QPushButton(tr("Print sheets…"))
        self.print_btn.setToolTip(tr("Print the record sheet of every selected case (one page each)"))
        self.print_btn.clicked.connect(self.print_selected)
        self.save_btn = QPushButton(tr("Save sheets as PDF…"))
        self.save_btn.clicked.connect(self.save_selected)
        self.import_btn = QPushButton(tr("Import Excel register…"))
        self.import_btn.setToolTip(tr("Bring in the complaints of an existing Excel register (checked first, all or nothing) (Ctrl+I)"))
        self.import_btn.clicked.connect(lambda: self.import_register())
        self.calendar_btn = QPushButton(tr("Working-day calendar…"))
        self.calendar_btn.clicked.connect(self.open_calendar)
        self.count_label = QLabel()
        for w in (self.count_label, self.open_btn, self.print_btn, self.save_btn, self.import_btn, self.calendar_btn):
            actions.addWidget(w)
        # --- the list --------------------------------------------------------------------------
        self.model = ComplaintTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        for col, width in ((0, 90), (1, 110), (2, 130), (3, 60), (4, 90), (5, 70), (6, 80), (8, 70), (9, 80), (10, 90)):
            self.view.horizontalHeader().resizeSection(col, width)
        # most urgent first: overdue and nearest deadlines on top
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.open_selected())
        labelled(self.view, tr("Complaint list"))
        register = QWidget()
        rl = QVBoxLayout(register)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(bar)
        rl.addWidget(self.view, 1)
        rl.addWidget(actions)
        from salesdesk.ui.complaints.figures_view import FiguresView

        self.figures = FiguresView()
        self.pages = QTabWidget()
        self.pages.addTab(register, tr("Register"))
        self.pages.addTab(self.figures, tr("Monthly figures"))
        self.pages.currentChanged.connect(lambda i: self.figures.refresh() if i == 1 else None)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addWidget(self.calendar_warning)
        lay.addWidget(self.pages, 1)
        # --- behaviour -------------------------------------------------------------------------
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.status, self.kind, self.deadline, self.period):
            combo.currentIndexChanged.connect(self.apply_filter)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_complaint, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.open_selected, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_selected, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_register, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._loaded = False
        # the start-up notice: counts in the banner and the status bar as soon as the window shows
        QTimer.singleShot(0, self._startup_notice)

    # --- data -----------------------------------------------------------------------------
    def current_filter(self) -> cp.Filter:
        today = dt.date.today()
        f = cp.Filter(text=self.search.text(), status=self.status.currentData(), kind=self.kind.currentData(),
                      deadline=self.deadline.currentData())
        period = self.period.currentData()
        if period == "this":
            f.date_from, f.date_to = cf.month_range(today.year, today.month)
        elif period == "last":
            last = today.replace(day=1) - dt.timedelta(days=1)
            f.date_from, f.date_to = cf.month_range(last.year, last.month)
        elif period == "90":
            f.date_from, f.date_to = today - dt.timedelta(days=90), today
        return f

    def apply_filter(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()
        self._update_counts()

    def refresh(self) -> None:
        self.model.filter = self.current_filter()
        self.model.reload()
        self._loaded = True
        self._update_attention()
        self._update_counts()
        if self.pages.currentIndex() == 1:
            self.figures.refresh()

    def _update_counts(self) -> None:
        self.count_label.setText(tr("{n} cases").format(n=self.model.total()))

    def _update_attention(self) -> None:
        a = self._attention = cp.attention()
        if a.overdue or a.due_today:
            self.banner_text.setText(tr("{overdue} complaint(s) overdue, {today} due today, {major} major case(s) open.").format(
                overdue=a.overdue, today=a.due_today, major=a.major_open))
            self.banner.show()
        else:
            self.banner.hide()
        today = dt.date.today()
        unknown = workdays.unknown_years([today.year, today.year + 1])
        self.calendar_warning.setVisible(bool(unknown))
        self.calendar_warning.setText(tr("The holiday calendar for {years} is not known yet: deadlines there count only weekends. A manager can enter the holidays under Working-day calendar….").format(
            years=", ".join(map(str, unknown))))

    def _startup_notice(self) -> None:
        try:
            self._update_attention()
        except Exception:  # noqa: BLE001 - no database yet (e.g. window built before login): try on refresh
            return
        a = self._attention
        if a and (a.overdue or a.due_today):
            bus_mod.bus.status.emit(tr("Complaints: {overdue} overdue, {today} due today.").format(overdue=a.overdue, today=a.due_today))

    def status_text(self) -> str:
        if self._attention is None:
            try:
                self._attention = cp.attention()
            except Exception:  # noqa: BLE001 - database not ready
                return ""
        a = self._attention
        if not (a.overdue or a.due_today):
            return ""
        return tr("Complaints: {overdue} overdue, {today} due today").format(overdue=a.overdue, today=a.due_today)

    def _on_changed(self, register: str) -> None:
        if register in (self.register, "*"):
            self._attention = None
        super()._on_changed(register)

    def show_attention(self) -> None:
        self.pages.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.deadline.setCurrentIndex(self.deadline.findData("attention"))

    # --- selection ------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def open_case(self, complaint_id: int) -> None:
        from salesdesk.ui.complaints.case_dialog import CaseDialog

        c = Complaint.get_or_none(Complaint.id == complaint_id)
        if c is None:
            return
        dlg = bus_mod.run(self, CaseDialog, c, self)
        if dlg is not None:
            dlg.exec()
            self.refresh()
            row = self.model.row_of(complaint_id)
            if row >= 0:
                self.view.selectRow(row)

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_case(ids[0])

    def new_complaint(self) -> None:
        from salesdesk.ui.complaints.intake_dialog import IntakeDialog

        dlg = IntakeDialog(self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.status.setCurrentIndex(0)
            self.refresh()
            row = self.model.row_of(dlg.saved.id)
            if row >= 0:
                self.view.selectRow(row)

    def open_calendar(self) -> None:
        from salesdesk.ui.complaints.calendar_dialog import CalendarDialog

        CalendarDialog(self).exec()
        self.refresh()

    def import_register(self, path: str | None = None) -> None:
        """An existing Excel register: checked first (dry run), then all rows or only the good ones
        (``path`` skips choosing the file). The same dialog as the visitor log's import."""
        from salesdesk import complaint_import
        from salesdesk.ui.register_import import open_import

        dlg = open_import(self, tr("Import Excel register"),
                          tr("The complaint register (投诉台账) kept in Excel (.xlsx) or CSV. The header row is found by its names (投诉编号, 受理时间, 投诉人, 投诉内容, 处理状态…). A number in the sheet is kept; rows without one get the next number."),
                          complaint_import.import_register, self.register, path, who="complainant")
        if dlg is not None:
            dlg.exec()

    # --- paper ------------------------------------------------------------------------------
    def _sheets(self, target: Path) -> Path:
        from salesdesk.forms import complaint_sheet

        ids = self.selected_ids()
        if not ids:
            raise SalesDeskError(tr("Select the complaints to print in the list first (Ctrl+click or Shift+click for several)."))
        cases = list(Complaint.select().where(Complaint.id.in_(ids)).order_by(Complaint.received_at, Complaint.id))
        return complaint_sheet.write_sheets(target, cases)

    def print_selected(self) -> None:
        if not self.selected_ids():
            bus_mod.run(self, self._sheets, Path("."))  # shows "select first"
            return
        printing.print_form(self, self._sheets, tr("Complaint record sheets"))

    def save_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            bus_mod.run(self, self._sheets, Path("."))
            return
        name = Complaint.get_by_id(ids[0]).number if len(ids) == 1 else "complaint-sheets"
        printing.save_as(self, self._sheets, f"{name}.pdf", "pdf")

    def _register(self, kind: str):
        def build(target: Path) -> Path:
            from salesdesk.forms import complaint_report

            period = PeriodDialog.last_period
            fn = complaint_report.write_register_xlsx if kind == "xlsx" else complaint_report.write_register_pdf
            return fn(target, *period)
        return build

    def export_register(self, kind: str) -> None:
        dlg = PeriodDialog(self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        a, b = PeriodDialog.last_period
        printing.save_as(self, self._register(kind), f"complaint-register-{a}-{b}.{kind}", kind)

    def import_actions(self) -> list[QAction]:
        act = QAction(tr("Complaint register (Excel or CSV)…"), self)
        act.triggered.connect(lambda: self.import_register())
        return [act]

    def export_actions(self) -> list[QAction]:
        xlsx = QAction(tr("Complaint register (Excel)…"), self)
        xlsx.triggered.connect(lambda: self.export_register("xlsx"))
        pdf = QAction(tr("Complaint register (PDF)…"), self)
        pdf.triggered.connect(lambda: self.export_register("pdf"))
        return [xlsx, pdf]

    def print_actions(self) -> list[QAction]:
        act = QAction(tr("Complaint record sheets (selected)…"), self)
        act.triggered.connect(self.print_selected)
        figures = QAction(tr("Complaint figures of a month…"), self)
        figures.triggered.connect(lambda: (self.pages.setCurrentIndex(1), self.figures.print_figures()))
        return [act, figures]


class PeriodDialog(QDialog):
    """Ask for a period (defaults to last month)."""

    last_period: tuple[dt.date, dt.date] = cf.month_range(dt.date.today().year, dt.date.today().month)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Period"))
        a, b = PeriodDialog.last_period
        form = QFormLayout(self)
        self.date_from = QDateEdit(a)
        self.date_to = QDateEdit(b)
        for w in (self.date_from, self.date_to):
            w.setDisplayFormat("yyyy-MM-dd")
            w.setCalendarPopup(True)
        add_row(form, tr("From"), self.date_from)
        add_row(form, tr("To"), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.done_ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def done_ok(self) -> None:
        PeriodDialog.last_period = (self.date_from.date().toPython(), self.date_to.date().toPython())
        self.accept()
