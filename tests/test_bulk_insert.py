"""bulk_insert stores exactly what peewee's insert_many stores (values, defaults, links)."""
import datetime as dt
import sqlite3

from salesdesk.models.db import bulk_insert, database
from salesdesk.models.visitors import Visit


def _row(name: str) -> dict:
    return dict(time_in=dt.datetime(2025, 3, 5, 9, 12), time_out=None, status="left", name=name,
                phone="13800138000", company="<b>万科</b>", party_size=2, purpose="看房", host=None,
                host_name="王置业", customer=None, source="demo")


def test_rows_match_insert_many(ctx):
    Visit.insert_many([_row("张三")]).execute()
    assert bulk_insert(Visit, [_row("张三"), _row("李四")]) == 2
    cols = "time_in, time_out, status, phone, company, party_size, purpose, host_id, host_name, id_type, visitor_class, source"
    stored = database.execute_sql(f"SELECT name, {cols} FROM visit ORDER BY id").fetchall()
    assert [r[0] for r in stored] == ["张三", "张三", "李四"]
    assert stored[0][1:] == stored[1][1:] == stored[2][1:]  # same text for dates, same defaults (id_type, class)
    assert Visit.get(Visit.name == "李四").created_at is not None  # callable default filled per row


def test_rows_with_different_keys_still_insert(ctx):
    rows = [_row("甲"), dict(_row("乙"), notes="备注")]
    assert bulk_insert(Visit, rows) == 2
    assert Visit.get(Visit.name == "乙").notes == "备注"


def test_many_rows_with_different_keys_stay_under_the_variable_limit(ctx):
    """The insert_many fallback goes in slices: one INSERT for 3,000 rows of 12 values
    would pass SQLite's usual limit of 32,766 bound variables."""
    con = database.connection()
    old = con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    try:
        rows = [_row(f"客{i}") for i in range(2999)] + [dict(_row("末"), notes="备注")]
        assert bulk_insert(Visit, rows) == 3000
    finally:
        con.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, old)
    assert Visit.select().count() == 3000 and Visit.get(Visit.name == "末").notes == "备注"
