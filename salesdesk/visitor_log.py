"""Reading the visitor log: filters, sorting and rows for the table, the printed
sheet and the Excel register. Qt-free.

Built for 200,000 visits: ``visit_ids`` returns only the ids in order (one
indexed SQL query), and ``rows`` builds display rows for a page of ids — the
table model asks for the pages it shows (the Anki browser idea).
ID numbers and phones are masked unless the user may see them (pii.full).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Iterator

from peewee import fn

from salesdesk import visitors
from salesdesk.i18n import _
from salesdesk.models.db import database
from salesdesk.models.visitors import NOT_SIGNED_OUT, ON_SITE, VOID, Visit
from salesdesk.normalize import fold, phone_digits

SORT_FIELDS = {
    "time_in": Visit.time_in, "time_out": Visit.time_out, "name": Visit.name, "company": Visit.company,
    "phone": Visit.phone, "id_number": Visit.id_number, "party_size": Visit.party_size, "purpose": Visit.purpose,
    "host": Visit.host_name, "plate": Visit.plate, "badge": Visit.badge, "visitor_class": Visit.visitor_class,
    "status": Visit.status, "notes": Visit.notes,
}


@dataclass
class VisitFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    name: str = ""
    phone: str = ""
    company: str = ""
    host: str = ""
    purpose: str = ""
    visitor_class: str = ""  # "" = any
    on_site: bool = False  # on site now only
    flagged: bool = False  # "not signed out" only
    include_void: bool = False
    sort: str = "time_in"
    descending: bool = True


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def query(f: VisitFilter, *fields):
    q = Visit.select(*(fields or (Visit.id,)))
    cond = []
    if f.date_from:
        cond.append(Visit.time_in >= dt.datetime.combine(f.date_from, dt.time()))
    if f.date_to:
        cond.append(Visit.time_in < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time()))
    if f.on_site:
        cond.append(Visit.status == ON_SITE)
    elif f.flagged:
        cond.append(Visit.status == NOT_SIGNED_OUT)
    elif not f.include_void:
        cond.append(Visit.status != VOID)
    name = fold(f.name)
    if name:
        cond.append(Visit.name.contains(name))
    digits = phone_digits(f.phone)
    if digits:
        # stored as 13800138000 or 021-62345678: compare digits only
        cond.append(fn.REPLACE(Visit.phone, "-", "").contains(digits))
    for text, col in ((f.company, Visit.company), (f.host, Visit.host_name), (f.purpose, Visit.purpose)):
        t = fold(text)
        if t:
            cond.append(col.contains(t))
    if f.visitor_class:
        cond.append(Visit.visitor_class == f.visitor_class)
    for c in cond:
        q = q.where(c)
    col = SORT_FIELDS.get(f.sort, Visit.time_in)
    order = [col.desc(), Visit.id.desc()] if f.descending else [col.asc(), Visit.id.asc()]
    return q.order_by(*order)


def visit_ids(f: VisitFilter) -> list[int]:
    """Ids of the matching visits in display order (ids only: cheap for 200,000)."""
    cursor = database.execute(query(f, Visit.id))
    return [r[0] for r in cursor.fetchall()]


def count(f: VisitFilter) -> int:
    return query(f, Visit.id).order_by().count()


@dataclass
class VisitRow:
    """One visit as shown in lists and printed: personal numbers already masked."""

    id: int
    time_in: dt.datetime
    time_out: dt.datetime | None
    name: str
    company: str
    phone: str
    id_number: str
    party_size: int
    purpose: str
    host: str
    plate: str
    badge: str
    visitor_class: str  # code
    status: str  # code
    notes: str
    customer_id: int | None
    void_reason: str

    @property
    def date_text(self) -> str:
        return self.time_in.strftime("%Y-%m-%d")

    @property
    def in_text(self) -> str:
        return self.time_in.strftime("%H:%M")

    @property
    def out_text(self) -> str:
        if self.time_out is None:
            return ""
        if self.time_out.date() != self.time_in.date():
            return self.time_out.strftime("%m-%d %H:%M")
        return self.time_out.strftime("%H:%M")

    @property
    def class_label(self) -> str:
        return _(visitors.CLASS_LABELS.get(self.visitor_class, self.visitor_class))

    @property
    def status_label(self) -> str:
        return _(visitors.STATUS_LABELS.get(self.status, self.status))


_ROW_FIELDS = (Visit.id, Visit.time_in, Visit.time_out, Visit.name, Visit.company, Visit.phone, Visit.id_number,
               Visit.party_size, Visit.purpose, Visit.host_name, Visit.plate, Visit.badge, Visit.visitor_class,
               Visit.status, Visit.notes, Visit.customer, Visit.void_reason)


def _as_dt(v) -> dt.datetime | None:
    if v is None or isinstance(v, dt.datetime):
        return v
    try:
        return dt.datetime.fromisoformat(v)  # how peewee stores it; far cheaper than its parser
    except ValueError:
        return Visit.time_in.python_value(v)


def _row(r: tuple, full: bool) -> VisitRow:
    (vid, tin, tout, name, company, phone, idn, party, purpose, host, plate, badge, vclass, status, notes,
     cust, void_reason) = r
    return VisitRow(vid, _as_dt(tin), _as_dt(tout), name, company, visitors.show_phone(phone, full),
                    visitors.show_id(idn, full), party, purpose, host, plate, badge, vclass, status, notes, cust,
                    void_reason)


def rows(ids: Iterable[int]) -> dict[int, VisitRow]:
    """Display rows for these ids (a page of the table), keyed by id."""
    ids = list(ids)
    if not ids:
        return {}
    full = visitors.pii_shown()
    cursor = database.execute(Visit.select(*_ROW_FIELDS).where(Visit.id.in_(ids)))
    return {r[0]: _row(r, full) for r in cursor.fetchall()}


def iter_rows(f: VisitFilter, batch: int = 2000) -> Iterator[VisitRow]:
    """Every matching row in order, fetched in batches (for printing and export)."""
    ids = visit_ids(f)
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        got = rows(chunk)
        for vid in chunk:
            if vid in got:
                yield got[vid]
