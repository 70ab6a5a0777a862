"""Inflection: comptool reads lemminflect's inflection table its own faster way; every answer
must still be lemminflect's."""

from __future__ import annotations

import gzip

import pytest

from comptool import grammar
from conftest import lemminflect_table

TAGS = ("NN", "NNS", "VB", "VBP", "VBZ", "VBG", "VBD", "VBN", "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "NNP", "NNPS", "MD", "IN", "RP")
UPOS = (None, "NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN", "noun")
UNLISTED = ("zorblax", "blorping", "surfer", "skiing", "x-ray", "ÉCOLE", "run,verb", "1,000", "Aachen")


def _answer(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except Exception as exc:  # lemminflect's own rules fail on some words ("" as a verb); so must we
        return type(exc)


def _cases():
    module = grammar.lemminflect()
    with gzip.open(module.config.inflection_lu_fn, "rt") as f:
        listed = sorted({line.split(",")[0] for line in f})
    with open(module.config.infl_overrides_fn) as f:
        overrides = [line.split(",")[0] for line in f if line.strip() and not line.startswith("#")]
    modal = ["be", "can", "may", "will", "shall", "must", "ought", "dare", "have", ""]
    return listed[::97] + overrides + modal + list(UNLISTED)


def test_inflections_are_lemminflects_own():
    module = grammar.lemminflect()
    for word in _cases():
        for form in dict.fromkeys((word, word.lower(), word.capitalize(), word.upper())):
            for tag in TAGS:
                assert _answer(grammar.inflection, form, tag) == _answer(module.getInflection, form, tag=tag), (form, tag)
            for upos in UPOS:
                assert _answer(grammar.inflections, form, upos) == _answer(module.getAllInflections, form, upos=upos), (form, upos)


def test_inflections_do_not_load_lemminflects_table():
    # The point of the table: neither a listed word nor an unknown one makes lemminflect build its dict.
    from lemminflect.core.Inflections import Inflections

    singleton = Inflections()
    loaded = singleton.__dict__.pop("infl_dict", None)
    try:
        assert grammar.inflection("dog", "NNS")[0] == "dogs"
        assert grammar.inflection("Zorblax", "NNS") == ("Zorblaxes",)
        assert grammar.inflections("goose", "NOUN")["NNS"][0] == "geese"
        assert grammar.inflect("fire hydrant", "NNS") == "fire hydrants"
        assert not hasattr(singleton, "infl_dict")
    finally:
        if loaded is not None:
            singleton.infl_dict = loaded


@pytest.mark.parametrize(
    "content",
    [None, b"plain text", gzip.compress(b"dog,noun,dogs\n")[:20], gzip.compress(b"not a table\n"), gzip.compress(b"dog,pronoun,dogs\n")],
)
def test_inflections_without_a_readable_table(monkeypatch, tmp_path, content):
    # A lemminflect whose table is missing, not gzip, cut short or laid out otherwise: its own
    # look-up, same answers.
    with lemminflect_table(monkeypatch, tmp_path, "inflection_lu_fn", content, (grammar._inflection_table, grammar._inflect)) as module:
        assert grammar._inflection_table() is None
        assert grammar.inflection("goose", "NNS") == module.getInflection("goose", tag="NNS")
        assert grammar.inflection("Zorblax", "NNS") == module.getInflection("Zorblax", tag="NNS") == ("Zorblaxes",)
        assert grammar.inflections("run", "VERB") == module.getAllInflections("run", upos="VERB")
        assert grammar.inflect("A goose", "NNS", "a goose") == "A geese"


def test_a_table_line_of_an_unknown_category_asks_lemminflect(monkeypatch):
    table = grammar._inflection_table()
    assert table is not None
    monkeypatch.setattr(table, "_lines", sorted(table._lines + ["dog,pronoun,dogz"]))
    module = grammar.lemminflect()
    assert grammar.inflection("dog", "NNS") == module.getInflection("dog", tag="NNS")
    assert grammar.inflections("dog") == module.getAllInflections("dog")


@pytest.mark.parametrize(
    "word, article",
    [("umbrella", "an"), ("hour", "an"), ("unicorn", "a"), ("sun", "a"), ("suv", "an"), ("SUV", "an"), ("european", "a"), ("urinal", "a"), ("utensil", "a"), ("urn", "an"), ("xbox", "an"), ("x-ray", "an"), ("xylophone", "a"),
     # A word with no vowel is read letter by letter: "an LCD", "an HDTV", "a TV", "a DVD".
     ("lcd", "an"), ("HDTV", "an"), ("tv", "a"), ("DVD", "a"), ("gps", "a")],
)
def test_the_article_goes_by_sound(word, article):
    # "a suv" was written for "next to a bulldozer" -> "an SUV".
    assert grammar.article_for(word) == article


@pytest.mark.parametrize("word, many", [("toiletry", "toiletries"), ("toiletries", "toiletries"), ("groceries", "groceries"), ("bus", "buses"), ("fire hydrant", "fire hydrants")])
def test_a_plural_asked_to_be_many_stays_as_it_is(word, many):
    # A listed plural ("toiletries") in a stuff's place was written "toiletrieses".
    assert grammar.inflect(word, "NNS", word) == many
