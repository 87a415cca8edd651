"""Raw-library floors of the exports: the same rows, fetched with bare sqlite3 and
written with plain reportlab / openpyxl — what the libraries cost before any
SalesDesk layout, masking or formatting.

The PDF floor uses the same embedded CJK font and A4 landscape ruled table with
a repeated header (the font subset is part of any Chinese PDF); the Excel floor
uses openpyxl's write-only mode, the fastest way the library offers.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any, Sequence

import adapters


def _when(raw: bytes) -> Any:
    return dt.datetime.fromisoformat(raw.decode())


def _day(raw: bytes) -> Any:
    return dt.date.fromisoformat(raw.decode())


sqlite3.register_converter("DATETIME", _when)
sqlite3.register_converter("DATE", _day)


def fetch(db_file: str, sql: str, params: Sequence[Any]) -> tuple[list[str], list[tuple]]:
    """The rows with the types the registers write: date-time columns as date-times
    (an Excel date costs more to write than its text), computed text as text."""
    con = sqlite3.connect(db_file, detect_types=sqlite3.PARSE_DECLTYPES)
    try:
        cur = con.execute(sql, tuple(params))
        headers = [d[0] for d in cur.description]
        return headers, cur.fetchall()
    finally:
        con.close()


def pdf_table(headers: list[str], rows: list[tuple], target: Path) -> int:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from salesdesk.fonts import PDF_FONT, pdf_font

    pdf_font()  # registers the same TrueType CJK font the forms embed
    width = landscape(A4)[0] - 24 * mm
    data = [headers] + [["" if v is None else str(v) for v in row] for row in rows]
    table = Table(data, colWidths=[width / len(headers)] * len(headers), repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), PDF_FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
                               ("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=34 * mm, bottomMargin=22 * mm)
    doc.build([table])
    return len(rows)


def xlsx_rows(headers: list[str], rows: list[tuple], target: Path) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("rows")
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(str(target))
    return len(rows)


def visits_pdf(db_file: str, first: str, last: str, target: Path) -> int:
    return pdf_table(*fetch(db_file, *adapters.visit_rows_sql(first, last)), target)


def visits_xlsx(db_file: str, first: str, last: str, target: Path) -> int:
    return xlsx_rows(*fetch(db_file, *adapters.visit_register_sql(first, last)), target)


def complaints_xlsx(db_file: str, first: str, last: str, target: Path) -> int:
    return xlsx_rows(*fetch(db_file, *adapters.complaint_rows_sql(first, last)), target)
