"""Importing the visitor log the office kept in Excel/CSV until now.

Built on salesdesk/importing.py (header row detection, merged headers, column
aliases, all-or-nothing with a per-row report). Each row is checked with the
same rules as the check-in form (salesdesk/visitors.clean_fields). Staff named
as host are linked when they have an account, otherwise the name is kept as
text. A row without a time out is flagged "not signed out" (on site only when
it is from today); the whole file is saved in one transaction.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from salesdesk import accounts, audit, customers, permissions, session, visitors
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import _
from salesdesk.importing import (ColumnSpec, ImportReport, RowError, cell_text, id_number_lost_digits, map_columns,
                                 missing_required, read_table, run_import)
from salesdesk.models.db import bulk_insert, database, in_slices
from salesdesk.models.visitors import LEFT, NOT_SIGNED_OUT, ON_SITE, VOID, Visit
from salesdesk.normalize import fold, parse_clock, parse_date, split_date_time

SPECS = [
    ColumnSpec("date", "Date", ("日期", "来访日期", "登记日期", "来访时间日期")),
    ColumnSpec("time_in", "Time in", ("来访时间", "进入时间", "到达时间", "入场时间", "时间", "in")),
    ColumnSpec("time_out", "Time out", ("离开时间", "离去时间", "出场时间", "离场时间", "out")),
    ColumnSpec("name", "Name", ("姓名", "来访人", "来访人姓名", "访客姓名", "来访者", "访客"), required=True),
    ColumnSpec("company", "Company", ("单位", "工作单位", "来访单位", "公司", "所在单位")),
    ColumnSpec("phone", "Phone", ("电话", "手机", "联系电话", "手机号码", "联系方式")),
    ColumnSpec("id_type", "ID type", ("证件类型", "证件名称")),
    ColumnSpec("id_number", "ID number", ("证件号码", "身份证号", "身份证号码", "证件号")),
    ColumnSpec("party_size", "Party size", ("人数", "来访人数", "随行人数")),
    ColumnSpec("purpose", "Purpose", ("事由", "来访事由", "来访目的", "目的")),
    ColumnSpec("host", "Host", ("被访人", "被访者", "接待人", "被访部门及人员", "受访人")),
    ColumnSpec("plate", "Vehicle plate", ("车牌", "车牌号", "车牌号码", "车辆登记", "车号")),
    ColumnSpec("badge", "Badge", ("访客牌", "访客证", "胸卡", "牌号")),
    ColumnSpec("visitor_class", "Visitor class", ("接待规格", "访客类别", "类别", "级别")),
    ColumnSpec("notes", "Notes", ("备注", "说明")),
]

_ID_TYPES = {"身份证": "id_card", "居民身份证": "id_card", "驾驶证": "driving_licence", "驾照": "driving_licence",
             "工作证": "work_card", "护照": "passport", "港澳通行证": "hk_macau_permit", "其他": "other"}
_CLASSES = {"贵宾": "vip", "vip": "vip", "高规格": "vip", "重要": "vip", "一般": "normal", "普通": "normal",
            "normal": "normal", "": "normal"}


@dataclass
class Row:
    fields: dict[str, Any]
    time_in: dt.datetime
    time_out: dt.datetime | None
    source: dict[str, str] = field(default_factory=dict)  # the row's cells as text: for the rejected-rows report


def _time(value: Any, key: str) -> dt.time | None:
    """9:30, 09:30:00, 9点30, an Excel time (a time or a fraction of a day)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    text = cell_text(value)
    try:  # 14:05, 2:05 PM, 下午2:05, 14时05分, 9点半 — one reading for every register
        return parse_clock(text, key)
    except ValidationError:
        raise ValidationError({key: _("'{value}' is not a time. Write it as 9:30 or 14:05.").format(value=text)}) from None


def _date_and_time(text: str) -> tuple[str, str] | None:
    """The whole date and time in one cell ("2024-03-05 09:30"), else None."""
    day, time = split_date_time(text)
    return (day, time) if time and re.match(r"\d", day) else None


