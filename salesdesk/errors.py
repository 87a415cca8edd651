"""Errors that carry a message meant for the person at the desk.

Services raise these; the window shows ``str(err)`` in a dialog or next to the
field, the command line prints it and exits non-zero. Anything else that
escapes is a bug.
"""
from __future__ import annotations


class SalesDeskError(Exception):
    """A problem the user can understand and fix; ``str()`` says what and how."""


class ValidationError(SalesDeskError):
    """One or more fields are wrong. ``errors`` maps field name -> message."""

    def __init__(self, errors: dict[str, str] | str, field: str | None = None):
        if isinstance(errors, str):
            errors = {field or "": errors}
        self.errors: dict[str, str] = dict(errors)
        super().__init__("\n".join(m for m in self.errors.values()))


class DatabaseError(SalesDeskError):
    """The database cannot be opened or used (locked, corrupt, wrong kind)."""


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged (fails SQLite's check, or is not an SQLite file).

    Nothing was written into it; the window offers the latest good backup.
    """

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])


class PermissionDenied(SalesDeskError):
    """The current user may not do this."""


class OutputError(SalesDeskError):
    """A PDF/Excel file could not be written (locked, read-only, disk full)."""
