"""The paper: one page layout shared by every printed form.

A form module builds a list of flowables (``story``) with the helpers here and
calls ``build_pdf``. The page template draws the office name and logo, the form
title, the record number and print date on top, and "page n / N" below. The
Chinese font is embedded (salesdesk/fonts.py). User text always goes through
``para()``, which escapes markup and drops characters that would break the PDF.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from salesdesk import settings
from salesdesk.fonts import PDF_FONT, pdf_font
from salesdesk.forms.output import atomic_output
from salesdesk.i18n import _

MARGIN = 12 * mm
HEADER_H = 22 * mm
FOOTER_H = 10 * mm
GRID = colors.black
SHADE = colors.Color(0.92, 0.92, 0.92)



class FormTableStyle(TableStyle):
    """A TableStyle whose cells use the embedded CJK font. Table cells that are
    plain strings otherwise default to Helvetica, which is not embedded."""

    def __init__(self, cmds=None, parent=None, **kw):
        super().__init__([("FONTNAME", (0, 0), (-1, -1), PDF_FONT), *(cmds or [])], parent, **kw)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    section: ParagraphStyle


def styles(base_size: float = 10) -> Styles:
    pdf_font()
    body = ParagraphStyle("body", fontName=PDF_FONT, fontSize=base_size, leading=base_size * 1.35, wordWrap="CJK")
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=base_size - 2, leading=(base_size - 2) * 1.3),
        cell=ParagraphStyle("cell", parent=body, fontSize=base_size - 1, leading=(base_size - 1) * 1.25),
        head=ParagraphStyle("head", parent=body, fontSize=base_size - 1, leading=(base_size - 1) * 1.25, alignment=TA_CENTER),
        title=ParagraphStyle("title", parent=body, fontSize=base_size + 8, leading=(base_size + 8) * 1.3, alignment=TA_CENTER),
        section=ParagraphStyle("section", parent=body, fontSize=base_size + 1, leading=(base_size + 1) * 1.4, spaceBefore=4, spaceAfter=2),
    )


# Unicode categories Cc (controls but tab and newline), Cs (surrogates) and Co (private use)
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff"
                     "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def safe_text(value: object) -> str:
    """Text reportlab can lay out: no control characters or lone surrogates.
    (One regular expression: this runs for every cell of every register.)"""
    text = "" if value is None else str(value)
    return _UNSAFE.sub("", text)


def para(value: object, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: escaped, line breaks kept."""
    text = escape(safe_text(value)).replace("\t", "    ").replace("\n", "<br/>")
    return Paragraph(text, style)


# Above this many body rows a ruled table is laid out page by page (see _PagedTable).
LONG_TABLE_ROWS = 60
_PAD = 3  # left/right cell padding of ruled tables (reportlab's default top/bottom is 3 too)


_MIN_WORD_SIZE = 5.5  # pt: below this a shrunk word would be unreadable; it wraps instead
_LATIN_TEXT = re.compile(r"[ !-~\u00a0-\u024f]+")  # Latin letters, digits, punctuation and spaces only


def _latin_style(style: ParagraphStyle, size: float) -> ParagraphStyle:
    """``style`` at ``size`` with line breaks between words (kept on the style: no name clashes)."""
    variants = style.__dict__.setdefault("_latin_variants", {})
    if size not in variants:
        variants[size] = ParagraphStyle(f"{style.name}-latin-{size}", parent=style, fontSize=size,
                                        leading=style.leading * size / style.fontSize, wordWrap=None)
    return variants[size]


def cell_para(value: object, style: ParagraphStyle, inner: float) -> Paragraph:
    """A table cell's Paragraph. Latin text ("In progress", "Satisfaction") breaks
    between words instead of being cut anywhere ("progre|ss") by the CJK line
    breaking the forms use; a word wider than the column, or text that would need
    more lines than before, is set a little smaller, so the form keeps its height."""
    text = safe_text(value)
    if inner <= 0 or not _LATIN_TEXT.fullmatch(text):
        return para(text, style)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
    size = style.fontSize if widest <= inner else max(_MIN_WORD_SIZE, round(style.fontSize * inner / widest - 0.05, 1))
    p = para(text, _latin_style(style, size))
    if stringWidth(text, style.fontName, style.fontSize) > inner:  # several lines: no more than CJK breaking needs
        cjk_height = para(text, style).wrap(inner, 10**6)[1]
        while p.wrap(inner, 10**6)[1] > cjk_height + 0.01 and size > _MIN_WORD_SIZE:
            size = max(_MIN_WORD_SIZE, round(size - 0.5, 1))
            p = para(text, _latin_style(style, size))
    return p


