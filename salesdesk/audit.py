"""The audit trail's one write path, and its reader for managers.

Rows are never edited or deleted: the database itself refuses UPDATE and
DELETE on ``audit_log`` (triggers from models/db.py ``protect_append_only``).
Every service write calls ``log(action, record_type, record_id, changes, note)``;
``changes`` is ``{field: [before, after]}`` (``diff`` builds it).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from salesdesk import session
from salesdesk.i18n import N_, _

# action -> label (the viewer's filter list; services may use others, shown as-is)
ACTIONS: dict[str, str] = {
    "create": N_("Created"),
    "edit": N_("Edited"),
    "void": N_("Voided"),
    "status": N_("Status changed"),
    "merge": N_("Merged"),
    "import": N_("Imported"),
    "export": N_("Exported"),
    "print": N_("Printed"),
    "view": N_("Viewed (confidential)"),
    "login": N_("Logged in"),
    "login_failed": N_("Login failed"),
    "logout": N_("Logged out"),
    "confirm": N_("Password confirmed (approval)"),
    "lock": N_("Window locked"),
    "password": N_("Password changed"),
    "settings": N_("Settings changed"),
    "command": N_("Command run"),
    # register-specific actions
    "update": N_("Updated"),
    "delete": N_("Deleted"),
    "signoff": N_("Signed off"),
    "sign_in": N_("Visitor signed in"),
    "sign_out": N_("Visitor signed out"),
    "override": N_("Refusal overridden"),
    "grade": N_("Graded"),
    "contact": N_("Contact recorded"),
    "add_phone": N_("Phone added"),
    "lend": N_("File lent"),
    "return": N_("File returned"),
    "restore": N_("Backup restored"),
    "finish": N_("Reception ended (done serving)"),
    "relink": N_("Links moved from merged-away files"),
}


# record_type -> label (the viewer shows these; unknown types are shown as stored)
RECORD_TYPES: dict[str, str] = {
    "visit": N_("Visit"),
    "appointment": N_("Appointment"),
    "refusal": N_("Refusal list"),
    "complaint": N_("Complaint"),
    "customer": N_("Customer file"),
    "user": N_("User account"),
    "setting": N_("Setting"),
    "calendar_day": N_("Working-day calendar"),
    "reception": N_("Reception"),
    "duty": N_("Consultant on duty"),
    "queue": N_("Rotation queue"),
    "dispute": N_("Ownership dispute"),
    "database": N_("Database"),
    "audit": N_("Audit trail"),
    "cli": N_("Command line"),
}


def action_label(action: str) -> str:
    return _(ACTIONS[action]) if action in ACTIONS else action


def record_type_label(record_type: str) -> str:
    return _(RECORD_TYPES[record_type]) if record_type in RECORD_TYPES else record_type


def _plain(v: Any) -> Any:
    if isinstance(v, (dt.date, dt.datetime, dt.time)):
        return v.isoformat()
    if hasattr(v, "id") and hasattr(v, "_meta"):
        return v.id
    return v


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Fields that changed, as {field: [before, after]}."""
    out = {}
    for k in sorted(set(before) | set(after)):
        b, a = _plain(before.get(k)), _plain(after.get(k))
        if b != a:
            out[k] = [b, a]
    return out


def _row(action: str, record_type: str, record_id: Any, changes: Mapping[str, Any] | None, note: str,
         username: str | None, ts: dt.datetime | None) -> dict[str, Any]:
    return dict(
        ts=ts or dt.datetime.now(),
        username=username or session.current_username(),
        action=action,
        record_type=record_type,
        record_id=str(record_id),
        changes=json.dumps({k: [_plain(x) for x in v] if isinstance(v, (list, tuple)) else _plain(v)
                            for k, v in (changes or {}).items()}, ensure_ascii=False, default=str) if changes else "",
        note=note,
    )


