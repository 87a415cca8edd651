"""The complaint register's rules: intake, deadlines, the closed loop.
(Its monthly figures are in salesdesk/complaint_figures.py.)

One write path for every complaint change. The loop (闭环):

    received 受理 → in_progress 处理中 → replied 已答复 → follow_up 已回访 → closed 结案
    received / in_progress → not_accepted 不予受理 (reason required)
    replied → in_progress again when the follow-up grade is "not satisfied"
              (the case counts as repeated and becomes major)

Only the transitions in ``ALLOWED`` exist; any other is refused with a message
that says why. Each transition writes a ``ComplaintEvent`` (user, time, note)
and an audit row. The person complained about (被投诉人) can neither open the
case nor handle it (回避). The complainant's identity is shown only to the
receiving clerk, the handler and managers (保密).
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

import peewee

from salesdesk import audit, numbering, permissions, session, settings
from salesdesk import workdays
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint, ComplaintEvent, ComplaintFollowUp
from salesdesk.models.customers import Customer
from salesdesk.models.db import database
from salesdesk.normalize import clean_text, mask_phone, normalize_phone

SERIES = "TS"
WIDTH = 4

KINDS = (("complaint", N_("Complaint")), ("report", N_("Report")),
         ("suggestion", N_("Suggestion")), ("enquiry", N_("Enquiry")))
SEVERITIES = (("general", N_("Ordinary")), ("major", N_("Major")))
STATUSES = (("received", N_("Received")), ("in_progress", N_("In progress")), ("replied", N_("Replied")),
            ("follow_up", N_("Followed up")), ("closed", N_("Closed")), ("not_accepted", N_("Not accepted")))
GRADES = (("very_satisfied", N_("Very satisfied")), ("satisfied", N_("Satisfied")),
          ("neutral", N_("Neutral")), ("dissatisfied", N_("Not satisfied")))
SATISFIED = ("very_satisfied", "satisfied")
OPEN = ("received", "in_progress", "replied", "follow_up")
FINISHED = ("closed", "not_accepted")

ALLOWED: dict[str, tuple[str, ...]] = {
    "received": ("in_progress", "not_accepted"),
    "in_progress": ("replied", "not_accepted"),
    "replied": ("follow_up", "in_progress"),
    "follow_up": ("closed",),
    "closed": (),
    "not_accepted": (),
}

# --- settings (shown in the Settings dialog, group "Complaints") --------------------
GROUP = N_("Complaints")
settings.define("complaints.deadline.complaint", 3, N_("Complaint: settle within (working days)"), kind="int", minimum=1, maximum=60, group=GROUP)
settings.define("complaints.deadline.report", 5, N_("Report: settle within (working days)"), kind="int", minimum=1, maximum=60, group=GROUP)
settings.define("complaints.deadline.suggestion", 1, N_("Suggestion: settle within (working days)"), kind="int", minimum=1, maximum=60, group=GROUP)
settings.define("complaints.deadline.enquiry", 1, N_("Enquiry: settle within (working days)"), kind="int", minimum=1, maximum=60, group=GROUP)
settings.define("complaints.first_answer_hours", 24, N_("First answer to the customer within (hours)"), kind="int", minimum=1, maximum=240, group=GROUP)
settings.define("complaints.categories", ["产品质量", "服务态度", "销售/合同", "物业/售后", "其他"],
                N_("Complaint categories (one per line)"), kind="list", group=GROUP)
settings.define("complaints.channels", ["电话", "来访", "信函", "电子邮件", "网络", "转办"],
                N_("Complaint channels (one per line)"), kind="list", group=GROUP)
settings.define("complaints.departments", ["销售部", "客服部", "工程部", "物业部", "财务部"],
                N_("Responsible departments (one per line)"), kind="list", group=GROUP)


def label(pairs: Iterable[tuple[str, str]], code: str) -> str:
    """The translated label of a code (kind, status, grade...); the code itself if unknown."""
    return next((_(lab) for c, lab in pairs if c == code), code or "")


def deadline_days(kind: str) -> int:
    return int(settings.get(f"complaints.deadline.{kind}"))


def deadlines(received_at: dt.datetime, kind: str) -> tuple[dt.datetime, dt.date]:
    """(first answer due, settlement due date) for a case received at ``received_at``."""
    first = received_at + dt.timedelta(hours=int(settings.get("complaints.first_answer_hours")))
    return first, workdays.add_working_days(received_at, deadline_days(kind))


# --- who may see what --------------------------------------------------------------

def _me() -> User | None:
    return session.current()


def _is(user: User | None, fk_id: int | None) -> bool:
    return user is not None and fk_id is not None and user.id == fk_id


def may_open(c: Complaint, user: User | None = None) -> bool:
    """False for the staff member the case is about (回避)."""
    user = user if user is not None else _me()
    return user is None or not _is(user, c.accused_id)


def check_open(c: Complaint) -> None:
    if not may_open(c):
        raise PermissionDenied(_("Case {no} is about you, so you cannot open or handle it (recusal). A manager or a colleague will handle it.").format(no=c.number))


def sees_identity(c: Complaint) -> bool:
    """The complainant's name and contact are confidential: receiver, handler, managers."""
    return permissions.can_see_identity(c.receiver_id, c.handler_id)


