"""The core (everything outside salesdesk/ui) must import and work without Qt."""
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_core_imports_with_pyside6_unimportable(tmp_path):
    code = textwrap.dedent("""
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 blocked for this test")
        sys.meta_path.insert(0, Block())
        import pkgutil, importlib
        import salesdesk, salesdesk.models
        for m in pkgutil.walk_packages(salesdesk.__path__, "salesdesk."):
            if m.name.startswith("salesdesk.ui") or m.name == "salesdesk.__main__":
                continue
            importlib.import_module(m.name)
        assert not any(k.startswith("PySide6") for k in sys.modules)
        from salesdesk import startup
        startup.open_data(sys.argv[1], lang="en")
        print("core ok")
    """)
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "d")], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "core ok" in out.stdout


def test_no_pyside6_import_outside_ui():
    offenders = []
    for path in (ROOT / "salesdesk").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("salesdesk/ui/"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            s = line.strip()
            if s.startswith(("import PySide6", "from PySide6")):
                offenders.append(rel)
    assert offenders == []


def test_every_module_imports():
    """Catches a missing import before a frozen build does (calibre's test)."""
    import importlib
    import pkgutil

    import salesdesk

    for m in pkgutil.walk_packages(salesdesk.__path__, "salesdesk."):
        if m.name == "salesdesk.__main__":
            continue
        importlib.import_module(m.name)
