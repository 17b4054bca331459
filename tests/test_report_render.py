"""The HTML evaluation report renders in a real browser (headless Chromium from Debian's packages)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from PIL import Image

from triage_daemon.cli import main

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, capture_output=True, env=env, timeout=600)
    subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=True, capture_output=True, env=env, timeout=900)
    path = shutil.which("chromium")
    assert path, "chromium is still missing after apt-get install"
    return path


def test_the_report_renders_its_confusion_matrix_and_curve_as_pictures(tmp_path):
    page = tmp_path / "report.html"
    assert main(["evaluate", "--data", str(HOLDOUT), "--html", str(page)]) == 0
    shot = tmp_path / "report.png"
    subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,1600",
                    f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120, check=True)
    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, image.width, 2) for y in range(0, image.height, 2)}
    # The diagonal of the confusion matrix is drawn in strong blue, the coverage curve in red (#d1242f);
    # neither colour appears in the page's text, so seeing them means the pictures were drawn.
    assert any(b > 200 and r < 120 and g < 120 for r, g, b in colours), "no confusion-matrix cell rendered"
    assert (0xD1, 0x24, 0x2F) in colours, "no coverage curve rendered"
