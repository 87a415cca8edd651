"""Contact records (回访/拜访) and the reminders they drive.

Adding a contact record sets the file's next follow-up date; a call to a lost
(战败) customer counts as their call-back. Reminders: follow-ups due or overdue,
birthdays in the next days, lost customers not yet called back.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from salesdesk import audit, customers, ownership, session, settings
from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.customers import CONTACT_KINDS, CONTACT_WAYS, ContactRecord, Customer
from salesdesk.models.db import database
from salesdesk.normalize import clean_text, parse_date

WAY_LABELS = {"phone": N_("Phone"), "visit": N_("Visit"), "wechat": N_("WeChat"), "sms": N_("SMS"), "letter": N_("Letter")}
KIND_LABELS = {"follow_up": N_("Follow-up call"), "visit": N_("Visit to customer"), "lost_callback": N_("Lost-customer call-back"),
               "birthday": N_("Birthday greeting"), "other": N_("Other")}


def add_contact(customer: Customer, way: str, content: str, result: str = "", next_contact: object = None,
                when: dt.datetime | None = None, kind: str = "") -> ContactRecord:
    """Log a call/visit; the file's next follow-up date becomes ``next_contact`` (or
    is cleared when none is given: the follow-up that was due is done)."""
    customers.require_edit(customer)
    errors = {}
    if way not in CONTACT_WAYS:
        errors["way"] = _("Choose how the customer was contacted.")
    content = clean_text(content, "content", 5000, _("Content"))
    result = clean_text(result, "result", 2000, _("Result"))
    if not content:
        errors["content"] = _("Write what was discussed.")
    when = when or dt.datetime.now()
    try:
        next_date = parse_date(next_contact, "next_contact")
    except ValidationError as exc:
        errors.update(exc.errors)
        next_date = None
    if next_date and next_date < when.date():
        errors["next_contact"] = _("The next contact date is before this contact. Choose a later date.")
    if when > dt.datetime.now() + dt.timedelta(minutes=5):
        errors["when"] = _("The contact date is in the future. A contact is logged after it happened.")
    if errors:
        raise ValidationError(errors)
    if not kind:
        kind = "lost_callback" if customer.status == "lost" else ("visit" if way == "visit" else "follow_up")
    if kind not in CONTACT_KINDS:
        kind = "other"
    with database.atomic():
        rec = ContactRecord.create(customer=customer, contact_date=when, way=way, kind=kind, content=content,
                                   result=result, next_contact_date=next_date, staff=session.current(),
                                   created_at=dt.datetime.now())
        customer.next_contact_date = next_date
        customer.last_contact_at = max(when, customer.last_contact_at) if customer.last_contact_at else when
        if customer.status == "lost" and not customer.lost_callback_at:
            customer.lost_callback_at = when
        customer.save()
        audit.log("contact", "customer", customer.file_no,
                  {"way": [None, way], "next_contact_date": [None, next_date]}, note=content[:200])
        # the owner's contact renews their ownership protection (sales reception)
        ownership.record_follow_up(customer, session.current(), when, content[:200])
    return rec


@dataclass(frozen=True)
class Reminder:
    kind: str  # overdue | due | birthday | lost_callback
    customer_id: int
    file_no: str
    name: str
    day: dt.date | None  # the due date / the birthday this year
    detail: str

    @property
    def label(self) -> str:
        return _(REMINDER_LABELS[self.kind])


REMINDER_LABELS = {"overdue": N_("Follow-up overdue"), "due": N_("Follow-up due today"),
                   "birthday": N_("Birthday"), "lost_callback": N_("Lost customer: call back")}


def _mine(q: peewee.ModelSelect, only_mine: bool) -> peewee.ModelSelect:
    user = session.current()
    if only_mine and user is not None:
        q = q.where(Customer.consultant == user.id)
    return q


def _birthday_keys(today: dt.date, days: int) -> dict[str, dt.date]:
    """'MM-DD' -> the date it falls on within the window (29 Feb shown on 28 Feb in other years)."""
    out = {}
    for i in range(days + 1):
        d = today + dt.timedelta(days=i)
        out[d.strftime("%m-%d")] = d
        if d.month == 2 and d.day == 28:
            try:
                dt.date(d.year, 2, 29)
            except ValueError:
                out["02-29"] = d
    return out


def _reminder_queries(today: dt.date, only_mine: bool, limit: int, *fields) -> tuple:
    """The three reminder lists' queries (due follow-ups, birthdays, lost not called back),
    reading only ``fields``: a list of 2,000 reminders need not build 2,000 whole files."""
    live = Customer.merged_into.is_null()
    keys = _birthday_keys(today, int(settings.get("customers.birthday_days")))
    due = _mine(Customer.select(*fields, Customer.next_contact_date).where(live & (Customer.next_contact_date <= today))
                .order_by(Customer.next_contact_date, Customer.id), only_mine).limit(limit)
    births = _mine(Customer.select(*fields, Customer.birthday, Customer.birthday_md)
                   .where(live & Customer.birthday_md.in_(list(keys))), only_mine).limit(limit)
    lost = _mine(Customer.select(*fields, Customer.lost_at)
                 .where(live & (Customer.status == "lost") & Customer.lost_callback_at.is_null())
                 .order_by(Customer.lost_at, Customer.id), only_mine).limit(limit)
    return keys, due, births, lost


def reminders(today: dt.date | None = None, only_mine: bool = False, limit: int = 2000) -> list[Reminder]:
    """What needs doing: overdue and due follow-ups, birthdays in the next
    ``customers.birthday_days`` days, lost customers not yet called back."""
    today = today or dt.date.today()
    out: list[Reminder] = []
    keys, due, births, lost = _reminder_queries(today, only_mine, limit, Customer.id, Customer.file_no, Customer.name,
                                                Customer.confidentiality, Customer.consultant)
    for c in due:
        kind = "overdue" if c.next_contact_date < today else "due"
        out.append(Reminder(kind, c.id, c.file_no, customers.shown_name(c), c.next_contact_date,
                            _("due {date}").format(date=c.next_contact_date.isoformat())))
    for c in sorted(births, key=lambda c: keys[c.birthday_md]):
        day = keys[c.birthday_md]
        age = day.year - c.birthday.year
        out.append(Reminder("birthday", c.id, c.file_no, customers.shown_name(c), day,
                            _("{date} (turns {age})").format(date=day.isoformat(), age=age)))
    for c in lost:
        since = c.lost_at.date() if c.lost_at else None
        out.append(Reminder("lost_callback", c.id, c.file_no, customers.shown_name(c), since,
                            _("lost since {date}").format(date=since.isoformat()) if since else ""))
    return out


def reminder_count(today: dt.date | None = None, only_mine: bool = False) -> int:
    """How many reminders ``reminders()`` would list — three COUNT queries, for a tab title."""
    today = today or dt.date.today()
    live = Customer.merged_into.is_null()
    keys = list(_birthday_keys(today, int(settings.get("customers.birthday_days"))))
    n = _mine(Customer.select().where(live & (Customer.next_contact_date <= today)), only_mine).count()
    n += _mine(Customer.select().where(live & Customer.birthday_md.in_(keys)), only_mine).count()
    n += _mine(Customer.select().where(live & (Customer.status == "lost") & Customer.lost_callback_at.is_null()),
               only_mine).count()
    return n
