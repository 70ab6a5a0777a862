"""The attribute ruler as table lookups gives the docs spaCy's own ruler gives."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

from comptool import attribute_table
from comptool.models import SPACY_UNUSED, load_spacy, resolve_spacy_model

from conftest import SUGARCREPE

ANNOTATIONS = [POS, TAG, DEP, LEMMA, MORPH, HEAD]
# The word exceptions of the English rules: contractions, "gonna", "y'all", "let's", expletive
# "there", pronouns as objects, auxiliaries, whitespace tokens.
ODD_TEXTS = [
    "Let's go, y'all  gonna  eat\tnow!",
    "I ain't nothin' like it, c'mon",
    "There are two dogs. It is what it is; give it to me",
    "Do you have it? They have had it and did so.",
    " \n leading space and trailing \n",
    "We gotta go; you're right, I'm sure he's n't here",
    "",
]


def annotations(doc) -> list:
    return [doc.to_array(ANNOTATIONS).tolist(), [str(t.morph) for t in doc], [t.lemma_ for t in doc]]


def test_english_pipeline_annotations_are_spacys():
    stock = spacy.load(resolve_spacy_model(), exclude=list(SPACY_UNUSED))
    fast = spacy.load(resolve_spacy_model(), exclude=list(SPACY_UNUSED))
    assert attribute_table.install(fast)
    captions = list(dict.fromkeys(r["caption"] for name in ("swap_att", "replace_rel") for r in json.loads((SUGARCREPE / f"{name}.json").read_text()).values()))
    texts = captions[:600] + ODD_TEXTS
    for want, got in zip(stock.pipe(texts), fast.pipe(texts)):
        assert annotations(got) == annotations(want), want.text


def test_the_default_loader_runs_the_table():
    assert load_spacy(None).get_pipe("attribute_ruler")._comptool_table is not None


RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "run"}]], "attrs": {"POS": "VERB"}},  # later wins
    {"patterns": [[{"LOWER": {"IN": ["a", "the"]}}], [{"ORTH": "An"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["det", ""]}, "TAG": "DT"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    {"patterns": [[{"IS_PUNCT": False, "TAG": "VBZ"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"LOWER": "big", "OP": "?"}, {"LOWER": {"FUZZY": "dog"}}]], "attrs": {"LEMMA": "dog"}, "index": -1},
]
DOCS = [
    # words, tags, deps (heads all point at token 0)
    (["The", "run", "is", "gonna", "na", "end"], ["DT", "NN", "VBZ", "NN", "NN", "NN"], ["det", "nsubj", "ROOT", "dep", "dep", "dep"]),
    (["There", "are", "nothin'", "and", "An", "dgo"], ["EX", "VBP", "NN", "CC", "DT", "NN"], ["expl", "ROOT", "attr", "cc", "det", "conj"]),
    (["gon", "na", "big", "dog", "that", "\n"], ["VB", "TO", "JJ", "NN", "DT", "_SP"], ["ROOT", "aux", "amod", "dobj", "nsubj", "dep"]),
    (["a", "nuthin", "is", "this"], ["DT", "NN", "VBZ", "DT"], ["det", "nsubj", "ROOT", "attr"]),
]


def two_rulers(rules):
    pipelines = []
    for _ in range(2):
        nlp = spacy.blank("en")
        nlp.add_pipe("attribute_ruler").add_patterns(rules)
        pipelines.append(nlp)
    return pipelines


@pytest.mark.parametrize("words, tags, deps", DOCS)
def test_rules_of_every_kind_set_what_spacy_sets(words, tags, deps):
    stock, fast = two_rulers(RULES)
    assert attribute_table.install(fast)
    table = fast.get_pipe("attribute_ruler")._comptool_table
    assert table._residual is not None and table._gates is None  # the OP pattern keeps a Matcher always on
    docs = [Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words)) for nlp in (stock, fast)]
    want, got = stock.get_pipe("attribute_ruler")(docs[0]), fast.get_pipe("attribute_ruler")(docs[1])
    assert annotations(got) == annotations(want)


def test_residual_rules_run_only_where_a_token_opens_them():
    stock, fast = two_rulers(RULES[:-1])
    attribute_table.install(fast)
    table = fast.get_pipe("attribute_ruler")._comptool_table
    assert len(table._gates) == 2
    for words, tags, deps in DOCS:
        docs = [Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words)) for nlp in (stock, fast)]
        assert annotations(fast.get_pipe("attribute_ruler")(docs[1])) == annotations(stock.get_pipe("attribute_ruler")(docs[0]))


def test_a_rule_setting_a_lexical_attribute_is_left_to_spacy():
    _, fast = two_rulers([{"patterns": [[{"LOWER": "run"}]], "attrs": {"NORM": "go"}}])
    assert not attribute_table.install(fast)
    assert not hasattr(fast.get_pipe("attribute_ruler"), "_comptool_table")
    assert not attribute_table.install(spacy.blank("en"))