def _when(date_value: Any, time_value: Any, key: str, base: dt.date | None = None, date_key: str = "") -> dt.datetime | None:
    """A date and a time from one or two cells ("2024-03-05 09:30" in one cell works too).
    ``base`` is the day when only a time is given (the time out of a visit). A bad date
    is reported on ``date_key`` (the date column), a bad time on ``key``."""
    date_key = date_key or key
    if isinstance(time_value, dt.datetime):
        return time_value.replace(second=0, microsecond=0)
    t = None
    t_text = cell_text(time_value)
    time_raw: Any = time_value
    whole = _date_and_time(t_text)
    if whole:  # the whole date and time in the time column
        date_value, t_text = whole
        time_raw, date_key = t_text, key
    day = None
    if isinstance(date_value, dt.datetime):
        day = date_value.date()
        if not t_text and (date_value.hour or date_value.minute):
            t = date_value.time().replace(second=0, microsecond=0)
    elif date_value not in (None, ""):
        d_text = cell_text(date_value)
        m = _date_and_time(d_text)
        if m:
            day = parse_date(m[0], date_key)
            if not t_text:
                t = _time(m[1], date_key)
        else:
            day = parse_date(date_value, date_key)
    day = day or base
    if day is None:
        return None
    if t is None and time_raw not in (None, ""):
        t = _time(time_raw, key)
    return dt.datetime.combine(day, t or dt.time(0, 0))


def _party_size(text: str) -> str:
    """'3人', '2 位', '3.0' (a number column saved as CSV) -> '3'; anything else unchanged
    (the check-in rule then says what is wrong)."""
    m = re.fullmatch(r"(\d{1,3})(?:\.0+)?\s*[人位名个個]?", fold(text))
    return m.group(1) if m else text


def parse_row(raw: dict[str, Any]) -> Row:
    text = {k: cell_text(v) for k, v in raw.items()}
    errors: dict[str, str] = {}
    time_in = time_out = None
    try:
        time_in = _when(raw.get("date"), raw.get("time_in"), "time_in", date_key="date" if "date" in raw else "time_in")
        if time_in is None:
            errors["date"] = _("The date of the visit is missing.")
        elif time_in > dt.datetime.now() + dt.timedelta(minutes=5):
            errors["date"] = _("The visit is dated in the future ({when}).").format(when=time_in.strftime("%Y-%m-%d %H:%M"))
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        if time_in is not None and raw.get("time_out") not in (None, ""):
            time_out = _when(None, raw.get("time_out"), "time_out", base=time_in.date())
            if time_out is not None and time_out < time_in:
                errors["time_out"] = _("The time out is before the time in. Check both times.")
    except ValidationError as exc:
        errors.update(exc.errors)
    id_type_text = text.get("id_type", "")
    id_type = _ID_TYPES.get(id_type_text, "id_card" if not id_type_text else None)
    if id_type is None:
        id_type = next((code for word, code in _ID_TYPES.items() if word in id_type_text), "other")
    vclass = _CLASSES.get(text.get("visitor_class", "").lower())
    if vclass is None:
        errors["visitor_class"] = _("Unknown visitor class '{v}': use 一般 or 贵宾.").format(v=text.get("visitor_class"))
    host_text = text.get("host", "")
    host = accounts.find_staff(host_text) if host_text else None
    data = visitors.CheckIn(name=text.get("name", ""), phone=text.get("phone", ""), company=text.get("company", ""),
                            id_type=id_type, id_number=text.get("id_number", ""),
                            party_size=_party_size(text.get("party_size", "")) or 1, purpose=text.get("purpose", ""),
                            host_id=host.id if host else None, host_name=host_text, plate=text.get("plate", ""),
                            badge=text.get("badge", ""), visitor_class=vclass or "normal", notes=text.get("notes", ""))
    try:
        fields = visitors.clean_fields(data)
    except ValidationError as exc:
        errors.update(exc.errors)
        fields = {}
    if id_number_lost_digits(raw.get("id_number")):  # not a typo: Excel cut the number
        errors["id_number"] = id_number_lost_digits(raw.get("id_number"))
    if errors:
        raise ValidationError(errors)
    return Row(fields, time_in, time_out, text)


