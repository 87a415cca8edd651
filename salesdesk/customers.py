"""Customer files: the one write path for the customer register.

(Foundation part: lookup by phone and creating a file, so the visitor desk and
the complaint register can link to customers. The customer-files issue adds
the rest: search, duplicates, merge, contacts, grading, import.)
"""
from __future__ import annotations

import datetime as dt

from salesdesk import audit, numbering
from salesdesk.errors import ValidationError
from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.models.db import database
from salesdesk.normalize import clean_text, normalize_phone

SERIES = "KH"


def find_by_phone(phone: str) -> Customer | None:
    """The live (not merged-away) customer with this phone, if any."""
    try:
        norm = normalize_phone(phone)
    except ValidationError:
        return None
    if not norm:
        return None
    row = (CustomerPhone.select(CustomerPhone, Customer).join(Customer)
           .where((CustomerPhone.phone == norm) & Customer.merged_into.is_null()).first())
    return row.customer if row else None


def create(name: str, phone: str = "", consultant: User | None = None, **fields) -> Customer:
    """Open a new file with its number. ``fields`` are further Customer columns."""
    name = clean_text(name, "name", 100, _("Name"))
    if not name:
        raise ValidationError({"name": _("Enter the customer's name.")})
    norm = normalize_phone(phone) if phone else ""
    with database.atomic():
        c = Customer.create(file_no=numbering.next_number(SERIES, 5), name=name, consultant=consultant,
                            created_at=dt.datetime.now(), updated_at=dt.datetime.now(), **fields)
        if norm:
            CustomerPhone.create(customer=c, phone=norm)
        audit.log("create", "customer", c.file_no, {"name": [None, name], "phone": [None, norm]})
    return c
