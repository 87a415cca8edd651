"""Customer ownership (客户归属) and its protection, family groups, and disputes
(撞单/判客). Qt-free.

 - The owner is ``Customer.consultant``. The consultant who serves a first
   visit (首访) becomes the owner.
 - Protection runs ``reception.protection_days`` (default 30) from the last
   effective follow-up — a contact or a return visit by the owner; a customer
   the owner never followed up keeps ``reception.first_visit_protection_days``
   (default 7) from when they became theirs.
 - ``reception.reminder_days`` before it lapses the owner is reminded; when it
   lapses the customer returns to the open pool (no owner) and the next
   consultant who serves them claims them. Both are logged.
 - Only a manager changes an owner (``customer.reassign``), by reassignment or
   by deciding a dispute; the evidence is the first-visit record and the
   follow-up history.
 - Family members (spouse, parents, children) are linked as one group: they
   share the owner and count as one customer in the daily summary.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from salesdesk import audit, permissions, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import bulk_insert, database, in_slices
from salesdesk.models.reception import (DISPUTE_DECIDED, DISPUTE_OPEN, EV_CLAIM, EV_DISPUTE, EV_FIRST_VISIT, EV_FOLLOW_UP,
                                        EV_LAPSE, EV_REASSIGN, EV_REMINDER, EV_RETURN_VISIT, OPEN_POOL, PROTECTED,
                                        CustomerGroup, CustomerGroupMember, CustomerOwnership, Dispute, OwnershipEvent,
                                        Reception)
from salesdesk.normalize import clean_text

EVENT_LABELS = {
    EV_FIRST_VISIT: N_("First visit"), EV_FOLLOW_UP: N_("Follow-up"), EV_RETURN_VISIT: N_("Return visit"),
    EV_CLAIM: N_("Claimed from the open pool"), EV_LAPSE: N_("Protection lapsed: back to the open pool"),
    EV_REMINDER: N_("Reminder: protection ends soon"), EV_REASSIGN: N_("Owner changed by a manager"),
    EV_DISPUTE: N_("Dispute decided"),
}
RELATIONS = (("self", N_("Self")), ("spouse", N_("Spouse")), ("parent", N_("Parent")), ("child", N_("Child")),
             ("other", N_("Other family")))


def protection_days() -> int:
    return int(settings.get("reception.protection_days"))


def first_visit_days() -> int:
    return int(settings.get("reception.first_visit_protection_days"))


def reminder_days() -> int:
    return int(settings.get("reception.reminder_days"))


def _now(when: dt.datetime | None = None) -> dt.datetime:
    return (when or dt.datetime.now()).replace(microsecond=0)


def _log(customer: Customer, event: str, when: dt.datetime, consultant: User | None = None,
         previous: User | None = None, note: str = "") -> OwnershipEvent:
    return OwnershipEvent.create(customer=customer, ts=when, event=event, consultant=consultant, previous=previous,
                                 note=note, username=session.current_username())


def _protected_until(rec: CustomerOwnership) -> dt.date | None:
    """Last protected day: N days after the last effective follow-up, else the short first-visit term."""
    if rec.last_follow_up_at is not None and (rec.owner_since is None or rec.last_follow_up_at >= rec.owner_since):
        return rec.last_follow_up_at.date() + dt.timedelta(days=protection_days())
    if rec.owner_since is not None:
        return rec.owner_since.date() + dt.timedelta(days=first_visit_days())
    return None


def _record(customer: Customer) -> CustomerOwnership:
    rec = CustomerOwnership.get_or_none(CustomerOwnership.customer == customer)
    if rec is None:
        # A file opened elsewhere (import, customer tab) with a consultant: protected from its creation.
        rec = CustomerOwnership.create(customer=customer, owner_since=customer.created_at if customer.consultant_id else None,
                                       status=PROTECTED if customer.consultant_id else OPEN_POOL)
        rec.protected_until = _protected_until(rec)
        rec.save()
    return rec


def _set_owner(customer: Customer, consultant: User | None, when: dt.datetime) -> None:
    # Customer.consultant belongs to the customer files; this is the one place
    # reception rules change it (first visit, claim, lapse, manager decision).
    Customer.update(consultant=consultant, updated_at=when).where(Customer.id == customer.id).execute()
    customer.consultant = consultant


# --- reading -------------------------------------------------------------------

@dataclass
class OwnershipState:
    """What the desk shows about a known customer."""

    customer: Customer
    owner: User | None
    status: str  # PROTECTED / OPEN_POOL
    first_visit_at: dt.datetime | None
    first_consultant: User | None
    last_follow_up_at: dt.datetime | None
    protected_until: dt.date | None
    days_left: int | None  # protected days left including today; None without an owner
    group_id: int | None = None

    @property
    def protected(self) -> bool:
        return self.owner is not None and self.status == PROTECTED


def state(customer: Customer, today: dt.date | None = None) -> OwnershipState:
    """The ownership of ``customer`` after applying any lapse that is due (lazy sweep)."""
    today = today or dt.date.today()
    customer = Customer.get_by_id(customer.id)  # the caller's copy may predate a lapse or claim
    lapse_if_due(customer, today)
    rec = _record(customer)
    owner = owner_of(customer)
    days = (rec.protected_until - today).days + 1 if owner is not None and rec.protected_until else None
    gm = CustomerGroupMember.get_or_none(CustomerGroupMember.customer == customer)
    return OwnershipState(customer, owner, rec.status if owner is not None else OPEN_POOL, rec.first_visit_at,
                          rec.first_consultant, rec.last_follow_up_at, rec.protected_until if owner else None,
                          days, gm.group_id if gm else None)


def owner_of(customer: Customer) -> User | None:
    """The owning consultant: the customer's own, else their family group's."""
    if customer.consultant_id:
        return User.get_or_none(User.id == customer.consultant_id)
    for member in group_members(customer):
        if member.id != customer.id and member.consultant_id:
            return User.get_or_none(User.id == member.consultant_id)
    return None


# --- lifecycle -----------------------------------------------------------------

def first_visit(customer: Customer, consultant: User, reception: Reception | None, when: dt.datetime) -> CustomerOwnership:
    """The serving consultant of a first visit owns the new file."""
    rec = _record(customer)
    rec.first_visit_at, rec.first_consultant, rec.first_reception = when, consultant, reception
    rec.owner_since, rec.last_follow_up_at, rec.status, rec.reminded_for = when, None, PROTECTED, None
    rec.protected_until = _protected_until(rec)
    rec.save()
    _set_owner(customer, consultant, when)
    _log(customer, EV_FIRST_VISIT, when, consultant)
    return rec


def claim(customer: Customer, consultant: User, when: dt.datetime, note: str = "") -> CustomerOwnership:
    """A customer in the open pool becomes the serving consultant's."""
    rec = _record(customer)
    if rec.first_visit_at is None:
        rec.first_visit_at, rec.first_consultant = when, consultant
    rec.owner_since, rec.status, rec.reminded_for = when, PROTECTED, None
    rec.protected_until = _protected_until(rec)
    rec.save()
    _set_owner(customer, consultant, when)
    _log(customer, EV_CLAIM, when, consultant, note=note)
    audit.log("claim", "customer", customer.file_no, {"consultant": [None, consultant.display_name]})
    return rec