def complainant_shown(c: Complaint) -> tuple[str, str]:
    """(name, contact) as the current user may see them."""
    if sees_identity(c):
        return c.complainant, c.contact
    name = (c.complainant[:1] + "**") if c.complainant else ""
    return name, mask_phone(c.contact) if c.contact and "@" not in c.contact else ("***" if c.contact else "")


def customer_file_shown(c: Complaint) -> str:
    """The linked customer file's number, only for those who may know who complained:
    the number opens the file, and the file names the customer."""
    if not c.customer_id or not sees_identity(c):
        return ""
    return c.customer.file_no if c.customer else ""


def get(number_or_id: str | int) -> Complaint:
    """The case by number (TS-2026-0001) or id, checked for recusal."""
    if isinstance(number_or_id, int) or str(number_or_id).isdigit():
        c = Complaint.get_or_none(Complaint.id == int(number_or_id))
    else:
        c = Complaint.get_or_none(Complaint.number == str(number_or_id).strip().upper())
    if c is None:
        raise SalesDeskError(_("There is no complaint {no}. Check the number (format TS-2026-0001).").format(no=number_or_id))
    check_open(c)
    return c


# --- intake ------------------------------------------------------------------------

@dataclass
class Intake:
    """What the desk types when a complaint comes in."""

    content: str = ""
    complainant: str = ""
    contact: str = ""
    kind: str = "complaint"
    channel: str = ""
    category: str = ""
    severity: str = "general"
    demand: str = ""
    department: str = ""
    handler: User | None = None
    accused: User | None = None
    accused_name: str = ""
    customer: Customer | None = None
    create_customer: bool = False  # open a customer file when the phone is unknown
    received_at: dt.datetime | None = None


def _clean_contact(value: str) -> str:
    value = (value or "").strip()
    if not value:
        return ""
    if "@" in value:
        return clean_text(value, "contact", 64, _("Contact"))
    return normalize_phone(value, "contact")


