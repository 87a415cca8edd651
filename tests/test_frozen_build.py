"""The PyInstaller bundle starts and passes its own self-test (slow: run with -m slow)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_bundle_self_test(tmp_path):
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pyinstaller not installed: pip install '.[build]'")
    work, dist = tmp_path / "build", tmp_path / "dist"
    subprocess.run([str(Path(sys.executable).parent / "pyinstaller"), "--noconfirm", "--log-level", "WARN",
                    "--workpath", str(work), "--distpath", str(dist), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True, timeout=1500)
    exe = dist / "salesdesk" / ("salesdesk.exe" if os.name == "nt" else "salesdesk")
    assert (dist / "salesdesk" / "_internal" / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([str(exe), "--data-dir", str(tmp_path / "data"), "--self-test"], env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("OK")
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=120)
    assert out.stdout.startswith("SalesDesk")
