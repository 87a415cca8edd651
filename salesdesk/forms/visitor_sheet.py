"""The visitor log on paper and in Excel:

- the visitor registration sheet (来访登记表) for a period: A4 landscape ruled
  table with a column wide enough for the host to sign;
- the single-visit slip with its tear-off receipt (回执) for the host to sign;
- the same register as an .xlsx workbook for the archive.

ID numbers and phones come masked from salesdesk/visitor_log.py unless the
user may see them in full. Voided visits are left out.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from salesdesk import audit, permissions, visitor_log, visitors
from salesdesk.errors import SalesDeskError
from salesdesk.fonts import PDF_FONT
from salesdesk.forms import sample
from salesdesk.forms.layout import PageInfo, build_pdf, content_width, field_grid, para, ruled_table, signature_boxes, styles
from salesdesk.forms.workbook import RegisterWorkbook
from salesdesk.i18n import _
from salesdesk.models.visitors import Visit
from salesdesk.visitor_log import VisitFilter, VisitRow


def sheet_columns() -> list[tuple[str, float]]:
    """(header, width in mm) of the registration sheet; the company column takes what is left."""
    cols = [(_("No."), 9), (_("Date"), 17), (_("In"), 10), (_("Out"), 10), (_("Name"), 17), (_("Company"), 0),
            (_("Phone"), 22), (_("ID number") if permissions.can("pii.full") else _("ID number (masked)"), 31),
            (_("Party"), 9), (_("Purpose"), 14), (_("Host"), 15),
            (_("Plate"), 18), (_("Badge"), 10), (_("Host signature"), 40)]
    rest = content_width(True) / mm - sum(w for _h, w in cols)
    return [(h, w if w else rest) for h, w in cols]


def period_text(date_from: dt.date, date_to: dt.date) -> str:
    if date_from == date_to:
        return _("Date: {d}").format(d=date_from.isoformat())
    return _("Period: {a} to {b}").format(a=date_from.isoformat(), b=date_to.isoformat())


def _period_filter(date_from: dt.date, date_to: dt.date) -> VisitFilter:
    if date_to < date_from:
        raise SalesDeskError(_("The end date {b} is before the start date {a}. Swap them.").format(a=date_from, b=date_to))
    return VisitFilter(date_from=date_from, date_to=date_to, sort="time_in", descending=False)


def sheet_row(n: int, r: VisitRow) -> list[object]:
    return [str(n), r.date_text, r.in_text, r.out_text, r.name, r.company, r.phone, r.id_number, str(r.party_size),
            r.purpose, r.host, r.plate, r.badge, ""]


def render_sheet(target: Path | str, date_from: dt.date, date_to: dt.date) -> Path:
    """The visitor registration sheet (来访登记表) for a period, as a PDF."""
    permissions.require("export.personal")  # a list of people: permission-controlled and recorded
    f = _period_filter(date_from, date_to)
    st = styles(9)
    cols = sheet_columns()
    rows: list[list[object]] = [[h for h, _w in cols]]
    for n, r in enumerate(visitor_log.iter_rows(f), start=1):
        rows.append(sheet_row(n, r))
    story: list[Flowable] = []
    if len(rows) == 1:
        story.append(para(_("No visits in this period."), st.body))
        story.append(Spacer(1, 4 * mm))
    story.append(ruled_table(rows, [w * mm for _h, w in cols], st=st, min_row_height=9 * mm))
    info = PageInfo(title=_("Visitor registration sheet"), subtitle=period_text(date_from, date_to), landscape=True)
    out = build_pdf(target, story, info)
    audit.log("print", "visit", "", note=f"{_('Visitor registration sheet')} {date_from}..{date_to}: {len(rows) - 1}")
    return out


class CutLine(Flowable):
    """A dashed line across the page with a "tear off here" note."""

    def __init__(self, width: float, text: str) -> None:
        super().__init__()
        self.width, self.text = width, text
        self.height = 8 * mm

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        y = self.height / 2
        c.line(0, y, self.width, y)
        c.setDash()
        c.setFont(PDF_FONT, 8)
        tw = c.stringWidth(self.text, PDF_FONT, 8)
        c.setFillColorRGB(1, 1, 1)
        c.rect(self.width / 2 - tw / 2 - 3, y - 4, tw + 6, 8, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawCentredString(self.width / 2, y - 3, self.text)
        c.restoreState()


def slip_number(visit: Visit | VisitRow) -> str:
    return f"FK{visit.time_in:%Y%m%d}-{visit.id:06d}"


def render_slip(target: Path | str, visit_id: int) -> Path:
    """One visit's registration slip, with the receipt (回执) below a tear-off line:
    the host signs it, the visitor hands it back when leaving."""
    got = visitor_log.rows([visit_id])
    if visit_id not in got:
        raise SalesDeskError(_("Visit {id} no longer exists. Refresh the list.").format(id=visit_id))
    r = got[visit_id]
    if r.status == "void":
        raise SalesDeskError(_("This visit is voided; a voided visit has no slip."))
    st = styles(10)
    w = content_width()
    number = slip_number(r)
    story: list[Flowable] = [
        field_grid([
            (_("Name"), r.name), (_("Phone"), r.phone), (_("Company"), r.company), (_("ID number"), r.id_number),
            (_("Party size"), r.party_size), (_("Purpose"), r.purpose), (_("Host"), r.host),
            (_("Vehicle plate"), r.plate), (_("Badge"), r.badge), (_("Visitor class"), r.class_label),
            (_("Time in"), r.time_in.strftime("%Y-%m-%d %H:%M")),
            (_("Time out"), r.time_out.strftime("%Y-%m-%d %H:%M") if r.time_out else ""),
            (_("Status"), r.status_label), (_("Notes"), r.notes),  # an even count: no half-empty last row
        ], w, columns=2, st=st),
        Spacer(1, 4 * mm),
        signature_boxes([_("Visitor's signature"), _("Reception (registered by)")], w, st=st, height=16 * mm),
        Spacer(1, 10 * mm),
        CutLine(w, _("Tear off here")),
        Spacer(1, 4 * mm),
        para(_("Receipt (回执) — No. {no}").format(no=number), st.section),
        para(_("To be signed by the host and handed back at reception when the visitor leaves."), st.small),
        Spacer(1, 2 * mm),
        field_grid([
            (_("Visitor"), r.name), (_("Party size"), r.party_size), (_("Host"), r.host),
            (_("Time in"), r.time_in.strftime("%Y-%m-%d %H:%M")), (_("Time out"), ""), (_("Badge returned"), ""),
        ], w, columns=2, st=st),
        Spacer(1, 3 * mm),
        signature_boxes([_("Host signature"), _("Reception (signed out by)")], w, st=st, height=18 * mm),
    ]
    out = build_pdf(target, story, PageInfo(title=_("Visitor registration slip"), record_no=number))
    audit.log("print", "visit", visit_id, note=_("Visitor registration slip"))
    return out


def register_columns() -> list[tuple[str, float]]:
    return [(_("No."), 7), (_("Date"), 11), (_("In"), 7), (_("Out"), 11), (_("Name"), 12), (_("Company"), 26),
            (_("Phone"), 14), (_("ID number"), 21), (_("Party"), 6), (_("Purpose"), 10), (_("Host"), 11),
            (_("Plate"), 11), (_("Badge"), 8), (_("Class"), 7), (_("Status"), 11), (_("Notes"), 30)]


def write_register(target: Path | str, date_from: dt.date, date_to: dt.date) -> Path:
    """The visitor register for a period as .xlsx (user text always stored as text)."""
    permissions.require("export.personal")
    f = _period_filter(date_from, date_to)
    cols = register_columns()

    def rows():
        for n, r in enumerate(visitor_log.iter_rows(f), start=1):
            # the date as a date: Excel filters and sorts it as one (the times stay as printed)
            yield [n, r.time_in.date(), r.in_text, r.out_text, r.name, r.company, r.phone, r.id_number, r.party_size,
                   r.purpose, r.host, r.plate, r.badge, r.class_label, r.status_label, r.notes]

    wb = RegisterWorkbook()
    n = wb.sheet(_("Visitor register"), [h for h, _w in cols], [w for _h, w in cols], rows(),
                 heading=f"{_('Visitor register')} — {period_text(date_from, date_to)}")
    out = wb.save(target)
    audit.log("export", "visit", "", note=f"{_('Visitor register')} {date_from}..{date_to}: {n}")
    return out


@sample("visitor_sheet")
def _sample_sheet(folder: Path) -> Path:
    today = dt.date.today()
    return render_sheet(Path(folder) / "visitor_sheet.pdf", today, today)


@sample("visitor_slip")
def _sample_slip(folder: Path) -> Path:
    last = Visit.select(Visit.id).where(Visit.status != "void").order_by(Visit.id.desc()).first()
    if last is None:  # an empty database: render a slip from a throw-away visit, then roll it back
        from salesdesk.models.db import database

        with database.atomic() as txn:
            v = visitors.check_in(visitors.CheckIn(name=_("Sample visitor"), party_size=1))
            out = render_slip(Path(folder) / "visitor_slip.pdf", v.id)
            txn.rollback()
        return out
    return render_slip(Path(folder) / "visitor_slip.pdf", last.id)


@sample("visitor_register")
def _sample_register(folder: Path) -> Path:
    today = dt.date.today()
    return write_register(Path(folder) / "visitor_register.xlsx", today, today)


__all__ = ["render_sheet", "render_slip", "write_register"]
