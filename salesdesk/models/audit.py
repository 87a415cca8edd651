"""The audit trail: append-only. Written only by salesdesk/audit.py."""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.db import BaseModel


class AuditLog(BaseModel):
    ts = peewee.DateTimeField(default=dt.datetime.now, index=True)
    username = peewee.CharField(max_length=64, index=True)  # text, so it outlives the account
    action = peewee.CharField(max_length=40, index=True)  # create/edit/void/status/merge/import/export/print/login...
    record_type = peewee.CharField(max_length=40, default="", index=True)
    record_id = peewee.CharField(max_length=64, default="", index=True)
    changes = peewee.TextField(default="")  # JSON {field: [before, after]}
    note = peewee.TextField(default="")


TABLES = [AuditLog]
