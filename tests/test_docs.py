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
