"""Every visible string has a finished zh_CN translation, and the .qm files are current."""
from pathlib import Path

from salesdesk import i18n
from tools import i18n as i18n_tool


def test_every_string_is_translated():
    missing = i18n_tool.missing()
    assert not missing, "untranslated (run: python tools/i18n.py update, fill, release):\n" + \
        "\n".join(f"{f.name}: {s!r}" for f, s in missing)


def test_translations_keep_placeholders():
    import re

    for f in i18n_tool.ts_files():
        for source, text, finished in i18n_tool.read_ts(f):
            if finished:
                assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text)), (f.name, source, text)


def test_qm_files_are_current(qapp):
    """Each .qm (what the window loads) gives the same translation as its .ts."""
    from PySide6.QtCore import QTranslator

    for ts in i18n_tool.ts_files():
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_mtime >= 0, f"{qm.name} missing: python tools/i18n.py release"
        t = QTranslator()
        assert t.load(str(qm))
        for source, text, finished in i18n_tool.read_ts(ts):
            if finished:
                assert t.translate(i18n.CONTEXT, source) == text, f"{qm.name} is stale: python tools/i18n.py release"


def test_core_language_switch():
    i18n.set_language("zh_CN")
    try:
        assert i18n._("Resident ID card") == "身份证"
    finally:
        i18n.set_language("en")
    assert i18n._("Resident ID card") == "Resident ID card"


def test_language_normalisation(monkeypatch):
    assert i18n.normalise_language("zh_CN.UTF-8") == "zh_CN"
    assert i18n.normalise_language("en_US") == "en"
    assert i18n.normalise_language("fr_FR") is None
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert i18n.system_language() in ("en", "zh_CN")
