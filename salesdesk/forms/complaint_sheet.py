"""The complaint record sheet (客户投诉登记表/处理单): one A4 page per case.

Every field of the case, both deadlines, the investigation, the handling
opinion with its sign-off, the reply and follow-ups, the status history, and
four boxes to sign in (complainant, receiver, handler, manager). Long text
flows onto a following page instead of being cut. Several cases → one sheet
each, in one PDF (each sheet starts on a new page with its own number on top).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from salesdesk import audit, complaint_figures as cf, complaints as cp, forms, workdays
from salesdesk.forms import layout as L
from salesdesk.i18n import _
from salesdesk.models.complaints import Complaint

BASE_SIZE = 9


def _ts(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _labelled_rows(rows: Sequence[tuple[str, str]], width: float, st: L.Styles) -> Table:
    """Label | text rows; a long text splits inside its row onto the next page."""
    lw = 32 * mm
    # an empty row keeps room to write in by hand
    t = Table([[L.cell_para(lab, st.head, lw - 12), L.para(val, st.cell)] for lab, val in rows], colWidths=[lw, width - lw],
              rowHeights=[None if str(val).strip() else 7 * mm for _lab, val in rows], splitByRow=True, splitInRow=1)
    t.setStyle(L.FormTableStyle([("GRID", (0, 0), (-1, -1), 0.6, L.GRID), ("BACKGROUND", (0, 0), (0, -1), L.SHADE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def sheet_story(c: Complaint, st: L.Styles | None = None) -> list[Flowable]:
    """The flowables of one case's sheet."""
    st = st or L.styles(BASE_SIZE)
    w = L.content_width()
    name, contact = cp.complainant_shown(c)
    days = cf.handling_days(c)
    timely = cf.on_time(c)
    customer = cp.customer_file_shown(c)
    accused = str(c.accused) if c.accused_id and c.accused else c.accused_name
    intake = [
        (_("Number"), c.number), (_("Received at"), _ts(c.received_at)),
        (_("Type"), cp.label(cp.KINDS, c.kind)), (_("Channel"), c.channel),
        (_("Category"), c.category), (_("Severity"), cp.label(cp.SEVERITIES, c.severity)),
        (_("Complainant"), name), (_("Contact"), contact),
        (_("Customer file"), customer), (_("Receiving clerk"), c.receiver_name),
        (_("Department"), c.department), (_("Handler"), str(c.handler) if c.handler_id and c.handler else ""),
        (_("Person complained about"), accused), (_("Status"), cp.label(cp.STATUSES, c.status)),
        (_("Escalated to manager"), _ts(c.escalated_at)),
    ]
    deadlines = [
        (_("First answer due"), _ts(c.first_answer_due)), (_("First answer given"), _ts(c.first_answer_at)),
        (_("Settle by"), _("{date} ({n} working days)").format(date=_ts(c.settle_due), n=cp.deadline_days(c.kind))),
        (_("Closed at"), _ts(c.closed_at)),
        (_("Working days taken"), "" if days is None else str(days) + ("" if timely is None else " — " + (_("on time") if timely else _("late")))),
    ]
    deadlines.append((_("Re-opened"), _("{n} time(s) after an unsatisfied follow-up").format(n=c.reopen_count) if c.reopen_count else "—"))
    story: list[Flowable] = [L.field_grid(intake, w, columns=3, st=st, label_ratio=0.38), Spacer(1, 1.5 * mm)]
    story += L.text_box(_("Content of the complaint"), c.content, w, st, min_height=12 * mm)
    story += L.text_box(_("Customer's demand"), c.demand, w, st, min_height=7 * mm)
    story += [Spacer(1, 1.5 * mm), L.field_grid(deadlines, w, columns=3, st=st, label_ratio=0.38), Spacer(1, 1.5 * mm)]
    story.append(L.para(_("Investigation"), st.section))
    story.append(_labelled_rows([(_(cp.INVESTIGATION_LABELS[k]), getattr(c, k)) for k in cp.INVESTIGATION], w, st))
    signed = (_("Signed off by {name} on {ts}").format(name=c.signed_off_name, ts=_ts(c.signed_off_at))
              if c.signed_off_at else _("Not signed off yet"))
    grades = "; ".join(f"{_ts(f.ts)} {cp.label(cp.GRADES, f.grade)}" + (f" ({f.note})" if f.note else "") for f in cp.follow_ups(c))
    closing = [(_("Handling opinion"), (c.opinion + "\n" if c.opinion else "") + "[" + signed + "]"),
               (_("Reply to the customer"), c.reply), (_("Follow-up (satisfaction)"), grades)]
    if c.reject_reason:
        closing.append((_("Reason not accepted"), c.reject_reason))
    story += [Spacer(1, 1.5 * mm), _labelled_rows(closing, w, st), Spacer(1, 1.5 * mm)]
    story.append(L.para(_("Status history"), st.section))
    hist = [[_("Time"), _("Step"), _("By"), _("Note")]]
    for e in cp.history(c):
        step = cp.label(cp.STATUSES, e.to_status) if e.from_status == e.to_status or not e.from_status else \
            f"{cp.label(cp.STATUSES, e.from_status)} → {cp.label(cp.STATUSES, e.to_status)}"
        hist.append([_ts(e.ts), step, e.user_display or e.username, e.note])
    table = L.ruled_table(hist, [28 * mm, 34 * mm, 24 * mm, w - 86 * mm], st=L.styles(BASE_SIZE - 0.5))
    table.setStyle(L.FormTableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    # the signature row is never split from its heading and never cut in half
    story.append(CondPageBreak(34 * mm))
    story.append(L.signature_boxes([_("Complainant (accepts the handling)"), _("Receiving clerk"), _("Handler"), _("Manager")],
                                   w, st, height=21 * mm, per_row=4))
    return story


def page_info(c: Complaint) -> L.PageInfo:
    return L.PageInfo(_("Customer complaint record sheet"), c.number,
                      _("Type: {kind}   Received: {ts}").format(kind=cp.label(cp.KINDS, c.kind), ts=_ts(c.received_at)))


def write_sheets(target: Path | str, cases: Sequence[Complaint]) -> Path:
    """One sheet per case in one PDF. Checks recusal for each case; logs the print."""
    if not cases:
        from salesdesk.errors import SalesDeskError

        raise SalesDeskError(_("Choose at least one complaint to print."))
    st = L.styles(BASE_SIZE)
    for c in cases:
        cp.check_open(c)
    out = L.build_pdf(target, [], [(page_info(c), sheet_story(c, st)) for c in cases])
    audit.log("print", "complaint", ",".join(c.number for c in cases)[:60], note=str(out))
    return out


@forms.sample("complaint_sheet")
def _sample(folder: Path) -> Path:
    """Render the newest case, or an unsaved sample case, for the self-test."""
    c = Complaint.select().order_by(Complaint.id.desc()).first()
    if c is None or not cp.may_open(c):
        now = dt.datetime.now().replace(microsecond=0)
        c = Complaint(number="TS-0000-0000", received_at=now, kind="complaint", channel="电话", category="服务态度",
                      complainant="样例", content="样例投诉内容", status="received", receiver_name="system",
                      first_answer_due=now + dt.timedelta(hours=24), settle_due=workdays.add_working_days(now, 3))
        st = L.styles(BASE_SIZE)
        return L.build_pdf(Path(folder) / "complaint_sheet.pdf", [], [(page_info(c), _sample_story(c, st))])
    return write_sheets(Path(folder) / "complaint_sheet.pdf", [c])


def _sample_story(c: Complaint, st: L.Styles) -> list[Flowable]:
    # an unsaved case has no history rows to query
    w = L.content_width()
    return [L.field_grid([(_("Number"), c.number), (_("Received at"), _ts(c.received_at))], w, st=st),
            *L.text_box(_("Content of the complaint"), c.content, w, st),
            L.signature_boxes([_("Complainant (accepts the handling)"), _("Receiving clerk"), _("Handler"), _("Manager")],
                              w, st, height=22 * mm, per_row=4)]
