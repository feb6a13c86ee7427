"""Commands that do not need the web server or reportlab do not load them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_info_loads_neither_web_server_nor_pdf_library(tmp_path: Path) -> None:
    demo = tmp_path / "d.coprod"
    code = (
        "import sys\n"
        "from coprod_desktop.cli import main\n"
        f"main(['demo', {str(demo)!r}])\n"
        f"main(['info', {str(demo)!r}])\n"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'reportlab') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
