"""The daily reception summary (案场日报) on paper and as .xlsx.

Page: the day's totals, visits by source (first/return), each consultant's
served count, media, the list of receptions, and signature boxes for the front
desk and the manager.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from salesdesk import customers, forms, permissions
from salesdesk.forms.layout import PageInfo, build_pdf, content_width, field_grid, para, ruled_table, signature_boxes, styles
from salesdesk.forms.workbook import RegisterWorkbook
from salesdesk.i18n import _
from salesdesk.reception_summary import DailySummary, reason_label, summarise


def _title() -> str:
    return _("Daily reception summary")


def _visit_kind(first: bool) -> str:
    return _("First visit") if first else _("Return visit")


def _referrer_shown(c) -> str:
    """The referring customer's name; for a confidential file the reader may not open,
    its number and the placeholder (customers.shown_file), never the name."""
    return c.name if customers.can_view(c) else customers.shown_file(c)


def _detail_rows(s: DailySummary) -> list[list[object]]:
    rows = []
    for i, r in enumerate(s.receptions, start=1):
        src = s.source_label(r.source)
        if r.agent_name:
            src += f" ({r.agent_name})"
        elif r.referrer_id and r.referrer:
            src += f" ({_referrer_shown(r.referrer)})"
        rows.append([str(i), r.arrived_at.strftime("%H:%M"), r.ended_at.strftime("%H:%M") if r.ended_at else "",
                     r.name, str(r.party_size), _visit_kind(r.first_visit), src, r.media, r.consultant.display_name,
                     reason_label(r.reason) + (f" ({r.owner.display_name})" if r.owner_id and r.owner_id != r.consultant_id else "")])
    return rows


def detail_headers() -> list[str]:
    return [_("No."), _("In"), _("Out"), _("Name"), _("Party"), _("First/return"), _("Source"), _("Media"),
            _("Consultant"), _("Assigned by")]


def consultant_headers() -> list[str]:
    return [_("Consultant"), _("Served"), _("First visits"), _("Return visits"), _("Rotation"), _("Requested"),
            _("Owner"), _("Stand-in")]


def _consultant_rows(s: DailySummary) -> list[list[object]]:
    return [[c.consultant.display_name, c.served, c.first, c.returning, c.rotation, c.requested, c.owner, c.stand_in]
            for c in s.by_consultant]


def source_headers() -> list[str]:
    return [_("Source"), _("First visits"), _("Return visits"), _("Total")]


def _source_rows(s: DailySummary) -> list[list[object]]:
    rows = [[s.source_label(x.source), x.first, x.returning, x.total] for x in s.by_source]
    rows.append([_("Total"), s.first, s.returning, s.groups])
    return rows


def render_pdf(day: dt.date, target: Path | str) -> Path:
    """The 案场日报 of ``day`` as a PDF (A4 portrait)."""
    permissions.require("export.personal")  # it lists the visitors by name
    s = summarise(day)
    st = styles()
    width = content_width()
    story: list = [
        field_grid([(_("Date"), day.isoformat() + " " + _weekday(day)), (_("Visits (family counted once)"), str(s.groups)),
                    (_("First visits"), str(s.first)), (_("Return visits"), str(s.returning)),
                    (_("People in all parties"), str(s.people)), (_("Consultants serving"), str(len(s.by_consultant)))],
                   width, columns=3, st=st),
        Spacer(1, 4 * mm), para(_("Visits by source"), st.section),
        ruled_table([[*source_headers()], *[[str(v) for v in row] for row in _source_rows(s)]],
                    [width * 0.4, width * 0.2, width * 0.2, width * 0.2], st=st),
        Spacer(1, 4 * mm), para(_("Visits by consultant"), st.section),
        ruled_table([consultant_headers(), *[[str(v) for v in row] for row in _consultant_rows(s)]]
                    if s.by_consultant else [consultant_headers(), [_("No visits received this day.")] + [""] * 7],
                    [width * 0.2] + [width * 0.8 / 7] * 7, st=st),
    ]
    if s.by_media:
        story += [Spacer(1, 4 * mm), para(_("Where they heard of us"), st.section),
                  ruled_table([[_("Media"), _("Customers")], *[[m, str(n)] for m, n in s.by_media]],
                              [width * 0.6, width * 0.4], st=st)]
    # The signatures certify the figures above; the visit list follows as the attachment.
    story += [Spacer(1, 6 * mm), signature_boxes([_("Front desk (signature)"), _("Manager (signature)")], width, st=st,
                                                 height=16 * mm)]
    if s.receptions:
        fractions = [0.05, 0.07, 0.07, 0.13, 0.06, 0.1, 0.16, 0.11, 0.1, 0.15]
        story += [Spacer(1, 6 * mm), para(_("Attachment: visits received"), st.section),
                  ruled_table([detail_headers(), *_detail_rows(s)], [width * f for f in fractions], st=styles(9))]
    return build_pdf(target, story, PageInfo(_title(), record_no="", subtitle=day.isoformat()))


def _weekday(day: dt.date) -> str:
    names = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]
    return names[day.weekday()]


def render_xlsx(day: dt.date, target: Path | str) -> Path:
    """The same summary as a workbook: totals by source, by consultant, and the visit list."""
    permissions.require("export.personal")
    s = summarise(day)
    heading = f"{_title()} {day.isoformat()}"
    wb = RegisterWorkbook()
    wb.sheet(_("By source"), source_headers(), [22, 14, 14, 12], _source_rows(s), heading=heading, landscape=False)
    wb.sheet(_("By consultant"), consultant_headers(), [18, 10, 12, 12, 10, 10, 10, 10], _consultant_rows(s),
             heading=heading)
    wb.sheet(_("Visits"), detail_headers(), [6, 8, 8, 16, 7, 12, 22, 16, 14, 22],
             [[int(r[0]), *r[1:4], int(r[4]), *r[5:]] for r in _detail_rows(s)], heading=heading)
    return wb.save(target)


def render(day: dt.date, target: Path | str) -> Path:
    """PDF or .xlsx by the file name's ending."""
    from salesdesk.errors import OutputError

    suffix = Path(target).suffix.lower()
    if suffix == ".pdf":
        return render_pdf(day, target)
    if suffix == ".xlsx":
        return render_xlsx(day, target)
    raise OutputError(_("Save the daily summary as .pdf or .xlsx, not {suffix}: {path}").format(suffix=suffix or "-", path=target))


@forms.sample("daily_summary")
def _sample(folder: Path) -> Path:
    return render_pdf(dt.date.today(), Path(folder) / "daily_summary.pdf")
