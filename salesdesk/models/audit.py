"""The audit trail: append-only. Written only by salesdesk/audit.py.

The database refuses UPDATE and DELETE on this table (triggers created with the
schema, models/db.py ``protect_append_only``); the model refuses them earlier
with a clear message.
"""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.errors import PermissionDenied
from salesdesk.i18n import _
from salesdesk.models.db import BaseModel


class AuditLog(BaseModel):
    ts = peewee.DateTimeField(default=dt.datetime.now, index=True)
    username = peewee.CharField(max_length=64, index=True)  # text, so it outlives the account
    action = peewee.CharField(max_length=40, index=True)  # create/edit/void/status/merge/import/export/print/login...
    record_type = peewee.CharField(max_length=40, default="", index=True)
    record_id = peewee.CharField(max_length=64, default="", index=True)
    changes = peewee.TextField(default="")  # JSON {field: [before, after]}
    note = peewee.TextField(default="")

    def save(self, force_insert: bool = False, only=None):  # noqa: ANN001 - peewee API
        if self.id is not None and not force_insert:
            raise PermissionDenied(_("The audit trail cannot be changed: its rows are append-only."))
        return super().save(force_insert=force_insert, only=only)

    def delete_instance(self, *args, **kwargs):  # noqa: ANN002, ANN003 - peewee API
        raise PermissionDenied(_("The audit trail cannot be changed: its rows are append-only."))


TABLES = [AuditLog]
APPEND_ONLY = [AuditLog]
