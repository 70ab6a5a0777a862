"""The hand-read samples in examples/ are what comptool makes of their captions today."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def _samples_module():
    spec = importlib.util.spec_from_file_location("samples", ROOT / "examples" / "samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_samples_are_what_the_operators_make_now():
    samples = _samples_module()
    built = samples.build()
    assert sorted(built) == ["add_sample.jsonl", "iterate_sample.jsonl", "replace_sample.jsonl", "swap_sample.jsonl"]
    for name, text in built.items():
        on_disk = (ROOT / "examples" / name).read_text(encoding="utf-8")
        assert on_disk == text, f"examples/{name} is out of date: run python examples/samples.py and read the diff"
    assert [len(text.splitlines()) for text in built.values()] == [50, 50, 50, 30]