def _validate(i: Intake, now: dt.datetime) -> dict[str, Any]:
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}
    # each field on its own, so a too-long paste in one does not hide (or fake) errors in another
    for key, value, field, limit, label in (("content", i.content, "content", 20000, _("Content")),
                                            ("demand", i.demand, "demand", 20000, _("Customer's demand")),
                                            ("complainant", i.complainant, "complainant", 100, _("Complainant")),
                                            ("accused_name", i.accused_name, "accused", 64, _("Person complained about"))):
        try:
            out[key] = clean_text(value, field, limit, label)
        except ValidationError as exc:
            errors.update(exc.errors)
    if not out.get("content") and "content" not in errors:
        errors["content"] = _("Write down what the customer says (the content of the complaint).")
    if i.kind not in dict(KINDS):
        errors["kind"] = _("Choose the type: complaint, report, suggestion or enquiry.")
    if i.severity not in dict(SEVERITIES):
        errors["severity"] = _("Choose the severity: general or major.")
    if not out.get("complainant") and i.kind != "report" and "complainant" not in errors:
        errors["complainant"] = _("Enter the complainant's name (only a report may be anonymous).")
    try:
        out["contact"] = _clean_contact(i.contact)
    except ValidationError as exc:
        errors.update(exc.errors)
    received = i.received_at or now
    if received > now + dt.timedelta(minutes=5):
        errors["received_at"] = _("The received time is in the future. Enter when the complaint actually came in.")
    out["received_at"] = received.replace(microsecond=0)
    if i.handler is not None and i.accused is not None and i.handler.id == i.accused.id:
        errors["handler"] = _("{name} is the person complained about and cannot handle this case (recusal). Choose another handler.").format(name=i.handler)
    for key, label in (("channel", _("Channel")), ("category", _("Category")), ("department", _("Department"))):
        try:
            out[key] = clean_text(getattr(i, key), key, 60, label)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return out


def _event(c: Complaint, from_status: str, to_status: str, note: str = "", at: dt.datetime | None = None) -> ComplaintEvent:
    me = _me()
    return ComplaintEvent.create(complaint=c, ts=at or dt.datetime.now(), from_status=from_status, to_status=to_status,
                                 username=session.current_username(), user_display=str(me) if me else "system", note=note)


def take(i: Intake, now: dt.datetime | None = None) -> Complaint:
    """Register a new case: number, deadlines, customer link, escalation of a major case."""
    now = now or dt.datetime.now()
    v = _validate(i, now)
    if i.handler is not None:
        permissions.require("complaint.assign")
    me = _me()
    first_due, settle_due = deadlines(v["received_at"], i.kind)
    with database.atomic():
        customer = i.customer
        if customer is None and v["contact"] and "@" not in v["contact"]:
            from salesdesk import customers

            customer = customers.find_by_phone(v["contact"])
            if customer is None and i.create_customer and v["complainant"]:
                customer = customers.create(v["complainant"], v["contact"])
        number = numbering.next_number(SERIES, WIDTH, v["received_at"].year)
        c = Complaint.create(
            number=number, kind=i.kind, severity=i.severity, customer=customer,
            receiver=me, receiver_name=str(me) if me else "system",
            handler=i.handler, accused=i.accused, status="received",
            first_answer_due=first_due, settle_due=settle_due, created_at=now, updated_at=now, **v)
        _event(c, "", "received", _("Taken by {name}").format(name=c.receiver_name), at=v["received_at"])
        if i.severity == "major":
            _escalate(c, now)
        audit.log("create", "complaint", number, {k: [None, val] for k, val in v.items() if k not in ("complainant", "contact")},
                  note="kind=%s severity=%s" % (i.kind, i.severity))
    return c


def _escalate(c: Complaint, now: dt.datetime) -> None:
    """A major case goes to the manager at once (recorded in the history)."""
    if c.escalated_at:
        return
    c.escalated_at = now
    c.save()
    _event(c, c.status, c.status, _("Major case: escalated to the manager"), at=now)


INTAKE_LABELS = {"received_at": N_("Received at"), "kind": N_("Type"), "channel": N_("Channel"), "category": N_("Category"),
                 "severity": N_("Severity"), "complainant": N_("Complainant"), "contact": N_("Complainant"),
                 "content": N_("Content"), "demand": N_("Customer's demand"), "department": N_("Department"),
                 "accused": N_("Person complained about"), "accused_name": N_("Person complained about")}
INTAKE_FIELDS = ("received_at", "kind", "channel", "category", "severity", "complainant", "contact", "content", "demand",
                 "department", "accused_name")


