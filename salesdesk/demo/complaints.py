"""Demo complaints: a few months of cases in every state of the loop, written in bulk."""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from salesdesk import complaints as cp, settings
from salesdesk.demo import people
from salesdesk.models.accounts import User
from salesdesk.models.complaints import Complaint, ComplaintEvent, ComplaintFollowUp
from salesdesk.models.customers import Customer, CustomerPhone
from salesdesk.models.db import bulk_insert, database, exclusive_transaction
from salesdesk.models.meta import Counter

BATCH = 500
CONTENT = {
    "产品质量": ["样板房卫生间吊顶漏水，地面积水，参观时差点滑倒。", "交房时发现客厅墙面开裂，要求尽快维修。",
                 "入户门密封条脱落，关门有异响。", "阳台窗户关不严，下雨时渗水。"],
    "服务态度": ["置业顾问接待时态度冷淡，多次询问无人回应。", "前台电话无人接听，打了三次才接通。",
                 "看房预约后到场无人接待，等了四十分钟。"],
    "销售/合同": ["合同约定的车位优惠未兑现。", "认购时承诺的赠送面积与合同不一致。", "定金退还进度缓慢，已超过承诺时间。"],
    "物业/售后": ["小区垃圾清运不及时，楼道有异味。", "报修热水器一周无人上门。", "地下车库照明损坏多日未修。"],
    "其他": ["售楼处停车位不足，来访车辆无处停放。", "希望周末增加看房班车。", "咨询交房时间和办理流程。"],
}
DEMANDS = ["尽快处理并书面答复", "赔礼道歉", "三日内上门维修", "按合同兑现优惠", "退还定金", "给出明确时间表", ""]
OPINIONS = ["核实情况属实，安排工程部上门维修并致歉。", "对相关人员进行批评教育，向客户致歉。", "按合同约定兑现，财务部本周内办理。"]
GRADE_ZH = {"very_satisfied": "非常满意", "satisfied": "满意", "neutral": "一般", "dissatisfied": "不满意"}
REPLIES = ["已电话告知客户处理结果，客户表示理解。", "已当面答复客户并致歉。", "已书面答复客户处理方案。"]


def _when(rng: random.Random, now: dt.datetime) -> dt.datetime:
    day = now.date() - dt.timedelta(days=rng.randint(0, 150))
    t = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.choice((0, 10, 20, 30, 40, 50))))
    return min(t, now - dt.timedelta(minutes=5))


def generate(rng: random.Random, count: int, staff: list[User], progress: Callable[[str, int, int], None] | None = None) -> int:
    if count <= 0:
        return 0
    now = dt.datetime.now().replace(second=0, microsecond=0)
    categories = settings.get("complaints.categories")
    channels = settings.get("complaints.channels")
    departments = settings.get("complaints.departments")
    clerks = [u for u in staff if u.role == "receptionist"] or staff
    handlers = [u for u in staff if u.role in ("consultant", "receptionist")] or staff
    managers = [u for u in staff if u.role == "manager"] or staff
    consultants = [u for u in staff if u.role == "consultant"] or staff
    customers = list(Customer.select(Customer.id, Customer.name).limit(2000))
    phones = {p.customer_id: p.phone for p in CustomerPhone.select().where(CustomerPhone.customer.in_([c.id for c in customers]))} if customers else {}
    done = 0
    with exclusive_transaction():
        counters = {c.year: c.value for c in Counter.select().where(Counter.series == cp.SERIES)}
        cases = sorted((_when(rng, now) for _ in range(count)))
        for start in range(0, count, BATCH):
            rows, plans = [], []
            for received in cases[start:start + BATCH]:
                year = received.year
                counters[year] = counters.get(year, 0) + 1
                row, plan = _case(rng, received, now, f"{cp.SERIES}-{year}-{counters[year]:0{cp.WIDTH}d}", categories, channels,
                                  departments, clerks, handlers, managers, consultants, customers, phones)
                rows.append(row)
                plans.append(plan)
            bulk_insert(Complaint, rows)
            ids = {c.number: c.id for c in Complaint.select(Complaint.id, Complaint.number).where(
                Complaint.number.in_([r["number"] for r in rows]))}
            events, follows = [], []
            for row, (evs, fus) in zip(rows, plans):
                events += [dict(e, complaint=ids[row["number"]]) for e in evs]
                follows += [dict(f, complaint=ids[row["number"]]) for f in fus]
            bulk_insert(ComplaintEvent, events)
            bulk_insert(ComplaintFollowUp, follows)
            done += len(rows)
            if progress:
                progress("complaints", done, count)
        for year, value in counters.items():
            Counter.insert(series=cp.SERIES, year=year, value=value).on_conflict(
                conflict_target=[Counter.series, Counter.year], update={Counter.value: value}).execute()
    return done


def _ev(ts: dt.datetime, a: str, b: str, user: User | None, note: str) -> dict:
    return {"ts": ts, "from_status": a, "to_status": b, "username": user.username if user else "system",
            "user_display": str(user) if user else "system", "note": note}


