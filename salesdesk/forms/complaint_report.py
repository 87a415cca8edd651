"""The complaint register (台账) for a period and the monthly figures, as PDF and .xlsx.

The register lists every field of every case plus computed columns (working
days taken, on time yes/no). The figures page shows the counts by type,
category, channel and severity, the on-time closure rate, average handling
time in working days and the satisfaction rate, with a bar chart.
The complainant's identity is masked for users not entitled to see it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterator

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from salesdesk import audit, complaint_figures as cf, complaints as cp, forms, permissions, workdays
from salesdesk.errors import ValidationError
from salesdesk.fonts import PDF_FONT
from salesdesk.forms import layout as L
from salesdesk.forms.workbook import RegisterWorkbook
from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint
from salesdesk.models.customers import Customer


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_to < date_from:
        raise ValidationError({"date_to": _("The period ends ({to}) before it starts ({start}). Swap the dates.").format(
            to=date_to, start=date_from)})


def _ts(v: dt.datetime | None) -> str:
    return v.strftime("%Y-%m-%d %H:%M") if v else ""


def register_headers() -> list[str]:
    return [_("Number"), _("Received at"), _("Type"), _("Channel"), _("Category"), _("Severity"), _("Complainant"),
            _("Contact"), _("Customer file"), _("Content of the complaint"), _("Customer's demand"), _("Receiving clerk"),
            _("Department"), _("Handler"), _("Person complained about"), _("Status"), _("First answer due"),
            _("First answer given"), _("Settle by"), _("Escalated to manager"), _("Cause"), _("Course of events"),
            _("Person responsible"), _("Conclusion"), _("Corrective measures"), _("Preventive measures"),
            _("Handling opinion"), _("Signed off by"), _("Signed off at"), _("Reply to the customer"), _("Replied at"),
            _("Satisfaction"), _("Re-opened"), _("Reason not accepted"), _("Closed at"),
            _("Working days taken"), _("On time"), _("Hours to first answer")]


REGISTER_WIDTHS = [14, 16, 8, 9, 11, 7, 10, 14, 14, 40, 24, 10, 10, 10, 10, 9, 16, 16, 11, 16, 24, 24, 12, 24, 24, 24,
                   30, 10, 16, 30, 16, 10, 8, 20, 16, 10, 8, 10]


def _yes_no(v: bool | None) -> str:
    return "" if v is None else (_("yes") if v else _("no"))


def register_row(c: Complaint, cal: workdays.Calendar | None = None) -> list[Any]:
    name, contact = cp.complainant_shown(c)
    days = cf.handling_days(c, cal)
    first_h = round((c.first_answer_at - c.received_at).total_seconds() / 3600, 1) if c.first_answer_at else None
    return [c.number, c.received_at, cp.label(cp.KINDS, c.kind), c.channel, c.category, cp.label(cp.SEVERITIES, c.severity),
            name, contact, cp.customer_file_shown(c), c.content, c.demand, c.receiver_name,
            c.department, str(c.handler) if c.handler_id and c.handler else "",
            str(c.accused) if c.accused_id and c.accused else c.accused_name, cp.label(cp.STATUSES, c.status),
            c.first_answer_due, c.first_answer_at, c.settle_due, c.escalated_at, c.cause, c.course, c.responsible,
            c.conclusion, c.corrective, c.preventive, c.opinion, c.signed_off_name, c.signed_off_at, c.reply, c.replied_at,
            cp.label(cp.GRADES, c.satisfaction), c.reopen_count, c.reject_reason, c.closed_at,
            days, _yes_no(cf.on_time(c)), first_h]


def register_cases(date_from: dt.date, date_to: dt.date) -> Iterator[Complaint]:
    """The period's cases with their customer file, handler and person complained
    about attached from two lookups (not one query per row and link; a three-way
    join costs more in peewee's row assembly than the lookups)."""
    q = cp.search(cp.Filter(date_from=date_from, date_to=date_to))
    users = {u.id: u for u in User.select()}
    files = {c.id: c for c in Customer.select(Customer.id, Customer.file_no)
             .where(Customer.id.in_(q.select(Complaint.customer).where(Complaint.customer.is_null(False))))}
    for c in q.order_by(Complaint.received_at, Complaint.id).iterator():
        if c.customer_id in files:
            c.customer = files[c.customer_id]
        if c.handler_id in users:
            c.handler = users[c.handler_id]
        if c.accused_id in users:
            c.accused = users[c.accused_id]
        yield c


def register_rows(date_from: dt.date, date_to: dt.date) -> Iterator[list[Any]]:
    cal = cf.period_calendar(date_from)
    return (register_row(c, cal) for c in register_cases(date_from, date_to))


def figure_rows(fig: cf.Figures) -> list[tuple[str, str]]:
    def pct(v: float | None) -> str:
        return "—" if v is None else f"{v * 100:.1f}%"

    def num(v: float | None, unit: str) -> str:
        return "—" if v is None else f"{v:.1f} {unit}"

    return [
        (_("Cases received"), str(fig.total)), (_("Accepted"), str(fig.accepted)),
        (_("Closed"), str(fig.closed)), (_("Closed on time"), str(fig.closed_on_time)),
        (_("On-time closure rate"), pct(fig.on_time_rate)), (_("Open and overdue"), str(fig.open_overdue)),
        (_("Average handling time"), num(fig.avg_handling_days, _("working days"))),
        (_("Average time to first answer"), num(fig.avg_first_answer_hours, _("hours"))),
        (_("Followed up"), str(fig.followed_up)), (_("Satisfaction rate"), pct(fig.satisfaction_rate)),
        (_("Repeated (re-opened) cases"), str(fig.repeated)),
    ]


def _breakdowns(fig: cf.Figures) -> list[tuple[str, dict[str, int]]]:
    return [(_("By type"), fig.by_kind), (_("By category"), fig.by_category), (_("By channel"), fig.by_channel),
            (_("By severity"), fig.by_severity), (_("By status"), fig.by_status)]


# --- Excel ---------------------------------------------------------------------------

def write_register_xlsx(target: Path | str, date_from: dt.date, date_to: dt.date) -> Path:
    """The register of the period, plus a figures sheet."""
    permissions.require("export.personal")
    _check_period(date_from, date_to)
    wb = RegisterWorkbook()
    period = f"{date_from.isoformat()} — {date_to.isoformat()}"
    n = wb.sheet(_("Complaint register"), register_headers(), REGISTER_WIDTHS,
                 register_rows(date_from, date_to),
                 heading=_("Complaint register {period}").format(period=period))
    _figures_sheet(wb, cf.figures(date_from, date_to), period)
    out = wb.save(target)
    audit.log("export", "complaint", "", note=f"{n} rows {period} -> {out}")
    return out


def figure_values(fig: cf.Figures) -> list[tuple[str, Any]]:
    """The figures as numbers for a spreadsheet (so they can be summed and charted);
    the unit goes into the label, an undefined rate stays "—"."""
    def pct(v: float | None) -> Any:
        return "—" if v is None else round(v * 100, 1)

    def num(v: float | None) -> Any:
        return "—" if v is None else round(v, 1)

    return [
        (_("Cases received"), fig.total), (_("Accepted"), fig.accepted),
        (_("Closed"), fig.closed), (_("Closed on time"), fig.closed_on_time),
        (_("On-time closure rate") + " (%)", pct(fig.on_time_rate)), (_("Open and overdue"), fig.open_overdue),
        (_("Average handling time") + f" ({_('working days')})", num(fig.avg_handling_days)),
        (_("Average time to first answer") + f" ({_('hours')})", num(fig.avg_first_answer_hours)),
        (_("Followed up"), fig.followed_up), (_("Satisfaction rate") + " (%)", pct(fig.satisfaction_rate)),
        (_("Repeated (re-opened) cases"), fig.repeated),
    ]


def _figures_sheet(wb: RegisterWorkbook, fig: cf.Figures, period: str) -> None:
    rows: list[list[Any]] = [[lab, val] for lab, val in figure_values(fig)]
    for title, counts in _breakdowns(fig):
        rows.append(["", ""])
        rows.append([title, ""])
        rows += [[f"  {k}", v] for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]
    wb.sheet(_("Figures"), [_("Figure"), _("Value")], [34, 18], rows, landscape=False,
             heading=_("Complaint figures {period}").format(period=period))


# --- PDF ----------------------------------------------------------------------------

class BarChart(Flowable):
    """Horizontal bars with labels and counts, drawn with reportlab graphics (no extra package)."""

    def __init__(self, title: str, counts: dict[str, int], width: float, bar_h: float = 5 * mm) -> None:
        super().__init__()
        self.title, self.counts, self.width, self.bar_h = title, counts, width, bar_h
        self.height = (len(counts) or 1) * (bar_h + 2 * mm) + 8 * mm

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        d = Drawing(self.width, self.height, initialFontName=PDF_FONT)
        d.add(String(0, self.height - 5 * mm, L.safe_text(self.title), fontName=PDF_FONT, fontSize=9))
        label_w, count_w = 40 * mm, 12 * mm
        top = self.height - 8 * mm
        biggest = max(self.counts.values(), default=0) or 1
        span = self.width - label_w - count_w
        for i, (k, v) in enumerate(sorted(self.counts.items(), key=lambda kv: -kv[1])):
            y = top - (i + 1) * (self.bar_h + 2 * mm) + 2 * mm
            d.add(String(0, y + 1.5 * mm, L.safe_text(k)[:18], fontName=PDF_FONT, fontSize=8))
            d.add(Rect(label_w, y, span * v / biggest, self.bar_h, fillColor=colors.Color(0.25, 0.45, 0.7), strokeColor=None))
            d.add(String(label_w + span * v / biggest + 1.5 * mm, y + 1.5 * mm, str(v), fontName=PDF_FONT, fontSize=8))
        d.add(Line(label_w, 0, label_w, top), )
        d.drawOn(self.canv, 0, 0)


def figures_story(fig: cf.Figures) -> list[Flowable]:
    st = L.styles()
    w = L.content_width()
    story: list[Flowable] = [L.field_grid(figure_rows(fig), w, columns=2, st=st, label_ratio=0.5), Spacer(1, 4 * mm)]
    for title, counts in _breakdowns(fig):
        if not counts:
            continue
        total = sum(counts.values()) or 1
        rows = [[title, _("Cases"), _("Share")]] + [[k, str(v), f"{v * 100 / total:.0f}%"]
                                                     for k, v in sorted(counts.items(), key=lambda kv: -kv[1])]
        story.append(KeepTogether([BarChart(title, counts, w), L.ruled_table(rows, [w - 50 * mm, 25 * mm, 25 * mm], st=st),
                                   Spacer(1, 4 * mm)]))
    return story


def write_figures_pdf(target: Path | str, date_from: dt.date, date_to: dt.date) -> Path:
    _check_period(date_from, date_to)
    fig = cf.figures(date_from, date_to)
    period = f"{date_from.isoformat()} — {date_to.isoformat()}"
    out = L.build_pdf(target, figures_story(fig), L.PageInfo(_("Complaint figures"), "", period))
    audit.log("export", "complaint", "", note=f"figures {period} -> {out}")
    return out


def write_register_pdf(target: Path | str, date_from: dt.date, date_to: dt.date) -> Path:
    """The register as a landscape list (the main columns), then the figures."""
    permissions.require("export.personal")
    _check_period(date_from, date_to)
    st = L.styles(8)
    w = L.content_width(True)
    head = [_("Number"), _("Received at"), _("Type"), _("Category"), _("Complainant"), _("Content of the complaint"),
            _("Handler"), _("Status"), _("Settle by"), _("Closed at"), _("Working days taken"), _("On time"), _("Satisfaction")]
    widths_mm = [22, 22, 12, 18, 16, 0, 16, 14, 18, 22, 14, 11, 14]
    fixed = sum(widths_mm) * mm
    widths = [x * mm if x else w - fixed for x in widths_mm]
    rows: list[list[Any]] = [head]
    cal = cf.period_calendar(date_from)
    for c in register_cases(date_from, date_to):
        name, _contact = cp.complainant_shown(c)
        content = c.content if len(c.content) <= 160 else c.content[:160] + "…"
        rows.append([c.number, _ts(c.received_at), cp.label(cp.KINDS, c.kind), c.category, name, content,
                     str(c.handler) if c.handler_id and c.handler else "", cp.label(cp.STATUSES, c.status),
                     c.settle_due.isoformat(), _ts(c.closed_at), "" if c.closed_at is None else str(cf.handling_days(c, cal)),
                     _yes_no(cf.on_time(c)), cp.label(cp.GRADES, c.satisfaction)])
    period = f"{date_from.isoformat()} — {date_to.isoformat()}"
    register = [L.ruled_table(rows, widths, st=st)] if len(rows) > 1 else [L.para(_("No complaints in this period."), st.body)]
    fig = cf.figures(date_from, date_to)
    out = L.build_pdf(target, [], [(L.PageInfo(_("Complaint register"), "", period, landscape=True), register),
                                   (L.PageInfo(_("Complaint figures"), "", period), figures_story(fig))])
    audit.log("export", "complaint", "", note=f"{len(rows) - 1} rows {period} -> {out}")
    return out


@forms.sample("complaint_figures")
def _sample(folder: Path) -> Path:
    today = dt.date.today()
    return write_figures_pdf(Path(folder) / "complaint_figures.pdf", *cf.month_range(today.year, today.month))


@forms.sample("complaint_register")
def _sample_register(folder: Path) -> Path:
    today = dt.date.today()
    return write_register_xlsx(Path(folder) / "complaint_register.xlsx", *cf.month_range(today.year, today.month))
