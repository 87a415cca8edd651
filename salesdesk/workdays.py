"""Working days in China: weekends and public holidays off, swapped weekends (调休) on.

The ``chinese-calendar`` library knows the State Council's holiday schedule for
the years it ships (it raises for any other year). The office's own table of
extra days (``CalendarDay``: holiday / workday) is consulted first, so an
administrator can enter next year's schedule before the library is updated, or
mark an office-specific day off. For a year neither knows, plain weekends are
used — the program never stops working because a year is missing;
``unknown_years`` lets the window warn about it.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

from salesdesk import audit
from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.complaints import CalendarDay
from salesdesk.models.db import database

HOLIDAY, WORKDAY = "holiday", "workday"
KINDS = ((HOLIDAY, N_("Holiday (day off)")), (WORKDAY, N_("Working day")))


@lru_cache(maxsize=None)
def library_knows(year: int) -> bool:
    """Whether chinese-calendar has the official schedule for ``year``."""
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=8192)
def _library_workday(day: dt.date) -> bool:
    if library_knows(day.year):
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:  # a partly covered year: fall back to weekends
            pass
    return day.weekday() < 5


class Calendar:
    """Working-day answers for a span of dates with the office table loaded once."""

    def __init__(self, start: dt.date, end: dt.date) -> None:
        self.start, self.end = start, end
        rows = CalendarDay.select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.day.between(start, end))
        self.extra = {r.day: r.kind for r in rows}

    def covers(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= start and end <= self.end

    def is_workday(self, day: dt.date) -> bool:
        kind = self.extra.get(day)
        if kind is not None:
            return kind == WORKDAY
        return _library_workday(day)


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def is_workday(day: dt.date | dt.datetime) -> bool:
    day = _as_date(day)
    return Calendar(day, day).is_workday(day)


def add_working_days(start: dt.date | dt.datetime, n: int) -> dt.date:
    """The date of the ``n``-th working day after ``start`` (the day of receipt
    does not count, whatever the hour). ``n`` = 0 gives ``start``'s date."""
    day = _as_date(start)
    if n <= 0:
        return day
    # Long holidays (Spring Festival) can add ~10 days; load generously once.
    cal = Calendar(day, day + dt.timedelta(days=n * 2 + 40))
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if day > cal.end:
            cal = Calendar(day, day + dt.timedelta(days=n * 2 + 40))
        if cal.is_workday(day):
            counted += 1
    return day


def working_days_between(start: dt.date | dt.datetime, end: dt.date | dt.datetime,
                         cal: Calendar | None = None) -> int:
    """Working days after ``start``'s date up to and including ``end``'s date
    (handled on the day of receipt = 0; the next working day = 1). A register
    passes one ``cal`` spanning its period, instead of a table query per row."""
    a, b = _as_date(start), _as_date(end)
    if b <= a:
        return 0
    if cal is None or not cal.covers(a, b):
        cal = Calendar(a, b)
    return sum(1 for i in range(1, (b - a).days + 1) if cal.is_workday(a + dt.timedelta(days=i)))


def unknown_years(years: list[int] | tuple[int, ...]) -> list[int]:
    """Years the library does not know and the office table has no entries for:
    deadlines there count weekends only, so the office should enter the schedule."""
    out = []
    for y in years:
        if library_knows(y):
            continue
        if not CalendarDay.select().where(CalendarDay.day.between(dt.date(y, 1, 1), dt.date(y, 12, 31))).exists():
            out.append(y)
    return out


# --- the office table: one write path --------------------------------------------

def extra_days(year: int | None = None) -> list[CalendarDay]:
    q = CalendarDay.select().order_by(CalendarDay.day)
    if year:
        q = q.where(CalendarDay.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    return list(q)


def set_day(day: dt.date, kind: str, note: str = "") -> CalendarDay:
    """Add or change an extra day (managers/administrators)."""
    from salesdesk import permissions

    permissions.require("settings.edit")
    if kind not in (HOLIDAY, WORKDAY):
        raise ValidationError({"kind": _("Choose whether the day is a holiday or a working day.")})
    if not isinstance(day, dt.date):
        raise ValidationError({"day": _("Enter the date of the extra day.")})
    day = _as_date(day)
    note = (note or "").strip()[:100]
    with database.atomic():
        row = CalendarDay.get_or_none(CalendarDay.day == day)
        before = {"kind": row.kind, "note": row.note} if row else {}
        if row is None:
            row = CalendarDay.create(day=day, kind=kind, note=note)
        else:
            row.kind, row.note = kind, note
            row.save()
        audit.log("edit" if before else "create", "calendar_day", day.isoformat(),
                  audit.diff(before, {"kind": kind, "note": note}))
    return row


def remove_day(day: dt.date) -> bool:
    from salesdesk import permissions

    permissions.require("settings.edit")
    with database.atomic():
        n = CalendarDay.delete().where(CalendarDay.day == _as_date(day)).execute()
        if n:
            audit.log("delete", "calendar_day", _as_date(day).isoformat())
    return bool(n)