def _case(rng, received, now, number, categories, channels, departments, clerks, handlers, managers, consultants,
          customers, phones):  # noqa: PLR0913 - one generated case
    kind = rng.choices(["complaint", "suggestion", "enquiry", "report"], [60, 15, 20, 5])[0]
    category = rng.choice(categories)
    content = rng.choice(CONTENT.get(category, sum(CONTENT.values(), [])))
    major = rng.random() < 0.1
    clerk = rng.choice(clerks)
    accused = rng.choice(consultants) if kind in ("complaint", "report") and rng.random() < 0.35 else None
    handler = rng.choice([h for h in handlers if accused is None or h.id != accused.id] or handlers)
    manager = rng.choice(managers)
    if customers and rng.random() < 0.5:
        cust = rng.choice(customers)
        name, contact, customer_id = cust.name, phones.get(cust.id, ""), cust.id
    else:
        name, contact, customer_id = people.name(rng) + rng.choice(["", "先生", "女士"]), people.mobile(rng), None
    first_due, settle_due = cp.deadlines(received, kind)
    row = dict(number=number, received_at=received, channel=rng.choice(channels), kind=kind, category=category,
               severity="major" if major else "general", customer=customer_id, complainant=name if kind != "report" or rng.random() < 0.5 else "",
               contact=contact, content=content, demand=rng.choice(DEMANDS), receiver=clerk.id, receiver_name=str(clerk),
               department=rng.choice(departments), handler=None, accused=accused.id if accused else None, accused_name="",
               status="received", first_answer_due=first_due, settle_due=settle_due, escalated_at=received if major else None,
               first_answer_at=None, replied_at=None, closed_at=None, reject_reason="", cause="", course="", responsible="",
               conclusion="", corrective="", preventive="", opinion="", signed_off_by=None, signed_off_name="",
               signed_off_at=None, reply="", satisfaction="", reopen_count=0, created_at=received, updated_at=received)
    events = [_ev(received, "", "received", clerk, f"受理人：{clerk}")]
    follows: list[dict] = []
    if major:
        events.append(_ev(received, "received", "received", clerk, "重大投诉：已立即上报经理"))
    age_days = (now - received).days
    # how far the case got: old cases are mostly finished, recent ones still moving
    stage = rng.choices([0, 1, 2, 3, 4], [1, 2, 2, 3, 92] if age_days > 10 else [35, 35, 15, 10, 5])[0]
    t = received
    step = lambda lo, hi: t + dt.timedelta(hours=rng.randint(lo, hi))  # noqa: E731
    if stage == 0:
        return row, (events, follows)
    if rng.random() < 0.05 and age_days > 2:
        t = step(1, 20)
        row.update(status="not_accepted", reject_reason="经核实不属于本公司责任范围，已向客户说明。", closed_at=t, first_answer_at=t)
        events.append(_ev(t, "received", "not_accepted", clerk, row["reject_reason"]))
        return row, (events, follows)
    late = rng.random() < 0.12  # a share of cases run late, for the overdue list and the figures
    t = step(1, 6)
    if t >= now:
        return row, (events, follows)
    row.update(status="in_progress", handler=handler.id)
    events.append(_ev(t, "received", "in_progress", clerk, f"{handler}开始处理"))
    t = step(1, 30 if late else 18)
    if t < now:
        row["first_answer_at"] = t
        events.append(_ev(t, "in_progress", "in_progress", handler, "首次答复：已告知客户处理安排"))
    row.update(cause="经现场核实，情况基本属实。", course=content, responsible=str(accused or handler), conclusion="投诉属实",
               corrective="立即整改", preventive="纳入每周检查")
    if stage < 2:
        return row, (events, follows)
    t = step(20, 90 if late else 40)
    if t >= now:
        return row, (events, follows)
    opinion = rng.choice(OPINIONS)
    row.update(opinion=opinion, signed_off_by=manager.id, signed_off_name=str(manager), signed_off_at=t)
    events.append(_ev(t, "in_progress", "in_progress", manager, f"处理意见已由{manager}签批"))
    t = step(1, 8)
    reply = rng.choice(REPLIES)
    row.update(status="replied", reply=reply, replied_at=t, first_answer_at=row["first_answer_at"] or t)
    events.append(_ev(t, "in_progress", "replied", handler, reply))
    if stage < 3 or t >= now:
        return row, (events, follows)
    t = step(4, 20)
    grade = rng.choices(["very_satisfied", "satisfied", "neutral", "dissatisfied"], [35, 45, 12, 8])[0]
    follows.append({"ts": t, "username": clerk.username, "user_display": str(clerk), "grade": grade, "note": ""})
    row["satisfaction"] = grade
    if grade == "dissatisfied":
        row.update(status="in_progress", reopen_count=1, severity="major", signed_off_at=None, signed_off_by=None,
                   signed_off_name="", escalated_at=row["escalated_at"] or t)
        events.append(_ev(t, "replied", "in_progress", clerk, "回访：不满意 — 已重新处理（重复投诉）"))
        return row, (events, follows)
    row["status"] = "follow_up"
    events.append(_ev(t, "replied", "follow_up", clerk, "回访：" + GRADE_ZH[grade]))
    if stage < 4:
        return row, (events, follows)
    t = step(1, 6)
    if t < now:
        row.update(status="closed", closed_at=t)
        events.append(_ev(t, "follow_up", "closed", clerk, "结案"))
    return row, (events, follows)
