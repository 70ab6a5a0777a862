"""iterate: chains that replay, never undo themselves and never repeat a text."""

from __future__ import annotations

import pytest

from comptool.edits import replay
from comptool.iterate import parse_depth, parse_plan
from conftest import jsonl, read_jsonl

CAPTIONS = [
    "A white cat sits on a red couch next to a small dog.",
    "Two giraffe and a zebra are standing in a field.",
    "A man in a blue shirt is riding a brown horse on the beach.",
    "A young woman holding a black umbrella walks past a parked car.",
]


@pytest.fixture(scope="module")
def chains():
    from click.testing import CliRunner

    from comptool.cli import main

    result = CliRunner().invoke(main, ["iterate", "--depth", "1-3", "-n", "3", "--seed", "5"], input=jsonl({"caption": c} for c in CAPTIONS))
    assert result.exit_code == 0, result.stderr
    return read_jsonl(result.stdout), result.stderr


def test_every_chain_replays_step_by_step(chains):
    records, _ = chains
    for record in records:
        for negative in record["negatives"]:
            text = record["caption"]
            for step in negative["ops"]:
                text = replay(text, step["edits"])
            assert text == negative["text"]
            assert len(negative["ops"]) == negative["depth"]


def test_no_intermediate_text_returns(chains):
    records, _ = chains
    for record in records:
        for negative in record["negatives"]:
            seen = [record["caption"]]
            for step in negative["ops"]:
                seen.append(replay(seen[-1], step["edits"]))
            assert len(seen) == len(set(seen))


def test_a_record_never_holds_one_text_twice(chains):
    records, _ = chains
    for record in records:
        found = [n["text"] for n in record["negatives"]]
        assert len(found) == len(set(found))


def test_steps_act_on_distinct_slots(chains):
    # A later step never rewrites characters an earlier step wrote.
    records, _ = chains
    for record in records:
        for negative in record["negatives"]:
            written: list[tuple[int, int]] = []  # spans in the current text written by earlier steps
            for step in negative["ops"]:
                for edit in step["edits"]:
                    for start, end in written:
                        assert not (edit["start"] < end and start < edit["end"]), (record["caption"], negative)
                written = _shift(written, step["edits"]) + _spans_written(step["edits"])


def _spans_written(edits):
    """The words each edit wrote, as spans of the new text; the spaces around them are no word
    ("car| next to a tree": a conjunct may still join "car" before "next")."""
    spans, shift = [], 0
    for edit in sorted(edits, key=lambda e: e["start"]):
        start = edit["start"] + shift
        after = edit["after"]
        lead = len(after) - len(after.lstrip())
        spans.append((start + lead, start + len(after.rstrip())))
        shift += len(after) - len(edit["before"])
    return spans


def _shift(spans, edits):
    moved = []
    for start, end in spans:
        delta = sum(len(e["after"]) - len(e["before"]) for e in edits if e["end"] <= start)
        moved.append((start + delta, end + delta))
    return moved


def test_depths_and_summary(chains):
    records, stderr = chains
    depths = {n["depth"] for r in records for n in r["negatives"]}
    assert depths == {1, 2, 3}
    assert "comptool iterate: 4 records; depth 1:" in stderr


def test_same_seed_same_bytes_whatever_the_sharding(cli):
    records = [{"caption": c} for c in CAPTIONS]
    args = ["iterate", "--depth", "2", "-n", "2", "--seed", "11"]
    together = cli(args, input=jsonl(records)).stdout
    apart = "".join(cli(args, input=jsonl([r])).stdout for r in records)
    assert together == apart


def test_types_restrict_each_step(cli):
    out = read_jsonl(cli(["iterate", "--ops", "swap,replace", "--types", "attribute", "--depth", "2", "-n", "2"], input=jsonl({"caption": c} for c in CAPTIONS)).stdout)
    steps = [(s["op"], s["type"]) for r in out for n in r["negatives"] for s in n["ops"]]
    assert steps and all(kind == "attribute" for _, kind in steps)


def test_a_caption_with_too_few_concepts_gets_fewer_chains(cli):
    result = cli(["iterate", "--ops", "swap", "--types", "object", "--depth", "3"], input=jsonl([{"caption": "A dog."}]))
    assert result.exit_code == 0
    assert read_jsonl(result.stdout)[0]["negatives"] == []
    assert "records short of chains: depth 3 1" in result.stderr


def test_depth_and_plan_parsing():
    assert parse_depth("2") == (2, 2) and parse_depth("1-3") == (1, 3)
    for bad in ("0", "3-1", "two"):
        with pytest.raises(ValueError):
            parse_depth(bad)
    assert parse_plan(["swap", "replace"], ["swap:object", "relation"]) == {"swap": ("object",), "replace": ("relation",)}
    with pytest.raises(ValueError):
        parse_plan(["swap"], ["relation"])


def test_bad_depth_is_a_usage_error(cli):
    result = cli(["iterate", "--depth", "3-1"], input="")
    assert result.exit_code == 2 and "depth range" in result.stderr


def test_a_negation_is_a_chain_of_its_own(cli):
    # Negating a clause a swap already made false makes it true again:
    # "No kitchen has black cabinets and wooden countertops" is true of the kitchen.
    captions = ["A kitchen has wooden cabinets and black countertops.", *CAPTIONS]
    out = read_jsonl(cli(["iterate", "--depth", "1-3", "-n", "4", "--seed", "3"], input=jsonl({"caption": c} for c in captions)).stdout)
    negated = [n for r in out for n in r["negatives"] if any(s["type"] == "negation" for s in n["ops"])]
    assert negated, "no negation was drawn at depth 1"
    assert all(n["depth"] == 1 for n in negated)
    assert any(n["depth"] > 1 for r in out for n in r["negatives"])


def test_negation_alone_deeper_than_one_step_is_a_usage_error(cli):
    result = cli(["iterate", "--ops", "add", "--types", "negation", "--depth", "1-2"], input="")
    assert result.exit_code == 2 and "negation is a chain of its own" in result.stderr
    assert cli(["iterate", "--ops", "add", "--types", "negation", "--depth", "1"], input=jsonl([{"caption": "A dog is running."}])).exit_code == 0
