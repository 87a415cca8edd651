"""Customer files (客户档案). The core of the model is here so the visitor desk and
the complaint register can link to a customer; the customer-files issue extends it."""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.accounts import User
from salesdesk.models.db import BaseModel

STATUSES = ("prospect", "interested", "deal", "lost")  # 潜在/意向/成交/战败
GRADES = ("A", "B", "C")
CONFIDENTIALITY = ("normal", "confidential", "secret")  # 普通/机密/绝密


class Customer(BaseModel):
    file_no = peewee.CharField(unique=True, max_length=20)  # KH-YYYY-NNNNN
    name = peewee.CharField(max_length=100, index=True)
    gender = peewee.CharField(max_length=10, default="")
    id_type = peewee.CharField(max_length=20, default="id_card")
    id_number = peewee.CharField(max_length=40, default="", index=True)
    company = peewee.CharField(max_length=200, default="")
    position = peewee.CharField(max_length=100, default="")
    address = peewee.CharField(max_length=300, default="")
    source = peewee.CharField(max_length=100, default="")
    consultant = peewee.ForeignKeyField(User, null=True, backref="customers", on_delete="SET NULL")
    status = peewee.CharField(max_length=20, default="prospect", index=True)
    grade = peewee.CharField(max_length=1, default="C")
    confidentiality = peewee.CharField(max_length=20, default="normal")
    notes = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=dt.datetime.now, index=True)
    updated_at = peewee.DateTimeField(default=dt.datetime.now)
    merged_into = peewee.ForeignKeyField("self", null=True, backref="merged_from", on_delete="SET NULL")


class CustomerPhone(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    phone = peewee.CharField(max_length=32, index=True)  # normalize.normalize_phone form
    kind = peewee.CharField(max_length=20, default="mobile")  # mobile/home/office/other


TABLES: list = [Customer, CustomerPhone]
