"""Importing a register's old Excel/CSV file from the window: one dialog for the
visitor log and the complaint register (the customer files have their own
wizard, with a column-matching step, in ui/customers/import_wizard.py).

Choose the file → every row is checked first (a dry run: nothing is written)
→ the good-row count and each bad row with its reason → import all or nothing,
or only the good rows → progress → the rejected rows are saved as a report
beside the file (the same workbook as the command line's ``--rejected``).

The work is done by the register's import function
``import_file(path, dry_run=..., skip_bad_rows=..., progress=...) -> ImportReport``
(salesdesk/visitor_import.import_log, salesdesk/complaint_import.import_register),
which also enforces the import permission.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QButtonGroup, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from salesdesk import permissions
from salesdesk.errors import SalesDeskError
from salesdesk.importing import ImportReport
from salesdesk.ui.bus import bus, run
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import labelled

ImportFile = Callable[..., ImportReport]
BAD = QColor("#fde8e8")
SHOWN_ERRORS = 2000  # a file full of errors: the table shows this many, the saved report has them all
IMPORT_PERMISSION = "import.data"  # the permission the import services require (salesdesk/permissions.py)
PROBLEM = 4  # the column of the problem text


# --- the rejected-rows report (shared with the customer import wizard) ----------------

def data_dir_of(widget: QWidget) -> Path | None:
    """The data folder of the main window holding ``widget`` (None outside one)."""
    ctx = getattr(widget.window(), "ctx", None)
    return Path(ctx.data_dir) if ctx is not None else None


def save_rejected_beside(report: ImportReport, source: Path | str, fallback_dir: Path | None) -> Path | None:
    """Write the rejected rows beside the imported file (or, if that folder is
    read-only, into ``fallback_dir``); None if neither could be written."""
    source = Path(source)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for folder in (source.parent, fallback_dir):
        if folder is None:
            continue
        try:
            return report.write_rejected(Path(folder) / f"{source.stem}-{tr('rejected')}-{stamp}.xlsx")
        except (SalesDeskError, OSError):
            continue
    return None


def ask_save_rejected(parent: QWidget, report: ImportReport, suggested: Path | None) -> Path | None:
    """"Save the rejected rows as…": the user picks the workbook's name."""
    path, _f = QFileDialog.getSaveFileName(parent, tr("Save as"), str(suggested or "rejected.xlsx"),
                                           tr("Excel workbooks (*.xlsx)"))
    if not path:
        return None
    return run(parent, report.write_rejected, Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))


# --- the dialog -----------------------------------------------------------------------

