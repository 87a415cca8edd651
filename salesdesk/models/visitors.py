"""Models of the visitor log (来访登记): visits, their edit history, appointments
(看房预约) and the refusal list (拒绝接待) with its manager overrides.

Rules live in salesdesk/visitors.py; these are only the tables. A visit is
never deleted: it is voided (status ``void``) with a reason.
"""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import BaseModel

# Visit.status
ON_SITE = "on_site"              # in the office now
LEFT = "left"                    # signed out
NOT_SIGNED_OUT = "not_signed_out"  # left open past its day: flagged, never closed silently
VOID = "void"                    # voided with a reason (never deleted)
VISIT_STATUSES = (ON_SITE, LEFT, NOT_SIGNED_OUT, VOID)

VISITOR_CLASSES = ("normal", "vip")  # 一般 / 贵宾

# Appointment.status
BOOKED, ARRIVED, NO_SHOW, CANCELLED = "booked", "arrived", "no_show", "cancelled"
APPOINTMENT_STATUSES = (BOOKED, ARRIVED, NO_SHOW, CANCELLED)


class Visit(BaseModel):
    time_in = peewee.DateTimeField(index=True)
    time_out = peewee.DateTimeField(null=True)
    status = peewee.CharField(max_length=20, default=ON_SITE, index=True)
    name = peewee.CharField(max_length=100, index=True)
    phone = peewee.CharField(max_length=32, default="", index=True)  # normalize.normalize_phone form
    company = peewee.CharField(max_length=200, default="")
    id_type = peewee.CharField(max_length=20, default="id_card")
    id_number = peewee.CharField(max_length=40, default="", index=True)
    party_size = peewee.IntegerField(default=1)
    purpose = peewee.CharField(max_length=60, default="")
    host = peewee.ForeignKeyField(User, null=True, backref="visits", on_delete="SET NULL")
    host_name = peewee.CharField(max_length=64, default="")  # kept as text: imported logs name people not on staff
    plate = peewee.CharField(max_length=12, default="")
    badge = peewee.CharField(max_length=20, default="")
    visitor_class = peewee.CharField(max_length=10, default="normal")
    notes = peewee.TextField(default="")
    customer = peewee.ForeignKeyField(Customer, null=True, backref="visits", on_delete="SET NULL")
    appointment_id = peewee.IntegerField(null=True)  # the booking it fulfilled, if any
    created_by = peewee.CharField(max_length=64, default="")
    created_at = peewee.DateTimeField(default=dt.datetime.now)
    void_reason = peewee.TextField(default="")
    voided_by = peewee.CharField(max_length=64, default="")
    voided_at = peewee.DateTimeField(null=True)
    source = peewee.CharField(max_length=20, default="desk")  # desk / import / demo

    class Meta:
        indexes = (
            (("status", "time_in"), False),
            (("host_name", "time_in"), False),
        )


# Badge numbers are unique among visitors on site (a partial index; SQLite and
# PostgreSQL both support it). The service checks first to give a clear message.
Visit.add_index(Visit.index(Visit.badge, unique=True, where=(Visit.status == ON_SITE) & (Visit.badge != ""),
                            name="visit_badge_on_site"))


class VisitEdit(BaseModel):
    """One changed field of a visit after the fact: who, when, what (before → after), why."""

    visit = peewee.ForeignKeyField(Visit, backref="edits", on_delete="CASCADE")
    ts = peewee.DateTimeField(default=dt.datetime.now)
    username = peewee.CharField(max_length=64)
    field = peewee.CharField(max_length=40)
    before = peewee.TextField(default="")
    after = peewee.TextField(default="")
    reason = peewee.TextField(default="")


class Appointment(BaseModel):
    """A booked viewing (看房预约)."""

    day = peewee.DateField(index=True)
    time = peewee.TimeField(null=True)
    name = peewee.CharField(max_length=100)
    phone = peewee.CharField(max_length=32, default="", index=True)
    company = peewee.CharField(max_length=200, default="")
    customer = peewee.ForeignKeyField(Customer, null=True, backref="appointments", on_delete="SET NULL")
    host = peewee.ForeignKeyField(User, null=True, backref="appointments", on_delete="SET NULL")
    host_name = peewee.CharField(max_length=64, default="")
    purpose = peewee.CharField(max_length=60, default="")
    party_size = peewee.IntegerField(default=1)
    notes = peewee.TextField(default="")
    status = peewee.CharField(max_length=20, default=BOOKED, index=True)
    visit = peewee.ForeignKeyField(Visit, null=True, backref="appointments", on_delete="SET NULL")
    created_by = peewee.CharField(max_length=64, default="")
    created_at = peewee.DateTimeField(default=dt.datetime.now)


class RefusalEntry(BaseModel):
    """A person not to be received (拒绝接待), matched by phone or ID number."""

    name = peewee.CharField(max_length=100, default="")
    phone = peewee.CharField(max_length=32, default="", index=True)
    id_number = peewee.CharField(max_length=40, default="", index=True)
    reason = peewee.TextField()
    active = peewee.BooleanField(default=True)
    created_by = peewee.CharField(max_length=64, default="")
    created_at = peewee.DateTimeField(default=dt.datetime.now)


class RefusalOverride(BaseModel):
    """A manager let a listed person in anyway: who, when, why, and the visit it allowed."""

    entry = peewee.ForeignKeyField(RefusalEntry, backref="overrides", on_delete="CASCADE")
    visit = peewee.ForeignKeyField(Visit, null=True, backref="overrides", on_delete="SET NULL")
    ts = peewee.DateTimeField(default=dt.datetime.now)
    manager = peewee.CharField(max_length=64)  # the approving manager's username
    entered_by = peewee.CharField(max_length=64, default="")  # who was at the keyboard
    reason = peewee.TextField()


TABLES = [Visit, VisitEdit, Appointment, RefusalEntry, RefusalOverride]
