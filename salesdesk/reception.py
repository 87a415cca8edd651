"""Sales reception (案场接待): who serves a visitor, first or return visit, and
where the visitor came from. Qt-free; the one write path for ``Reception``.

At check-in the desk calls ``identify`` (phone or ID → a new person or a known
customer with owner and protection), then ``receive``: a known customer goes to
their owner — or to a stand-in (代接) when the owner is not on duty —, a new
one to the rotation queue (salesdesk/rotation.py) unless they ask for a
consultant by name. A first visit (首访) opens the customer file with the
serving consultant as owner. When the visitor signs out, ``visitor_left``
frees the consultant. Ownership rules: salesdesk/ownership.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk import audit, customers, ownership, permissions, rotation, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import database
from salesdesk.models.reception import (AGENT, DIRECT, MANAGER, OWNER, PHONE, REFERRAL, REQUESTED, ROTATION, SOURCES,
                                        STAND_IN, WALK_IN, Reception)
from salesdesk.normalize import clean_text, normalize_id, normalize_phone

REGISTER = "reception"
CONSULTANT_ROLES = ("consultant", "manager")

settings.define("reception.queue_enabled", True, N_("Rotation queue: new customers go to the next consultant on duty"),
                kind="bool", group=N_("Sales reception"))
settings.define("reception.protection_days", 30, N_("Ownership protection: days from the last effective follow-up"),
                kind="int", minimum=1, maximum=365, group=N_("Sales reception"))
settings.define("reception.first_visit_protection_days", 7,
                N_("Ownership protection of a first-visit customer never followed up (days)"),
                kind="int", minimum=1, maximum=365, group=N_("Sales reception"))
settings.define("reception.reminder_days", 3, N_("Remind the owner this many days before protection lapses"),
                kind="int", minimum=0, maximum=60, group=N_("Sales reception"))
DEFAULT_MEDIA = [N_("Passing by"), N_("Outdoor billboard"), N_("Online"), N_("WeChat"), N_("Newspaper"),
                 N_("Radio/TV"), N_("SMS"), N_("Friend or relative"), N_("Exhibition")]
settings.define("reception.media", DEFAULT_MEDIA, N_("Media where visitors heard of us (one per line)"),
                kind="list", group=N_("Sales reception"))

REASON_LABELS = {ROTATION: N_("Rotation"), REQUESTED: N_("Requested by name"), OWNER: N_("Owner"),
                 STAND_IN: N_("Stand-in for the owner"), MANAGER: N_("Assigned by a manager"),
                 DIRECT: N_("Chosen at the desk (no queue)")}
SOURCE_LABELS = {WALK_IN: N_("Walk-in"), PHONE: N_("Phone enquiry"), AGENT: N_("Agent-brought"),
                 REFERRAL: N_("Owner referral")}


def queue_enabled() -> bool:
    return bool(settings.get("reception.queue_enabled"))


def media_choices() -> list[str]:
    return [_(m) for m in settings.get("reception.media")]


def consultants() -> list[User]:
    from salesdesk import accounts

    return accounts.staff(CONSULTANT_ROLES)


def _now(when: dt.datetime | None = None) -> dt.datetime:
    return (when or dt.datetime.now()).replace(microsecond=0)


# --- who is this? --------------------------------------------------------------------

@dataclass
class Recognition:
    """What the desk learns from a phone or ID number, and whom the visitor goes to."""

    customer: Customer | None
    state: ownership.OwnershipState | None
    suggested: User | None  # who should serve
    reason: str | None  # OWNER / STAND_IN / ROTATION / None (nobody free or queue off)
    owner_on_duty: bool = False

    @property
    def known(self) -> bool:
        return self.customer is not None

    @property
    def first_visit(self) -> bool:
        return self.customer is None


def find_customer(phone: str = "", id_type: str = "id_card", id_number: str = "") -> Customer | None:
    """The live customer file with this phone, else with this ID number."""
    if phone:
        c = customers.find_by_phone(phone)
        if c is not None:
            return c
    if id_number:
        try:
            norm = normalize_id(id_type or "id_card", id_number)
        except ValidationError:
            return None
        if norm:
            return Customer.get_or_none((Customer.id_number == norm) & Customer.merged_into.is_null())
    return None


def identify(phone: str = "", id_type: str = "id_card", id_number: str = "", customer_id: int | None = None,
             today: dt.date | None = None) -> Recognition:
    """New person or known customer, with the consultant they should go to."""
    today = today or dt.date.today()
    customer = Customer.get_or_none(Customer.id == customer_id) if customer_id else None
    customer = customer or find_customer(phone, id_type, id_number)
    if customer is None:
        return Recognition(None, None, rotation.next_consultant(today) if queue_enabled() else None,
                           ROTATION if queue_enabled() else None)
    st = ownership.state(customer, today)
    if st.owner is None:  # open pool: served like a new customer, the server claims them
        return Recognition(customer, st, rotation.next_consultant(today) if queue_enabled() else None,
                           ROTATION if queue_enabled() else None)
    on_duty = rotation.duty_status(st.owner, today) == rotation.ON_DUTY
    if on_duty:
        return Recognition(customer, st, st.owner, OWNER, True)
    return Recognition(customer, st, rotation.next_consultant(today) if queue_enabled() else None, STAND_IN)


# --- receiving a visitor ----------------------------------------------------------------

@dataclass
class ReceptionInput:
    """The desk's reception entries for one visit (filled from the check-in form)."""

    name: str = ""
    phone: str = ""
    id_type: str = "id_card"
    id_number: str = ""
    company: str = ""
    customer_id: int | None = None  # a known file picked by the desk
    consultant_id: int | None = None  # None = follow the rules (owner or queue)
    requested: bool = False  # the visitor asked for consultant_id by name
    party_size: int = 1
    source: str = WALK_IN
    agent_name: str = ""
    agent_company: str = ""
    agent_registered_at: dt.datetime | None = None
    referrer_id: int | None = None
    media: str = ""
    note: str = ""
    visit_id: int | None = None
    arrived_at: dt.datetime | None = None  # None = now


