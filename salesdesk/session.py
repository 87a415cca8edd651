"""Who is at the keyboard. Set by the login dialog or the CLI's --user.

No user set means the program runs unattended (tests of register rules,
first start before any account exists); audit rows then say ``system``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from salesdesk.models.accounts import User

_current: "User | None" = None


def set_current(user: "User | None") -> None:
    global _current
    _current = user


def current() -> "User | None":
    return _current


def current_username() -> str:
    return _current.username if _current is not None else "system"
