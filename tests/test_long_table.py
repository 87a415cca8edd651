"""A register of hundreds of rows prints every row once, in order, with the
header on every page, long cells wrapped, user text literal and the font embedded."""
import re

from pypdf import PdfReader
from reportlab.lib.units import mm

from salesdesk.forms import layout
from tests.test_fonts_pdf import embedded_fonts


def _register(n: int) -> list[list[str]]:
    rows = [["序号", "姓名", "单位", "事由"]]
    for i in range(1, n + 1):
        purpose = "看房、签约、咨询贷款事宜以及其他很长很长的事由说明" if i % 50 == 0 else "看房"
        rows.append([f"R{i:04d}", f"张{i}", "<b>杭州万科</b> & 子公司" if i == 7 else "杭州万科有限公司", purpose])
    return rows


def test_long_register_keeps_every_row_and_repeats_header(ctx, tmp_path):
    rows = _register(400)
    table = layout.ruled_table(rows, [20 * mm, 30 * mm, 60 * mm, 30 * mm], st=layout.styles(9), min_row_height=8 * mm)
    out = layout.build_pdf(tmp_path / "long.pdf", [table], layout.PageInfo(title="来访登记表", landscape=True))
    reader = PdfReader(str(out))
    assert len(reader.pages) > 5
    texts = [p.extract_text() for p in reader.pages]
    for text in texts:
        assert "序号" in text and "事由" in text, "the header repeats on every page"
    numbers = re.findall(r"R(\d{4})", "\n".join(texts))
    assert [int(n) for n in numbers] == list(range(1, 401)), "every row exactly once, in order"
    everything = "".join(texts)
    assert "<b>杭州万科</b> & 子公司" in everything, "user text is printed literally, not as markup"
    assert "其他很长很长的事由说明" in everything.replace("\n", ""), "a long cell wraps instead of being cut"
    assert embedded_fonts(out)


def test_short_table_is_an_ordinary_table(ctx):
    from reportlab.platypus import Table

    assert isinstance(layout.ruled_table(_register(5), [20 * mm] * 4), Table)