def _source_fields(data: ReceptionInput, arrived: dt.datetime) -> dict:
    errors: dict[str, str] = {}
    out = {"source": data.source, "media": clean_text(data.media, "media", 60, _("Media")),
           "agent_name": "", "agent_company": "", "agent_registered_at": None, "referrer": None}
    if data.source not in SOURCES:
        errors["source"] = _("Choose how the visitor came: walk-in, phone enquiry, agent or owner referral.")
    if data.source == AGENT:
        out["agent_name"] = clean_text(data.agent_name, "agent_name", 100, _("Agent"))
        out["agent_company"] = clean_text(data.agent_company, "agent_company", 200, _("Agency"))
        if not out["agent_name"]:
            errors["agent_name"] = _("Enter the agent who brought the visitor (渠道/分销).")
        reg = data.agent_registered_at
        if reg is None:
            errors["agent_registered_at"] = _("Enter when the agent registered this customer in advance (报备时间).")
        elif reg > arrived:
            errors["agent_registered_at"] = _("The agent's advance registration ({reg}) is after the visitor arrived ({arrived}): an agent must register the customer before the visit.").format(
                reg=reg.strftime("%Y-%m-%d %H:%M"), arrived=arrived.strftime("%Y-%m-%d %H:%M"))
        out["agent_registered_at"] = reg
    if data.source == REFERRAL:
        ref = Customer.get_or_none(Customer.id == data.referrer_id) if data.referrer_id else None
        if ref is None:
            errors["referrer"] = _("Choose the existing customer who referred this visitor (老带新).")
        out["referrer"] = ref
    if errors:
        raise ValidationError(errors)
    return out


def _pick(data: ReceptionInput, rec: Recognition, day: dt.date) -> tuple[User, str, User | None]:
    """(serving consultant, reason, owner at the time). Validates the desk's choice."""
    owner = rec.state.owner if rec.state else None
    chosen = User.get_or_none(User.id == data.consultant_id) if data.consultant_id else None
    if data.consultant_id and chosen is None:
        raise ValidationError({"consultant": _("The consultant chosen is no longer in the staff list. Choose another.")})
    if data.requested and chosen is None:
        raise ValidationError({"consultant": _("Choose the consultant the visitor asked for.")})
    if owner is not None:
        if chosen is None or chosen.id == owner.id:
            if rec.owner_on_duty or chosen is not None:
                return owner, OWNER, owner
            if rec.suggested is None:
                raise ValidationError({"consultant": _("The owner {owner} is not on duty and no consultant is free to stand in. Choose a consultant.").format(owner=owner.display_name)})
            return rec.suggested, STAND_IN, owner
        if data.requested:
            return chosen, REQUESTED, owner
        if not rec.owner_on_duty:
            return chosen, STAND_IN, owner
        permissions.require("reception.manage")  # the owner is here: only a manager gives the customer to another
        return chosen, MANAGER, owner
    # new customer or open pool
    if data.requested:
        return chosen, REQUESTED, None
    if not queue_enabled():
        if chosen is None:
            raise ValidationError({"consultant": _("Choose the consultant who serves this visitor.")})
        return chosen, DIRECT, None
    nxt = rotation.next_consultant(day)
    if chosen is None or (nxt is not None and chosen.id == nxt.id):
        return rotation.take_turn(day, _now(data.arrived_at)), ROTATION, None
    permissions.require("reception.manage")  # jumping the queue
    return chosen, MANAGER, None


