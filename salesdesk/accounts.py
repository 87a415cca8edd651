"""Staff accounts: login, lockout, passwords, user administration, staff lists.

Passwords are hashed with Argon2id (argon2-cffi); the clear text is never
stored. Five wrong passwords in a row lock an account for five minutes. There
is no default password: on first start the program asks for the administrator's
account (``create_first_admin``), and only while no account has a password.
Every login (ok or failed), password change and account change is audited.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from salesdesk import audit, permissions, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import ROLES, User
from salesdesk.models import db as database_gate
from salesdesk.models.db import database
from salesdesk.normalize import clean_text

MIN_PASSWORD = 8
MAX_PASSWORD = 256
MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK_MINUTES = 5
# Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane): ~20 ms a
# login on an office PC, still costly to crack offline; argon2-cffi's default
# (64 MiB, 3 passes, 4 lanes) took ~120 ms of every start on a 2-core PC. Hashes
# store their parameters, so older, costlier ones keep verifying.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

ROLE_LABELS = {
    "receptionist": N_("Receptionist"),
    "consultant": N_("Sales consultant"),
    "manager": N_("Manager"),
    "admin": N_("Administrator"),
}

settings.define("accounts.idle_lock_minutes", 10, N_("Lock the window after this many idle minutes (0 = never)"),
                kind="int", minimum=0, maximum=480, group=N_("Accounts"))


class LoginFailed(SalesDeskError):
    """Wrong name or password, a locked or disabled account."""


def now() -> dt.datetime:
    """The clock used for lockouts (tests replace it instead of sleeping)."""
    return dt.datetime.now()


def role_label(role: str) -> str:
    return _(ROLE_LABELS.get(role, role))


# --- passwords -------------------------------------------------------------------
def check_password_rules(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError({field: _("A password needs at least {n} characters.").format(n=MIN_PASSWORD)})
    if len(password) > MAX_PASSWORD:
        raise ValidationError({field: _("A password may have at most {n} characters.").format(n=MAX_PASSWORD)})
    if password.strip() != password:
        raise ValidationError({field: _("A password cannot start or end with a space.")})


def set_password(user: User, password: str) -> None:
    """Store a new hash (no permission check: callers decide who may do this)."""
    check_password_rules(password)
    user.password_hash = _hasher.hash(password)
    user.save()


def check_password(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def accounts_exist() -> bool:
    """True once any account has a password: from then on the program asks who is working."""
    return User.select().where(User.password_hash.is_null(False)).exists()


def needs_first_admin() -> bool:
    return not accounts_exist()


# --- login -----------------------------------------------------------------------
def is_locked(user: User, at: dt.datetime | None = None) -> bool:
    return user.locked_until is not None and user.locked_until > (at or now())


def state_labels(user: User, at: dt.datetime | None = None) -> list[str]:
    """What is special about an account (disabled, no login, locked) — for user lists."""
    labels = []
    if not user.active:
        labels.append(_("disabled"))
    if not user.password_hash:
        labels.append(_("no login"))
    if is_locked(user, at):
        labels.append(_("locked until {time}").format(time=user.locked_until.strftime("%H:%M")))
    return labels


def _credentials(username: str, password: str, failed_by: str | None = None) -> User:
    """The active, unlocked account whose password this is — or LoginFailed.

    A wrong password counts towards the lockout; an expired lockout starts a
    fresh count. Failures are audited (``failed_by``: whose attempt it was, by
    default the account's own name).
    """
    at = now()
    key = (username or "").strip()
    user = User.get_or_none(User.username == key) if key else None
    if user is None or not user.password_hash:
        audit.log("login_failed", "user", key, note=_("unknown user name"), username=failed_by or key or "?")
        raise LoginFailed(_("Wrong user name or password. Check the user name and try again (Caps Lock?)."))
    who = failed_by or user.username
    if not user.active:
        audit.log("login_failed", "user", user.username, note=_("account disabled"), username=who)
        raise LoginFailed(_("The account {user} is disabled. Ask the administrator to enable it.").format(user=user.username))
    if is_locked(user, at):
        audit.log("login_failed", "user", user.username, note=_("account locked"), username=who)
        raise LoginFailed(_("Too many wrong passwords: the account {user} is locked until {time}. Try again then, or ask the administrator to unlock it.")
                          .format(user=user.username, time=user.locked_until.strftime("%H:%M:%S")))
    failures_to_clear = user.locked_until is not None
    if failures_to_clear:  # the lockout ran out: start counting afresh
        user.locked_until = None
        user.failed_logins = 0
    if not check_password(user, password):
        user.failed_logins += 1
        note = _("wrong password ({n} of {max})").format(n=user.failed_logins, max=MAX_FAILURES)
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = at + dt.timedelta(minutes=LOCK_MINUTES)
            note = _("wrong password; account locked for {m} minutes").format(m=LOCK_MINUTES)
        with database.atomic():
            user.save()
            audit.log("login_failed", "user", user.username, note=note, username=who)
        if user.locked_until is not None:
            raise LoginFailed(_("Wrong password {max} times: the account {user} is locked for {m} minutes.")
                              .format(max=MAX_FAILURES, user=user.username, m=LOCK_MINUTES))
        left = MAX_FAILURES - user.failed_logins
        raise LoginFailed(_("Wrong user name or password. {n} more wrong attempt(s) lock the account for {m} minutes.")
                          .format(n=left, m=LOCK_MINUTES))
    if failures_to_clear or user.failed_logins:  # else nothing to write on a login
        user.failed_logins = 0
        user.locked_until = None
        user.save()
    if _hasher.check_needs_rehash(user.password_hash):  # a hash from other parameters: store today's
        user.password_hash = _hasher.hash(password)
        fresh = user.password_hash
        database_gate.when_sound(lambda: User.update(password_hash=fresh).where(User.id == user.id).execute())
    return user


def login(username: str, password: str) -> User:
    """Check the password and make ``username`` the current user (raises LoginFailed)."""
    user = _credentials(username, password)  # not in a transaction: a failure's count must stay written
    # The window may come up while the start-up check still reads the file (models/db.py):
    # the audit row is written as soon as it has passed.
    when = dt.datetime.now()
    database_gate.when_sound(lambda: audit.log("login", "user", user.username, username=user.username, ts=when))
    session.set_current(user)
    return user


# --- a manager's password at someone else's desk ---------------------------------------
APPROVAL_MINUTES = 5
_approvals: dict[tuple[int, str], dt.datetime] = {}


def confirm(username: str, password: str, purpose: str) -> User:
    """A colleague (a manager approving an override) types their password at the
    logged-in user's desk. Same lockout and audit as a login, but the session is
    not changed; the approval is remembered for ``purpose`` and used up by
    ``take_approval`` in the service that needs it."""
    user = _credentials(username, password, failed_by=session.current_username())
    audit.log("confirm", "user", user.username, note=purpose)
    _approvals[(user.id, purpose)] = now()
    return user


def take_approval(user: User, purpose: str) -> bool:
    """True once per ``confirm`` of ``user`` for ``purpose`` within APPROVAL_MINUTES."""
    at = _approvals.pop((user.id, purpose), None)
    return at is not None and now() - at <= dt.timedelta(minutes=APPROVAL_MINUTES)


def logout() -> None:
    user = session.current()
    if user is not None:
        audit.log("logout", "user", user.username)
    session.set_current(None)


def change_password(user: User, old: str, new: str, repeat: str | None = None) -> None:
    """The user changes their own password (the old one is asked again)."""
    if not check_password(user, old):
        raise ValidationError({"old": _("The current password is not right.")})
    check_password_rules(new, "new")
    if repeat is not None and repeat != new:
        raise ValidationError({"repeat": _("The two new passwords differ. Type the same password twice.")})
    if new == old:
        raise ValidationError({"new": _("The new password must differ from the current one.")})
    with database.atomic():
        set_password(user, new)
        audit.log("password", "user", user.username, note=_("password changed by its owner"))


def reset_password(user: User, new: str) -> None:
    """An administrator sets a new password for someone else (and lifts a lockout)."""
    permissions.require("users.admin")
    check_password_rules(new)
    with database.atomic():
        set_password(user, new)
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.log("password", "user", user.username, note=_("password reset by an administrator"))


def unlock(user: User) -> None:
    permissions.require("users.admin")
    with database.atomic():
        user.failed_logins = 0
        user.locked_until = None
        user.save()
        audit.log("edit", "user", user.username, {"locked_until": ["locked", None]}, note=_("unlocked"))


# --- user administration ---------------------------------------------------------
@dataclass
class UserForm:
    username: str
    display_name: str = ""
    role: str = "receptionist"
    department: str = ""
    phone: str = ""
    active: bool = True


def _clean(form: UserForm, creating: bool) -> dict:
    errors: dict[str, str] = {}
    username = (form.username or "").strip()
    if creating:
        if not username:
            errors["username"] = _("Enter a user name (letters, digits, dot, dash or underscore).")
        elif len(username) > 64 or not all(ch.isalnum() or ch in "._-" for ch in username):
            errors["username"] = _("A user name may only have letters, digits, dot, dash or underscore (at most 64).")
        elif User.select().where(User.username == username).exists():
            errors["username"] = _("The user name {user} is taken. Choose another.").format(user=username)
    if form.role not in ROLES:
        errors["role"] = _("Choose a role: receptionist, consultant, manager or admin.")
    try:
        display = clean_text(form.display_name, "display_name", 64, _("Name")) or username
        department = clean_text(form.department, "department", 64, _("Department"))
        phone = clean_text(form.phone, "phone", 32, _("Phone"))
    except ValidationError as exc:
        errors.update(exc.errors)
        display = department = phone = ""
    if errors:
        raise ValidationError(errors)
    return {"username": username, "display_name": display, "role": form.role, "department": department,
            "phone": phone, "active": bool(form.active)}


def create_user(form: UserForm, password: str | None) -> User:
    """A new account. ``password`` None makes a staff entry that cannot log in
    (a consultant who is visited but does not use the program)."""
    permissions.require("users.admin")
    values = _clean(form, creating=True)
    if password is not None:
        check_password_rules(password)
    with database.atomic():
        user = User.create(**values)
        if password is not None:
            set_password(user, password)
        audit.log("create", "user", user.username, {k: [None, v] for k, v in values.items()})
    return user


def create_first_admin(username: str, display_name: str, password: str, repeat: str | None = None) -> User:
    """The administrator asked for on first start; refused once any account has a password."""
    if repeat is not None and repeat != password:
        raise ValidationError({"repeat": _("The two passwords differ. Type the same password twice.")})
    with database.atomic():
        if accounts_exist():
            raise SalesDeskError(_("An administrator already exists. Log in, or ask the administrator for an account."))
        values = _clean(UserForm(username, display_name, "admin"), creating=False)
        if not values["username"]:
            raise ValidationError({"username": _("Enter a user name (letters, digits, dot, dash or underscore).")})
        check_password_rules(password)
        user = User.get_or_none(User.username == values["username"])
        if user is None:
            _clean(UserForm(username, display_name, "admin"), creating=True)
            user = User.create(**values)
        else:  # a staff entry without a password (e.g. from an import) becomes the administrator
            for k, v in values.items():
                setattr(user, k, v)
        set_password(user, password)
        audit.log("create", "user", user.username, {"role": [None, "admin"]}, note=_("first administrator"),
                  username=user.username)
    return user


def update_user(user: User, form: UserForm) -> User:
    permissions.require("users.admin")
    values = _clean(form, creating=False)
    values.pop("username")
    before = {k: getattr(user, k) for k in values}
    if user.role == "admin" and user.active and (values["role"] != "admin" or not values["active"]):
        others = User.select().where((User.role == "admin") & (User.active == True) & (User.id != user.id)  # noqa: E712
                                     & User.password_hash.is_null(False)).count()
        if not others:
            raise ValidationError({"role": _("This is the last active administrator. Make another user administrator first.")})
    current = session.current()
    if current is not None and current.id == user.id and not values["active"]:
        raise ValidationError({"active": _("You cannot disable your own account while logged in.")})
    changes = audit.diff(before, values)
    if not changes:
        return user
    with database.atomic():
        for k, v in values.items():
            setattr(user, k, v)
        user.save()
        audit.log("edit", "user", user.username, changes)
    if current is not None and current.id == user.id:
        session.set_current(user)
    return user


def users(include_inactive: bool = True) -> list[User]:
    q = User.select()
    if not include_inactive:
        q = q.where(User.active == True)  # noqa: E712
    return list(q.order_by(User.role, User.username))


def get_user(username: str) -> User:
    user = User.get_or_none(User.username == (username or "").strip())
    if user is None:
        raise SalesDeskError(_("There is no user named {user}. 'salesdesk user list' shows the accounts.").format(user=username))
    return user


# --- staff lists (used by every register) ------------------------------------------
def staff(roles: tuple[str, ...] | None = None, active_only: bool = True) -> list[User]:
    """Staff ordered by name, optionally of some roles (e.g. consultants for ownership)."""
    q = User.select()
    if roles:
        q = q.where(User.role.in_(roles))
    if active_only:
        q = q.where(User.active == True)  # noqa: E712 - peewee expression
    return list(q.order_by(User.display_name))


def find_staff(name_or_username: str) -> User | None:
    key = (name_or_username or "").strip()
    if not key:
        return None
    return User.get_or_none((User.username == key) | (User.display_name == key))
