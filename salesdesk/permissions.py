"""What each role may do. Services call ``require``/``can``; hiding a button is not enough.

With nobody logged in (``session.current()`` is None) the program is in
unattended mode and everything is allowed; the GUI always logs somebody in
once accounts exist, and the command line asks for ``--user`` before any
command that changes or exports data.

Besides the role table, some rules depend on the record:
 - personal data (ID numbers, phones) is masked unless ``can("pii.full")``:
   ``mask_pii`` / ``mask_id`` / ``mask_phone``;
 - a complaint is closed to the staff member it names (回避), and the
   complainant's identity shows only to the receiver, the handler and managers:
   ``require_not_named`` / ``can_see_identity``;
 - a 机密/绝密 customer file is read only by its consultant and managers, and a
   consultant edits only their own customers: ``can_read_customer`` /
   ``require_read_customer`` / ``can_edit_customer`` / ``require_edit_customer``.
"""
from __future__ import annotations

from typing import Any, Iterable

from salesdesk import normalize, session
from salesdesk.errors import PermissionDenied
from salesdesk.i18n import N_, _

# permission -> roles that hold it
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "pii.full": ("manager", "admin"),            # unmasked ID numbers and phones
    "visit.void": ("manager", "admin"),
    "refusal.override": ("manager", "admin"),
    "refusal.edit": ("manager", "admin"),
    "complaint.signoff": ("manager",),
    "complaint.view_all": ("manager",),         # complainant identity on every case
    "complaint.void": ("manager",),
    "complaint.assign": ("manager", "receptionist"),  # choose the handler (the receiver dispatches)
    "customer.view_confidential": ("manager",),  # 机密/绝密 files: their consultant and managers only
    "customer.edit_all": ("manager", "receptionist"),  # consultants edit only their own customers
    "customer.merge": ("manager", "admin"),
    "customer.reassign": ("manager", "admin"),
    "customer.destroy": ("manager",),
    "import.data": ("manager", "admin"),
    "export.personal": ("manager", "admin", "receptionist"),
    "export.statistics": ("manager", "admin", "receptionist", "consultant"),
    "settings.edit": ("manager", "admin"),
    "users.admin": ("admin",),
    "audit.view": ("manager", "admin"),
    "reception.manage": ("manager", "admin"),
    "backup.restore": ("manager", "admin"),
    "backup.copy": ("manager", "admin"),  # a backup to a file of one's choice: everyone's personal data
}

PERMISSION_LABELS = {
    "pii.full": N_("see full ID numbers and phones"),
    "visit.void": N_("void a visit"),
    "refusal.override": N_("override the refusal list"),
    "refusal.edit": N_("edit the refusal list"),
    "complaint.signoff": N_("sign off a handling opinion"),
    "complaint.view_all": N_("see every complaint"),
    "complaint.void": N_("void a complaint"),
    "complaint.assign": N_("assign a complaint to a handler"),
    "customer.view_confidential": N_("read confidential customer files"),
    "customer.edit_all": N_("edit any customer file"),
    "customer.merge": N_("merge customer files"),
    "customer.reassign": N_("change a customer's consultant"),
    "customer.destroy": N_("destroy expired customer files"),
    "import.data": N_("import data"),
    "export.personal": N_("export or print lists with personal data"),
    "export.statistics": N_("export statistics"),
    "settings.edit": N_("change settings"),
    "users.admin": N_("manage user accounts"),
    "audit.view": N_("read the audit trail"),
    "reception.manage": N_("manage the reception queue"),
    "backup.restore": N_("restore a backup"),
    "backup.copy": N_("copy the whole database to a file of your choice"),
}


def can(permission: str) -> bool:
    user = session.current()
    if user is None:
        return True
    return user.role in PERMISSIONS.get(permission, ())


def require(permission: str) -> None:
    if not can(permission):
        what = _(PERMISSION_LABELS.get(permission, permission))
        if PERMISSIONS.get(permission) == ("admin",):
            raise PermissionDenied(_("You are not allowed to {what}. Ask the administrator.").format(what=what))
        raise PermissionDenied(_("You are not allowed to {what}. Ask a manager.").format(what=what))