def record_follow_up(customer: Customer, consultant: User | None, when: dt.datetime | None = None,
                     note: str = "", event: str = EV_FOLLOW_UP) -> bool:
    """A contact or visit. It is *effective* (renews protection) only when done by
    the owner. Returns whether it renewed the protection. The customer files'
    contact records should call this when a contact is logged."""
    when = _now(when)
    owner = owner_of(customer)
    with database.atomic():
        lapse_if_due(customer, when.date())
        owner = owner_of(customer)
        effective = owner is not None and consultant is not None and owner.id == consultant.id
        _log(customer, event, when, consultant, note=note if effective else (note + " " + _("(not the owner: protection unchanged)")).strip())
        if effective:
            rec = _record(customer)
            if rec.last_follow_up_at is None or when > rec.last_follow_up_at:
                rec.last_follow_up_at = when
            rec.status, rec.reminded_for = PROTECTED, None
            rec.protected_until = _protected_until(rec)
            rec.save()
    return effective


def lapse_if_due(customer: Customer, today: dt.date | None = None) -> bool:
    """Return the customer to the open pool when their protection ended before today."""
    today = today or dt.date.today()
    rec = CustomerOwnership.get_or_none(CustomerOwnership.customer == customer)
    if rec is None or rec.status != PROTECTED or rec.protected_until is None or rec.protected_until >= today:
        return False
    rec.customer = customer
    _lapse([rec])
    customer.consultant = None
    return True


