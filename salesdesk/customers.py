"""Customer files (客户档案): the one write path for the customer register.

The visitor desk and the complaint register call ``find_by_phone`` and
``create``; the customers tab calls ``save_file`` / ``open_file``. Every write
goes through here so the search key (customer_search), the audit trail and the
permission rules are applied in one place:

- files marked 机密/绝密 are readable only by their consultant and by those with
  ``customer.view_confidential``; every view of such a file is audited;
- consultants edit their own files and read the others (``customer.edit_all``
  for the desk and managers); changing an owner needs ``customer.reassign``;
- phones and ID numbers are shown masked unless ``pii.full``; a masked value sent
  back unchanged keeps the stored number.

Contact records, loans, grading, duplicates and reminders live in the
``customer_*`` modules beside this one.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from salesdesk import audit, numbering, permissions, session, settings
from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _
from salesdesk.models.accounts import User
from salesdesk.models.customers import (CONFIDENTIALITY, GENDERS, GRADES, PHONE_KINDS, STATUSES, Customer,
                                        CustomerPhone)
from salesdesk.models.db import database
from salesdesk.normalize import ID_TYPES, clean_text, mask_id, mask_phone, normalize_id, normalize_phone, parse_date, phone_for_lookup

SERIES = "KH"

STATUS_LABELS = {"prospect": N_("Prospect"), "interested": N_("Interested"), "deal": N_("Deal"), "lost": N_("Lost")}
CONFIDENTIALITY_LABELS = {"normal": N_("Normal"), "confidential": N_("Confidential"), "secret": N_("Secret")}
GENDER_LABELS = {"": N_("Not given"), "male": N_("Male"), "female": N_("Female")}
PHONE_KIND_LABELS = {"mobile": N_("Mobile"), "home": N_("Home"), "office": N_("Office"), "other": N_("Other")}

# Further items of the seeds' 客户信息档案 template, kept as one JSON object
PROFILE_FIELDS: tuple[tuple[str, str], ...] = (
    ("native_place", N_("Native place")),
    ("education", N_("Education")),
    ("marital_status", N_("Marital status")),
    ("spouse", N_("Spouse (phone, employer)")),
    ("children", N_("Children (birth date, school)")),
    ("parents", N_("Parents (age, health)")),
    ("current_home", N_("Current home")),
    ("purchase_reason", N_("Reason for buying")),
    ("concerns", N_("Most important when buying")),
    ("car", N_("Car (brand, plate)")),
    ("hobbies", N_("Hobbies")),
    ("dining", N_("Favourite dining")),
    ("smoking_drinking", N_("Smoking / drinking")),
    ("organisations", N_("Associations")),
)

# text fields: name -> (max length, label)
_TEXT_FIELDS: dict[str, tuple[int, str]] = {
    "company": (200, N_("Company")), "position": (100, N_("Position")), "address": (300, N_("Address")),
    "source": (100, N_("Source")), "notes": (20000, N_("Notes")),
    "interest_unit_type": (100, N_("Unit type")), "interest_area": (50, N_("Area")),
    "interest_budget": (50, N_("Budget")), "family": (5000, N_("Family")),
    "preferences": (5000, N_("Preferences")),
}

# every field the form, the import and create() may set (clean_fields checks each)
FIELDS = frozenset({"name", "gender", "id_type", "id_number", "birthday", "consultant", "status", "grade",
                    "confidentiality", "tags", "profile", *_TEXT_FIELDS})

settings.define("customers.loan_days", 3, N_("Paper files are due back after (days)"), kind="int",
                minimum=1, maximum=60, group=N_("Customer files"))
settings.define("customers.birthday_days", 7, N_("Show birthdays in the next (days)"), kind="int",
                minimum=0, maximum=60, group=N_("Customer files"))
settings.define("customers.sources", ["来电", "来访", "朋友介绍", "老带新", "网络", "户外广告", "展会", "其他"],
                N_("Customer sources (one per line)"), kind="list", group=N_("Customer files"))


class DuplicateFound(ValidationError):
    """A file with the same phone or ID number is already on file (``matches``).
    A ValidationError, so forms get it back to offer the existing file."""

    def __init__(self, matches: list[Customer]):
        self.matches = matches
        names = "、".join(shown_file(m) for m in matches[:5])  # a phone typed must not reveal a confidential name
        super().__init__({"duplicate": _("This phone or ID number is already on file: {files}. Open the existing file, or save anyway to keep both (merge them later).").format(files=names)})


# --- reading ---------------------------------------------------------------------------------

def live() -> Any:
    """Files not merged away."""
    return Customer.select().where(Customer.merged_into.is_null())


def get(customer_id: int) -> Customer:
    c = Customer.get_or_none(Customer.id == customer_id)
    if c is None:
        raise SalesDeskError(_("Customer file {id} does not exist (it may have been deleted). Refresh the list.").format(id=customer_id))
    return c


def by_file_no(file_no: str) -> Customer:
    c = Customer.get_or_none(Customer.file_no == (file_no or "").strip().upper())
    if c is None:
        raise SalesDeskError(_("There is no customer file {no}. Check the number (KH-YYYY-NNNNN).").format(no=file_no))
    return c


def follow_merges(c: Customer) -> Customer:
    """The live file a merged-away file now lives in."""
    seen = set()
    while c.merged_into_id and c.id not in seen:
        seen.add(c.id)
        c = Customer.get_by_id(c.merged_into_id)
    return c


def is_confidential(c: Customer) -> bool:
    return c.confidentiality in ("confidential", "secret")


def can_view(c: Any) -> bool:
    """The record rule lives in permissions (shared with the other registers). ``c`` may be
    any row with ``confidentiality`` and ``consultant_id`` (a Customer, a namedtuple)."""
    return permissions.can_read_customer(c)


# What a user who may not read a confidential file sees in its place: the file number
# (in its own column) and this, never the name, phone or company.
CONFIDENTIAL_PLACEHOLDER = N_("Confidential file")


def placeholder_name() -> str:
    return "※ " + _(CONFIDENTIAL_PLACEHOLDER)  # ※ is in every CJK font; emoji are not


def shown_name(c: Any) -> str:
    """The name as this user may see it in a list, a message or an export: the real name,
    or the confidential placeholder for a 机密/绝密 file they may not read."""
    return c.name if can_view(c) else placeholder_name()


def shown_file(c: Any) -> str:
    """'KH-2026-00001 张三' — or 'KH-2026-00001 ※ Confidential file' (for messages)."""
    return f"{c.file_no} {shown_name(c)}"


def readable_condition() -> Any:
    """The SQL form of ``can_view``: a condition on Customer matching the files this user
    may read, or None when they may read every file (unattended, managers)."""
    user = session.current()
    if user is None or permissions.can("customer.view_confidential"):
        return None
    return Customer.confidentiality.in_(permissions.PUBLIC_LEVELS) | (Customer.consultant == user.id)


def can_edit(c: Customer) -> bool:
    return permissions.can_edit_customer(c)


def require_edit(c: Customer) -> None:
    permissions.require_edit_customer(c)


def open_file(customer_id: int) -> Customer:
    """The file for reading; a confidential file is checked and its view audited."""
    c = get(customer_id)
    permissions.require_read_customer(c)
    return c


def phones_of(c: Customer) -> list[CustomerPhone]:
    return list(CustomerPhone.select().where(CustomerPhone.customer == c).order_by(CustomerPhone.id))


def display_phone(phone: str) -> str:
    return phone if permissions.can("pii.full") else mask_phone(phone)


def display_id(number: str) -> str:
    return number if permissions.can("pii.full") else mask_id(number)


def tags_of(c: Customer) -> list[str]:
    return [t for t in (c.tags or "").split(",") if t]


def profile_of(c: Customer) -> dict[str, str]:
    try:
        data = json.loads(c.profile or "{}")
    except ValueError:
        return {}
    return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def find_by_phone(phone: str) -> Customer | None:
    """The live (not merged-away) customer with this phone, if any."""
    norm = phone_for_lookup(phone)
    if not norm:
        return None
    row = (CustomerPhone.select(CustomerPhone, Customer).join(Customer)
           .where((CustomerPhone.phone == norm) & Customer.merged_into.is_null()).first())
    return row.customer if row else None


# --- cleaning ---------------------------------------------------------------------------------

def _consultant(value: Any) -> User | None:
    if value in (None, ""):
        return None
    if isinstance(value, User):
        return value
    if isinstance(value, int):
        user = User.get_or_none(User.id == value)
    else:
        from salesdesk.accounts import find_staff

        user = find_staff(str(value))
    if user is None:
        raise ValidationError({"consultant": _("There is no staff member '{name}'. Choose a consultant from the list.").format(name=value)})
    return user


def clean_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate and normalise the file's fields (the same rules for the form and the
    import). Only keys present in ``data`` are returned. Raises ValidationError with
    every wrong field at once."""
    out: dict[str, Any] = {}
    errors: dict[str, str] = {}

    def attempt(key: str, fn) -> None:
        try:
            out[key] = fn()
        except ValidationError as exc:
            errors.update(exc.errors)

    if "name" in data:
        def _name() -> str:
            name = clean_text(data["name"], "name", 100, _("Name"))
            if not name:
                raise ValidationError({"name": _("Enter the customer's name.")})
            return name
        attempt("name", _name)
    for key, (max_len, label) in _TEXT_FIELDS.items():
        if key in data:
            attempt(key, lambda key=key, max_len=max_len, label=label: clean_text(data[key], key, max_len, _(label)))
    choices = {"gender": (GENDERS, N_("Gender")), "status": (STATUSES, N_("Status")), "grade": (GRADES, N_("Grade")),
               "confidentiality": (CONFIDENTIALITY, N_("Confidentiality")),
               "id_type": (tuple(k for k, _l in ID_TYPES), N_("ID type"))}
    for key, (allowed, label) in choices.items():
        if key in data:
            value = (data[key] or "").strip()
            if key == "grade":
                value = value.upper()
            if key == "id_type" and not value:
                value = "id_card"
            if value not in allowed:
                errors[key] = _("{label}: '{value}' is not one of the choices.").format(label=_(label), value=value)
            else:
                out[key] = value
    if "id_number" in data:
        id_type = out.get("id_type", data.get("id_type") or "id_card")
        attempt("id_number", lambda: normalize_id(id_type, data["id_number"] or ""))
    if "birthday" in data:
        def _birthday() -> dt.date | None:
            d = parse_date(data["birthday"], "birthday")
            if d and d > dt.date.today():
                raise ValidationError({"birthday": _("The birthday is in the future. Check the date.")})
            return d
        attempt("birthday", _birthday)
    if "consultant" in data:
        attempt("consultant", lambda: _consultant(data["consultant"]))
    if "tags" in data:
        raw = data["tags"]
        items = raw if isinstance(raw, (list, tuple)) else str(raw or "").replace("，", ",").replace("、", ",").split(",")
        tags = []
        for t in items:
            t = clean_text(t, "tags", 30).strip()
            if t and t not in tags:
                tags.append(t)
        out["tags"] = ",".join(tags)
        if len(out["tags"]) > 300:
            errors["tags"] = _("Too many tags (at most 300 characters). Remove some.")
    if "profile" in data:
        raw = data["profile"] or {}
        if isinstance(raw, str):
            raw = json.loads(raw or "{}")
        known = dict(PROFILE_FIELDS)
        prof = {k: clean_text(v, k, 2000, _(known.get(k, k))) for k, v in raw.items() if k in known and str(v or "").strip()}
        out["profile"] = json.dumps(prof, ensure_ascii=False) if prof else ""
    if errors:
        raise ValidationError(errors)
    if "birthday" in out:
        out["birthday_md"] = out["birthday"].strftime("%m-%d") if out["birthday"] else ""
    return out


