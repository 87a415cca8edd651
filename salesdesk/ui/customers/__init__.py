"""The customers tab (客户档案): search-as-you-type list beside the open file,
and pages for reminders, possible duplicates and paper files on loan."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QSplitter,
                               QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from salesdesk import customer_search, customers
from salesdesk.errors import SalesDeskError
from salesdesk.models.customers import STATUSES, Customer
from salesdesk.ui import printing
from salesdesk.ui.customers.detail import CustomerDetail
from salesdesk.ui.customers.dialogs import MergeDialog
from salesdesk.ui.customers.import_wizard import ImportWizard
from salesdesk.ui.customers.list_model import CustomerListModel
from salesdesk.ui.customers.panels import DuplicatesPanel, LoansPanel, RemindersPanel
from salesdesk.ui.i18n import tr
from salesdesk.ui.tab import RegisterTab
from salesdesk.ui.widgets import labelled


def _sheet_forms():
    """The form module, imported when a sheet is made: not while the menus are built at
    start-up (it brings reportlab and openpyxl, ~0.3 s)."""
    from salesdesk.forms import customer_sheet as module

    return module


class CustomersTab(RegisterTab):
    register = "customers"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False
        outer = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = labelled(QLineEdit(), tr("Search customers"))
        self.search.setPlaceholderText(tr("Search: name, pinyin (zs / zhangsan), phone, file number, company  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.search.returnPressed.connect(self._open_first)
        self.status_filter = labelled(QComboBox(), tr("Status filter"))
        self.status_filter.addItem(tr("All statuses"), "")
        for s in STATUSES:
            self.status_filter.addItem(customers.status_label(s), s)
        self.status_filter.currentIndexChanged.connect(self.run_search)
        # a tool bar, not a row of buttons: it folds into a » menu when the window is narrow
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self._tool(tr("&New file"), tr("Open a new customer file (Ctrl+N)"), self.new_file)
        self.import_action = self._tool(tr("&Import…"), tr("Import customers from an Excel or CSV list"), self.import_list)
        self.print_action = self._tool(tr("&Print archive sheet"), tr("Print the open file's archive sheet (Ctrl+P)"), self.print_sheet)
        self.merge_action = self._tool(tr("Merge 2 selected…"), tr("Select two files in the list (Ctrl+click) and merge them"), self.merge_selected)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter)
        outer.addLayout(bar)
        outer.addWidget(self.toolbar)

        self.pages = QTabWidget()
        outer.addWidget(self.pages, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.model = CustomerListModel(self)
        self.view = labelled(QTableView(), tr("Customer list"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        # fixed row heights: Qt never measures 20,000 rows to lay the list out
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._open_row(cur.row()))
        self.count_label = QLabel()
        # a fixed size: Qt then does not re-layout the splitter (and the big file form) each
        # time the count changes, i.e. on every keystroke (half the cost of a keystroke otherwise)
        self.count_label.setFixedSize(200, self.count_label.fontMetrics().height() + 6)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.count_label)
        self.detail = CustomerDetail()
        # below these widths the panes scroll/clip rather than force the window wider
        left.setMinimumWidth(100)
        self.detail.setMinimumWidth(140)
        self.detail.saved.connect(self._after_save)
        self.detail.open_customer.connect(self.show_customer)
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 800])
        self.pages.addTab(split, tr("Files"))

        self.reminders = RemindersPanel()
        self.duplicates = DuplicatesPanel()
        self.loans = LoansPanel()
        for panel in (self.reminders, self.duplicates, self.loans):
            panel.open_customer.connect(self.show_customer)
        self.duplicates.merged.connect(self.show_customer)
        self.pages.addTab(self.reminders, tr("Reminders"))
        self.pages.addTab(self.duplicates, tr("Possible duplicates"))
        self.pages.addTab(self.loans, tr("Paper files out"))
        self.pages.currentChanged.connect(lambda _i: self._refresh_page())

        QShortcut(QKeySequence("Ctrl+F"), self, lambda: (self.pages.setCurrentIndex(0), self.search.setFocus(), self.search.selectAll()), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_file, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_sheet, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+L"), self, self.detail.log_contact, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.search, self.view)

    def _tool(self, text: str, tip: str, slot) -> QAction:
        act = QAction(text, self)
        act.setToolTip(tip)
        act.triggered.connect(slot)
        self.toolbar.addAction(act)
        return act

    # --- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._loaded = True
        current = self.detail.customer.id if self.detail.customer is not None else None
        self.model.forget_rows()
        self.run_search()
        if current is not None:
            self.detail.reload()
            self._select(current)
        self._refresh_page()

    def _refresh_page(self) -> None:
        page = self.pages.currentWidget()
        if page in (self.reminders, self.duplicates, self.loans):
            page.refresh()
        from salesdesk import customer_followups

        self.pages.setTabText(1, tr("Reminders ({n})").format(n=customer_followups.reminder_count()))

    def run_search(self) -> None:
        q = customer_search.SearchQuery(text=self.search.text(), status=self.status_filter.currentData() or "")
        self.model.search(q)
        self.count_label.setText(tr("{n} files").format(n=len(self.model.ids)))
        if self.detail.customer is not None:
            self._select(self.detail.customer.id, open_it=False)

    def status_text(self) -> str:
        return tr("{n} customer files").format(n=Customer.select().where(Customer.merged_into.is_null()).count())

    # --- opening ---------------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        cid = self.model.id_at(row)
        if cid is not None and (self.detail.customer is None or self.detail.customer.id != cid):
            self._show(cid)

    def _show(self, customer_id: int) -> None:
        try:
            c = customers.open_file(customer_id)
        except SalesDeskError as exc:
            QMessageBox.warning(self, tr("Not allowed"), str(exc))
            return
        self.detail.show_customer(c)

    def _select(self, customer_id: int, open_it: bool = True) -> None:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.view.selectionModel().blockSignals(not open_it)
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.selectionModel().blockSignals(False)
            self.view.scrollTo(self.model.index(row, 0))

    def show_customer(self, customer_id: int) -> None:
        """Bring one file up (from reminders, duplicates, the timeline of another register...)."""
        self.pages.setCurrentIndex(0)
        if self.model.row_of(customer_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status_filter.setCurrentIndex(0)
            self.run_search()
        self._show(customer_id)
        self._select(customer_id, open_it=False)

    def _open_first(self) -> None:
        if self.model.ids:
            self._select(self.model.ids[0])
            self.view.setFocus()

    def _after_save(self, customer_id: int) -> None:
        self.model.forget_rows()
        self.run_search()
        self._select(customer_id, open_it=False)

    # --- actions ---------------------------------------------------------------------------
    def new_file(self) -> None:
        self.pages.setCurrentIndex(0)
        self.view.clearSelection()
        self.detail.new_file()

    def import_list(self) -> None:
        from salesdesk.ui.register_import import data_dir_of

        wizard = ImportWizard(self, fallback_dir=data_dir_of(self))
        wizard.exec()
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(self, tr("Merge two customer files"), tr("Select exactly two files in the list (Ctrl+click), then merge."))
            return
        dlg = MergeDialog(Customer.get_by_id(ids[0]), Customer.get_by_id(ids[1]), self)
        if dlg.exec() and dlg.record is not None:
            self.show_customer(dlg.record.kept_id)

    def print_sheet(self) -> None:
        c = self.detail.customer
        if c is None:
            QMessageBox.information(self, tr("Print archive sheet"), tr("Open a customer file first."))
            return
        from salesdesk.forms import customer_sheet

        printing.print_form(self, lambda path: customer_sheet.archive_sheet(c, path), tr("Customer archive sheet"))

    def import_actions(self) -> list[QAction]:
        act = QAction(tr("Customer files (Excel or CSV)…"), self)
        act.triggered.connect(self.import_list)
        return [act]

    def export_actions(self) -> list[QAction]:
        stamp = dt.date.today().isoformat()
        xlsx = QAction(tr("Customer index (Excel)…"), self)
        xlsx.triggered.connect(lambda: printing.save_as(self, lambda p: _sheet_forms().index_xlsx(p, self.model.ids),
                                                        tr("customer-index-{d}.xlsx").format(d=stamp), "xlsx"))
        pdf = QAction(tr("Customer index (PDF)…"), self)
        pdf.triggered.connect(lambda: printing.save_as(self, lambda p: _sheet_forms().index_pdf(p, self.model.ids),
                                                       tr("customer-index-{d}.pdf").format(d=stamp), "pdf"))
        sheet = QAction(tr("Customer archive sheet (PDF)…"), self)
        sheet.triggered.connect(self._save_sheet)
        return [xlsx, pdf, sheet]

    def _save_sheet(self) -> None:
        c = self.detail.customer
        if c is None:
            QMessageBox.information(self, tr("Print archive sheet"), tr("Open a customer file first."))
            return
        from salesdesk.forms import customer_sheet

        printing.save_as(self, lambda p: customer_sheet.archive_sheet(c, p), f"{c.file_no}.pdf", "pdf")

    def print_actions(self) -> list[QAction]:
        act = QAction(tr("Customer archive sheet…"), self)
        act.triggered.connect(self.print_sheet)
        index = QAction(tr("Customer index…"), self)
        index.triggered.connect(lambda: printing.print_form(self, lambda p: _sheet_forms().index_pdf(p, self.model.ids),
                                                            tr("Customer index")))
        return [act, index]
