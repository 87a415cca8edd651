"""Demo visits: a year of office traffic ending today, with appointments, a
few people on the refusal list and some visitors still on site.

Bulk inserts (``bulk_insert``) in batches inside one transaction: 200,000 visits in a
few seconds. Audit rows are not written for demo data (it is not anybody's work).
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from salesdesk.demo import people
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.models.db import bulk_insert, database
from salesdesk.models.visitors import (ARRIVED, BOOKED, LEFT, NO_SHOW, NOT_SIGNED_OUT, ON_SITE, VOID, Appointment,
                                      RefusalEntry, Visit)

BATCH = 5000
PURPOSES = ["看房"] * 6 + ["洽谈"] * 3 + ["签约", "投诉", "送货", "面试", "其他"]
ID_TYPES = ["id_card"] * 8 + ["driving_licence", "work_card"]


def _visit_time(rng: random.Random, day: dt.date) -> dt.datetime:
    # busier at weekends, between 9:00 and 18:00, peaks late morning and afternoon
    minute = int(rng.triangular(9 * 60, 18 * 60, 14 * 60))
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


def generate(rng: random.Random, count: int, staff: list[User],
             progress: Callable[[str, int, int], None] | None = None) -> int:
    if count <= 0:
        return 0
    today = dt.date.today()
    now = dt.datetime.now().replace(second=0, microsecond=0)
    hosts = [u for u in staff if u.role in ("consultant", "manager")] or staff
    customers = [(p.customer.id, p.customer.name, p.customer.company, p.phone)
                 for p in CustomerPhone.select(CustomerPhone, Customer).join(Customer).limit(5000)]
    days = max(30, min(365 * 3, count // 150))
    weights = [1.8 if (today - dt.timedelta(days=d)).weekday() >= 5 else 1.0 for d in range(days)]
    day_offsets = rng.choices(range(days), weights=weights, k=count)
    day_offsets.sort(reverse=True)  # oldest first, so ids grow with time like a real log
    on_site_left = min(8, count)
    rows: list[dict] = []
    done = 0
    with database.atomic():
        for i, off in enumerate(day_offsets):
            day = today - dt.timedelta(days=off)
            t_in = _visit_time(rng, day)
            if day == today and t_in > now:
                t_in = now - dt.timedelta(minutes=rng.randint(5, 240))
            if customers and rng.random() < 0.3:
                cid, name, company, phone = rng.choice(customers)
            else:
                cid, name, company, phone = None, people.name(rng), people.company(rng) if rng.random() < 0.6 else "", people.mobile(rng)
            host = rng.choice(hosts)
            remaining = count - i
            status, t_out = LEFT, t_in + dt.timedelta(minutes=rng.randint(10, 150))
            if day == today and remaining <= on_site_left:
                status, t_out = ON_SITE, None
            elif rng.random() < 0.002:
                status, t_out = NOT_SIGNED_OUT, None
            elif rng.random() < 0.003:
                status = VOID
            rows.append(dict(
                time_in=t_in, time_out=t_out, status=status, name=name, phone=phone, company=company or "",
                id_type=(idt := rng.choice(ID_TYPES)),
                id_number=people.resident_id(rng) if idt == "id_card" and rng.random() < 0.7 else "",
                party_size=rng.choice((1, 1, 1, 2, 2, 3, 4)), purpose=rng.choice(PURPOSES), host=host.id,
                host_name=host.display_name, plate=people.plate(rng) if rng.random() < 0.35 else "",
                badge=str(i % 50 + 1) if status == ON_SITE else "", visitor_class="vip" if rng.random() < 0.08 else "normal",
                notes="", customer=cid, created_by="demo", created_at=t_in,
                void_reason="重复登记" if status == VOID else "", voided_by="manager" if status == VOID else "",
                voided_at=t_in if status == VOID else None, source="demo"))
            if len(rows) >= BATCH:
                bulk_insert(Visit, rows)
                done += len(rows)
                rows = []
                if progress:
                    progress("visitors", done, count)
        if rows:
            bulk_insert(Visit, rows)
            done += len(rows)
        _appointments(rng, hosts, today)
        _refusals(rng)
    if progress:
        progress("visitors", done, count)
    return done


def _appointments(rng: random.Random, hosts: list[User], today: dt.date) -> None:
    rows = []
    for off in range(-7, 8):
        day = today + dt.timedelta(days=off)
        for _n in range(rng.randint(2, 6)):
            host = rng.choice(hosts)
            status = BOOKED if off >= 0 else rng.choice((ARRIVED, ARRIVED, NO_SHOW))
            rows.append(dict(day=day, time=dt.time(rng.randint(9, 17), rng.choice((0, 30))), name=people.name(rng),
                             phone=people.mobile(rng), company="", host=host.id, host_name=host.display_name,
                             purpose="看房", party_size=rng.choice((1, 2, 2, 3)), notes="", status=status,
                             created_by="demo", created_at=dt.datetime.now()))
    bulk_insert(Appointment, rows)


def _refusals(rng: random.Random) -> None:
    reasons = ["多次在售楼处闹事，已报警处理", "冒充客户套取房源信息", "推销人员，谢绝入内"]
    for reason in reasons:
        RefusalEntry.create(name=people.name(rng), phone=people.mobile(rng), reason=reason, created_by="demo")
