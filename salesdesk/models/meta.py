"""Schema version and key/value settings."""
from __future__ import annotations

import peewee

from salesdesk.models.db import BaseModel


class SchemaInfo(BaseModel):
    """One row: the schema version this file is at. Its presence marks a SalesDesk database."""

    version = peewee.IntegerField()
    app = peewee.CharField(default="SalesDesk")


class Setting(BaseModel):
    key = peewee.CharField(primary_key=True, max_length=100)
    value = peewee.TextField()  # JSON


class Counter(BaseModel):
    """Last number handed out per series and year (TS-2026-0001, KH-2026-00001...)."""

    series = peewee.CharField(max_length=20)
    year = peewee.IntegerField()
    value = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("series", "year"), True),)


TABLES = [SchemaInfo, Setting, Counter]
