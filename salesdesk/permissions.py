"""What each role may do. Services call ``require``/``can``; hiding a button is not enough.

With nobody logged in (``session.current()`` is None) the program is in
unattended mode and everything is allowed; the GUI always logs somebody in
once accounts exist.
"""
from __future__ import annotations

from salesdesk import session
from salesdesk.errors import PermissionDenied
from salesdesk.i18n import N_, _

# permission -> roles that hold it
PERMISSIONS: dict[str, tuple[str, ...]] = {
    "pii.full": ("manager", "admin"),            # unmasked ID numbers and phones
    "visit.void": ("manager", "admin"),
    "refusal.override": ("manager", "admin"),
    "refusal.edit": ("manager", "admin"),
    "complaint.signoff": ("manager",),
    "complaint.view_all": ("manager", "admin"),
    "customer.view_confidential": ("manager", "admin"),
    "customer.edit_all": ("manager", "admin", "receptionist"),
    "customer.merge": ("manager", "admin"),
    "customer.reassign": ("manager", "admin"),
    "export.personal": ("manager", "admin", "receptionist"),
    "settings.edit": ("manager", "admin"),
    "users.admin": ("admin",),
    "audit.view": ("manager", "admin"),
    "reception.manage": ("manager", "admin"),
}

PERMISSION_LABELS = {
    "pii.full": N_("see full ID numbers and phones"),
    "visit.void": N_("void a visit"),
    "refusal.override": N_("override the refusal list"),
    "refusal.edit": N_("edit the refusal list"),
    "complaint.signoff": N_("sign off a handling opinion"),
    "complaint.view_all": N_("see every complaint"),
    "customer.view_confidential": N_("read confidential customer files"),
    "customer.edit_all": N_("edit any customer file"),
    "customer.merge": N_("merge customer files"),
    "customer.reassign": N_("change a customer's consultant"),
    "export.personal": N_("export or print lists with personal data"),
    "settings.edit": N_("change settings"),
    "users.admin": N_("manage user accounts"),
    "audit.view": N_("read the audit trail"),
    "reception.manage": N_("manage the reception queue"),
}


def can(permission: str) -> bool:
    user = session.current()
    if user is None:
        return True
    return user.role in PERMISSIONS.get(permission, ())


def require(permission: str) -> None:
    if not can(permission):
        raise PermissionDenied(_("You are not allowed to {what}. Ask a manager.").format(
            what=_(PERMISSION_LABELS.get(permission, permission))))
