"""The edit mechanism: the quick way over the tokens a fix can touch gives what going over every
token gives; tokens not as parse makes them go that way and fail where they always failed."""

from __future__ import annotations

import copy

import pytest

from comptool import edits
from comptool.lexicon import builtin
from comptool.operators import candidate_sequence, operator_types
from comptool.parsing import Parser

CAPTIONS = [
    "A white cat sits on a red couch.",
    "Two dogs are running in the park. A man watches them.",
    "A man riding a horse on the beach.",
    "A DOG ON A COUCH",
    "a young woman is sitting next to a fire hydrant",
    "The boy's red kite flies above three tall trees.",
    "There is a dog and a cat is sleeping.",
    "yellow   bananas on a table",
]


@pytest.fixture(scope="module")
def parses():
    parser = Parser()
    return [parser.parse_text(c) for c in CAPTIONS]


def _outcome(apply, parse, candidate):
    try:
        result = apply(copy.deepcopy(parse), list(candidate.edits), builtin())
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        return type(exc)
    return result.text, result.tokens, result.edits, result.origin


def _by_hand(parse, edit_list, lexicon):
    return edits._apply_edits_by_hand(parse, sorted(edit_list, key=lambda e: (e.start, e.end)), lexicon)


def test_the_quick_way_gives_what_going_over_every_token_gives(parses):
    tried = 0
    for parse in parses:
        for op in ("swap", "replace", "add"):
            for kind in operator_types(op):
                for candidate in candidate_sequence(parse, op, kind, builtin()):
                    assert _outcome(edits.apply_edits, parse, candidate) == _outcome(_by_hand, parse, candidate), (parse["tokens"], candidate)
                    tried += 1
    assert tried > 500


@pytest.mark.parametrize("change", [("head", None), ("head", 99), ("head", "x"), ("head", True), ("ws", None), ("pos", None), ("moved_from_start", True), ("head_local", 0)])
def test_tokens_not_as_parse_makes_them_go_over_every_token(parses, change):
    key, value = change
    parse = copy.deepcopy(parses[0])
    parse["tokens"][2][key] = value
    assert not edits._facts(parse["tokens"]).well_formed
    for op in ("swap", "replace", "add"):
        for kind in operator_types(op):
            for candidate in list(candidate_sequence(parses[0], op, kind, builtin()))[:20]:
                assert _outcome(edits.apply_edits, parse, candidate) == _outcome(_by_hand, parse, candidate)
    missing = copy.deepcopy(parses[0])
    del missing["tokens"][2]["dep"]
    assert not edits._facts(missing["tokens"]).well_formed


def test_facts_of_a_parse_are_kept_for_its_next_edit_only(parses):
    first, second = parses[0]["tokens"], parses[1]["tokens"]
    assert edits._facts(first) is edits._facts(first)
    assert edits._facts(second).text == "".join(t["text"] + t["ws"] for t in second)
    assert edits._facts(first).text == CAPTIONS[0]
