"""Appointments (看房预约): booked viewings, today's list beside the log, and
no-shows at the day's end. Checking one in fills the visitor form; the visit
then marks it arrived (inside check-in's transaction)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk import audit, session
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.db import database
from salesdesk.models.visitors import ARRIVED, BOOKED, CANCELLED, NO_SHOW, Appointment, Visit
from salesdesk.normalize import clean_text, normalize_phone

STATUS_LABELS = {BOOKED: N_("Booked"), ARRIVED: N_("Arrived"), NO_SHOW: N_("No-show"), CANCELLED: N_("Cancelled")}


@dataclass
class Booking:
    day: dt.date
    time: dt.time | None
    name: str
    phone: str = ""
    company: str = ""
    host_id: int | None = None
    host_name: str = ""
    purpose: str = ""
    party_size: int = 1
    notes: str = ""
    customer_id: int | None = None


def book(b: Booking) -> Appointment:
    from salesdesk import customers

    errors: dict[str, str] = {}
    name = clean_text(b.name, "name", 100, _("Name"))
    if not name:
        errors["name"] = _("Enter the name of the person booking.")
    phone = ""
    try:
        phone = normalize_phone(b.phone or "", "phone")
    except ValidationError as exc:
        errors.update(exc.errors)
    if b.day is None:
        errors["day"] = _("Choose the day of the appointment.")
    elif b.day < dt.date.today():
        errors["day"] = _("The appointment day is in the past. Choose today or a later day.")
    if not 1 <= int(b.party_size or 1) <= 99:
        errors["party_size"] = _("Party size must be from 1 to {max} (you entered {n}).").format(max=99, n=b.party_size)
    host = User.get_or_none(User.id == b.host_id) if b.host_id else None
    if errors:
        raise ValidationError(errors)
    customer = None
    if b.customer_id:
        from salesdesk.models.customers import Customer

        customer = Customer.get_or_none(Customer.id == b.customer_id)
    elif phone:
        customer = customers.find_by_phone(phone)
    with database.atomic():
        a = Appointment.create(day=b.day, time=b.time, name=name, phone=phone,
                               company=clean_text(b.company, "company", 200, _("Company")), customer=customer,
                               host=host, host_name=host.display_name if host else clean_text(b.host_name, "host", 64),
                               purpose=clean_text(b.purpose, "purpose", 60), party_size=int(b.party_size or 1),
                               notes=clean_text(b.notes, "notes", 2000), created_by=session.current_username())
        audit.log("create", "appointment", a.id, {"day": [None, b.day], "name": [None, name]})
    return a


def for_day(day: dt.date | None = None, include_done: bool = True) -> list[Appointment]:
    q = Appointment.select().where(Appointment.day == (day or dt.date.today()))
    if not include_done:
        q = q.where(Appointment.status == BOOKED)
    return list(q.order_by(Appointment.time.is_null(), Appointment.time, Appointment.id))


def get(appointment_id: int) -> Appointment:
    a = Appointment.get_or_none(Appointment.id == appointment_id)
    if a is None:
        raise SalesDeskError(_("This appointment no longer exists. Refresh the list."))
    return a


def check_in_data(appointment_id: int):
    """The visitor form filled from a booking (the desk completes and submits it)."""
    from salesdesk.visitors import CheckIn

    a = get(appointment_id)
    if a.status != BOOKED:
        raise SalesDeskError(_("This appointment is already {status}.").format(status=_(STATUS_LABELS[a.status])))
    return CheckIn(name=a.name, phone=a.phone, company=a.company, party_size=a.party_size, purpose=a.purpose,
                   host_id=a.host_id, host_name=a.host_name, customer_id=a.customer_id, appointment_id=a.id)


def mark_arrived(appointment_id: int, visit: Visit) -> None:
    """Inside check-in's transaction."""
    a = get(appointment_id)
    if a.status != BOOKED:
        raise SalesDeskError(_("This appointment is already {status}.").format(status=_(STATUS_LABELS[a.status])))
    a.status, a.visit = ARRIVED, visit
    a.save()
    audit.log("status", "appointment", a.id, {"status": [BOOKED, ARRIVED], "visit": [None, visit.id]})


def cancel(appointment_id: int, reason: str = "") -> None:
    a = get(appointment_id)
    if a.status != BOOKED:
        raise SalesDeskError(_("This appointment is already {status}.").format(status=_(STATUS_LABELS[a.status])))
    with database.atomic():
        a.status = CANCELLED
        a.save()
        audit.log("status", "appointment", a.id, {"status": [BOOKED, CANCELLED]}, note=reason)


def _due(today: dt.date):
    return (Appointment.status == BOOKED) & (Appointment.day < today)


def no_shows_due(today: dt.date) -> bool:
    return Appointment.select().where(_due(today)).exists()


def mark_no_shows(today: dt.date) -> int:
    """Bookings of earlier days nobody checked in become no-shows."""
    ids = [a.id for a in Appointment.select(Appointment.id).where(_due(today))]
    if ids:
        Appointment.update(status=NO_SHOW).where(Appointment.id.in_(ids)).execute()
        for i in ids:
            audit.log("status", "appointment", i, {"status": [BOOKED, NO_SHOW]})
    return len(ids)
