"""Importing the office's existing Excel complaint register (投诉台账).

Built on salesdesk/importing.py (header detection, merged cells, aliases,
all-or-nothing). Each row becomes a case with its status history starting
"imported". A number in the sheet (TS-2024-0031) is kept and the year's
counter moved past it, so a number is never handed out twice; rows without a
number get the next one. Staff are matched by name or username; a name with no
account is kept as text (receiving clerk, person complained about) or noted in
the history (handler).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from salesdesk import accounts, audit, complaints as cp, numbering, permissions, session
from salesdesk.errors import ValidationError
from salesdesk.i18n import _
from salesdesk.importing import ColumnSpec, ImportReport, RowError, cell_text, map_columns, missing_required, read_table, run_import
from salesdesk.models.complaints import Complaint, ComplaintEvent
from salesdesk.models.db import database
from salesdesk.models.meta import Counter
from salesdesk.normalize import clean_text, parse_clock, parse_date, split_date_time

SPECS = [
    ColumnSpec("number", "Number", ("编号", "投诉编号", "登记编号", "序号编号", "no")),
    ColumnSpec("received_at", "Received at", ("受理时间", "投诉时间", "登记时间", "日期", "受理日期", "投诉日期", "received"), required=True),
    ColumnSpec("channel", "Channel", ("渠道", "投诉渠道", "投诉方式", "来源", "方式")),
    ColumnSpec("kind", "Type", ("类型", "投诉类型", "性质")),
    ColumnSpec("category", "Category", ("类别", "投诉类别", "分类", "事项类别")),
    ColumnSpec("severity", "Severity", ("严重程度", "级别", "等级", "重要程度")),
    ColumnSpec("complainant", "Complainant", ("投诉人", "客户姓名", "姓名", "客户", "投诉人姓名")),
    ColumnSpec("contact", "Contact", ("联系电话", "电话", "手机", "联系方式", "手机号码")),
    ColumnSpec("content", "Content of the complaint", ("投诉内容", "内容", "事由", "反映问题", "问题描述"), required=True),
    ColumnSpec("demand", "Customer's demand", ("客户要求", "诉求", "要求")),
    ColumnSpec("receiver", "Receiving clerk", ("受理人", "接待人", "登记人", "首问责任人")),
    ColumnSpec("department", "Department", ("责任部门", "部门", "处理部门")),
    ColumnSpec("handler", "Handler", ("处理人", "负责人", "经办人")),
    ColumnSpec("accused", "Person complained about", ("被投诉人", "被投诉对象")),
    ColumnSpec("status", "Status", ("状态", "处理状态", "办理状态")),
    ColumnSpec("opinion", "Handling opinion", ("处理意见", "处理结果", "处理情况")),
    ColumnSpec("reply", "Reply to the customer", ("答复", "答复内容", "回复")),
    ColumnSpec("satisfaction", "Satisfaction", ("满意度", "回访结果", "回访满意度", "客户满意度")),
    ColumnSpec("closed_at", "Closed at", ("结案时间", "办结时间", "结案日期", "完成时间")),
    ColumnSpec("reject_reason", "Reason not accepted", ("不予受理理由", "不受理原因")),
]

_KIND_WORDS = {"投诉": "complaint", "举报": "report", "建议": "suggestion", "咨询": "enquiry"}
_STATUS_WORDS = {"受理": "received", "已受理": "received", "处理中": "in_progress", "处理": "in_progress",
                 "已答复": "replied", "答复": "replied", "已回访": "follow_up", "回访": "follow_up",
                 "结案": "closed", "已结案": "closed", "办结": "closed", "已办结": "closed", "完成": "closed",
                 "不予受理": "not_accepted", "不受理": "not_accepted"}
_GRADE_WORDS = {"非常满意": "very_satisfied", "满意": "satisfied", "基本满意": "neutral", "一般": "neutral",
                "不满意": "dissatisfied"}
_NUMBER = re.compile(r"^TS-(\d{4})-(\d{1,6})$")


def _code(text: str, words: dict[str, str], pairs: tuple[tuple[str, str], ...], default: str) -> str | None:
    t = text.strip()
    if not t:
        return default
    if t in words:
        return words[t]
    for code, lab in pairs:
        if t.lower() in (code, lab.lower(), _(lab).lower()):
            return code
    for word, code in words.items():  # "投诉（服务）" → complaint
        if word in t:
            return code
    return None


def _datetime(value: Any, key: str) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    text = cell_text(value)
    if not text:
        return None
    if re.fullmatch(r"\d{5}\.\d+", text):  # an Excel serial with its time of day (45720.6 = 14:24)
        d = parse_date(text.split(".")[0], key)
        return dt.datetime.combine(d, dt.time()) + dt.timedelta(minutes=round(float("0." + text.split(".")[1]) * 1440))
    day_text, time_text = split_date_time(text)  # 2025/3/2 14:05, 2025年3月2日 下午3:05, 3/2/2025 2:05 PM
    d = parse_date(day_text if time_text else value, key)
    if d is None:
        return None
    if not time_text:
        return dt.datetime.combine(d, dt.time(9, 0))
    try:
        return dt.datetime.combine(d, parse_clock(time_text, key))
    except ValidationError:
        raise ValidationError({key: _("'{v}' is not a time of day. Write it as 2024-03-05 14:30.").format(v=text)}) from None


@dataclass
class Row:
    values: dict[str, Any] = field(default_factory=dict)
    number: str = ""
    handler_name: str = ""


def parse_row(raw: dict[str, Any]) -> Row:
    errors: dict[str, str] = {}
    v: dict[str, Any] = {}
    text = {k: cell_text(raw.get(k)) for k in raw}
    number = re.sub(r"\s", "", text.get("number", "")).upper()
    m = _NUMBER.match(number)
    if m:  # TS-2024-31 → TS-2024-0031, the register's own form
        number = f"{cp.SERIES}-{m.group(1)}-{int(m.group(2)):0{cp.WIDTH}d}"
    elif number:
        errors["number"] = _("'{no}' is not a complaint number; use TS-2024-0001 or leave it empty for a new number.").format(no=number)
    try:
        v["received_at"] = _datetime(raw.get("received_at"), "received_at")
        if v["received_at"] is None:
            errors["received_at"] = _("The received date is missing.")
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        v["closed_at"] = _datetime(raw.get("closed_at"), "closed_at")
    except ValidationError as exc:
        errors.update(exc.errors)
    kind = _code(text.get("kind", ""), _KIND_WORDS, cp.KINDS, "complaint")
    if kind is None:
        errors["kind"] = _("Unknown type '{v}': use 投诉, 举报, 建议 or 咨询.").format(v=text.get("kind"))
    severity = _code(text.get("severity", ""), {"一般": "general", "重大": "major", "严重": "major"}, cp.SEVERITIES, "general")
    if severity is None:
        errors["severity"] = _("Unknown severity '{v}': use 一般 or 重大.").format(v=text.get("severity"))
    status = _code(text.get("status", ""), _STATUS_WORDS, cp.STATUSES, "closed" if v.get("closed_at") else "received")
    if status is None:
        errors["status"] = _("Unknown status '{v}': use 受理, 处理中, 已答复, 已回访, 结案 or 不予受理.").format(v=text.get("status"))
    grade = _code(text.get("satisfaction", ""), _GRADE_WORDS, cp.GRADES, "")
    if grade is None:
        errors["satisfaction"] = _("Unknown satisfaction '{v}': use 非常满意, 满意, 一般 or 不满意.").format(v=text.get("satisfaction"))
    try:
        v["contact"] = cp._clean_contact(text.get("contact", ""))  # noqa: SLF001 - the same rule as at the desk
    except ValidationError as exc:
        errors.update(exc.errors)
    try:  # the texts are checked even when the phone is bad, so the report names every problem once
        for key, limit in (("content", 20000), ("demand", 20000), ("complainant", 100), ("channel", 60), ("category", 60),
                           ("department", 60), ("opinion", 20000), ("reply", 20000), ("reject_reason", 4000)):
            v[key] = clean_text(text.get(key, ""), key, limit)
    except ValidationError as exc:
        errors.update(exc.errors)
    if not v.get("content") and "content" not in errors:
        errors["content"] = _("The content of the complaint is empty.")
    if status == "not_accepted" and not v.get("reject_reason"):
        v["reject_reason"] = v.get("reply") or v.get("opinion") or ""
    if errors:
        raise ValidationError(errors)
    receiver = accounts.find_staff(text.get("receiver", ""))
    handler = accounts.find_staff(text.get("handler", ""))
    accused = accounts.find_staff(text.get("accused", ""))
    if handler is not None and accused is not None and handler.id == accused.id:
        raise ValidationError({"handler": _("{name} is the person complained about and cannot handle this case (recusal). Choose another handler.").format(name=handler)})
    v.update(kind=kind, severity=severity, status=status, satisfaction=grade or "",
             receiver=receiver, receiver_name=str(receiver) if receiver else text.get("receiver", "")[:64],
             handler=handler, accused=accused, accused_name="" if accused else text.get("accused", "")[:64])
    return Row(v, number, "" if handler else text.get("handler", ""))


def _check_numbers(rows: list[tuple[int, Row]]) -> list[RowError]:
    errors, seen = [], {}
    wanted = [r.number for _n, r in rows if r.number]
    existing = {c.number for c in Complaint.select(Complaint.number).where(Complaint.number.in_(wanted))} if wanted else set()
    for row_no, r in rows:
        if not r.number:
            continue
        if r.number in existing:
            errors.append(RowError(row_no, "number", _("Complaint {no} is already in the register.").format(no=r.number)))
        elif r.number in seen:
            errors.append(RowError(row_no, "number", _("Number {no} appears twice in the file (rows {a} and {b}).").format(no=r.number, a=seen[r.number], b=row_no)))
        seen.setdefault(r.number, row_no)
    return errors


def _bump_counter(number: str) -> None:
    m = _NUMBER.match(number)
    year, value = int(m.group(1)), int(m.group(2))
    updated = Counter.update(value=value).where((Counter.series == cp.SERIES) & (Counter.year == year) & (Counter.value < value)).execute()
    if not updated and not Counter.select().where((Counter.series == cp.SERIES) & (Counter.year == year)).exists():
        Counter.create(series=cp.SERIES, year=year, value=value)


def _save(rows: list[Row], source: str) -> int:
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        for r in rows:
            v = dict(r.values)
            first_due, settle_due = cp.deadlines(v["received_at"], v["kind"])
            if r.number:
                _bump_counter(r.number)
                number = r.number
            else:
                number = numbering.next_number(cp.SERIES, cp.WIDTH, v["received_at"].year)
            status = v["status"]
            if status in cp.FINISHED and not v.get("closed_at"):
                v["closed_at"] = v["received_at"]
            if status in ("replied", "follow_up", "closed") and v.get("reply"):
                v["replied_at"] = v.get("closed_at") or v["received_at"]
            c = Complaint.create(number=number, first_answer_due=first_due, settle_due=settle_due,
                                 created_at=now, updated_at=now, **v)
            note = _("Imported from {file}").format(file=source)
            if r.handler_name:
                note += "; " + _("Handler (no account): {name}").format(name=r.handler_name)
            ComplaintEvent.create(complaint=c, ts=now, from_status="", to_status=status, username=session.current_username(),
                                  user_display=str(session.current() or "system"), note=note)
        audit.log("import", "complaint", "", {"rows": [None, len(rows)]}, note=source)
    return len(rows)


def import_register(path: Path | str, dry_run: bool = False, skip_bad_rows: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> ImportReport[Row]:
    """Read the workbook and import it all (or nothing, unless ``skip_bad_rows``).
    ``progress(rows checked, rows)`` is called while the rows are checked."""
    if not dry_run:
        permissions.require("import.data")  # as for customer lists: managers and the administrator
    table = read_table(path, SPECS)
    mapping, _unclaimed = map_columns(table.headers, SPECS)
    missing = missing_required(mapping, SPECS)
    if missing:
        from salesdesk.errors import SalesDeskError

        raise SalesDeskError(_("The sheet has no column for: {cols}. Name the columns in the header row (e.g. 受理时间, 投诉内容).").format(
            cols=", ".join(_(s.label) for s in missing)))
    return run_import(table, mapping, parse_row, lambda rows: _save(rows, Path(path).name), dry_run=dry_run,
                      skip_bad_rows=skip_bad_rows, progress=progress, check_batch=_check_numbers)