@dataclass
class PhoneEntry:
    phone: str
    kind: str = "mobile"


def clean_phones(entries: Iterable[PhoneEntry | tuple[str, str] | str], existing: Iterable[str] = ()) -> list[PhoneEntry]:
    """Normalised, de-duplicated phones. A masked number (138****8000) that matches a
    stored one keeps the stored number, so a user without ``pii.full`` can save the form."""
    existing = list(existing)
    out: list[PhoneEntry] = []
    errors: dict[str, str] = {}
    for i, e in enumerate(entries):
        if isinstance(e, str):
            e = PhoneEntry(e)
        elif isinstance(e, tuple):
            e = PhoneEntry(*e)
        raw = (e.phone or "").strip()
        if not raw:
            continue
        norm = next((x for x in existing if "*" in raw and mask_phone(x) == raw), None)
        if norm is None:
            try:
                norm = normalize_phone(raw, f"phone{i}")
            except ValidationError as exc:
                errors.update(exc.errors)
                continue
        kind = e.kind if e.kind in PHONE_KINDS else "other"
        if norm not in [p.phone for p in out]:
            out.append(PhoneEntry(norm, kind))
    if errors:
        raise ValidationError(errors)
    return out


# --- writing ---------------------------------------------------------------------------------

_AUDITED = ("name", "gender", "id_type", "id_number", "company", "position", "address", "source", "consultant_id",
            "status", "grade", "confidentiality", "notes", "interest_unit_type", "interest_area", "interest_budget",
            "birthday", "family", "preferences", "profile", "tags", "next_contact_date")


