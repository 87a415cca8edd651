"""The customer archive sheet (客户档案表) for the paper folder, and the customer
index (客户一览表) as PDF and .xlsx.

Phones and ID numbers print masked unless the user may see them in full
(``pii.full``); in the index a confidential file the user may not read shows its
number and the placeholder, never the name (customers.shown_name), and printing
its sheet is refused (customers.open_file).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from peewee import JOIN
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from salesdesk import audit, customer_timeline, customers, forms, permissions
from salesdesk.customer_grading import WEIGHTS
from salesdesk.customer_loans import loans_of
from salesdesk.forms.layout import PageInfo, build_pdf, content_width, field_grid, para, ruled_table, signature_boxes, styles, text_box
from salesdesk.forms.workbook import RegisterWorkbook
from salesdesk.i18n import _
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.normalize import ID_TYPES

HISTORY_ROWS = 25  # the newest entries on the sheet; the count of all is printed above them


def _d(v: dt.date | dt.datetime | None, with_time: bool = False) -> str:
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")
    return v.isoformat()


def _phones_text(c: Customer) -> str:
    return "  ".join(f"{customers.display_phone(p.phone)}（{_(customers.PHONE_KIND_LABELS.get(p.kind, p.kind))}）"
                     for p in customers.phones_of(c))


def _grade_text(c: Customer) -> str:
    text = c.grade
    if c.grade_mode == "computed" and c.grade_score is not None:
        inputs = "，".join(f"{_(label)} {getattr(c, key)}" for key, _w, label in WEIGHTS)
        text += "  " + _("(computed {score:.1f}: {inputs})").format(score=c.grade_score, inputs=inputs)
    return text


def archive_story(c: Customer) -> list:
    st = styles()
    w = content_width()
    id_label = dict(ID_TYPES).get(c.id_type, c.id_type)
    basic = [
        (_("File No."), c.file_no), (_("Name"), c.name),
        (_("Gender"), _(customers.GENDER_LABELS.get(c.gender, c.gender))), (_("Birthday"), _d(c.birthday)),
        (_("Phones"), _phones_text(c)), (_("ID"), f"{_(id_label)} {customers.display_id(c.id_number)}" if c.id_number else ""),
        (_("Company"), c.company), (_("Position"), c.position),
        (_("Address"), c.address), (_("Source"), c.source),
        (_("Consultant"), str(c.consultant) if c.consultant_id else ""), (_("Status"), customers.status_label(c.status)),
        (_("Grade"), _grade_text(c)), (_("Confidentiality"), customers.confidentiality_label(c.confidentiality)),
        (_("Tags"), "、".join(customers.tags_of(c))), (_("Filed on"), _d(c.created_at)),
        (_("Next contact"), _d(c.next_contact_date)), (_("Last contact"), _d(c.last_contact_at)),
    ]
    story: list = [para(_("Basic information"), st.section), field_grid(basic, w, columns=2, st=st, label_ratio=0.3)]
    story += [para(_("Interests"), st.section),
              field_grid([(_("Unit type"), c.interest_unit_type), (_("Area"), c.interest_area),
                          (_("Budget"), c.interest_budget)], w, columns=3, st=st, label_ratio=0.35)]
    story += [para(_("Family and preferences"), st.section),
              field_grid([(_("Family"), c.family), (_("Preferences"), c.preferences)], w, columns=1, st=st, label_ratio=0.13)]
    profile = customers.profile_of(c)
    if profile:
        story += [field_grid([(_(label), profile.get(key, "")) for key, label in customers.PROFILE_FIELDS
                              if profile.get(key)], w, columns=2, st=st, label_ratio=0.3)]
    story += [Spacer(1, 2 * mm)]
    story += text_box(_("Notes"), c.notes, w, st, min_height=12 * mm)

    entries = customer_timeline.entries(c.id)
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.kind] = counts.get(e.kind, 0) + 1
    summary = "；".join(f"{customer_timeline.kind_label(k)} {n}" for k, n in sorted(counts.items())) or _("no history yet")
    story += [para(_("History ({summary})").format(summary=summary), st.section)]
    rows = [[_("Date"), _("Type"), _("What"), _("Details")]]
    for e in entries[:HISTORY_ROWS]:
        rows.append([_d(e.when, with_time=True) if e.when != dt.datetime.min else "", customer_timeline.kind_label(e.kind),
                     e.title, e.detail.replace("\n", "；")[:300]])
    if len(entries) > HISTORY_ROWS:
        rows.append(["", "", _("… {n} older entries not printed").format(n=len(entries) - HISTORY_ROWS), ""])
    if len(rows) == 1:
        rows.append(["", "", _("no history yet"), ""])
    story.append(ruled_table(rows, [w * 0.17, w * 0.1, w * 0.28, w * 0.45], st=st))
    loans = loans_of(c)
    if loans:
        story += [para(_("Paper file loans"), st.section)]
        lrows = [[_("Borrower"), _("Lent"), _("Due back"), _("Returned")]]
        lrows += [[l.borrower, _d(l.lent_at), _d(l.due_date), _d(l.returned_at)] for l in loans[:10]]
        story.append(ruled_table(lrows, [w * 0.3, w * 0.23, w * 0.23, w * 0.24], st=st))
    # the signatures stay with the last lines above them rather than alone on a page
    story += [Spacer(1, 3 * mm), signature_boxes([_("Filed by (consultant)"), _("Checked by (manager)")], w, st, height=14 * mm)]
    return story


def archive_sheet(c: Customer, target: Path | str) -> Path:
    """The 客户档案表 of one file (refused for a confidential file the user may not read)."""
    c = customers.open_file(c.id)
    subtitle = _("Confidentiality: {level}").format(level=customers.confidentiality_label(c.confidentiality)) \
        if customers.is_confidential(c) else ""
    out = build_pdf(target, archive_story(c), PageInfo(_("Customer archive sheet"), c.file_no, subtitle))
    audit.log("print", "customer", c.file_no, note=str(out))  # personal data on paper: recorded
    return out


# --- the index ---------------------------------------------------------------------------------

def index_rows(ids: Iterable[int] | None = None) -> Iterable[list]:
    """One row per live file: No., name, gender, phones, company, consultant, status,
    grade, source, next contact, filed on. A confidential file the user may not read
    keeps its row (the index stays complete) with the placeholder for its name and no
    personal data, as in the list on screen."""
    from salesdesk.models.accounts import User

    q = Customer.select(Customer, User).join(User, on=(Customer.consultant == User.id), join_type=JOIN.LEFT_OUTER)\
        .where(Customer.merged_into.is_null())
    if ids is not None:
        q = q.where(Customer.id.in_(list(ids)))
    q = q.order_by(Customer.file_no)
    phones: dict[int, list[str]] = {}
    for cid, phone in CustomerPhone.select(CustomerPhone.customer, CustomerPhone.phone).order_by(CustomerPhone.id).tuples():
        phones.setdefault(cid, []).append(phone)
    for c in q.iterator():
        consultant = str(c.consultant) if c.consultant_id else ""
        if not customers.can_view(c):
            yield [c.file_no, customers.placeholder_name(), "", "", "", consultant, customers.status_label(c.status),
                   c.grade, "", c.next_contact_date, c.created_at.date()]
            continue
        yield [c.file_no, c.name, _(customers.GENDER_LABELS.get(c.gender, c.gender)) if c.gender else "",
               " ".join(customers.display_phone(p) for p in phones.get(c.id, [])), c.company,
               consultant, customers.status_label(c.status), c.grade, c.source,
               c.next_contact_date, c.created_at.date()]


def index_headers() -> list[str]:
    return [_("File No."), _("Name"), _("Gender"), _("Phones"), _("Company"), _("Consultant"), _("Status"),
            _("Grade"), _("Source"), _("Next contact"), _("Filed on")]


def index_xlsx(target: Path | str, ids: Iterable[int] | None = None) -> Path:
    permissions.require("export.personal")
    wb = RegisterWorkbook()
    n = wb.sheet(_("Customer index"), index_headers(), [16, 12, 6, 28, 30, 12, 8, 6, 12, 12, 12], index_rows(ids),
                 heading=_("Customer index") + "  " + dt.date.today().isoformat())
    out = wb.save(target)
    audit.log("export", "customer", "", note=f"{n} files -> {out}")  # personal data leaves the program: recorded
    return out


def index_pdf(target: Path | str, ids: Iterable[int] | None = None) -> Path:
    permissions.require("export.personal")
    st = styles(9)
    w = content_width(True)
    rows = [index_headers()]
    for r in index_rows(ids):
        rows.append([_d(v) if isinstance(v, (dt.date, dt.datetime)) else v for v in r])
    widths = [0.105, 0.115, 0.04, 0.17, 0.145, 0.07, 0.055, 0.04, 0.08, 0.08, 0.08]
    story = [ruled_table(rows, [w * x for x in widths], st=st)]
    subtitle = _("{n} files").format(n=len(rows) - 1)
    out = build_pdf(target, story, PageInfo(_("Customer index"), "", subtitle, landscape=True))
    audit.log("export", "customer", "", note=f"{len(rows) - 1} files -> {out}")
    return out


@forms.sample("customer_sheet")
def _sample(folder: Path) -> Path:
    from salesdesk.models.db import database

    c = Customer.select().where(Customer.merged_into.is_null()).order_by(Customer.id).first()
    if c is not None and customers.can_view(c):
        return archive_sheet(c, Path(folder) / "customer_sheet.pdf")
    with database.atomic() as txn:  # an empty database: a sample file that is not kept
        c = customers.create("样例客户", "13800138000", notes=_("Sample file for the self-test."))
        try:
            return archive_sheet(c, Path(folder) / "customer_sheet.pdf")
        finally:
            txn.rollback()


@forms.sample("customer_index")
def _sample_index(folder: Path) -> Path:
    index_xlsx(Path(folder) / "customer_index.xlsx")
    return index_pdf(Path(folder) / "customer_index.pdf")

