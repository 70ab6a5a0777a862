"""The contract every filter keeps (DESIGN.md, "Errors and exit codes"), checked for each command."""

from __future__ import annotations

import json

import pytest

from comptool.cli import main
from conftest import jsonl, read_jsonl

# Each filter with the arguments it needs to run offline and fast.
FILTERS = {
    "parse": [],
    "swap": [],
    "replace": [],
    "add": [],
    "iterate": ["--depth", "2"],
}

# The commands that make negatives again, their work spread over forked workers a record at
# a time: the same contract, whichever process made a record's result.
IN_WORKERS = {f"{name} --workers 2": [name, *args, "--workers", "2"] for name, args in FILTERS.items() if name != "parse"}

GOOD = {"id": 1, "caption": "A white cat and a black dog sit on a red couch."}


def test_every_filter_is_a_command():
    assert set(FILTERS) <= set(main.commands)


@pytest.fixture(params=sorted(FILTERS) + sorted(IN_WORKERS))
def command(request, monkeypatch):
    if request.param in IN_WORKERS:
        monkeypatch.setattr("comptool.commands._operator.CHUNK", 1)
        return IN_WORKERS[request.param]
    return [request.param, *FILTERS[request.param]]


def test_empty_input_writes_nothing(cli, command):
    result = cli(command, input="")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_blank_lines_are_ignored(cli, command):
    plain = cli(command, input=jsonl([GOOD, GOOD]))
    spaced = cli(command, input="\n" + jsonl([GOOD]) + "\n   \n" + jsonl([GOOD]) + "\n")
    assert spaced.exit_code == 0
    assert spaced.stdout == plain.stdout


def test_bad_line_is_named_by_its_line_number(cli, command):
    result = cli(command, input=jsonl([GOOD]) + "\n{not json\n")
    assert result.exit_code == 1
    assert f"comptool {command[0]}: <stdin>:3: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    # Records before the bad line were written.
    assert len(read_jsonl(result.stdout)) == 1


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "no caption here"}', "no 'caption' field"),
        ('{"caption": 42}', "field 'caption' must be a string"),
        ("[1, 2]", "not a JSON object"),
        ("null", "not a JSON object"),
    ],
)
def test_records_without_a_usable_caption_are_bad_lines(cli, command, line, message):
    result = cli(command, input=line + "\n")
    assert result.exit_code == 1
    assert f"<stdin>:1: {message}" in result.stderr


def test_unknown_keys_pass_through_in_order(cli, command):
    record = {"zeta": [1, {"b": 2}], "caption": GOOD["caption"], "alpha": None, "big": 2**70}
    result = cli(command, input=jsonl([record]))
    assert result.exit_code == 0, result.stderr
    out = read_jsonl(result.stdout)[0]
    assert list(out)[:4] == ["zeta", "caption", "alpha", "big"]
    assert out["zeta"] == [1, {"b": 2}] and out["alpha"] is None and out["big"] == 2**70


def test_on_error_skip_reports_and_goes_on(cli, command):
    result = cli([*command, "--on-error", "skip"], input=jsonl([GOOD]) + "oops\n" + jsonl([GOOD]))
    assert result.exit_code == 0
    assert len(read_jsonl(result.stdout)) == 2
    assert "<stdin>:2:" in result.stderr


