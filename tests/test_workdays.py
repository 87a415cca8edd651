"""Working-day arithmetic on real dates of China's calendar."""
import datetime as dt

import pytest

from salesdesk import session, workdays
from salesdesk.errors import PermissionDenied
from salesdesk.models.accounts import User

D = dt.date


def test_national_day_2025_is_skipped_and_the_swapped_saturday_counts(ctx):
    # Tue 2025-09-30 17:00; 1-8 Oct are holidays; Sat 11 Oct is a swapped working day.
    received = dt.datetime(2025, 9, 30, 17, 0)
    assert workdays.add_working_days(received, 1) == D(2025, 10, 9)
    assert workdays.add_working_days(received, 2) == D(2025, 10, 10)
    assert workdays.add_working_days(received, 3) == D(2025, 10, 11)  # a Saturday, but a working day
    assert workdays.add_working_days(received, 5) == D(2025, 10, 14)  # Sun 12 Oct is off


def test_sunday_swapped_workday_before_national_day(ctx):
    assert workdays.is_workday(D(2025, 9, 28))  # Sunday, 调休 working day
    # received Sat 2025-09-27 (a normal weekend day): the Sunday counts as day 1
    assert workdays.add_working_days(dt.datetime(2025, 9, 27, 10), 1) == D(2025, 9, 28)


def test_spring_festival_2026(ctx):
    # 2026 Spring Festival: 15-23 Feb off; Sat 14 Feb and Sat 28 Feb are working days
    assert workdays.is_workday(D(2026, 2, 14))
    assert not workdays.is_workday(D(2026, 2, 16))
    assert workdays.add_working_days(dt.datetime(2026, 2, 13, 9), 1) == D(2026, 2, 14)
    assert workdays.add_working_days(dt.datetime(2026, 2, 14, 9), 1) == D(2026, 2, 24)


def test_plain_week(ctx):
    # Fri 2025-11-14 + 1 working day = Mon 17
    assert workdays.add_working_days(dt.datetime(2025, 11, 14, 16), 1) == D(2025, 11, 17)
    assert workdays.add_working_days(dt.datetime(2025, 11, 14, 16), 0) == D(2025, 11, 14)


def test_working_days_between(ctx):
    assert workdays.working_days_between(dt.datetime(2025, 9, 30, 17), dt.datetime(2025, 9, 30, 18)) == 0
    assert workdays.working_days_between(dt.datetime(2025, 9, 30, 17), dt.datetime(2025, 10, 11, 9)) == 3
    assert workdays.working_days_between(dt.datetime(2025, 10, 11, 9), dt.datetime(2025, 9, 30, 17)) == 0


def test_unknown_year_does_not_crash_and_uses_the_office_table(ctx):
    year = 2031
    assert not workdays.library_knows(year)
    assert workdays.unknown_years([2025, year]) == [year]
    # weekends only: Fri 2031-01-03 + 1 = Mon 6
    assert workdays.add_working_days(dt.datetime(2031, 1, 3, 9), 1) == D(2031, 1, 6)
    workdays.set_day(D(2031, 1, 6), workdays.HOLIDAY, "office day off")
    workdays.set_day(D(2031, 1, 4), workdays.WORKDAY, "调休")
    assert workdays.add_working_days(dt.datetime(2031, 1, 3, 9), 1) == D(2031, 1, 4)
    assert workdays.add_working_days(dt.datetime(2031, 1, 3, 9), 2) == D(2031, 1, 7)
    assert workdays.unknown_years([year]) == []
    assert workdays.remove_day(D(2031, 1, 4))
    assert workdays.add_working_days(dt.datetime(2031, 1, 3, 9), 1) == D(2031, 1, 7)


def test_office_table_overrides_the_library(ctx):
    assert workdays.is_workday(D(2025, 11, 14))
    workdays.set_day(D(2025, 11, 14), workdays.HOLIDAY, "company anniversary")
    assert not workdays.is_workday(D(2025, 11, 14))
    workdays.set_day(D(2025, 11, 14), workdays.WORKDAY)  # changed, not duplicated
    assert [d.kind for d in workdays.extra_days(2025)] == ["workday"]


def test_only_managers_edit_the_table(ctx):
    clerk = User.create(username="r1", display_name="前台", role="receptionist")
    session.set_current(clerk)
    with pytest.raises(PermissionDenied):
        workdays.set_day(D(2031, 1, 6), workdays.HOLIDAY)
