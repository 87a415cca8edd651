"""Demo customer files: 20,000 in a few seconds (bulk inserts, numbers in one go)."""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from salesdesk import customer_search
from salesdesk.demo import people
from salesdesk.models.accounts import User
from salesdesk.models.customers import ContactRecord, Customer, CustomerPhone
from salesdesk.models.db import bulk_insert, database
from salesdesk.models.meta import Counter

BATCH = 500
SOURCES = ["来电", "来访", "朋友介绍", "老带新", "网络", "户外广告", "展会"]
UNITS = ["两房", "三房", "四房", "复式", "别墅", "商铺"]
TAGS = ["改善型", "刚需", "投资", "学区", "老业主", "团购", "全款", "贷款"]
CONTACTS = ["电话回访，客户对三房户型感兴趣，约周末来看样板间", "微信发送新开盘信息，客户表示考虑中",
            "上门拜访，客户关心交房时间和物业费", "短信问候，节日祝福", "电话沟通贷款方案，客户倾向公积金贷款"]


def generate(rng: random.Random, count: int, staff: list[User],
             progress: Callable[[str, int, int], None] | None = None) -> int:
    if count <= 0:
        return 0
    consultants = people.sales_consultants(staff)
    today = dt.date.today()
    year = today.year
    with database.atomic():
        counter, _created = Counter.get_or_create(series="KH", year=year, defaults={"value": 0})
        start = counter.value
        Counter.update(value=Counter.value + count).where(Counter.id == counter.id).execute()
        first_id = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
        done = 0
        while done < count:
            n = min(BATCH, count - done)
            rows, phones, contacts = [], [], []
            for i in range(n):
                seq = start + done + i + 1
                cid = first_id + done + i
                name = people.name(rng)
                created = dt.datetime.combine(today - dt.timedelta(days=rng.randint(0, 900)), dt.time(rng.randint(9, 17), rng.randint(0, 59)))
                status = rng.choices(["prospect", "interested", "deal", "lost"], [40, 30, 20, 10])[0]
                birthday = dt.date(rng.randint(1955, 2000), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else None
                next_contact = today + dt.timedelta(days=rng.randint(-10, 30)) if status in ("prospect", "interested") and rng.random() < 0.5 else None
                id_number = people.resident_id(rng) if rng.random() < 0.5 else ""
                company = people.company(rng) if rng.random() < 0.7 else ""
                mobile = people.mobile(rng)
                c = Customer(id=cid, file_no=f"KH-{year}-{seq:05d}", name=name, company=company,
                             gender=rng.choice(["male", "female"]), id_number=id_number, source=rng.choice(SOURCES),
                             consultant=rng.choice(consultants), status=status, grade=rng.choice("ABCCC"),
                             confidentiality=rng.choices(["normal", "confidential", "secret"], [95, 4, 1])[0],
                             interest_unit_type=rng.choice(UNITS), interest_area=f"{rng.randint(70, 200)}㎡",
                             interest_budget=f"{rng.randint(100, 600)}万", birthday=birthday,
                             birthday_md=birthday.strftime("%m-%d") if birthday else "",
                             tags=",".join(rng.sample(TAGS, rng.randint(0, 2))), next_contact_date=next_contact,
                             lost_at=created if status == "lost" else None, created_at=created, updated_at=created,
                             lost_callback_at=created + dt.timedelta(days=2) if status == "lost" and rng.random() < 0.9 else None)
                c.search_key = customer_search.build_key(c, [mobile])
                rows.append(c.__data__)
                phones.append({"customer": cid, "phone": mobile, "kind": "mobile"})
                if rng.random() < 0.3:
                    when = created + dt.timedelta(days=rng.randint(1, 30))
                    if when < dt.datetime.now():
                        contacts.append({"customer": cid, "contact_date": when, "way": rng.choice(["phone", "wechat", "visit", "sms"]),
                                         "kind": "follow_up", "content": rng.choice(CONTACTS), "result": "",
                                         "created_at": when})
            bulk_insert(Customer, rows)
            bulk_insert(CustomerPhone, phones)
            if contacts:
                bulk_insert(ContactRecord, contacts)
            done += n
            if progress:
                progress("customers", done, count)
    return count
