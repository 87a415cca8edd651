"""The rotation queue (轮序) of the consultants on duty today. Qt-free.

The house rules, as the desk applies them:
 - consultants join the day's queue in sign-in order (a manager may reorder,
   with a reason);
 - a new customer goes to the first consultant in the queue who is free; that
   consultant then moves to the back;
 - a consultant who is busy with a visitor is passed over and keeps their
   place: the next new customer after that visitor signs out is theirs;
 - a consultant away (leave, out of the office) whose turn comes is passed over
   and moved to the back as if they had served: missed turns are not made up;
 - a consultant asked for by name serves that customer and gives up their next
   regular turn (``skip_turns``): when the queue reaches them they are moved to
   the back without a customer.
Every change is written to ``QueueEvent``; the assignments themselves are the
``Reception`` rows (salesdesk/reception.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk import audit, permissions, session
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.db import database
from salesdesk.models.reception import AWAY, OFF, ON_DUTY, DutySignIn, QueueEvent, Reception
from salesdesk.normalize import clean_text

STATUS_LABELS = {ON_DUTY: N_("On duty"), AWAY: N_("Away"), OFF: N_("Signed off")}

# QueueEvent.event
SIGN_IN, SIGN_OFF, GO_AWAY, COME_BACK, REORDER = "sign_in", "sign_off", "away", "back", "reorder"
PASSED_BUSY, PASSED_AWAY, PASSED_SKIP, TURN = "passed_busy", "passed_away", "passed_skip", "turn"
EVENT_LABELS = {
    SIGN_IN: N_("Signed in"), SIGN_OFF: N_("Signed off"), GO_AWAY: N_("Away"), COME_BACK: N_("Back on duty"),
    REORDER: N_("Queue reordered"), PASSED_BUSY: N_("Passed over: busy, keeps their place"),
    PASSED_AWAY: N_("Passed over: away, turn missed"), PASSED_SKIP: N_("Passed over: turn given up (was asked for by name)"),
    TURN: N_("Took a rotation turn"),
}


@dataclass
class QueueEntry:
    """One line of today's queue as the desk sees it."""

    consultant: User
    position: int
    status: str
    busy: bool
    skip_turns: int
    signed_in_at: dt.datetime
    serving: str = ""  # the name of the visitor being served
    served: int = 0  # visits served today
    is_next: bool = False

    @property
    def available(self) -> bool:
        return self.status == ON_DUTY and not self.busy


def _now(when: dt.datetime | None = None) -> dt.datetime:
    return (when or dt.datetime.now()).replace(microsecond=0)


def _log(day: dt.date, event: str, consultant: User | None, when: dt.datetime, detail: str = "", reason: str = "") -> None:
    QueueEvent.create(day=day, ts=when, event=event, consultant=consultant, detail=detail, reason=reason,
                      username=session.current_username())


def _consultant(consultant: User | int) -> User:
    if isinstance(consultant, User):
        return consultant
    user = User.get_or_none(User.id == consultant)
    if user is None:
        raise SalesDeskError(_("That consultant is no longer in the staff list. Refresh the queue."))
    return user


def busy_consultants(day: dt.date) -> dict[int, str]:
    """consultant id -> name of the visitor they are serving now (reception not ended)."""
    rows = (Reception.select(Reception.consultant, Reception.name)
            .where((Reception.day == day) & Reception.ended_at.is_null() & (Reception.void == False))  # noqa: E712
            .order_by(Reception.arrived_at))
    out: dict[int, str] = {}
    for r in rows:
        out.setdefault(r.consultant_id, r.name)
    return out


def _served_counts(day: dt.date) -> dict[int, int]:
    from peewee import fn

    rows = (Reception.select(Reception.consultant, fn.COUNT(Reception.id).alias("n"))
            .where((Reception.day == day) & (Reception.void == False))  # noqa: E712
            .group_by(Reception.consultant))
    return {r.consultant_id: r.n for r in rows}


def _rows(day: dt.date) -> list[DutySignIn]:
    return list(DutySignIn.select(DutySignIn, User).join(User).where(DutySignIn.day == day)
                .order_by(DutySignIn.position, DutySignIn.signed_in_at))


def entries(day: dt.date | None = None) -> list[QueueEntry]:
    """Today's roster in queue order (signed-off consultants last), with the next one marked."""
    day = day or dt.date.today()
    busy = busy_consultants(day)
    served = _served_counts(day)
    rows = _rows(day)
    out = [QueueEntry(r.consultant, r.position, r.status, r.consultant_id in busy, r.skip_turns, r.signed_in_at,
                      busy.get(r.consultant_id, ""), served.get(r.consultant_id, 0)) for r in rows]
    out.sort(key=lambda e: (e.status == OFF, e.position))
    chosen = _plan(day, rows, busy).chosen  # the same rows: the desk redraws this after every check-in
    nxt = chosen.consultant if chosen else None
    for e in out:
        e.is_next = nxt is not None and e.consultant.id == nxt.id
    return out


