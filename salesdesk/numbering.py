"""Record numbers that are never reused: TS-2026-0001, KH-2026-00001.

``next_number`` must be called inside the transaction that saves the record:
the counter row is bumped under the database write lock, so two programs
saving at once get different numbers, and a rolled-back save gives its number
back instead of leaving a gap. Numbers of voided/deleted records stay used.
"""
from __future__ import annotations

import datetime as dt

from salesdesk.models.db import database, exclusive_transaction
from salesdesk.models.meta import Counter


def next_number(series: str, width: int, year: int | None = None) -> str:
    year = year or dt.date.today().year
    with exclusive_transaction():
        updated = (Counter.update(value=Counter.value + 1)
                   .where((Counter.series == series) & (Counter.year == year)).execute())
        if not updated:
            Counter.create(series=series, year=year, value=1)
        value = Counter.get((Counter.series == series) & (Counter.year == year)).value
    return f"{series}-{year}-{value:0{width}d}"


def peek(series: str, year: int | None = None) -> int:
    """The last number handed out (0 if none) — for display only."""
    year = year or dt.date.today().year
    row = Counter.get_or_none((Counter.series == series) & (Counter.year == year))
    return row.value if row else 0


__all__ = ["next_number", "peek", "database"]
