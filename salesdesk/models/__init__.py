"""Peewee models, one module per register. No Qt here.

``ALL_TABLES`` lists every table in creation order (referenced tables first).
"""
from salesdesk.models import accounts, audit, complaints, customers, meta, reception, visitors
from salesdesk.models.db import BaseModel, database

ALL_TABLES = [
    *meta.TABLES,
    *accounts.TABLES,
    *audit.TABLES,
    *customers.TABLES,
    *visitors.TABLES,
    *complaints.TABLES,
    *reception.TABLES,
]

# Tables whose rows can only be added (UPDATE/DELETE abort; see db.protect_append_only).
APPEND_ONLY = [*audit.APPEND_ONLY]

__all__ = ["ALL_TABLES", "APPEND_ONLY", "BaseModel", "database"]