def edit_intake(c: Complaint, i: Intake, now: dt.datetime | None = None) -> Complaint:
    """Correct what was typed at intake (a wrong type, phone, category...). The deadlines
    follow a changed type or received time; every change is in the history and the audit
    trail. The handler is changed with ``assign``, not here."""
    now = now or dt.datetime.now()
    v = _validate(i, now)
    with _step(c) as c:
        if not sees_identity(c):  # the intake names the complainant (issue 6)
            raise PermissionDenied(_("Only the receiver, the handler or a manager may correct the intake of {no}: it shows who complained.").format(no=c.number))
        if c.status in FINISHED:
            raise SalesDeskError(_("Case {no} is finished; its intake can no longer be changed.").format(no=c.number))
        if i.accused is not None and c.handler_id == i.accused.id:
            raise ValidationError({"accused": _("{name} handles this case. Assign another handler first, then name them as the person complained about (recusal).").format(name=i.accused)})
        before = {k: getattr(c, k) for k in INTAKE_FIELDS} | {"accused": c.accused_id}
        after = {k: v[k] for k in INTAKE_FIELDS if k in v} | {"kind": i.kind, "severity": i.severity,
                                                             "accused": i.accused.id if i.accused else None}
        changes = audit.diff(before, after)
        if not changes:
            return c
        for k in INTAKE_FIELDS:
            setattr(c, k, after[k])
        c.accused = i.accused
        if "kind" in changes or "received_at" in changes:
            c.first_answer_due, c.settle_due = deadlines(c.received_at, c.kind)
        if c.customer_id is None and c.contact and "@" not in c.contact:
            from salesdesk import customers

            c.customer = customers.find_by_phone(c.contact)
        c.updated_at = now
        c.save()
        shown = "、".join(dict.fromkeys(_(INTAKE_LABELS.get(k, k)) for k in changes))
        _event(c, c.status, c.status, _("Intake corrected: {fields}").format(fields=shown), at=now)
        if c.severity == "major":
            _escalate(c, now)
        audit.log("edit", "complaint", c.number, {k: val for k, val in changes.items() if k not in ("complainant", "contact")},
                  note="intake")
    return c


# --- the loop ----------------------------------------------------------------------

def check_transition(c: Complaint, to_status: str) -> None:
    """Refuse a transition that is not in ALLOWED, saying why and what is possible."""
    if to_status not in dict(STATUSES):
        raise SalesDeskError(_("Unknown status '{s}'.").format(s=to_status))
    if to_status in ALLOWED.get(c.status, ()):
        return
    here, there = label(STATUSES, c.status), label(STATUSES, to_status)
    if c.status in FINISHED:
        raise SalesDeskError(_("Case {no} is already {here}; it cannot become {there}. Register a new complaint if the customer comes back.").format(no=c.number, here=here, there=there))
    nxt = ", ".join(label(STATUSES, s) for s in ALLOWED[c.status])
    hints = {
        ("received", "replied"): _("Start handling it first (assign a handler)."),
        ("received", "follow_up"): _("The customer must have been answered before the follow-up call."),
        ("received", "closed"): _("Every case is handled, answered and followed up before it is closed."),
        ("in_progress", "follow_up"): _("Reply to the customer first."),
        ("in_progress", "closed"): _("Reply to the customer and make the follow-up call first."),
        ("replied", "closed"): _("Every case gets a follow-up call before it is closed (100% follow-up)."),
        ("replied", "not_accepted"): _("The customer has already been answered; record the follow-up instead."),
        ("follow_up", "not_accepted"): _("The case has been answered and followed up; close it instead."),
    }
    hint = hints.get((c.status, to_status), "")
    raise SalesDeskError((_("Case {no} is {here} and cannot go to {there}; next steps are: {next}.").format(
        no=c.number, here=here, there=there, next=nxt) + (" " + hint if hint else "")).strip())


def _move(c: Complaint, to_status: str, note: str, at: dt.datetime, changes: dict[str, Any] | None = None) -> Complaint:
    check_open(c)
    check_transition(c, to_status)
    before = c.status
    c.status = to_status
    c.updated_at = at
    c.save()
    _event(c, before, to_status, note, at=at)
    audit.log("status", "complaint", c.number, {"status": [before, to_status], **(changes or {})}, note=note)
    return c


