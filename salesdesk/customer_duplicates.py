"""Duplicate customer files: finding them, and merging two into one.

Merging walks ``Customer._meta.backrefs`` — every foreign key any register
declares to Customer (phones, contacts, loans, visits, complaints, whatever is
added later) — and re-points it to the kept file, in one transaction. So no
row is left pointing at the merged-away file except the merge record itself,
and a register added tomorrow is merged without a change here.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import peewee
from rapidfuzz.distance import Levenshtein

from salesdesk import audit, permissions, session
from salesdesk.errors import SalesDeskError
from salesdesk.i18n import N_, _
from salesdesk.models.customers import MERGE_HISTORY_FIELDS, Customer, CustomerMerge, CustomerPhone
from salesdesk.models.db import database

REASONS = {"phone": N_("same phone"), "id": N_("same ID number"), "name_phone": N_("same name, similar phone")}


def matches(phones: list[str], id_number: str = "", exclude_id: int | None = None) -> list[Customer]:
    """Live files that already hold one of these (normalised) phones or this ID number."""
    cond = None
    if phones:
        ids = CustomerPhone.select(CustomerPhone.customer).where(CustomerPhone.phone.in_(phones))
        cond = Customer.id.in_(ids)
    if id_number:
        c2 = Customer.id_number == id_number
        cond = c2 if cond is None else cond | c2
    if cond is None:
        return []
    q = Customer.select().where(cond & Customer.merged_into.is_null())
    if exclude_id:
        q = q.where(Customer.id != exclude_id)
    return list(q.order_by(Customer.id))


@dataclass(frozen=True)
class DuplicatePair:
    first_id: int
    second_id: int
    reason: str  # key of REASONS
    detail: str  # the shared phone/ID, or the two phones

    @property
    def reason_label(self) -> str:
        return _(REASONS[self.reason])

    @property
    def shown_detail(self) -> str:
        """The shared phone(s)/ID as this user may see them (masked without ``pii.full``)."""
        kind = "id" if self.reason == "id" else "phone"
        return " / ".join(permissions.mask_pii(part, kind) for part in self.detail.split(" / "))


def _similar_phone(a: str, b: str) -> bool:
    """One or two digits apart (a typo), same length: 13800138000 / 13800138001."""
    return a != b and len(a) == len(b) and Levenshtein.distance(a, b) <= 2


def possible_duplicates(limit: int = 500) -> list[DuplicatePair]:
    """Pairs of live files that look like one person: same phone, same ID number, or
    the same name with phones a digit or two apart. Computed in SQL groups, so it
    stays quick on tens of thousands of files."""
    live = Customer.merged_into.is_null()
    pairs: dict[tuple[int, int], DuplicatePair] = {}

    def add(a: int, b: int, reason: str, detail: str) -> None:
        key = (min(a, b), max(a, b))
        if key not in pairs:
            pairs[key] = DuplicatePair(key[0], key[1], reason, detail)

    cp = CustomerPhone
    shared = (cp.select(cp.phone, peewee.fn.GROUP_CONCAT(peewee.fn.DISTINCT(cp.customer)).alias("ids"))
              .join(Customer).where(live).group_by(cp.phone)
              .having(peewee.fn.COUNT(peewee.fn.DISTINCT(cp.customer)) > 1).limit(limit))
    for row in shared:
        ids = sorted(int(x) for x in row.ids.split(","))
        for other in ids[1:]:
            add(ids[0], other, "phone", row.phone)
    dup_ids = (Customer.select(Customer.id_number, peewee.fn.GROUP_CONCAT(Customer.id).alias("ids"))
               .where(live & (Customer.id_number != "")).group_by(Customer.id_number)
               .having(peewee.fn.COUNT(Customer.id) > 1).limit(limit))
    for row in dup_ids:
        ids = sorted(int(x) for x in row.ids.split(","))
        for other in ids[1:]:
            add(ids[0], other, "id", row.id_number)
    names = (Customer.select(Customer.name).where(live).group_by(Customer.name)
             .having(peewee.fn.COUNT(Customer.id) > 1))
    rows = (cp.select(cp.customer, cp.phone, Customer.name).join(Customer)
            .where(live & Customer.name.in_(names)).order_by(Customer.name).tuples())
    by_name: dict[str, list[tuple[int, str]]] = {}
    for cid, phone, name in rows:
        by_name.setdefault(name, []).append((cid, phone))
    for entries in by_name.values():
        for i, (a, pa) in enumerate(entries):
            for b, pb in entries[i + 1:]:
                if a != b and _similar_phone(pa, pb):
                    add(a, b, "name_phone", f"{pa} / {pb}")
        if len(pairs) >= limit:
            break
    return sorted(pairs.values(), key=lambda p: (p.first_id, p.second_id))[:limit]


def _referencing_fields() -> list[peewee.ForeignKeyField]:
    """Every foreign key to Customer in every loaded model (all registers)."""
    import salesdesk.models  # noqa: F401 - loads every register's models, so backrefs are complete

    # identity, not ==: a peewee field's == builds an SQL expression (always truthy)
    return [f for f in Customer._meta.backrefs if not any(f is h for h in MERGE_HISTORY_FIELDS)]


_FILL_IF_EMPTY = ("gender", "id_number", "company", "position", "address", "source", "consultant_id",
                  "interest_unit_type", "interest_area", "interest_budget", "birthday", "birthday_md",
                  "family", "preferences", "profile", "next_contact_date", "last_contact_at")


def merge(keep: Customer, absorb: Customer) -> CustomerMerge:
    """Merge ``absorb`` into ``keep``: every phone, visit, complaint, contact and loan
    moves to ``keep``; empty fields of ``keep`` are filled from ``absorb``; notes
    and tags are joined; ``absorb`` stays as a marked, merged-away file (its number
    is never reused and old printouts still resolve). One transaction."""
    from salesdesk import customer_search, customers, ownership

    permissions.require("customer.merge")
    keep, absorb = Customer.get_by_id(keep.id), Customer.get_by_id(absorb.id)
    if keep.id == absorb.id:
        raise SalesDeskError(_("Choose two different files to merge."))
    if keep.merged_into_id or absorb.merged_into_id:
        raise SalesDeskError(_("File {no} was already merged into another file. Refresh the list.").format(
            no=keep.file_no if keep.merged_into_id else absorb.file_no))
    if not (customers.can_view(keep) and customers.can_view(absorb)):
        raise SalesDeskError(_("One of these files is confidential and you may not read it."))
    snapshot = {f.name: audit._plain(getattr(absorb, f.name)) for f in Customer._meta.sorted_fields if f.name != "search_key"}
    snapshot["phones"] = [p.phone for p in customers.phones_of(absorb)]
    moved: dict[str, int] = {}
    with database.atomic():
        # phones already on the kept file would be duplicates: drop those first
        kept_phones = [p.phone for p in customers.phones_of(keep)]
        CustomerPhone.delete().where((CustomerPhone.customer == absorb) & CustomerPhone.phone.in_(kept_phones)).execute()
        ownership.before_merge(keep, absorb)  # sales reception keeps one protection record per customer
        for fk in _referencing_fields():
            model = fk.model
            q = model.update({fk: keep.id}).where(fk == absorb.id)
            if model is Customer:
                q = q.where(Customer.id != keep.id)
            n = q.execute()
            if n:
                moved[model._meta.table_name] = moved.get(model._meta.table_name, 0) + n
        for name in _FILL_IF_EMPTY:
            if not getattr(keep, name) and getattr(absorb, name):
                setattr(keep, name, getattr(absorb, name))
        if absorb.notes and absorb.notes not in keep.notes:
            keep.notes = (keep.notes + "\n" if keep.notes else "") + _("[from {no}] {notes}").format(no=absorb.file_no, notes=absorb.notes)
        tags = [t for t in (keep.tags or "").split(",") if t]
        tags += [t for t in (absorb.tags or "").split(",") if t and t not in tags]
        keep.tags = ",".join(tags)
        if absorb.next_contact_date and keep.next_contact_date and absorb.next_contact_date < keep.next_contact_date:
            keep.next_contact_date = absorb.next_contact_date  # the earlier follow-up is not lost
        if (absorb.confidentiality, keep.confidentiality) in (("confidential", "normal"), ("secret", "normal"), ("secret", "confidential")):
            keep.confidentiality = absorb.confidentiality  # stricter level wins
        keep.updated_at = dt.datetime.now()
        keep.save()
        absorb.merged_into = keep
        absorb.updated_at = dt.datetime.now()
        absorb.save()
        record = CustomerMerge.create(kept=keep, merged=absorb, merged_file_no=absorb.file_no,
                                      merged_by=session.current_username(), merged_at=dt.datetime.now(),
                                      moved=json.dumps(moved, ensure_ascii=False),
                                      snapshot=json.dumps(snapshot, ensure_ascii=False))
        customer_search.refresh(keep)
        customer_search.refresh(absorb)
        audit.log("merge", "customer", keep.file_no, {"merged": [absorb.file_no, None], "moved": [None, moved]},
                  note=_("{a} merged into {b}").format(a=absorb.file_no, b=keep.file_no))
    return record


def orphans(customer_id: int | None = None) -> dict[str, int]:
    """Rows that still point at a merged-away file (besides merge history): {table: n}.

    ``customer_id``: that one file; None: every merged-away file (``salesdesk check``).
    Empty after a merge, since ``merge`` moves every row; rows show up here only if some
    register wrote a link to a merged-away file afterwards, so the kept file misses them."""
    if customer_id is None:
        target = Customer.select(Customer.id).where(Customer.merged_into.is_null(False))
    else:
        target = [customer_id]
    out = {}
    for fk in _referencing_fields():
        n = fk.model.select().where(fk.in_(target)).count()
        if n:
            out[fk.model._meta.table_name] = out.get(fk.model._meta.table_name, 0) + n
    return out


def relink_orphans() -> dict[str, int]:
    """Move every row still linked to a merged-away file to the file it was merged into
    (followed to the live one), as ``merge`` would have: one transaction, audited. {table: n}."""
    from salesdesk import customers

    permissions.require("customer.merge")
    moved: dict[str, int] = {}
    with database.atomic():
        gone = list(Customer.select().where(Customer.merged_into.is_null(False)))
        for old in gone:
            live = customers.follow_merges(old)
            if live.id == old.id:  # a merge cycle cannot be resolved here; leave it for a person
                continue
            for fk in _referencing_fields():
                n = fk.model.update({fk: live.id}).where(fk == old.id).execute()
                if n:
                    moved[fk.model._meta.table_name] = moved.get(fk.model._meta.table_name, 0) + n
        if moved:
            audit.log("relink", "customer", "", {"moved": [None, moved]},
                      note=_("records of merged-away files moved to the kept files"))
    return moved
