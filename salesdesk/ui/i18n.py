"""Qt's side of the translations: QTranslators over the compiled .qm files.

Every visible string in the window goes through ``tr()`` (context
``SalesDesk``, the same as salesdesk/i18n.py). ``python tools/i18n.py update``
collects them into resources/translations/*_zh_CN.ts; ``release`` builds the
.qm files loaded here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from salesdesk import i18n
from salesdesk.paths import resources_dir

_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate(i18n.CONTEXT, text)


def install(lang: str) -> str:
    """Install translators for ``lang`` (replacing earlier ones); also sets the core's language."""
    app = QCoreApplication.instance()
    lang = i18n.set_language(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [(qt_dir, f"qtbase_{lang}.qm")]
    folder = resources_dir() / "translations"
    files += [(str(folder), p.name) for p in sorted(folder.glob(f"*_{lang}.qm"))]
    for directory, name in files:
        t = QTranslator(app)
        if t.load(name, directory):
            app.installTranslator(t)
            _installed.append(t)
    return lang