@contextmanager
def _step(c: Complaint, to_status: str | None = None) -> Iterator[Complaint]:
    """One write on a case: a transaction, the case re-read inside it (another window may
    have moved it meanwhile), recusal checked, and the transition (if any) checked."""
    with database.atomic():
        fresh = Complaint.get_by_id(c.id)
        check_open(fresh)
        if to_status:
            check_transition(fresh, to_status)
        yield fresh


def _check_handler(c: Complaint, handler: User | None) -> None:
    if handler is None:
        raise ValidationError({"handler": _("Choose the handler who will deal with case {no}.").format(no=c.number)})
    if c.accused_id is not None and handler.id == c.accused_id:
        raise ValidationError({"handler": _("{name} is the person complained about and cannot handle this case (recusal). Choose another handler.").format(name=handler)})
    if not handler.active:
        raise ValidationError({"handler": _("{name}'s account is disabled. Choose an active colleague.").format(name=handler)})


def assign(c: Complaint, handler: User, department: str | None = None, note: str = "") -> Complaint:
    """Give the case to a handler (and department) without changing its status."""
    with _step(c) as c:
        if c.status in FINISHED:
            raise SalesDeskError(_("Case {no} is finished; its handler can no longer change.").format(no=c.number))
        permissions.require("complaint.assign")
        _check_handler(c, handler)
        before = {"handler": c.handler_id, "department": c.department}
        c.handler = handler
        if department is not None:
            c.department = clean_text(department, "department", 60)
        c.updated_at = dt.datetime.now()
        c.save()
        _event(c, c.status, c.status, (_("Handler: {name}").format(name=handler) + (" — " + note if note else "")))
        audit.log("edit", "complaint", c.number, audit.diff(before, {"handler": handler.id, "department": c.department}), note=note)
    return c


def start(c: Complaint, handler: User | None = None, note: str = "", at: dt.datetime | None = None) -> Complaint:
    """受理 → 处理中: the case is accepted and handed to its handler."""
    at = at or dt.datetime.now()
    with _step(c, "in_progress") as c:
        if handler is not None and handler.id != c.handler_id:
            permissions.require("complaint.assign")  # the receiver or a manager dispatches
        handler = handler or c.handler
        _check_handler(c, handler)
        c.handler = handler
        return _move(c, "in_progress", note or _("Handling started by {name}").format(name=handler), at,
                     {"handler": [None, handler.id]})


def reject(c: Complaint, reason: str, at: dt.datetime | None = None) -> Complaint:
    """不予受理: refused, with the reason that was told to the customer."""
    at = at or dt.datetime.now()
    reason = clean_text(reason, "reason", 4000, _("Reason"))
    with _step(c, "not_accepted") as c:
        if not reason:
            raise ValidationError({"reason": _("Give the reason the case is not accepted; it is told to the customer.")})
        c.reject_reason = reason
        c.closed_at = at
        c.first_answer_at = c.first_answer_at or at
        return _move(c, "not_accepted", reason, at, {"reject_reason": [None, reason]})


def record_first_answer(c: Complaint, note: str, at: dt.datetime | None = None) -> Complaint:
    """The first answer to the customer (what happens next, when), due within 24 h."""
    at = at or dt.datetime.now()
    note = clean_text(note, "note", 4000, _("Note"))
    with _step(c) as c:
        if c.status in FINISHED:
            raise SalesDeskError(_("Case {no} is finished.").format(no=c.number))
        if c.first_answer_at:
            raise SalesDeskError(_("The first answer of case {no} was already given on {ts}.").format(no=c.number, ts=f"{c.first_answer_at:%Y-%m-%d %H:%M}"))
        if not note:
            raise ValidationError({"note": _("Write what the customer was told.")})
        c.first_answer_at = at
        c.updated_at = at
        c.save()
        _event(c, c.status, c.status, _("First answer: {note}").format(note=note), at=at)
        audit.log("edit", "complaint", c.number, {"first_answer_at": [None, at]}, note=note)
    return c


