"""Staff accounts: the people who use the program and who can be visited,
assigned a customer or a complaint. Passwords and login rules: salesdesk/accounts.py."""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.db import BaseModel

ROLES = ("receptionist", "consultant", "manager", "admin")


class User(BaseModel):
    username = peewee.CharField(unique=True, max_length=64)
    display_name = peewee.CharField(max_length=64)
    role = peewee.CharField(max_length=20, default="receptionist")
    department = peewee.CharField(max_length=64, default="")
    phone = peewee.CharField(max_length=32, default="")
    active = peewee.BooleanField(default=True)
    password_hash = peewee.CharField(max_length=255, null=True)
    failed_logins = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=dt.datetime.now)

    def __str__(self) -> str:
        return self.display_name or self.username


TABLES = [User]
