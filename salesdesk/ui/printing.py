"""Print → preview → system printer, and "Save as…", for every form.

Every form is built once, as a PDF, by the Qt-free builders in salesdesk/forms.
To print it the pages are rasterised with PDFium (pypdfium2) at the printer's
resolution and painted into Qt's print preview, so what the preview shows and
what the printer gets is exactly the PDF a "Save as PDF" would write.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from salesdesk.ui.bus import bus, run
from salesdesk.ui.i18n import tr

MAX_DPI = 300


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return len(doc)
    finally:
        doc.close()


def render_page(pdf: Path, index: int, dpi: float) -> QImage:
    """One page as an image at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72.0, prefer_bgrx=True)
        # PDFium's BGRx is QImage.Format_RGB32's byte order on little-endian PCs
        fmt = QImage.Format.Format_RGB32 if bitmap.n_channels == 4 else QImage.Format.Format_BGR888
        img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        page.close()
        return img
    finally:
        doc.close()


def _is_landscape(pdf: Path) -> bool:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        w, h = doc[0].get_size()
        return w > h
    finally:
        doc.close()


def paint_pdf(printer: QPrinter, pdf: Path) -> None:
    """Paint every page of ``pdf`` onto ``printer`` (a preview or a real printer)."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        n = page_count(pdf)
        for i in range(n):
            if i:
                printer.newPage()
            img = render_page(pdf, i, dpi)
            area = painter.viewport()
            size = img.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
            painter.setWindow(img.rect())
            painter.drawImage(0, 0, img)
            painter.setViewport(area)
            painter.setWindow(QRect(0, 0, area.width(), area.height()))
    finally:
        painter.end()


def make_printer(pdf: Path, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if _is_landscape(pdf) else QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the PDF has its own margins
    return printer


def preview(parent: QWidget | None, pdf: Path, title: str) -> QPrintPreviewDialog:
    """Qt's print preview of the PDF; its Print button sends it to the system printer."""
    printer = make_printer(pdf, title)
    dlg = QPrintPreviewDialog(printer, parent)
    dlg._printer = printer  # the dialog does not own it: keep it alive as long as the dialog
    dlg.setWindowTitle(tr("Print preview — {title}").format(title=title))
    dlg.resize(QSize(1000, 800))
    dlg.paintRequested.connect(lambda p: paint_pdf(p, pdf))
    return dlg


def print_form(parent: QWidget | None, build: Callable[[Path], Path], title: str) -> Path | None:
    """Build the form into a temporary PDF and open the print preview. Returns the PDF."""
    folder = Path(tempfile.mkdtemp(prefix="salesdesk-print-"))
    pdf = run(parent, build, folder / "form.pdf")
    if pdf is None:
        return None
    preview(parent, Path(pdf), title).exec()
    return Path(pdf)


def save_as(parent: QWidget | None, build: Callable[[Path], Path], suggested: str, kind: str = "pdf") -> Path | None:
    """Ask where to save, build the file there (atomically), report in the status bar."""
    filters = {"pdf": tr("PDF files (*.pdf)"), "xlsx": tr("Excel workbooks (*.xlsx)")}
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Save as"), suggested, filters[kind])
    if not path:
        return None
    if not path.lower().endswith("." + kind):
        path += "." + kind
    out = run(parent, build, Path(path))
    if out is not None:
        bus.status.emit(tr("Saved {path}").format(path=path))
    return Path(out) if out is not None else None