def _inner(col_widths: Sequence[float | None], i: int) -> float:
    """The text width of column ``i`` (0 when reportlab sizes it itself)."""
    w = col_widths[i] if i < len(col_widths) else None
    return w - 2 * _PAD if w else 0


def ruled_table(rows: Sequence[Sequence[object]], col_widths: Sequence[float], header_rows: int = 1,
                st: Styles | None = None, min_row_height: float | None = None,
                align_middle: bool = True) -> Flowable:
    """A ruled grid; str cells become Paragraphs, header rows shaded and repeated on each page.

    A long table (a register of thousands of rows) comes back as a flowable that
    measures each row once and builds one Table per page, and its single-line
    cells are drawn as plain strings in the same font: reportlab's own Table
    re-measures every remaining row at each page break, and a Paragraph per cell
    costs ten times a string, so a month's visitor sheet took half a minute.
    """
    st = st or styles()
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if align_middle else "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    if len(rows) - header_rows > LONG_TABLE_ROWS:
        return _PagedTable(rows, col_widths, header_rows, st, min_row_height, cmds)
    data = []
    for r, row in enumerate(rows):
        style = st.head if r < header_rows else st.cell
        data.append([c if isinstance(c, Flowable) else cell_para(c, style, _inner(col_widths, i)) for i, c in enumerate(row)])
    heights = None
    if min_row_height:
        heights = [None] * header_rows + [min_row_height] * (len(rows) - header_rows)
    t = Table(data, colWidths=list(col_widths), rowHeights=heights, repeatRows=header_rows)
    t.setStyle(FormTableStyle(cmds))
    return t


class _PagedTable(Flowable):
    """A long ruled table, split into one Table per page in linear time.

    Row heights are measured once (exactly as reportlab would: content plus
    3 pt top and bottom padding, at least ``min_row_height``); ``split`` then
    cuts at the last whole row that fits and carries the header onto the next
    page. Cells that fit on one line are plain strings drawn in the cell style's
    font, the rest Paragraphs that wrap (CJK) as before.
    """

    def __init__(self, rows: Sequence[Sequence[object]], col_widths: Sequence[float], header_rows: int,
                 st: Styles, min_row_height: float | None, cmds: list) -> None:
        super().__init__()
        # (header cells, header heights, body cells, cumulative body heights, widths, style), shared by the pages
        self._shared = self._measure(rows, list(col_widths), header_rows, st, min_row_height, cmds)
        self._start = 0

    @staticmethod
    def _measure(rows, col_widths, header_rows, st, min_row_height, cmds) -> tuple:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        size, leading = st.cell.fontSize, st.cell.leading
        data, heights = [], []
        for r, row in enumerate(rows):
            head = r < header_rows
            cells, h = [], leading
            for value, width in zip(row, col_widths):
                inner = width - 2 * _PAD
                if isinstance(value, Flowable):
                    cells.append(value)
                    h = max(h, value.wrap(inner, 10**6)[1])
                    continue
                text = safe_text(value)
                if not head and "\n" not in text and stringWidth(text, PDF_FONT, size) <= inner:
                    cells.append(text)
                else:
                    p = cell_para(text, st.head if head else st.cell, inner)
                    cells.append(p)
                    h = max(h, p.wrap(inner, 10**6)[1])
            h += 2 * 3  # reportlab's default top and bottom padding
            if min_row_height and not head:
                h = max(h, min_row_height)
            data.append(cells)
            heights.append(h)
        body_cmds = cmds + [("FONTNAME", (0, header_rows), (-1, -1), PDF_FONT),
                            ("FONTSIZE", (0, header_rows), (-1, -1), size),
                            ("LEADING", (0, header_rows), (-1, -1), leading)]
        prefix = [0.0]
        for h in heights[header_rows:]:
            prefix.append(prefix[-1] + h)
        return data[:header_rows], heights[:header_rows], data[header_rows:], prefix, col_widths, body_cmds

    def _span(self) -> tuple[float, float]:
        _hd, head_h, body, prefix, widths, _c = self._shared
        return sum(widths), sum(head_h) + prefix[-1] - prefix[self._start]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width, self.height = self._span()
        return self.width, self.height

    def _table(self, start: int, stop: int) -> Table:
        head, head_h, body, prefix, widths, cmds = self._shared
        heights = list(head_h) + [prefix[i + 1] - prefix[i] for i in range(start, stop)]
        t = Table(list(head) + body[start:stop], colWidths=widths, rowHeights=heights, repeatRows=len(head))
        t.setStyle(FormTableStyle(cmds))
        return t

    def split(self, aw: float, ah: float) -> list[Flowable]:
        import bisect

        _hd, head_h, body, prefix, _w, _c = self._shared
        room = ah - sum(head_h)
        stop = bisect.bisect_right(prefix, prefix[self._start] + room + 1e-6) - 1
        if stop <= self._start:
            return []  # not even one row fits: reportlab moves on to the next page
        if stop >= len(body):
            return [self._table(self._start, len(body))]
        return [self._table(self._start, stop), self._continued_at(stop)]

    def _continued_at(self, start: int) -> "_PagedTable":
        rest = _PagedTable.__new__(_PagedTable)
        Flowable.__init__(rest)
        rest._shared, rest._start = self._shared, start
        return rest

    def draw(self) -> None:
        t = self._table(self._start, len(self._shared[2]))
        t.wrapOn(self.canv, self.width, self.height)
        t.drawOn(self.canv, 0, 0)


