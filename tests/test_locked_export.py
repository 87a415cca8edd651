"""Exports and prints go to a temporary file that is renamed when complete: a locked,
read-only, full or missing target gives a clear message and no half-written file."""
import errno
import os

import pytest
from openpyxl import load_workbook

from salesdesk.errors import OutputError
from salesdesk.forms import layout, output
from salesdesk.forms.workbook import RegisterWorkbook


def write_pdf(target, text="来访登记表"):
    st = layout.styles()
    return layout.build_pdf(target, [layout.para(text, st.body)], layout.PageInfo("测试"))


def write_xlsx(target, text="张伟"):
    wb = RegisterWorkbook()
    wb.sheet("来访", ["姓名"], [20], [[text]] * 50)
    return wb.save(target)


WRITERS = {"pdf": write_pdf, "xlsx": write_xlsx}


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith("."))


@pytest.fixture
def out(ctx, tmp_path):
    """An empty export folder (the database lives elsewhere)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture(params=sorted(WRITERS))
def kind(request):
    return request.param


def test_file_open_in_excel_keeps_the_old_file(out, kind, monkeypatch):
    target = out / f"register.{kind}"
    WRITERS[kind](target, "旧内容")
    before = target.read_bytes()

    def locked(src, dst):  # what Windows says when Excel or the PDF viewer holds the file
        raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another process", str(dst))

    monkeypatch.setattr(output.os, "replace", locked)
    with pytest.raises(OutputError, match="open in another program.*Nothing was written"):
        WRITERS[kind](target, "新内容")
    assert target.read_bytes() == before
    assert leftovers(out) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(out, kind):
    folder = out / "ro"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(OutputError, match="read-only"):
            WRITERS[kind](folder / f"x.{kind}")
        assert list(folder.iterdir()) == []
    finally:
        os.chmod(folder, 0o755)


def test_read_only_folder_as_the_system_reports_it(out, kind, monkeypatch):
    """The same, simulated, for CI machines that run as root."""
    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="read-only"):
        WRITERS[kind](out / f"x.{kind}")
    assert list(out.iterdir()) == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the fake disk stays full
def test_disk_full_midway_leaves_nothing(out, kind, monkeypatch):
    target = out / f"register.{kind}"
    WRITERS[kind](target, "旧内容")
    before = target.read_bytes()
    real_open = open
    state = {"written": 0}

    class FullDisk:
        """A file that accepts a few KB, then fails like a full disk."""

        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            state["written"] += len(data)
            if state["written"] > 2000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    def full_open(file, mode="r", *a, **k):
        fh = real_open(file, mode, *a, **k)
        if "w" in mode and str(file).endswith(".part"):
            return FullDisk(fh)
        return fh

    import builtins
    import io

    monkeypatch.setattr(builtins, "open", full_open)  # reportlab
    monkeypatch.setattr(io, "open", full_open)  # zipfile (openpyxl)
    with pytest.raises(OutputError, match="disk is full"):
        WRITERS[kind](target, "新内容" * 3000)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert leftovers(out) == []


def test_missing_folder(out, kind):
    with pytest.raises(OutputError, match="does not exist"):
        WRITERS[kind](out / "no such folder" / f"x.{kind}")
    assert list(out.iterdir()) == []


def test_target_is_a_folder(out, kind):
    (out / f"x.{kind}").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        WRITERS[kind](out / f"x.{kind}")


def test_good_write_replaces_completely(out):
    target = write_xlsx(out / "r.xlsx", "第一版")
    write_xlsx(target, "第二版")
    ws = load_workbook(target).active
    assert ws["A2"].value == "第二版"
    assert leftovers(out) == []
