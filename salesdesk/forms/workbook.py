"""Excel registers: one shared writer so every workbook is set up the same way.

Header row frozen and filterable, column widths set, A4 landscape fitted to one
page wide with the header repeated on every printed page — and user text always
stored as text, so a name like ``=HYPERLINK(...)`` never becomes a formula.
Written in openpyxl's write-only mode (constant memory for 200,000 rows) into a
temporary file that replaces the target only when complete.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from salesdesk.forms.layout import safe_text
from salesdesk.forms.output import atomic_output

_THIN = Side(style="thin", color="999999")
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
HEADER_BORDER = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
MAX_CELL = 32767  # Excel's limit per cell


# What the XML inside an .xlsx cannot carry: C0 controls but tab/newline/CR, lone
# surrogates, and the noncharacters U+FFFE/U+FFFF (Excel refuses such a file).
_XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xlsx_text(value: Any) -> str:
    """User text as a cell holds it: only what XML cannot carry is dropped, so private-use
    characters (rare name characters from an office's own font) survive, unlike in a PDF.
    Cut to Excel's 32,767 UTF-16 units per cell (characters beyond U+FFFF count twice)."""
    text = _XLSX_ILLEGAL.sub("", "" if value is None else str(value))
    if len(text) > MAX_CELL // 2 and len(text.encode("utf-16-le")) // 2 > MAX_CELL:
        units = 0
        for i, ch in enumerate(text):
            units += 2 if ord(ch) > 0xFFFF else 1
            if units > MAX_CELL:
                return text[:i]
    return text


def cell_value(ws: Worksheet, value: Any) -> WriteOnlyCell:
    """A write-only cell; strings are forced to text (no formula, no number guessing)."""
    if isinstance(value, str) or value is None:
        text = xlsx_text(value)
        c = WriteOnlyCell(ws, value=text)
        c.data_type = "s"
        return c
    if isinstance(value, bool):
        return WriteOnlyCell(ws, value=value)
    c = WriteOnlyCell(ws, value=value)
    if isinstance(value, dt.datetime):
        c.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, dt.date):
        c.number_format = "yyyy-mm-dd"
    return c


_FORMULA_LIKE = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")  # openpyxl's error codes


def row_value(ws: Worksheet, value: Any) -> Any:
    """A body value: the plain value wherever openpyxl's own typing already stores
    it as we want (text as text, numbers, dates), a cell only where it would not
    (text starting with "=" or spelling an error code, date-times with our format).
    A cell per value doubled the cost of writing a register."""
    if isinstance(value, str) or value is None:
        text = xlsx_text(value)
        if text.startswith("=") or text in _FORMULA_LIKE:
            return cell_value(ws, text)
        return text
    if isinstance(value, dt.datetime):
        return cell_value(ws, value)
    return value


# Column-width units (characters) that print legibly side by side on one A4 sheet,
# down to about 60 % scale: a register wider than this prints over several sheets
# across instead of shrinking 38 columns into an unreadable strip.
LEGIBLE_WIDTH = {True: 250, False: 175}  # landscape, portrait


def pages_across(widths: Sequence[float], landscape: bool = True) -> int:
    return max(1, math.ceil(sum(w or 8.43 for w in widths) / LEGIBLE_WIDTH[landscape]))


class RegisterWorkbook:
    """Build a workbook of one or more register sheets, then ``save(target)``."""

    def __init__(self) -> None:
        self.wb = Workbook(write_only=True)

    def sheet(self, title: str, headers: Sequence[str], widths: Sequence[float], rows: Iterable[Sequence[Any]],
              landscape: bool = True, heading: str | None = None) -> int:
        """Add a sheet; ``heading`` is an optional title line above the header. Returns rows written."""
        ws = self.wb.create_sheet(title=safe_text(title)[:31] or "Sheet")
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        header_row = 2 if heading else 1
        # Write-only sheets serialise views and page setup with the first row:
        # everything below must be set before the first append.
        ws.freeze_panes = f"A{header_row + 1}"
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = pages_across(widths, landscape)
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if heading:
            c = cell_value(ws, heading)
            c.font = Font(bold=True, size=14)
            ws.append([c])
        cells = []
        for h in headers:
            c = cell_value(ws, h)
            c.font, c.fill, c.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cells.append(c)
        ws.append(cells)
        n = 0
        for row in rows:
            ws.append([row_value(ws, v) for v in row])
            n += 1
        last = get_column_letter(max(1, len(headers)))
        ws.auto_filter.ref = f"A{header_row}:{last}{header_row + n}"
        return n

    def save(self, target: Path | str) -> Path:
        target = Path(target)
        try:
            with atomic_output(target, ".xlsx") as tmp:
                self.wb.save(tmp)
        except BaseException:
            self._discard()
            raise
        return target

    def _discard(self) -> None:
        """Close the sheets' temporary writers after a failed save (no stray temp files)."""
        for ws in self.wb.worksheets:
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - already closed or never started
                pass
