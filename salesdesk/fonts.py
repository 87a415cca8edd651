"""The one place that picks the Chinese font, for the window and the PDFs.

Order: configured path (setting ``print.font`` / env ``SALESDESK_FONT``) →
the font bundled in resources/fonts → a system font → reportlab's built-in CID
font ``STSong-Light`` (not embedded: a PC without Chinese fonts prints boxes,
so a warning is raised). TrueType (glyf) fonts only: reportlab refuses CFF
(OpenType/PostScript) outlines such as Noto CJK.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from salesdesk.paths import resources_dir

PDF_FONT = "SalesDeskCJK"
PDF_FONT_BOLD = "SalesDeskCJK"  # Micro Hei has no bold; headings use size instead
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    path: Path | None  # None: the CID fallback
    source: str  # configured | bundled | system | cid
    embedded: bool
    warning: str = ""


def bundled_font() -> Path:
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def candidates(configured: str | None = None) -> list[tuple[Path, str]]:
    out: list[tuple[Path, str]] = []
    for c in (configured, os.environ.get("SALESDESK_FONT")):
        if c:
            out.append((Path(c), "configured"))
    out.append((bundled_font(), "bundled"))
    out += [(Path(p), "system") for p in SYSTEM_FONTS]
    return out


def _try_register(path: Path) -> bool:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    if not path.is_file():
        return False
    try:
        font = TTFont(PDF_FONT, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(PDF_FONT, str(path))
    except (TTFError, OSError, ValueError):
        return False
    pdfmetrics.registerFont(font)
    return True


@cache
def pdf_font(configured: str | None = None) -> FontChoice:
    """Register and return the font for PDFs (the name is always ``PDF_FONT``)."""
    for path, source in candidates(configured):
        if _try_register(path):
            return FontChoice(path, source, True)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    # Alias so layout code always uses PDF_FONT.
    pdfmetrics._fonts[PDF_FONT] = pdfmetrics.getFont("STSong-Light")  # noqa: SLF001
    return FontChoice(None, "cid", False,
                      "No TrueType Chinese font was found; PDFs use the built-in STSong-Light, which is not "
                      "embedded: a PC without a Chinese font will print boxes. Install fonts-wqy-microhei or "
                      "set SALESDESK_FONT to a .ttf/.ttc file.")


def ui_font_path(configured: str | None = None) -> Path | None:
    """The font file the window should load (same order, without the CID fallback)."""
    for path, _source in candidates(configured):
        if path.is_file():
            return path
    return None
