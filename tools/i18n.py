"""Keep the translations in step with the code.

    python tools/i18n.py update    # collect strings into resources/translations/*_zh_CN.ts
    python tools/i18n.py missing   # print untranslated strings as TSV: file<TAB>source<TAB>
    python tools/i18n.py fill F    # read TSV lines "source<TAB>translation" and fill them in
    python tools/i18n.py release   # build the .qm files (pyside6-lrelease)
    python tools/i18n.py check     # exit 1 if a string is missing or unfinished

Strings are found by reading the source (no import): the first argument of
calls to ``_``, ``N_``, ``tr`` and ``self.tr``/``QCoreApplication.translate``
when it is a string literal. Each new string goes to the .ts file of its
register (by file path: visitors, complaints, customers, reception, accounts,
reliability) or to common; a string already in any file stays where it is.
"""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "salesdesk"
TS_DIR = ROOT / "resources" / "translations"
LANG = "zh_CN"
CONTEXT = "SalesDesk"
AREAS = (
    ("visitor", "visitors"), ("complaint", "complaints"), ("workday", "complaints"), ("customer", "customers"),
    ("reception", "reception"), ("daily", "reception"), ("ownership", "reception"), ("rotation", "reception"),
    ("account", "accounts"), ("login", "accounts"),
    ("audit", "accounts"), ("user", "accounts"), ("permission", "accounts"),
    ("backup", "reliability"), ("restore", "reliability"), ("integrity", "reliability"),
    ("recovery", "reliability"), ("instance", "reliability"),
)


def area_of(path: Path) -> str:
    rel = str(path.relative_to(ROOT)).lower()
    for key, area in AREAS:
        if key in rel:
            return area
    return "common"


def _string_arg(node: ast.Call) -> str | None:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name in ("_", "N_", "tr") and node.args:
        arg = node.args[0]
    elif name == "translate" and len(node.args) >= 2:
        arg = node.args[1]
    else:
        return None
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
        return arg.value
    return None


def collect() -> dict[str, tuple[Path, int]]:
    """source string -> (first file, line) over the whole package."""
    found: dict[str, tuple[Path, int]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                s = _string_arg(node)
                if s is not None and s not in found:
                    found[s] = (path, node.lineno)
    return found


def ts_files() -> list[Path]:
    return sorted(TS_DIR.glob(f"*_{LANG}.ts"))


def read_ts(path: Path) -> list[tuple[str, str, bool]]:
    """(source, translation, finished) of one .ts file."""
    out = []
    root = ET.parse(path).getroot()
    for msg in root.iter("message"):
        tr_el = msg.find("translation")
        text = (tr_el.text or "") if tr_el is not None else ""
        finished = tr_el is not None and tr_el.get("type") not in ("unfinished", "obsolete", "vanished") and bool(text)
        out.append((msg.findtext("source") or "", text, finished))
    return out


def write_ts(path: Path, messages: list[tuple[str, str, bool, str]]) -> None:
    """messages: (source, translation, finished, location). Locations are not
    written: line numbers would make every edit touch every .ts file."""
    root = ET.Element("TS", version="2.1", language=LANG)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source, translation, finished, location in sorted(messages, key=lambda m: m[0]):
        msg = ET.SubElement(ctx, "message")
        ET.SubElement(msg, "source").text = source
        t = ET.SubElement(msg, "translation")
        t.text = translation or None
        if not finished:
            t.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def load_all() -> dict[str, tuple[Path, str, bool]]:
    out = {}
    for f in ts_files():
        for source, text, finished in read_ts(f):
            out.setdefault(source, (f, text, finished))
    return out


def update() -> None:
    found = collect()
    existing = load_all()
    per_file: dict[Path, list[tuple[str, str, bool, str]]] = {f: [] for f in ts_files()}
    for source, (path, line) in found.items():
        if source in existing:
            target, text, finished = existing[source]
        else:
            target, text, finished = TS_DIR / f"{area_of(path)}_{LANG}.ts", "", False
        loc = f"../../{path.relative_to(ROOT).as_posix()}:{line}"
        per_file.setdefault(target, []).append((source, text, finished, loc))
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for path, messages in per_file.items():
        write_ts(path, messages)
    gone = set(existing) - set(found)
    print(f"{len(found)} strings; {len(gone)} no longer used were dropped; "
          f"{sum(1 for s in found if not existing.get(s, (None, '', False))[2])} untranslated")


def missing() -> list[tuple[Path, str]]:
    found = collect()
    existing = load_all()
    return [(existing.get(s, (TS_DIR / "?", "", False))[0], s) for s in found if not existing.get(s, (None, "", False))[2]]


def fill(tsv: Path) -> None:
    pairs = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            src, _sep, tra = line.rpartition("\t")
            src = src.split("\t")[-1]
            if src and tra.strip():
                pairs[src.replace("\\n", "\n")] = tra.strip().replace("\\n", "\n")
    n = 0
    for f in ts_files():
        msgs = []
        for source, text, finished in read_ts(f):
            if source in pairs:
                text, finished = pairs[source], True
                n += 1
            msgs.append((source, text, finished, ""))
        write_ts(f, msgs)
    update()  # restores locations
    print(f"filled {n}")


def release() -> None:
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in ts_files():
        subprocess.run([exe, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"built {len(ts_files())} .qm files")


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "check"
    if cmd == "update":
        update()
    elif cmd == "missing":
        for f, s in missing():
            one_line = s.replace("\n", "\\n")
            print(f"{f.name}\t{one_line}\t")
    elif cmd == "fill":
        fill(Path(argv[1]))
    elif cmd == "release":
        release()
    elif cmd == "check":
        m = missing()
        for f, s in m:
            print(f"untranslated ({f.name}): {s!r}")
        return 1 if m else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
