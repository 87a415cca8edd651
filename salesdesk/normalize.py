"""Cleaning what people type or paste: phones, ID numbers, plates, dates, text.

One module shared by every register (visitor desk, customer files, imports), so
"138 0013 8000" typed at the desk and "+86-138-0013-8000" in an old workbook
are the same person. Each ``normalize_*`` returns the canonical form or raises
ValidationError with a message that says what is wrong and how to fix it.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata


from salesdesk.errors import ValidationError
from salesdesk.i18n import N_, _

MAX_TEXT = 20000

ID_TYPES = (
    ("id_card", N_("Resident ID card")),
    ("driving_licence", N_("Driving licence")),
    ("work_card", N_("Work card")),
    ("passport", N_("Passport")),
    ("hk_macau_permit", N_("HK/Macau travel permit")),
    ("other", N_("Other")),
)
# (min, max) length for ID types without a checksum we can verify
_ID_LENGTHS = {"driving_licence": (12, 18), "work_card": (2, 30), "passport": (5, 17),
               "hk_macau_permit": (8, 11), "other": (2, 40)}


def fold(text: str) -> str:
    """Full-width digits/letters/punctuation to ASCII (NFKC), trimmed."""
    return unicodedata.normalize("NFKC", text or "").strip()


def _noncharacter(ch: str) -> bool:
    """U+FFFE/U+FFFF (and their kin): never text; a workbook holding them does not open."""
    cp = ord(ch)
    return 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFE) == 0xFFFE


def clean_text(value: object, field: str = "", max_len: int = MAX_TEXT, label: str = "") -> str:
    """Text safe to store and print: no NUL or control characters (tabs and newlines
    kept), no lone surrogates or noncharacters, trimmed, at most ``max_len`` characters."""
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch in "\t\n" or (unicodedata.category(ch) not in ("Cc", "Cs") and not _noncharacter(ch)))
    text = text.replace("\r", "").strip()
    if len(text) > max_len:
        raise ValidationError({field: _("{label} is too long ({n} characters; at most {max}). Shorten it.").format(
            label=label or field, n=len(text), max=max_len)})
    return text


def normalize_phone(value: str, field: str = "phone") -> str:
    """A mainland mobile or landline in canonical form: ``13800138000`` or ``021-62345678``.

    Accepts spaces, dashes, brackets, +86/0086 and full-width digits. Numbers
    from elsewhere are kept in international form (``+852 2123 4567``).
    """
    import phonenumbers  # loaded on first use (the desk warms it up after the window shows): quicker start

    raw = fold(value)
    if not raw:
        return ""
    if re.fullmatch(r"\+?\d{7,}\.0+", raw):  # 13800138000.0: a number cell written out as text
        raw = raw.split(".")[0]
    sci = re.fullmatch(r"(\d)\.(\d+)[eE]\+?(\d{1,2})", raw)
    if sci and len(sci.group(2)) >= int(sci.group(3)) and not re.search(r"[1-9]", sci.group(2)[int(sci.group(3)):]):
        raw = (sci.group(1) + sci.group(2))[: int(sci.group(3)) + 1]  # 1.38001380000E10: every digit is there
    digits = re.sub(r"[\s\-()（）.]", "", raw)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    try:
        num = phonenumbers.parse(digits, "CN")
    except phonenumbers.NumberParseException:
        num = None
    if re.fullmatch(r"\d(\.\d+)?e\+?\d+", raw.strip().lower()):  # Excel showed the number as 1.38001E+10
        raise ValidationError({field: _("'{value}' is a number Excel shortened to scientific notation: its last digits are lost. In Excel, format the column as Text and type the full number again.").format(value=value)})
    if (num is None or not phonenumbers.is_valid_number(num)) and len(re.findall(r"\d[\d\s\-()]{5,}\d", raw)) >= 2 \
            and re.search(r"[/,，;；、|]|\s{2,}|或", raw):  # "138 0013 8001 / 139 0013 9001"
        raise ValidationError({field: _("'{value}' holds more than one phone number. Keep one number here and put the other in the notes.").format(value=value)})
    if num is None or not phonenumbers.is_valid_number(num):
        raise ValidationError({field: _("'{value}' is not a valid phone number. Enter an 11-digit mobile (138 0013 8000) or a landline with area code (021-6234 5678).").format(value=value)})
    if num.country_code == 86:
        national = str(num.national_number)
        if phonenumbers.number_type(num) in (phonenumbers.PhoneNumberType.MOBILE,
                                             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) and len(national) == 11 and national.startswith("1"):
            return national
        fmt = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        area, _sep, rest = fmt.replace("(", "").replace(")", " ").partition(" ")
        return f"{area}-{re.sub(r'[^0-9]', '', rest)}" if rest else area
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_for_lookup(value: str | None) -> str:
    """The canonical phone to look a person up by, or "" when the text is empty or is not
    a phone number (a lookup while typing then finds nobody instead of failing)."""
    if not value:
        return ""
    try:
        return normalize_phone(value)
    except ValidationError:
        return ""


def phone_digits(value: str) -> str:
    """Digits only (for search by fragment): '021-62345678' -> '02162345678'."""
    return re.sub(r"\D", "", fold(value))


def normalize_id(id_type: str, value: str, field: str = "id_number") -> str:
    """Upper-case, no spaces; resident IDs checked by their checksum. Invisible characters
    pasted along (a zero-width space from a chat or web page) and the apostrophe that
    makes Excel keep digits as text are not part of the number."""
    raw = "".join(ch for ch in re.sub(r"\s", "", fold(value)) if unicodedata.category(ch) != "Cf").lstrip("'`").upper()
    if not raw:
        return ""
    if id_type == "id_card":
        if not re.fullmatch(r"\d{17}[\dX]", raw):
            raise ValidationError({field: _("A resident ID number has 18 characters: 17 digits and a last digit or X (you entered {n}).").format(n=len(raw))})
        try:
            birth = dt.date(int(raw[6:10]), int(raw[10:12]), int(raw[12:14]))
        except ValueError:
            raise ValidationError({field: _("This resident ID number holds an impossible birth date ({d}). Check digits 7-14.").format(d=raw[6:14])}) from None
        # calc_check_digit wants all 18 characters (it skips the last); is_valid() would also
        # reject real numbers whose area code is missing from its table
        from stdnum.cn import ric  # loaded on first use: quicker start

        if ric.calc_check_digit(raw) != raw[17]:
            raise ValidationError({field: _("The resident ID number's last digit does not match (it should be {c}). Check the number for a typing error.").format(c=ric.calc_check_digit(raw))})
        if birth > dt.date.today():
            raise ValidationError({field: _("This resident ID number holds a birth date in the future. Check the number.")})
        return raw
    lo, hi = _ID_LENGTHS.get(id_type, (2, 40))
    if not re.fullmatch(r"[0-9A-Z\-]+", raw) or not lo <= len(raw) <= hi:
        raise ValidationError({field: _("This ID number should be {lo} to {hi} letters or digits (you entered {n}).").format(lo=lo, hi=hi, n=len(raw))})
    return raw


def mask_id(value: str) -> str:
    """330106199001011234 -> 330106********1234; short numbers keep first/last 2."""
    v = value or ""
    if len(v) >= 15:
        return v[:6] + "*" * (len(v) - 10) + v[-4:]
    if len(v) > 4:
        return v[:2] + "*" * (len(v) - 4) + v[-2:]
    return "*" * len(v)


def mask_phone(value: str) -> str:
    """13800138000 -> 138****8000."""
    v = value or ""
    d = re.sub(r"\D", "", v)
    if len(d) >= 7:
        return v[:3] + "****" + v[-4:] if len(v) >= 11 else v[:2] + "*" * (len(v) - 4) + v[-2:]
    return v


PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE = re.compile(
    rf"^[{PROVINCES}][A-Z]"
    r"(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]"     # ordinary: 5 characters
    r"|[DABCEFGHJK][A-HJ-NP-Z0-9]{5}"                 # new energy, small car: D/F + 5
    r"|[0-9]{5}[DABCEFGHJK])$"                        # new energy, large vehicle: 5 + D/F
)


def normalize_plate(value: str, field: str = "plate") -> str:
    """A Chinese plate: 7 characters, or 8 for new-energy plates (粤B D12345)."""
    raw = re.sub(r"[\s·\-.]", "", fold(value)).upper()
    if not raw:
        return ""
    if not _PLATE.match(raw):
        raise ValidationError({field: _("'{value}' is not a Chinese plate number. Example: 沪A12345, or 粤BD12345 for a new-energy car.").format(value=value)})
    return raw


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), (1, 2, 3)),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?"), (1, 2, 3)),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), (3, 1, 2)),  # US-style m/d/yyyy from exported CSVs
)
EXCEL_EPOCH = dt.date(1899, 12, 30)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_CN_DATE = re.compile(r"^([〇零○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]?")


def _cn_number(text: str) -> int:
    """一 .. 三十一 (月/日 in a formal date)."""
    if "十" not in text:
        return _CN_DIGITS[text] if len(text) == 1 else -1
    tens, _sep, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, -1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, -1) if ones else 0)


def _chinese_numeral_date(text: str) -> str:
    """二〇二四年三月五日 (contracts, formal letters) -> 2024年3月5日; other text unchanged."""
    m = _CN_DATE.match(text)
    if not m:
        return text
    year = "".join(str(_CN_DIGITS[c]) for c in m.group(1))
    return f"{year}年{_cn_number(m.group(2))}月{_cn_number(m.group(3))}日" + text[m.end():]


def parse_date(value: object, field: str = "date") -> dt.date | None:
    """Dates as people and spreadsheets write them: date/datetime objects, Excel
    serial numbers, 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 二〇二四年三月五日, 20240305."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime, int, float)) and not isinstance(value, bool):
        if isinstance(value, dt.datetime):
            d = value.date()
        elif isinstance(value, dt.date):
            d = value
        elif 1 <= value < 2958466:  # an Excel serial, up to 9999-12-31
            d = EXCEL_EPOCH + dt.timedelta(days=int(value))
        else:
            raise ValidationError({field: _("{value} is not a date.").format(value=value)})
        if not 1900 <= d.year <= 2100:  # the same range as typed dates: year 1 or 9999 is a typing error
            raise ValidationError({field: _("{value} is not a date between 1900 and 2100. Check the date.").format(value=d.isoformat())})
        return d
    text = _chinese_numeral_date(fold(str(value)))
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return parse_date(float(text), field)
    for pattern, (yi, mi, di) in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            try:
                d = dt.date(int(m.group(yi)), int(m.group(mi)), int(m.group(di)))
            except ValueError:
                break
            if not 1900 <= d.year <= 2100:  # a real date, but a typing error here (the same range as Excel serials)
                raise ValidationError({field: _("{value} is not a date between 1900 and 2100. Check the date.").format(value=d.isoformat())})
            return d
    raise ValidationError({field: _("'{value}' is not a date. Write it as 2024-03-05, 2024/3/5 or 2024年3月5日.").format(value=value)})


