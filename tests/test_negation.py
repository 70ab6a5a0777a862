"""What a caption denies: operators make no negative under a negation, which would hold too."""

from __future__ import annotations

import pytest

from comptool.lexicon import builtin
from comptool.negation import scope
from conftest import operator_texts


@pytest.fixture(scope="module")
def parser():
    from comptool.parsing import Parser

    return Parser()


def texts(parser, caption: str, op: str, type: str) -> list[str]:
    return operator_texts(parser, builtin(), caption, op, type)


@pytest.mark.parametrize(
    "caption, op, type",
    [
        ("There is no food on the plate.", "replace", "object"),  # never "no food on the salt shaker"
        ("There is no food on the plate.", "replace", "relation"),  # never "no food under the plate"
        ("No people are on the beach.", "replace", "object"),  # never "No seagulls are on the beach"
        ("There are no clouds in the sky.", "add", "attribute"),  # never "no bright clouds"
        ("There is no food on the plate.", "add", "attribute"),  # never "on the dirty plate"
        ("There is no food on the plate.", "swap", "object"),  # never "There is no plate on the food"
        ("No people are on the beach.", "add", "negation"),  # never "No people are not on the beach"
        ("The room has no windows.", "add", "negation"),  # never "No room has no windows"
        ("Nobody is sitting on the bench.", "replace", "relation"),  # never "Nobody is lying on the bench"
    ],
)
def test_nothing_is_made_under_a_negation(parser, caption, op, type):
    assert texts(parser, caption, op, type) == []


def test_what_is_said_to_be_there_still_changes(parser):
    """Only the denied part is left alone: the street, the man, the bucket are there."""
    street = texts(parser, "A street with no cars on it.", "replace", "object")
    assert street and all(t.endswith(" with no cars on it.") for t in street)
    man = texts(parser, "A man not wearing a hat rides a horse.", "replace", "attribute")
    assert man == [] or all("not wearing a hat" in t for t in man)
    assert all("not wearing a hat" in t for t in texts(parser, "A man not wearing a hat rides a horse.", "replace", "object"))
    assert "A woman not wearing a hat rides a horse." in texts(parser, "A man not wearing a hat rides a horse.", "replace", "object")
    bucket = texts(parser, "A bathroom with no toilets and a red bucket.", "replace", "attribute")
    assert any(" red " not in t for t in bucket)  # a conjunct with its own article is said to be there


def test_the_negation_itself_turns_but_never_into_its_synonym(parser):
    made = texts(parser, "A desk without a computer.", "replace", "relation")
    assert "A desk with a computer." in made
    assert not any("lacking" in t or "minus" in t for t in made)


def test_a_negation_moves_not_with_its_noun(parser):
    made = texts(parser, "The room has no windows.", "swap", "object")
    assert not any(t.lower().startswith("no ") for t in made)


def test_a_hedged_count_goes_with_its_number(parser):
    assert texts(parser, "There is only one chair in the room.", "add", "negation") == ["There is no chair in the room."]


@pytest.mark.parametrize(
    "caption, denied",
    [
        ("There is no food on the plate.", {"food", "plate"}),
        ("A desk without a computer.", {"computer"}),
        ("A man not wearing a hat rides a horse.", {"hat"}),
        ("A bathroom with no toilets and a red bucket.", {"toilets"}),
        ("There are no cats or dogs on the bed.", {"cats", "dogs", "bed"}),
        ("A No Parking sign on a pole.", set()),  # a sign's words, no denial
        ("People walk near a sign that says no peddling.", set()),
        ("A white cat and a black dog.", set()),
    ],
)
def test_the_scope_of_a_negation(parser, caption, denied):
    parse = parser.parse_text(caption)
    found = scope(parse)
    assert {c["text"] for c in parse["concepts"] if c["id"] in found.objects} == denied


@pytest.mark.parametrize(
    "caption, said",
    [
        ("A green street sign says Main Street.", "Main Street"),
        ('A street sign reads "Bacchanalia" above a stop sign.', '" Bacchanalia "'),  # the place is no text
        ("A shirt that reads handle with care and a small stuffed sheep.", "handle with care and"),
        ("An old man reading a book on a park bench.", ""),  # a person reads: no words borne
        ("A monitor is displaying a blue screen.", ""),
    ],
)
def test_words_a_thing_bears(parser, caption, said):
    from comptool.negation import said_words

    parse = parser.parse_text(caption)
    assert " ".join(parse["tokens"][k]["text"] for k in sorted(said_words(parse))) == said