def duty_status(consultant: User | int, day: dt.date | None = None) -> str | None:
    """ON_DUTY / AWAY / OFF, or None when not on today's roster."""
    cid = consultant.id if isinstance(consultant, User) else consultant
    row = DutySignIn.get_or_none((DutySignIn.day == (day or dt.date.today())) & (DutySignIn.consultant == cid))
    return row.status if row else None


def is_busy(consultant: User | int, day: dt.date | None = None) -> bool:
    cid = consultant.id if isinstance(consultant, User) else consultant
    return cid in busy_consultants(day or dt.date.today())


# --- the rotation ------------------------------------------------------------------

@dataclass
class _Plan:
    chosen: DutySignIn | None
    order: list[DutySignIn]  # the active queue after this turn
    passed: list[tuple[DutySignIn, str]]  # (row, PASSED_*) in the order they were passed


def _plan(day: dt.date, rows: list[DutySignIn] | None = None, busy: dict[int, str] | None = None) -> _Plan:
    """Who gets the next new customer, and what the queue looks like after.

    Simulation over the day's rows (read here unless given); nothing is written,
    but the rows' ``skip_turns`` are left as the plan would make them."""
    rows = [r for r in (_rows(day) if rows is None else rows) if r.status != OFF]
    busy = busy_consultants(day) if busy is None else busy
    if not any(r.status == ON_DUTY and r.consultant_id not in busy for r in rows):
        return _Plan(None, rows, [])
    order = list(rows)
    skips = {r.id: r.skip_turns for r in rows}
    passed: list[tuple[DutySignIn, str]] = []
    i = 0
    # Bounded: every pass moves someone back or consumes a skip; an eligible consultant exists.
    for _step in range(len(order) * (2 + sum(skips.values())) + 2):
        r = order[i]
        if r.consultant_id in busy and r.status == ON_DUTY:
            passed.append((r, PASSED_BUSY))
            i += 1
            continue
        if r.status == AWAY:
            passed.append((r, PASSED_AWAY))
            order.append(order.pop(i))
            continue
        if skips[r.id] > 0:
            skips[r.id] -= 1
            passed.append((r, PASSED_SKIP))
            order.append(order.pop(i))
            continue
        order.append(order.pop(i))
        for row in rows:
            row.skip_turns = skips[row.id]
        return _Plan(r, order, passed)
    raise AssertionError("rotation did not settle")  # pragma: no cover - guarded by the bound above


def next_consultant(day: dt.date | None = None) -> User | None:
    """The consultant who would get the next new customer, or None if nobody is free."""
    plan = _plan(day or dt.date.today())
    return plan.chosen.consultant if plan.chosen else None


def take_turn(day: dt.date, when: dt.datetime | None = None) -> User:
    """Give the next new customer to the queue: moves the queue and logs every pass.
    Raises SalesDeskError when nobody on duty is free. Call inside the reception's transaction."""
    when = _now(when)
    plan = _plan(day)
    if plan.chosen is None:
        raise SalesDeskError(_("No consultant on duty is free: everyone is serving a visitor, away or signed off. Ask the customer to wait, choose a consultant by hand, or untick ‘Sales visit’ to register the visitor without a consultant."))
    logged: set[tuple[int, str]] = set()
    for row, why in plan.passed:
        if (row.id, why) not in logged:
            logged.add((row.id, why))
            _log(day, why, row.consultant, when)
    _renumber(day, plan.order)
    for row in plan.order:
        DutySignIn.update(skip_turns=row.skip_turns).where(DutySignIn.id == row.id).execute()
    _log(day, TURN, plan.chosen.consultant, when)
    return plan.chosen.consultant


def _renumber(day: dt.date, active_order: list[DutySignIn]) -> None:
    ids = [r.id for r in active_order]
    rest = [r.id for r in _rows(day) if r.id not in ids]
    for pos, rid in enumerate(ids + rest, start=1):
        DutySignIn.update(position=pos).where(DutySignIn.id == rid).execute()


def give_up_next_turn(day: dt.date, consultant: User, when: dt.datetime | None = None) -> None:
    """A consultant asked for by name gives up their next regular turn (if on today's roster)."""
    row = DutySignIn.get_or_none((DutySignIn.day == day) & (DutySignIn.consultant == consultant))
    if row is not None:
        DutySignIn.update(skip_turns=DutySignIn.skip_turns + 1).where(DutySignIn.id == row.id).execute()


# --- the roster --------------------------------------------------------------------