# A time of day as offices write it: 14:30, 14:30:00, 2:30 PM, 下午2:30, 14时30分, 9点半.
_CLOCK = re.compile(
    r"^(上午|早上|早晨|凌晨|中午|下午|晚上|傍晚)?\s*(\d{1,2})\s*"
    r"(?:[:：]\s*(\d{1,2})(?:\s*[:：]\s*\d{1,2}(?:\.\d+)?)?|[点點时時]\s*(?:(\d{1,2})\s*分?(?:\s*\d{1,2}\s*秒)?|(半))?)"
    r"\s*(am|pm|a\.m\.|p\.m\.)?$", re.I)
_AFTERNOON = ("下午", "晚上", "傍晚")


def parse_clock(value: object, field: str = "time") -> dt.time:
    """'14:30', '2:30 PM', '下午2:30', '14时30分', '9点半' -> a time; ValidationError if it is none.
    (上午/AM 12:xx is just past midnight, 中午1点 is 13:00 — read as people mean them.)"""
    text = fold(str(value or ""))
    m = _CLOCK.match(text)
    if m:
        period, hour = (m.group(1) or "").lower(), int(m.group(2))
        minute = 30 if m.group(5) else int(m.group(3) or m.group(4) or 0)
        suffix = (m.group(6) or "").lower().replace(".", "")
        if suffix and hour > 12:
            m = None  # "14:30 PM" is a typing error, not a time
        elif suffix == "pm" or period in _AFTERNOON or (period == "中午" and hour < 11):
            hour += 12 if hour < 12 else 0
        elif (suffix == "am" or period in ("上午", "凌晨", "早上", "早晨")) and hour == 12:
            hour = 0
        if m and hour <= 23 and minute <= 59:
            return dt.time(hour, minute)
    raise ValidationError({field: _("'{value}' is not a time of day. Write it as 9:30 or 14:05.").format(value=text)})


_DATE_THEN_TIME = re.compile(r"^(\S*?[日号])\s*(\S.*)$|^(\S+?)(?:\s*[T ]\s*)(\S.*)$")


def split_date_time(text: str) -> tuple[str, str]:
    """'2024-03-05 14:30' / '2024年3月5日14时30分' / '3/5/2024 2:30 PM' -> (date text, time text);
    the time text is '' when the text holds a date only."""
    text = fold(text)
    m = _DATE_THEN_TIME.match(text)
    if not m:
        return text, ""
    date, time = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not re.search(r"\d", time):
        return text, ""  # "2024年3月5日 周二": a date only
    return date, time