def _lapse(recs: list[CustomerOwnership]) -> None:
    """Protections that ended go back to the open pool, logged, in one transaction and a
    few statements: the first start after a long pause may lapse thousands."""
    when = _now()
    names = {u.id: u.display_name for u in User.select(User.id, User.display_name)}
    with database.atomic():
        for part in in_slices(recs):
            CustomerOwnership.update(status=OPEN_POOL).where(CustomerOwnership.id.in_([r.id for r in part])).execute()
            Customer.update(consultant=None, updated_at=when).where(Customer.id.in_([r.customer_id for r in part])).execute()
        bulk_insert(OwnershipEvent, [dict(customer=r.customer_id, ts=when, event=EV_LAPSE, consultant=None,
                                          previous=r.customer.consultant_id, username=session.current_username(),
                                          note=_("protected until {date}, no effective follow-up since").format(
                                              date=r.protected_until.isoformat())) for r in recs])
        audit.log_many("lapse", "customer", [(r.customer.file_no, {"consultant": [names.get(r.customer.consultant_id), None]}, "")
                                             for r in recs])


def sweep(today: dt.date | None = None) -> tuple[int, list[OwnershipState]]:
    """Day start: lapse every protection that ended, and log a reminder for those
    ending within the reminder days. Returns (lapsed count, the reminders due)."""
    today = today or dt.date.today()
    due = list(CustomerOwnership.select(CustomerOwnership, Customer).join(Customer)
               .where((CustomerOwnership.status == PROTECTED) & (CustomerOwnership.protected_until < today)))
    if due:
        _lapse(due)
    lapsed = len(due)
    unreminded = [rec for rec in _ending(today) if rec.reminded_for != rec.protected_until]  # once per end date
    if unreminded:  # no transaction (no write lock) on the usual start
        with database.atomic():
            for rec in unreminded:
                customer = rec.customer
                rec.reminded_for = rec.protected_until
                rec.save()
                _log(customer, EV_REMINDER, _now(), User.get_or_none(User.id == customer.consultant_id),
                     note=_("protected until {date}").format(date=rec.protected_until.isoformat()))
    return lapsed, ending_soon(today)


def _ending(today: dt.date) -> list[CustomerOwnership]:
    horizon = today + dt.timedelta(days=reminder_days())
    return list(CustomerOwnership.select().where((CustomerOwnership.status == PROTECTED)
                                                 & CustomerOwnership.protected_until.between(today, horizon))
                .order_by(CustomerOwnership.protected_until))


