"""A customer's whole history on one timeline, newest first.

Each register contributes entries through a provider:

    from salesdesk import customer_timeline
    @customer_timeline.provider("visit")
    def _visits(customer_id: int) -> list[customer_timeline.Entry]: ...

declared in its domain module (salesdesk/visitors.py, complaints.py...). A
table that references Customer but has no provider yet still shows up: a
generic entry built from its first date column, so nothing of the history is
hidden while a register is being built.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

import peewee

from salesdesk import permissions, settings
from salesdesk.i18n import N_, _
from salesdesk.models.customers import ContactRecord, Customer, CustomerMerge, CustomerPhone, FileLoan


@dataclass(frozen=True)
class Entry:
    when: dt.datetime
    kind: str  # visit | complaint | contact | loan | merge | <table name>
    title: str  # one line: "Visit — 看房", "TS-2026-0003 投诉 (closed)"
    detail: str = ""
    record_type: str = ""  # what opens it: "contact", "visit", "complaint"...
    record_id: object = None


Provider = Callable[[int], list[Entry]]
PROVIDERS: dict[str, tuple[Provider, tuple[str, ...]]] = {}


def provider(kind: str, tables: tuple[str, ...] = ()) -> Callable[[Provider], Provider]:
    """Register ``fn(customer_id) -> [Entry]``; ``tables`` are the table names it covers
    (so the generic fallback skips them)."""
    def deco(fn: Provider) -> Provider:
        PROVIDERS[kind] = (fn, tables)
        return fn
    return deco


def _as_datetime(v: object) -> dt.datetime | None:
    if isinstance(v, dt.datetime):
        return v
    if isinstance(v, dt.date):
        return dt.datetime.combine(v, dt.time())
    return None


def _generic(fk: peewee.ForeignKeyField, customer_id: int) -> list[Entry]:
    """Rows of a table with no provider: date, number and a short text if it has them."""
    model = fk.model
    fields = model._meta.sorted_fields
    date_field = next((f for f in fields if isinstance(f, (peewee.DateTimeField, peewee.DateField))), None)
    number = next((f for f in fields if f.name in ("number", "record_no", "case_no", "visit_no", "file_no")), None)
    text = next((f for f in fields if f.name in ("purpose", "subject", "content", "category", "summary")), None)
    out = []
    for row in model.select().where(fk == customer_id).limit(500):
        when = _as_datetime(getattr(row, date_field.name)) if date_field else None
        title = model.__name__
        if number is not None:
            title += " " + str(getattr(row, number.name) or "")
        out.append(Entry(when or dt.datetime.min, model._meta.table_name, title,
                         str(getattr(row, text.name) or "")[:200] if text is not None else "",
                         model._meta.table_name, row.get_id()))
    return out


_OWN_TABLES = {m._meta.table_name for m in (ContactRecord, FileLoan, CustomerMerge, CustomerPhone, Customer)}


def entries(customer_id: int) -> list[Entry]:
    """Every entry for the file, newest first (refused for a confidential file the user may not read)."""
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is not None:
        permissions.require_read_customer(customer, audit_view=False)  # the opening of the file is what is recorded
    settings.definitions()  # imports the registers' domain modules, which register their providers
    out: list[Entry] = []
    covered = set(_OWN_TABLES)
    for fn, tables in list(PROVIDERS.values()):
        out += fn(customer_id)
        covered.update(tables)
    import salesdesk.models  # noqa: F401 - every register's models

    for fk in Customer._meta.backrefs:
        if fk.model._meta.table_name not in covered:
            out += _generic(fk, customer_id)
    return sorted(out, key=lambda e: e.when, reverse=True)


@provider("contact", ("contact_record",))
def _contacts(customer_id: int) -> list[Entry]:
    from salesdesk.customer_followups import KIND_LABELS, WAY_LABELS

    out = []
    for r in ContactRecord.select().where(ContactRecord.customer == customer_id):
        title = f"{_(KIND_LABELS.get(r.kind, r.kind))} · {_(WAY_LABELS.get(r.way, r.way))}"
        detail = r.content + (("\n" + _("Result: {r}").format(r=r.result)) if r.result else "")
        if r.next_contact_date:
            detail += "\n" + _("Next contact: {d}").format(d=r.next_contact_date.isoformat())
        out.append(Entry(r.contact_date, "contact", title, detail, "contact", r.id))
    return out


@provider("loan", ("file_loan",))
def _loans(customer_id: int) -> list[Entry]:
    out = []
    for loan in FileLoan.select().where(FileLoan.customer == customer_id):
        out.append(Entry(loan.lent_at, "loan", _("Paper file lent to {who}").format(who=loan.borrower),
                         _("due back {d}").format(d=loan.due_date.isoformat()), "loan", loan.id))
        if loan.returned_at:
            out.append(Entry(loan.returned_at, "loan", _("Paper file returned by {who}").format(who=loan.borrower),
                             "", "loan", loan.id))
    return out


@provider("merge", ("customer_merge",))
def _merges(customer_id: int) -> list[Entry]:
    return [Entry(m.merged_at, "merge", _("File {no} merged into this file").format(no=m.merged_file_no),
                  _("by {user}").format(user=m.merged_by), "merge", m.id)
            for m in CustomerMerge.select().where(CustomerMerge.kept == customer_id)]


KIND_LABELS = {"visit": N_("Visit"), "complaint": N_("Complaint"), "contact": N_("Contact record"), "loan": N_("Loan"),
               "merge": N_("Merge")}


def kind_label(kind: str) -> str:
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind
