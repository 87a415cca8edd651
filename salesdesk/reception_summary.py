"""The daily reception summary (案场日报): the day's figures, Qt-free.

Every reception is a visit, except that members of one family group (spouse,
parents, children) received on the same day count once: the earliest of their
receptions stands for the family, so a family whose first member is new counts
as a first visit.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from salesdesk.i18n import _
from salesdesk.models.accounts import User
from salesdesk.models.reception import OWNER, REQUESTED, ROTATION, SOURCES, STAND_IN, CustomerGroupMember, Reception
from salesdesk.reception import REASON_LABELS, SOURCE_LABELS, day_receptions


@dataclass
class ConsultantLine:
    consultant: User
    served: int = 0  # groups served
    first: int = 0
    returning: int = 0
    rotation: int = 0
    requested: int = 0
    owner: int = 0
    stand_in: int = 0


@dataclass
class SourceLine:
    source: str
    first: int = 0
    returning: int = 0

    @property
    def total(self) -> int:
        return self.first + self.returning


@dataclass
class DailySummary:
    day: dt.date
    groups: int = 0  # visits received (a family on one day counted once)
    first: int = 0
    returning: int = 0
    people: int = 0  # everyone who came in (party sizes)
    by_source: list[SourceLine] = field(default_factory=list)
    by_consultant: list[ConsultantLine] = field(default_factory=list)
    by_media: list[tuple[str, int]] = field(default_factory=list)
    receptions: list[Reception] = field(default_factory=list)  # every reception, in arrival order

    def source_label(self, source: str) -> str:
        return _(SOURCE_LABELS.get(source, source))


def _group_keys(receptions: list[Reception]) -> dict[int, str]:
    """reception id -> the key it is counted under (its family group, else itself)."""
    customer_ids = {r.customer_id for r in receptions if r.customer_id}
    groups = {m.customer_id: m.group_id for m in CustomerGroupMember.select()
              .where(CustomerGroupMember.customer.in_(list(customer_ids)))} if customer_ids else {}
    out = {}
    for r in receptions:
        out[r.id] = f"g{groups[r.customer_id]}" if r.customer_id in groups else f"r{r.id}"
    return out


def summarise(day: dt.date) -> DailySummary:
    receptions = day_receptions(day)
    s = DailySummary(day=day, receptions=receptions)
    keys = _group_keys(receptions)
    counted: dict[str, Reception] = {}
    for r in receptions:  # arrival order: the first reception stands for its group
        counted.setdefault(keys[r.id], r)
    sources = {src: SourceLine(src) for src in SOURCES}
    lines: dict[int, ConsultantLine] = {}
    media: Counter[str] = Counter()
    served_keys: set[tuple[int, str]] = set()
    for r in receptions:
        s.people += r.party_size
        line = lines.setdefault(r.consultant_id, ConsultantLine(r.consultant))
        if (r.consultant_id, keys[r.id]) in served_keys:
            continue  # the same family served twice by one consultant counts once
        served_keys.add((r.consultant_id, keys[r.id]))
        line.served += 1
        if r.first_visit:
            line.first += 1
        else:
            line.returning += 1
        attr = {ROTATION: "rotation", REQUESTED: "requested", OWNER: "owner", STAND_IN: "stand_in"}.get(r.reason)
        if attr:
            setattr(line, attr, getattr(line, attr) + 1)
    for r in counted.values():
        s.groups += 1
        src = sources.setdefault(r.source, SourceLine(r.source))
        if r.first_visit:
            s.first += 1
            src.first += 1
        else:
            s.returning += 1
            src.returning += 1
        if r.media:
            media[r.media] += 1
    s.by_source = list(sources.values())
    s.by_consultant = sorted(lines.values(), key=lambda x: (-x.served, x.consultant.display_name))
    s.by_media = sorted(media.items(), key=lambda kv: (-kv[1], kv[0]))
    return s


def reason_label(reason: str) -> str:
    return _(REASON_LABELS.get(reason, reason))