def ending_soon(today: dt.date | None = None) -> list[OwnershipState]:
    """Protections that end within the reminder days (read-only; ``sweep`` logs the reminders).

    The same states ``state()`` gives, read in three queries instead of five per
    customer: the reception panel redraws this list after every check-in. None of
    these protections is due to lapse (they end today or later). The customers
    carry only what a list shows: id, file number, name, owner, confidentiality."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=reminder_days())
    recs = list(CustomerOwnership.select(CustomerOwnership, Customer.id, Customer.file_no, Customer.name,
                                         Customer.consultant, Customer.confidentiality).join(Customer)
                .where((CustomerOwnership.status == PROTECTED)
                       & CustomerOwnership.protected_until.between(today, horizon))
                .order_by(CustomerOwnership.protected_until))
    if not recs:
        return []
    users = {u.id: u for u in User.select()}
    groups = {m.customer_id: m.group_id for m in CustomerGroupMember.select()
              .where(CustomerGroupMember.customer.in_([r.customer_id for r in recs]))}
    out = []
    for rec in recs:
        customer = rec.customer
        owner = users.get(customer.consultant_id) if customer.consultant_id else owner_of(customer)
        days = (rec.protected_until - today).days + 1 if owner is not None and rec.protected_until else None
        out.append(OwnershipState(customer, owner, rec.status if owner is not None else OPEN_POOL, rec.first_visit_at,
                                  users.get(rec.first_consultant_id), rec.last_follow_up_at,
                                  rec.protected_until if owner else None, days, groups.get(customer.id)))
    return out


def reassign(customer: Customer, consultant: User | None, reason: str, when: dt.datetime | None = None,
             event: str = EV_REASSIGN) -> Customer:
    """A manager gives the customer to another consultant (or the open pool)."""
    permissions.require("customer.reassign")
    reason = clean_text(reason, "reason", 500, _("Reason"))
    if not reason:
        raise ValidationError({"reason": _("Give the reason for changing the owner; it is kept in the ownership log.")})
    when = _now(when)
    with database.atomic():
        previous = owner_of(customer)
        rec = _record(customer)
        rec.owner_since, rec.reminded_for = when, None
        rec.status = PROTECTED if consultant is not None else OPEN_POOL
        rec.protected_until = _protected_until(rec)
        rec.save()
        _set_owner(customer, consultant, when)
        _log(customer, event, when, consultant, previous, note=reason)
        audit.log(event, "customer", customer.file_no,
                  {"consultant": [previous.display_name if previous else None, consultant.display_name if consultant else None]},
                  note=reason)
    return customer


def history(customer: Customer) -> list[OwnershipEvent]:
    return list(OwnershipEvent.select().where(OwnershipEvent.customer == customer).order_by(OwnershipEvent.ts, OwnershipEvent.id))


def before_merge(keep: Customer, absorb: Customer) -> None:
    """Two files of one customer are merged (customer_duplicates.merge calls this in its
    transaction, before it moves every reference): one protection record and one
    family membership survive. The earlier first visit and the later follow-up count."""
    mine = CustomerOwnership.get_or_none(CustomerOwnership.customer == keep)
    theirs = CustomerOwnership.get_or_none(CustomerOwnership.customer == absorb)
    if mine is not None and theirs is not None:
        if theirs.first_visit_at and (mine.first_visit_at is None or theirs.first_visit_at < mine.first_visit_at):
            mine.first_visit_at, mine.first_consultant_id, mine.first_reception_id = (
                theirs.first_visit_at, theirs.first_consultant_id, theirs.first_reception_id)
        if theirs.last_follow_up_at and (mine.last_follow_up_at is None or theirs.last_follow_up_at > mine.last_follow_up_at):
            mine.last_follow_up_at = theirs.last_follow_up_at
        mine.protected_until = _protected_until(mine)
        mine.save()
        theirs.delete_instance()
    if CustomerGroupMember.get_or_none(CustomerGroupMember.customer == keep) is not None:
        CustomerGroupMember.delete().where(CustomerGroupMember.customer == absorb).execute()


# --- family groups ---------------------------------------------------------------

def group_members(customer: Customer) -> list[Customer]:
    gm = CustomerGroupMember.get_or_none(CustomerGroupMember.customer == customer)
    if gm is None:
        return [customer]
    return [m.customer for m in CustomerGroupMember.select(CustomerGroupMember, Customer).join(Customer)
            .where(CustomerGroupMember.group == gm.group_id).order_by(CustomerGroupMember.id)]


def link_family(customer: Customer, relative: Customer, relation: str) -> CustomerGroup:
    """Link ``relative`` into ``customer``'s family group (created if needed)."""
    if relation not in dict(RELATIONS):
        raise ValidationError({"relation": _("Choose the family relation from the list.")})
    if customer.id == relative.id:
        raise ValidationError({"relation": _("A customer cannot be linked to themselves.")})
    with database.atomic():
        mine = CustomerGroupMember.get_or_none(CustomerGroupMember.customer == customer)
        theirs = CustomerGroupMember.get_or_none(CustomerGroupMember.customer == relative)
        if theirs is not None and (mine is None or theirs.group_id != mine.group_id):
            raise SalesDeskError(_("{name} already belongs to another family group. Unlink them there first.").format(name=relative.name))
        if mine is None:
            group = CustomerGroup.create(name=customer.name, created_by=session.current_username())
            CustomerGroupMember.create(group=group, customer=customer, relation="self")
        else:
            group = mine.group
        if theirs is None:
            CustomerGroupMember.create(group=group, customer=relative, relation=relation)
        # Ownership of a family is one: a relative without an owner takes the group's.
        owner = owner_of(customer)
        if owner is not None and not relative.consultant_id:
            _set_owner(relative, owner, _now())
        audit.log("link_family", "customer", relative.file_no, {"group": [None, group.id], "relation": [None, relation]})
    return group


