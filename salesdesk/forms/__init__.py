"""The paper forms (reportlab) and Excel registers (openpyxl). No Qt.

``SAMPLES`` maps a form name to a function ``(folder) -> Path`` that renders
that form from whatever is in the open database (or a blank/sample record) —
used by ``salesdesk --self-test`` to prove every form renders.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from salesdesk.optional_modules import import_all_present

SAMPLES: dict[str, Callable[[Path], Path]] = {}

# Each register's form modules register their samples when imported.
FORM_MODULES = (
    "salesdesk.forms.visitor_sheet",
    "salesdesk.forms.complaint_sheet",
    "salesdesk.forms.complaint_report",
    "salesdesk.forms.customer_sheet",
    "salesdesk.forms.daily_summary",
)


def sample(name: str) -> Callable[[Callable[[Path], Path]], Callable[[Path], Path]]:
    def deco(fn: Callable[[Path], Path]) -> Callable[[Path], Path]:
        SAMPLES[name] = fn
        return fn
    return deco


def all_samples() -> dict[str, Callable[[Path], Path]]:
    import_all_present(FORM_MODULES)
    return dict(SAMPLES)
