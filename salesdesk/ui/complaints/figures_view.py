"""Monthly figures: the numbers, bar charts drawn with QPainter (QtCharts is not in
PySide6-Essentials), and the same figures printed or saved as PDF / Excel."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QGridLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QToolBar, QVBoxLayout, QWidget)

from salesdesk import complaint_figures as cf
from salesdesk.ui import printing
from salesdesk.ui.i18n import tr
from salesdesk.ui.widgets import labelled

BAR = QColor(64, 115, 179)


class BarChart(QWidget):
    """Horizontal bars: label, bar, count — sorted biggest first."""

    ROW = 22

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.counts: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(sorted(counts.items(), key=lambda kv: -kv[1]))
        self.setMinimumHeight(self.ROW * (max(1, len(self.counts)) + 1) + 8)
        self.setAccessibleDescription("; ".join(f"{k}: {v}" for k, v in self.counts.items()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        p.setPen(self.palette().windowText().color())
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.drawText(0, fm.ascent() + 2, self.title)
        font.setBold(False)
        p.setFont(font)
        if not self.counts:
            p.drawText(0, self.ROW + fm.ascent() + 2, tr("No cases"))
            return
        label_w = min(160, max(fm.horizontalAdvance(k) for k in self.counts) + 12)
        count_w = fm.horizontalAdvance("0000") + 8
        span = max(10, self.width() - label_w - count_w)
        biggest = max(self.counts.values()) or 1
        for i, (k, v) in enumerate(self.counts.items()):
            y = self.ROW * (i + 1) + 4
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 6, self.ROW - 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(k, Qt.TextElideMode.ElideRight, label_w - 6))
            w = span * v / biggest
            p.fillRect(QRectF(label_w, y + 3, w, self.ROW - 8), BAR)
            p.drawText(QRectF(label_w + w + 4, y, count_w, self.ROW - 4), Qt.AlignmentFlag.AlignVCenter, str(v))
        p.end()


class FiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        top = QToolBar()  # what does not fit in a narrow window moves into the » menu
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        labelled(self.month, tr("Month"))
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month)
        prev = QPushButton(tr("◀ Previous month"))
        prev.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(-1)))
        nxt = QPushButton(tr("Next month ▶"))
        nxt.clicked.connect(lambda: self.month.setDate(self.month.date().addMonths(1)))
        top.addWidget(prev)
        top.addWidget(nxt)
        paper = QToolBar()
        self.print_btn = QPushButton(tr("Print figures…"))
        self.print_btn.clicked.connect(self.print_figures)
        self.pdf_btn = QPushButton(tr("Save as PDF…"))
        self.pdf_btn.clicked.connect(self.save_pdf)
        self.xlsx_btn = QPushButton(tr("Save as Excel…"))
        self.xlsx_btn.clicked.connect(self.save_xlsx)
        for b in (self.print_btn, self.pdf_btn, self.xlsx_btn):
            paper.addWidget(b)
        self.numbers = QFormLayout()
        self.values: dict[str, QLabel] = {}
        self.charts = [BarChart(t) for t in (tr("By type"), tr("By category"), tr("By channel"), tr("By severity"))]
        body = QWidget()
        grid = QGridLayout(body)
        numbers_box = QWidget()
        numbers_box.setLayout(self.numbers)
        grid.addWidget(numbers_box, 0, 0, 2, 1)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, 1 + i % 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay = QVBoxLayout(self)
        lay.addWidget(top)
        lay.addWidget(scroll, 1)
        lay.addWidget(paper)
        self.month.dateChanged.connect(self.refresh)
        self.figures: cf.Figures | None = None

    def period(self) -> tuple[dt.date, dt.date]:
        d = self.month.date()
        return cf.month_range(d.year(), d.month())

    def refresh(self) -> None:
        fig = self.figures = cf.figures(*self.period())
        from salesdesk.forms.complaint_report import figure_rows

        rows = figure_rows(fig)
        if not self.values:
            for label, _v in rows:
                val = QLabel()
                val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.numbers.addRow(QLabel(label), val)
                val.setAccessibleName(label)
                self.values[label] = val
        for label, v in rows:
            self.values[label].setText(v)
        for chart, counts in zip(self.charts, (fig.by_kind, fig.by_category, fig.by_channel, fig.by_severity)):
            chart.set_counts(counts)

    def _title(self) -> str:
        a, _b = self.period()
        return tr("Complaint figures {month}").format(month=a.strftime("%Y-%m"))

    def _pdf(self, target: Path) -> Path:
        from salesdesk.forms import complaint_report

        return complaint_report.write_figures_pdf(target, *self.period())

    def _xlsx(self, target: Path) -> Path:
        from salesdesk.forms import complaint_report

        return complaint_report.write_register_xlsx(target, *self.period())

    def print_figures(self) -> None:
        printing.print_form(self, self._pdf, self._title())

    def save_pdf(self) -> None:
        printing.save_as(self, self._pdf, f"complaint-figures-{self.period()[0]:%Y-%m}.pdf", "pdf")

    def save_xlsx(self) -> None:
        printing.save_as(self, self._xlsx, f"complaint-register-{self.period()[0]:%Y-%m}.xlsx", "xlsx")
