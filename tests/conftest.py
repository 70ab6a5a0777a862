"""Shared test helpers: run the CLI in-process or as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from comptool.cli import main

ROOT = Path(__file__).resolve().parent.parent
SUGARCREPE = ROOT.parent / "shared" / "benchmarks" / "sugarcrepe"


def jsonl(records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def read_jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def operator_texts(parser, lexicon, caption: str, op: str, type: str) -> list[str]:
    """Every negative text ``op`` makes of ``caption`` for concept ``type`` (``--all``)."""
    from comptool.operators import add_negatives

    record = {"caption": caption, "parse": parser.parse_text(caption)}
    return [n["text"] for n in add_negatives(record, op, (type,), n=None, lexicon=lexicon)["negatives"]]


def run_with_vocab(cli, command: str, vocab, records, *args):
    """``comptool COMMAND --vocab VOCAB ARGS`` (no --vocab when None); asserts exit 0."""
    extra = ["--vocab", str(vocab)] if vocab else []
    result = cli([command, *extra, *args], input=records)
    assert result.exit_code == 0, result.stderr
    return result


@pytest.fixture
def cli():
    """Run ``comptool ARGS`` in-process: cli(["parse"], input="...") -> click Result."""
    runner = CliRunner()

    def invoke(args, input=None):
        if isinstance(input, list):
            input = jsonl(input)
        return runner.invoke(main, args, input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def run_process():
    """Run ``python -m comptool ARGS`` as a real process, for pipes, exit codes and imports."""

    def run(args, input=b"", **kwargs):
        if isinstance(input, str):
            input = input.encode()
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        return subprocess.run([sys.executable, "-m", "comptool", *args], input=input, capture_output=True, env=env, **kwargs)

    return run


@pytest.fixture(scope="session")
def nlp():
    from comptool.models import load_spacy

    return load_spacy()


@contextmanager
def lemminflect_table(monkeypatch, tmp_path, config_name: str, content: bytes | None, caches):
    """lemminflect's table ``config_name`` replaced by ``content`` (None: missing), with the
    given lru caches cleared on the way in and out; yields the lemminflect module."""
    from comptool import grammar

    module = grammar.lemminflect()
    table = tmp_path / "table.csv.gz"
    if content is not None:
        table.write_bytes(content)
    monkeypatch.setattr(module.config, config_name, str(table))
    for cache in caches:
        cache.cache_clear()
    try:
        yield module
    finally:
        for cache in caches:
            cache.cache_clear()
