"""How the benchmark drives each register: the one module that knows their
public services and widgets. A register (or one of its functions) that is not
there raises ``Unavailable``, and its figure prints "not available" — the bench
never substitutes a number of its own.
"""
from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import Any, Callable


class Unavailable(Exception):
    pass


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            raise Unavailable(f"{name} is not on this branch yet") from None
        raise


def _attr(module: str, name: str) -> Any:
    mod = _module(module)
    if not hasattr(mod, name):
        raise Unavailable(f"{module}.{name} is not there")
    return getattr(mod, name)


def log_in() -> None:
    """Work as the reception desk does (masked ID numbers and phones) when the demo accounts exist."""
    from salesdesk import session
    from salesdesk.models.accounts import User

    session.set_current(User.get_or_none(User.username == "reception1"))


# --- widgets ----------------------------------------------------------------------------------------

def _main_view(tab):
    from PySide6.QtWidgets import QTableView

    views = [v for v in tab.findChildren(QTableView)]
    if not views:
        return None
    return max(views, key=lambda v: v.model().rowCount() if v.model() else -1)


def tab_unavailable(tab) -> str:
    """Why a tab cannot be measured ('' when it can): a placeholder has no table."""
    if _main_view(tab) is None:
        return f"the {tab.register} tab is still a placeholder on this branch"
    return ""


def visible_rows(tab) -> int | None:
    view = _main_view(tab)
    return view.model().rowCount() if view is not None and view.model() else None


def visit_month_filter(tab, first: str, last: str) -> tuple[Callable[[], None], Callable[[], None]]:
    raise Unavailable("the visitor log's filter is not on this branch yet")


def customer_search_box(tab) -> Callable[[str], None]:
    raise Unavailable("the customer files' search box is not on this branch yet")


def check_in_desk(tab) -> tuple[Callable[[int], None], Callable[[], None]]:
    raise Unavailable("the check-in form is not on this branch yet")


# --- services ---------------------------------------------------------------------------------------

def check_in_service() -> Callable[[int], Any]:
    _module("salesdesk.visitors")
    raise Unavailable("salesdesk.visitors has no check-in service yet")


def export_visits(first: str, last: str, target: Path) -> Any:
    _module("salesdesk.forms.visitor_sheet")
    raise Unavailable("the visitor register export is not on this branch yet")


def export_complaints(first: str, last: str, target: Path) -> Any:
    """The complaint register (台账) as .xlsx, as ``salesdesk export complaints -o X.xlsx`` writes it."""
    write = _attr("salesdesk.forms.complaint_report", "write_register_xlsx")
    return write(target, dt.date.fromisoformat(first), dt.date.fromisoformat(last))


# --- the same rows for the raw-library floors -------------------------------------------------------

def visit_rows_sql(first: str, last: str) -> tuple[str, tuple]:
    raise Unavailable("no visit table yet")


def complaint_rows_sql(first: str, last: str) -> tuple[str, tuple]:
    """Every column of the year's cases with the names the register shows for its links."""
    _module("salesdesk.models.complaints")
    return ("SELECT c.*, cu.file_no, h.display_name AS handler_name, a.display_name AS accused_display "
            "FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id "
            "LEFT JOIN user h ON h.id = c.handler_id LEFT JOIN user a ON a.id = c.accused_id "
            "WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id",
            (first, (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()))
