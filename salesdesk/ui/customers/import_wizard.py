"""Import wizard: choose a file → map its columns → preview every row with its
problems → import (all good rows or none) with a progress bar, and keep a report
of the rejected rows. The work is done by salesdesk/customer_import.py."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWizard, QWizardPage)

from salesdesk import customer_import
from salesdesk.i18n import _
from salesdesk.importing import ImportReport, cell_text
from salesdesk.ui.bus import bus, run
from salesdesk.ui.i18n import tr
from salesdesk.ui.register_import import ask_save_rejected, save_rejected_beside
from salesdesk.ui.widgets import labelled

BAD = QColor("#fde8e8")
PREVIEW_ROWS = 2000


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Choose the list to import"))
        self.setSubTitle(tr("An Excel workbook (.xlsx) or a CSV file. The header row is found automatically, also below a title or with merged cells."))
        v = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = labelled(QLineEdit(), tr("File"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        v.addLayout(row)

    def browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, tr("Import customers"), "", tr("Lists (*.xlsx *.xlsm *.xls *.csv *.txt)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        plan = run(self, customer_import.plan, Path(self.path.text().strip()))
        if plan is None:
            return False
        self.w.plan = plan
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Match the columns"))
        v = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        v.addWidget(self.info)
        self.table = labelled(QTableWidget(0, 3), tr("Column mapping"))
        self.table.setHorizontalHeaderLabels([tr("Customer file field"), tr("Column in the list"), tr("First value")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        v.addWidget(self.table, 1)
        self.boxes: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        plan = self.w.plan
        t = plan.table
        self.info.setText(tr("{n} rows found in sheet {sheet}; the header is row {row}. Columns were matched by their names — check them, and choose a column for any field that was missed.").format(
            n=len(t.rows), sheet=t.sheet, row=t.header_row))
        self.table.setRowCount(len(customer_import.SPECS))
        self.boxes = {}
        first = t.rows[0][1] if t.rows else []
        for r, spec in enumerate(customer_import.SPECS):
            label = _(spec.label) + (" *" if spec.required else "")
            self.table.setItem(r, 0, QTableWidgetItem(label))
            box = QComboBox()
            box.setAccessibleName(tr("Column for {field}").format(field=_(spec.label)))
            box.addItem(tr("(not imported)"), -1)
            for i, h in enumerate(t.headers):
                box.addItem(h or tr("column {n}").format(n=i + 1), i)
            box.setCurrentIndex(box.findData(plan.mapping.get(spec.key, -1)))
            box.currentIndexChanged.connect(lambda _i, r=r, box=box: self._sample(r, box, first))
            self.boxes[spec.key] = box
            self.table.setCellWidget(r, 1, box)
            self._sample(r, box, first)
        self.table.resizeColumnsToContents()

    def _sample(self, r: int, box: QComboBox, first: list) -> None:
        i = box.currentData()
        self.table.setItem(r, 2, QTableWidgetItem(cell_text(first[i]) if i is not None and 0 <= i < len(first) else ""))
        self.completeChanged.emit()

    def mapping(self) -> dict[str, int]:
        return {k: b.currentData() for k, b in self.boxes.items() if b.currentData() is not None and b.currentData() >= 0}

    def isComplete(self) -> bool:  # noqa: N802
        m = self.mapping()
        return all(s.key in m for s in customer_import.SPECS if s.required) and len(set(m.values())) == len(m)

    def validatePage(self) -> bool:  # noqa: N802
        self.w.plan.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Check the rows"))
        v = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.table = labelled(QTableWidget(0, 4), tr("Rows to import"))
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Name"), tr("Phone"), tr("Problem")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        v.addWidget(self.table, 1)
        self.skip_bad = QCheckBox(tr("Import the good rows and leave out the rows with problems"))
        self.skip_bad.setAccessibleName(tr("Import the good rows and leave out the rows with problems"))
        self.skip_bad.setToolTip(tr("The rows with problems are left out and saved, with their reasons, in a report you can fix and import again."))
        self.skip_bad.toggled.connect(self.completeChanged)
        v.addWidget(self.skip_bad)
        self.report: ImportReport | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.report = run(self, customer_import.run, self.w.plan, dry_run=True)
        rep = self.report
        if rep is None:
            self.summary.setText(tr("The rows could not be checked."))
            return
        problems: dict[int, list[str]] = {}
        for e in rep.errors:
            problems.setdefault(e.row, []).append(e.message)
        t = self.w.plan.table
        name_i, phone_i = self.w.plan.mapping.get("name"), self.w.plan.mapping.get("phone")
        rows = t.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for r, (row_no, values) in enumerate(rows):
            msgs = problems.get(row_no, [])
            cells = [str(row_no), cell_text(values[name_i]) if name_i is not None else "",
                     cell_text(values[phone_i]) if phone_i is not None else "", "；".join(msgs) or tr("OK")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if msgs:
                    item.setBackground(BAD)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        good = rep.total - len(rep.bad_rows)
        self.summary.setText(tr("{good} of {total} rows are ready to import; {bad} rows have problems (shown in red). Nothing has been written yet.").format(
            good=good, total=rep.total, bad=len(rep.bad_rows)))
        self.skip_bad.setVisible(bool(rep.errors))
        self.skip_bad.setChecked(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        rep = self.report
        if rep is None:
            return False
        good = rep.total - len(rep.bad_rows)
        return good > 0 and (not rep.errors or self.skip_bad.isChecked())


class ResultPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Import"))
        v = QVBoxLayout(self)
        self.progress = labelled(QProgressBar(), tr("Import progress"))
        v.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.summary)
        self.save_report_button = QPushButton(tr("Save the rejected rows as…"))
        self.save_report_button.setAutoDefault(False)  # Enter finishes the wizard
        self.save_report_button.clicked.connect(self.save_report_as)
        v.addWidget(self.save_report_button, 0, Qt.AlignmentFlag.AlignLeft)
        v.addStretch(1)
        self.report: ImportReport | None = None
        self.report_path: Path | None = None

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QApplication.processEvents()

    def initializePage(self) -> None:  # noqa: N802
        self.progress.setValue(0)
        skip = self.w.preview.skip_bad.isChecked()
        self.report = run(self, customer_import.run, self.w.plan, skip_bad_rows=skip, progress=self._progress,
                          changed="customers")
        rep = self.report
        if rep is None:
            self.summary.setText(tr("Nothing was imported."))
            self.save_report_button.setVisible(False)
            return
        text = rep.summary()
        self.report_path = None
        if rep.errors:
            self.report_path = save_rejected_beside(rep, self.w.plan.table.source, self.w.fallback_dir)
            if self.report_path is not None:
                text += "\n" + tr("The rejected rows and their reasons were saved to {path}").format(path=self.report_path)
        self.summary.setText(text)
        self.save_report_button.setVisible(bool(rep.errors))
        bus.status.emit(text.splitlines()[0])

    def save_report_as(self) -> None:
        if self.report is not None:
            ask_save_rejected(self, self.report, self.report_path)


class ImportWizard(QWizard):
    def __init__(self, parent=None, fallback_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import customer files"))
        self.plan: customer_import.ImportPlan | None = None
        self.fallback_dir = fallback_dir
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview = PreviewPage(self)
        self.result_page = ResultPage(self)
        for p in (self.file_page, self.mapping_page, self.preview, self.result_page):
            self.addPage(p)
        self.preview.setCommitPage(True)
        self.preview.setButtonText(QWizard.WizardButton.CommitButton, tr("&Import"))
        self.resize(820, 560)