def field_grid(pairs: Sequence[tuple[str, object]], width: float, columns: int = 2,
               st: Styles | None = None, label_ratio: float = 0.32) -> Table:
    """Label/value boxes, ``columns`` pairs per row; a short last row spans to the edge."""
    st = st or styles()
    pair_w = width / columns
    lw, vw = pair_w * label_ratio, pair_w * (1 - label_ratio)
    rows, spans, row = [], [], []
    for label, value in pairs:
        # reportlab's default cell padding is 6 pt each side
        row += [cell_para(label, st.head, lw - 12), cell_para("" if value is None else value, st.cell, vw - 12)]
        if len(row) == columns * 2:
            rows.append(row)
            row = []
    if row:
        start = len(row)
        row += [""] * (columns * 2 - len(row))
        spans.append(("SPAN", (start - 1, len(rows)), (-1, len(rows))))
        rows.append(row)
    t = Table(rows, colWidths=[lw, vw] * columns)
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    cmds += [("BACKGROUND", (2 * i, 0), (2 * i, -1), SHADE) for i in range(columns)]
    t.setStyle(FormTableStyle(cmds + spans))
    return t


def text_box(label: str, value: object, width: float, st: Styles | None = None, min_height: float = 18 * mm) -> list[Flowable]:
    """A labelled full-width box for long text. Returned as flowables that may split
    across pages (a long complaint continues on the next page instead of being cut)."""
    st = st or styles()
    head = Table([[para(label, st.head)]], colWidths=[width])
    head.setStyle(FormTableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("BACKGROUND", (0, 0), (-1, -1), SHADE)]))
    paragraphs = [[para(line, st.body)] for line in (safe_text(value).split("\n") or [""])]
    body = Table(paragraphs or [[""]], colWidths=[width], splitByRow=True, splitInRow=1)  # one huge paragraph still flows
    body.setStyle(FormTableStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [head, body, Spacer(1, 0) if body.wrap(width, 10**6)[1] >= min_height else Spacer(1, min_height - body.wrap(width, 10**6)[1])]


def signature_boxes(labels: Sequence[str], width: float, st: Styles | None = None,
                    height: float = 24 * mm, per_row: int = 2) -> Table:
    """Boxes large enough to sign in: label on top, blank signing space, a date line."""
    st = st or styles()
    cell_w = width / per_row
    cells = []
    for label in labels:
        inner = Table([[para(label, st.cell)], [""], [para(_("Date:") + "        " + _("Y") + "      " + _("M") + "      " + _("D"), st.small)]],
                      colWidths=[cell_w - 4], rowHeights=[None, height, None])
        inner.setStyle(FormTableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4)]))
        cells.append(inner)
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    if rows and len(rows[-1]) < per_row:
        rows[-1] += [""] * (per_row - len(rows[-1]))
    t = Table(rows, colWidths=[cell_w] * per_row)
    t.setStyle(FormTableStyle([("GRID", (0, 0), (-1, -1), 0.6, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so the footer can say "page n / N"."""

    def __init__(self, *args, **kwargs):
        kwargs["initialFontName"] = PDF_FONT  # no stray, unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(PDF_FONT, 8)
            w, _h = self._pagesize
            self.drawCentredString(w / 2, MARGIN / 2 + 2, _("Page {n} / {total}").format(n=self._pageNumber, total=total))
            super().showPage()
        super().save()


@dataclass
class PageInfo:
    title: str
    record_no: str = ""
    subtitle: str = ""
    landscape: bool = False


def _draw_header(c: rl_canvas.Canvas, info: PageInfo, pagesize: tuple[float, float]) -> None:
    w, h = pagesize
    top = h - MARGIN
    logo = settings.get("office.logo")
    x_name = MARGIN
    if logo and Path(logo).is_file():
        try:
            c.drawImage(str(logo), MARGIN, top - 12 * mm, width=12 * mm, height=12 * mm, preserveAspectRatio=True, mask="auto")
            x_name += 14 * mm
        except Exception:  # noqa: BLE001 - a broken logo must not stop printing
            pass
    c.setFont(PDF_FONT, 10)
    c.drawString(x_name, top - 5 * mm, safe_text(settings.office_name())[:80])
    c.setFont(PDF_FONT, 16)
    c.drawCentredString(w / 2, top - 12 * mm, safe_text(info.title))
    c.setFont(PDF_FONT, 8.5)
    right = []
    if info.record_no:
        right.append(_("No.: {no}").format(no=info.record_no))
    right.append(_("Printed: {date}").format(date=dt.datetime.now().strftime("%Y-%m-%d %H:%M")))
    for i, line in enumerate(right):
        c.drawRightString(w - MARGIN, top - 4 * mm - i * 4 * mm, safe_text(line))
    if info.subtitle:
        c.setFont(PDF_FONT, 9)
        c.drawCentredString(w / 2, top - 18 * mm, safe_text(info.subtitle)[:160])
    c.setLineWidth(0.8)
    c.line(MARGIN, top - HEADER_H + 1 * mm, w - MARGIN, top - HEADER_H + 1 * mm)


def page_size(is_landscape: bool = False) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def content_width(is_landscape: bool = False) -> float:
    return page_size(is_landscape)[0] - 2 * MARGIN


def build_pdf(target: Path | str, story: list[Flowable], info: PageInfo | list[tuple[PageInfo, list[Flowable]]]) -> Path:
    """Write ``story`` as a PDF at ``target`` (atomically).

    ``info`` may instead be a list of (PageInfo, story) sections — several
    records in one file, each with its own header (printing several cases).
    """
    sections = info if isinstance(info, list) else [(info, story)]
    target = Path(target)
    with atomic_output(target, ".pdf") as tmp:
        _render(tmp, sections)
    return target


def _render(path: Path, sections: list[tuple[PageInfo, list[Flowable]]]) -> None:
    from reportlab.platypus import NextPageTemplate, PageBreak

    first = sections[0][0]
    doc = BaseDocTemplate(str(path), pagesize=page_size(first.landscape), leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER_H, bottomMargin=MARGIN + FOOTER_H,
                          title=safe_text(first.title), author=safe_text(settings.office_name()), creator="SalesDesk")
    templates, flow = [], []
    for i, (info, story) in enumerate(sections):
        size = page_size(info.landscape)
        frame = Frame(MARGIN, MARGIN + FOOTER_H, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - HEADER_H - FOOTER_H, id=f"f{i}",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates.append(PageTemplate(id=f"t{i}", frames=[frame], pagesize=size,
                                      onPage=lambda c, d, info=info, size=size: _draw_header(c, info, size)))
        if i:
            flow += [NextPageTemplate(f"t{i}"), PageBreak()]
        flow += story or [Spacer(1, 1)]
    doc.addPageTemplates(templates)
    doc.build(flow, canvasmaker=_NumberedCanvas)
