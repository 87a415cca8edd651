"""Demo sales reception (案场接待): what the desk would have recorded for the demo's
sales visits — the duty roster and rotation log of each day, one ``Reception``
per visit (serving consultant, why, first or return visit, source) and the
ownership records of the customers who came.

Rules followed (salesdesk/reception.py, salesdesk/ownership.py): a customer's
first visit is served by their owner (``Customer.consultant``, who became owner
there), mostly through the rotation queue; later visits are return visits,
served by the owner or a stand-in. Visitors without a customer file are first
visits from the queue. Bulk inserts in one transaction; no audit rows (demo data
is nobody's work).
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from salesdesk import ownership, rotation
from salesdesk.demo import people
from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.customers import Customer
from salesdesk.models.db import bulk_insert, database
from salesdesk.models.reception import (AGENT, EV_FIRST_VISIT, EV_RETURN_VISIT, OFF, ON_DUTY, OWNER, PHONE, PROTECTED,
                                        REFERRAL, REQUESTED, ROTATION, STAND_IN, WALK_IN, CustomerOwnership, DutySignIn,
                                        OwnershipEvent, QueueEvent, Reception)
from salesdesk.models.visitors import ON_SITE, VOID, Visit

BATCH = 5000
SALES_PURPOSES = ("看房", "洽谈", "签约")  # the visits a consultant serves (demo/visitors.py PURPOSES)
MEDIA = ["路过", "户外广告", "网络", "微信", "报纸", "广播电视", "短信", "亲友介绍", "房展会"]
MEDIA_WEIGHTS = [25, 18, 20, 16, 3, 2, 4, 8, 4]
AGENCIES = ["链家", "贝壳找房", "我爱我家", "中原地产", "21世纪不动产", "房天下", "麦田房产"]
_SOURCE_WEIGHTS = ((WALK_IN, PHONE, AGENT, REFERRAL), (55, 20, 17, 8))


def _consultants(staff: list[User]) -> list[User]:
    return people.sales_consultants(staff)


def _source(rng: random.Random, arrived: dt.datetime, customer_ids: list[int], customer_id: int | None) -> dict:
    source = rng.choices(*_SOURCE_WEIGHTS)[0]
    out = {"source": source, "media": "", "agent_name": "", "agent_company": "", "agent_registered_at": None,
           "referrer": None}
    if source == WALK_IN:
        out["media"] = rng.choices(MEDIA, MEDIA_WEIGHTS)[0]
    elif source == AGENT:  # 报备 an hour to three days before arrival
        out.update(agent_name=people.name(rng), agent_company=rng.choice(AGENCIES),
                   agent_registered_at=arrived - dt.timedelta(minutes=rng.randint(60, 3 * 24 * 60)))
    elif source == REFERRAL:
        referrer = rng.choice(customer_ids) if customer_ids else None
        if referrer is None or referrer == customer_id:
            out["source"], out["media"] = WALK_IN, rng.choices(MEDIA, MEDIA_WEIGHTS)[0]
        else:
            out["referrer"] = referrer
    return out


class _Day:
    """One day's rotation queue: consultants take turns at the back of the queue."""

    def __init__(self, rng: random.Random, day: dt.date, consultants: list[User]):
        self.day = day
        self.queue = [u.id for u in consultants]
        rng.shuffle(self.queue)
        self.signed_in = {uid: dt.datetime.combine(day, dt.time(8, 40 + i)) for i, uid in enumerate(self.queue)}
        self.events: list[dict] = [dict(day=day, ts=self.signed_in[uid], event=rotation.SIGN_IN, consultant=uid,
                                        detail="", reason="", username="demo") for uid in self.queue]

    def take(self, when: dt.datetime, uid: int | None = None) -> int:
        """The queue's next consultant (or ``uid`` when the turn goes to them) goes to the back."""
        uid = self.queue[0] if uid is None else uid
        self.queue.remove(uid)
        self.queue.append(uid)
        self.events.append(dict(day=self.day, ts=when, event=rotation.TURN, consultant=uid, detail="", reason="",
                                username="demo"))
        return uid

    def close(self, today: dt.date) -> tuple[list[dict], list[dict]]:
        """(roster rows, queue events) — past days end with everyone signed off."""
        finished = self.day < today
        end = dt.datetime.combine(self.day, dt.time(18, 30))
        roster = [dict(day=self.day, consultant=uid, signed_in_at=self.signed_in[uid], position=pos,
                       status=OFF if finished else ON_DUTY, skip_turns=0,
                       status_since=end if finished else self.signed_in[uid])
                  for pos, uid in enumerate(self.queue, start=1)]
        if finished:
            self.events += [dict(day=self.day, ts=end, event=rotation.SIGN_OFF, consultant=uid, detail="", reason="",
                                 username="demo") for uid in self.queue]
        return roster, self.events


def _sales_visits(count: int) -> list[tuple]:
    """(id, time_in, time_out, status, customer_id, name, party_size) of the sales visits
    without a reception yet, oldest first; ``count`` >= 0 keeps the latest ``count``."""
    done = Reception.select(Reception.visit_id).where(Reception.visit_id.is_null(False))
    rows = list(Visit.select(Visit.id, Visit.time_in, Visit.time_out, Visit.status, Visit.customer, Visit.name,
                             Visit.party_size)
                .where(Visit.purpose.in_(SALES_PURPOSES) & Visit.id.not_in(done))
                .order_by(Visit.time_in, Visit.id).tuples())
    return rows if count < 0 else rows[len(rows) - count:] if count else []


