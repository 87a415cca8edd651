"""Chinese prints on any PC: the font is embedded in every PDF."""
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from salesdesk import fonts
from salesdesk.forms import layout


def embedded_fonts(path):
    return {name for name, embedded in all_fonts(path) if embedded}


def test_bundled_font_is_chosen_and_embedded(ctx, tmp_path):
    choice = fonts.pdf_font()
    assert choice.embedded and choice.path is not None and choice.source in ("bundled", "configured", "system")
    st = layout.styles()
    out = layout.build_pdf(tmp_path / "zh.pdf", [Paragraph("来访登记表 张三 13800138000", st.body)],
                           layout.PageInfo(title="客户投诉登记表", record_no="TS-2026-0001"))
    reader = PdfReader(str(out))
    text = reader.pages[0].extract_text()
    assert "来访登记表" in text and "张三" in text and "TS-2026-0001" in text
    assert "1 / 1" in text
    assert embedded_fonts(out), "the CJK font must be embedded"


def test_candidates_order(tmp_path, monkeypatch):
    monkeypatch.setenv("SALESDESK_FONT", str(tmp_path / "mine.ttf"))
    c = fonts.candidates("/configured.ttf")
    assert [s for _p, s in c[:3]] == ["configured", "configured", "bundled"]


def test_pdffonts_reports_embedded(ctx, tmp_path):
    pytest.importorskip("shutil").which("pdffonts") or pytest.skip("poppler-utils not installed")
    out = layout.build_pdf(tmp_path / "f.pdf", [Paragraph("中文", layout.styles().body)], layout.PageInfo(title="测试"))
    lines = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert lines and all(" yes " in line for line in lines), lines


def all_fonts(path):
    """(BaseFont, embedded?) for every font any page uses."""
    reader = PdfReader(str(path))
    out = set()
    for page in reader.pages:
        res = page.get("/Resources") or {}
        for f in (res.get("/Font") or {}).values():
            f = f.get_object()
            desc = f.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in f:
                desc = f["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else {}
            out.add((str(f.get("/BaseFont")), any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))))
    return out


def test_every_form_embeds_every_font(ctx, tmp_path):
    """A form printed on a PC without our fonts looks the same: no font is left unembedded."""
    from salesdesk import demo
    from salesdesk.forms import all_samples

    demo.generate({"visitors": 30, "customers": 10, "complaints": 5}, seed=2)
    samples = all_samples()
    assert len(samples) >= 4
    pdfs = 0
    for name, render in samples.items():
        out = render(tmp_path)
        if out.suffix != ".pdf":
            continue
        pdfs += 1
        fonts = all_fonts(out)
        assert fonts and all(embedded for _name, embedded in fonts), (name, fonts)
    assert pdfs >= 4
