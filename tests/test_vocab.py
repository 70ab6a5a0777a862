"""comptool vocab: parsed records in, one lexicon JSON file out."""

from __future__ import annotations

import json

import pytest

from comptool.jsonl import RecordError
from comptool.lexicon import load
from comptool.vocab import VocabBuilder, vocab_from_parses

from conftest import jsonl


def concept(type, text, lemma=None, category=None, **extra):
    c = {"type": type, "text": text, "category": category, **extra}
    if lemma is not None:
        c["lemma"] = lemma
    return c


# Hand-written parses (only what vocab reads: concepts with type, text, lemma, category).
RECORDS = [
    {"id": 1, "caption": "A white cat and a black dog sit on a red couch.", "parse": {"concepts": [
        concept("object", "cat", "cat", "animal"),
        concept("object", "dog", "dog", "animal"),
        concept("object", "couch", "couch", "furniture"),
        concept("attribute", "white", "white", "colour"),
        concept("attribute", "black", "black", "colour"),
        concept("attribute", "red", "red", "colour"),
        concept("relation", "sit on", "sit on", "posture"),
    ]}},
    {"id": 2, "caption": "Two parked cars next to a widget.", "parse": {"concepts": [
        concept("object", "cars", "car", None),            # category null: the lexicon's
        concept("object", "widget", "widget", None),       # unknown to the lexicon: other
        concept("attribute", "Two", None, "number"),       # no lemma: lowercased text
        concept("attribute", "parked", "park", "state"),   # verb lemma: the lexicon's spelling
        concept("relation", "next to", "next to", "spatial"),
    ]}},
    {"id": 3, "caption": "A dog in pants.", "parse": {"concepts": [
        concept("object", "dog", "dog", "animal"),
        concept("object", "pants", "pant", "clothing"),    # lemminflect's lemma: the listed "pants"
        concept("attribute", "tennis", "tennis", "kind"),  # a parser's fallback label: other
        concept("relation", "in", "in", None),
    ]}},
]

EXPECTED = {
    "replace": False,
    "objects": {
        "animal": ["dog", "cat"],
        "clothing": ["pants"],
        "furniture": ["couch"],
        "other": ["widget"],
        "vehicle": ["car"],
    },
    "attributes": {
        "colour": ["black", "red", "white"],
        "motion": ["parked"],  # the parser said "state", no category of the lexicon: the lexicon's
        "number": ["two"],
        "other": ["tennis"],
    },
    "relations": {
        "containment": ["in"],
        "posture": ["sit on"],
        "proximity": ["next to"],
    },
    "no_replace": ["attributes:other"],
    "counts": {
        "objects": {"dog": 2, "car": 1, "cat": 1, "couch": 1, "pants": 1, "widget": 1},
        "attributes": {"black": 1, "parked": 1, "red": 1, "tennis": 1, "two": 1, "white": 1},
        "relations": {"in": 1, "next to": 1, "sit on": 1},
    },
}


def test_library_builds_the_lexicon_dict():
    assert vocab_from_parses(r["parse"] for r in RECORDS) == EXPECTED


def test_min_count_and_replace():
    data = vocab_from_parses((r["parse"] for r in RECORDS), min_count=2, replace=True)
    assert data == {
        "replace": True,
        "objects": {"animal": ["dog"]},
        "attributes": {},
        "relations": {},
        "counts": {"objects": {"dog": 2}, "attributes": {}, "relations": {}},
    }


def test_a_word_counts_per_category():
    parses = [{"concepts": [concept("attribute", "old", "old", "age")]}] * 2 + [{"concepts": [concept("attribute", "old", "old", "condition")]}]
    data = vocab_from_parses(parses, min_count=2)
    assert data["attributes"] == {"age": ["old"]} and data["counts"]["attributes"] == {"old": 3}


@pytest.mark.parametrize(
    "parse, message",
    [
        (None, "'parse' must be an object, not NoneType"),
        ({"tokens": []}, "'parse' has no 'concepts' list"),
        ({"concepts": ["dog"]}, "parse.concepts[0] must be an object, not str"),
        ({"concepts": [{"text": "dog"}]}, "parse.concepts[0] has type None; expected object, attribute or relation"),
        ({"concepts": [concept("object", "dog"), concept("thing", "cat")]}, "parse.concepts[1] has type 'thing'"),
        ({"concepts": [concept("object", " ")]}, "parse.concepts[0] has no text"),
        ({"concepts": [concept("object", "dog", 3)]}, "parse.concepts[0].lemma must be a string or null, not int"),
    ],
)
def test_malformed_parse_is_a_record_error(parse, message):
    builder = VocabBuilder()
    with pytest.raises(RecordError) as info:
        builder.add(parse)
    assert str(info.value).startswith(message)
    assert builder.records == 0 and sum(builder.concepts.values()) == 0  # nothing half-counted