def receive(data: ReceptionInput) -> Reception:
    """Assign the visitor to a consultant and record the reception, in one transaction.

    Runs inside the visitor log's check-in transaction when called from there.
    Raises ValidationError (per field), PermissionDenied, SalesDeskError."""
    arrived = _now(data.arrived_at)
    day = arrived.date()
    src = _source_fields(data, arrived)
    name = clean_text(data.name, "name", 100, _("Name"))
    phone = normalize_phone(data.phone or "", "phone")
    with database.atomic():
        rec = identify(phone, data.id_type, data.id_number, data.customer_id, day)
        if rec.customer is None and not name:
            raise ValidationError({"name": _("Enter the visitor's name: a first visit opens a customer file.")})
        consultant, reason, owner = _pick(data, rec, day)
        customer = rec.customer
        first = customer is None
        if first:
            id_number = normalize_id(data.id_type or "id_card", data.id_number or "") if data.id_number else ""
            extra = {"id_type": data.id_type or "id_card", "id_number": id_number} if id_number else {}
            if data.company:
                extra["company"] = clean_text(data.company, "company", 200, _("Company"))
            source_text = _(SOURCE_LABELS[src["source"]]) + (f" / {src['media']}" if src["media"] else "")
            customer = customers.create(name, phone, consultant=consultant, source=source_text[:100], **extra)
        r = Reception.create(day=day, arrived_at=arrived, visit_id=data.visit_id, customer=customer,
                             name=name or customer.name, consultant=consultant, reason=reason, owner=owner,
                             first_visit=first, party_size=max(1, int(data.party_size or 1)),
                             note=clean_text(data.note, "note", 500, _("Notes")), created_by=session.current_username(),
                             **src)
        if first:
            ownership.first_visit(customer, consultant, r, arrived)
        elif owner is None:
            ownership.claim(customer, consultant, arrived, note=_("served at a visit"))
        else:  # a return visit renews protection only when the owner serves it
            note = _("return visit") if reason == OWNER else _("return visit, served by {name} ({reason})").format(
                name=consultant.display_name, reason=_(REASON_LABELS[reason]))
            ownership.record_follow_up(customer, consultant, arrived, note, event=ownership.EV_RETURN_VISIT)
        if reason == REQUESTED:
            rotation.give_up_next_turn(day, consultant, arrived)
        if owner is not None and consultant.id != owner.id and reason in (REQUESTED, MANAGER):
            # Served by someone other than the protected owner: a manager decides (撞单).
            ownership.raise_dispute(customer, consultant, _("served at a visit ({reason})").format(reason=_(REASON_LABELS[reason])), r, arrived)
        audit.log("receive", "reception", r.id, {"consultant": [None, consultant.display_name], "reason": [None, reason],
                                                 "first_visit": [None, first], "customer": [None, customer.file_no]})
    return r


def receive_visit(visit, data: ReceptionInput) -> Reception:
    """The visitor log's check-in calls this inside its transaction, right after the
    visit row is written: the reception takes the visitor's particulars from the
    visit, and the visit gets the customer file (opened on a first visit) and the
    serving consultant as host when the desk named none."""
    data.visit_id, data.arrived_at = visit.id, visit.time_in
    data.name, data.phone = data.name or visit.name, data.phone or visit.phone
    data.company = data.company or visit.company
    if visit.id_number and not data.id_number:
        data.id_type, data.id_number = visit.id_type, visit.id_number
    data.party_size = visit.party_size or data.party_size
    data.customer_id = data.customer_id or visit.customer_id
    r = receive(data)
    dirty = False
    if visit.customer_id != r.customer_id:
        visit.customer, dirty = r.customer, True
    if visit.host_id is None and not visit.host_name:
        visit.host, visit.host_name, dirty = r.consultant, r.consultant.display_name, True
    if dirty:
        visit.save()
    return r


