"""Reading the office's old Excel/CSV registers: one reader for every import.

Real sheets are messy: a title row merged across the top, two-level headers
with merged cells, blank rows, columns in any order, headers in Chinese or
English with stars and notes ("手机号码*", "姓名（必填）"), phone numbers stored
as numbers, dates as Excel serials, formulas, CSV in UTF-8 or GBK. This module
finds the header row, maps columns by header aliases, yields rows with their
sheet row numbers, and runs an import all-or-nothing with a per-row report.

A register supplies ``ColumnSpec``s and a ``parse_row(values) -> record`` that
raises ValidationError for a bad row, and a ``save(records)`` that writes
them; ``run_import`` does the rest.
"""
from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generic, Iterable, Sequence, TypeVar

from openpyxl.utils import get_column_letter

from salesdesk.errors import SalesDeskError, ValidationError
from salesdesk.i18n import N_, _

T = TypeVar("T")
HEADER_SCAN_ROWS = 20
MAX_MERGED_ROWS = 1000  # a merged block taller than this is formatting, not a header
Grid = list[tuple[int, list[Any]]]  # (1-based row number, cell values): only rows that exist


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    label: str  # English source label (translated with _ when shown)
    aliases: tuple[str, ...] = ()
    required: bool = False


@dataclass
class Table:
    source: str
    sheet: str
    headers: list[str]
    header_row: int  # 1-based row number of the header in the sheet/file
    rows: list[tuple[int, list[Any]]]  # (1-based row number, cell values), blank rows removed
    blank_rows: int = 0
    hidden_rows: list[int] = field(default_factory=list)  # data rows hidden in the sheet (read like the others)
    # row -> 0-based columns holding a formula whose result was never saved (read as empty)
    unsaved_formulas: dict[int, set[int]] = field(default_factory=dict)


@dataclass
class RowError:
    row: int
    field: str
    message: str
    values: dict[str, Any] = field(default_factory=dict)


_ROW_PROBLEMS = {"duplicate": N_("Duplicate")}  # row errors that belong to no single column


@dataclass
class ImportReport(Generic[T]):
    total: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    blank_rows: int = 0
    dry_run: bool = False
    saved: bool = False
    records: list[T] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # field key -> the column's header in the file
    hidden_rows: list[int] = field(default_factory=list)
    unsaved_formulas: list[str] = field(default_factory=list)  # cells (B2) read as empty: formula, no saved result
    source: str = ""  # the file read, its sheet and header row: what every import prints first
    sheet: str = ""
    header_row: int = 0
    unclaimed: list[str] = field(default_factory=list)  # headers of columns nothing was read from

    def column(self, key: str) -> str:
        """A field as the user knows it: the header of its column in their file."""
        return self._column(key)

    def _column(self, key: str) -> str:
        return self.columns.get(key) or (_(_ROW_PROBLEMS[key]) if key in _ROW_PROBLEMS else key)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    def summary(self) -> str:
        if self.total == 0:
            return _("There are no rows under the header row: nothing to import. Check that the data is on this sheet.")
        if self.dry_run:
            head = _("Dry run: {ok} of {total} rows would be imported; {bad} rows have errors. Nothing was written.")
        elif self.saved:
            head = _("{ok} of {total} rows imported; {bad} rows rejected.")
        else:
            head = _("Nothing was imported: {bad} of {total} rows have errors. Fix them (or choose to import only the good rows) and try again.")
        text = head.format(ok=self.total - len(self.bad_rows), total=self.total, bad=len(self.bad_rows))
        if self.hidden_rows:  # rows hidden (or filtered out) in Excel are easy to forget: say they count
            shown = ", ".join(map(str, self.hidden_rows[:20])) + (" …" if len(self.hidden_rows) > 20 else "")
            text += " " + _("Rows hidden in the sheet were read like the others: {rows}.").format(rows=shown)
        if self.unsaved_formulas:  # a file written by a program, never saved in Excel: say what was lost
            shown = ", ".join(self.unsaved_formulas[:20]) + (" …" if len(self.unsaved_formulas) > 20 else "")
            text += " " + _("These cells hold a formula whose result was never saved in the file, so they were read as empty: {cells}. Open the file in Excel or WPS, save it, and import it again to read their values.").format(cells=shown)
        return text

    def lines(self) -> list[str]:
        return [_("row {row}, {field}: {message}").format(row=e.row, field=self._column(e.field) if e.field else "-",
                                                          message=e.message)
                for e in self.errors]

    @staticmethod
    def check_rejected_target(target: Path | str) -> None:
        """Refuse a bad report file name before importing, not after the rows were saved."""
        target = Path(target)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            raise SalesDeskError(_("The rejected-rows report must be a .xlsx or .csv file: {path}").format(path=target))
        try:
            target.exists()  # the system's own limit on a name (bytes on Linux, characters on Windows)
        except OSError as exc:
            raise SalesDeskError(_("The name {path} is too long for the disk. Give a shorter file or folder name.").format(path=target)
                                 if exc.errno == errno.ENAMETOOLONG else str(exc)) from exc
        if not target.parent.is_dir():
            raise SalesDeskError(_("The folder {folder} does not exist. Choose an existing folder.").format(folder=target.parent))

    def write_rejected(self, target: Path | str) -> Path:
        """The rejected rows with their reasons, as .xlsx (or .csv by suffix)."""
        from salesdesk.forms.workbook import RegisterWorkbook

        keys: list[str] = []
        for e in self.errors:
            for k in e.values:
                if k not in keys:
                    keys.append(k)
        rows = [[e.row, self._column(e.field), e.message, *[_cell_out(e.values.get(k)) for k in keys]] for e in self.errors]
        headers = [_("Row"), _("Field"), _("Problem"), *[self._column(k) for k in keys]]  # the file's own headers
        target = Path(target)
        if target.suffix.lower() == ".csv":
            from salesdesk.forms.output import atomic_output

            with atomic_output(target, ".csv") as tmp, open(tmp, "w", newline="", encoding="utf-8-sig") as fh:
                w = csv.writer(fh)
                w.writerow(headers)
                w.writerows([[csv_safe(v) for v in r] for r in rows])
            return target
        wb = RegisterWorkbook()
        wb.sheet(_("Rejected rows"), headers, [8, 14, 60] + [16] * len(keys), rows)
        return wb.save(target)


def csv_safe(v: Any) -> Any:
    """A CSV cell Excel will not run as a formula: text starting with = + - @ (or a
    tab/CR before them) gets a leading apostrophe, which Excel shows as text. Digits
    Excel would turn into a number (a phone shown as 1.38E+10, an ID losing its last
    digits, 0571 losing its 0) are written ="…", Excel's way of saying "this is text";
    the importer reads both forms back as the plain text."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    if isinstance(v, str) and _NUMBER_EXCEL_WOULD_MANGLE.fullmatch(v):
        return f'="{v}"'
    return v


_NUMBER_EXCEL_WOULD_MANGLE = re.compile(r"\d{11,}|0\d+")


def _cell_out(v: Any) -> Any:
    return "" if v is None else v if isinstance(v, (int, float, dt.date)) else str(v)


# --- reading -------------------------------------------------------------------

def read_table(path: Path | str, specs: Sequence[ColumnSpec] = (), sheet: str | None = None) -> Table:
    """Read the first (or named) sheet of an .xlsx/.xlsm or a .csv/.txt file."""
    path = Path(path)
    try:
        is_dir, is_file = path.is_dir(), path.is_file()
    except OSError as exc:  # a name too long for the disk, a path through a file...
        raise SalesDeskError(_("{path} could not be read ({reason}). Check the file and try again.").format(path=path, reason=exc.strerror or exc)) from exc
    if is_dir:
        raise SalesDeskError(_("{path} is a folder. Give the Excel or CSV file to import.").format(path=path))
    if not is_file:
        raise SalesDeskError(_("The file {path} does not exist.").format(path=path))
    try:
        kind = _file_kind(path)
        unsaved: dict[int, set[int]] = {}
        if kind == "xlsx":  # also a workbook saved with a .xls or .csv name: the content decides
            grid, sheet_name, hidden, unsaved = _read_xlsx(path, sheet, specs)
        elif kind == "text":
            grid, sheet_name, hidden = list(enumerate(_read_csv(path), start=1)), path.stem, set()
        else:
            raise SalesDeskError(_FILE_KIND_PROBLEMS[kind]().format(path=path))
    except PermissionError as exc:  # on Windows: the file is open in Excel/WPS, which locks it
        raise SalesDeskError(_("{path} cannot be opened: it is open in another program (Excel or WPS?) or you may not read it. Close it there and try again.").format(path=path)) from exc
    except OSError as exc:  # a network drive gone, a bad disk
        raise SalesDeskError(_("{path} could not be read ({reason}). Check the file and try again.").format(path=path, reason=exc.strerror or exc)) from exc
    table = _to_table(grid, specs, str(path), sheet_name)
    table.hidden_rows = [r for r, _v in table.rows if r in hidden]
    table.unsaved_formulas = unsaved
    return table


# What a file given to import really is, by its first bytes rather than its name: offices
# rename files, WPS saves .xls that are .xlsx, systems export web pages named .xls.
_FILE_KIND_PROBLEMS: dict[str, Callable[[], str]] = {
    "empty": lambda: _("{path} is empty (0 bytes). Open the list in Excel, save it again, and import the saved file."),
    "encrypted": lambda: _("{path} is protected with a password. Open it in Excel or WPS, remove the password (File > Info > Protect Workbook > Encrypt with Password), save it, then import it."),
    "xls": lambda: _("{path} is an old .xls workbook. Open it in Excel or WPS and save it as .xlsx, then import that."),
    "html": lambda: _("{path} is a web page saved with an Excel name, not a workbook. Open it in Excel or WPS and save it as .xlsx, then import that."),
    "text_as_xlsx": lambda: _("{path} is a text (CSV) file with an Excel name, not a workbook. Rename it to .csv and import it, or open it in Excel and save it as .xlsx."),
    "not_xlsx": lambda: _("{path} cannot be read as an Excel workbook (it is damaged or another kind of file). Open it in Excel and save it again as .xlsx."),
    "unknown": lambda: _("Cannot import {path}: use an Excel workbook (.xlsx) or a CSV file."),
}


def _file_kind(path: Path) -> str:
    """'xlsx', 'text' (CSV) or the key of the problem to report."""
    suffix = path.suffix.lower()
    with open(path, "rb") as fh:  # OSError (locked, unreadable): read_table explains it
        head = fh.read(512)
        ole_body = _ole_directory(fh, head) if head.startswith(b"\xd0\xcf\x11\xe0") else b""
    if not head:
        return "empty"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if suffix in (".xlsx", ".xlsm", ".xls", ".csv", ".txt") else "unknown"
    if ole_body:
        return "encrypted" if "EncryptedPackage".encode("utf-16-le") in ole_body else "xls"
    if suffix in (".csv", ".txt"):
        return "text"
    if suffix not in (".xlsx", ".xlsm", ".xls"):
        return "unknown"
    if head.lstrip().lower().startswith((b"<", b"\xef\xbb\xbf<")):
        return "html"
    if suffix == ".xls":
        return "xls"
    return "text_as_xlsx" if _looks_like_csv(path) else "not_xlsx"


def _ole_directory(fh: Any, header: bytes) -> bytes:
    """The bytes that name the streams of an OLE file (old .xls, or a password-protected
    .xlsx, which is an OLE container holding "EncryptionInfo" and "EncryptedPackage")."""
    chunks = [header, fh.read(65536)]
    try:
        sector = 1 << int.from_bytes(header[0x1E:0x20], "little")
        first_dir = int.from_bytes(header[0x30:0x34], "little")
        if sector in (512, 4096) and first_dir < 0xFFFFFFFA:
            fh.seek((first_dir + 1) * sector)
            chunks.append(fh.read(4 * sector))
    except (OSError, ValueError):
        pass
    return b"".join(chunks) or b"?"


def _looks_like_csv(path: Path) -> bool:
    """Text whose first line is split by commas, semicolons or tabs."""
    import codecs

    with open(path, "rb") as fh:
        raw = fh.read(65536)
    for enc in (("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")):
        try:
            text = codecs.getincrementaldecoder(enc)().decode(raw, final=False)  # the cut may split a character
        except UnicodeDecodeError:
            continue
        first = text.lstrip().partition("\n")[0]
        return "\x00" not in text and any(sep in first for sep in ",;\t")
    return False
    for enc in ("utf-8-sig", "gb18030", "utf-16"):
        try:
            raw.decode(enc)
            return True
        except UnicodeDecodeError:
            continue
    return False


def _pick_sheet(wb: Any, specs: Sequence[ColumnSpec]) -> Any:
    """The sheet holding the table: the open (active) sheet, else the first, unless
    another sheet has the better header row (a '说明' sheet in front of the data)."""
    aliases = {norm_header(a) for s in specs for a in (s.key, s.label, *s.aliases)}
    active = wb.active if wb.active in wb.worksheets and wb.active.sheet_state == "visible" else wb.worksheets[0]  # not a chart sheet
    if not aliases:
        return active

    def score(ws: Any) -> int:
        # max_row beyond the sheet's end would add empty rows to it: never ask past ws.max_row
        rows = ws.iter_rows(max_row=min(HEADER_SCAN_ROWS, ws.max_row), max_col=min(ws.max_column, 200), values_only=True)
        return max((_row_score(r, aliases) for r in rows), default=0)

    ranked = [active] + [ws for ws in wb.worksheets if ws is not active and ws.sheet_state == "visible"]
    best = max(ranked, key=score)  # max keeps the first of equals: the active sheet wins ties
    return best


def _read_xlsx(path: Path, sheet: str | None, specs: Sequence[ColumnSpec] = ()) -> tuple[Grid, str, set[int], dict[int, set[int]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        # data_only: formulas give their last computed value, never the formula text
        with open(path, "rb") as fh:  # a file object: openpyxl would refuse a workbook named .xls or .csv
            wb = load_workbook(fh, data_only=True)
    except PermissionError:
        raise  # locked by Excel: read_table says so
    except Exception as exc:  # noqa: BLE001 - a damaged file fails inside zipfile/zlib/XML parsing in many ways
        reason = _("it is damaged or another kind of file") if isinstance(exc, BadZipFile) or not str(exc) else str(exc)
        raise SalesDeskError(_("{path} cannot be read as an Excel workbook ({reason}). Open it in Excel and save it again as .xlsx.").format(path=path, reason=reason)) from exc
    if sheet is not None and sheet not in wb.sheetnames:
        raise SalesDeskError(_("The workbook has no sheet named {sheet}; it has: {names}.").format(sheet=sheet, names=", ".join(wb.sheetnames)))
    ws = wb[sheet] if sheet else _pick_sheet(wb, specs)
    # Only the rows that hold values, each as long as its last value: a sheet formatted down
    # to row 1,048,576 (or one stray space in cell XFD1048576) must not become a grid of
    # billions of empty cells — that took minutes and all the memory of the machine.
    cells: dict[int, dict[int, Any]] = {}
    for (r, c), cell in ws._cells.items():  # noqa: SLF001 - sparse on purpose
        if cell.value is not None:
            cells.setdefault(r, {})[c] = cell.value
    # A merged cell holds its value only in its top-left cell: copy it over the range
    # (within the rows that hold values, and at most as wide as the widest of them).
    widest = max((max(row) for row in cells.values()), default=0)
    last_row = max(cells, default=0)
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        if value is None:
            continue
        for r in range(rng.min_row, min(rng.max_row, last_row) + 1):
            if r not in cells and rng.max_row - rng.min_row > MAX_MERGED_ROWS:
                continue
            for c in range(rng.min_col, min(rng.max_col, widest) + 1):
                cells.setdefault(r, {})[c] = value
    grid = [(r, [row.get(c) for c in range(1, max(row) + 1)]) for r, row in sorted(cells.items())]
    hidden = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
    wb.close()
    return grid, ws.title, hidden, _unsaved_formulas(path, ws.title)


_CELL_XML = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')
_FORMULA_XML = re.compile(rb"<(?:\w+:)?f[\s>/]")
_VALUE_XML = re.compile(rb"<(?:\w+:)?v(?:\s[^>]*)?>([^<]+)<")  # a result with content
_TEXT_RESULT = re.compile(rb'\bt="(?:str|s|inlineStr)"')  # a text result may rightly be empty


def _unsaved_formulas(path: Path, sheet: str) -> dict[int, set[int]]:
    """Cells of ``sheet`` with a formula but no saved result. Excel always saves the result;
    a file written by a program (a report generator, a script) may not, and then the cell
    reads as empty — a phone or a date silently lost. The import summary names them."""
    import zipfile

    from openpyxl.packaging.manifest import Manifest
    from openpyxl.reader.excel import _find_workbook_part
    from openpyxl.reader.workbook import WorkbookParser
    from openpyxl.utils.cell import column_index_from_string
    from openpyxl.xml.functions import fromstring

    try:  # the sheet's part in the package, found the way openpyxl finds it
        with zipfile.ZipFile(path) as z:
            package = Manifest.from_tree(fromstring(z.read("[Content_Types].xml")))
            parser = WorkbookParser(z, _find_workbook_part(package).PartName[1:])
            parser.parse()
            part = next(rel.target for s, rel in parser.find_sheets() if s.name == sheet)
            xml = z.read(part)
    except Exception:  # noqa: BLE001 - only a hint for the summary: never a reason to fail the import
        return {}
    if not _FORMULA_XML.search(xml):
        return {}
    found: dict[int, set[int]] = {}
    for m in _CELL_XML.finditer(xml):
        attrs, body = m.group(1), m.group(2) or b""
        if not _FORMULA_XML.search(body) or _VALUE_XML.search(body) or _TEXT_RESULT.search(attrs):
            continue
        ref = _CELL_REF.search(attrs)
        if ref:
            found.setdefault(int(ref.group(2)), set()).add(column_index_from_string(ref.group(1).decode()) - 1)
    return found


def _read_csv(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    # Excel's "Unicode text (*.txt)" is UTF-16 with a byte-order mark, tab-separated
    encodings = ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030")
    for enc in encodings:
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SalesDeskError(_("{path} is neither UTF-8 nor GBK text. Save it from Excel as 'CSV UTF-8'.").format(path=path))
    text = text.replace("\x00", "")
    if "\r" in text and "\n" not in text:  # lines ended by CR alone: Excel for Mac's "CSV (Macintosh)"
        text = text.replace("\r", "\n")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # a long note (over csv's 128 KB default) is the row's problem, reported as "too long"
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 24))
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        # ="13800138000": how exporting systems keep Excel from turning numbers into 1.38E+10;
        # '=1+1: how a CSV (our rejected-rows report too) keeps Excel from running a formula
        return [[_QUOTED_FORMULA.sub(r"\1", _EXCEL_TEXT.sub(r"\1", v)) for v in r] for r in reader]
    except csv.Error as exc:  # a cell over 128 KB, a stray quote the dialect cannot take...
        raise SalesDeskError(_("{path} is not a readable CSV file (line {line}: {reason}). Open it in Excel or WPS and save it as 'CSV UTF-8', or as .xlsx.").format(
            path=path, line=reader.line_num, reason=exc)) from exc


_EXCEL_TEXT = re.compile(r'^\s*="(.*)"\s*$', re.S)
_QUOTED_FORMULA = re.compile(r"^'([=+\-@].*)$", re.S)


def norm_header(text: Any) -> str:
    """'手机号码 *', '姓名（必填）', 'Phone No.:' -> comparable keys."""
    s = unicodedata.normalize("NFKC", "" if text is None else str(text)).lower()
    s = re.sub(r"[(（\[【].*?[)）\]】]", "", s)  # notes in brackets
    return re.sub(r"[\s*:：._\-/#№]+", "", s)


def _row_score(row: Sequence[Any], aliases: set[str]) -> int:
    return sum(1 for v in row if v not in (None, "") and norm_header(v) in aliases)


_TOTAL_WORDS = {"合计", "总计", "小计", "共计", "合計", "總計", "total", "totals", "subtotal", "sum", "grandtotal"}


def _is_totals(row: Sequence[Any]) -> bool:
    """The 合计/Total line under a register: its first filled cell says so. Not a record."""
    first = next((v for v in row if v is not None and str(v).strip()), None)
    return isinstance(first, str) and re.sub(r"[\s:：]", "", unicodedata.normalize("NFKC", first)).lower() in _TOTAL_WORDS


def _is_blank(row: Sequence[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in row)


def _is_second_header_level(upper: tuple[int, list[Any]], lower: tuple[int, list[Any]], aliases: set[str]) -> bool:
    """The row right under the header is its second level (a two-row header): every cell
    in it names a column — the header's own name repeated down a merged cell, or a
    known column name under a merged group. A data row never looks like that."""
    if lower[0] != upper[0] + 1:
        return False
    above, cells = upper[1], lower[1]
    at = lambda c: above[c] if 0 <= c < len(above) else None  # noqa: E731
    filled = [(c, v) for c, v in enumerate(cells) if v is not None and str(v).strip()]
    if not any(norm_header(v) in aliases and at(c) != v for c, v in filled):
        return False  # nothing new below: no second level
    # a cell under a group merged across columns may hold a name we do not know ("座机")
    grouped = lambda c: at(c) not in (None, "") and at(c) in (at(c - 1), at(c + 1))  # noqa: E731
    return all(norm_header(v) in aliases or at(c) == v or grouped(c) for c, v in filled)


def _to_table(grid: Grid, specs: Sequence[ColumnSpec], source: str, sheet: str) -> Table:
    aliases = {norm_header(a) for s in specs for a in (s.key, s.label, *s.aliases)}
    header_at, best = None, 0
    for i, (row_no, row) in enumerate(grid):
        if row_no > HEADER_SCAN_ROWS:
            break
        score = _row_score(row, aliases) if aliases else (0 if _is_blank(row) else 1)
        if score > best:
            header_at, best = i, score
            if not aliases:
                break
    if header_at is None:
        raise SalesDeskError(_("No header row was found in the first {n} rows of {source}. The first row of the table must name the columns (e.g. 姓名, 手机).").format(n=HEADER_SCAN_ROWS, source=source))
    if aliases and header_at + 1 < len(grid) and _is_second_header_level(grid[header_at], grid[header_at + 1], aliases):
        header_at += 1  # the names under a merged group ("联系电话" over "手机 | 座机") are the columns
    header_row, header_cells = grid[header_at]
    # a header typed on two lines in its cell ("联系\n电话") is shown on one line in messages
    headers = ["" if v is None else re.sub(r"\s*[\r\n]+\s*", " ", str(v)).strip() for v in header_cells]
    # Two-level header: an empty cell under a merged group takes the group's name.
    if header_at > 0 and grid[header_at - 1][0] == header_row - 1:
        above = grid[header_at - 1][1]
        for c, h in enumerate(headers):
            if not h and c < len(above) and above[c] not in (None, ""):
                headers[c] = str(above[c]).strip()
    rows, skipped, last = [], 0, header_row
    for row_no, row in grid[header_at + 1:]:
        if _is_blank(row) or _is_totals(row):
            skipped += 1
            continue
        rows.append((row_no, list(row) + [None] * (len(headers) - len(row))))
        last = row_no
    # rows between the header and the last record that are not records (empty, 合计)
    blanks = last - header_row - len(rows)
    return Table(source, sheet, headers, header_row, rows, blanks + sum(
        1 for row_no, row in grid[header_at + 1:] if row_no > last and _is_totals(row)))


def map_columns(headers: Sequence[str], specs: Sequence[ColumnSpec]) -> tuple[dict[str, int], list[str]]:
    """key -> column index for each spec found, and the headers nobody claimed.

    Exact alias matches win; then a header containing an alias ("客户手机号" ∋ "手机").
    """
    normed = [norm_header(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for spec in specs:
            if spec.key in mapping:
                continue
            keys = [norm_header(a) for a in (spec.key, spec.label, *spec.aliases) if a]
            for idx, h in enumerate(normed):
                if idx in taken or not h:
                    continue
                if (h in keys) if exact else any(len(k) >= 2 and k in h for k in keys):
                    mapping[spec.key] = idx
                    taken.add(idx)
                    break
    unclaimed = [headers[i] for i in range(len(headers)) if i not in taken and headers[i]]
    return mapping, unclaimed


def missing_required(mapping: dict[str, int], specs: Sequence[ColumnSpec]) -> list[ColumnSpec]:
    return [s for s in specs if s.required and s.key not in mapping]


def cell_text(value: Any) -> str:
    """A cell as text: 13800138000.0 -> '13800138000', dates ISO, None -> ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if (value.hour or value.minute) else value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def id_number_lost_digits(value: Any) -> str:
    """The message for an ID number Excel kept as a number (it holds 15 digits, so an
    18-digit ID has lost its end, or shows as 3.30106E+17) — else ''."""
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) >= 1e15
    if numeric or re.fullmatch(r"\d(\.\d+)?[eE]\+?\d+", cell_text(value)):
        return _("The ID number was stored as a number in Excel and its last digits are lost ({v}). In Excel, format the column as Text and type the ID number again.").format(v=cell_text(value))
    return ""


