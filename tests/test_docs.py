"""The README documents every command and every flag that `--help` shows."""

from __future__ import annotations

import pytest

from comptool.cli import main
from conftest import ROOT

README = (ROOT / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_a_section(name):
    assert f"### {name}\n" in README


@pytest.mark.parametrize(
    "name, flag",
    [(name, opt) for name, command in sorted(main.commands.items()) for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"],
)
def test_every_flag_is_documented(name, flag):
    assert flag in README, f"comptool {name} {flag} is not in the README"


def test_first_example_rows_are_what_the_pipeline_writes(cli):
    """The README's first-example table shows real output of parse | swap | replace | add."""
    import json
    import re

    caption = "A white cat and a black dog sit on a red couch."
    records = cli(["parse", "--plain"], input=caption + "\n").stdout
    for command in ("swap", "replace", "add"):
        records = cli([command], input=records).stdout
    made = {(n["ops"][0]["op"], n["ops"][0]["type"], n["text"]) for n in json.loads(records)["negatives"]}
    section = README.split("## First example", 1)[1].split("## Commands", 1)[0]
    rows = re.findall(r"^\| (swap|replace|add) \| (\w+) \| (.+?) \|$", section, flags=re.M)
    assert rows
    for row in rows:
        assert tuple(row) in made, row