INVESTIGATION = ("cause", "course", "responsible", "conclusion", "corrective", "preventive")
INVESTIGATION_LABELS = {
    "cause": N_("Cause"), "course": N_("Course of events"), "responsible": N_("Person responsible"),
    "conclusion": N_("Conclusion"), "corrective": N_("Corrective measures"), "preventive": N_("Preventive measures"),
}


def save_investigation(c: Complaint, **fields: str) -> Complaint:
    """The investigation record (原因/经过/责任人/结论/对策/防范措施)."""
    unknown = set(fields) - set(INVESTIGATION)
    if unknown:
        raise ValueError(f"unknown investigation fields {sorted(unknown)}")
    clean = {k: clean_text(v, k, 100 if k == "responsible" else 20000, _(INVESTIGATION_LABELS[k])) for k, v in fields.items()}
    with _step(c) as c:
        if c.status != "in_progress":
            raise SalesDeskError(_("The investigation is recorded while the case is in progress (case {no} is {status}).").format(
                no=c.number, status=label(STATUSES, c.status)))
        before = {k: getattr(c, k) for k in clean}
        for k, v in clean.items():
            setattr(c, k, v)
        c.updated_at = dt.datetime.now()
        c.save()
        changes = audit.diff(before, clean)
        if changes:
            audit.log("edit", "complaint", c.number, changes, note="investigation")
    return c


def needs_signoff(c: Complaint) -> bool:
    """Complaints, reports and every major case need the manager's signature on the opinion."""
    return c.kind in ("complaint", "report") or c.severity == "major"


def save_opinion(c: Complaint, opinion: str) -> Complaint:
    """The handling opinion (处理意见). Changing it after sign-off needs a new signature."""
    opinion = clean_text(opinion, "opinion", 20000, _("Handling opinion"))
    with _step(c) as c:
        if c.status != "in_progress":
            raise SalesDeskError(_("The handling opinion is written while the case is in progress (case {no} is {status}).").format(
                no=c.number, status=label(STATUSES, c.status)))
        if opinion == c.opinion:
            return c
        before = c.opinion
        c.opinion = opinion
        if c.signed_off_at:
            c.signed_off_at, c.signed_off_by, c.signed_off_name = None, None, ""
            _event(c, c.status, c.status, _("Opinion changed: the manager's sign-off was withdrawn"))
        c.updated_at = dt.datetime.now()
        c.save()
        audit.log("edit", "complaint", c.number, {"opinion": [before, opinion]})
    return c


def sign_off(c: Complaint, note: str = "", at: dt.datetime | None = None) -> Complaint:
    """The manager signs the handling opinion."""
    permissions.require("complaint.signoff")
    at = at or dt.datetime.now()
    with _step(c) as c:
        if c.status != "in_progress":
            raise SalesDeskError(_("Only an opinion of a case in progress can be signed off (case {no} is {status}).").format(
                no=c.number, status=label(STATUSES, c.status)))
        if not c.opinion.strip():
            raise SalesDeskError(_("Case {no} has no handling opinion yet; the handler writes it before the manager signs.").format(no=c.number))
        me = _me()
        c.signed_off_by, c.signed_off_name, c.signed_off_at = me, str(me) if me else "system", at
        c.updated_at = at
        c.save()
        _event(c, c.status, c.status, _("Opinion signed off by {name}").format(name=c.signed_off_name) + (": " + note if note else ""), at=at)
        audit.log("signoff", "complaint", c.number, {"signed_off_at": [None, at]}, note=note)
    return c


def reply(c: Complaint, text: str, at: dt.datetime | None = None) -> Complaint:
    """处理中 → 已答复: the customer is told the result."""
    at = at or dt.datetime.now()
    text = clean_text(text, "reply", 20000, _("Reply"))
    with _step(c, "replied") as c:
        if not text:
            raise ValidationError({"reply": _("Write what the customer was told.")})
        if needs_signoff(c) and not c.signed_off_at:
            raise SalesDeskError(_("The handling opinion of case {no} must be signed off by a manager before the customer is answered.").format(no=c.number))
        c.reply, c.replied_at = text, at
        c.first_answer_at = c.first_answer_at or at
        return _move(c, "replied", text, at, {"reply": [None, text]})


