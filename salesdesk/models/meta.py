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


TABLES = [SchemaInfo, Setting]
