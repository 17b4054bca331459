"""Installing is quiet: the package metadata uses the forms setuptools accepts without a warning."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_license_is_an_spdx_expression_and_the_build_backend_reads_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert isinstance(project["project"]["license"], str)  # a table is deprecated and warns at every install
    assert re.fullmatch(r"[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*", project["project"]["license"])
    (backend,) = [r for r in project["build-system"]["requires"] if r.startswith("setuptools")]
    assert int(re.search(r">=(\d+)", backend).group(1)) >= 77  # the first setuptools that reads SPDX strings


def test_make_keeps_pips_output_in_a_log_so_run_shows_the_daemons_lines():
    rule = (ROOT / "Makefile").read_text(encoding="utf-8").split("$(BIN)/.installed: pyproject.toml", 1)[1]
    rule = rule.split("\n\n", 1)[0]
    pip_lines = [line for line in rule.splitlines() if "pip install" in line]
    assert pip_lines and all("> $(VENV)/install.log 2>&1" in line for line in pip_lines)