# --- personal data -------------------------------------------------------------------
def mask_id(value: str | None) -> str:
    """The ID number as this user may see it (full for managers, else 330106********1234)."""
    return (value or "") if can("pii.full") else normalize.mask_id(value or "")


def mask_phone(value: str | None) -> str:
    """The phone as this user may see it (full for managers, else 138****8000)."""
    return (value or "") if can("pii.full") else normalize.mask_phone(value or "")


def mask_pii(value: str | None, kind: str = "auto") -> str:
    """Mask an ID number or phone unless the user may see it in full.

    ``kind`` is "id", "phone" or "auto" (guessed: 15+ characters or letters = ID).
    """
    v = value or ""
    if can("pii.full") or not v:
        return v
    if kind == "auto":
        digits = sum(ch.isdigit() for ch in v)
        kind = "id" if len(v.replace(" ", "")) >= 15 or (digits and any(ch.isalpha() for ch in v)) else "phone"
    return normalize.mask_id(v) if kind == "id" else normalize.mask_phone(v)


# --- record-level rules -----------------------------------------------------------------
def _uid(user_or_id: Any) -> int | None:
    if user_or_id is None:
        return None
    return getattr(user_or_id, "id", user_or_id)


def is_current(user_or_id: Any) -> bool:
    """Is this staff member (User or id) the one logged in? False in unattended mode."""
    user = session.current()
    return user is not None and _uid(user_or_id) is not None and _uid(user_or_id) == user.id


def named_in(staff: Iterable[Any]) -> bool:
    """Is the logged-in user among these staff (Users or ids)?"""
    return any(is_current(s) for s in staff if s is not None)


def require_not_named(staff: Iterable[Any], what: str = "") -> None:
    """Refuse a complaint to a staff member it is about (回避), whatever their role."""
    if named_in(staff):
        raise PermissionDenied(_("You are named in this complaint ({what}), so you may not open or handle it (回避). A manager assigns another handler.")
                               .format(what=what or _("complained about")))


def can_see_identity(*entitled: Any) -> bool:
    """The complainant's identity: the receiver, the handler (pass them) and managers."""
    if session.current() is None or can("complaint.view_all"):
        return True
    return named_in(entitled)


PUBLIC_LEVELS = ("normal", "", "普通")  # confidentiality levels anybody may read; the others are 机密/绝密


def is_confidential(level: str | None) -> bool:
    return (level or "normal") not in PUBLIC_LEVELS


def can_read_customer(customer: Any) -> bool:
    """A 机密/绝密 file: only its consultant and managers; other files: everybody."""
    if not is_confidential(getattr(customer, "confidentiality", "normal")):
        return True
    if can("customer.view_confidential"):
        return True
    return is_current(getattr(customer, "consultant_id", None))


def require_read_customer(customer: Any, audit_view: bool = True) -> None:
    """Refuse a confidential file to the unentitled; record every view of one."""
    if not can_read_customer(customer):
        raise PermissionDenied(_("The customer file {no} is confidential: only its consultant and managers may read it.")
                               .format(no=getattr(customer, "file_no", "")))
    if audit_view and is_confidential(getattr(customer, "confidentiality", "normal")):
        from salesdesk import audit

        audit.log("view", "customer", getattr(customer, "file_no", "") or getattr(customer, "id", ""),
                  note=getattr(customer, "confidentiality", ""))


def can_edit_customer(customer: Any) -> bool:
    """Consultants edit their own customers (and unassigned ones); others' are read-only."""
    if not can_read_customer(customer):
        return False
    if can("customer.edit_all"):
        return True
    user = session.current()
    if user is not None and user.role == "admin":
        return False
    owner = getattr(customer, "consultant_id", None)
    return owner is None or is_current(owner)


def require_edit_customer(customer: Any) -> None:
    if not can_edit_customer(customer):
        raise PermissionDenied(_("The customer file {no} belongs to another consultant; you may read it but not change it. Ask its consultant or a manager.")
                               .format(no=getattr(customer, "file_no", "")))
