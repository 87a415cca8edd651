"""The audit trail's one write path. Rows are never edited or deleted."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any, Mapping

from salesdesk import session


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


def log(action: str, record_type: str = "", record_id: Any = "", changes: Mapping[str, Any] | None = None,
        note: str = "", username: str | None = None) -> None:
    from salesdesk.models.audit import AuditLog

    AuditLog.create(
        ts=dt.datetime.now(),
        username=username or session.current_username(),
        action=action,
        record_type=record_type,
        record_id=str(record_id),
        changes=json.dumps({k: [_plain(x) for x in v] if isinstance(v, (list, tuple)) else _plain(v)
                            for k, v in (changes or {}).items()}, ensure_ascii=False) if changes else "",
        note=note,
    )
