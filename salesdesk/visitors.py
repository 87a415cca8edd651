"""The visitor log's one write path: check-in, sign-out, void, edit with history,
and the day-end rule ("not signed out" instead of closing silently).

Qt-free. Widgets, the importer and the CLI all call these functions. Reading
lists for the table and the printed sheet lives in salesdesk/visitor_log.py;
appointments and the refusal list in appointments.py and refusals.py.

Extending check-in (sales reception, issue 9): add fields to ``CheckIn`` with
defaults and read them in ``check_in``; keep it one function, one transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

import peewee

from salesdesk import appointments, audit, customer_match, customer_timeline, customers, permissions, refusals, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import database
from salesdesk.models.visitors import (LEFT, NOT_SIGNED_OUT, ON_SITE, VISITOR_CLASSES, VOID, Visit, VisitEdit)
from salesdesk.normalize import ID_TYPES, clean_text, mask_id, mask_phone, normalize_id, normalize_phone, normalize_plate, phone_for_lookup

REGISTER = "visitors"
MAX_PARTY = 99

DEFAULT_PURPOSES = [N_("Viewing"), N_("Negotiation"), N_("Signing"), N_("Complaint"), N_("Delivery"),
                    N_("Interview"), N_("Other")]
settings.define("visitors.purposes", DEFAULT_PURPOSES, N_("Visit purposes offered at check-in (one per line)"),
                kind="list", group=N_("Visitor log"))
settings.define("visitors.require_id", False, N_("An ID number is required at check-in"), kind="bool",
                group=N_("Visitor log"))

CLASS_LABELS = {"normal": N_("Normal"), "vip": N_("VIP")}
STATUS_LABELS = {ON_SITE: N_("On site"), LEFT: N_("Signed out"), NOT_SIGNED_OUT: N_("Not signed out"),
                 VOID: N_("Voided")}


def purposes() -> list[str]:
    """The purposes offered at check-in, in the current language (user-added ones as typed)."""
    return [_(p) for p in settings.get("visitors.purposes")]


class RefusalBlocked(SalesDeskError):
    """The visitor is on the refusal list; only a manager override lets them in."""

    def __init__(self, entries: list) -> None:
        self.entries = entries
        reasons = "; ".join(f"{e.name or e.phone or mask_id(e.id_number)}: {e.reason}" for e in entries)
        super().__init__(_("This visitor is on the refusal list (拒绝接待): {reasons}. Do not let them in unless a manager overrides with a reason.").format(reasons=reasons))


@dataclass
class CheckIn:
    """What the desk types for one visit. Only ``name`` is required."""

    name: str = ""
    phone: str = ""
    company: str = ""
    id_type: str = "id_card"
    id_number: str = ""
    party_size: int | str = 1
    purpose: str = ""
    host_id: int | None = None
    host_name: str = ""
    plate: str = ""
    badge: str = ""
    visitor_class: str = "normal"
    notes: str = ""
    customer_id: int | None = None
    appointment_id: int | None = None
    time_in: dt.datetime | None = None  # None = now
    # A listed visitor passes only with both: the reason and the approving manager
    # (None = the logged-in user, who then needs the refusal.override permission).
    override_reason: str = ""
    override_manager: User | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # room for extensions (issue 9)


@dataclass
class KnownPerson:
    """What the desk knows about a phone number: from the customer files or a past visit."""

    name: str
    company: str = ""
    customer_id: int | None = None
    customer_file_no: str = ""
    customer_shown: str = ""  # the file for messages: number + name, or number + the confidential placeholder
    plate: str = ""
    id_type: str = ""
    id_number: str = ""  # full only with pii.full, otherwise empty
    last_visit: dt.datetime | None = None
    visits: int = 0


# --- validation ------------------------------------------------------------------

def _party(value: Any) -> int:
    try:
        n = int(str(value).strip() or "1")
    except ValueError:
        raise ValidationError({"party_size": _("Party size must be a whole number from 1 to {max}.").format(max=MAX_PARTY)}) from None
    if not 1 <= n <= MAX_PARTY:
        raise ValidationError({"party_size": _("Party size must be from 1 to {max} (you entered {n}).").format(max=MAX_PARTY, n=n)})
    return n


def clean_fields(data: CheckIn) -> dict[str, Any]:
    """Validate and normalise every field; collects all errors into one ValidationError."""
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def run(key: str, fn, *args):
        try:
            out[key] = fn(*args)
        except ValidationError as exc:
            errors.update(exc.errors)

    run("name", clean_text, data.name, "name", 100, _("Name"))
    if "name" in out and not out["name"]:
        errors["name"] = _("Enter the visitor's name.")
    run("phone", normalize_phone, data.phone or "", "phone")
    run("company", clean_text, data.company, "company", 200, _("Company"))
    id_type = data.id_type or "id_card"
    if id_type not in dict(ID_TYPES):
        errors["id_type"] = _("Choose an ID type from the list.")
    else:
        out["id_type"] = id_type
        run("id_number", normalize_id, id_type, data.id_number or "", "id_number")
        if "id_number" in out and not out["id_number"] and settings.get("visitors.require_id"):
            errors["id_number"] = _("Enter the visitor's ID number (required by the office's settings).")
    run("party_size", _party, data.party_size)
    run("purpose", clean_text, data.purpose, "purpose", 60, _("Purpose"))
    run("plate", normalize_plate, data.plate or "", "plate")
    run("badge", clean_text, data.badge, "badge", 20, _("Badge"))
    run("notes", clean_text, data.notes, "notes", 2000, _("Notes"))
    if data.visitor_class not in VISITOR_CLASSES:
        errors["visitor_class"] = _("Choose the visitor class: normal or VIP.")
    out["visitor_class"] = data.visitor_class
    host = None
    if data.host_id:
        host = User.get_or_none(User.id == data.host_id)
        if host is None:
            errors["host"] = _("The host chosen is no longer in the staff list. Choose another.")
    out["host"] = host
    run("host_name", clean_text, data.host_name, "host", 64, _("Host"))  # a too-long paste: one error among the others
    if host is not None:
        out["host_name"] = host.display_name
    if errors:
        raise ValidationError(errors)
    return out


def badge_in_use(badge: str, exclude_visit: int | None = None) -> Visit | None:
    if not badge:
        return None
    q = Visit.select().where((Visit.badge == badge) & (Visit.status == ON_SITE))
    if exclude_visit:
        q = q.where(Visit.id != exclude_visit)
    return q.first()


def _badge_error(other: Visit) -> ValidationError:
    return ValidationError({"badge": _("Badge {badge} is already given to {name}, who is still on site. Give another badge, or sign {name} out first.").format(badge=other.badge, name=other.name)})


# --- check-in ---------------------------------------------------------------------

def check_in(data: CheckIn) -> Visit:
    """Register one visitor. Raises ValidationError (per field), RefusalBlocked, PermissionDenied."""
    f = clean_fields(data)
    listed = refusals.matches(f["phone"], f["id_number"])
    approver = None
    if listed:
        if not data.override_reason.strip():
            raise RefusalBlocked(listed)
        approver = refusals.approver(data.override_manager)
    other = badge_in_use(f["badge"])
    if other is not None:
        raise _badge_error(other)
    customer = _linked_customer(data.customer_id, f["phone"])
    now = (data.time_in or dt.datetime.now()).replace(microsecond=0)
    user = session.current_username()
    try:
        with database.atomic():
            visit = Visit.create(time_in=now, status=ON_SITE, customer=customer, appointment_id=data.appointment_id,
                                 created_by=user, created_at=now, **f)
            if listed:
                refusals.record_override(listed, visit, data.override_reason, approver)
            if data.appointment_id:
                appointments.mark_arrived(data.appointment_id, visit)
            if data.extra.get("reception") is not None:  # sales reception (issue 9): who serves, first/return, source
                from salesdesk import reception

                reception.receive_visit(visit, data.extra["reception"])
            audit.log("create", "visit", visit.id, {k: [None, v] for k, v in f.items() if v not in ("", None)},
                      note=_("override of the refusal list") if listed else "")
    except peewee.IntegrityError:
        other = badge_in_use(f["badge"])
        if other is not None:  # another desk gave the same badge a moment ago
            raise _badge_error(other) from None
        raise
    return visit


def _linked_customer(customer_id: int | None, phone: str) -> Customer | None:
    if customer_id:
        c = Customer.get_or_none(Customer.id == customer_id)
        if c is not None:
            return c
    if phone:
        return customers.find_by_phone(phone)
    return None


def lookup_phone(phone: str) -> KnownPerson | None:
    """A known person for this phone: the customer file first, else the latest visit.

    A confidential file this user may not read gives its number and placeholder
    (``customer_shown``) but no name, company or ID number — not even from the
    phone's past visits, which would name the file's holder beside its number."""
    norm = phone_for_lookup(phone)
    if not norm:
        return None
    full = permissions.can("pii.full")
    last = (Visit.select().where((Visit.phone == norm) & (Visit.status != VOID))
            .order_by(Visit.time_in.desc()).first())
    count = Visit.select().where((Visit.phone == norm) & (Visit.status != VOID)).count() if last else 0
    cust = customers.find_by_phone(norm)
    if cust is None and last is None:
        return None
    match = customer_match.describe(cust) if cust is not None else None
    if match is not None and not match.readable:
        return KnownPerson(name="", customer_id=match.customer_id, customer_file_no=match.file_no,
                           customer_shown=match.shown, plate=last.plate if last else "",
                           last_visit=last.time_in if last else None, visits=count)
    person = KnownPerson(name=match.name if match else last.name,
                         company=(match.company if match and match.company else (last.company if last else "")),
                         customer_id=match.customer_id if match else None,
                         customer_file_no=match.file_no if match else "", customer_shown=match.shown if match else "",
                         plate=last.plate if last else "", last_visit=last.time_in if last else None, visits=count)
    source = last or cust
    person.id_type = source.id_type or ""
    person.id_number = source.id_number if full else ""
    return person


# --- sign-out, void, edit ----------------------------------------------------------

def sign_out(visit_ids: Iterable[int], when: dt.datetime | None = None) -> int:
    """Sign out the visits still on site among ``visit_ids``; returns how many."""
    ids = list(visit_ids)
    if not ids:
        raise SalesDeskError(_("Select the visit(s) to sign out first."))
    when = (when or dt.datetime.now()).replace(microsecond=0)
    with database.atomic():
        open_ids = [v.id for v in Visit.select(Visit.id).where(Visit.id.in_(ids) & (Visit.status == ON_SITE))]
        if open_ids:
            Visit.update(status=LEFT, time_out=when).where(Visit.id.in_(open_ids)).execute()
            from salesdesk import reception

            reception.visitor_left(open_ids, when)  # their consultants are free again
            for vid in open_ids:
                audit.log("sign_out", "visit", vid, {"time_out": [None, when], "status": [ON_SITE, LEFT]})
    if not open_ids:
        raise SalesDeskError(_("None of the selected visits is on site: they were already signed out, flagged or voided. To correct a time, use Edit."))
    return len(open_ids)


def sign_out_all(when: dt.datetime | None = None) -> int:
    """Closing time: sign out everybody still on site. Returns how many."""
    ids = [v.id for v in Visit.select(Visit.id).where(Visit.status == ON_SITE)]
    if not ids:
        return 0
    return sign_out(ids, when)


def void(visit_id: int, reason: str) -> Visit:
    """Void a visit registered by mistake. Never deletes; needs visit.void."""
    permissions.require("visit.void")
    reason = clean_text(reason, "reason", 500, _("Reason"))
    if not reason:
        raise ValidationError({"reason": _("Give the reason for voiding this visit.")})
    with database.atomic():
        visit = get(visit_id)
        if visit.status == VOID:
            raise SalesDeskError(_("This visit is already voided."))
        before = visit.status
        now = dt.datetime.now().replace(microsecond=0)
        visit.status, visit.void_reason, visit.voided_by, visit.voided_at = VOID, reason, session.current_username(), now
        visit.save()
        audit.log("void", "visit", visit.id, {"status": [before, VOID]}, note=reason)
        from salesdesk import reception

        reception.visit_voided(visit.id)
    return visit


def get(visit_id: int) -> Visit:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise SalesDeskError(_("Visit {id} no longer exists. Refresh the list.").format(id=visit_id))
    return visit


EDITABLE = ("name", "phone", "company", "id_type", "id_number", "party_size", "purpose", "host", "host_name",
            "plate", "badge", "visitor_class", "notes", "time_in", "time_out")


def edit(visit_id: int, data: CheckIn, time_in: dt.datetime | None = None, time_out: dt.datetime | None = None,
         reason: str = "") -> list[VisitEdit]:
    """Change a visit after the fact. Every changed field is kept in its history
    (who, when, before → after, why). Setting the time out of a flagged visit closes it."""
    visit = get(visit_id)
    if visit.status == VOID:
        raise SalesDeskError(_("A voided visit cannot be edited."))
    if "*" in (data.id_number or ""):  # the masked number shown to the user: keep the stored one
        data.id_number = visit.id_number
    f = clean_fields(data)
    reason = clean_text(reason, "reason", 500, _("Reason"))
    f["time_in"] = _same_minute(time_in, visit.time_in)
    f["time_out"] = _same_minute(time_out, visit.time_out) if time_out else visit.time_out
    if f["time_out"] and f["time_out"] < f["time_in"]:
        raise ValidationError({"time_out": _("The time out is before the time in. Check both times.")})
    if visit.status == ON_SITE and f["badge"]:
        other = badge_in_use(f["badge"], exclude_visit=visit.id)
        if other is not None:
            raise _badge_error(other)
    changes = {}
    for key in EDITABLE:
        before, after = getattr(visit, key), f.get(key, getattr(visit, key))
        if (before.id if isinstance(before, User) else before) != (after.id if isinstance(after, User) else after):
            changes[key] = (before, after)
    new_status = visit.status
    if f["time_out"] and visit.status in (ON_SITE, NOT_SIGNED_OUT):
        new_status = LEFT
    if new_status != visit.status:
        changes["status"] = (visit.status, new_status)
    if not changes:
        return []
    user = session.current_username()
    now = dt.datetime.now().replace(microsecond=0)
    rows = []
    with database.atomic():
        for key, (before, after) in changes.items():
            setattr(visit, key, after)
            rows.append(VisitEdit.create(visit=visit, ts=now, username=user, field=key, before=_text(before),
                                         after=_text(after), reason=reason))
        visit.save()
        audit.log("edit", "visit", visit.id, {k: [_text(b), _text(a)] for k, (b, a) in changes.items()}, note=reason)
    return rows


def _same_minute(new: dt.datetime | None, old: dt.datetime | None) -> dt.datetime | None:
    """Forms edit times to the minute: an unchanged minute keeps the stored seconds."""
    if new is None:
        return old
    if old is not None and new.replace(second=0, microsecond=0) == old.replace(second=0, microsecond=0):
        return old
    return new.replace(microsecond=0)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, User):
        return v.display_name
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    return str(v)


def history(visit_id: int) -> list[VisitEdit]:
    return list(VisitEdit.select().where(VisitEdit.visit == visit_id).order_by(VisitEdit.ts, VisitEdit.id))


def as_check_in(visit: Visit) -> CheckIn:
    """The form data of an existing visit (for Edit). The ID number is left out
    unless the user may see it in full (then editing keeps the stored one)."""
    return CheckIn(name=visit.name, phone=visit.phone, company=visit.company, id_type=visit.id_type,
                   id_number=visit.id_number, party_size=visit.party_size, purpose=visit.purpose,
                   host_id=visit.host_id, host_name=visit.host_name, plate=visit.plate, badge=visit.badge,
                   visitor_class=visit.visitor_class, notes=visit.notes, customer_id=visit.customer_id)


# --- the day's end ---------------------------------------------------------------

def end_of_day(today: dt.date | None = None) -> tuple[int, int]:
    """Flag visits left open on earlier days as "not signed out" and unattended
    earlier appointments as no-shows. Idempotent; cheap (indexed). Returns both counts."""
    today = today or dt.date.today()
    start = dt.datetime.combine(today, dt.time())
    left_open = (Visit.status == ON_SITE) & (Visit.time_in < start)
    if not Visit.select().where(left_open).exists() and not appointments.no_shows_due(today):
        return 0, 0  # the usual case after the day's first start: no write, no lock
    with database.atomic():
        ids = [v.id for v in Visit.select(Visit.id).where(left_open)]
        if ids:
            Visit.update(status=NOT_SIGNED_OUT).where(Visit.id.in_(ids)).execute()
            audit.log("flag", "visit", ",".join(map(str, ids[:50])) + ("…" if len(ids) > 50 else ""),
                      {"status": [ON_SITE, NOT_SIGNED_OUT]}, note=_("{n} visit(s) not signed out on their day").format(n=len(ids)))
        no_shows = appointments.mark_no_shows(today)
    return len(ids), no_shows


def warm_up() -> None:
    """Run the checks once so the desk's first real check-in is as quick as the rest:
    phonenumbers compiles its patterns on first use (~40 ms)."""
    for phone in ("13800138000", "021-62345678"):
        normalize_phone(phone)
    normalize_plate("粤BD12345")
    normalize_id("id_card", "11010519491231002X")


def on_site_count() -> int:
    return Visit.select().where(Visit.status == ON_SITE).count()


# --- showing personal data ---------------------------------------------------------

def pii_shown() -> bool:
    """Full ID numbers and phones only for those entitled (pii.full)."""
    return permissions.can("pii.full")


def show_id(value: str, full: bool | None = None) -> str:
    return value if (pii_shown() if full is None else full) else mask_id(value)


def show_phone(value: str, full: bool | None = None) -> str:
    return value if (pii_shown() if full is None else full) else mask_phone(value)


# --- the customer file's history -----------------------------------------------------

def _is_complaint_purpose(purpose: str) -> bool:
    return purpose.strip() in {"Complaint", "投诉", _("Complaint")}


@customer_timeline.provider("visit", ("visit", "visit_edit"))
def _visits_on_timeline(customer_id: int) -> list[customer_timeline.Entry]:
    """The customer's visits. A visit made to complain says only "Visit" to those who
    may not know who complained (issue #6: the complainant's identity is confidential)."""
    show_complaints = permissions.can("complaint.view_all")
    out = []
    for v in (Visit.select().where(Visit.customer == customer_id).order_by(Visit.time_in.desc()).limit(500)):
        purpose = v.purpose if show_complaints or not _is_complaint_purpose(v.purpose) else ""
        title = _("Visit — {purpose}").format(purpose=purpose) if purpose else _("Visit")
        if v.status == VOID:
            title += " " + _("(voided)")
        host = v.host_name or (str(v.host) if v.host_id else "")
        out.append(customer_timeline.Entry(v.time_in, "visit", title, host, "visit", v.id))
    return out
