"""What a phone (or ID) typed at a desk may tell about the customer file it matches.

The visitor check-in, the sales reception and the complaint intake look a typed
phone up in the customer files to link the record and to greet a known
customer. For a 机密/绝密 file the user may not read (see ``customers.can_view``)
the match carries only the file number and the confidential placeholder: no
name, no company, nothing a form could fill in. The record is still linked to
the file (by id), so its history stays complete for those who may read it.
"""
from __future__ import annotations

from dataclasses import dataclass

from salesdesk import customers
from salesdesk.models.customers import Customer


@dataclass(frozen=True)
class FileMatch:
    customer_id: int
    file_no: str
    shown_name: str  # the name, or '※ Confidential file' (customers.shown_name)
    readable: bool  # False: a confidential file this user may not read
    name: str = ""  # the file's name and company: empty unless readable, so no form can fill them in
    company: str = ""

    @property
    def shown(self) -> str:
        """For messages: 'KH-2026-00001 王芳' or 'KH-2026-00001 ※ Confidential file' (customers.shown_file)."""
        return f"{self.file_no} {self.shown_name}"


def describe(c: Customer) -> FileMatch:
    """The file as this user may learn of it from a lookup."""
    readable = customers.can_view(c)
    return FileMatch(customer_id=c.id, file_no=c.file_no, shown_name=customers.shown_name(c), readable=readable,
                     name=c.name if readable else "", company=(c.company or "") if readable else "")


def by_phone(phone: str) -> FileMatch | None:
    """The live customer file with this phone, as this user may learn of it; None if none."""
    c = customers.find_by_phone(phone)
    return describe(c) if c is not None else None
