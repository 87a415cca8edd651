"""Paper files on loan (借阅登记): the folder goes out with a borrower and comes
back within ``customers.loan_days`` days (3 by the seeds' rule)."""
from __future__ import annotations

import datetime as dt

from salesdesk import audit, permissions, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import _
from salesdesk.models.customers import Customer, FileLoan
from salesdesk.models.db import database
from salesdesk.normalize import clean_text


def open_loan(customer: Customer) -> FileLoan | None:
    return (FileLoan.select().where((FileLoan.customer == customer) & FileLoan.returned_at.is_null())
            .order_by(FileLoan.id.desc()).first())


def lend(customer: Customer, borrower: str, purpose: str = "", when: dt.datetime | None = None) -> FileLoan:
    permissions.require_read_customer(customer, audit_view=False)
    borrower = clean_text(borrower, "borrower", 100, _("Borrower"))
    if not borrower:
        raise ValidationError({"borrower": _("Enter who borrows the paper file.")})
    current = open_loan(customer)
    if current is not None:
        raise SalesDeskError(_("The paper file {no} is already lent to {who} since {date}. Record its return first.").format(
            no=customer.file_no, who=current.borrower, date=current.lent_at.strftime("%Y-%m-%d")))
    when = when or dt.datetime.now()
    due = when.date() + dt.timedelta(days=int(settings.get("customers.loan_days")))
    with database.atomic():
        loan = FileLoan.create(customer=customer, borrower=borrower, purpose=clean_text(purpose, "purpose", 200),
                               lent_at=when, due_date=due, lent_by=session.current_username())
        audit.log("lend", "customer", customer.file_no, {"borrower": [None, borrower], "due_date": [None, due]})
    return loan


def give_back(loan: FileLoan, when: dt.datetime | None = None) -> FileLoan:
    if loan.returned_at:
        raise SalesDeskError(_("This loan was already returned on {date}.").format(date=loan.returned_at.strftime("%Y-%m-%d")))
    with database.atomic():
        loan.returned_at = when or dt.datetime.now()
        loan.received_by = session.current_username()
        loan.save()
        audit.log("return", "customer", loan.customer.file_no, {"borrower": [loan.borrower, None]})
    return loan


def loans_of(customer: Customer) -> list[FileLoan]:
    return list(FileLoan.select().where(FileLoan.customer == customer).order_by(FileLoan.lent_at.desc()))


def overdue(today: dt.date | None = None) -> list[FileLoan]:
    today = today or dt.date.today()
    return list(FileLoan.select(FileLoan, Customer).join(Customer)
                .where(FileLoan.returned_at.is_null() & (FileLoan.due_date < today)).order_by(FileLoan.due_date))


def out_now() -> list[FileLoan]:
    return list(FileLoan.select(FileLoan, Customer).join(Customer)
                .where(FileLoan.returned_at.is_null()).order_by(FileLoan.due_date))
