"""Customer grade (客户分级), from the seeds' annual rule:

    score = sales × 30 % + payment rate × 25 % + receivables × 30 % + strategic value × 15 %

each criterion scored 2–10 by the office; A if score ≥ 8, B if ≥ 5, else C; a
customer on file for less than one year is C whatever the score. The grade is
either set by hand or computed; the inputs are kept on the file either way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from salesdesk import audit, customers
from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.customers import GRADES, Customer
from salesdesk.models.db import database

WEIGHTS = (("grade_sales", 0.30, N_("Sales")), ("grade_payment", 0.25, N_("Payment rate")),
           ("grade_receivables", 0.30, N_("Receivables")), ("grade_strategic", 0.15, N_("Strategic value")))
MIN_SCORE, MAX_SCORE = 2, 10
A_FROM, B_FROM = 8.0, 5.0


@dataclass(frozen=True)
class GradeResult:
    score: float
    grade: str
    too_new: bool  # on file under a year: C regardless of the score


def _one_year_later(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def compute(sales: int, payment: int, receivables: int, strategic: int,
            on_file_since: dt.date, today: dt.date | None = None) -> GradeResult:
    """The seeds' rule. Raises ValidationError for a criterion outside 2–10."""
    values = (sales, payment, receivables, strategic)
    errors = {}
    for (key, _w, label), v in zip(WEIGHTS, values):
        if not isinstance(v, int) or isinstance(v, bool) or not MIN_SCORE <= v <= MAX_SCORE:
            errors[key] = _("{label}: give a score from 2 to 10.").format(label=_(label))
    if errors:
        raise ValidationError(errors)
    # integer arithmetic in tenths of a percent, so 8.0 is exactly 8.0 at the boundary
    score = sum(v * round(w * 100) for (_k, w, _l), v in zip(WEIGHTS, values)) / 100
    today = today or dt.date.today()
    too_new = today < _one_year_later(on_file_since)
    if too_new:
        grade = "C"
    elif score >= A_FROM:
        grade = "A"
    elif score >= B_FROM:
        grade = "B"
    else:
        grade = "C"
    return GradeResult(score, grade, too_new)


def apply_computed(customer: Customer, sales: int, payment: int, receivables: int, strategic: int,
                   today: dt.date | None = None) -> GradeResult:
    """Compute the grade from the inputs, keep the inputs on the file, audit it."""
    customers.require_edit(customer)
    result = compute(sales, payment, receivables, strategic, customer.created_at.date(), today)
    before = {"grade": customer.grade, "grade_mode": customer.grade_mode, "grade_score": customer.grade_score}
    with database.atomic():
        customer.grade, customer.grade_mode, customer.grade_score = result.grade, "computed", result.score
        customer.grade_sales, customer.grade_payment = sales, payment
        customer.grade_receivables, customer.grade_strategic = receivables, strategic
        customer.graded_at = dt.datetime.now()
        customer.save()
        audit.log("grade", "customer", customer.file_no,
                  audit.diff(before, {"grade": result.grade, "grade_mode": "computed", "grade_score": result.score}))
    return result


def set_manual(customer: Customer, grade: str) -> None:
    """Set the grade by hand (the inputs of an earlier computation are kept)."""
    grade = (grade or "").strip().upper()
    if grade not in GRADES:
        raise ValidationError({"grade": _("The grade is A, B or C.")})
    customers.require_edit(customer)
    with database.atomic():
        before = {"grade": customer.grade, "grade_mode": customer.grade_mode}
        customer.grade, customer.grade_mode, customer.graded_at = grade, "manual", dt.datetime.now()
        customer.save()
        audit.log("grade", "customer", customer.file_no, audit.diff(before, {"grade": grade, "grade_mode": "manual"}))
