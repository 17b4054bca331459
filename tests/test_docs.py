"""The documents name tests that exist: a renamed or deleted test leaves no row of the faults table unproved."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAULTS = ROOT / "docs" / "faults.md"


def _rows() -> list[list[str]]:
    rows = []
    for line in FAULTS.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and not line.startswith("| ---") and not line.startswith("| fault"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def test_every_row_of_the_faults_table_names_a_test_that_exists():
    rows = _rows()
    assert len(rows) > 50
    for cells in rows:
        named = re.findall(r"`(test_\w+)\.py(?:::(test_\w+))?`", cells[-1])
        assert named, f"no test named for: {cells[0]}"
        for module, function in named:
            source = ROOT / "tests" / f"{module}.py"
            assert source.exists(), f"{module}.py (for: {cells[0]})"
            if function:
                assert re.search(rf"^(async )?def {function}\(", source.read_text(encoding="utf-8"), re.M), \
                    f"{module}.py::{function} (for: {cells[0]})"