# -- the command -------------------------------------------------------------------------------


def test_command_writes_one_json_document(cli):
    result = cli(["vocab"], input=RECORDS)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == EXPECTED
    assert result.stderr == (
        "comptool vocab: 3 parsed records; objects 7 (85.7% in the lexicon; 6 words kept), "
        "attributes 6 (83.3% in the lexicon; 6 words kept), relations 3 (100.0% in the lexicon; 3 words kept)\n"
    )


def test_output_file_is_accepted_by_vocab_option(cli, tmp_path):
    out = tmp_path / "mine.json"
    result = cli(["vocab", "--replace", "-o", str(out)], input=RECORDS)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    lexicon = load(out)
    assert lexicon.category("objects", "widget") == "other"
    assert lexicon.category("objects", "horse") is None  # --replace: the built-in lexicon is gone
    assert lexicon.alternatives("objects", "animal", "cat") == ["dog"]
    assert lexicon.category("attributes", "tennis") == "other" and not lexicon.replaceable("attributes", "other")


def test_extend_file_keeps_the_built_in_lexicon(cli, tmp_path):
    out = tmp_path / "mine.json"
    assert cli(["vocab", "--min-count", "1", "-o", str(out)], input=RECORDS).exit_code == 0
    lexicon = load(out)
    assert lexicon.category("objects", "widget") == "other" and lexicon.category("objects", "horse") == "animal"


def test_empty_input_gives_an_empty_lexicon(cli):
    result = cli(["vocab"], input="")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "replace": False, "objects": {}, "attributes": {}, "relations": {},
        "counts": {"objects": {}, "attributes": {}, "relations": {}},
    }


def test_blank_lines_are_skipped(cli):
    text = "\n" + json.dumps(RECORDS[0]) + "\n\n   \n" + json.dumps(RECORDS[1]) + "\n" + json.dumps(RECORDS[2]) + "\n\n"
    result = cli(["vocab"], input=text)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == EXPECTED


def test_bad_line_is_named_by_its_number_and_fails(cli):
    text = json.dumps(RECORDS[0]) + "\n\n{not json\n" + json.dumps(RECORDS[1]) + "\n"
    result = cli(["vocab"], input=text)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("comptool vocab: <stdin>:3: invalid JSON")


def test_skip_reports_and_goes_on(cli):
    bad = {"caption": "x", "parse": {"concepts": [{"type": "object"}]}}
    text = jsonl([RECORDS[0], bad, RECORDS[1], RECORDS[2]])
    result = cli(["vocab", "--on-error", "skip"], input=text)
    assert result.exit_code == 0
    assert "comptool vocab: <stdin>:2: parse.concepts[0] has no text" in result.stderr
    assert json.loads(result.stdout) == EXPECTED


def test_keep_lists_bad_lines_in_the_file(cli, tmp_path):
    text = jsonl(RECORDS[:2]) + "[1, 2]\n" + jsonl(RECORDS[2:])
    result = cli(["vocab", "--on-error", "keep"], input=text)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["errors"] == [{"line": 3, "message": "not a JSON object (each line must be one {...} record)", "input": "[1, 2]"}]
    assert {k: v for k, v in data.items() if k != "errors"} == EXPECTED
    out = tmp_path / "kept.json"
    out.write_text(result.stdout)
    load(out)  # the errors section does not stop --vocab


def test_record_without_parse_or_text(cli):
    result = cli(["vocab"], input=[{"id": 7}])
    assert result.exit_code == 1
    assert result.stderr.startswith("comptool vocab: <stdin>:1: record has no parse and no 'caption' field to parse")


def test_records_without_parse_are_parsed_on_the_fly(cli):
    result = cli(["vocab", "--field", "text"], input=[{"text": "A white cat sits on a red couch."}, RECORDS[1]])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert "cat" in data["objects"]["animal"] and "couch" in data["objects"]["furniture"]
    assert {"white", "red"} <= set(data["attributes"]["colour"])
    assert "widget" in data["objects"]["other"]


def test_help_lists_the_flags(cli):
    result = cli(["vocab", "--help"])
    assert result.exit_code == 0
    for flag in ("--min-count", "--replace / --extend", "--vocab", "-o, --output", "--on-error", "--field"):
        assert flag in result.stdout
