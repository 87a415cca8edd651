"""The refusal list (拒绝接待): people not to be received, matched by phone or ID
number, and the manager overrides that let one of them in anyway."""
from __future__ import annotations

import datetime as dt

from salesdesk import audit, permissions, session
from salesdesk.errors import PermissionDenied, SalesDeskError, ValidationError
from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.db import database
from salesdesk.models.visitors import RefusalEntry, RefusalOverride, Visit
from salesdesk.normalize import ID_TYPES, clean_text, normalize_id, normalize_phone, phone_for_lookup


def matches(phone: str, id_number: str) -> list[RefusalEntry]:
    """Active entries with this (normalised) phone or ID number."""
    cond = None
    if phone:
        cond = RefusalEntry.phone == phone
    if id_number:
        c = RefusalEntry.id_number == id_number
        cond = c if cond is None else cond | c
    if cond is None:
        return []
    return list(RefusalEntry.select().where(RefusalEntry.active & cond).order_by(RefusalEntry.id))


def check(phone: str = "", id_number: str = "") -> list[RefusalEntry]:
    """Entries matching raw typed values (for an early warning while typing)."""
    p = phone_for_lookup(phone)
    raw = (id_number or "").strip().upper()
    return matches(p, raw if "*" not in raw else "")


def add(reason: str, name: str = "", phone: str = "", id_number: str = "", id_type: str = "id_card") -> RefusalEntry:
    """Put a person on the list (needs refusal.edit). A phone or an ID number is required."""
    permissions.require("refusal.edit")
    errors: dict[str, str] = {}
    clean = {}
    for key, fn in (("phone", lambda: normalize_phone(phone, "phone")),
                    ("id_number", lambda: normalize_id(id_type if id_type in dict(ID_TYPES) else "other", id_number, "id_number"))):
        try:
            clean[key] = fn()
        except ValidationError as exc:
            errors.update(exc.errors)
    reason = clean_text(reason, "reason", 1000, _("Reason"))
    name = clean_text(name, "name", 100, _("Name"))
    if not reason:
        errors["reason"] = _("Give the reason this person is not to be received.")
    if not errors and not clean["phone"] and not clean["id_number"]:
        errors["phone"] = _("Enter a phone or an ID number: the list matches visitors by them.")
    if errors:
        raise ValidationError(errors)
    with database.atomic():
        e = RefusalEntry.create(name=name, reason=reason, created_by=session.current_username(), **clean)
        audit.log("create", "refusal", e.id, {"name": [None, name], "reason": [None, reason]})
    return e


def deactivate(entry_id: int, note: str = "") -> None:
    permissions.require("refusal.edit")
    e = RefusalEntry.get_or_none(RefusalEntry.id == entry_id)
    if e is None:
        raise SalesDeskError(_("This refusal-list entry no longer exists."))
    with database.atomic():
        e.active = False
        e.save()
        audit.log("edit", "refusal", e.id, {"active": [True, False]}, note=note)


def entries(active_only: bool = True) -> list[RefusalEntry]:
    q = RefusalEntry.select().order_by(RefusalEntry.created_at.desc())
    if active_only:
        q = q.where(RefusalEntry.active)
    return list(q)


def approver(manager: User | None) -> User | None:
    """The manager approving an override: the one given (who confirmed with their
    password through ``accounts.confirm``), or the logged-in user. Either must
    hold refusal.override."""
    if manager is None:
        permissions.require("refusal.override")
        return session.current()
    if manager.role not in permissions.PERMISSIONS["refusal.override"] or not manager.active:
        raise PermissionDenied(_("{name} may not override the refusal list. Ask a manager.").format(name=manager.display_name))
    from salesdesk import accounts

    # proof, not trust: the manager typed their password (accounts.confirm) moments ago
    if not accounts.take_approval(manager, "refusal.override"):
        raise PermissionDenied(_("{name} has to confirm the override with their password.").format(name=manager.display_name))
    return manager


def record_override(listed: list[RefusalEntry], visit: Visit, reason: str, manager: User | None) -> None:
    """Called inside check-in's transaction."""
    reason = clean_text(reason, "override_reason", 1000, _("Reason"))
    if not reason:
        raise ValidationError({"override_reason": _("Give the reason for letting this person in.")})
    who = manager.username if manager is not None else session.current_username()
    for e in listed:
        RefusalOverride.create(entry=e, visit=visit, ts=dt.datetime.now(), manager=who,
                               entered_by=session.current_username(), reason=reason)
        audit.log("override", "refusal", e.id, {"visit": [None, visit.id]}, note=f"{who}: {reason}")


def overrides(entry_id: int | None = None) -> list[RefusalOverride]:
    q = RefusalOverride.select().order_by(RefusalOverride.ts.desc())
    if entry_id:
        q = q.where(RefusalOverride.entry == entry_id)
    return list(q)