def visitor_left(visit_ids: list[int], when: dt.datetime | None = None) -> int:
    """The visitors signed out: their consultants are free again. Returns receptions ended."""
    if not visit_ids:
        return 0
    return (Reception.update(ended_at=_now(when))
            .where(Reception.visit_id.in_(list(visit_ids)) & Reception.ended_at.is_null()).execute())


def finish(reception_id: int, when: dt.datetime | None = None) -> Reception:
    """End one reception while its visitor stays on site (handed on to the contract desk,
    waiting for family...): the consultant is free for the queue again. Signing the
    visitor out (``visitor_left``) ends it too; this does not touch the visit."""
    with database.atomic():
        r = Reception.get_or_none(Reception.id == reception_id)
        if r is None:
            raise SalesDeskError(_("This reception no longer exists. Refresh the list."))
        if r.ended_at is None:
            r.ended_at = _now(when)
            r.save()
            audit.log("finish", "reception", r.id, {"ended_at": [None, r.ended_at]},
                      note=_("{name} done serving {visitor}").format(name=r.consultant.display_name, visitor=r.name))
    return r


def finish_serving(consultant: User | int, when: dt.datetime | None = None) -> int:
    """The desk's "Done serving" for a consultant shown as serving: end their open receptions
    of the day (the visitors stay signed in). Returns how many were ended."""
    cid = getattr(consultant, "id", consultant)
    day = _now(when).date()
    open_ids = [r.id for r in Reception.select(Reception.id).where(
        (Reception.consultant == cid) & (Reception.day == day) & Reception.ended_at.is_null() & (Reception.void == False))]  # noqa: E712
    if not open_ids:
        raise SalesDeskError(_("This consultant is not serving anybody now. Refresh the queue."))
    for rid in open_ids:
        finish(rid, when)
    return len(open_ids)


def visit_voided(visit_id: int) -> None:
    """A voided visit does not count in the summary and frees its consultant."""
    Reception.update(void=True, ended_at=_now()).where((Reception.visit_id == visit_id) & Reception.ended_at.is_null()).execute()
    Reception.update(void=True).where(Reception.visit_id == visit_id).execute()


def for_visit(visit_id: int) -> Reception | None:
    return Reception.get_or_none(Reception.visit_id == visit_id)


def day_receptions(day: dt.date) -> list[Reception]:
    return list(Reception.select(Reception, User).join(User, on=(Reception.consultant == User.id))
                .where((Reception.day == day) & (Reception.void == False))  # noqa: E712
                .order_by(Reception.arrived_at, Reception.id))


# --- the customer file's timeline ----------------------------------------------------------

def _timeline(customer_id: int) -> list:
    """Ownership milestones on the customer's timeline. Contacts and visits have their
    own entries (customer files, visitor log); the served-by facts are added here."""
    from salesdesk.customer_timeline import Entry
    from salesdesk.models.reception import Dispute, OwnershipEvent

    shown = (ownership.EV_FIRST_VISIT, ownership.EV_RETURN_VISIT, ownership.EV_CLAIM, ownership.EV_LAPSE,
             ownership.EV_REASSIGN, ownership.EV_DISPUTE)
    out = []
    for e in (OwnershipEvent.select().where((OwnershipEvent.customer == customer_id) & OwnershipEvent.event.in_(shown))
              .limit(500)):
        title = _(ownership.EVENT_LABELS[e.event])
        if e.consultant_id:
            title += " · " + e.consultant.display_name
        out.append(Entry(e.ts, "ownership", title, e.note, "ownership", e.id))
    for d in Dispute.select().where(Dispute.customer == customer_id):
        out.append(Entry(d.raised_at, "ownership", _("Ownership dispute raised: {claimant} claims the customer").format(
            claimant=d.claimant.display_name), d.claim, "dispute", d.id))
    return out


def _register_timeline() -> None:
    try:
        from salesdesk import customer_timeline
    except ImportError:  # pragma: no cover - the customer files register is part of the program
        return
    customer_timeline.provider("ownership", ("reception", "customer_ownership", "ownership_event", "dispute",
                                             "customer_group_member"))(_timeline)


_register_timeline()
