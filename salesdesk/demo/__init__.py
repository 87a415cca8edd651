"""``salesdesk demo``: realistic Chinese demo data for trying and benchmarking.

Each register contributes ``salesdesk/demo/<register>.py`` with
``generate(rng, count, staff) -> int``; they run in dependency order
(customers before visits, visits before their receptions). Bulk inserts in batches keep 200,000
visits to well under a minute.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable

from salesdesk.demo import people
from salesdesk.models.db import database
from salesdesk.optional_modules import import_if_present

# (option name, module) in the order they must run
REGISTERS = (("customers", "salesdesk.demo.customers"),
             ("visitors", "salesdesk.demo.visitors"),
             ("reception", "salesdesk.demo.reception"),
             ("complaints", "salesdesk.demo.complaints"))
DEFAULTS = {"customers": 500, "visitors": 2000, "complaints": 60,
            "reception": -1}  # -1: a reception for every sales visit


@dataclass
class DemoResult:
    counts: dict[str, int] = field(default_factory=dict)
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # (username, role, password)


def generate(counts: dict[str, int | None], seed: int | None = None,
             progress: Callable[[str, int, int], None] | None = None) -> DemoResult:
    rng = random.Random(seed)
    result = DemoResult()
    with database.atomic():
        staff = people.ensure_staff(rng, result)
    for name, module_name in REGISTERS:
        n = counts.get(name)
        n = DEFAULTS[name] if n is None else n
        module = import_if_present(module_name)
        if module is None:
            continue
        result.counts[name] = module.generate(rng, n, staff, progress=progress)
    return result
