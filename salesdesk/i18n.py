"""Language for the Qt-free core: validation messages, printed forms, CLI output.

One catalogue serves both halves of the program: the ``*_zh_CN.ts`` files in
resources/translations. The window loads their compiled ``.qm`` through Qt's
QTranslator (salesdesk/ui/i18n.py); the core reads the same ``.ts`` XML here,
so a printed form and the window always agree. Source strings are English;
every string lives in the single context ``SalesDesk``.

Mark a string with ``_("...")`` where it is used, or ``N_("...")`` where it
is defined at import time and translated later with ``_(value)``.
``python tools/i18n.py update`` collects both into the .ts files.
"""
from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import cache

from salesdesk.paths import resources_dir

CONTEXT = "SalesDesk"
LANGUAGES = ("zh_CN", "en")
_current = "zh_CN"


def normalise_language(value: str | None) -> str | None:
    """Map 'zh', 'zh-CN', 'zh_CN.UTF-8', 'en_US' ... to one of LANGUAGES."""
    if not value:
        return None
    v = value.strip().replace("-", "_").split(".")[0].lower()
    if v.startswith("zh"):
        return "zh_CN"
    if v.startswith("en") or v in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        lang = normalise_language(os.environ.get(var))
        if lang:
            return lang
    try:
        lang = normalise_language(locale.getlocale()[0])
    except ValueError:
        lang = None
    return lang or "en"


def set_language(lang: str) -> str:
    global _current
    norm = normalise_language(lang)
    if norm is None:
        raise ValueError(lang)
    _current = norm
    return _current


def current_language() -> str:
    return _current


@cache
def catalogue(lang: str) -> dict[str, str]:
    """source -> translation for every finished message of ``lang``."""
    out: dict[str, str] = {}
    folder = resources_dir() / "translations"
    if not folder.is_dir():
        return out
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        root = ET.parse(ts).getroot()
        for msg in root.iter("message"):
            src = msg.findtext("source")
            tr_el = msg.find("translation")
            if src is None or tr_el is None:
                continue
            if tr_el.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if tr_el.text:
                out[src] = tr_el.text
    return out


def _(text: str) -> str:
    """Translate ``text`` into the current language (English is the source)."""
    if _current == "en":
        return text
    return catalogue(_current).get(text, text)


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text
