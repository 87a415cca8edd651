"""The database floor of a user action: the very SQL the program ran, replayed
through the bare sqlite3 module on the same file.

``SqlCapture`` records every statement peewee sends while a measured action
runs; ``replay`` times those statements (reads only) on a plain connection.
The difference between the two is what Python, peewee and Qt add on top.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from common import ms_since, now

_connections: dict[str, sqlite3.Connection] = {}


class SqlCapture:
    def __init__(self) -> None:
        self.statements: list[tuple[str, tuple[Any, ...]]] = []

    def __enter__(self) -> "SqlCapture":
        from salesdesk.models.db import database

        self.db = database.obj
        original = type(self.db).execute_sql
        statements = self.statements

        def spy(sql, params=None):
            statements.append((sql, tuple(params or ())))
            return original(self.db, sql, params)

        self.db.execute_sql = spy  # instance attribute shadows the method while capturing
        return self

    def __exit__(self, *exc) -> None:
        del self.db.execute_sql


def _connection(db_file: str) -> sqlite3.Connection:
    con = _connections.get(db_file)
    if con is None:
        con = sqlite3.connect(db_file)
        con.execute("PRAGMA cache_size=-16000")  # as salesdesk.models.db opens it
        _connections[db_file] = con
    return con


def replay(db_file: str, statements: list[tuple[str, tuple[Any, ...]]]) -> float:
    """Milliseconds to run the captured SELECTs and fetch all their rows."""
    con = _connection(db_file)
    reads = [(s, p) for s, p in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    t0 = now()
    for sql, params in reads:
        con.execute(sql, params).fetchall()
    return ms_since(t0)