def follow_up(c: Complaint, grade: str, note: str = "", at: dt.datetime | None = None) -> Complaint:
    """The follow-up call (回访). "Not satisfied" re-opens the case as repeated and major."""
    at = at or dt.datetime.now()
    if grade not in dict(GRADES):
        raise ValidationError({"grade": _("Choose the customer's satisfaction: very satisfied, satisfied, neutral or not satisfied.")})
    note = clean_text(note, "note", 4000, _("Note"))
    with _step(c, "in_progress" if grade == "dissatisfied" else "follow_up") as c:
        me = _me()
        ComplaintFollowUp.create(complaint=c, ts=at, username=session.current_username(),
                                 user_display=str(me) if me else "system", grade=grade, note=note)
        c.satisfaction = grade
        text = _("Follow-up: {grade}").format(grade=label(GRADES, grade)) + (" — " + note if note else "")
        if grade != "dissatisfied":
            return _move(c, "follow_up", text, at, {"satisfaction": [None, grade]})
        # re-opened: handled again, a new opinion needs a new signature
        c.reopen_count += 1
        c.signed_off_at, c.signed_off_by, c.signed_off_name = None, None, ""
        c.severity = "major"
        _move(c, "in_progress", text + " — " + _("re-opened (repeated complaint)"), at,
              {"satisfaction": [None, grade], "reopen_count": [c.reopen_count - 1, c.reopen_count]})
        _escalate(c, at)
        return c


def close(c: Complaint, note: str = "", at: dt.datetime | None = None) -> Complaint:
    """已回访 → 结案."""
    at = at or dt.datetime.now()
    note = clean_text(note, "note", 4000, _("Note"))
    with _step(c, "closed") as c:
        c.closed_at = at
        return _move(c, "closed", note or _("Closed"), at)


def move(c: Complaint, to_status: str, note: str = "", **kw: Any) -> Complaint:
    """Any transition by its target status (the case dialog's buttons, tests)."""
    if to_status == "in_progress" and c.status == "replied":
        return follow_up(c, "dissatisfied", note, kw.get("at"))
    actions = {
        "in_progress": lambda: start(c, kw.get("handler"), note, kw.get("at")),
        "not_accepted": lambda: reject(c, note, kw.get("at")),
        "replied": lambda: reply(c, note, kw.get("at")),
        "follow_up": lambda: follow_up(c, kw.get("grade", "satisfied"), note, kw.get("at")),
        "closed": lambda: close(c, note, kw.get("at")),
    }
    if to_status not in actions:
        check_transition(c, to_status)  # raises with the reason
    return actions[to_status]()


def history(c: Complaint) -> list[ComplaintEvent]:
    return list(c.events.order_by(ComplaintEvent.ts, ComplaintEvent.id))


def follow_ups(c: Complaint) -> list[ComplaintFollowUp]:
    return list(c.follow_ups.order_by(ComplaintFollowUp.ts, ComplaintFollowUp.id))


# --- deadlines in the list ---------------------------------------------------------

def deadline_state(c: Complaint, now: dt.datetime | None = None) -> str:
    """'overdue', 'due_today' or '' for a case (finished cases are never overdue)."""
    now = now or dt.datetime.now()
    if c.status in FINISHED:
        return ""
    if c.settle_due < now.date() or (c.first_answer_at is None and c.first_answer_due < now):
        return "overdue"
    if c.settle_due == now.date() or (c.first_answer_at is None and c.first_answer_due.date() == now.date()):
        return "due_today"
    return ""


def overdue_expr(now: dt.datetime) -> peewee.Expression:
    return (Complaint.status.in_(OPEN) & ((Complaint.settle_due < now.date())
            | (Complaint.first_answer_at.is_null() & (Complaint.first_answer_due < now))))


