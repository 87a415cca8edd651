"""The complaint register's figures: handling time, on-time closure, satisfaction,
counts by type/category/channel for a month or any period (Qt-free).

Read-only: every write stays in salesdesk/complaints.py.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from salesdesk import complaints as cp
from salesdesk import workdays
from salesdesk.models.complaints import Complaint


def handling_days(c: Complaint, cal: workdays.Calendar | None = None) -> int | None:
    """Working days from receipt to close (None while open); ``cal``: see period_calendar."""
    return workdays.working_days_between(c.received_at, c.closed_at, cal) if c.closed_at else None


def period_calendar(date_from: dt.date) -> workdays.Calendar:
    """One working-day calendar for every case received since ``date_from`` (they close by today)."""
    return workdays.Calendar(date_from, max(date_from, dt.date.today()))


def on_time(c: Complaint) -> bool | None:
    """Closed by the settlement deadline? None while open and not yet late."""
    if c.closed_at:
        return c.closed_at.date() <= c.settle_due
    if c.settle_due < dt.date.today():
        return False
    return None


@dataclass
class Figures:
    """The monthly figures (or any period's): counts, closure, speed, satisfaction."""

    date_from: dt.date
    date_to: dt.date
    total: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    accepted: int = 0  # total minus not accepted
    decided: int = 0  # accepted cases closed or past their deadline: the base of the on-time rate
    closed: int = 0
    closed_on_time: int = 0
    open_overdue: int = 0
    repeated: int = 0
    avg_handling_days: float | None = None
    avg_first_answer_hours: float | None = None
    followed_up: int = 0
    satisfied: int = 0

    @property
    def on_time_rate(self) -> float | None:
        """Cases closed by their deadline, of the accepted cases that are closed or already
        past their deadline (a case still within its time is not counted either way)."""
        return self.closed_on_time / self.decided if self.decided else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.followed_up if self.followed_up else None


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def figures(date_from: dt.date, date_to: dt.date, now: dt.datetime | None = None) -> Figures:
    """Figures over the cases received from ``date_from`` to ``date_to`` (inclusive)."""
    now = now or dt.datetime.now()
    fig = Figures(date_from, date_to)
    # only the columns counted here: the long texts of every case are not read
    q = cp.search(cp.Filter(date_from=date_from, date_to=date_to), now).select(
        Complaint.id, Complaint.kind, Complaint.category, Complaint.channel, Complaint.severity, Complaint.status,
        Complaint.reopen_count, Complaint.received_at, Complaint.first_answer_at, Complaint.first_answer_due,
        Complaint.settle_due, Complaint.closed_at, Complaint.satisfaction)
    handling: list[int] = []
    first_hours: list[float] = []
    cal = period_calendar(date_from)
    for c in q.iterator():
        fig.total += 1
        for bucket, key in ((fig.by_kind, cp.label(cp.KINDS, c.kind)), (fig.by_category, c.category or "—"),
                            (fig.by_channel, c.channel or "—"), (fig.by_severity, cp.label(cp.SEVERITIES, c.severity)),
                            (fig.by_status, cp.label(cp.STATUSES, c.status))):
            bucket[key] = bucket.get(key, 0) + 1
        if c.reopen_count:
            fig.repeated += 1
        if c.first_answer_at:
            first_hours.append((c.first_answer_at - c.received_at).total_seconds() / 3600)
        if c.status == "not_accepted":
            continue
        fig.accepted += 1
        if c.status == "closed" or c.settle_due < now.date():
            fig.decided += 1
        if c.status == "closed":
            fig.closed += 1
            days = handling_days(c, cal)
            handling.append(days or 0)
            if on_time(c):
                fig.closed_on_time += 1
        elif cp.deadline_state(c, now) == "overdue":
            fig.open_overdue += 1
        if c.satisfaction:
            fig.followed_up += 1
            fig.satisfied += c.satisfaction in cp.SATISFIED
    fig.avg_handling_days = sum(handling) / len(handling) if handling else None
    fig.avg_first_answer_hours = sum(first_hours) / len(first_hours) if first_hours else None
    return fig


def monthly_figures(year: int, month: int, now: dt.datetime | None = None) -> Figures:
    return figures(*month_range(year, month), now=now)
