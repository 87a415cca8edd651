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


DESK_USER, DESK_PASSWORD = "reception1", "demo-reception1-2026"  # a demo account (salesdesk/demo/people.py)


def log_in(with_password: bool = False) -> bool:
    """Work as the reception desk does (masked ID numbers and phones) when the demo accounts exist."""
    from salesdesk import session
    from salesdesk.models.accounts import User

    if with_password:
        try:
            from salesdesk import accounts

            accounts.login(DESK_USER, DESK_PASSWORD)
            return True
        except (ImportError, AttributeError):
            pass
    session.set_current(User.get_or_none(User.username == DESK_USER))
    return True


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


def _need(obj: Any, *names: str) -> None:
    missing = [n for n in names if not hasattr(obj, n)]
    if missing:
        raise Unavailable(f"{type(obj).__name__} has no {', '.join(missing)} on this branch")


def visit_month_filter(tab, first: str, last: str) -> tuple[Callable[[], None], Callable[[], None]]:
    """Type the month into the log's From/To dates and apply (what the filter's
    250 ms typing pause then does); reset shows today again."""
    if tab_unavailable(tab):
        raise Unavailable(tab_unavailable(tab))
    _need(tab, "date_from", "date_to", "apply_filter", "all_dates")
    from PySide6.QtCore import QDate

    a, b = QDate.fromString(first, "yyyy-MM-dd"), QDate.fromString(last, "yyyy-MM-dd")

    def apply() -> None:
        tab.all_dates.setChecked(False)
        tab.date_from.setDate(a)
        tab.date_to.setDate(b)
        tab.apply_filter()

    def reset() -> None:
        tab.date_from.setDate(QDate.currentDate())
        tab.date_to.setDate(QDate.currentDate())
        tab.apply_filter()

    return apply, reset


def customer_search_box(tab) -> Callable[[str], None]:
    """Typing into the customers tab's search box (it searches on every keystroke)."""
    if tab_unavailable(tab):
        raise Unavailable(tab_unavailable(tab))
    from PySide6.QtWidgets import QLineEdit

    box = getattr(tab, "search", None)
    if not isinstance(box, QLineEdit):
        raise Unavailable("the customers tab has no search box on this branch")
    return box.setText


def _walk_in(r: int, badges: int = 700) -> Any:
    """A new walk-in (a fresh phone and badge each time, so no refusal-list, duplicate or badge prompt)."""
    from salesdesk.demo import people

    visitors = _module("salesdesk.visitors")
    import random

    rng = random.Random(1000 + r)
    return visitors.CheckIn(name=people.name(rng), phone=f"199{badges + r:08d}", company=people.company(rng),
                            id_type="id_card", id_number=people.resident_id(rng), party_size=2, purpose="看房",
                            host_name="王置业", plate=people.plate(rng), badge=f"{badges + r % 99}", notes="")


def check_in_desk(tab) -> tuple[Callable[[int], None], Callable[[], None]]:
    """Fill the check-in form (untimed), then press Enter: save, refresh, the row is shown."""
    if tab_unavailable(tab):
        raise Unavailable(tab_unavailable(tab))
    form = getattr(tab, "form", None)
    if form is None:
        raise Unavailable("the visitor tab has no check-in form on this branch")
    _need(form, "fill", "submit")
    _module("salesdesk.visitors")

    def fill(r: int) -> None:
        data = _walk_in(r)
        data.host_name = ""
        form.fill(data)
        sales = getattr(form, "sales", None)
        if sales is not None:
            # The demo's on-duty consultants are all busy with visitors still on site: a
            # sales walk-in would stop at "no free consultant". Register the visit itself.
            sales.setChecked(False)

    def submit() -> None:
        if form.submit() is None:
            raise RuntimeError("the check-in form refused the walk-in")

    return fill, submit


# --- services ---------------------------------------------------------------------------------------

def check_in_service() -> Callable[[int], Any]:
    """visitors.check_in with a full walk-in: validation, refusal list, badge check, customer link, audit."""
    check_in = _attr("salesdesk.visitors", "check_in")
    return lambda r: check_in(_walk_in(r, badges=800))


def export_visits(first: str, last: str, target: Path) -> Any:
    """The visitor registration sheet (.pdf) or register (.xlsx), as `salesdesk export visitors` writes them."""
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if Path(target).suffix == ".pdf":
        return _attr("salesdesk.forms.visitor_sheet", "render_sheet")(target, a, b)
    return _attr("salesdesk.forms.visitor_sheet", "write_register")(target, a, b)


def export_complaints(first: str, last: str, target: Path) -> Any:
    """The complaint register (台账) as .xlsx, as ``salesdesk export complaints -o X.xlsx`` writes it."""
    write = _attr("salesdesk.forms.complaint_report", "write_register_xlsx")
    return write(target, dt.date.fromisoformat(first), dt.date.fromisoformat(last))


# --- the same rows for the raw-library floors -------------------------------------------------------

def _day_after(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _visits_sql(last_columns: str, first: str, last: str) -> tuple[str, tuple]:
    _module("salesdesk.models.visitors")
    return ("SELECT id, substr(time_in, 1, 10) AS day, substr(time_in, 12, 5) AS t_in, substr(time_out, 12, 5) AS t_out, "
            "name, company, phone, id_number, party_size, purpose, host_name, plate, badge, " + last_columns +
            " FROM visit WHERE time_in >= ? AND time_in < ? AND status != 'void' ORDER BY time_in, id",
            (first, _day_after(last)))


def visit_rows_sql(first: str, last: str) -> tuple[str, tuple]:
    """The columns of the visitor sheet (PDF), in its order, voided visits left out."""
    return _visits_sql("'' AS signature", first, last)


def visit_register_sql(first: str, last: str) -> tuple[str, tuple]:
    """The columns of the visitor register workbook, in its order, voided visits left out."""
    return _visits_sql("visitor_class, status, notes", first, last)


def complaint_rows_sql(first: str, last: str) -> tuple[str, tuple]:
    """Every column of the year's cases with the names the register shows for its links."""
    _module("salesdesk.models.complaints")
    return ("SELECT c.*, cu.file_no, h.display_name AS handler_name, a.display_name AS accused_display "
            "FROM complaint c LEFT JOIN customer cu ON cu.id = c.customer_id "
            "LEFT JOIN user h ON h.id = c.handler_id LEFT JOIN user a ON a.id = c.accused_id "
            "WHERE c.received_at >= ? AND c.received_at < ? ORDER BY c.received_at, c.id",
            (first, _day_after(last)))
