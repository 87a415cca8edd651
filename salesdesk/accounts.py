"""Staff accounts: passwords and staff lists.

Passwords are hashed with Argon2id (argon2-cffi); the clear text is never
stored. Login, lockout and role administration build on this (issue #6).
"""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from salesdesk.errors import ValidationError
from salesdesk.i18n import _
from salesdesk.models.accounts import User

MIN_PASSWORD = 8
_hasher = PasswordHasher()


def set_password(user: User, password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError({"password": _("A password needs at least {n} characters.").format(n=MIN_PASSWORD)})
    user.password_hash = _hasher.hash(password)
    user.save()


def check_password(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


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