def _status(r: Row, today: dt.date) -> str:
    if r.time_out is not None:
        return LEFT
    return ON_SITE if r.time_in.date() == today else NOT_SIGNED_OUT


def _already_in_log(rows: list[tuple[int, Row]]) -> list[RowError]:
    """A visit already in the log (same visitor, same time in): the file, or these rows
    of it, was imported before. Importing it again would count every visit twice."""
    errors: list[RowError] = []
    times = sorted({r.time_in for _n, r in rows})
    known: dict[tuple[dt.datetime, str], Visit] = {}
    for part in in_slices(times):
        for v in Visit.select(Visit.time_in, Visit.name, Visit.source).where(
                Visit.time_in.in_(part) & (Visit.status != VOID)):
            known.setdefault((v.time_in, v.name), v)
    for row_no, r in rows:
        if (r.time_in, r.fields.get("name")) in known:
            errors.append(RowError(row_no, "duplicate", _("{name}'s visit of {when} is already in the visitor log (was this file imported before?).").format(
                name=r.fields.get("name"), when=r.time_in.strftime("%Y-%m-%d %H:%M")), r.source))
    return errors


def _check_batch(rows: list[tuple[int, Row]]) -> list[RowError]:
    return _already_in_log(rows) + _check_badges(rows)


def _check_badges(rows: list[tuple[int, Row]]) -> list[RowError]:
    """Badges of visitors on site today must be unique, in the file and against the desk."""
    today, errors, seen = dt.date.today(), [], {}
    for row_no, r in rows:
        badge = r.fields.get("badge")
        if not badge or _status(r, today) != ON_SITE:
            continue
        other = visitors.badge_in_use(badge)
        if other is not None:
            errors.append(RowError(row_no, "badge", _("Badge {badge} is already given to {name}, who is still on site. Give another badge, or sign {name} out first.").format(badge=badge, name=other.name), r.source))
        elif badge in seen:
            errors.append(RowError(row_no, "badge", _("Badge {badge} is on site twice in the file (rows {a} and {b}).").format(badge=badge, a=seen[badge], b=row_no), r.source))
        seen.setdefault(badge, row_no)
    return errors


def _save(rows: list[Row], source: str) -> int:
    today = dt.date.today()
    user = session.current_username()
    now = dt.datetime.now().replace(microsecond=0)
    phone_customer: dict[str, int | None] = {}
    records = []
    for r in rows:
        phone = r.fields["phone"]
        if phone and phone not in phone_customer:
            c = customers.find_by_phone(phone)
            phone_customer[phone] = c.id if c else None
        f = dict(r.fields)
        f["host"] = f["host"].id if f["host"] is not None else None
        records.append(dict(f, time_in=r.time_in, time_out=r.time_out, status=_status(r, today),
                            customer=phone_customer.get(phone), created_by=user, created_at=now, source="import"))
    with database.atomic():
        bulk_insert(Visit, records)
        audit.log("import", "visit", "", {"rows": [None, len(records)]}, note=source)
    return len(records)


def import_log(path: Path | str, dry_run: bool = False, skip_bad_rows: bool = False,
               progress: Callable[[int, int], None] | None = None) -> ImportReport[Row]:
    """Read the workbook/CSV and import every row — or none, unless ``skip_bad_rows``.
    ``progress(rows checked, rows)`` is called while the rows are checked."""
    if not dry_run:
        permissions.require("import.data")  # as for customer lists and the complaint register
    table = read_table(path, SPECS)
    mapping, _unclaimed = map_columns(table.headers, SPECS)
    missing = missing_required(mapping, SPECS)
    if "date" not in mapping and "time_in" not in mapping:
        missing.append(SPECS[0])
    if missing:
        raise SalesDeskError(_("The sheet has no column for: {cols}. Name the columns in the header row (e.g. 日期, 姓名).").format(
            cols=", ".join(_(s.label) for s in missing)))
    return run_import(table, mapping, parse_row, lambda rows: _save(rows, Path(path).name), dry_run=dry_run,
                      skip_bad_rows=skip_bad_rows, progress=progress, check_batch=_check_batch)