def sign_in(consultant: User | int, when: dt.datetime | None = None) -> DutySignIn:
    """Put a consultant on today's queue, at the back (sign-in order). Signing in
    again after signing off or being away puts them back on duty at their place."""
    user = _consultant(consultant)
    if not user.active:
        raise SalesDeskError(_("{name}'s account is disabled; they cannot go on duty.").format(name=user.display_name))
    when = _now(when)
    day = when.date()
    with database.atomic():
        row = DutySignIn.get_or_none((DutySignIn.day == day) & (DutySignIn.consultant == user))
        if row is not None:
            if row.status == ON_DUTY:
                raise SalesDeskError(_("{name} is already on duty today.").format(name=user.display_name))
            return _set_status(row, ON_DUTY, COME_BACK, when)
        last = DutySignIn.select().where(DutySignIn.day == day).order_by(DutySignIn.position.desc()).first()
        row = DutySignIn.create(day=day, consultant=user, signed_in_at=when, position=(last.position + 1) if last else 1,
                                status=ON_DUTY, status_since=when)
        _log(day, SIGN_IN, user, when)
        audit.log("sign_in", "duty", row.id, {"consultant": [None, user.display_name]})
    return row


def _today_row(consultant: User | int, day: dt.date) -> DutySignIn:
    user = _consultant(consultant)
    row = DutySignIn.get_or_none((DutySignIn.day == day) & (DutySignIn.consultant == user))
    if row is None:
        raise SalesDeskError(_("{name} has not signed in today. Sign them in first.").format(name=user.display_name))
    return row


def _set_status(row: DutySignIn, status: str, event: str, when: dt.datetime, reason: str = "") -> DutySignIn:
    before = row.status
    row.status, row.status_since = status, when
    row.save()
    _log(row.day, event, row.consultant, when, reason=reason)
    audit.log(event, "duty", row.id, {"status": [before, status]}, note=reason)
    return row


def _change_status(consultant: User | int, refuse_if: tuple[str, ...], message: str, status: str, event: str,
                   when: dt.datetime | None, reason: str = "") -> DutySignIn:
    """Move today's roster row to ``status``; ``message`` (with {name}) when it is in ``refuse_if``."""
    when = _now(when)
    with database.atomic():
        row = _today_row(consultant, when.date())
        if row.status in refuse_if:
            raise SalesDeskError(message.format(name=row.consultant.display_name))
        return _set_status(row, status, event, when, reason)


def set_away(consultant: User | int, reason: str = "", when: dt.datetime | None = None) -> DutySignIn:
    """Leave, an errand out of the office: passed over while away, turns not made up."""
    return _change_status(consultant, (AWAY, OFF), _("{name} is not on duty now."), AWAY, GO_AWAY, when,
                          clean_text(reason, "reason", 200, _("Reason")))


def set_back(consultant: User | int, when: dt.datetime | None = None) -> DutySignIn:
    return _change_status(consultant, (ON_DUTY,), _("{name} is already on duty."), ON_DUTY, COME_BACK, when)


def sign_off(consultant: User | int, when: dt.datetime | None = None) -> DutySignIn:
    """Off duty for the rest of the day: out of the queue."""
    return _change_status(consultant, (OFF,), _("{name} has already signed off."), OFF, SIGN_OFF, when)


def reorder(consultant_ids: list[int], reason: str, day: dt.date | None = None,
            when: dt.datetime | None = None) -> list[DutySignIn]:
    """A manager sets the queue order (every consultant on today's roster, in the new order)."""
    permissions.require("reception.manage")
    reason = clean_text(reason, "reason", 300, _("Reason"))
    if not reason:
        raise ValidationError({"reason": _("Give the reason for changing the queue order; it is kept in the queue log.")})
    when = _now(when)
    day = day or when.date()
    with database.atomic():
        rows = {r.consultant_id: r for r in _rows(day)}
        if sorted(consultant_ids) != sorted(rows) or len(set(consultant_ids)) != len(consultant_ids):
            raise SalesDeskError(_("The new order must list every consultant on today's roster exactly once. Refresh the queue and try again."))
        before = [rows[cid].consultant.display_name for cid in sorted(rows, key=lambda c: rows[c].position)]
        for pos, cid in enumerate(consultant_ids, start=1):
            DutySignIn.update(position=pos).where(DutySignIn.id == rows[cid].id).execute()
        after = [rows[cid].consultant.display_name for cid in consultant_ids]
        _log(day, REORDER, None, when, detail=" > ".join(after), reason=reason)
        audit.log("reorder", "queue", day.isoformat(), {"order": [" > ".join(before), " > ".join(after)]}, note=reason)
    return _rows(day)


def log(day: dt.date | None = None) -> list[QueueEvent]:
    """The day's queue log, oldest first."""
    return list(QueueEvent.select().where(QueueEvent.day == (day or dt.date.today())).order_by(QueueEvent.ts, QueueEvent.id))