class RegisterImportDialog(QDialog):
    """Check a file, show what would happen, import on request.

    ``register`` is the name announced on the bus after the import ("visitors"),
    so every view of that register refreshes.
    """

    def __init__(self, parent: QWidget | None, title: str, hint: str, import_file: ImportFile, register: str,
                 fallback_dir: Path | None = None, who: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.import_file = import_file
        self.who = who  # the field that tells the user whose row it is ("name"): shown beside each problem
        self.register = register
        self.fallback_dir = fallback_dir
        self.check: ImportReport | None = None  # the dry run of the file named in self.path
        self.report: ImportReport | None = None  # the import itself
        self.report_path: Path | None = None  # where the rejected rows were saved
        self._checked_path = ""
        self._dry_run = False
        self._working = False  # reading or importing: Esc and the window's close button wait for it

        intro = QLabel(hint)
        intro.setWordWrap(True)
        self.path = labelled(QLineEdit(), tr("File"))
        self.path.setPlaceholderText(tr("An Excel workbook (.xlsx) or a CSV file"))
        self.path.returnPressed.connect(self.check_file)
        self.path.textChanged.connect(self._path_edited)
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        self.check_button = QPushButton(tr("&Check the file"))
        self.check_button.setAutoDefault(False)
        self.check_button.setToolTip(tr("Read every row and report the problems; nothing is written"))
        self.check_button.clicked.connect(self.check_file)
        file_row = QHBoxLayout()
        file_label = QLabel(tr("File:"))
        file_label.setBuddy(self.path)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.check_button)

        self.summary = QLabel(tr("Choose the file. Every row is checked before anything is written."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = labelled(QTableWidget(0, 5), tr("Rows with problems"))
        self.table.setHorizontalHeaderLabels([tr("Row"), "", tr("Column"), tr("In the file"), tr("Problem")])
        self.table.setColumnHidden(1, True)  # the "who" column, named after the file's header once known
        self.table.horizontalHeader().setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)  # the whole message, on as many lines as it needs

        self.all_or_nothing = QRadioButton(tr("Import all rows or none: nothing is written while a row has a problem"))
        self.skip_bad = QRadioButton(tr("Import the good rows and leave out the rows with problems"))
        self.skip_bad.setToolTip(tr("The rows with problems are left out and saved, with their reasons, in a report you can fix and import again."))
        self.choice = QButtonGroup(self)
        for b in (self.all_or_nothing, self.skip_bad):
            labelled(b, b.text())
            self.choice.addButton(b)
        self.all_or_nothing.setChecked(True)
        self.choice.buttonToggled.connect(lambda *_a: self._update_buttons())
        self.blocked = QLabel(tr("Fix the rows in the file and check it again, or choose to leave the rows with problems out."))
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #8a5a00")

        self.progress = labelled(QProgressBar(), tr("Import progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.hide()  # shown while a file is read or imported, and with the result

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_report_button = self.buttons.addButton(tr("Save the rejected rows as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.clicked.connect(self.do_import)
        self.save_report_button.clicked.connect(self.save_report_as)
        self.close_button.clicked.connect(self.reject)
        for b in (self.import_button, self.save_report_button, self.close_button):
            b.setAutoDefault(False)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(file_row)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.all_or_nothing)
        lay.addWidget(self.skip_bad)
        lay.addWidget(self.blocked)
        lay.addWidget(self.progress)
        lay.addWidget(self.buttons)
        self.resize(860, 560)
        self._update_buttons()

    # --- choosing and checking ------------------------------------------------------
    def browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.windowTitle(), self.path.text(),
                                               tr("Excel or CSV (*.xlsx *.xlsm *.xls *.csv *.txt)"))
        if path:
            self.path.setText(path)
            self.check_file()

    def _path_edited(self) -> None:
        if self.path.text().strip() != self._checked_path:  # another file: its check is still to come
            self.check = None
            self._update_buttons()

    def check_file(self) -> ImportReport | None:
        """The dry run: read and check every row, write nothing."""
        path = self.path.text().strip()
        if not path:
            self.summary.setText(tr("Choose the file first."))
            return None
        self.report = None
        self.report_path = None
        self.check = None
        self.table.setRowCount(0)
        self._busy(True, dry_run=True)
        try:
            check = run(self, self.import_file, path, dry_run=True, progress=self._progress,
                        title=tr("The file cannot be imported"))
        finally:
            self._busy(False)
        if check is None:  # bad, locked or unreadable file: the message was shown
            self.summary.setText(tr("The file could not be read. Nothing was written."))
            self._update_buttons()
            self.path.setFocus()  # to correct the name, or Browse… for another file
            return None
        self.check, self._checked_path = check, path
        self._show_errors(check)
        good = check.total - len(check.bad_rows)
        if check.total == 0:
            text = check.summary()
        elif check.errors:
            text = tr("{good} of {total} rows are ready to import; {bad} rows have problems (listed below). Nothing has been written yet.").format(
                good=good, total=check.total, bad=len(check.bad_rows))
        else:
            text = tr("All {total} rows are ready to import. Nothing has been written yet.").format(total=check.total)
        if check.hidden_rows:
            text += " " + tr("Rows hidden in the sheet are imported too: {rows}.").format(
                rows=", ".join(map(str, check.hidden_rows[:20])) + (" …" if len(check.hidden_rows) > 20 else ""))
        if check.unclaimed:  # a column the user expects to come in, under a header nobody knows
            text += "\n" + tr("Columns not imported: {cols}").format(cols=", ".join(check.unclaimed))
        self.summary.setText(text)
        self.progress.hide()
        self._update_buttons()
        return check

    def _show_errors(self, report: ImportReport) -> None:
        errors = sorted(report.errors, key=lambda e: e.row)[:SHOWN_ERRORS]  # the file's order
        who_header = report.columns.get(self.who, "")
        self.table.setHorizontalHeaderItem(1, QTableWidgetItem(who_header))
        self.table.setColumnHidden(1, not who_header)
        self.table.setRowCount(len(errors))
        for r, e in enumerate(errors):
            column = report.column(e.field) if e.field else ""
            cells = (str(e.row), str(e.values.get(self.who, "")), column, str(e.values.get(e.field, "")), e.message)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(BAD)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        for c in range(PROBLEM):
            self.table.resizeColumnToContents(c)
            header.resizeSection(c, min(header.sectionSize(c), 220))  # a long value must not push the problem out
        header.setSectionResizeMode(PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    # --- importing -----------------------------------------------------------------------
    def importable(self) -> int:
        """Rows the Import button would write now (0: nothing to do or not allowed by the choice)."""
        c = self.check
        if c is None or self.report is not None:
            return 0
        good = c.total - len(c.bad_rows)
        return good if (not c.errors or self.skip_bad.isChecked()) else 0

    def do_import(self) -> ImportReport | None:
        if not self.importable():
            return None
        path = self._checked_path
        self._busy(True)
        try:
            report = run(self, self.import_file, path, skip_bad_rows=self.skip_bad.isChecked(),
                         progress=self._progress, changed=self.register)
        finally:
            self._busy(False)
        if report is None:  # refused (permission) or the file went bad since the check: nothing written
            self.progress.hide()
            self._update_buttons()
            return None
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if report.saved else 0)
        self._show_errors(report)
        text = report.summary()
        if report.errors:
            self.report_path = save_rejected_beside(report, path, self.fallback_dir)
            if self.report_path is not None:
                text += "\n" + tr("The rejected rows and their reasons were saved to {path}").format(path=self.report_path)
        self.summary.setText(text)
        bus.status.emit(text.splitlines()[0])
        self._update_buttons()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        return report

    def save_report_as(self) -> Path | None:
        rep = self.report or self.check
        if rep is None or not rep.errors:
            return None
        return ask_save_rejected(self, rep, self.report_path or Path(self._checked_path).with_name(
            f"{Path(self._checked_path).stem}-{tr('rejected')}.xlsx"))

    # --- state -----------------------------------------------------------------------------
    def _progress(self, done: int, total: int) -> None:
        self.progress.show()
        if done >= total and not self._dry_run:
            self.progress.setRange(0, 0)  # every row read: saving in one transaction, no steps to show
            self.progress.setFormat(tr("Saving…"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
        QApplication.processEvents()

    def _busy(self, on: bool, dry_run: bool = False) -> None:
        self._dry_run = dry_run
        self._working = on
        for w in (self.path, self.browse_button, self.check_button, self.import_button, self.close_button,
                  self.all_or_nothing, self.skip_bad):
            w.setEnabled(not on)
        if on:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()
            self.progress.setFormat("%p%")

    def reject(self) -> None:
        if not self._working:  # the progress keeps the window responsive: Esc must not leave an import half-shown
            super().reject()

    def _update_buttons(self) -> None:
        c = self.check
        has_errors = bool(c is not None and c.errors)
        some_good = c is not None and c.total > len(c.bad_rows)
        for b in (self.all_or_nothing, self.skip_bad):
            b.setEnabled(has_errors and some_good and self.report is None)
        n = self.importable()
        self.import_button.setEnabled(n > 0)
        self.import_button.setText(tr("&Import {n} rows").format(n=n) if n else tr("&Import"))
        # all or nothing with bad rows: say why Import is greyed out
        self.blocked.setVisible(has_errors and some_good and not n and self.report is None)
        shown = self.report or c
        self.save_report_button.setVisible(bool(shown is not None and shown.errors))
        if n:
            self.import_button.setDefault(True)


def open_import(parent: QWidget, title: str, hint: str, import_file: ImportFile, register: str,
                path: str | None = None, who: str = "") -> RegisterImportDialog | None:
    """Open the import dialog — or say why not: importing needs the import permission
    (the service refuses too; this spares the user checking a file first)."""
    if not permissions.can(IMPORT_PERMISSION):
        run(parent, permissions.require, IMPORT_PERMISSION)  # "You are not allowed to import data. Ask a manager."
        return None
    dlg = RegisterImportDialog(parent, title, hint, import_file, register, data_dir_of(parent), who)
    if path:
        dlg.path.setText(path)
        dlg.check_file()
    return dlg
