"""Printing paints exactly the PDF's pages."""
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from pypdf import PdfReader
from reportlab.platypus import PageBreak, Paragraph

from salesdesk.forms import layout
from salesdesk.ui import printing


def two_page_pdf(tmp_path: Path, landscape=False) -> Path:
    st = layout.styles()
    story = [Paragraph("第一页 来访登记表", st.body), PageBreak(), Paragraph("第二页", st.body)]
    return layout.build_pdf(tmp_path / "f.pdf", story, layout.PageInfo(title="测试", landscape=landscape))


def test_paint_to_pdf_printer_keeps_pages(qapp, tmp_path, ctx):
    pdf = two_page_pdf(tmp_path, landscape=True)
    assert printing.page_count(pdf) == 2
    printer = printing.make_printer(pdf, "测试")
    printer.setResolution(72)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printing.paint_pdf(printer, pdf)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape kept


def test_rendered_page_is_not_blank(qapp, tmp_path, ctx):
    pdf = two_page_pdf(tmp_path)
    img = printing.render_page(pdf, 0, 50)
    assert img.width() > 300 and img.height() > img.width()
    colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
    assert len(colours) > 2  # text and rules, not a white page
