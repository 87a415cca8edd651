"""Settings stored in the database, declared where they are used.

A register declares its settings at import time with ``define(...)``; the
Settings dialog and ``salesdesk check`` list them from ``definitions()``, grouped.
Values are JSON in the ``setting`` table; a missing row means the default.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _
from salesdesk.optional_modules import import_all_present

# Domain modules that declare settings; imported lazily so any may be absent.
DOMAIN_MODULES = (
    "salesdesk.visitors",
    "salesdesk.complaints",
    "salesdesk.customers",
    "salesdesk.reception",
    "salesdesk.accounts",
    "salesdesk.backup",
)


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    label: str  # English source, translated with _() when shown
    kind: str = "str"  # str | text | int | bool | list | choice | path
    group: str = N_("General")
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind == "choice"
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""


_REGISTRY: dict[str, SettingDef] = {}
_cache: dict[str, Any] = {}


def define(key: str, default: Any, label: str, **kw: Any) -> SettingDef:
    d = SettingDef(key, default, label, **kw)
    _REGISTRY[key] = d
    return d


def definitions() -> list[SettingDef]:
    import_all_present(DOMAIN_MODULES)
    return list(_REGISTRY.values())


def validate(d: SettingDef, value: Any) -> Any:
    """Coerce ``value`` to the setting's kind or raise ValidationError."""
    label = _(d.label)
    if d.kind == "int":
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError({d.key: _("{label}: enter a whole number.").format(label=label)}) from None
        if d.minimum is not None and value < d.minimum or d.maximum is not None and value > d.maximum:
            raise ValidationError({d.key: _("{label}: enter a number from {lo} to {hi}.").format(label=label, lo=d.minimum, hi=d.maximum)})
    elif d.kind == "bool":
        value = value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "on")
    elif d.kind == "list":
        if isinstance(value, str):
            value = value.splitlines()
        value = [str(v).strip() for v in value if str(v).strip()]
        if not value and d.default:
            raise ValidationError({d.key: _("{label}: the list needs at least one entry.").format(label=label)})
    elif d.kind == "choice":
        allowed = [c[0] for c in d.choices]
        if value not in allowed:
            raise ValidationError({d.key: _("{label}: choose one of the offered values.").format(label=label)})
    else:
        value = "" if value is None else str(value)
        if len(value) > 2000:
            raise ValidationError({d.key: _("{label}: at most 2000 characters.").format(label=label)})
    return value


def get(key: str) -> Any:
    if key in _cache:
        return _cache[key]
    from salesdesk.models.meta import Setting

    d = _REGISTRY.get(key)
    if d is None:
        definitions()
        d = _REGISTRY[key]
    row = Setting.get_or_none(Setting.key == key)
    value = d.default
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = d.default
    _cache[key] = value
    return value


def set(key: str, value: Any) -> Any:  # noqa: A001 - mirrors get()
    from salesdesk import audit, permissions
    from salesdesk.models.meta import Setting

    permissions.require("settings.edit")  # here too, not only in set_many: the one write path

    d = _REGISTRY.get(key) or {x.key: x for x in definitions()}[key]
    value = validate(d, value)
    before = get(key)
    if before == value:
        return value
    Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False)).on_conflict_replace().execute()
    _cache[key] = value
    audit.log("settings", "setting", key, {key: [before, value]})
    return value


def set_many(values: dict[str, Any]) -> None:
    """Validate all, then save all in one transaction (nothing saved if one is wrong)."""
    from salesdesk import permissions
    from salesdesk.models.db import database

    permissions.require("settings.edit")
    defs = {d.key: d for d in definitions()}
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for k, v in values.items():
        try:
            clean[k] = validate(defs[k], v)
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        for k, v in clean.items():
            set(k, v)


def clear_cache() -> None:
    _cache.clear()


# Foundation settings
define("office.name", "", N_("Office name (printed on every form)"), group=N_("Office"))
define("office.logo", "", N_("Logo image file (PNG/JPG, printed on forms)"), kind="path", group=N_("Office"))
define("ui.language", "", N_("Language (empty = follow the system)"), kind="choice",
       choices=(("", N_("System")), ("zh_CN", "简体中文"), ("en", "English")), group=N_("Office"))


def office_name() -> str:
    return get("office.name") or _("Sales Office")