def _after_write(c: Customer) -> None:
    from salesdesk import customer_search

    customer_search.refresh(c)


def _check_duplicates(phones: list[str], id_number: str, exclude: int | None) -> None:
    from salesdesk import customer_duplicates

    matches = customer_duplicates.matches(phones, id_number, exclude_id=exclude)
    if matches:
        raise DuplicateFound(matches)


def create(name: str, phone: str = "", consultant: User | None = None, check_duplicates: bool = False,
           **fields: Any) -> Customer:
    """Open a new file with its number. ``fields`` are further Customer columns
    (cleaned as in the form). With ``check_duplicates`` a phone/ID already on
    file raises DuplicateFound."""
    unknown = set(fields) - FIELDS
    if unknown:  # a programming error, not the user's: say so loudly instead of dropping the values
        raise TypeError(f"customers.create: unknown fields {sorted(unknown)}; known: {sorted(FIELDS)}")
    phones = [PhoneEntry(phone)] if phone else []
    return save_file(None, {"name": name, "consultant": consultant, **fields}, phones,
                     allow_duplicate=not check_duplicates)


def save_file(customer: Customer | None, data: Mapping[str, Any], phones: Iterable[PhoneEntry | tuple | str] | None = None,
              allow_duplicate: bool = False) -> Customer:
    """Create (``customer`` None) or update a file and its phones in one transaction.

    ``phones`` None leaves the phones alone; a list replaces them. Raises
    ValidationError (fields), DuplicateFound (unless ``allow_duplicate``),
    PermissionDenied.
    """
    data = dict(data)
    if customer is not None and "id_number" in data and "*" in str(data["id_number"] or ""):
        if mask_id(customer.id_number) == str(data["id_number"]).strip():
            data["id_number"] = customer.id_number  # masked on screen, unchanged
    if customer is None and "name" not in data:
        raise ValidationError({"name": _("Enter the customer's name.")})
    clean = clean_fields(data)
    old_phones = [p.phone for p in phones_of(customer)] if customer is not None else []
    new_phones = clean_phones(phones, old_phones) if phones is not None else None
    now = dt.datetime.now()
    if customer is not None:
        require_edit(customer)
        if "consultant" in clean and customer.consultant_id and (clean["consultant"].id if clean["consultant"] else None) != customer.consultant_id:
            permissions.require("customer.reassign")
    if not allow_duplicate and (new_phones or clean.get("id_number")):
        changed_phones = [p.phone for p in new_phones or [] if p.phone not in old_phones]
        changed_id = clean.get("id_number") if customer is None or clean.get("id_number") != customer.id_number else ""
        _check_duplicates(changed_phones, changed_id or "", customer.id if customer else None)
    with database.atomic():
        if customer is None:
            if clean.get("consultant") is None and "consultant" not in data:
                user = session.current()
                clean["consultant"] = user if user is not None and user.role == "consultant" else None
            if clean.get("status") == "lost":
                clean["lost_at"] = now
            customer = Customer.create(file_no=numbering.next_number(SERIES, 5), created_at=now, updated_at=now, **clean)
            before: dict[str, Any] = {}
        else:
            before = {k: getattr(customer, k) for k in _AUDITED}
            if clean.get("status") == "lost" and customer.status != "lost":
                clean["lost_at"], clean["lost_callback_at"] = now, None
            if "grade" in clean and clean["grade"] != customer.grade:
                clean["grade_mode"] = "manual"  # set by hand in the form
            for k, v in clean.items():
                setattr(customer, k, v)
            customer.updated_at = now
            customer.save()
        changes = audit.diff(before, {k: getattr(customer, k) for k in _AUDITED})
        if new_phones is not None:
            if [p.phone for p in new_phones] != old_phones or customer.id is None:
                changes["phones"] = [old_phones, [p.phone for p in new_phones]]
            CustomerPhone.delete().where(CustomerPhone.customer == customer).execute()
            for p in new_phones:
                CustomerPhone.create(customer=customer, phone=p.phone, kind=p.kind)
        _after_write(customer)
        audit.log("create" if not before else "update", "customer", customer.file_no, changes)
    return customer


def add_phone(customer: Customer, phone: str, kind: str = "mobile") -> str:
    """Add one phone to a file (the visitor desk's returning visitor with a new number)."""
    require_edit(customer)
    norm = normalize_phone(phone)
    if not norm:
        raise ValidationError({"phone": _("Enter a phone number.")})
    with database.atomic():
        if not CustomerPhone.select().where((CustomerPhone.customer == customer) & (CustomerPhone.phone == norm)).exists():
            CustomerPhone.create(customer=customer, phone=norm, kind=kind if kind in PHONE_KINDS else "other")
            _after_write(customer)
            audit.log("add_phone", "customer", customer.file_no, {"phone": [None, norm]})
    return norm


def set_status(customer: Customer, status: str) -> Customer:
    return save_file(customer, {"status": status})


def status_label(status: str) -> str:
    return _(STATUS_LABELS.get(status, status))


def confidentiality_label(level: str) -> str:
    return _(CONFIDENTIALITY_LABELS.get(level, level))