def generate(rng: random.Random, count: int, staff: list[User],
             progress: Callable[[str, int, int], None] | None = None) -> int:
    """Receptions for the demo's sales visits; ``count`` < 0 = all of them."""
    consultants = _consultants(staff)
    if not count or not consultants:
        return 0
    today = dt.date.today()
    with database.atomic():
        visits = _sales_visits(count)
        if not visits:
            return 0
        owners = dict(Customer.select(Customer.id, Customer.consultant).tuples())
        customer_ids = list(owners)
        # customers seen before (an earlier demo run or real work) only come back
        seen = {c for (c,) in CustomerOwnership.select(CustomerOwnership.customer).tuples()}
        seen |= {c for (c,) in Reception.select(Reception.customer).where(Reception.customer.is_null(False)).tuples()}
        next_id = (Reception.select(Reception.id).order_by(Reception.id.desc()).scalar() or 0) + 1
        consultant_ids = [u.id for u in consultants]
        first_of: dict[int, tuple[int, dt.datetime, int]] = {}  # customer -> (reception id, when, consultant)
        last_follow_up: dict[int, dt.datetime] = {}
        rows: list[dict] = []
        events: list[dict] = []
        days: dict[dt.date, _Day] = {}
        done = 0
        for vid, t_in, t_out, status, cid, name, party in visits:
            day = t_in.date()
            desk = days.get(day)
            if desk is None:
                desk = days[day] = _Day(rng, day, consultants)
            owner = owners.get(cid) if cid else None
            first = cid is None or (cid not in seen and cid not in first_of)
            reception_owner = None
            if cid is not None and first and owner is not None:
                # the owner is whoever served the first visit: mostly their queue turn, sometimes asked for
                reason = REQUESTED if rng.random() < 0.08 or owner not in desk.queue else ROTATION
                consultant = desk.take(t_in, owner) if reason == ROTATION else owner
            elif not first and owner is not None:
                reception_owner = owner
                if rng.random() < 0.12:
                    reason = STAND_IN  # the owner is off or away: the queue's next stands in
                    others = [u for u in desk.queue if u != owner] or desk.queue
                    consultant = others[0]
                else:
                    reason, consultant = OWNER, owner
            elif rng.random() < 0.1:
                reason, consultant = REQUESTED, rng.choice(consultant_ids)
            else:
                reason, consultant = ROTATION, desk.take(t_in)
            rid = next_id
            next_id += 1
            ended = None if status == ON_SITE else (t_out or t_in + dt.timedelta(minutes=rng.randint(20, 120)))
            rows.append(dict(id=rid, day=day, arrived_at=t_in, ended_at=ended, visit_id=vid, customer=cid, name=name,
                             consultant=consultant, reason=reason, owner=reception_owner, first_visit=first,
                             party_size=max(1, party or 1), note="", void=status == VOID, created_by="demo",
                             **_source(rng, t_in, customer_ids, cid)))
            if cid is not None and owner is not None and status != VOID:
                if first:
                    first_of[cid] = (rid, t_in, consultant)
                    events.append(dict(customer=cid, ts=t_in, event=EV_FIRST_VISIT, consultant=consultant,
                                       previous=None, note="", username="demo"))
                else:
                    effective = consultant == owner
                    if effective:
                        last_follow_up[cid] = t_in
                    note = _("return visit") if effective else _("(not the owner: protection unchanged)")
                    events.append(dict(customer=cid, ts=t_in, event=EV_RETURN_VISIT, consultant=consultant,
                                       previous=None, note=note, username="demo"))
            if len(rows) >= BATCH:
                bulk_insert(Reception, rows)
                done += len(rows)
                rows = []
                if progress:
                    progress("reception", done, len(visits))
        bulk_insert(Reception, rows)
        done += len(rows)
        _flush(OwnershipEvent, events)
        _write_days(days, today)
        _write_ownership(first_of, last_follow_up)
    if progress:
        progress("reception", done, len(visits))
    return done


def _flush(model, rows: list[dict]) -> None:
    for i in range(0, len(rows), BATCH):
        bulk_insert(model, rows[i:i + BATCH])


def _write_days(days: dict[dt.date, _Day], today: dt.date) -> None:
    existing = {d for (d,) in DutySignIn.select(DutySignIn.day).distinct().tuples()}
    roster: list[dict] = []
    events: list[dict] = []
    for day, desk in days.items():
        if day in existing:  # a real roster of that day is kept as it is
            continue
        r, e = desk.close(today)
        roster += r
        events += e
    _flush(DutySignIn, roster)
    _flush(QueueEvent, events)


def _write_ownership(first_of: dict[int, tuple[int, dt.datetime, int]], last_follow_up: dict[int, dt.datetime]) -> None:
    """Protection as ownership.first_visit / record_follow_up would have left it
    (lapses are applied by the program's own sweep, as for any customer)."""
    long_term, short_term = dt.timedelta(days=ownership.protection_days()), dt.timedelta(days=ownership.first_visit_days())
    rows = []
    for cid, (rid, when, consultant) in first_of.items():
        follow = last_follow_up.get(cid)
        until = follow.date() + long_term if follow else when.date() + short_term
        rows.append(dict(customer=cid, first_visit_at=when, first_consultant=consultant, first_reception=rid,
                         owner_since=when, last_follow_up_at=follow, protected_until=until, status=PROTECTED,
                         reminded_for=None))
    _flush(CustomerOwnership, rows)
