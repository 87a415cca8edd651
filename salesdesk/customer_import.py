"""Importing customer lists from the office's old Excel/CSV files.

Built on the shared reader (salesdesk/importing.py): header detection, alias
mapping, per-row errors, all-or-nothing. This module adds the customer columns
and their Chinese/English header aliases, the same field rules as the form
(customers.clean_fields / clean_phones), and duplicate checks — within the file
and against the files already on record — then writes every good row in one
transaction, numbering each file.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from salesdesk import audit, customer_search, customers, numbering, permissions
from salesdesk.customer_duplicates import matches
from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _
from salesdesk.importing import (ColumnSpec, ImportReport, RowError, Table, cell_text, id_number_lost_digits, map_columns,
                                 missing_required, read_table, run_import)
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.models.db import database
from salesdesk.normalize import parse_date

SPECS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", N_("Name"), ("姓名", "客户姓名", "客户名称", "客户", "名字", "name", "customer", "customer name", "full name"), required=True),
    ColumnSpec("gender", N_("Gender"), ("性别", "gender", "sex")),
    ColumnSpec("phone", N_("Phone"), ("手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "联系方式", "mobile", "phone", "tel", "telephone", "cell")),
    # a second column of phones ("手机" and "电话", or an empty "联系电话" beside "电话（手机）") is
    # the other phone, not ignored: the phone spec above always takes the first one
    ColumnSpec("phone2", N_("Other phone"), ("其他电话", "备用电话", "办公电话", "家庭电话", "固定电话", "座机", "other phone", "office phone", "home phone", "landline",
                                              "手机", "手机号", "手机号码", "移动电话", "联系电话", "电话", "联系方式", "mobile", "phone", "tel", "telephone")),
    ColumnSpec("id_type", N_("ID type"), ("证件类型", "id type")),
    ColumnSpec("id_number", N_("ID number"), ("身份证号", "身份证号码", "身份证", "证件号码", "证件号", "id number", "id no", "id card", "id")),
    ColumnSpec("company", N_("Company"), ("工作单位", "单位", "公司", "公司名称", "单位名称", "company", "employer", "organisation", "organization")),
    ColumnSpec("position", N_("Position"), ("职位", "职务", "position", "title", "job title")),
    ColumnSpec("address", N_("Address"), ("地址", "通讯地址", "住址", "联系地址", "家庭住址", "address")),
    ColumnSpec("source", N_("Source"), ("来源", "客户来源", "信息来源", "渠道", "来源渠道", "认知途径", "source", "channel")),
    ColumnSpec("consultant", N_("Consultant"), ("置业顾问", "销售顾问", "顾问", "归属顾问", "销售人员", "销售", "consultant", "sales", "salesperson", "owner")),
    ColumnSpec("status", N_("Status"), ("状态", "客户状态", "status")),
    ColumnSpec("grade", N_("Grade"), ("等级", "客户等级", "级别", "grade", "level", "class")),
    ColumnSpec("confidentiality", N_("Confidentiality"), ("密级", "保密级别", "confidentiality")),
    ColumnSpec("birthday", N_("Birthday"), ("生日", "出生日期", "出生年月", "birthday", "date of birth", "dob")),
    ColumnSpec("interest_unit_type", N_("Unit type"), ("意向户型", "户型", "unit type", "unit")),
    ColumnSpec("interest_area", N_("Area"), ("意向面积", "面积", "area")),
    ColumnSpec("interest_budget", N_("Budget"), ("预算", "总价预算", "budget")),
    ColumnSpec("tags", N_("Tags"), ("标签", "tags")),
    ColumnSpec("family", N_("Family"), ("家庭状况", "家庭", "family")),
    ColumnSpec("preferences", N_("Preferences"), ("兴趣爱好", "爱好", "偏好", "preferences", "hobbies")),
    ColumnSpec("created", N_("Filed on"), ("建档日期", "登记日期", "来访日期", "首次来访", "日期", "filed on", "date", "created")),
    ColumnSpec("next_contact_date", N_("Next contact"), ("下次回访", "下次联系", "下次回访日期", "next contact", "follow up")),
    ColumnSpec("notes", N_("Notes"), ("备注", "说明", "notes", "remarks", "comment")),
)

# spoken values in old sheets -> stored codes
_VALUE_ALIASES: dict[str, dict[str, str]] = {
    "gender": {"男": "male", "女": "female", "m": "male", "f": "female", "male": "male", "female": "female",
               "先生": "male", "女士": "female", "男性": "male", "女性": "female", "小姐": "female",
               "未知": "", "不详": "", "保密": "", "": ""},
    "status": {"潜在": "prospect", "潜在客户": "prospect", "潜客": "prospect", "新客户": "prospect", "来访客户": "prospect",
               "意向": "interested", "意向客户": "interested", "有意向": "interested",
               "成交": "deal", "已成交": "deal", "成交客户": "deal", "签约": "deal", "已签约": "deal", "认购": "deal",
               "已认购": "deal", "战败": "lost", "流失": "lost", "已流失": "lost", "战败客户": "lost", "无意向": "lost",
               "": "prospect", "prospect": "prospect", "interested": "interested", "deal": "deal", "lost": "lost"},
    "confidentiality": {"普通": "normal", "": "normal", "机密": "confidential", "绝密": "secret",
                        "normal": "normal", "confidential": "confidential", "secret": "secret"},
    "id_type": {"身份证": "id_card", "居民身份证": "id_card", "驾驶证": "driving_licence", "工作证": "work_card",
                "护照": "passport", "港澳通行证": "hk_macau_permit", "其他": "other"},
}


# what the message for a value not on the list offers instead (the words a sheet would hold)
_CHOICES_SHOWN = {"gender": "男, 女", "status": "潜在, 意向, 成交, 战败", "grade": "A, B, C",
                  "confidentiality": "普通, 机密, 绝密", "id_type": "身份证, 驾驶证, 工作证, 护照, 港澳通行证, 其他"}


@dataclass
class CustomerRow:
    fields: dict[str, Any]
    phones: list[customers.PhoneEntry]
    created: dt.datetime | None = None
    next_contact: dt.date | None = None
    source_row: dict[str, str] = field(default_factory=dict)


def _coded(key: str, value: str) -> str:
    aliases = _VALUE_ALIASES[key]
    v = value.strip()
    if v.lower() in aliases:
        return aliases[v.lower()]
    if v in aliases:
        return aliases[v]
    return v  # clean_fields rejects it with a clear message


def parse_row(values: Mapping[str, Any]) -> CustomerRow:
    """One sheet row -> a CustomerRow, or ValidationError naming every bad cell."""
    text = {k: cell_text(v) for k, v in values.items()}
    data: dict[str, Any] = {}
    for key in ("name", "company", "position", "address", "source", "interest_unit_type", "interest_area",
                "interest_budget", "tags", "family", "preferences", "notes", "consultant"):
        if key in text:
            data[key] = text[key]
    for key in ("gender", "status", "confidentiality"):
        if key in text:
            data[key] = _coded(key, text[key])
    if "grade" in text and text["grade"]:
        data["grade"] = text["grade"][:1].upper() if re.match(r"^[abcABC](级|类)?$", text["grade"]) else text["grade"]
    errors_id = id_number_lost_digits(values.get("id_number"))
    if errors_id:
        text = {**text, "id_number": ""}
    if text.get("id_number"):
        data["id_number"] = text["id_number"]
        kind = _coded("id_type", text.get("id_type", "")) if text.get("id_type") else ""
        if not kind:
            digits = re.sub(r"\s", "", text["id_number"])
            kind = "id_card" if re.fullmatch(r"[\d０-９]{17}[\dXx０-９Ｘｘ]", digits) else "other"
        data["id_type"] = kind
    if "birthday" in values:
        data["birthday"] = values["birthday"]  # raw: Excel serials and datetimes kept as such
    errors: dict[str, str] = {"id_number": errors_id} if errors_id else {}
    try:
        clean = customers.clean_fields(data)
    except ValidationError as exc:
        errors.update(exc.errors)
        for key in exc.errors.keys() & _CHOICES_SHOWN.keys():  # say which words the column may hold
            errors[key] = _("'{value}' is not a value this column can take. Use one of: {choices}.").format(
                value=text.get(key, ""), choices=_CHOICES_SHOWN[key])
        clean = {}
    raw_phones = [text.get("phone", ""), text.get("phone2", "")]
    entries = []
    for raw, kind in zip(raw_phones, ("mobile", "other")):
        # one cell may hold several numbers: "138 0013 8000 / 0572-2345678"
        for part in re.split(r"[;；,，/、]|\s{2,}", raw or ""):
            if part.strip():
                entries.append(customers.PhoneEntry(part.strip(), kind))
    phones: list[customers.PhoneEntry] = []
    try:
        phones = customers.clean_phones(entries)
    except ValidationError as exc:
        errors["phone"] = "\n".join(exc.errors.values())
    created = next_contact = None
    for key in ("created", "next_contact_date"):
        if values.get(key) not in (None, ""):
            try:
                d = parse_date(values[key], key)
            except ValidationError as exc:
                errors.update(exc.errors)
                continue
            if key == "created":
                if d > dt.date.today():
                    errors[key] = _("The filing date is in the future. Check the date.")
                created = dt.datetime.combine(d, dt.time(9, 0))
            else:
                next_contact = d
    if errors:
        raise ValidationError(errors)
    for p in phones:
        if p.kind == "other" and len(p.phone) == 11 and p.phone.startswith("1"):
            p.kind = "mobile"
        elif p.kind == "other" and "-" in p.phone:
            p.kind = "office"
    return CustomerRow(clean, phones, created, next_contact, text)


def check_duplicates(rows: list[tuple[int, CustomerRow]]) -> Iterable[RowError]:
    """A row whose phone or ID is already on file, or repeats an earlier row of the file."""
    seen_phone: dict[str, int] = {}
    seen_id: dict[str, int] = {}
    for row_no, r in rows:
        phones = [p.phone for p in r.phones]
        id_number = r.fields.get("id_number", "")
        on_file = matches(phones, id_number)
        if on_file:
            c = on_file[0]
            yield RowError(row_no, "duplicate", _("already on file as {no} {name} (same phone or ID number)").format(no=c.file_no, name=customers.shown_name(c)), r.source_row)
            continue
        earlier = next((seen_phone[p] for p in phones if p in seen_phone), None) or (seen_id.get(id_number) if id_number else None)
        if earlier:
            yield RowError(row_no, "duplicate", _("same phone or ID number as row {row} of this file").format(row=earlier), r.source_row)
            continue
        for p in phones:
            seen_phone[p] = row_no
        if id_number:
            seen_id[id_number] = row_no


def save_rows(rows: list[CustomerRow], progress: Callable[[int, int], None] | None = None) -> int:
    """Write every row in one transaction (a failure leaves nothing behind)."""
    now = dt.datetime.now()
    with database.atomic():
        for i, r in enumerate(rows, start=1):
            f = dict(r.fields)
            if f.get("status") == "lost":
                f["lost_at"] = r.created or now
            created = r.created or now
            c = Customer.create(file_no=numbering.next_number(customers.SERIES, 5), created_at=created, updated_at=now,
                                next_contact_date=r.next_contact, **f)
            for p in r.phones:
                CustomerPhone.create(customer=c, phone=p.phone, kind=p.kind)
            customer_search.refresh(c)
            if progress and (i % 50 == 0 or i == len(rows)):
                progress(i, len(rows))
        audit.log("import", "customer", "", {"rows": [None, len(rows)]}, note=_("{n} customer files imported").format(n=len(rows)))
    return len(rows)


@dataclass
class ImportPlan:
    """A file read and its columns mapped — what the wizard shows before importing."""

    table: Table
    mapping: dict[str, int]
    unclaimed: list[str]

    @property
    def missing(self) -> list[ColumnSpec]:
        return missing_required(self.mapping, SPECS)


def plan(path: Path | str, sheet: str | None = None) -> ImportPlan:
    table = read_table(path, SPECS, sheet)
    mapping, unclaimed = map_columns(table.headers, SPECS)
    return ImportPlan(table, mapping, unclaimed)


def run(plan_: ImportPlan, dry_run: bool = False, skip_bad_rows: bool = False,
        progress: Callable[[int, int], None] | None = None) -> ImportReport[CustomerRow]:
    """Validate every row, then import all of them (or, with ``skip_bad_rows``, all
    good ones) — or nothing. The report lists each rejected row and why."""
    if not dry_run:
        permissions.require("import.data")
    missing = plan_.missing
    if missing:
        raise ValidationError({s.key: _("The file has no column for {label}. Map a column to it.").format(label=_(s.label)) for s in missing})
    return run_import(plan_.table, plan_.mapping, parse_row, lambda rows: save_rows(rows, progress),
                      dry_run=dry_run, skip_bad_rows=skip_bad_rows, check_batch=check_duplicates)