# --- disputes --------------------------------------------------------------------

@dataclass
class Evidence:
    """What a manager looks at to decide who owns a customer."""

    customer: Customer
    owner: User | None
    first_visit_at: dt.datetime | None
    first_consultant: User | None
    protected_until: dt.date | None
    receptions: list[Reception] = field(default_factory=list)  # oldest first
    events: list[OwnershipEvent] = field(default_factory=list)  # follow-ups, claims, reassignments


def evidence(customer: Customer) -> Evidence:
    st = state(customer)
    receptions = list(Reception.select().where((Reception.customer == customer) & (Reception.void == False))  # noqa: E712
                      .order_by(Reception.arrived_at))
    return Evidence(customer, st.owner, st.first_visit_at, st.first_consultant, st.protected_until, receptions,
                    history(customer))


def raise_dispute(customer: Customer, claimant: User, claim: str = "", reception: Reception | None = None,
                  when: dt.datetime | None = None) -> Dispute:
    """A consultant registers or serves a customer another consultant owns."""
    when = _now(when)
    owner = owner_of(customer)
    if owner is not None and owner.id == claimant.id:
        raise SalesDeskError(_("{name} already owns this customer; there is nothing to dispute.").format(name=claimant.display_name))
    existing = Dispute.get_or_none((Dispute.customer == customer) & (Dispute.claimant == claimant) & (Dispute.status == DISPUTE_OPEN))
    if existing is not None:
        return existing
    with database.atomic():
        d = Dispute.create(customer=customer, owner=owner, claimant=claimant, reception=reception, raised_at=when,
                           raised_by=session.current_username(), claim=clean_text(claim, "claim", 1000, _("Claim")))
        audit.log("dispute", "customer", customer.file_no, {"claimant": [None, claimant.display_name]}, note=d.claim)
    return d


def open_disputes() -> list[Dispute]:
    return list(Dispute.select().where(Dispute.status == DISPUTE_OPEN).order_by(Dispute.raised_at))


def decide(dispute_id: int, winner: User | None, reason: str, when: dt.datetime | None = None) -> Dispute:
    """A manager decides who owns the customer; the decision and reason are logged."""
    permissions.require("reception.manage")
    reason = clean_text(reason, "reason", 1000, _("Reason"))
    if not reason:
        raise ValidationError({"reason": _("Give the reason for the decision; it is kept with the dispute.")})
    when = _now(when)
    with database.atomic():
        d = Dispute.get_or_none(Dispute.id == dispute_id)
        if d is None:
            raise SalesDeskError(_("This dispute no longer exists. Refresh the list."))
        if d.status != DISPUTE_OPEN:
            raise SalesDeskError(_("This dispute was already decided on {date}.").format(date=d.decided_at.strftime("%Y-%m-%d %H:%M")))
        allowed = {u.id for u in (d.owner, d.claimant) if u is not None}
        if winner is not None and winner.id not in allowed:
            raise ValidationError({"winner": _("Decide for the owner or the claimant (or the open pool).")})
        customer = d.customer
        current = owner_of(customer)
        if (current.id if current else None) != (winner.id if winner else None):
            reassign(customer, winner, reason, when, event=EV_DISPUTE)
        else:
            _log(customer, EV_DISPUTE, when, winner, current, note=reason)
        d.status, d.winner, d.decision = DISPUTE_DECIDED, winner, reason
        d.decided_by, d.decided_at = session.current_username(), when
        d.save()
        audit.log("decide", "dispute", d.id, {"winner": [None, winner.display_name if winner else None]}, note=reason)
    return d
