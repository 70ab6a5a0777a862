"""Golden files: tests/golden/<command>/<case>/ holds `args` (one line of flags), `input.jsonl`
and `expected.jsonl`; running `comptool <command> <args> < input.jsonl` must print exactly the
expected bytes. Regenerate after a deliberate change with COMPTOOL_UPDATE_GOLDEN=1, then read
the diff: a golden file is a claim that its output is right.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from comptool.cli import main

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.glob("*/*") if (p / "input.jsonl").exists())


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_golden(case: Path):
    command = case.parent.name
    args = shlex.split((case / "args").read_text()) if (case / "args").exists() else []
    result = CliRunner().invoke(main, [command, *args], input=(case / "input.jsonl").read_bytes(), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    expected = case / "expected.jsonl"
    if os.environ.get("COMPTOOL_UPDATE_GOLDEN"):
        expected.write_bytes(result.stdout_bytes)
    assert result.stdout_bytes == expected.read_bytes()
