"""Customer files (客户档案): the file, its phones, contact records (回访/拜访),
paper-folder loans (借阅登记) and merge records.

Other registers link to ``Customer`` with a foreign key; merging two files
re-points every such key generically (salesdesk/customer_duplicates.py walks
``Customer._meta.backrefs``), so a new register needs no change there.
``Customer.consultant`` is the owning consultant (sales reception builds on it).
"""
from __future__ import annotations

import datetime as dt

import peewee

from salesdesk.models.accounts import User
from salesdesk.models.db import BaseModel

STATUSES = ("prospect", "interested", "deal", "lost")  # 潜在/意向/成交/战败
GRADES = ("A", "B", "C")
CONFIDENTIALITY = ("normal", "confidential", "secret")  # 普通/机密/绝密
GENDERS = ("", "male", "female")
PHONE_KINDS = ("mobile", "home", "office", "other")
CONTACT_WAYS = ("phone", "visit", "wechat", "sms", "letter")  # 电话/拜访/微信/短信/信函
CONTACT_KINDS = ("follow_up", "visit", "lost_callback", "birthday", "other")  # 回访/拜访/战败回访/生日问候/其他


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
    # interests (意向)
    interest_unit_type = peewee.CharField(max_length=100, default="")  # 户型
    interest_area = peewee.CharField(max_length=50, default="")  # 面积
    interest_budget = peewee.CharField(max_length=50, default="")  # 预算
    birthday = peewee.DateField(null=True)
    birthday_md = peewee.CharField(max_length=5, default="", index=True)  # "MM-DD" for the birthday reminder
    family = peewee.TextField(default="")  # 家庭状况
    preferences = peewee.TextField(default="")  # 兴趣偏好
    profile = peewee.TextField(default="")  # JSON: further items of the seeds' 客户信息档案 template
    tags = peewee.CharField(max_length=300, default="")  # comma-separated
    # follow-up
    next_contact_date = peewee.DateField(null=True, index=True)
    last_contact_at = peewee.DateTimeField(null=True)
    lost_at = peewee.DateTimeField(null=True)  # when the status became 战败
    lost_callback_at = peewee.DateTimeField(null=True)  # the 战败回访 call, once made
    # grade: by hand, or computed from the seeds' rule with its inputs kept
    grade_mode = peewee.CharField(max_length=10, default="manual")  # manual | computed
    grade_sales = peewee.IntegerField(null=True)  # each scored 2..10
    grade_payment = peewee.IntegerField(null=True)
    grade_receivables = peewee.IntegerField(null=True)
    grade_strategic = peewee.IntegerField(null=True)
    grade_score = peewee.FloatField(null=True)
    graded_at = peewee.DateTimeField(null=True)
    # search helper, rewritten on every write (salesdesk/customer_search.py):
    # lower-case name, pinyin, initials, file number, company, phone digits, ID
    search_key = peewee.TextField(default="")

    def __str__(self) -> str:
        return f"{self.file_no} {self.name}"


class CustomerPhone(BaseModel):
    customer = peewee.ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    phone = peewee.CharField(max_length=32, index=True)  # normalize.normalize_phone form
    kind = peewee.CharField(max_length=20, default="mobile")  # mobile/home/office/other


class ContactRecord(BaseModel):
    """A follow-up call or visit (回访/拜访记录)."""

    customer = peewee.ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    contact_date = peewee.DateTimeField(index=True)
    way = peewee.CharField(max_length=20, default="phone")  # CONTACT_WAYS
    kind = peewee.CharField(max_length=20, default="follow_up")  # CONTACT_KINDS
    content = peewee.TextField(default="")
    result = peewee.TextField(default="")
    next_contact_date = peewee.DateField(null=True)
    staff = peewee.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = peewee.DateTimeField(default=dt.datetime.now)


class FileLoan(BaseModel):
    """The paper folder lent out (借阅登记); back within the loan period."""

    customer = peewee.ForeignKeyField(Customer, backref="loans", on_delete="CASCADE")
    borrower = peewee.CharField(max_length=100)
    purpose = peewee.CharField(max_length=200, default="")
    lent_at = peewee.DateTimeField()
    due_date = peewee.DateField(index=True)
    returned_at = peewee.DateTimeField(null=True, index=True)
    lent_by = peewee.CharField(max_length=64, default="")
    received_by = peewee.CharField(max_length=64, default="")


class CustomerMerge(BaseModel):
    """Who merged which file into which, and what moved (kept for ever)."""

    kept = peewee.ForeignKeyField(Customer, backref="merges_kept", on_delete="CASCADE")
    # the merged-away file stays in the table (merged_into set), so its number is never reused
    merged = peewee.ForeignKeyField(Customer, backref="merges_absorbed", on_delete="CASCADE")
    merged_file_no = peewee.CharField(max_length=20)
    merged_by = peewee.CharField(max_length=64)
    merged_at = peewee.DateTimeField(default=dt.datetime.now)
    moved = peewee.TextField(default="")  # JSON {table: count}
    snapshot = peewee.TextField(default="")  # JSON of the merged file's fields before merging


# references that describe the merge itself and must keep pointing at the old file
MERGE_HISTORY_FIELDS = (CustomerMerge.merged, CustomerMerge.kept)

TABLES: list = [Customer, CustomerPhone, ContactRecord, FileLoan, CustomerMerge]
