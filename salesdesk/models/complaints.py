"""Models of the complaint register (投诉登记/台账).

A ``Complaint`` is one case from intake to close: the intake fields, the two
deadlines (first answer, settlement), the investigation record, the handling
opinion and its manager sign-off, the reply, and the timestamps the monthly
figures need. ``ComplaintEvent`` is its status history (who moved it, when,
with what note); ``ComplaintFollowUp`` each follow-up call (回访) with the
satisfaction grade. ``CalendarDay`` is the office's own table of extra
holidays and swapped working days (调休) for the working-day calendar
(salesdesk/workdays.py). The rules live in salesdesk/complaints.py.
"""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import BaseModel


class Complaint(BaseModel):
    number = peewee.CharField(unique=True, max_length=20)  # TS-YYYY-NNNN, never reused
    received_at = peewee.DateTimeField(index=True)
    channel = peewee.CharField(max_length=40, default="", index=True)  # phone/visit/letter/e-mail/online/forwarded (editable list)
    kind = peewee.CharField(max_length=20, default="complaint", index=True)  # complaint/report/suggestion/enquiry
    category = peewee.CharField(max_length=60, default="", index=True)
    severity = peewee.CharField(max_length=10, default="general", index=True)  # general/major
    # complainant (confidential: shown only to receiver, handler and managers)
    customer = peewee.ForeignKeyField(Customer, null=True, backref="complaints", on_delete="SET NULL")
    complainant = peewee.CharField(max_length=100, default="")
    contact = peewee.CharField(max_length=64, default="")
    content = peewee.TextField(default="")
    demand = peewee.TextField(default="")  # 客户要求
    # people
    receiver = peewee.ForeignKeyField(User, null=True, backref="complaints_received", on_delete="SET NULL")
    receiver_name = peewee.CharField(max_length=64, default="")  # text: outlives the account; "system" unattended
    department = peewee.CharField(max_length=64, default="")
    handler = peewee.ForeignKeyField(User, null=True, backref="complaints_handled", on_delete="SET NULL")
    accused = peewee.ForeignKeyField(User, null=True, backref="complaints_about", on_delete="SET NULL")  # 被投诉人
    accused_name = peewee.CharField(max_length=64, default="")  # when not a staff account (or from an import)
    # state and deadlines
    status = peewee.CharField(max_length=20, default="received", index=True)
    first_answer_due = peewee.DateTimeField()
    settle_due = peewee.DateField(index=True)  # end of this working day
    escalated_at = peewee.DateTimeField(null=True)
    first_answer_at = peewee.DateTimeField(null=True)
    replied_at = peewee.DateTimeField(null=True)
    closed_at = peewee.DateTimeField(null=True, index=True)  # closed or not accepted
    reject_reason = peewee.TextField(default="")  # 不予受理 reason told to the customer
    # investigation (原因/经过/责任人/结论/对策/防范措施)
    cause = peewee.TextField(default="")
    course = peewee.TextField(default="")
    responsible = peewee.CharField(max_length=100, default="")
    conclusion = peewee.TextField(default="")
    corrective = peewee.TextField(default="")
    preventive = peewee.TextField(default="")
    # handling opinion (处理意见) and the manager's sign-off
    opinion = peewee.TextField(default="")
    signed_off_by = peewee.ForeignKeyField(User, null=True, backref="complaints_signed", on_delete="SET NULL")
    signed_off_name = peewee.CharField(max_length=64, default="")
    signed_off_at = peewee.DateTimeField(null=True)
    reply = peewee.TextField(default="")  # what the customer was told
    satisfaction = peewee.CharField(max_length=20, default="")  # latest follow-up grade
    reopen_count = peewee.IntegerField(default=0)  # times re-opened after "not satisfied" (repeated)
    created_at = peewee.DateTimeField(default=dt.datetime.now)
    updated_at = peewee.DateTimeField(default=dt.datetime.now)

    class Meta:
        indexes = ((("status", "settle_due"), False),)


class ComplaintEvent(BaseModel):
    """One line of the status history: every transition and escalation."""

    complaint = peewee.ForeignKeyField(Complaint, backref="events", on_delete="CASCADE")
    ts = peewee.DateTimeField(default=dt.datetime.now)
    from_status = peewee.CharField(max_length=20, default="")
    to_status = peewee.CharField(max_length=20)
    username = peewee.CharField(max_length=64, default="system")
    user_display = peewee.CharField(max_length=64, default="")
    note = peewee.TextField(default="")


class ComplaintFollowUp(BaseModel):
    """A follow-up call (回访): every case gets at least one."""

    complaint = peewee.ForeignKeyField(Complaint, backref="follow_ups", on_delete="CASCADE")
    ts = peewee.DateTimeField(default=dt.datetime.now)
    username = peewee.CharField(max_length=64, default="system")
    user_display = peewee.CharField(max_length=64, default="")
    grade = peewee.CharField(max_length=20)  # very_satisfied/satisfied/neutral/dissatisfied
    note = peewee.TextField(default="")


class CalendarDay(BaseModel):
    """An extra holiday or working day that overrides the calendar library
    (years it does not know yet, or an office-specific day off)."""

    day = peewee.DateField(unique=True)
    kind = peewee.CharField(max_length=10)  # holiday / workday
    note = peewee.CharField(max_length=100, default="")


TABLES = [Complaint, ComplaintEvent, ComplaintFollowUp, CalendarDay]
