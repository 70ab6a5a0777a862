"""The edit mechanism: it takes tokens as parse makes them, names the first token that is not,
and gives tokens as parse makes them back, so a chain's later steps never meet a damaged parse."""

from __future__ import annotations

import copy
import re

import pytest

from comptool import edits
from comptool.jsonl import RecordError
from comptool.lexicon import builtin
from comptool.operators import add_negatives, candidate_sequence, operator_types
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


def test_edited_tokens_are_as_parse_makes_them(parses):
    tried = 0
    for caption, parse in zip(CAPTIONS, parses):
        for op in ("swap", "replace", "add"):
            for kind in operator_types(op):
                for candidate in candidate_sequence(parse, op, kind, builtin()):
                    result = edits.apply_edits(parse, candidate.edits, builtin())
                    assert edits.token_problem(result.tokens) is None, (parse["tokens"], candidate)
                    assert edits.replay(caption, result.edits) == result.text
                    tried += 1
    assert tried > 500


def _damage(tokens, key, value):
    if key is None:
        tokens[2] = value
    elif value is _DELETE:
        del tokens[2][key]
    else:
        tokens[2][key] = value


_DELETE = object()
DAMAGE = [
    (None, "cat", "parse.tokens[2] must be an object, not str"),
    (None, None, "parse.tokens[2] must be an object, not NoneType"),
    ("dep", _DELETE, "parse.tokens[2] has no 'dep'"),
    ("text", _DELETE, "parse.tokens[2] has no 'text'"),
    ("head", 99, "parse.tokens[2] has head 99, out of range (9 tokens)"),
    ("head", -1, "parse.tokens[2] has head -1, out of range (9 tokens)"),
    ("head", "x", "parse.tokens[2].head must be an integer, not str"),
    ("head", True, "parse.tokens[2].head must be an integer, not bool"),
    ("head", 2.0, "parse.tokens[2].head must be an integer, not float"),
    ("ws", None, "parse.tokens[2].ws must be a string, not NoneType"),
    ("lemma", 3, "parse.tokens[2].lemma must be a string, not int"),
    ("head_local", 0, "parse.tokens[2] has 'head_local', a key of an edit's own tokens"),
    ("moved_from_start", True, "parse.tokens[2] has 'moved_from_start', a key of an edit's own tokens"),
]


@pytest.mark.parametrize("key, value, message", DAMAGE)
def test_a_damaged_parse_is_named_and_refused(parses, key, value, message):
    parse = copy.deepcopy(parses[0])
    _damage(parse["tokens"], key, value)
    assert edits.token_problem(parse["tokens"]) == message
    candidate = next(iter(candidate_sequence(parses[0], "replace", "attribute", builtin())))
    with pytest.raises(edits.MalformedParse, match=re.escape(message)):
        edits.apply_edits(parse, candidate.edits, builtin())
    record = {"caption": CAPTIONS[0], "parse": parse}
    with pytest.raises(RecordError) as info:
        add_negatives(record, "swap", operator_types("swap"))
    assert str(info.value) == f"{message}; re-run comptool parse"


def test_only_the_first_damaged_token_is_named(parses):
    parse = copy.deepcopy(parses[0])
    parse["tokens"][5]["head"] = 40
    parse["tokens"][7]["pos"] = None
    assert edits.token_problem(parse["tokens"]) == "parse.tokens[5] has head 40, out of range (9 tokens)"
    assert edits.token_problem([]) is None


def test_facts_of_a_parse_are_kept_for_its_next_edit_only(parses):
    first, second = parses[0]["tokens"], parses[1]["tokens"]
    assert edits._facts(first) is edits._facts(first)
    assert edits._facts(second).text == "".join(t["text"] + t["ws"] for t in second)
    assert edits._facts(first).text == CAPTIONS[0]


def _all_negatives(parser, caption: str, op: str, kind: str) -> list[str]:
    record = add_negatives({"caption": caption, "parse": parser.parse_text(caption)}, op, (kind,), n=None)
    return [negative["text"] for negative in record["negatives"]]


def test_an_article_reads_the_word_past_a_run_of_spaces():
    made = _all_negatives(Parser(), "A gang of bikers driving down a  busy city street.", "replace", "attribute")
    assert "A gang of bikers driving down an  empty city street." in made
    assert not any("a  empty" in t for t in made)


@pytest.mark.parametrize(
    "caption, wanted",
    [
        ("The children's party table is covered with balloons and presents.", "The balloons' party table is covered with children and presents."),
        ("The dogs' bowl is next to a cat.", "A cat's bowl is next to the dogs."),
        ("THE MAN'S DOGS ARE NEXT TO A CAT", "THE CAT'S DOGS ARE NEXT TO A MAN"),
        ("The dogs’ bowl is next to a cat.", "A cat’s bowl is next to the dogs."),
    ],
)
def test_a_possessive_takes_the_number_of_its_new_owner(caption, wanted):
    made = _all_negatives(Parser(), caption, "swap", "object")
    assert wanted in made
    assert not any("s's" in t.lower() or re.search(r"[^s]' ", t) for t in made)