def due_today_expr(now: dt.datetime) -> peewee.Expression:
    end_of_day = dt.datetime.combine(now.date(), dt.time.max)
    return (Complaint.status.in_(OPEN) & ~overdue_expr(now)
            & ((Complaint.settle_due == now.date())
               | (Complaint.first_answer_at.is_null() & (Complaint.first_answer_due <= end_of_day))))


@dataclass
class Attention:
    overdue: int
    due_today: int
    major_open: int


def attention(now: dt.datetime | None = None) -> Attention:
    """Counts for the start-up notice and the status bar."""
    now = now or dt.datetime.now()
    base = visible_query()
    return Attention(base.where(overdue_expr(now)).count(), base.where(due_today_expr(now)).count(),
                     base.where(Complaint.status.in_(OPEN) & (Complaint.severity == "major")).count())


def visible_query() -> peewee.ModelSelect:
    """Every case the current user may open (cases about them are left out)."""
    q = Complaint.select()
    me = _me()
    if me is not None:
        q = q.where(Complaint.accused.is_null() | (Complaint.accused != me.id))
    return q


@dataclass
class Filter:
    text: str = ""
    status: str = ""  # a status code, "open", or "" for all
    kind: str = ""
    deadline: str = ""  # "attention" (overdue or due today), "overdue", "due_today"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    category: str = ""


def search(f: Filter, now: dt.datetime | None = None) -> peewee.ModelSelect:
    """The list's query, filtered in SQL, newest first."""
    now = now or dt.datetime.now()
    q = visible_query()
    if f.status == "open":
        q = q.where(Complaint.status.in_(OPEN))
    elif f.status:
        q = q.where(Complaint.status == f.status)
    if f.kind:
        q = q.where(Complaint.kind == f.kind)
    if f.category:
        q = q.where(Complaint.category == f.category)
    if f.deadline == "overdue":
        q = q.where(overdue_expr(now))
    elif f.deadline == "due_today":
        q = q.where(due_today_expr(now))
    elif f.deadline == "attention":
        q = q.where(overdue_expr(now) | due_today_expr(now))
    if f.date_from:
        q = q.where(Complaint.received_at >= dt.datetime.combine(f.date_from, dt.time.min))
    if f.date_to:
        q = q.where(Complaint.received_at < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time.min))
    text = (f.text or "").strip()
    if text:
        like = f"%{text}%"
        cond = Complaint.number.contains(text.upper()) | Complaint.content ** like
        me = _me()
        if me is None or permissions.can("complaint.view_all"):
            cond |= (Complaint.complainant ** like) | Complaint.contact.contains(text)
        else:  # identity search only over the cases whose complainant this user may see
            mine = (Complaint.receiver == me.id) | (Complaint.handler == me.id)
            cond |= mine & ((Complaint.complainant ** like) | Complaint.contact.contains(text))
        q = q.where(cond)
    return q.order_by(Complaint.received_at.desc(), Complaint.id.desc())


# --- the customer file's history -----------------------------------------------------

def _timeline_provider() -> None:
    """Complaints on the customer file's timeline — only for those who may know who
    complained (receiver, handler, managers) and never for the person complained about."""
    try:
        from salesdesk import customer_timeline
    except ImportError:  # the customer-files register is not there
        return

    @customer_timeline.provider("complaint", ("complaint", "complaint_event", "complaint_follow_up"))
    def _complaints(customer_id: int) -> list:
        out = []
        for c in visible_query().where(Complaint.customer == customer_id).order_by(Complaint.received_at.desc()).limit(500):
            if not sees_identity(c):
                continue
            title = f"{c.number} {label(KINDS, c.kind)}" + (f" · {c.category}" if c.category else "") + \
                f" ({label(STATUSES, c.status)})"
            detail = c.content[:300] + (("\n" + _("Satisfaction: {grade}").format(grade=label(GRADES, c.satisfaction)))
                                        if c.satisfaction else "")
            out.append(customer_timeline.Entry(c.received_at, "complaint", title, detail, "complaint", c.id))
        return out


_timeline_provider()