def test_on_error_keep_writes_one_line_per_input_line(cli, command):
    lines = [json.dumps(GOOD), "oops", '{"caption": 3}', json.dumps(GOOD)]
    result = cli([*command, "--on-error", "keep"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    out = read_jsonl(result.stdout)
    assert len(out) == len(lines)
    assert out[1] == {"error": {"line": 2, "message": out[1]["error"]["message"], "input": "oops"}}
    assert out[2]["error"]["line"] == 3 and out[2]["error"]["input"] == '{"caption": 3}'
    assert out[0]["caption"] == out[3]["caption"] == GOOD["caption"]


def test_field_picks_another_text_key(cli, command):
    result = cli([*command, "--field", "text"], input=jsonl([{"text": GOOD["caption"]}]))
    assert result.exit_code == 0, result.stderr
    assert read_jsonl(result.stdout)[0]["text"] == GOOD["caption"]


def test_file_argument_and_output_option(cli, command, tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(jsonl([GOOD]) + "oops\n")
    result = cli([*command, str(source), "-o", str(target)])
    assert result.exit_code == 1
    assert f"comptool {command[0]}: {source}:2:" in result.stderr
    assert len(read_jsonl(target.read_text())) == 1


def test_help_carries_an_example(cli, command):
    result = cli([command[0], "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"comptool {command[0]}" in result.stdout


OPERATORS = sorted(set(FILTERS) - {"parse"})


@pytest.fixture(scope="module")
def parsed():
    from comptool.parsing import Parser

    return dict(GOOD, parse=Parser().parse_text(GOOD["caption"]))


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda tokens: tokens[3].update(head=99), "parse.tokens[3] has head 99, out of range (13 tokens)"),
        (lambda tokens: tokens[3].pop("dep"), "parse.tokens[3] has no 'dep'"),
        (lambda tokens: tokens.__setitem__(3, "cat"), "parse.tokens[3] must be an object, not str"),
        (lambda tokens: tokens[3].update(ws=None), "parse.tokens[3].ws must be a string, not NoneType"),
    ],
)
@pytest.mark.parametrize("op", OPERATORS)
def test_a_malformed_parse_is_a_bad_record_of_every_operator(cli, op, parsed, damage, message):
    damaged = json.loads(json.dumps(parsed))
    damage(damaged["parse"]["tokens"])
    lines = [json.dumps(parsed), json.dumps(damaged), json.dumps(parsed)]
    command = [op, *FILTERS[op]]
    expected = f"comptool {op}: <stdin>:2: {message}; re-run comptool parse\n"

    failed = cli(command, input="\n".join(lines) + "\n")
    assert failed.exit_code == 1
    assert expected in failed.stderr and "Traceback" not in failed.stderr
    assert len(read_jsonl(failed.stdout)) == 1

    skipped = cli([*command, "--on-error", "skip"], input="\n".join(lines) + "\n")
    assert skipped.exit_code == 0
    assert expected in skipped.stderr
    assert [r["id"] for r in read_jsonl(skipped.stdout)] == [1, 1]

    kept = cli([*command, "--on-error", "keep"], input="\n".join(lines) + "\n")
    assert kept.exit_code == 0
    out = read_jsonl(kept.stdout)
    assert out[1] == {"error": {"line": 2, "message": f"{message}; re-run comptool parse", "input": lines[1]}}
    assert out[0] == out[2] == read_jsonl(skipped.stdout)[0]
    assert out[0]["negatives"]


@pytest.mark.parametrize("op", OPERATORS)
def test_workers_write_the_bytes_and_messages_of_one_process(cli, op, parsed, monkeypatch):
    # Chunks of two records, three workers: records parsed here and on the fly, a bad line and
    # a malformed parse all come out in input order, with the same summary.
    monkeypatch.setattr("comptool.commands._operator.CHUNK", 2)
    damaged = json.loads(json.dumps(parsed))
    damaged["parse"]["tokens"][3]["head"] = 99
    captions = ["Two dogs chase a red ball on the grass.", "A man rides a horse beside a lake.", "A small boy holds an umbrella."]
    lines = [json.dumps(parsed), "oops", *(json.dumps({"id": k, "caption": c}) for k, c in enumerate(captions)), json.dumps(damaged), json.dumps(parsed)]
    command = [op, *FILTERS[op], "-n", "2", "--on-error", "keep"]
    one = cli(command, input="\n".join(lines) + "\n")
    three = cli([*command, "--workers", "3"], input="\n".join(lines) + "\n")
    assert one.exit_code == three.exit_code == 0
    assert three.stdout == one.stdout
    assert three.stderr == one.stderr
    assert len(read_jsonl(three.stdout)) == len(lines) and "<stdin>:2:" in three.stderr and "<stdin>:6:" in three.stderr
