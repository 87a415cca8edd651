"""Models of the customers register (filled in by its issue)."""
from __future__ import annotations

import peewee  # noqa: F401

from salesdesk.models.db import BaseModel  # noqa: F401

TABLES: list = []