def row_values(row: Sequence[Any], mapping: dict[str, int]) -> dict[str, Any]:
    return {k: (row[i] if i < len(row) else None) for k, i in mapping.items()}


def run_import(table: Table, mapping: dict[str, int], parse_row: Callable[[dict[str, Any]], T],
               save: Callable[[list[T]], int], dry_run: bool = False, skip_bad_rows: bool = False,
               progress: Callable[[int, int], None] | None = None,
               check_batch: Callable[[list[tuple[int, T]]], Iterable[RowError]] | None = None) -> ImportReport[T]:
    """Parse every row, then save all rows in one go — or none.

    ``parse_row`` raises ValidationError for a bad row (its field messages go
    into the report). ``check_batch`` may report cross-row problems (duplicates
    within the file or against the database). With ``skip_bad_rows`` the good
    rows are saved and the bad ones reported; otherwise any error saves nothing.
    ``save`` must write its records in a single transaction.
    """
    report: ImportReport[T] = ImportReport(total=len(table.rows), blank_rows=table.blank_rows, dry_run=dry_run,
                                           columns={k: table.headers[i] for k, i in mapping.items()
                                                    if i < len(table.headers) and table.headers[i]},
                                           hidden_rows=list(table.hidden_rows), source=table.source,
                                           sheet=table.sheet, header_row=table.header_row,
                                           unclaimed=[h for i, h in enumerate(table.headers)
                                                      if h and i not in mapping.values()])
    good: list[tuple[int, T]] = []
    for n, (row_no, row) in enumerate(table.rows, start=1):
        values = row_values(row, mapping)
        report.unsaved_formulas.extend(f"{get_column_letter(i + 1)}{row_no}" for i in sorted(mapping.values())
                                       if i in table.unsaved_formulas.get(row_no, ()))
        try:
            good.append((row_no, parse_row(values)))
        except ValidationError as exc:
            for f, msg in exc.errors.items():
                report.errors.append(RowError(row_no, f, msg, {k: cell_text(v) for k, v in values.items()}))
        if progress and n % 200 == 0:
            progress(n, len(table.rows))
    if check_batch:
        report.errors.extend(check_batch(good))
    bad = set(report.bad_rows)
    records = [r for row_no, r in good if row_no not in bad]
    report.records = records
    if progress:
        progress(len(table.rows), len(table.rows))
    if dry_run or (bad and not skip_bad_rows) or not records:
        report.imported = 0
        return report
    report.imported = save(records)
    report.saved = True
    return report
