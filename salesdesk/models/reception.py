"""Models of sales reception (案场接待): the duty roster and rotation queue, the
reception of each walk-in (who served, why — the assignment log — first or
return visit, where they came from), customer ownership protection, customer
groups (family counted once) and ownership disputes (撞单/判客).

Ownership itself is ``Customer.consultant`` (the customer files own that
column); the protection bookkeeping lives here, keyed by customer, so the two
registers never write the same table. Rules: salesdesk/reception.py and
salesdesk/ownership.py.
"""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import BaseModel

# DutySignIn.status
ON_DUTY, AWAY, OFF = "on_duty", "away", "off"  # 在岗 / 离岗(请假、外出) / 下班
DUTY_STATUSES = (ON_DUTY, AWAY, OFF)

# Reception.reason — why this consultant serves this visit
ROTATION, REQUESTED, OWNER, STAND_IN, MANAGER, DIRECT = "rotation", "requested", "owner", "stand_in", "manager", "direct"
REASONS = (ROTATION, REQUESTED, OWNER, STAND_IN, MANAGER, DIRECT)

# Reception.source — how the visitor came
WALK_IN, PHONE, AGENT, REFERRAL = "walk_in", "phone", "agent", "referral"  # 自然到访 / 来电 / 渠道 / 老带新
SOURCES = (WALK_IN, PHONE, AGENT, REFERRAL)

# CustomerOwnership.status
PROTECTED, OPEN_POOL = "protected", "open"
# OwnershipEvent.event
EV_FIRST_VISIT, EV_FOLLOW_UP, EV_RETURN_VISIT, EV_CLAIM = "first_visit", "follow_up", "return_visit", "claim"
EV_LAPSE, EV_REMINDER, EV_REASSIGN, EV_DISPUTE = "lapse", "reminder", "reassign", "dispute"
# Dispute.status
DISPUTE_OPEN, DISPUTE_DECIDED = "open", "decided"


class DutySignIn(BaseModel):
    """One consultant on the roster of one day. ``position`` is the queue order
    (lower = sooner); ``skip_turns`` counts regular turns given up after being
    asked for by name."""

    day = peewee.DateField(index=True)
    consultant = peewee.ForeignKeyField(User, backref="duty", on_delete="CASCADE")
    signed_in_at = peewee.DateTimeField()
    position = peewee.IntegerField()
    status = peewee.CharField(max_length=10, default=ON_DUTY)
    skip_turns = peewee.IntegerField(default=0)
    status_since = peewee.DateTimeField(null=True)

    class Meta:
        indexes = ((("day", "consultant"), True), (("day", "position"), False))


class QueueEvent(BaseModel):
    """The queue's log: sign-in/out, away/back, passed over (busy/away/skip), manager reorder."""

    day = peewee.DateField(index=True)
    ts = peewee.DateTimeField()
    event = peewee.CharField(max_length=20)
    consultant = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    detail = peewee.TextField(default="")  # e.g. the new order for a reorder
    reason = peewee.TextField(default="")
    username = peewee.CharField(max_length=64, default="")


class CustomerGroup(BaseModel):
    """A family (spouse, parents, children) counted as one customer."""

    name = peewee.CharField(max_length=100, default="")
    created_at = peewee.DateTimeField(default=dt.datetime.now)
    created_by = peewee.CharField(max_length=64, default="")


class CustomerGroupMember(BaseModel):
    group = peewee.ForeignKeyField(CustomerGroup, backref="members", on_delete="CASCADE")
    customer = peewee.ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    relation = peewee.CharField(max_length=20, default="self")  # self/spouse/parent/child/other


class Reception(BaseModel):
    """One visit received at the sales desk: the assignment log and the visit's
    reception facts. ``visit_id`` is the visitor-log visit it belongs to."""

    day = peewee.DateField(index=True)
    arrived_at = peewee.DateTimeField()
    ended_at = peewee.DateTimeField(null=True)  # the visitor signed out: the consultant is free
    visit_id = peewee.IntegerField(null=True, unique=True)
    customer = peewee.ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    name = peewee.CharField(max_length=100, default="")  # as received, kept if the file is merged
    consultant = peewee.ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    reason = peewee.CharField(max_length=12)
    owner = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")  # owner at the time (stand-in)
    first_visit = peewee.BooleanField()
    party_size = peewee.IntegerField(default=1)
    source = peewee.CharField(max_length=12, default=WALK_IN, index=True)
    agent_name = peewee.CharField(max_length=100, default="")
    agent_company = peewee.CharField(max_length=200, default="")
    agent_registered_at = peewee.DateTimeField(null=True)  # 报备 time, before arrival
    referrer = peewee.ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    media = peewee.CharField(max_length=60, default="")
    note = peewee.TextField(default="")
    void = peewee.BooleanField(default=False)
    created_by = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("consultant", "ended_at"), False),)


class CustomerOwnership(BaseModel):
    """Protection state of one customer's ownership (the owner is Customer.consultant)."""

    customer = peewee.ForeignKeyField(Customer, unique=True, backref="+", on_delete="CASCADE")
    first_visit_at = peewee.DateTimeField(null=True)
    first_consultant = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    first_reception = peewee.ForeignKeyField(Reception, null=True, backref="+", on_delete="SET NULL")
    owner_since = peewee.DateTimeField(null=True)  # first visit, claim from the pool, or reassignment
    last_follow_up_at = peewee.DateTimeField(null=True)
    protected_until = peewee.DateField(null=True, index=True)  # last protected day
    status = peewee.CharField(max_length=10, default=PROTECTED, index=True)
    reminded_for = peewee.DateField(null=True)  # the lapse date a reminder was given for


class OwnershipEvent(BaseModel):
    """The ownership log: first visit, follow-ups, claims, reminders, lapses, reassignments, disputes."""

    customer = peewee.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    ts = peewee.DateTimeField(index=True)
    event = peewee.CharField(max_length=16)
    consultant = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    previous = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    note = peewee.TextField(default="")
    username = peewee.CharField(max_length=64, default="")


class Dispute(BaseModel):
    """Two consultants claim one customer; a manager decides."""

    customer = peewee.ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    owner = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")  # owner when raised
    claimant = peewee.ForeignKeyField(User, backref="+", on_delete="CASCADE")
    reception = peewee.ForeignKeyField(Reception, null=True, backref="+", on_delete="SET NULL")
    raised_at = peewee.DateTimeField()
    raised_by = peewee.CharField(max_length=64, default="")
    claim = peewee.TextField(default="")
    status = peewee.CharField(max_length=10, default=DISPUTE_OPEN, index=True)
    winner = peewee.ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")
    decision = peewee.TextField(default="")
    decided_by = peewee.CharField(max_length=64, default="")
    decided_at = peewee.DateTimeField(null=True)


TABLES: list = [DutySignIn, QueueEvent, CustomerGroup, CustomerGroupMember, Reception, CustomerOwnership,
                OwnershipEvent, Dispute]
