"""Search as you type over the customer files.

Every file keeps one lower-case ``search_key``: name, full pinyin (zhangsan),
pinyin initials (zs), file number, company, phone digits and ID number, each
separated by ``|``. Services rewrite it on every write (``refresh``), so a
search is one ``LIKE '%q%'`` over one column: a plain scan, which on 20,000
files takes a few milliseconds in SQLite and — unlike FTS5 trigram — also
matches 2-character names and 1–2 letter initials. bench/customer_search.py
measures it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import peewee

from salesdesk import customers
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.models.db import database
from salesdesk.normalize import fold, phone_digits

_SEP = "|"


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangsan', 'zs') for 张三; Latin letters pass through lower-cased.

    Polyphonic surnames get their surname reading too (单 → shan, 曾 → zeng):
    pypinyin's heteronym table would add noise, so only the first character's
    readings are added, in full and as initials.
    """
    text = fold(name)
    from pypinyin import lazy_pinyin  # here, not at import: loading its dictionaries takes ~0.3 s of start-up

    syllables = [s.lower() for s in lazy_pinyin(text, errors=lambda chars: list(chars)) if s.strip()]
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables if s)
    return re.sub(r"\s", "", full), re.sub(r"\s", "", initials)


def _surname_variants(name: str) -> list[str]:
    """Surname readings of a polyphonic first character (曾 zeng, 单 shan, 仇 qiu...)."""
    from pypinyin import Style, lazy_pinyin, pinyin

    first = fold(name)[:1]
    if not first:
        return []
    readings = {p.lower() for p in pinyin(first, style=Style.NORMAL, heteronym=True)[0]}
    rest = lazy_pinyin(fold(name)[1:])
    out = []
    for r in sorted(readings):
        out.append(r + "".join(rest).lower())
        out.append(r[:1] + "".join(s[:1] for s in rest).lower())
    return out


def build_key(customer: Customer, phones: list[str] | None = None) -> str:
    if phones is None:
        phones = [p.phone for p in CustomerPhone.select(CustomerPhone.phone).where(CustomerPhone.customer == customer)]
    full, initials = pinyin_keys(customer.name)
    parts = [fold(customer.name).lower(), full, initials, *_surname_variants(customer.name)[:6],
             customer.file_no.lower(), customer.file_no.lower().replace("-", ""), fold(customer.company).lower(),
             *(phone_digits(p) for p in phones), (customer.id_number or "").lower()]
    seen: list[str] = []
    for p in parts:
        if p and p not in seen:
            seen.append(p)
    return _SEP + _SEP.join(seen) + _SEP


def refresh(customer: Customer) -> None:
    """Rewrite the file's search key (call after every write to the file or its phones)."""
    key = build_key(customer)
    Customer.update(search_key=key).where(Customer.id == customer.id).execute()
    customer.search_key = key


def normalise_query(text: str) -> str:
    """What the user typed, folded for matching: full-width → ASCII, lower case, no
    spaces or dashes (so 'zhang san' and '138-0013' match), LIKE wildcards escaped."""
    q = fold(text).lower()
    if re.fullmatch(r"[\d\s\-+()]+", q):  # a phone fragment
        q = phone_digits(q)
        if q.startswith("86") and len(q) == 13:
            q = q[2:]
    else:
        q = re.sub(r"[\s\-]", "", q)
    return q


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass
class SearchQuery:
    text: str = ""
    status: str = ""
    grade: str = ""
    consultant_id: int | None = None
    include_merged: bool = False

    def where(self) -> peewee.Expression:
        q = normalise_query(self.text)
        if self.include_merged:
            cond = Customer.id > 0
        elif q:
            # "+col": a plain scan of the table beats 20,000 look-ups through the merged_into
            # index when every live row has to be matched against the pattern anyway
            cond = peewee.SQL('+"merged_into_id" IS NULL')
        else:
            cond = Customer.merged_into.is_null()
        if q:
            cond &= peewee.SQL("search_key LIKE ? ESCAPE '\\'", (_like(q),))
            readable = customers.readable_condition()
            if readable is not None:
                # A confidential file this user may not read is found by its number only: typing
                # its name or phone must not tell that this person has a file here.
                cond &= readable | peewee.SQL("(lower(file_no) LIKE ? ESCAPE '\\' OR replace(lower(file_no), '-', '') LIKE ? ESCAPE '\\')",
                                              (_like(q), _like(q)))
        if self.status:
            cond &= Customer.status == self.status
        if self.grade:
            cond &= Customer.grade == self.grade
        if self.consultant_id:
            cond &= Customer.consultant == self.consultant_id
        return cond


def search_ids(query: SearchQuery | str, limit: int | None = None) -> list[int]:
    """Ids of matching files, best first: a whole name/number/initials/phone equal to
    the text, then one that starts with it, then the rest; newest files first within each.

    One LIKE scan in SQL; the ranking of the (usually few) matches is done here, so
    SQLite evaluates the pattern once per file instead of three times.
    """
    if isinstance(query, str):
        query = SearchQuery(text=query)
    q = normalise_query(query.text)
    if not q:
        sel = Customer.select(Customer.id).where(query.where()).order_by(Customer.id.desc())
        if limit:
            sel = sel.limit(limit)
        # the bare cursor: thousands of ids, peewee's row wrapper per id costs more than the query
        return [cid for (cid,) in database.execute(sel).fetchall()]
    sel = Customer.select(Customer.id, Customer.search_key).where(query.where()).order_by(Customer.id.desc())
    whole, start = _SEP + q + _SEP, _SEP + q
    rows = database.execute(sel).fetchall()
    ranked = sorted(rows, key=lambda r: 0 if whole in r[1] else 1 if start in r[1] else 2)  # stable: newest first kept
    ids = [cid for cid, _key in ranked]
    return ids[:limit] if limit else ids


def count(query: SearchQuery | str) -> int:
    if isinstance(query, str):
        query = SearchQuery(text=query)
    return Customer.select().where(query.where()).count()