def log(action: str, record_type: str = "", record_id: Any = "", changes: Mapping[str, Any] | None = None,
        note: str = "", username: str | None = None, ts: dt.datetime | None = None) -> None:
    from salesdesk.models.audit import AuditLog

    AuditLog.create(**_row(action, record_type, record_id, changes, note, username, ts))


def log_many(action: str, record_type: str, entries: list[tuple[Any, Mapping[str, Any] | None, str]]) -> None:
    """One audit row per (record id, changes, note), written in one statement (bulk work)."""
    from salesdesk.models.audit import AuditLog
    from salesdesk.models.db import bulk_insert

    when = dt.datetime.now()
    bulk_insert(AuditLog, [_row(action, record_type, rid, changes, note, None, when) for rid, changes, note in entries])


# --- reading (managers) ---------------------------------------------------------------
@dataclass
class AuditFilter:
    username: str = ""
    action: str = ""
    record_type: str = ""
    record_id: str = ""  # exact record number, or part of it
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


def _query(f: AuditFilter):
    from salesdesk.models.audit import AuditLog

    q = AuditLog.select()
    if f.username:
        q = q.where(AuditLog.username == f.username)
    if f.action:
        q = q.where(AuditLog.action == f.action)
    if f.record_type:
        q = q.where(AuditLog.record_type == f.record_type)
    if f.record_id:
        q = q.where(AuditLog.record_id.contains(f.record_id.strip()))
    if f.date_from:
        q = q.where(AuditLog.ts >= dt.datetime.combine(f.date_from, dt.time.min))
    if f.date_to:
        q = q.where(AuditLog.ts < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time.min))
    return q


def count(f: AuditFilter) -> int:
    from salesdesk import permissions

    permissions.require("audit.view")
    return _query(f).count()


def search(f: AuditFilter, offset: int = 0, limit: int = 200) -> list:
    """Rows matching ``f``, newest first, one page at a time (the table may be huge)."""
    from salesdesk import permissions
    from salesdesk.models.audit import AuditLog

    permissions.require("audit.view")
    return list(_query(f).order_by(AuditLog.id.desc()).offset(offset).limit(limit))


def distinct_values(column: str) -> list[str]:
    """Values seen in a column (users, record types) for the viewer's filter lists."""
    from salesdesk import permissions
    from salesdesk.models.audit import AuditLog

    permissions.require("audit.view")
    field = getattr(AuditLog, column)
    return [r[0] for r in AuditLog.select(field).distinct().order_by(field).tuples() if r[0]]


def describe_changes(changes: str) -> str:
    """'field: before → after; ...' from the stored JSON."""
    if not changes:
        return ""
    try:
        data = json.loads(changes)
    except ValueError:
        return changes
    parts = []
    for field, value in data.items():
        if isinstance(value, list) and len(value) == 2:
            b, a = ("" if x is None else x for x in value)
            parts.append(f"{field}: {b} → {a}")
        else:
            parts.append(f"{field}: {value}")
    return "; ".join(parts)


def _rows(f: AuditFilter) -> Iterator[list[Any]]:
    from salesdesk.models.audit import AuditLog

    for r in _query(f).order_by(AuditLog.id).iterator():
        yield [r.ts.replace(microsecond=0), r.username, action_label(r.action), record_type_label(r.record_type), r.record_id,
               describe_changes(r.changes), r.note]


def export_xlsx(f: AuditFilter, target: Path | str) -> Path:
    """The filtered trail as an Excel sheet (the export itself is audited)."""
    from salesdesk import permissions
    from salesdesk.forms.workbook import RegisterWorkbook

    permissions.require("audit.view")
    wb = RegisterWorkbook()
    headers = [_("Time"), _("User"), _("Action"), _("Record type"), _("Record"), _("Changes (before → after)"), _("Note")]
    n = wb.sheet(_("Audit trail"), headers, [18, 12, 16, 14, 18, 60, 30], _rows(f), heading=_("Audit trail"))
    out = wb.save(target)
    log("export", "audit", "", note=_("{n} rows to {file}").format(n=n, file=Path(target).name))
    return out
