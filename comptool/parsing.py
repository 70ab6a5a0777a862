"""Captions as token-level concepts: objects, attributes and relations with their links.

Two layers:

- :func:`tokens_from_doc` turns a spaCy ``Doc`` into plain token dicts (lossless: the tokens'
  ``text`` + ``ws`` joined give the caption back).
- :func:`extract_concepts` reads concepts off those token dicts alone. Because it needs no
  spaCy object, the edit mechanism (:mod:`comptool.edits`) re-derives concepts after an edit
  from the edited tokens, and operators compose without re-parsing.
"""

from __future__ import annotations

import gc
from functools import cached_property
from operator import itemgetter
from typing import Iterable, Iterator

from comptool.grammar import inflect, inflection, lemma_of, noun_lemmas
from comptool.jsonl import RecordError, batched
from comptool.lexicon import Lexicon, builtin, key
from comptool.negation import BEARING_VERBS
from comptool.suits import FOOD_AND_DRINK, PEOPLE

NOUNS = ("NOUN", "PROPN")
PLURAL_TAGS = ("NNS", "NNPS")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")
DIRECT_OBJECT_DEPS = ("dobj", "obj", "attr", "oprd")
OBJECT_DEPS = (*DIRECT_OBJECT_DEPS, "dative")
PREDICATIVE_DEPS = ("acomp", "attr", "oprd", "xcomp", "ccomp", "advcl", "conj")
# Verbs that only carry a predicate ("is red", "looks happy"), never a relation of their own.
LINKING_VERBS = {"be", "seem", "look", "appear", "become", "remain", "stay", "get", "feel", "sound", "have"}
# Nouns that count the noun after "of": "a herd of cows" is cows, counted.
QUANTITY_NOUNS = {
    "group", "herd", "couple", "pair", "bunch", "flock", "crowd", "trio", "pile", "stack", "variety",
    "assortment", "lot", "lots", "number", "row", "set", "team", "line", "collection", "bundle",
    "handful", "dozen", "pack", "school", "swarm", "gaggle", "cluster", "array", "selection", "plenty",
    "kind", "type", "sort",
}


def group_counting(noun: int, tokens: list[dict]) -> int | None:
    """The group noun whose "of" phrase counts the noun at ``noun``: "herd" of "a herd of
    |sheep|", "group" of "a group of |six friends|"; None where no group counts it."""
    of = tokens[noun]["head"]
    if tokens[noun]["dep"] != "pobj" or tokens[of]["text"].lower() != "of" or tokens[of]["head"] == of:
        return None
    group = tokens[of]["head"]
    return group if tokens[group]["lemma"].lower() in QUANTITY_NOUNS else None
# Adverbs that place their subject: relations with no object ("sitting outside").
SPATIAL_ADVERBS = {
    "outside", "inside", "together", "apart", "nearby", "away", "behind", "ahead", "above", "below",
    "underneath", "beneath", "overhead", "upstairs", "downstairs", "outdoors", "indoors", "forward",
    "backward", "backwards", "around", "along", "across", "beside", "up", "down", "off", "alongside",
    "upside", "aside", "close", "far", "near",
}
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozen", "several", "many", "few", "couple", "multiple", "numerous",
}
MANY_WORDS_OF_COUNT = NUMBER_WORDS - {"one"}


# -- tokens ----------------------------------------------------------------------------------


def tokens_from_doc(doc) -> list[dict]:
    # Attributes come as arrays in one call each, which is several times faster than making a
    # Token object per word and asking it for text, pos_, tag_ and dep_.
    from spacy.attrs import DEP, HEAD, ORTH, POS, SPACY, TAG

    strings = doc.vocab.strings
    labels = _labels
    ids = doc.to_array([ORTH, POS, TAG, DEP]).tolist()  # string ids, beyond int64: kept unsigned
    places = doc.to_array([HEAD, SPACY]).astype("int64").tolist()  # head: a signed offset
    tokens = []
    for i, ((orth, pos, tag, dep), (head, space)) in enumerate(zip(ids, places)):
        pos = labels[pos] if pos in labels else _label(strings, pos)
        text = strings[orth]
        tokens.append(
            {
                "text": text,
                "ws": " " if space else "",
                "lemma": lemma_of(text, pos),
                "pos": pos,
                "tag": labels[tag] if tag in labels else _label(strings, tag),
                "dep": labels[dep] if dep in labels else _label(strings, dep),
                "head": i + head,
            }
        )
    return tokens


_labels: dict[int, str] = {}


def _label(strings, key: int) -> str:
    label = _labels[key] = strings[key]
    return label


def text_of(tokens: list[dict], start: int = 0, end: int | None = None) -> str:
    """The text of tokens[start:end], without the trailing whitespace of the last token."""
    span = tokens[start:end]
    if not span:
        return ""
    return "".join(t["text"] + t["ws"] for t in span[:-1]) + span[-1]["text"]


# -- concepts --------------------------------------------------------------------------------


class _Tree:
    """Children lists and a few questions about the dependency tree of token dicts."""

    def __init__(self, tokens: list[dict]):
        self.tokens = tokens
        self.children: list[list[int]] = [[] for _ in tokens]
        # Each token's head, None for a root or a head out of range: read as often as every token.
        self.heads: list[int | None] = [None] * len(tokens)
        for i, token in enumerate(tokens):
            head = token["head"]
            if head != i and 0 <= head < len(tokens):
                self.children[head].append(i)
                self.heads[i] = head

    def child(self, i: int, deps: Iterable[str]) -> int | None:
        for c in self.children[i]:
            if self.tokens[c]["dep"] in deps:
                return c
        return None


def extract_concepts(tokens: list[dict], lexicon: Lexicon | None = None) -> list[dict]:
    """Objects, then attributes, then relations, each in text order, with ``id`` and links."""
    lexicon = lexicon or builtin()
    tree = _Tree(tokens)
    lower = [t["text"].lower() for t in tokens]

    multiword = _multiword_relations(lower, lexicon)
    in_multiword = {i for start, end in multiword for i in range(start, end)}

    objects, object_at, quantity, bare = _objects(tokens, tree, lexicon, in_multiword)
    attributes = _attributes(tokens, lower, tree, lexicon, object_at, quantity, in_multiword, bare)
    phrases = _attribute_phrases(tokens, lower, lexicon, in_multiword)
    if phrases:
        attributes = _with_phrases(attributes, phrases, tokens, tree, lexicon, object_at)
    relations = _relations(tokens, lower, tree, lexicon, object_at, multiword, in_multiword, quantity)

    # Links were recorded as the index of the object's head token; turn them into ids.
    object_id = {c["head"]: n for n, c in enumerate(objects)}
    for c in attributes:
        c["of"] = object_id.get(c["of"])
    for c in relations:
        c["subj"], c["obj"] = object_id.get(c["subj"]), object_id.get(c["obj"])
    concepts = objects + attributes + relations
    for concept_id, concept in enumerate(concepts):
        concept["id"] = concept_id
    return concepts


def _concept(tokens, kind, start, end, head, lemma, category, **links) -> dict:
    # Keys in the order records show them: the id (set once all are found) first, head last.
    return {
        "id": None,
        "type": kind,
        "start": start,
        "end": end,
        "text": tokens[start]["text"] if end == start + 1 else text_of(tokens, start, end),
        "lemma": lemma,
        "category": category,
        **links,
        "head": head,
    }


def _multiword_relations(lower: list[str], lexicon: Lexicon) -> list[tuple[int, int]]:
    by_first = lexicon.relations_by_first_word
    found: list[tuple[int, int]] = []
    end = 0
    for i in [i for i, word in enumerate(lower) if word in by_first]:  # few words start one
        if i < end:
            continue  # inside the phrase just found
        follows = lower[i + 1] if i + 1 < len(lower) else None
        for phrase in by_first[lower[i]]:
            # The second word first: "on" starts a dozen phrases, and most captions say "on the".
            if (len(phrase) == 1 or phrase[1] == follows) and tuple(lower[i : i + len(phrase)]) == phrase:
                end = i + len(phrase)
                found.append((i, end))
                break
    return found


def _is_attribute_noun(token: dict, lexicon: Lexicon) -> bool:
    """A noun modifier that describes rather than names: "metal fence", "tile floor", "baby cow"."""
    return lexicon.category("attributes", token["lemma"]) is not None or lexicon.category("attributes", token["text"].lower()) is not None


def _opens_a_name(tokens, start: int, head: int, lexicon: Lexicon) -> bool:
    """Whether the compound words from ``start`` up to ``head`` open with a name the lexicon
    lists: "living room" of "the living room carpet" is no "living" carpet."""
    words = [t["text"].lower() for t in tokens[start:head]]
    return any(lexicon.entry("objects", " ".join(words[:n])) is not None for n in range(2, len(words) + 1))


def _has_word(token: dict) -> bool:
    return any(ch.isalnum() for ch in token["text"])


def _premodifies(i: int, head: int, tokens) -> bool:
    """Token i stands in the run of modifiers right before noun ``head`` ("fluorescent yellow
    jackets"); the first conjunct the parser hangs on a noun as "nmod" does not ("a fireplace
    and glass doors")."""
    return head > i and all(tokens[k]["dep"] in ("amod", "compound", "nmod") and tokens[k]["pos"] in ("ADJ", "NOUN", "PROPN") for k in range(i + 1, head))


# Counts said only in the plural ("dozens of birds"), and the counts that are counts alone, with
# no look of their own ("a number of people", "lots of luggage"): what they count takes any
# attribute and gives a relative clause its number.
PLURAL_COUNTS = {"lots", "dozens", "hundreds", "thousands", "millions", "tons", "loads", "scores"}
MERE_COUNTS = PLURAL_COUNTS | {"lot", "number", "plenty", "handful", "dozen", "hundred", "thousand", "million", "ton", "load", "score"}


def _is_quantity_noun(i: int, tokens, tree) -> bool:
    """ "a group of", "a herd of", "a couple of": a count of the noun after "of", not an object."""
    if tokens[i]["text"].lower() not in PLURAL_COUNTS and (tokens[i]["lemma"] not in QUANTITY_NOUNS or tokens[i]["tag"] in PLURAL_TAGS):
        return False  # ("dozens of birds": a count said only in the plural)
    of = tree.child(i, ("prep",))
    return of is not None and tokens[of]["text"].lower() == "of" and tree.child(of, ("pobj",)) is not None


def _is_bare_attribute(i: int, tokens, tree, lexicon) -> bool:
    """A property worn or shown, not a thing: "a man in white", "decorated in plastic", "at
    night", "working in the dark" (a "the" allowed where the lexicon knows no such thing)."""
    token = tokens[i]
    if token["dep"] not in ("pobj", "dobj", "conj", "attr", "acomp", "oprd") or token["tag"] in PLURAL_TAGS:
        return False
    if lexicon.category("attributes", token["lemma"]) is None:
        return False
    if token["dep"] == "conj" and lexicon.entry("objects", token["lemma"]) is not None:
        head = tree.heads[i]
        if head is not None and tokens[head]["pos"] in NOUNS and tokens[head]["dep"] not in ("nmod", "compound") and lexicon.entry("objects", tokens[head]["lemma"]) is not None:
            return False  # "strawberries and cream": a thing beside a thing, not a colour
    if token["dep"] == "pobj" and tokens[tree.heads[i]]["text"].lower() == "with" and lexicon.category("objects", token["lemma"]) in FOOD_CATEGORIES:
        return False  # "a pizza with pepperoni": a food it has, not a flavour
    if token["dep"] == "pobj" and tokens[tree.heads[i]]["text"].lower() == "of" and lexicon.entry("objects", token["lemma"]) is not None:
        counter = tree.heads[tree.heads[i]]
        if counter is not None and _is_quantity_noun(counter, tokens, tree):
            return False  # "a pile of paper": the thing piled, not what the pile is made of
    modifiers = [c for c in tree.children[i] if tokens[c]["dep"] in ("det", "amod", "compound", "poss", "nummod", "prep")]
    if not modifiers:
        return True
    only_the = len(modifiers) == 1 and tokens[modifiers[0]]["text"].lower() == "the"
    return only_the and lexicon.entry("objects", token["lemma"]) is None


# Phrases that say when or how, with no thing and no look in them: "after dark" (no thing
# "dark", and the people are not dark), "standing in line", "a bear in the wild", "at work".
SET_PHRASES = (("after", "dark"), ("in", "line"), ("in", "the", "wild"), ("out", "in", "the", "open"), ("at", "work"))


def _in_a_set_phrase(tokens, k: int) -> bool:
    """Token k is the last word of a :data:`SET_PHRASES` phrase that ends there: "in line", but
    not "in line with the wall" nor "in line drawings"."""
    word = tokens[k]["text"].lower()
    for phrase in SET_PHRASES:
        start = k - len(phrase) + 1
        if phrase[-1] == word and start >= 0 and tuple(t["text"].lower() for t in tokens[start : k + 1]) == phrase:
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            return after is None or not (after["pos"] in ("NOUN", "PROPN") or after["text"].lower() in ("with", "of"))
    return False


def _in_a_paired_idiom(tokens, k: int) -> bool:
    """Token k is a noun of "side by side", "hand in hand", "face to face": a way, no thing."""
    if not 0 <= k < len(tokens):
        return False
    word = tokens[k]["text"].lower()
    for first in (k, k - 2):
        if 0 <= first and first + 2 < len(tokens) and tokens[first + 1]["text"].lower() in ("by", "in", "to") and tokens[first]["text"].lower() == tokens[first + 2]["text"].lower() == word:
            return True
    return False


def _in_mid_air(tokens, k: int) -> bool:
    """Token k is the "air" of "in mid air": a moment of a jump, no thing ("in mid water")."""
    return tokens[k]["text"].lower() == "air" and k > 0 and tokens[k - 1]["text"].lower() in ("mid", "-") and (tokens[k - 1]["text"] != "-" or (k > 1 and tokens[k - 2]["text"].lower() == "mid"))


def verbs_subject(tokens: list[dict], noun: int, *, actively: bool = False) -> bool:
    """Whether the noun at ``noun`` is a verb's subject ("A tractor pulls a plow", "planes are
    parked") or the noun a participle after it describes ("A tractor pulling a plow"). With
    ``actively``, only the one doing it: an active subject, an "-ing" participle ("a hand
    holding a hose", never "a hand raised")."""
    slot = tokens[noun]
    if slot["dep"] in (("nsubj",) if actively else ("nsubj", "nsubjpass")) and tokens[slot["head"]]["pos"] == "VERB":
        return True
    return any(t["head"] == noun and t["dep"] == "acl" and (t["tag"] == "VBG" if actively else t["pos"] == "VERB") for t in tokens[noun + 1 :])


def read_as_participle(token: dict, adjective_too: bool = False) -> bool:
    """A past participle, as the tagger may also call it: "paneled" as a past tense, and with
    ``adjective_too`` "paved" as an adjective."""
    return token["tag"] == "VBN" or (token["tag"] in (("VBD", "JJ") if adjective_too else ("VBD",)) and token["text"].lower().endswith("ed"))


CROWD_SENSES = {"fan"}  # nouns that are people in a crowd at a game, and a thing elsewhere
GAME_WORDS = {"player", "team", "game", "match", "stadium", "cheer", "crowd", "concert", "celebrate", "goal", "score", "field", "court", "pitch", "stand", "bleacher"}


def _among_games(tokens, lexicon) -> bool:
    """Whether the caption is of a game or a show, where fans are people: "celebrate a goal in
    front of the fans"."""
    return any(t["lemma"].lower() in GAME_WORDS or "sport" in lexicon.categories("objects", t["lemma"].lower()) for t in tokens if t["pos"] in ("NOUN", "VERB", "PROPN"))


def _objects(tokens, tree, lexicon, in_multiword):
    objects: list[dict] = []
    object_at: dict[int, int] = {}  # token index -> head token index of its object
    quantity: dict[int, int] = {}  # quantity noun -> the noun it counts
    bare: set[int] = set()  # nouns that name a property, not a thing: attributes ask again
    for i, token in enumerate(tokens):
        if token["pos"] not in NOUNS or i in in_multiword or not _has_word(token) or _in_a_paired_idiom(tokens, i) or _in_mid_air(tokens, i) or _in_a_set_phrase(tokens, i):
            continue
        head = tree.heads[i]
        if token["dep"] == "compound" and head is not None and tokens[head]["pos"] in NOUNS and head > i:
            continue  # part of the object named by its head ("fire" of "fire hydrant")
        if token["dep"] == "nmod" and head is not None and tokens[head]["pos"] in NOUNS and _premodifies(i, head, tokens):
            continue  # describes it ("fluorescent" of "fluorescent yellow jackets")
        if token["dep"] == "amod" and head is not None and head > i and tokens[head]["pos"] in NOUNS and (token["pos"] == "PROPN" or len(token["text"]) == 1):
            continue  # a word the tagger called a name, or a letter, which describes the noun after it ("a small White house", "a v formation")
        if token["dep"] == "amod" and head is not None and head > i and _attribute_category(token["lemma"], token["text"].lower(), lexicon) == "colour":
            continue  # a colour the tagger called a noun: "An orange tabby cat" has no fruit in it
        if token["dep"] == "npadvmod" and head is not None and head > i and read_as_participle(tokens[head], adjective_too=True) and tokens[head]["dep"] == "amod" and all(t["tag"] == "HYPH" for t in tokens[i + 1 : head]):
            continue  # how the thing is made, no thing of its own: "chocolate frosted", "snow-covered"
        if _at_home(i, tokens):
            continue  # "nobody is home": a place said as an adverb, no thing there
        if _between_hyphens(tokens, i):
            continue  # the middle of a word joined by hyphens: "a 3-year-old girl" has no year in it
        if token["dep"] == "conj" and head is not None and token["text"].lower() in PLURAL_COUNTS and tokens[head]["text"].lower() == token["text"].lower():
            continue  # the second of "lots and lots of luggage": the same count said again
        if _is_quantity_noun(i, tokens, tree):
            of = tree.child(i, ("prep",))
            quantity[i] = tree.child(of, ("pobj",))
            continue
        if _is_bare_attribute(i, tokens, tree, lexicon):
            bare.add(i)
            continue
        # The object's span: the head noun and the compound nouns directly before it, less
        # leading modifiers the lexicon knows as attributes ("metal fence": object "fence").
        start = i
        while start > 0 and (
            (tokens[start - 1]["pos"] in NOUNS and tokens[start - 1]["dep"] == "compound" and start - 1 not in in_multiword)
            or (start > 1 and tokens[start - 1]["tag"] == "HYPH" and tokens[start - 1]["head"] == i and tokens[start - 2]["head"] == i and tokens[start - 2]["dep"] == "compound")
        ):
            start -= 1  # over a hyphen inside the name: "t-shirt" (made one compound by repair_compounds)
        if start < i and lexicon.entry("objects", _name_of(tokens, start, i)) is None and any(t["text"] == "-" for t in tokens[start:i]):
            # A hyphenated name the lexicon lists after other words: "an Army |t-shirt|".
            start = next((k for k in range(start + 1, i) if tokens[k - 1]["text"] != "-" and tokens[k]["text"] != "-" and lexicon.entry("objects", _name_of(tokens, k, i)) is not None), start)
        if start < i and lexicon.entry("objects", _name_of(tokens, start, i)) is None:
            # Leading words that describe ("metal fence") are attributes, unless the lexicon
            # knows the whole phrase as a thing ("hot dog", "paper towel").
            while start < i and _is_attribute_noun(tokens[start], lexicon) and not _opens_a_name(tokens, start, i, lexicon):
                start += 1
        lemma = _name_of(tokens, start, i) if start < i else token["lemma"]
        if start == i and _plural_only(i, tokens, lexicon):
            lemma = token["text"].lower()  # plural-only nouns keep their form: "glasses" are not a glass
        category = lexicon.category("objects", lemma) or lexicon.category("objects", token["lemma"])
        if lemma == "back" and _the_back_of_the_picture(i, tokens, tree):
            category = lexicon.category("objects", "background") or category  # "a drink in the back": no body's back
        number = "plural" if token["tag"] in PLURAL_TAGS else "singular"
        objects.append(_concept(tokens, "object", start, i + 1, i, lemma, category, number=number))
        for j in range(start, i + 1):
            object_at[j] = i
    # What hangs on "a herd" belongs to the cows it counts: "a herd of cows grazing".
    for counter, counted in quantity.items():
        if counted in object_at:
            object_at[counter] = object_at[counted]
    _choose_senses(objects, lexicon, tokens)
    return objects, object_at, quantity, bare


def _name_of(tokens: list[dict], start: int, head: int) -> str:
    """The look-up name of the words from ``start`` to the noun ``head``, its lemma last: "fire
    hydrants" -> "fire hydrant", "t-shirts" -> "t-shirt"."""
    return " ".join([t["text"].lower() for t in tokens[start:head]] + [tokens[head]["lemma"]]).replace(" - ", "-")


# Verbs done to food: what they take is eaten ("slices fish", "grills chicken").
COOKING_VERBS = {"eat", "cook", "slice", "cut", "chop", "grill", "fry", "bake", "roast", "serve", "taste", "fillet", "carve", "season", "barbecue", "prepare", "stir", "mix", "whisk"}
# Categories of ways only, never a verb's alone: "close" is near as an adjective, shut as a verb.
WAYS_OF_BEING_NEAR = {"proximity"}
# Ways into a place: what is "in a pen" is in the animals' pen, not by a writing pen.
INTO_A_PLACE = {"in", "inside", "into", "within"}


def _choose_senses(objects: list[dict], lexicon: Lexicon, tokens: list[dict]) -> None:
    """A noun the lexicon lists under two categories takes the one its company has: "rice with
    broccoli and chicken" is food, "a chicken in a yard" an animal (the first listed); so does
    what a verb of cooking takes ("A chef slices fish"), and a game what one plays bare."""
    for obj in objects:
        senses = lexicon.categories("objects", obj["lemma"])
        if len(senses) < 2:
            continue
        company = {o["category"] for o in objects if o is not obj}
        head = tokens[obj["head"]]
        cooked = head["dep"] == "dobj" and tokens[head["head"]]["lemma"].lower() in COOKING_VERBS
        role = _feeding_role(obj["head"], tokens)
        if role is not None:
            # "feed bread to ducks": the living one; "feeds chicken to his dog": the food.
            obj["category"] = next((c for c in senses if (c in FOOD_CATEGORIES) == (role == "food")), obj["category"])
            continue
        if head["dep"] == "dobj" and tokens[head["head"]]["lemma"].lower() == "play" and "sport" in senses and not any(t["head"] == obj["head"] and t["dep"] in ("det", "poss", "nummod") for t in tokens):
            obj["category"] = "sport"  # "playing baseball" is the game, "playing with a baseball" the ball
            continue
        if obj["lemma"] in CROWD_SENSES:
            # Fans at a game are people ("in front of the fans"); elsewhere they blow ("two fans on a table").
            crowd = head["tag"] in PLURAL_TAGS and _among_games(tokens, lexicon)
            obj["category"] = next((c for c in senses if (c == "role") == crowd), obj["category"])
            continue
        if "place" in senses and head["dep"] == "pobj" and tokens[head["head"]]["text"].lower() in INTO_A_PLACE:
            obj["category"] = "place"  # "a goat that is in a pen"
            continue
        food = cooked or company & FOOD_CATEGORIES
        obj["category"] = next((c for c in senses if c in company or (food and c in FOOD_CATEGORIES)), obj["category"])


def _feeding_role(i: int, tokens: list[dict]) -> str | None:
    """ "fed" for who is fed ("feeding |the ducks|", "feed bread to |ducks|", "feeds |the ducks|
    bread"), "food" for what is given ("feeds |chicken| to his dog"), None elsewhere."""
    head, dep = tokens[i]["head"], tokens[i]["dep"]
    role = "fed"
    if dep == "pobj" and tokens[head]["text"].lower() == "to":
        head = tokens[head]["head"]
    elif dep == "dobj" and any(t["head"] in (head, i) and (t["dep"] == "dative" or t["text"].lower() == "to") for t in tokens):
        role = "food"
    elif dep not in ("dobj", "dative"):
        return None
    return role if tokens[head]["lemma"].lower() == "feed" else None


def _between_hyphens(tokens, i: int) -> bool:
    """Whether token i is glued by hyphens on both sides: "year" of "3-year-old"."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1]["text"] == "-" and tokens[i - 1]["ws"] == "" and tokens[i]["ws"] == "" and tokens[i + 1]["text"] == "-"


def _at_home(i: int, tokens) -> bool:
    """ "nobody is home", "the kids are home": "home" bare after "be" is where one is, as
    "at home"; "a home", "his home", "is a home" name the place."""
    token = tokens[i]
    if token["text"].lower() != "home" or token["dep"] not in ("attr", "npadvmod", "acomp"):
        return False
    return tokens[token["head"]]["lemma"] == "be" and not any(t["head"] == i for t in tokens)


def _described_object(i, tokens, tree, object_at):
    """The object an attribute-like token describes: up its modifier chain to a noun, or the
    subject of a linking verb ("the car is red") or of the verb itself ("a dog sitting")."""
    seen = set()
    while i is not None and i not in seen:
        seen.add(i)
        head = tree.heads[i]
        if head is None:
            return _subject_of(i, tokens, tree, object_at) if tokens[i]["pos"] in ("VERB", "AUX") else None
        dep = tokens[i]["dep"]
        if head in object_at:
            if dep == "relcl" and tokens[i]["pos"] in ("VERB", "AUX"):
                # A clause of its own subject: "a bedroom where one person is sitting" -> the person sits.
                return _subject_of(i, tokens, tree, object_at)
            return object_at[head]
        if dep == "oprd" and tokens[head]["pos"] == "VERB":
            taken = next((c for c in tree.children[head] if tokens[c]["dep"] == "dobj" and c in object_at), None)
            if taken is not None:
                return object_at[taken]  # what the verb leaves so: "holding the door open" -> the door is open
        if dep in ("acomp", "attr", "oprd") or (tokens[head]["pos"] in ("VERB", "AUX") and tokens[head]["lemma"] in LINKING_VERBS):
            return _subject_of(head, tokens, tree, object_at)
        if tokens[head]["pos"] in ("ADJ", "NUM", "ADV") or (tokens[head]["pos"] == "VERB" and tokens[head]["dep"] in ("amod", "acl")):
            i = head  # "bright pink shoe", "red and white bus", "white lighted bathroom"
            continue
        if tokens[head]["pos"] in ("VERB", "AUX") and dep in ("advmod", "conj", "xcomp", "ccomp", "dep", "npadvmod"):
            return _subject_of(head, tokens, tree, object_at)
        if tokens[head]["pos"] == "ADP":
            doer = _subject_of(i, tokens, tree, object_at) if dep == "pcomp" and tokens[i]["pos"] == "VERB" else None
            # "stops the ball from entering", "with his owner swimming behind him": who does it
            return doer if doer is not None else _prep_subject(head, tokens, tree, object_at)
        return None
    return None


# Parts of speech an attribute can have; other words only as a count, a number word or an amod.
ATTRIBUTE_POS = {"NOUN", "PROPN", "NUM", "ADJ", "VERB", "ADV"}
ATTRIBUTE_DEPS_ADJ = {"amod", "acomp", "attr", "oprd", "conj", "ROOT", "advmod", "npadvmod", "compound", "nmod", "appos", "ccomp", "xcomp", "dep", "nsubj", "pobj", "dobj"}


def _attributes(tokens, lower, tree, lexicon, object_at, quantity, in_multiword, bare):
    attributes = []
    for i, token in enumerate(tokens):
        if i in in_multiword:
            continue
        pos, tag, dep, lemma = token["pos"], token["tag"], token["dep"], token["lemma"]
        word = lower[i]
        if pos not in ATTRIBUTE_POS and dep != "amod" and word not in NUMBER_WORDS and i not in quantity:
            continue  # no branch below takes it: spare the lexicon look-ups
        if not _has_word(token):
            continue  # a hyphen the tagger called a noun ("cross - country")
        if _in_a_set_phrase(tokens, i):
            continue
        of = None
        if i in quantity:
            category, of = "quantity", object_at.get(quantity[i])
        elif pos in NOUNS and tree.heads[i] is not None and i in bare:  # _objects asked _is_bare_attribute
            head = tree.heads[i]
            of = _prep_subject(head, tokens, tree, object_at) if tokens[head]["pos"] == "ADP" else _subject_of(head, tokens, tree, object_at)
            category = _attribute_category(lemma, word, lexicon)
        elif pos in NOUNS and _is_noun_modifier(i, tokens, tree):
            if "of" in lower[i : tree.heads[i]]:
                continue  # a name made with "of" ("a cup of coffee"): neither "cup" nor "of" describes it
            if object_at.get(i) not in (None, i) and token["ws"] == "" and lower[i + 1 : i + 2] == ["-"]:
                continue  # the first part of a hyphenated name ("t" of "t-shirt") describes nothing alone
            category = _attribute_category(lemma, word, lexicon) or "kind"  # "chocolate cake", "city street", "garbage and police trucks"
        elif pos in NOUNS and i in object_at and (dish := _dish_of(i, tokens, tree, lexicon, object_at)) is not None:
            category, of = "topping", dish  # "a pizza with ham and pineapple", "topped with cheese": what the dish is made with
        elif pos in NOUNS and _is_bare_in_or_with(i, tokens, tree) and lexicon.category("objects", lemma) not in PLACE_CATEGORIES:
            # "a man in uniform", "a man with beard", "covered in glitter": a look, not a thing placed
            head = tree.heads[i]
            of = _prep_subject(head, tokens, tree, object_at)
            category = _attribute_category(lemma, word, lexicon) or "appearance"
        elif pos in NOUNS and object_at.get(i) == i and (wearer := _wearer_of(i, tokens, tree, lexicon, object_at)) is not None:
            category, of = "worn", wearer  # "a man in a suit", "a woman wearing sunglasses": how a person looks
            lemma = _object_lemma(i, tokens, lexicon)
        elif pos in NOUNS and object_at.get(i) == i and (holder := _holder_of(i, tokens, tree, lexicon, object_at)) is not None:
            category, of = "content", holder  # "a vase of tulips", "a bowl of apples": what fills a container
            lemma = _object_lemma(i, tokens, lexicon)
        elif pos == "NUM" or (word in NUMBER_WORDS and dep == "nummod"):
            if dep not in ("nummod", "amod", "det", "compound", "quantmod", "nsubj", "attr", "conj", "appos"):
                continue
            category = "number"
        elif pos == "ADJ" or (dep == "amod" and pos != "VERB" and _attribute_category(lemma, word, lexicon) is not None):
            if dep not in ATTRIBUTE_DEPS_ADJ or (word in ("next", "close") and _next_word(tokens, i) != "up"):
                continue  # "next to", "close to" are relations; "a close up" is a kind of view
            category = _attribute_category(lemma, word, lexicon)
        elif pos == "VERB" and tag in ("VBN", "VBG") and dep == "amod":
            category = _verb_attribute_category(lemma, word, tag, lexicon) or "state"  # "parked car", "sliced apple", "running water"
        elif pos == "VERB" and lemma not in LINKING_VERBS and (tag in ("VBG", "VBN") or tree.child(i, OBJECT_DEPS) is None):
            # Participles describe their subject ("a man cutting a cake", "a car parked"), and so
            # does a verb with no object ("zebras graze"); with an object it is also a relation.
            category = _verb_attribute_category(lemma, word, tag, lexicon) or "action"
        elif pos == "ADV" and dep == "advmod" and _modifies_attribute(tree.heads[i], tokens):
            category = _attribute_category(lemma, word, lexicon) or "degree"  # "elaborately decorated", "bright pink"
        else:
            continue
        if of is None:
            of = _described_object(i, tokens, tree, object_at)
        if of is None and pos in ("ADJ", "ADV", "VERB") and dep not in ("amod", "acomp", "conj"):
            continue  # describes no object ("ready to eat", "it is raining")
        # Numbers and participles are named as they read ("two", "parked"), as the lexicon lists them.
        named = word if pos == "NUM" or (pos == "VERB" and dep == "amod") else lemma
        attributes.append(_concept(tokens, "attribute", i, i + 1, i, named, category, of=of))
    return attributes


# Words that join two properties ("black and white cat"): never read as one attribute unless hyphenated.
COORDINATORS = {"and", "or", "&", ","}


def _attribute_phrases(tokens, lower, lexicon, in_multiword) -> list[tuple[int, int, tuple[str, ...]]]:
    """Attributes the lexicon lists as several words, read as one: "long-haired", "snow
    covered", "brightly lit", "upside down". Words joined by hyphens always; words apart by
    spaces only where they cannot be a verb and its particle ("kids run down the hill") nor
    two properties joined ("black and white")."""
    by_first = lexicon.attributes_by_first_word
    if not by_first:
        return []
    found = []
    end = 0
    n = len(tokens)
    for i in [i for i, word in enumerate(lower) if word in by_first]:  # few words start one
        if i < end or i in in_multiword:
            continue
        for phrase in by_first[lower[i]]:
            j, glued, ok = i, True, True
            for k in range(1, len(phrase)):
                if j + 2 < n and lower[j + 1] == "-" and tokens[j]["ws"] == "" and tokens[j + 1]["ws"] == "":
                    j += 2  # "long-haired": spaCy splits at the hyphen
                elif j + 1 < n and tokens[j]["ws"] != "":
                    j += 1
                    glued = False
                else:
                    ok = False
                    break
                if lower[j] != phrase[k] or j in in_multiword:
                    ok = False
                    break
            if not ok:
                continue
            if not glued:
                if any(w in COORDINATORS for w in phrase):
                    continue
                if tokens[i]["pos"] in ("VERB", "AUX") and tokens[j]["dep"] not in ("amod", "compound"):
                    continue  # "people run down the street": a verb and its particle
            end = j + 1
            found.append((i, end, phrase))
            break
    return found


def _with_phrases(attributes, phrases, tokens, tree, lexicon, object_at) -> list[dict]:
    """The attributes with each phrase one concept in place of the words' own."""
    for start, end, phrase in phrases:
        inside = [c for c in attributes if start <= c["start"] and c["end"] <= end]
        if any(c["category"] == "number" for c in inside):
            continue  # "two-story": a count stays a count
        of = next((c["of"] for c in reversed(inside) if c["of"] is not None), None)
        if of is None:
            for k in (end - 1, start):
                of = _described_object(k, tokens, tree, object_at)
                if of is not None:
                    break
        if of is None and tokens[end - 1]["dep"] not in ("amod", "acomp", "conj", "compound", "attr"):
            continue
        if of is not None and start <= of < end:
            continue  # the phrase names its own object ("a close up"): no property of another
        words = " ".join(phrase)
        lemma = lexicon.entry("attributes", words) or words
        category = lexicon.category("attributes", words)
        concept = _concept(tokens, "attribute", start, end, end - 1, lemma, category, of=of)
        attributes = [c for c in attributes if c not in inside]
        attributes.append(concept)
    attributes.sort(key=itemgetter("start"))
    return attributes


def _attribute_category(lemma: str, word: str, lexicon: Lexicon) -> str | None:
    return lexicon.category("attributes", lemma) or lexicon.category("attributes", word)


def _verb_attribute_category(lemma: str, word: str, tag: str, lexicon: Lexicon) -> str | None:
    """The attribute category of a word the tagger made a verb. A participle is looked up as
    the lexicon lists it ("sitting", "parked"); a finite verb only as it reads, never by its
    lemma or a plural-looking form that is a noun attribute ("a light rain falls" is no season,
    "fall")."""
    if tag in ("VBG", "VBN"):
        # As it reads: its lemma may be another word's ("topped" is no "top", "steamed" no "steam").
        return lexicon.category("attributes", word)
    listed = lexicon.entry("attributes", word)
    if listed is None or key(listed) != key(word):
        return None
    return lexicon.category("attributes", word)


def _is_noun_modifier(i: int, tokens, tree) -> bool:
    """A noun before the noun it modifies ("city street"), or coordinated with one ("garbage
    and police trucks")."""
    head = tree.heads[i]
    if head is None or head < i:
        return False
    dep = tokens[i]["dep"]
    if dep in ("compound", "nmod", "npadvmod", "amod"):
        return True
    return dep == "conj" and tokens[head]["dep"] == "compound" and tokens[head]["pos"] in NOUNS


# Things one is in, not a look one wears: "standing in field" is a place, "in uniform" a look.
PLACE_CATEGORIES = {"building", "building_part", "structure", "street", "room", "place", "terrain", "region", "vehicle", "furniture", "container", "time", "event"}


def _is_bare_in_or_with(i: int, tokens, tree) -> bool:
    """A singular noun with no determiner right after "in" or "with": "in uniform", "with beard"."""
    head = tree.heads[i]
    return (
        tokens[i]["dep"] == "pobj"
        and tokens[i]["tag"] == "NN"
        and head == i - 1
        and tokens[head]["text"].lower() in ("in", "with")
        and not tree.children[i]
    )


FOOD_CATEGORIES = {"food", "fruit", "vegetable", "dessert", "meal", "drink"}


def _dish_of(i: int, tokens, tree, lexicon, object_at) -> int | None:
    """The dish a food noun is an ingredient of: "a pizza with ham", "a pizza topped with cheese
    and meat" (conjuncts included); None for anything else."""
    noun = i
    while tokens[i]["dep"] == "conj" and tree.heads[i] is not None:
        i = tree.heads[i]
    preposition = tree.heads[i]
    if tokens[i]["dep"] != "pobj" or preposition is None or tokens[preposition]["text"].lower() != "with":
        return None
    if lexicon.category("objects", _object_lemma(noun, tokens, lexicon)) not in FOOD_CATEGORIES:
        return None  # asked after the tree: most nouns hang on no "with"; "greens" are no golf green
    dish = tree.heads[preposition]
    if dish is not None and dish not in object_at and tokens[dish]["pos"] == "VERB":
        dish = _subject_of(dish, tokens, tree, object_at)  # "topped with": the pizza that is topped
        # "a pizza in a pan topped with cheese": the dish the pan holds, not the pan
        seen = set()
        while dish is not None and dish not in seen and lexicon.category("objects", tokens[dish]["lemma"]) not in FOOD_CATEGORIES:
            seen.add(dish)
            prep = tree.heads[dish]
            if tokens[dish]["dep"] != "pobj" or prep is None or tokens[prep]["text"].lower() not in ("in", "on") or tree.heads[prep] is None:
                break
            dish = object_at.get(tree.heads[prep])
    else:
        dish = object_at.get(dish)
    if dish is None or dish == object_at.get(i) or lexicon.category("objects", tokens[dish]["lemma"]) not in FOOD_CATEGORIES:
        return None
    return dish


# Attribute categories of objects that describe another: they are objects still (swap moves
# them as objects), and replace gives them another thing of their kind.
DESCRIBING_OBJECTS = ("worn", "content")
# Hypernyms of what a person or animal wears or has on ("a man in a suit", "with a beard").
WORN_KINDS = ("clothing", "eyewear", "jewelry", "facial hair")
WEARER_CATEGORIES = {"person", "role", "family", "animal"}
# Hypernyms of what a container may be filled with ("a vase of flowers", "a bowl of apples").
CONTENT_CATEGORIES = {"food", "fruit", "vegetable", "dessert", "drink", "plant"}
HOLDER_CATEGORIES = {"container", "kitchenware"}
# Holders that are no container the lexicon files as one: "a bouquet of tulips".
HOLDERS = {"bouquet", "vase", "basket", "bunch"}


def _object_lemma(i: int, tokens, lexicon) -> str:
    """A noun's lemma as its object has it: plural-only nouns keep their form ("glasses")."""
    return tokens[i]["text"].lower() if _plural_only(i, tokens, lexicon) else tokens[i]["lemma"]


def _plural_only(i: int, tokens, lexicon) -> bool:
    """Whether the noun at i is one the lexicon lists in its plural ("glasses", "scissors"),
    and not a plural of what holds a drink or a food: "glasses of red wine" are glasses one
    drinks from ("glasses of a dark color" are worn)."""
    token = tokens[i]
    if token["tag"] not in PLURAL_TAGS or lexicon.entry("objects", token["text"]) != token["text"].lower():
        return False
    if i + 1 == len(tokens) or tokens[i + 1]["text"].lower() != "of" or tokens[i + 1]["head"] != i or lexicon.category("objects", token["lemma"]) not in HOLDER_CATEGORIES:
        return True
    held = [t for t in tokens[i + 2 :] if t["head"] == i + 1 and t["dep"] == "pobj"]
    return not any(lexicon.category("objects", t["lemma"]) in CONTENT_CATEGORIES for t in held)


def _coordinated_head(i: int, tokens, tree) -> int:
    """The first of coordinated nouns: "cheese" of "cheese and meat"."""
    seen = set()
    while tokens[i]["dep"] == "conj" and tree.heads[i] is not None and i not in seen:
        seen.add(i)
        i = tree.heads[i]
    return i


def _wearer_of(i: int, tokens, tree, lexicon, object_at) -> int | None:
    """The person (or animal) a worn thing describes: "a man in a suit", "a woman with glasses
    and a hat", "a man wearing sunglasses"; None for anything else ("a bag with a shirt")."""
    if not _worn(tokens[i], lexicon):
        return None
    k = _coordinated_head(i, tokens, tree)
    head = tree.heads[k]
    if head is None:
        return None
    if tokens[k]["dep"] == "pobj" and tokens[head]["text"].lower() in ("in", "with"):
        wearer = _prep_subject(head, tokens, tree, object_at)
    elif tokens[k]["dep"] in ("dobj", "obj") and tokens[head]["lemma"] == "wear":
        wearer = _subject_of(head, tokens, tree, object_at)
    else:
        return None
    if wearer is None or wearer == i or lexicon.category("objects", tokens[wearer]["lemma"]) not in WEARER_CATEGORIES:
        return None
    return wearer


def _holder_of(i: int, tokens, tree, lexicon, object_at) -> int | None:
    """The container a food or plant fills: "a vase of tulips", "a bowl of apples and pears"."""
    k = _coordinated_head(i, tokens, tree)
    of = tree.heads[k]
    if tokens[k]["dep"] != "pobj" or of is None or tokens[of]["text"].lower() != "of":
        return None
    holder = tree.heads[of]
    if holder is None or object_at.get(holder) != holder:
        return None
    if lexicon.category("objects", tokens[holder]["lemma"]) not in HOLDER_CATEGORIES and tokens[holder]["lemma"] not in HOLDERS:
        return None
    if lexicon.category("objects", tokens[i]["lemma"]) not in CONTENT_CATEGORIES:
        return None
    return holder


_WORN = frozenset(WORN_KINDS)


def _next_word(tokens, i) -> str:
    return tokens[i + 1]["text"].lower() if i + 1 < len(tokens) else ""


def _modifies_attribute(head: int | None, tokens) -> bool:
    """An adverb on an adjective or a participle: "bright pink", "neatly made"."""
    if head is None:
        return False
    return tokens[head]["pos"] == "ADJ" or (tokens[head]["pos"] == "VERB" and tokens[head]["dep"] == "amod")


# Verbs that keep their object from doing something: what follows "from" is the object's doing.
KEEPING_VERBS = {"stop", "keep", "prevent", "block", "protect", "save", "prohibit", "ban", "discourage", "hold back"}


def _subject_of(verb, tokens, tree, object_at):
    """The object doing what ``verb`` says: its subject, or the noun a participle clause hangs on."""
    seen = set()
    while verb is not None and verb not in seen:
        seen.add(verb)
        subject = tree.child(verb, SUBJECT_DEPS)
        if subject is not None and subject in object_at:
            return object_at[subject]
        dep = tokens[verb]["dep"]
        head = tree.heads[verb]
        if head is None:
            return None
        if dep in ("acl", "relcl") and head in object_at:
            return object_at[head]  # "a man riding a horse", "a man who rides a horse"
        if dep == "pcomp" and tokens[head]["text"].lower() == "from" and (keeper := tree.heads[head]) is not None and tokens[keeper]["lemma"].lower() in KEEPING_VERBS:
            held = tree.child(keeper, ("dobj",))
            if held is not None and held in object_at:
                return object_at[held]  # "stops the ball from entering the net": the ball enters
        if dep in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "prep", "aux"):
            verb = head  # "a man standing and holding a kite": holding shares the subject
            continue
        if head in object_at and dep in ("amod", "appos", "dep"):
            return object_at[head]
        return None
    return None


def _object_of_prep(prep, tokens, tree, object_at):
    pobj = tree.child(prep, ("pobj", "pcomp", "dobj"))
    if pobj is not None and pobj in object_at:
        return object_at[pobj]
    return None


# Relation categories whose verbs keep their own way ("stick out of", "grow out of", "spill out of").
WAYS_OF_THEIR_OWN = {"protruding", "growing", "spilling"}


def _relations(tokens, lower, tree, lexicon, object_at, multiword, in_multiword, quantity):
    """Verbs with an object, prepositions and spatial adverbs, as relations between objects."""
    relations = []
    # "of" after "a group" only counts; it relates nothing.
    merged_preps: set[int] = {tree.child(q, ("prep",)) for q in quantity}

    # Verbs: "riding", "looking at", "sitting on" (the preposition joins when it directly follows).
    for i, token in enumerate(tokens):
        if token["pos"] != "VERB" or token["dep"] == "amod" or token["lemma"] == "be":
            continue
        end = i + 1
        while end < len(tokens) and tokens[end]["dep"] == "prt" and tokens[end]["head"] == i:
            end += 1
        subj = _subject_of(i, tokens, tree, object_at)
        # What is handed before who receives it: "hands her son |an ice cream cone|".
        # A real object before a predicate: "holding open |the door|" holds the door, open.
        dobj = tree.child(i, ("dobj", "obj")) or tree.child(i, ("attr", "oprd"))
        if dobj is None:
            dobj = tree.child(i, ("dative",))
        obj = object_at.get(dobj) if dobj is not None else None
        if obj is None:
            # "sitting on", "looking at": a simple preposition right after the verb joins it;
            # a multi-word one ("sits in front of") stays a relation of its own.
            prep = end if end < len(tokens) and tokens[end]["dep"] == "prep" and tokens[end]["head"] == i else None
            if prep is not None and prep not in in_multiword:
                obj = _object_of_prep(prep, tokens, tree, object_at)
                if obj is not None:
                    merged_preps.add(prep)
                    end = prep + 1
            elif prep is not None and (last := next((e for b, e in multiword if b == prep), None)) is not None and lexicon.category("relations", " ".join([token["lemma"], *lower[prep:last]])) in WAYS_OF_THEIR_OWN:
                # A verb the lexicon lists with a phrase of its own way: "sticking |out of| a pot"
                # is one relation ("stick out of"), never a way of going ("sticking along a pot").
                # ("sitting |on top of|" stays two: the posture and the place change apart.)
                obj = _object_of_prep(last - 1, tokens, tree, object_at) or _object_of_prep(prep, tokens, tree, object_at)
                if obj is not None:
                    merged_preps.update(range(prep, last))
                    end = last
        if subj is None and obj is None:
            continue
        # A verb with no object ("a dog running") is a relation with obj null, and also an
        # attribute (state) of its subject: benchmarks and users edit it as either.
        lemma = " ".join([token["lemma"]] + lower[i + 1 : end])
        category = lexicon.category("relations", lemma) or lexicon.category("relations", token["lemma"]) or "action"
        if category in WAYS_OF_BEING_NEAR and obj is None and tree.child(i, ("auxpass", "aux")) is not None:
            continue  # "A toilet lid is closed": shut (its openness), no way of being near ("is far next to a bathtub" never)
        relations.append(_concept(tokens, "relation", i, end, i, lemma, category, subj=subj, obj=obj))

    # Prepositions, multi-word ones as one concept.
    spans = {start: end for start, end in multiword}
    for i, token in enumerate(tokens):
        if i in merged_preps or (i and _in_a_paired_idiom(tokens, i - 1) and _in_a_paired_idiom(tokens, i + 1)):
            continue  # the "by" of "side by side" places nothing
        if i in spans:
            start, end = i, spans[i]
            last = end - 1
        elif token["dep"] in ("prep", "agent") and i not in in_multiword and token["pos"] in ("ADP", "SCONJ", "ADV"):
            start, end, last = i, i + 1, i
        elif token["pos"] in ("ADV", "ADP") and token["dep"] in ("advmod", "prt") and token["lemma"] in SPATIAL_ADVERBS and i not in in_multiword:
            start, end, last = i, i + 1, i  # "people sitting outside", "two giraffes stand together"
        elif worn_on_or_off(i, tokens):
            start, end, last = i, i + 1, i  # "has headphones on": they are on her
        else:
            continue
        obj = _object_of_prep(last, tokens, tree, object_at)
        if obj is None and last != start:
            obj = _object_of_prep(start, tokens, tree, object_at)
            # "in front of": spaCy hangs "of" under "front"; look below the phrase's nouns too.
            for j in range(start, end):
                for c in tree.children[j]:
                    if obj is None and tokens[c]["dep"] == "prep":
                        obj = _object_of_prep(c, tokens, tree, object_at)
        subj = _prep_subject(start, tokens, tree, object_at)
        if obj is None and subj is None:
            continue
        if obj is None and lower[start] == "by" and any(lower[c] in REFLEXIVES for c in tree.children[start]):
            continue  # "all by itself" is alone, no place: never "all under itself"
        lemma = " ".join(lower[start:end])
        category = lexicon.category("relations", lemma) or "spatial"
        relations.append(_concept(tokens, "relation", start, end, start, lemma, category, subj=subj, obj=obj))
    relations.sort(key=itemgetter("start"))
    return relations


REFLEXIVES = {"itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves", "oneself", "themself"}


def worn_on_or_off(k: int, tokens) -> bool:
    """Token k is the "on" or "off" of "has headphones |on|", "with his hat |off|": how a thing
    one has is worn, after it, with no object of its own."""
    t = tokens[k]
    if t["text"].lower() not in ("on", "off") or t["dep"] not in ("prt", "advmod") or t["head"] >= k:
        return False
    thing = tokens[t["head"]]
    if thing["pos"] not in ("NOUN", "PROPN") or any(u["head"] == k for u in tokens):
        return False
    holder = tokens[thing["head"]]
    return (thing["dep"] == "dobj" and holder["lemma"].lower() in ("have", "keep", "get")) or (thing["dep"] == "pobj" and holder["text"].lower() == "with")


def _prep_subject(prep, tokens, tree, object_at):
    head = tree.heads[prep]
    seen = set()
    while head is not None and head not in seen:
        seen.add(head)
        if head in object_at:
            return object_at[head]
        if tokens[head]["pos"] in ("VERB", "AUX"):
            return _subject_of(head, tokens, tree, object_at)
        head = tree.heads[head]  # "next to": prep hangs on an adverb or adjective
    return None


# -- whole records ---------------------------------------------------------------------------


def parse_doc(doc, model: str, lexicon: Lexicon | None = None, text: str | None = None) -> dict:
    """The parse of ``doc``; ``text``, when given, is the caption ``doc`` was made from by
    :func:`spacy_text`, whose spelling the tokens take back."""
    lexicon = lexicon or builtin()
    tokens = tokens_from_doc(doc)
    if text is not None and text != doc.text:
        _respell(tokens, text)
    tokens = repair_singular_lemmas(tokens, lexicon)
    tokens = repair_compounds(tokens, lexicon)
    tokens = repair_verbs_read_as_nouns(tokens, lexicon)
    tokens = repair_verbs_of_joined_subjects(tokens, lexicon)
    tokens = repair_participles_read_into_a_place(tokens, lexicon)
    tokens = repair_participles_read_into_a_thing(tokens, lexicon)
    tokens = repair_participles_read_as_adjectives(tokens, lexicon)
    tokens = repair_lists_read_as_appositions(tokens, lexicon)
    tokens = repair_conjuncts_read_as_appositions(tokens, lexicon)
    tokens = repair_participles_read_into_an_apposition(tokens, lexicon)
    tokens = repair_participles_read_as_nouns(tokens, lexicon)
    tokens = repair_whos_read_onto_things(tokens, lexicon)
    tokens = repair_participles_read_as_joined_verbs(tokens, lexicon)
    tokens = repair_pairs_read_as_one_thing(tokens, lexicon)
    tokens = repair_plain_forms_read_as_past(tokens, lexicon)
    tokens = repair_roots_read_as_nouns(tokens, lexicon)
    tokens = repair_subjects_read_as_adjectives(tokens, lexicon)
    tokens = repair_verbs_read_as_their_subjects_noun(tokens, lexicon)
    tokens = repair_verbs_read_after_their_subject(tokens, lexicon)
    tokens = repair_verbs_read_after_an_object(tokens, lexicon)
    tokens = repair_doers_read_into_a_participle(tokens, lexicon)
    tokens = repair_verbs_read_after_many(tokens, lexicon)
    tokens = repair_verbs_read_into_a_subjects_phrase(tokens, lexicon)
    tokens = repair_verbs_read_into_a_phrase(tokens, lexicon)
    tokens = repair_verbs_read_as_compounds(tokens, lexicon)
    tokens = repair_objects_read_past_their_preposition(tokens, lexicon)
    tokens = repair_participles_read_as_verbs_after_a_preposition(tokens, lexicon)
    tokens = repair_cuts_read_as_nouns(tokens, lexicon)
    tokens = repair_nouns_read_as_verbs(tokens, lexicon)
    tokens = repair_counted_nouns_read_as_verbs(tokens, lexicon)
    tokens = repair_open_read_as_a_verb(tokens, lexicon)
    tokens = repair_participles_read_as_roots(tokens, lexicon)
    tokens = repair_things_read_as_adjectives(tokens, lexicon)
    tokens = repair_verbs_read_as_adjectives_after_to(tokens, lexicon)
    tokens = repair_words_read_as_names(tokens, lexicon)
    tokens = repair_colours_read_as_nouns(tokens, lexicon)
    tokens = repair_prepositions_read_as_adjectives(tokens, lexicon)
    tokens = repair_articles_read_into_a_compound(tokens, lexicon)
    tokens = repair_subjects_left_as_compounds(tokens, lexicon)
    tokens = repair_haves_read_as_auxiliaries(tokens, lexicon)
    tokens = repair_verbs_read_into_a_list(tokens, lexicon)
    tokens = repair_verbs_read_into_what_is_said(tokens, lexicon)
    tokens = repair_verbs_read_as_objects_of_a_noun(tokens, lexicon)
    tokens = repair_things_and_verbs_read_the_other_way(tokens, lexicon)
    tokens = repair_objects_read_as_appositions(tokens, lexicon)
    tokens = repair_particles_read_as_verbs(tokens, lexicon)
    tokens = repair_clothes_read_as_company(tokens, lexicon)
    tokens = repair_participles_read_onto_clothes(tokens, lexicon)
    tokens = repair_nouns_read_as_adverbs(tokens, lexicon)
    tokens = repair_ways_of_skiing_read_as_verbs(tokens, lexicon)
    tokens = repair_things_read_as_participles_before_a_particle(tokens, lexicon)
    tokens = repair_doers_read_as_compounds_of_what_they_do(tokens, lexicon)
    return {"model": model, "tokens": tokens, "concepts": extract_concepts(tokens, lexicon)}


def spacy_text(text: str) -> str:
    """What spaCy reads for ``text``: an all-capitals caption in lower case.

    The small pipeline tags nearly every word of "THERE ARE WOMEN UNDER THE UMBRELLA" as a proper
    noun (singular "WOMEN", no lemma), so operators could not inflect or categorise them. Only
    when lower-casing keeps every character's place, so tokens map back one to one.
    """
    if text.isupper():
        lower = text.lower()
        if len(lower) == len(text):
            return lower
    return text


def _respell(tokens: list[dict], text: str) -> None:
    offset = 0
    for t in tokens:
        end = offset + len(t["text"])
        t["text"] = text[offset:end]
        offset = end + len(t["ws"])


def repair_singular_lemmas(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """A noun the tagger calls singular, which the lexicon knows as it is written and not by
    lemminflect's lemma, is its own lemma: lemminflect makes "pepperoni" a plural of
    "pepperonus" (and swap wrote "a pizza with olive and pepperonuses"). A plural whose first
    lemma names no thing the lexicon knows takes the one that does: "leaves" are leaves of a
    leaf, not of a leave (swap wrote "A tall leave")."""
    for t in tokens:
        if t["tag"] == "NN" and t["pos"] == "NOUN":
            word = t["text"].lower()
            if t["lemma"] != word and lexicon.known(word) and not lexicon.known(t["lemma"]):
                t["lemma"] = word
        elif t["tag"] == "NNS" and t["pos"] == "NOUN" and lexicon.entry("objects", t["lemma"]) != t["lemma"]:
            named = next((lemma for lemma in noun_lemmas(t["text"]) if lexicon.entry("objects", lemma) == lemma), None)
            if named is not None:
                t["lemma"] = named
    return tokens


def repair_compounds(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """Make known multi-word objects one noun compound, whatever the tagger made of them.

    The small English pipeline tags "hydrant" in "a fire hydrant" as an adverb; the lexicon
    knows "fire hydrant" is a thing, so its last word becomes the head noun and the rest its
    compound, with every arc that pointed into the phrase moved to that head.
    """
    by_first = lexicon.objects_by_first_word
    if not by_first:
        return tokens
    words = [t["text"].lower() for t in tokens]
    end = 0
    for i in [i for i, word in enumerate(words) if word in by_first]:  # few words start one
        if i < end:
            continue  # inside the name just made
        follows = words[i + 1] if i + 1 < len(words) else None
        for phrase in by_first[words[i]]:
            n = len(phrase)
            if n > 2 and phrase[1] != follows:
                continue  # the second word rules most out before any slice is made
            # The last word as its lemma, or as written where the lexicon lists it so ("french
            # fries"); a name made with "of" only by its lemma, as what fills "a vase of flowers"
            # is its content.
            last = words[i + n - 1] if i + n <= len(tokens) else None
            if i + n <= len(tokens) and _a_verb_with_its_subject(tokens, i, i + n - 1):
                continue  # "A bus stops at the corner": "a" counts one bus, and "stops" is its verb
            if (phrase in lexicon.hyphenated_apart or "-" in phrase) and i + n < len(tokens) and tokens[i + n]["pos"] in NOUNS and lexicon.entry("objects", tokens[i + n]["lemma"].lower()) is not None:
                continue  # a hyphenated name before a thing names a kind of it: "a double decker sandwich" (not "bus drives"), "a carry-on bag"
            if tuple(words[i : i + n - 1]) == phrase[:-1] and last is not None and (
                (phrase[-1] == lemma_of(last, "NOUN") and _a_noun_form(last, phrase[-1])) or (phrase[-1] == last and "of" not in phrase)
            ):
                end = i + n
                _make_compound(tokens, i, end)
                break
    return tokens


def _a_verb_with_its_subject(tokens: list[dict], first: int, k: int) -> bool:
    """Whether token k, read as a verb in its -s form, has the words from ``first`` as its one
    subject, counted by "a": "A bus |stops" (never "a bus stops", as "two teddy bears" may be)."""
    return (
        0 < first < k and tokens[k]["tag"] == "VBZ" and tokens[k - 1]["dep"] == "nsubj" and tokens[k - 1]["head"] == k
        and tokens[first - 1]["text"].lower() in ("a", "an")
    )


def _a_noun_form(word: str, noun: str) -> bool:
    """Whether ``word`` is the noun ``noun`` or its plural, not a verb's form of it ("a car
    parked on a street" holds no "car park")."""
    return word == noun or word == inflect(noun, "NNS", noun) or not word.endswith(("ed", "ing"))


# Kinds of thing that act on their own, so "a <thing> <verb>s" is a sentence, not a compound.
ACTORS = PEOPLE | {"animal", "vehicle", "collective"}
# Dependents left of a noun that belong to its phrase: "a white [plane]", "his [teammate]".
PHRASE_DEPS = {"det", "predet", "poss", "amod", "compound", "nummod", "quantmod", "nmod"}


def repair_verbs_read_as_nouns(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """Give back their verbs to captions the tagger read as one noun compound.

    The small English pipeline reads "A white plane flies in the sky", "his teammate waits" and
    "an airplane ascending" as compounds ("plane flies", "teammate waits"), so the caption seemed
    to hold objects named "plane flies" and attributes "plane" and "teammate". The same noun may
    also come as the subject of a noun "flies" ("A small plane flies"), or as the compound of a
    word tagged a verb ("A young child smiles"). When that noun is a kind of thing that acts (a
    person, an animal, a vehicle) and the word after it is a verb's -s or -ing form the lexicon
    knows as no thing ("racing", "races" are), the verb is made a verb again: "flies" takes
    "plane" as its subject, "ascending" hangs on "airplane".
    """
    for i, verb in enumerate(tokens):
        noun = tokens[i - 1] if i else None
        if noun is None or noun["dep"] not in ("compound", "nsubj", "npadvmod", "nmod", "amod") or noun["head"] not in (i, verb["head"]):
            continue  # "a plane flies": "plane" read as the compound or the subject of a noun "flies"
        if noun["head"] != i and not (noun["dep"] in ("amod", "compound") and verb["dep"] == "compound"):
            continue  # "A chef slicing onions", "A band playing guitars": the doer hung on the plural
        taken = _object_read_as_compounded(tokens, i) if verb["dep"] == "compound" else None
        if verb["dep"] == "compound" and taken is None:
            continue
        if verb["pos"] != "NOUN" and not (verb["tag"] == "VBZ" and noun["dep"] == "compound"):
            continue  # a verb the parser hangs a noun phrase on ("A young child smiles") is one too
        word = verb["text"].lower()
        tag = "VBZ" if word.endswith("s") else "VBG" if word.endswith("ing") else None
        if taken is not None and tag != "VBG":
            continue
        if tag is None or noun["pos"] not in NOUNS or not noun["ws"]:
            continue
        thing = lexicon.entry("objects", word) is not None or lexicon.entry("objects", verb["lemma"]) is not None
        # Its way, or its purpose: "swings |at a pitch", "A bus stops |to pick up passengers".
        way = i + 1 < len(tokens) and tokens[i + 1]["pos"] == "ADP" and tokens[i + 1]["head"] == i
        purpose = i + 2 < len(tokens) and tokens[i + 1]["tag"] == "TO" and tokens[i + 2]["tag"] == "VB" and tokens[i + 2]["head"] == i
        related = (way or purpose) and tag == "VBZ" and _a_related_verb(lexicon, lemma_of(word, "VERB"))
        if thing and not related:
            continue  # a thing after all: "horse racing", "dog races"; not "A batter swings at a pitch"
        if lexicon.entry("objects", f"{noun['text'].lower()} {verb['lemma']}") is not None and not (related and purpose):
            continue  # "traffic lights with", "a bus stop"; not "A bus stops to pick up passengers"
        if lexicon.category("objects", noun["lemma"]) not in ACTORS:
            continue  # "banana peels", "tree limbs", "island dressing" are things
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, tag) != word:
            continue
        if taken is not None:
            _make_verb_with_object(tokens, i, taken, lemma)
        else:
            _make_verb(tokens, i, tag, lemma)
    return tokens


def repair_verbs_of_joined_subjects(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """Give back its verb to a caption whose joined subjects the tagger read as ending in a
    compound: "Two zebras and a giraffe stand in a field" held a "giraffe stand" and no verb.
    With no verb in the caption, the last conjunct of its root a verb's plain form ("stand",
    "rest") after a kind of thing that acts, the word becomes the verb the joined nouns do.
    With the verb read, the last subject may hang on it as a compound ("A zebra and its foal
    walk"): it becomes the first one's conjunct."""
    for k, t in enumerate(tokens):
        verb = t["head"]
        if t["dep"] == "compound" and t["pos"] == "NOUN" and verb == k + 1 and tokens[verb]["pos"] == "VERB":
            cc = next((j for j in range(k - 1, -1, -1) if tokens[j]["dep"] == "cc"), None)
            first = tokens[cc]["head"] if cc is not None else None
            if first is not None and first < cc and tokens[first]["dep"] == "nsubj" and tokens[first]["head"] == verb:
                t.update(dep="conj", head=first)  # "A zebra and its foal walk": the foal walks too
    if any(t["pos"] in ("VERB", "AUX") for t in tokens):
        return tokens
    for i, verb in enumerate(tokens):
        first = verb["head"]
        if not (i > 1 and verb["dep"] == "conj" and verb["pos"] == "NOUN" and tokens[first]["dep"] == "ROOT" and first < i - 1):
            continue
        noun = tokens[i - 1]
        word = verb["text"].lower()
        if noun["dep"] != "compound" or noun["head"] != i or lexicon.category("objects", noun["lemma"]) not in ACTORS:
            continue
        if word != lemma_of(word, "VERB") or not _a_related_verb(lexicon, word) or lexicon.entry("objects", f"{noun['text'].lower()} {word}") is not None:
            continue  # "a dog bed", "a bus stop": things
        for k in range(i - 1):
            if tokens[k]["head"] == i and tokens[k]["dep"] in PHRASE_DEPS:
                tokens[k]["head"] = i - 1  # "a" counts the giraffe
        noun.update(dep="conj", head=first)
        for k in range(i + 1, len(tokens)):
            if tokens[k]["head"] == first and tokens[k]["dep"] in ("punct", "prep"):
                tokens[k]["head"] = i  # the full stop and the place phrase follow the new root
        tokens[first].update(dep="nsubj", head=i)
        verb.update(pos="VERB", tag="VBP", lemma=word, dep="ROOT", head=i)
        break
    return tokens


_RELATED_VERBS: dict[int, tuple] = {}  # id of a lexicon -> (the lexicon, the first words of its relations)


def _a_related_verb(lexicon: Lexicon, lemma: str) -> bool:
    """Whether the lexicon relates ``lemma``, alone or with its way ("stop" of "stop at")."""
    held = _RELATED_VERBS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        held = _RELATED_VERBS[id(lexicon)] = (lexicon, frozenset(p.split(" ")[0] for phrases in lexicon.relations.values() for p in phrases))
    return lemma in held[1]


def _object_read_as_compounded(tokens: list[dict], i: int) -> int | None:
    """The noun that token i, a word the parser made one more compound of it, may take as its
    object: "A farmer feeding chickens" read as one thing named "farmer feeding chickens". The
    words between them must hang on that noun too ("feeding baby chickens"), and "a" before
    a plural says the compound is no one thing ("a horse walking sign" is one)."""
    head = tokens[i]["head"]
    if head <= i or tokens[head]["pos"] not in NOUNS or tokens[head]["tag"] not in ("NNS", "NNPS"):
        return None
    if any(tokens[k]["head"] != head for k in range(i + 1, head)):
        return None
    if not (i >= 2 and tokens[i - 2]["text"].lower() in ("a", "an") and tokens[i - 2]["head"] in (i - 1, i, head)):
        return None
    return head


def _make_verb_with_object(tokens: list[dict], i: int, taken: int, lemma: str) -> None:
    """Token i an -ing verb, token i-1 the noun it was compounded with, ``taken`` the noun it
    was compounded into: the noun takes the phrase's place and its words on its left, the verb
    hangs on it and takes ``taken`` as its object."""
    verb, noun, thing = tokens[i], tokens[i - 1], tokens[taken]
    for k in range(i - 1):
        if tokens[k]["head"] in (i, taken) and tokens[k]["dep"] in PHRASE_DEPS:
            tokens[k]["head"] = i - 1
    root = thing["head"] == taken
    noun.update(dep=thing["dep"], head=i - 1 if root else thing["head"])
    for t in tokens:
        if t is not thing and t["head"] == taken and t["dep"] == "punct" and root:
            t["head"] = i - 1  # the sentence's full stop follows its new root
    thing.update(dep="dobj", head=i)
    verb.update(dep="acl", head=i - 1, pos="VERB", tag="VBG", lemma=lemma)


def repair_participles_read_into_a_place(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A dog lying on a couch chewing toys": the tagger reads "a couch chewing toys" as one
    noun phrase, toys of a couch kind that chew, under "a" (which counts one). Where "a" and a
    singular noun stand before an -ing word and a plural hung on the place's preposition, the
    singular noun is the place, the -ing word a verb of the one who is there (the clause's own
    verb, or the noun the preposition hangs on), and the plural its object. A thing that acts
    before it ("a farmer feeding chickens") is left to :func:`repair_verbs_read_as_nouns`."""
    for i, verb in enumerate(tokens):
        if i < 3 or verb["pos"] not in ("NOUN", "VERB", "ADJ") or verb["dep"] not in ("amod", "compound") or not verb["text"].lower().endswith("ing"):
            continue
        things, place, article = verb["head"], i - 1, i - 2
        if things <= i or tokens[things]["dep"] != "pobj":
            continue
        while article > 0 and tokens[article]["dep"] == "amod" and tokens[article]["pos"] == "ADJ" and tokens[article]["head"] in (place, things):
            article -= 1  # the place's own adjectives: "in a pink dress feeding ducks"
        if tokens[things]["tag"] not in ("NNS", "NNPS") and not _eaten_or_drunk(verb, tokens[things], lexicon):
            continue  # a singular only where it is what the verb eats or drinks: "a table drinking coffee"
        if tokens[place]["tag"] != "NN" or tokens[place]["dep"] not in ("compound", "nmod", "npadvmod", "amod") or tokens[place]["head"] not in (i, things):
            continue
        if tokens[article]["text"].lower() not in ("a", "an") or tokens[article]["head"] not in (place, things):
            continue
        if any(tokens[k]["head"] != things for k in range(i + 1, things)):
            continue  # only the plural's own words between: "chewing squeaky toys"
        preposition = tokens[things]["head"]
        if preposition >= article or tokens[preposition]["pos"] != "ADP" or lexicon.category("objects", tokens[place]["lemma"]) in ACTORS:
            continue
        word = verb["text"].lower()
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, "VBG") != word or lexicon.entry("objects", word) is not None:
            continue
        for k in range(preposition + 1, place):
            if tokens[k]["head"] == things:
                tokens[k]["head"] = place  # "a", and the place's own adjectives
        governor = tokens[preposition]["head"]
        tokens[place].update(dep="pobj", head=preposition)
        verb.update(pos="VERB", tag="VBG", lemma=lemma, dep="advcl" if tokens[governor]["pos"] == "VERB" else "acl", head=governor)
        tokens[things].update(dep="dobj", head=i)
        for k in range(things + 1, len(tokens) - 1):
            if tokens[k]["head"] == things and tokens[k]["dep"] == "cc" and tokens[k + 1]["head"] == things and tokens[k + 1]["dep"] == "conj" and tokens[k + 1]["pos"] == "VERB":
                tokens[k]["head"] = tokens[k + 1]["head"] = i  # "drinking coffee |and talking|": a verb joins the verb
    return tokens


CONSUMING = {"eat", "drink", "sip", "munch", "nibble", "chew", "share", "enjoy"}


def _eaten_or_drunk(verb: dict, thing: dict, lexicon: Lexicon) -> bool:
    """ "drinking coffee", "eating pizza": an -ing word of eating or drinking, and a thing eaten
    or drunk."""
    return lemma_of(verb["text"].lower(), "VERB") in CONSUMING and lexicon.category("objects", thing["lemma"]) in FOOD_AND_DRINK


def repair_participles_read_into_a_thing(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A woman in a red dress standing next to a car": the tagger reads "a red dress standing"
    as one noun phrase, a "dress standing" (or "an orange vest standing", "vest" an adjective).
    Where a thing the lexicon knows, and no property, stands right before an -ing word that
    ends its noun phrase and names no thing, and that phrase follows a preposition or a verb,
    the thing heads the phrase and the -ing word is a verb of what the preposition or the
    verb is said of ("a woman in a dress", "a man holding a surfboard walking on a beach").
    A thing that acts before it ("an airplane ascending") is left to
    :func:`repair_verbs_read_as_nouns`; a name the lexicon lists ("water skiing"), or one a
    verb or a conjunction follows ("tree trimming is", "island dressing and"), stays."""
    for i, verb in enumerate(tokens):
        word = verb["text"].lower()
        if i < 2 or verb["pos"] != "NOUN" or verb["tag"] != "NN" or not word.endswith("ing") or verb["dep"] not in ("pobj", "dobj"):
            continue
        thing = tokens[i - 1]
        if thing["head"] != i or thing["dep"] not in ("compound", "amod", "nmod") or not thing["ws"]:
            continue
        if any(tokens[k]["head"] == i and tokens[k]["dep"] in PHRASE_DEPS for k in range(i + 1, len(tokens))):
            continue  # words after it that name it: no phrase ends with it
        name = thing["text"].lower()
        if lexicon.entry("objects", name) is None or lexicon.categories("attributes", name) or lexicon.category("objects", name) in ACTORS:
            continue
        if lexicon.entry("objects", word) is not None or lexicon.entry("objects", f"{name} {word}") is not None:
            continue
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, "VBG") != word:
            continue
        if i + 1 < len(tokens) and tokens[i + 1]["pos"] not in ("ADP", "ADV", "PUNCT"):
            continue  # "tree trimming is", "island dressing and": a thing's name goes on
        governor = verb["head"]
        owner = tokens[governor]["head"] if verb["dep"] == "pobj" else governor
        for k in range(i - 1):
            if tokens[k]["head"] == i:
                tokens[k]["head"] = i - 1  # "a", "red": the thing's own words
        for k in range(i + 1, len(tokens)):
            if tokens[k]["head"] == i and tokens[k]["dep"] == "punct":
                tokens[k]["head"] = i - 1
        thing_lemma = lemma_of(name, "NOUN")
        thing.update(pos="NOUN", tag="NN" if thing_lemma == name else "NNS", lemma=thing_lemma, dep=verb["dep"], head=governor)
        verb.update(pos="VERB", tag="VBG", lemma=lemma, dep="acl" if tokens[owner]["pos"] in NOUNS else "advcl", head=owner)
    return tokens


def repair_participles_read_as_adjectives(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A baby sitting in a high chair eating cereal": the tagger reads "eating" as an
    adjective of "cereal", and "cereal" as what the baby sits. Where a bare -ing word
    describes the noun right after it, and that noun is the object of a verb that has a place
    between them, the -ing word is a verb of its own, with the noun its object."""
    for i, word in enumerate(tokens):
        noun = i + 1
        if word["tag"] != "VBG" or word["dep"] != "amod" or word["head"] != noun or noun >= len(tokens):
            continue
        if tokens[noun]["dep"] != "dobj" or tokens[noun]["pos"] not in NOUNS or any(tokens[k]["head"] == noun for k in range(i)):
            continue  # "holding a smiling baby": a word of its own noun phrase
        verb = tokens[noun]["head"]
        if verb >= i or tokens[verb]["pos"] != "VERB" or not any(tokens[k]["head"] == verb and tokens[k]["dep"] == "prep" for k in range(verb + 1, i)):
            continue
        lemma = lemma_of(word["text"].lower(), "VERB")
        word.update(pos="VERB", lemma=lemma, dep="advcl", head=verb)
        tokens[noun]["head"] = i
    return tokens


def repair_participles_read_as_nouns(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "carrying a kneeling wet-suited surfer": the tagger reads "kneeling" as a noun said of
    the surfer, which swap then moved as a thing ("a surfers wet-suited kneeling"). A noun in
    a verb's -ing form that describes a noun after it, where the lexicon relates the verb and
    knows no such thing, is that verb's participle."""
    for t in tokens:
        word = t["text"].lower()
        if t["pos"] != "NOUN" or t["dep"] != "amod" or not word.endswith("ing") or lexicon.entry("objects", word) is not None:
            continue
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, "VBG") == word and _a_related_verb(lexicon, lemma):
            t.update(pos="VERB", tag="VBG", lemma=lemma)
    return tokens


# Who are spoken of as "who": people, and the animals one names so.
WHO_CATEGORIES = {"person", "role", "family", "animal"}


def repair_whos_read_onto_things(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Several people on surfboards who are riding a wave": the parser hangs the "who" clause
    on the surfboards, and replace wrote "One person on surfboards who are riding a wave". A
    clause of "who" on a thing belongs to the nearest person before it."""
    for k, t in enumerate(tokens):
        if t["text"].lower() != "who" or t["dep"] != "nsubj":
            continue
        clause = t["head"]
        if tokens[clause]["dep"] != "relcl":
            continue
        held = tokens[clause]["head"]
        if tokens[held]["pos"] not in NOUNS or lexicon.category("objects", tokens[held]["lemma"]) in WHO_CATEGORIES:
            continue
        person = next((j for j in range(held - 1, -1, -1) if tokens[j]["pos"] in NOUNS and lexicon.category("objects", _object_lemma(j, tokens, lexicon)) in WHO_CATEGORIES), None)
        if person is not None:
            tokens[clause]["head"] = person
    return tokens


def repair_participles_read_as_joined_verbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A red car next to a gas station sign and parked blue and silver motorcycles": the
    parser joins "parked" to the car as a second verb with the motorcycles its object, and
    replace wrote "and lay on blue and silver motorcycles". A past form joined to a noun by
    "and", whose object follows it with only its own modifiers between, describes that object:
    the object is what is joined."""
    for i, t in enumerate(tokens):
        head = t["head"]
        if t["dep"] != "conj" or t["tag"] not in ("VBD", "VBN") or tokens[head]["pos"] not in NOUNS or i == 0 or tokens[i - 1]["text"].lower() not in ("and", "or"):
            continue
        thing = next((k for k in range(i + 1, len(tokens)) if tokens[k]["head"] == i and tokens[k]["dep"] == "dobj"), None)
        if thing is None or tokens[thing]["pos"] not in NOUNS or any(tokens[k]["pos"] not in ("ADJ", "CCONJ", "NOUN") for k in range(i + 1, thing)):
            continue
        t.update(tag="VBN", dep="amod", head=thing)
        tokens[thing].update(dep="conj", head=head)
    return tokens


def repair_participles_read_into_an_apposition(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A zebra eating grass in a grassy yard": the parser reads "eating grass" as a kind of
    grass standing beside the zebra, and swap wrote "A zebra grassy grass in an eating yard".
    An -ing word right after one that acts (a person, an animal, a vehicle), describing the noun
    after it that stands in apposition to the first, is the first's act, the noun its object."""
    for i, t in enumerate(tokens):
        thing = i + 1
        if i == 0 or t["tag"] != "VBG" or t["dep"] != "amod" or t["head"] != thing or thing >= len(tokens):
            continue
        doer = i - 1
        if tokens[thing]["dep"] != "appos" or tokens[thing]["head"] != doer or lexicon.category("objects", tokens[doer]["lemma"]) not in ACTORS:
            continue  # one that acts: "An old time looking clock" is no time looking at a clock
        t.update(dep="acl", head=doer, lemma=lemma_of(t["text"].lower(), "VERB"))
        tokens[thing].update(dep="dobj", head=i)
    return tokens


def repair_lists_read_as_appositions(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A bathroom with a toilet, a sink and a mirror": the parser hangs "a sink and a mirror"
    on the bathroom as an apposition, so the sink is no conjunct of the toilet, and swap took
    "with a sink, a toilet" for a new meaning. A noun after a comma that closes a noun, hung
    as an apposition and itself joined by "and" or "or" to another, goes on the list: it is a
    conjunct of the noun before the comma."""
    for k, t in enumerate(tokens):
        if t["dep"] != "appos" or t["pos"] not in NOUNS:
            continue
        comma = next((j for j in range(k - 1, 0, -1) if tokens[j]["text"] == ","), None)
        if comma is None or any(tokens[j]["head"] != k for j in range(comma + 1, k)):
            continue  # only the apposition's own words between the comma and it
        before = comma - 1
        if tokens[before]["pos"] not in NOUNS or before == t["head"] or tokens[before]["dep"] in ("compound", "appos"):
            continue
        children = [u for u in tokens if u["head"] == k and u is not t]
        if not any(u["dep"] == "cc" for u in children) or not any(u["dep"] == "conj" for u in children):
            continue  # "a man, a teacher": one and the same
        if any(u["dep"] in ("acl", "relcl") and (u["head"] == k or tokens[u["head"]]["head"] == k) for u in tokens):
            continue  # a list of scenes, each with its verb ("a dog squatting ..., and a man standing")
        t.update(dep="conj", head=before)
        tokens[comma]["head"] = before
    return tokens


def repair_conjuncts_read_as_appositions(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "a big plate with some potatoes and meat on it": the parser hangs "and" on "potatoes"
    and "meat" on the plate as an apposition, so the meat is no conjunct of the potatoes and
    swap took "some meat and potatoes" for a new meaning. A noun hung as an apposition right
    after an "and" or "or" that a noun without a conjunct holds is that noun's conjunct."""
    for k, t in enumerate(tokens):
        if t["dep"] not in ("appos", "dep") or t["pos"] not in NOUNS or k < 2:
            continue
        cc = next((j for j in range(k - 1, 0, -1) if tokens[j]["head"] != k), None)  # over the noun's own words
        if cc is None or tokens[cc]["dep"] != "cc" or tokens[cc]["text"].lower() not in ("and", "or"):
            continue
        first = tokens[cc]["head"]
        if first == t["head"] or tokens[first]["pos"] not in NOUNS or any(u["dep"] == "conj" and u["head"] == first for u in tokens):
            continue
        t.update(dep="conj", head=first)
    return tokens


def repair_roots_read_as_nouns(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man in a suit talks on his phone": the tagger reads "talks" as a plural noun, yet the
    parser makes it the sentence's root with "man" as its subject. A root noun in a verb's -s
    form, with a subject that acts (a person, an animal, a vehicle) and unknown to the lexicon
    as a thing, is that verb; so is one in a verb's plain form after a subject of many ("An
    orange cat and a gray dog sleep together")."""
    for i, t in enumerate(tokens):
        if t["pos"] != "NOUN" or t["head"] != i or t["dep"] != "ROOT":
            continue
        subject = next((k for k, u in enumerate(tokens) if k < i and u["head"] == i and u["dep"] == "nsubj"), None)
        if subject is None or lexicon.category("objects", tokens[subject]["lemma"]) not in ACTORS:
            continue
        word = t["text"].lower()
        many = tokens[subject]["tag"] in ("NNS", "NNPS") or any(u["head"] == subject and u["dep"] == "conj" for u in tokens)
        tag = "VBZ" if word.endswith("s") and not many else "VBP" if many and not word.endswith("s") else None
        if tag is None:
            continue
        lemma = lemma_of(word, "VERB")
        thing = lexicon.entry("objects", word) is not None or lexicon.entry("objects", t["lemma"]) is not None
        if thing and not (_a_related_verb(lexicon, lemma) and any(u["head"] == i and u["dep"] == "prep" for u in tokens[i + 1 :])):
            continue  # a thing after all, unless a verb of the lexicon with its way: "A player slides into second base"
        if tag == "VBP" and not _a_related_verb(lexicon, lemma):
            continue  # a plain form is a verb only where the lexicon relates it
        if inflect(lemma, tag) == word:
            t.update(pos="VERB", tag=tag, lemma=lemma)
    return tokens


def repair_subjects_read_as_adjectives(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "The catcher crouches behind home plate": the tagger reads "catcher" as an adjective and
    "crouches" as the plural noun it describes, so the caption has no verb. A root noun in a
    verb's -s form that the lexicon knows as no thing, right after an adjective that it knows
    as an actor (a person, an animal, a vehicle) and as no attribute, is that verb, and the
    adjective its subject. So is such a noun that opens a clause of its own ("while the catcher
    crouches behind home plate": a "while" hung on it)."""
    for i, t in enumerate(tokens):
        if t["pos"] != "NOUN" or i < 2 or not t["text"].lower().endswith("s"):
            continue
        root = t["head"] == i and t["dep"] == "ROOT"
        if not root and not (t["dep"] == "advcl" and any(u["head"] == i and u["dep"] == "mark" for u in tokens[:i])):
            continue
        actor = tokens[i - 1]
        word, name = t["text"].lower(), actor["text"].lower()
        if actor["pos"] != "ADJ" or actor["head"] != i or tokens[i - 2]["pos"] != "DET" or tokens[i - 2]["head"] != i:
            continue
        if lexicon.category("objects", name) not in ACTORS or lexicon.category("attributes", name) is not None:
            continue
        lemma = lemma_of(word, "VERB")
        if lexicon.entry("objects", word) is not None or lexicon.entry("objects", t["lemma"]) is not None or not _a_related_verb(lexicon, lemma) or inflect(lemma, "VBZ") != word:
            continue
        actor.update(pos="NOUN", tag="NN", lemma=name, dep="nsubj")
        tokens[i - 2]["head"] = i - 1
        t.update(pos="VERB", tag="VBZ", lemma=lemma)
    return tokens


def repair_verbs_read_as_compounds(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A group of friends is playing cards": the tagger reads "playing cards" as one thing
    and "is" as its auxiliary, so the caption has no verb. An -ing word compounded into the
    noun a form of "be" hangs on as its auxiliary, a verb the lexicon relates, is that verb,
    and the noun its object."""
    for i, t in enumerate(tokens):
        noun = t["head"]
        if not t["text"].lower().endswith("ing") or t["dep"] not in ("compound", "amod") or noun != i + 1 or tokens[noun]["pos"] not in NOUNS:
            continue
        aux = [k for k in range(i) if tokens[k]["head"] == noun and tokens[k]["dep"] in ("aux", "auxpass") and tokens[k]["lemma"] == "be"]
        lemma = lemma_of(t["text"].lower(), "VERB")
        if not aux or not _a_related_verb(lexicon, lemma) or inflect(lemma, "VBG") != t["text"].lower():
            continue
        for k, u in enumerate(tokens):
            if k != i and u["head"] == noun and (k < i or u["dep"] in ("prep", "punct", "advmod", "npadvmod", "cc", "conj")):
                u["head"] = i  # the subject, "is", and what follows the object hang on the verb
        t.update(pos="VERB", tag="VBG", lemma=lemma, dep=tokens[noun]["dep"], head=i if tokens[noun]["head"] == noun else tokens[noun]["head"])
        tokens[noun].update(dep="dobj", head=i)
    return tokens


def repair_objects_read_past_their_preposition(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A kid is sliding down a red slide": the parser hangs "down" on the verb with no object
    and makes the slide the verb's object. A preposition with no object right before a noun
    phrase that is its verb's object takes that phrase as its object."""
    for p, t in enumerate(tokens):
        if t["dep"] != "prep" or t["pos"] != "ADP" or any(u["head"] == p and u["dep"] == "pobj" for u in tokens):
            continue
        verb = t["head"]
        noun = next((k for k in range(p + 1, len(tokens)) if tokens[k]["head"] == verb and tokens[k]["dep"] == "dobj"), None)
        if noun is None or any(not _hangs_on(tokens, k, noun) for k in range(p + 1, noun)):
            continue
        tokens[noun].update(dep="pobj", head=p)
    return tokens


def repair_cuts_read_as_nouns(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A sandwich cut in half sits on a plate": the tagger reads "cut" as a noun with the
    sandwich its compound, so the caption held a thing named "sandwich cut" (and replace wrote
    "A sandwich cut in half squats"). "cut" read so, right after a thing the lexicon knows and
    right before "in" or "into", is the participle said of that thing, which takes its place."""
    for i, t in enumerate(tokens[1:-1], start=1):
        thing = tokens[i - 1]
        if t["text"].lower() != "cut" or t["pos"] != "NOUN" or tokens[i + 1]["text"].lower() not in ("in", "into") or tokens[i + 1]["head"] != i:
            continue
        if thing["head"] != i or thing["dep"] != "compound" or thing["pos"] not in NOUNS or lexicon.entry("objects", thing["lemma"]) is None:
            continue
        for k, u in enumerate(tokens):
            if u["head"] == i and k < i - 1:
                u["head"] = i - 1  # "A": the thing's own words
        thing.update(dep=t["dep"], head=i - 1 if t["head"] == i else t["head"])
        for k, u in enumerate(tokens):
            if u["head"] == i and k > i + 1 and u["dep"] == "punct":
                u["head"] = i - 1
        t.update(pos="VERB", tag="VBN", lemma="cut", dep="acl", head=i - 1)
    return tokens


def repair_participles_read_as_verbs_after_a_preposition(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A woman jogs past parked cars": the parser makes "parked" a verb with the cars as its
    object and leaves "past" with none. A preposition with no object, right before a past
    participle that is right before its own object, takes that noun as its object and the
    participle describes it ("past [parked] cars")."""
    for p, t in enumerate(tokens[:-2]):
        verb, noun = tokens[p + 1], tokens[p + 2]
        if t["dep"] != "prep" or t["text"].lower() not in PLACE_PREPOSITIONS or any(u["head"] == p and u["dep"] in ("pobj", "pcomp") for u in tokens):
            continue
        if verb["tag"] not in ("VBN", "VBD") or not verb["text"].lower().endswith("ed") or noun["head"] != p + 1 or noun["dep"] != "dobj" or noun["pos"] not in NOUNS:
            continue
        for k, u in enumerate(tokens):
            if u["head"] == p + 1 and k not in (p + 1, p + 2):
                u["head"] = t["head"]  # "on a city street" goes back to the verb the way is of
        noun.update(dep="pobj", head=p)
        verb.update(dep="amod", head=p + 2, tag="VBN", pos="VERB")
    return tokens


# Prepositions a noun phrase may follow as their object.
PLACE_PREPOSITIONS = {"past", "by", "near", "beside", "behind", "between", "among", "around", "under", "over", "through", "across", "along", "toward", "towards", "into", "onto", "next"}


def _hangs_on(tokens: list[dict], k: int, head: int) -> bool:
    """Whether token k's chain of heads reaches ``head``."""
    seen = set()
    while k != head:
        if k in seen:
            return False
        seen.add(k)
        k = tokens[k]["head"]
    return True


def repair_verbs_read_into_a_phrase(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A chef in a white hat chops onions", "A man in an orange vest directs traffic", "A
    tennis player in white swings her racket": the tagger reads the verb as one more noun of
    the phrase after "in", so the caption has no verb and holds a thing named "hat chops
    onions" or "white swings". In a caption with no verb whose root is a doer (a person, an
    animal, a vehicle), a plural in the root's phrase (compounded into the noun after it, or
    that phrase's own noun), right after a word the lexicon knows as a thing or a property,
    in a verb's -s form, is that verb: the root is its subject, the word before it closes the
    phrase, the noun after it is its object. It is one unknown to the lexicon as a thing, or
    a verb the lexicon relates ("swings")."""
    if any(t["pos"] in ("VERB", "AUX") for t in tokens):
        return tokens
    root = next((k for k, t in enumerate(tokens) if t["dep"] == "ROOT" and t["head"] == k), None)
    if root is None or tokens[root]["pos"] not in NOUNS or lexicon.category("objects", tokens[root]["lemma"]) not in ACTORS:
        return tokens
    for i in range(root + 2, len(tokens)):
        verb, before = tokens[i], tokens[i - 1]
        if verb["tag"] != "NNS" or not before["ws"]:
            continue
        word = verb["text"].lower()
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, "VBZ") != word:
            continue
        if lexicon.entry("objects", word) is not None or lexicon.entry("objects", lemma_of(word, "NOUN")) is not None:
            if not _a_related_verb(lexicon, lemma):
                continue  # a thing after all: "a man in a baseball cap gloves"
        before_word = before["text"].lower()
        if lexicon.entry("objects", before_word) is None and lexicon.category("attributes", before_word) is None:
            continue
        if verb["dep"] == "compound":
            thing = verb["head"]  # "a white hat |chops| onions"
            prep = next((k for k in range(root + 1, i - 1) if tokens[k]["pos"] == "ADP" and tokens[k]["head"] == root and tokens[thing]["head"] == k), None)
        elif verb["dep"] == "pobj" and tokens[verb["head"]]["head"] == root:
            prep = verb["head"]  # "in white |swings| her racket": the racket hung elsewhere
            thing = next((k for k in range(i + 1, len(tokens)) if tokens[k]["pos"] in NOUNS and tokens[k]["dep"] in ("appos", "dobj", "npadvmod", "attr")), None)
            if thing is not None and any(not _hangs_on(tokens, k, thing) for k in range(i + 1, thing)):
                thing = None
        else:
            continue
        if prep is None or thing is None or thing <= i or tokens[thing]["pos"] not in NOUNS:
            continue
        for k in range(prep + 1, i - 1):
            if tokens[k]["head"] in (i, thing):
                tokens[k]["head"] = i - 1  # "a white |hat": the phrase closes before the verb
        if lexicon.entry("objects", before_word) is not None:
            before.update(pos="NOUN", tag="NN", lemma=lemma_of(before_word, "NOUN"))
        before.update(dep="pobj", head=prep)
        for k, t in enumerate(tokens):
            if k > i and t["head"] in (root, i) and t["dep"] in ("prep", "punct", "advmod", "npadvmod"):
                t["head"] = i  # "directs traffic |at an intersection|."
        tokens[thing].update(dep="dobj", head=i)
        tokens[root].update(dep="nsubj", head=i)
        verb.update(pos="VERB", tag="VBZ", dep="ROOT", head=i, lemma=lemma)
        break
    return tokens


# Verbs things do by themselves, which the lexicon need not relate: "A candle burns".
WHAT_THINGS_DO = {"burn", "glow", "shine", "flow", "drip", "melt", "sway", "flutter", "blow", "spin", "flicker", "sparkle"}


def repair_verbs_read_after_their_subject(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A firefighter sprays water on a burning house", "A cyclist races down a mountain
    trail": the tagger reads the verb as a plural noun, and its subject as that noun's
    compound or adjective, so the caption has no verb and holds a thing named "firefighter
    sprays water" or "races". In a caption with no verb, a word in a verb's -s form that the
    lexicon relates (or one of :data:`WHAT_THINGS_DO`), right after the caption's first noun
    phrase (an article and a thing that acts, or any thing before a word that names no thing:
    "A candle burns"), is that verb: the thing is its subject; a noun it was compounded into
    is its object, and what hung on that noun's phrase hangs on the verb."""
    if any(t["pos"] in ("VERB", "AUX") and t["dep"] != "amod" for t in tokens):
        return tokens  # a caption with a verb ("a burning house" has none)
    article = 0
    if len(tokens) < 4 or tokens[article]["text"].lower() not in ("a", "an", "the"):
        return tokens
    doer, i = 1, 2
    verb, noun = tokens[i], tokens[doer]
    word = verb["text"].lower()
    lemma = lemma_of(word, "VERB")
    if verb["tag"] != "NNS" or noun["pos"] not in (*NOUNS, "ADJ") or noun["head"] != i or not noun["ws"]:
        return tokens
    if inflect(lemma, "VBZ") != word or not (_a_related_verb(lexicon, lemma) or lemma in WHAT_THINGS_DO):
        return tokens
    doer_kind = lexicon.category("objects", lemma_of(noun["text"].lower(), "NOUN"))
    if doer_kind not in ACTORS and (doer_kind is None or lexicon.entry("objects", word) is not None or lexicon.entry("objects", lemma_of(word, "NOUN")) is not None):
        return tokens  # a thing that acts, or any thing before a word that names no thing: "A candle burns"
    if verb["dep"] == "compound" and verb["head"] > i and tokens[verb["head"]]["pos"] in NOUNS:
        thing = verb["head"]
        if tokens[thing]["head"] != thing or any(tokens[k]["head"] != thing for k in range(i + 1, thing)):
            return tokens  # the object heads the caption, its own words between: "sprays cold water"
    elif verb["dep"] == "ROOT" and verb["head"] == i:
        thing = None
    else:
        return tokens
    if thing is not None:
        for k, t in enumerate(tokens):
            if k > thing and t["head"] == thing and t["dep"] in ("prep", "punct", "advmod", "npadvmod", "cc", "conj"):
                t["head"] = i  # "sprays water |on a burning house|."
        tokens[thing].update(dep="dobj", head=i)
    tokens[article]["head"] = doer
    noun_lemma = lemma_of(noun["text"].lower(), "NOUN")
    noun.update(pos="NOUN", tag="NN" if noun_lemma == noun["text"].lower() else "NNS", lemma=noun_lemma, dep="nsubj", head=i)
    verb.update(pos="VERB", tag="VBZ", lemma=lemma, dep="ROOT", head=i)
    return tokens


def repair_verbs_read_after_an_object(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A dog wearing a raincoat walks through a puddle", "A woman wearing a red dress dances on
    the stage": the tagger reads the main verb as a second object of the participle (a plural
    noun "walks"), and the caption has no verb. In a caption whose only verbs are participles
    hung on its first noun, a word in a verb's -s form that the lexicon relates, right after the
    participle's object and before a preposition, an adverb or the end, is the main verb: the
    first noun is its subject, and what hung on the participle after it hangs on the verb."""
    if any(t["pos"] in ("VERB", "AUX") and t["dep"] not in ("acl", "amod") for t in tokens):
        return tokens
    for i in range(3, len(tokens)):
        verb = tokens[i]
        taken, participle = tokens[i - 1], verb["head"]
        if verb["tag"] != "NNS" or verb["dep"] not in ("dobj", "compound", "conj", "appos") or taken["pos"] not in NOUNS:
            continue
        if not (taken["head"] == participle or taken["head"] == i):
            continue
        if tokens[participle]["dep"] != "acl" or tokens[participle]["pos"] != "VERB":
            continue
        subject = tokens[participle]["head"]
        if subject >= participle or tokens[subject]["dep"] != "ROOT" or tokens[subject]["pos"] not in NOUNS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after["pos"] not in ("ADP", "ADV", "PUNCT"):
            continue
        word = verb["text"].lower()
        lemma = lemma_of(word, "VERB")
        if inflect(lemma, "VBZ") != word or not _a_related_verb(lexicon, lemma) or lexicon.entry("objects", lemma_of(word, "NOUN")) is not None:
            continue
        for k in range(i + 1, len(tokens)):
            if tokens[k]["head"] in (participle, subject, i) and tokens[k]["dep"] in ("prep", "advmod", "punct", "npadvmod", "cc", "conj"):
                tokens[k]["head"] = i  # "walks |through a puddle|."
        for k in range(participle + 1, i - 1):
            if tokens[k]["head"] == i:
                tokens[k]["head"] = i - 1  # "a red |dress": the article and modifiers were the "noun"'s
        taken.update(dep="dobj", head=participle)
        tokens[subject].update(dep="nsubj", head=i)
        verb.update(pos="VERB", tag="VBZ", lemma=lemma, dep="ROOT", head=i)
        for k, t in enumerate(tokens):
            if t["head"] == subject and k > i:
                t["head"] = i
        return tokens
    return tokens


def repair_doers_read_into_a_participle(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "a photo of a train crossing a bridge": the parser makes "train" a compound of the verb
    "crossing" (as in "a train crossing", the place), leaving the verb no subject. A noun the
    lexicon knows, compounded into a participle that has an object, is the participle's doer:
    the noun takes the participle's place, and the participle hangs on it."""
    for i, t in enumerate(tokens):
        verb = t["head"]
        if t["dep"] != "compound" or t["pos"] not in NOUNS or verb <= i or tokens[verb]["pos"] != "VERB" or tokens[verb]["tag"] != "VBG":
            continue
        if any(tokens[k]["head"] != verb for k in range(i + 1, verb)) or not any(u["head"] == verb and u["dep"] == "dobj" for u in tokens):
            continue
        if lexicon.category("objects", t["lemma"].lower()) not in ACTORS:
            continue  # a thing that acts or goes: "a train crossing", never "a laptop playing"
        place = tokens[verb]
        for k in range(i):
            if tokens[k]["head"] == verb and k < i:
                tokens[k]["head"] = i  # "a |train"
        t.update(dep="pobj" if place["dep"] == "pcomp" else place["dep"], head=place["head"])
        place.update(dep="acl", head=i)
    return tokens


def repair_verbs_read_after_many(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Three sheep graze on a foggy hill", "A flock of geese flies over a lake": after a
    plural subject the tagger reads the verb as the noun of the phrase ("sheep graze" as one
    thing, "geese" an adjective of "flies"), and the caption has no verb. A word in the form of
    a verb the lexicon relates, right after a noun the lexicon knows and before a preposition,
    an adverb or the end, is the verb where the subject is many: a count above one before it
    ("three sheep graze"), or a group that counts it ("a flock of geese flies"). After "a" and
    a noun, a plural noun that is the root is the verb before anything: "A runner crosses the
    finish line with his arms raised" (a participle hung on it is no verb of the caption)."""
    if _has_a_verb(tokens):
        return tokens
    for i in range(2, len(tokens)):
        verb, noun = tokens[i], tokens[i - 1]
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if verb["pos"] != "NOUN" or noun["head"] != i or noun["dep"] not in ("compound", "amod"):
            continue
        # One thing said with "a" is no plural noun: "A runner crosses the finish line", "A
        # street sign points to the left".
        article = next((k for k in range(i - 1) if k < tokens[k]["head"] <= i and tokens[k]["text"].lower() in ("a", "an")), None)
        one = (
            verb["dep"] == "ROOT" and verb["tag"] == "NNS" and article is not None
            and all(k < tokens[k]["head"] <= i and tokens[k]["dep"] in ("compound", "amod") for k in range(article + 1, i))
        )
        if not one and after is not None and after["pos"] not in ("ADP", "ADV", "PUNCT"):
            continue
        thing = lemma_of(noun["text"].lower(), "NOUN")
        if lexicon.category("objects", thing) is None:
            continue
        word = verb["text"].lower()
        counted = [k for k in range(i - 1) if tokens[k]["head"] == i and (tokens[k]["pos"] == "NUM" or tokens[k]["text"].lower() in NUMBER_WORDS)]
        group = group_counting(i, tokens) is not None
        if one:
            lemma, tag = _as_verb(word, "VBZ", lexicon), "VBZ"
            if lemma is None:
                continue
        elif counted and verb["dep"] == "ROOT":
            lemma, tag = lemma_of(word, "VERB"), "VBP"
            if inflect(lemma, "VBP") != word:
                continue
        elif group:
            lemma, tag = lemma_of(word, "VERB"), "VBZ"
            if inflect(lemma, "VBZ") != word:
                continue
        else:
            continue
        if not one and (not _a_related_verb(lexicon, lemma) or lexicon.entry("objects", lemma_of(word, "NOUN")) is not None):
            continue
        plural = thing != noun["text"].lower() or bool(counted)
        noun.update(pos="NOUN", tag="NNS" if plural else "NN", lemma=thing)
        if group:
            of = verb["head"]
            subject = tokens[of]["head"]
            noun.update(dep="pobj", head=of)
            for k in range(i + 1, len(tokens)):
                if tokens[k]["head"] == subject:
                    tokens[k]["head"] = i  # "flies |over a lake|."
            tokens[subject].update(dep="nsubj", head=i)
        else:
            for k in counted:
                tokens[k]["head"] = i - 1  # "|three sheep"
            noun.update(dep="nsubj", head=i)
        if one:
            for k in range(article, i - 1):
                tokens[k]["head"] = i - 1  # "|a runner", "|a street sign"
            # What the tagger made the subject of a clause after it is the verb's object:
            # "crosses |the finish line| with his arms raised".
            taken = next((k for k in range(i + 1, len(tokens)) if tokens[k]["dep"] == "nsubj" and tokens[k]["pos"] == "NOUN"), None)
            clause = tokens[taken]["head"] if taken is not None else None
            if clause is not None and tokens[clause]["head"] == i and tokens[clause]["dep"] == "relcl":
                tokens[taken].update(dep="dobj", head=i)
                tokens[clause].update(dep="advcl")
        verb.update(pos="VERB", tag=tag, lemma=lemma, dep="ROOT", head=i)
        return tokens
    return tokens


# Words that open a clause of their own, however the tagger reads them.
SUBORDINATORS = {"as", "while", "when", "until", "after", "before", "because", "since", "once", "whilst"}


def repair_verbs_read_into_a_subjects_phrase(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A skier in a red jacket races down the steep slope": the tagger reads "jacket races" as
    one plural thing in the subject's phrase, and the caption has no verb. In a caption with no
    verb whose root is a noun, a plural noun after "a" and a noun, in a phrase of the root, is
    the verb where it has a verb's form the lexicon relates; the root is its subject."""
    if _has_a_verb(tokens):
        return tokens
    root = _noun_root(tokens)
    if root is None:
        return tokens
    for i in range(root + 3, len(tokens)):
        verb, noun = tokens[i], tokens[i - 1]
        held = tokens[noun["head"]]
        if (
            verb["tag"] in ("NNS", "NN") and verb["dep"] == "pobj" and verb["head"] == i - 1 and noun["text"].lower() in ("on", "off")
            and held["pos"] in NOUNS and held["dep"] == "pobj" and tokens[held["head"]]["text"].lower() == "with"
        ):
            # "A fire truck with its lights on speeds down the road": "on" says how the lights are.
            lemma = _as_verb(verb["text"].lower(), "VBZ", lexicon)
            if lemma is not None:
                noun.update(pos="ADV", tag="RB", dep="advmod")
                _root_verb(tokens, i, root, lemma)
                return tokens
        # The phrase's noun, or the object of a clause said of the root: "A dog that wears a
        # collar runs on the grass" ("collar runs" read as the thing it wears).
        in_a_phrase = verb["dep"] == "pobj" or (verb["dep"] == "dobj" and tokens[verb["head"]]["dep"] == "relcl" and tokens[verb["head"]]["head"] == root)
        if verb["tag"] not in ("NNS", "NN") or not in_a_phrase or noun["head"] != i or noun["dep"] != "compound":
            continue  # ("surfs" may be read as one thing, "a swimsuit surfs")
        if tokens[verb["head"]]["text"].lower() in SUBORDINATORS:
            continue  # "as a ball approaches": the noun is that verb's own subject
        article = next((k for k in range(root + 1, i - 1) if tokens[k]["head"] == i and tokens[k]["text"].lower() in ("a", "an")), None)
        if article is not None and any(tokens[k]["head"] not in (i - 1, i) for k in range(article, i)):
            article = None  # "a" is another noun's: "in a pink tutu and white tights dances"
        if article is None and noun["tag"] != "NNS":
            continue  # "a jacket races", or many that make no compound: "loaded with logs drives"
        first = article if article is not None else i - 1
        lemma = _as_verb(verb["text"].lower(), "VBZ", lexicon)
        if lemma is None or lexicon.category("objects", noun["lemma"]) is None:
            continue
        for k in range(first, i - 1):
            if tokens[k]["head"] == i:
                tokens[k]["head"] = i - 1  # "|a red jacket"
        if verb["dep"] == "dobj":
            for k in range(i + 1, len(tokens)):
                if tokens[k]["head"] == verb["head"]:
                    tokens[k]["head"] = i  # "smiles |at the camera", no longer the clause's
        noun.update(dep=verb["dep"], head=verb["head"])
        _root_verb(tokens, i, root, lemma)
        return tokens
    return tokens


def repair_verbs_read_as_their_subjects_noun(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A cowboy watches as a horse jumps over a fence": the tagger reads "cowboy watches" as
    one plural thing, and add wrote "A tote and a cowboy watches". A plural root after "a" whose
    noun before it is a person or an animal in the singular, the root a verb's -s form the
    lexicon relates, is that verb, with that noun its subject; so is a singular root in a
    verb's plain form after a plural one that opens the caption ("Men race on wheeled
    vehicles", where replace wrote "Class on wheeled vehicles")."""
    root = _noun_root(tokens)
    if root is None or root < 1:
        return tokens
    subject = tokens[root - 1]
    if subject["dep"] != "compound" or subject["head"] != root or lexicon.category("objects", subject["lemma"]) not in ACTORS:
        return tokens
    before = [t for t in tokens[: root - 1] if t["head"] == root]
    if subject["tag"] == "NN" and tokens[root]["tag"] == "NNS":
        if not before or any(t["dep"] != "det" or t["text"].lower() not in ("a", "an") for t in before):
            return tokens  # "the cowboy boots", "two cowboy hats": things
        tag = "VBZ"
    elif subject["tag"] == "NNS" and tokens[root]["tag"] == "NN" and root == 1:
        tag = "VBP"  # "Men race on wheeled vehicles": many act, no "men race" is a thing
    else:
        return tokens
    lemma = _as_verb(tokens[root]["text"].lower(), tag, lexicon)
    if lemma is None:
        return tokens
    for t in tokens[: root - 1]:
        if t["head"] == root:
            t["head"] = root - 1  # "A |young| cowboy": the subject's own words
    subject["dep"] = "nsubj"
    tokens[root].update(pos="VERB", tag=tag, lemma=lemma)
    return tokens


def repair_doers_read_as_compounds_of_what_they_do(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A vendor grilling sausages at a stall": the parser reads one noun phrase, "sausages"
    with "a", "vendor" and "grilling" hung on it, so the caption held no vendor (replace wrote
    "Vendor grilling pepperoni"). "a" before a noun that acts, then an -ing word, then a plural
    the three hang on: the noun is the doer, the -ing word its verb, the plural what it does it
    to, and the phrases after the plural say where it is done."""
    for i in range(len(tokens) - 3):
        article, doer, verb, thing = tokens[i : i + 4]
        if article["text"].lower() not in ("a", "an") or thing["tag"] != "NNS":
            continue
        if not (article["head"] == doer["head"] == verb["head"] == i + 3 and doer["dep"] == "compound" and verb["tag"] == "VBG" and verb["dep"] == "amod"):
            continue
        if lexicon.category("objects", doer["lemma"]) not in ACTORS or lexicon.entry("objects", f"{doer['text'].lower()} {verb['text'].lower()}") is not None:
            continue
        for t in tokens[i + 4 :]:
            if t["head"] == i + 3 and t["dep"] in ("prep", "acl", "advmod", "relcl"):
                t["head"] = i + 2  # where it is done
            elif t["head"] == i + 3 and t["dep"] == "punct":
                t["head"] = i + 1  # the full stop follows the new root
        article["head"] = i + 1
        doer.update(dep=thing["dep"], head=thing["head"] if thing["head"] != i + 3 else i + 1)
        verb.update(pos="VERB", dep="acl", head=i + 1)
        thing.update(dep="dobj", head=i + 2)
    return tokens


def repair_things_read_as_participles_before_a_particle(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A child is pulling a sled up a hill": the tagger reads "sled" as a participle of
    "hill" and "up" as its particle, so swap traded "sled" for a colour ("a red up a hill"). A
    word after an article, tagged a past participle that hangs on a noun further on with a
    particle between, and known as a thing, is that thing: the verb's object, and the
    particle a preposition whose object is the later noun."""
    for i, t in enumerate(tokens):
        if t["tag"] not in ("VBN", "VBD") or t["dep"] != "amod" or i == 0 or i + 2 >= len(tokens):
            continue
        article, particle, noun = tokens[i - 1], tokens[i + 1], t["head"]
        if article["tag"] != "DT" or article["head"] != noun or particle["dep"] != "prt" or particle["head"] != i or noun <= i + 1:
            continue
        if lexicon.entry("objects", t["text"].lower()) is None or tokens[noun]["pos"] not in NOUNS:
            continue
        verb = tokens[noun]["head"]
        t.update(pos="NOUN", tag="NN", lemma=t["text"].lower(), dep=tokens[noun]["dep"], head=verb)
        article["head"] = i
        particle.update(pos="ADP", tag="IN", dep="prep", head=verb)
        tokens[noun].update(dep="pobj", head=i + 1)
    return tokens


def repair_nouns_read_as_adverbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Her hair falls down her back": the tagger reads "back" as an adverb, so "down" had no
    object and replace wrote "falls forward her back". A word tagged an adverb that has an
    owner ("her") is a noun, the object of the preposition right before its phrase."""
    for i, t in enumerate(tokens):
        if t["pos"] != "ADV" or not any(u["head"] == i and u["dep"] == "poss" for u in tokens[:i]):
            continue
        t.update(pos="NOUN", tag="NN", lemma=lemma_of(t["text"].lower(), "NOUN"))
        k = i - 1
        while k >= 0 and tokens[k]["head"] == i:
            k -= 1
        if k >= 0 and tokens[k]["pos"] == "ADP" and not any(u["head"] == k and u["dep"] == "pobj" for u in tokens):
            t.update(dep="pobj", head=k)
    return tokens


def _noun_root(tokens: list[dict]) -> int | None:
    """The caption's root where it is a noun, so that the caption has no verb of its own."""
    root = next((k for k, t in enumerate(tokens) if t["dep"] == "ROOT"), None)
    return root if root is not None and tokens[root]["pos"] in NOUNS else None


def _has_a_verb(tokens: list[dict]) -> bool:
    """Whether the caption has a verb of its own: a participle that describes or a verb hung
    on a preposition is none ("with his arms raised"), nor is an auxiliary of one ("who is
    wearing")."""
    return any(t["pos"] in ("VERB", "AUX") and t["dep"] not in ("amod", "relcl", "acl", "pcomp", "aux", "auxpass") for t in tokens)


def _as_verb(word: str, tag: str, lexicon: Lexicon) -> str | None:
    """The lemma of ``word`` as a verb in the form ``tag`` the lexicon relates, or None."""
    lemma = lemma_of(word, "VERB")
    return lemma if inflect(lemma, tag) == word and _a_related_verb(lexicon, lemma) else None


def _root_verb(tokens: list[dict], i: int, root: int, lemma: str) -> None:
    """Token i the caption's verb, the noun root its subject, the root's phrases after i its own
    ("races |down the steep slope|.")."""
    for k in range(i + 1, len(tokens)):
        if tokens[k]["head"] == root:
            tokens[k]["head"] = i
    tokens[root].update(dep="nsubj", head=i)
    tokens[i].update(pos="VERB", tag="VBZ", lemma=lemma, dep="ROOT", head=i)


def repair_nouns_read_as_verbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A giraffe eats leaves": the tagger reads "leaves" as a verb the parser then hangs as the
    object of "eats". A verb form that is the object of the verb just before it, and a plural
    thing the lexicon knows, is that thing."""
    for i, t in enumerate(tokens):
        if i and t["tag"] == "VBZ" and t["dep"] in ("dobj", "obj") and t["head"] == i - 1 and tokens[i - 1]["pos"] == "VERB":
            lemma = lemma_of(t["text"], "NOUN")
            if lexicon.entry("objects", lemma) is not None:
                t.update(pos="NOUN", tag="NNS", lemma=lemma)
    return tokens


def repair_counted_nouns_read_as_verbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Two adult pheasants walking across a street": the tagger reads "pheasants" as a verb
    whose subject is "Two adult". A verb's -s form right after a singular noun counted as many,
    and a thing the lexicon knows, is the thing counted; the noun before it describes it."""
    for i, t in enumerate(tokens):
        if not i or t["tag"] != "VBZ" or t["dep"] != "ROOT" or t["head"] != i:
            continue
        before = tokens[i - 1]
        if before["tag"] != "NN" or before["head"] != i or before["dep"] != "nsubj":
            continue
        if not any(u["head"] == i - 1 and u["dep"] in ("nummod", "amod", "det") and u["text"].lower() in MANY_WORDS_OF_COUNT for u in tokens):
            continue
        lemma = lemma_of(t["text"], "NOUN")
        if lexicon.entry("objects", lemma) is None:
            continue
        t.update(pos="NOUN", tag="NNS", lemma=lemma)
        for u in tokens:
            if u["head"] == i - 1 and u is not before:
                u["head"] = i  # the count and the words before counted the thing
        before.update(dep="compound")
    return tokens


def repair_open_read_as_a_verb(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man holding open an oven door": the tagger reads "open" as a verb whose object is the
    door, after "holding". "open" or "shut" in its plain form right after a verb's -ing form is
    how that verb leaves its object: the door is held, and held open."""
    for i, t in enumerate(tokens):
        if not i or t["text"].lower() not in ("open", "shut") or t["tag"] != "VB" or tokens[i - 1]["tag"] != "VBG":
            continue
        verb = i - 1
        if t["dep"] == "ROOT" and tokens[verb]["dep"] == "acl":
            doer = tokens[verb]["head"]
            if tokens[doer]["head"] != i or tokens[doer]["dep"] != "nsubj":
                continue
            tokens[doer].update(dep="ROOT", head=doer)
            for u in tokens:
                if u["head"] == i and u is not t and u["dep"] != "dobj":
                    u["head"] = doer  # the full stop, and whatever else hung on "open"
        elif not (t["head"] == verb and t["dep"] in ("xcomp", "ccomp", "conj", "dep")):
            continue
        for u in tokens:
            if u["head"] == i and u["dep"] == "dobj":
                u["head"] = verb
        t.update(pos="ADJ", tag="JJ", lemma=t["text"].lower(), dep="oprd", head=verb)
    return tokens


def repair_participles_read_as_roots(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A chocolate frosted donut on a plate", "a horse drawn carriage": the tagger reads the
    participle as the sentence's past-tense root, the noun before it as its subject and the
    thing after it as its object. A root past participle (or past tense in -ed) with no
    auxiliary, whose object follows it at once with no determiner of its own and is a thing
    the lexicon knows, is a participle describing that thing, unless its subject is a person
    or a vehicle ("a woman carried groceries" is a sentence). The thing takes the root's
    place, the participle hangs on it, and the noun before the participle modifies the
    participle ("chocolate frosted"), as in the hyphenated "chocolate-frosted"."""
    for i, verb in enumerate(tokens):
        if verb["dep"] != "ROOT" or verb["head"] != i or not read_as_participle(verb):
            continue
        if any(t["head"] == i and t["dep"] in ("aux", "auxpass") for t in tokens):
            continue  # "has eaten cake": a tense, no participle before a noun
        thing = i + 1
        if thing >= len(tokens) or tokens[thing]["head"] != i or tokens[thing]["dep"] != "dobj" or tokens[thing]["pos"] != "NOUN":
            continue
        if any(t["head"] == thing and t["dep"] in ("det", "poss", "nummod") for t in tokens):
            continue  # "carried a bag": a verb's object with its own determiner
        if lexicon.entry("objects", tokens[thing]["lemma"]) is None or lexicon.categories("attributes", tokens[thing]["lemma"]):
            continue  # "painted red", "raised lies": no thing after it
        before = tokens[i - 1] if i else None
        subject = before is not None and before["head"] == i and before["dep"] == "nsubj"
        if subject and before["pos"] not in NOUNS:
            continue
        if subject and lexicon.category("objects", before["lemma"]) in PEOPLE | {"vehicle"}:
            continue  # "a man carried groceries" is a sentence; "a horse drawn carriage" is not
        for k, t in enumerate(tokens):
            if k != thing and t["head"] == i and not (subject and k == i - 1):
                t["head"] = thing  # the determiner, the prepositions and the full stop
        tokens[thing].update(dep="ROOT", head=thing)
        verb.update(dep="amod", head=thing, tag="VBN")
        if subject:
            for k in range(i - 1):
                if tokens[k]["head"] == i - 1 and tokens[k]["dep"] in ("det", "predet", "poss", "nummod", "quantmod"):
                    tokens[k]["head"] = thing  # "A chocolate ...": the article is the thing's
            before.update(dep="npadvmod", head=i)
    return tokens


def repair_verbs_read_into_a_list(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man is sitting on a bench and feeding pigeons": the parser reads "bench and feeding"
    as a list of modifiers of "pigeons", the place the man sits on. A participle joined to a
    noun that modifies a noun after it, where a verb takes that phrase, is that verb's second
    act, and the noun after it its object."""
    for i, v in enumerate(tokens):
        if v["tag"] != "VBG" or v["dep"] != "conj" or v["head"] >= i:
            continue
        h = v["head"]
        noun = tokens[h]
        j = noun["head"]
        if noun["pos"] not in NOUNS or noun["dep"] not in ("nmod", "compound", "amod") or j <= i:
            continue
        thing = tokens[j]
        if thing["pos"] not in NOUNS or thing["dep"] not in ("pobj", "dobj") or j != i + 1:
            continue
        verb = tokens[thing["head"]]["head"] if thing["dep"] == "pobj" else thing["head"]
        if tokens[verb]["pos"] != "VERB" or not any(tokens[k]["dep"] == "cc" and tokens[k]["head"] == h for k in range(h + 1, i)):
            continue
        for k in range(h):
            if tokens[k]["head"] == j:
                tokens[k]["head"] = h  # "on |a bench"
        for k in range(h + 1, i):
            if tokens[k]["dep"] == "cc" and tokens[k]["head"] == h:
                tokens[k]["head"] = verb
        noun.update(dep=thing["dep"], head=thing["head"])
        v.update(dep="conj", head=verb)
        thing.update(dep="dobj", head=i)
    return tokens


def repair_haves_read_as_auxiliaries(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A dinner plate that has white steamed rice": the parser reads "has" as the auxiliary of
    an adjective "white" that takes the rice as its object. A "have" whose head is an
    adjective with an object is the verb, the adjective describing that object."""
    for i, t in enumerate(tokens):
        if t["lemma"].lower() != "have" or t["dep"] != "aux" or t["head"] <= i:
            continue
        adjective = t["head"]
        if tokens[adjective]["pos"] != "ADJ":
            continue
        thing = next((k for k in range(adjective + 1, len(tokens)) if tokens[k]["head"] == adjective and tokens[k]["dep"] == "dobj" and tokens[k]["pos"] in NOUNS), None)
        if thing is None:
            continue
        for k, u in enumerate(tokens):
            if u["head"] == adjective and k not in (adjective, thing, i):
                u["head"] = i  # its subject, its phrases, the full stop: the verb's
        t.update(pos="VERB", tag=t["tag"], dep=tokens[adjective]["dep"], head=i if tokens[adjective]["head"] == adjective else tokens[adjective]["head"])
        tokens[adjective].update(dep="amod", head=thing)
        tokens[thing].update(head=i)
    return tokens


def repair_verbs_read_as_objects_of_a_noun(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A cook chops onions as a waiter carries plates": the parser makes "cook" the root, with
    "chops" and "onions" as its objects, and add wrote "A cook and a man chops onions". A root
    noun that takes an object, followed at once by a plural noun in a verb's -s form the
    lexicon relates, has that verb: the noun its subject, the object the verb's."""
    root = _noun_root(tokens)
    if root is None or tokens[root]["tag"] != "NN" or root + 2 >= len(tokens):
        return tokens
    verb = root + 1
    if tokens[verb]["tag"] != "NNS" or tokens[verb]["head"] != root or tokens[verb]["dep"] not in ("dative", "dobj", "npadvmod", "appos"):
        return tokens
    if not any(t["head"] == root and t["dep"] == "dobj" and k > verb for k, t in enumerate(tokens)):
        return tokens  # a noun with no object: "a cook |chops|" may be a list
    lemma = _as_verb(tokens[verb]["text"].lower(), "VBZ", lexicon)
    if lemma is None:
        return tokens
    _root_verb(tokens, verb, root, lemma)
    return tokens


def repair_things_and_verbs_read_the_other_way(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man in a leather jacket and sunglasses leans on a motorcycle", "wearing a wool coat
    and gloves waits": the tagger reads the plural thing as the verb and the verb as its
    object, and swap wrote "A lean in a leather jacket and sunglasses men". A word in a verb's
    -s form joined to the root noun that the lexicon knows only as a thing, followed at once by
    its "object" in a verb's -s form the lexicon relates, is the thing; the next word the verb."""
    root = _noun_root(tokens)
    if root is None:
        return tokens
    for i, t in enumerate(tokens[:-1]):
        verb = tokens[i + 1]
        if t["tag"] != "VBZ" or t["dep"] != "conj" or t["head"] != root or verb["tag"] != "NNS" or verb["head"] != i or verb["dep"] != "dobj":
            continue
        word = t["text"].lower()
        if lexicon.entry("objects", word) is None or _a_related_verb(lexicon, lemma_of(word, "VERB")):
            continue
        lemma = _as_verb(verb["text"].lower(), "VBZ", lexicon)
        if lemma is None:
            continue
        t.update(pos="NOUN", tag="NNS", lemma=lemma_of(word, "NOUN"))
        for k in range(i + 2, len(tokens)):
            if tokens[k]["head"] in (i, i + 1):
                tokens[k]["head"] = i + 1  # "leans |on a motorcycle"
        _root_verb(tokens, i + 1, root, lemma)
        return tokens
    return tokens


def repair_objects_read_as_appositions(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A mechanic repairs the engine of a car": the parser hangs "the engine" on the verb as
    an apposition, so the verb had no object and replace wrote "A mechanic writes the engine".
    A noun in apposition to a verb before it, with no object of its own, is its object; so is
    one with its own article in apposition to the verb's receiver ("A mother hands her son
    |an ice cream cone|", where swap wrote "A mother hands an ice cream cone her son")."""
    for i, t in enumerate(tokens):
        verb = t["head"]
        if t["dep"] != "appos" or t["pos"] not in NOUNS or verb >= i:
            continue
        if tokens[verb]["dep"] == "dative" and any(u["head"] == i and u["dep"] == "det" and u["text"].lower() in ("a", "an", "the") for u in tokens):
            t["head"] = verb = tokens[verb]["head"]
        if tokens[verb]["pos"] == "VERB" and not any(u["head"] == verb and u["dep"] in ("dobj", "obj") for u in tokens):
            t["dep"] = "dobj"
    return tokens


PARTICLES = {"up", "down", "out", "off", "over", "away", "back"}


def repair_particles_read_as_verbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Customers line up at the counter": the tagger reads "up" as the verb and "line" as a
    noun before it, and swap wrote "A coffee shop line ups at the counter of customers". A
    particle read as the root verb, after a noun in the plain form of a verb the lexicon
    relates, whose subject is many, is that verb's particle."""
    for k, t in enumerate(tokens):
        if t["dep"] != "ROOT" or t["pos"] != "VERB" or t["text"].lower() not in PARTICLES or k == 0:
            continue
        verb = tokens[k - 1]
        if verb["pos"] not in NOUNS or verb["head"] != k or verb["dep"] != "compound":
            continue
        subject = next((j for j in range(k - 1) if tokens[j]["head"] == k and tokens[j]["dep"] == "nsubj"), None)
        lemma = _as_verb(verb["text"].lower(), "VBP", lexicon)
        if subject is None or lemma is None or tokens[subject]["tag"] not in ("NNS", "NNPS"):
            continue
        for j, u in enumerate(tokens):
            if u["head"] == k and j != k - 1:
                u["head"] = k - 1  # its subject, its phrases, the full stop
        verb.update(pos="VERB", tag="VBP", lemma=lemma, dep="ROOT", head=k - 1)
        t.update(pos="ADP", tag="RP", lemma=t["text"].lower(), dep="prt", head=k - 1)
    return tokens


def _worn(token: dict, lexicon: Lexicon) -> bool:
    """Whether a noun names a thing worn: below "clothing" or another worn kind, or filed so."""
    words = (token["text"].lower(), token["lemma"].lower())
    return any(lexicon.ancestors(w) & _WORN or lexicon.category("objects", w) in _WORN for w in words)


def repair_participles_read_onto_clothes(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man in a gray suit typing on a keyboard": the parser hangs "typing" on the suit, and
    replace wrote "typing on a keyboard in two monitors" of it. A participle that says what a
    worn thing does, where the thing is worn "in" by someone living, is what the wearer does."""
    for i, t in enumerate(tokens):
        if t["tag"] != "VBG" or t["dep"] != "acl":
            continue
        worn = t["head"]
        way = tokens[worn]["head"]
        if worn >= i or tokens[worn]["dep"] != "pobj" or not _worn(tokens[worn], lexicon) or tokens[way]["text"].lower() != "in":
            continue
        wearer = tokens[way]["head"]
        if wearer < way and tokens[wearer]["pos"] in NOUNS and lexicon.category("objects", tokens[wearer]["lemma"].lower()) in ACTORS:
            t["head"] = wearer
    return tokens


def repair_clothes_read_as_company(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A boy in a red shirt and shorts plays soccer", "A man in a white shirt and blue jeans
    walks": the parser makes the shorts the boy's companion, the jeans a second walker, and swap
    wrote "Shorts in a red shirt and boys plays soccer". A worn thing after "and" and its own
    modifiers, where the thing before "and" is worn too, in a phrase of "in", "with" or
    "wearing", is worn with it."""
    for i, t in enumerate(tokens):
        if t["pos"] not in NOUNS or t["dep"] not in ("conj", "nsubj", "pobj", "dobj") or not _worn(t, lexicon):
            continue
        k = i - 1
        while k > 0 and ((tokens[k]["pos"] in ("ADJ", "NOUN") and tokens[k]["dep"] in ("amod", "compound", "conj", "nmod")) or (tokens[k]["dep"] == "det" and tokens[k]["head"] == i)):
            k -= 1  # "blue", "a tall": the thing's own words
        if k < 2 or tokens[k]["text"].lower() not in ("and", "or"):
            continue
        worn = k - 1
        if worn == t["head"] or tokens[worn]["pos"] not in NOUNS or not _worn(tokens[worn], lexicon):
            continue
        if tokens[worn]["dep"] in ("amod", "nmod", "compound") and t["dep"] == "pobj":
            # Read as a modifier of what follows ("a pink tutu" of "white tights"): it is the
            # object itself, with its article and its words.
            held = tokens[worn]["head"]
            for j in range(t["head"] + 1, worn):
                if tokens[j]["head"] == held:
                    tokens[j]["head"] = worn
            tokens[worn].update(dep="pobj", head=t["head"])
        way = tokens[worn]["head"]
        if not ((tokens[worn]["dep"] == "pobj" and tokens[way]["text"].lower() in ("in", "with")) or (tokens[worn]["dep"] == "dobj" and tokens[way]["lemma"] == "wear")):
            continue
        tokens[k].update(dep="cc", head=worn)
        for j in range(k + 1, i):
            if tokens[j]["head"] != i:
                tokens[j].update(dep="amod" if tokens[j]["pos"] == "ADJ" else "compound", head=i)
        t.update(dep="conj", head=worn)
    return tokens


def repair_plain_forms_read_as_past(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A boy and his dog run across the yard": the tagger reads "run" as past tense, and
    replace wrote "A boy and his dog ran through the yard", another time, no other picture. A
    verb read as past tense in its plain form is the present where its past is spelled
    otherwise ("ran"), or where its subject is many ("Two kids cut paper"; "A man cut the
    cake" may be past)."""
    for i, t in enumerate(tokens):
        if t["tag"] == "VBD" and t["pos"] == "VERB" and t["text"].lower() == t["lemma"].lower():
            past = inflection(t["lemma"].lower(), "VBD")
            subject = next((k for k, u in enumerate(tokens) if u["head"] == i and u["dep"] == "nsubj" and k != i), None)
            many = subject is not None and (tokens[subject]["tag"] in ("NNS", "NNPS") or any(u["head"] == subject and u["dep"] == "conj" for u in tokens))
            if past and (t["text"].lower() not in past or many):
                t["tag"] = "VBP"
    return tokens


def repair_pairs_read_as_one_thing(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A man with a blue tie and brown shoes", "in a black dress and red high heels": the
    parser reads the first thing as a modifier of the plural one after "and", whose article it
    takes, and replace wrote "a blue tie and brown shirt", "a black jeans". A singular noun
    modifying a plural one after "and" and the plural's own modifiers, its article ("a") on the
    plural, is the first of two things, each with its own words."""
    for i, t in enumerate(tokens):
        thing = t["head"]
        if t["tag"] != "NN" or t["dep"] not in ("nmod", "compound") or thing < i + 3 or tokens[thing]["tag"] != "NNS":
            continue
        joiner = tokens[i + 1]
        if joiner["text"].lower() not in ("and", "or") or joiner["head"] != i:
            continue
        between = range(i + 2, thing)
        if not all(tokens[k]["pos"] in ("ADJ", "NOUN") and tokens[k]["dep"] in ("amod", "compound", "conj") and i <= tokens[k]["head"] <= thing for k in between):
            continue
        article = next((k for k in range(i) if tokens[k]["head"] == thing and tokens[k]["text"].lower() in ("a", "an")), None)
        if article is None:
            continue  # "the tie and brown shoes" may well be one thing's
        tokens[article]["head"] = i
        t.update(dep=tokens[thing]["dep"], head=tokens[thing]["head"])
        tokens[thing].update(dep="conj", head=i)
        for k in between:
            if tokens[k]["head"] == i:
                # "brown", "metal" read as second modifiers beside "tie", "vase"
                tokens[k].update(dep="amod" if tokens[k]["pos"] == "ADJ" else "compound", head=thing)
    return tokens


def repair_verbs_read_into_what_is_said(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A banner that says happy birthday hangs on the wall": the parser reads "happy birthday
    hangs on the wall" as what the banner says, and add wrote "A banner and a chair that say
    happy birthday hangs". In a caption whose root is a noun, a finite verb with a subject in the
    clause of a saying verb said of that noun is the caption's verb: the noun its subject, the
    words before the verb what is said."""
    root = _noun_root(tokens)
    if root is None:
        return tokens
    for s, saying in enumerate(tokens):
        if saying["dep"] != "relcl" or saying["head"] != root or saying["lemma"].lower() not in BEARING_VERBS:
            continue
        verb = next((k for k in range(s + 1, len(tokens)) if tokens[k]["head"] == s and tokens[k]["dep"] == "ccomp" and tokens[k]["tag"] in ("VBZ", "VBP", "VBD")), None)
        if verb is None:
            continue
        said = next((k for k in range(s + 1, verb) if tokens[k]["head"] == verb and tokens[k]["dep"] == "nsubj"), None)
        if said is None:
            continue
        for k in range(verb + 1, len(tokens)):
            if tokens[k]["head"] == root:
                tokens[k]["head"] = verb  # the full stop, phrases after the verb
        tokens[said].update(dep="dobj", head=s)
        tokens[verb].update(dep="ROOT", head=verb)
        tokens[root].update(dep="nsubj", head=verb)
        break
    return tokens


def repair_subjects_left_as_compounds(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Lightning strikes over the mountains": once "strikes" is a verb, "Lightning", read as
    the first noun of "Lightning strikes", is its subject, no compound of a verb."""
    if tokens:
        first, head = tokens[0], tokens[tokens[0]["head"]]
        # Only the caption's first word: within a caption the tagger's verb may be a noun
        # ("a metal bowl of kitchen utensils").
        if first["pos"] in NOUNS and first["dep"] == "compound" and first["head"] == 1 and head["pos"] == "VERB" and head["dep"] == "ROOT":
            first["dep"] = "nsubj"
    return tokens


def repair_articles_read_into_a_compound(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A kite surfer glides": the parser hangs "A" on "kite", the first noun of the compound,
    and add wrote "No a kite surfer". An article on a compound's first noun is the whole
    noun's."""
    for t in tokens:
        if t["dep"] == "det" and t["pos"] == "DET":
            noun = tokens[t["head"]]
            between = range(t["head"], noun["head"])
            if noun["dep"] == "compound" and noun["head"] > t["head"] and all(tokens[k]["pos"] in NOUNS and tokens[k]["dep"] == "compound" for k in between) and tokens[noun["head"]]["pos"] in NOUNS:
                t["head"] = noun["head"]  # never across a verb ("A man drinking coffee", read as one noun)
    return tokens


def repair_prepositions_read_as_adjectives(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Commercial airliner flying  near mast": beside a run of spaces the tagger reads "near"
    as an adjective, though the parser hangs it on the verb as a preposition with its object,
    and the caption lost its relation. A word so hung that the lexicon relates as a place
    (one word, no verb) is the preposition."""
    for i, t in enumerate(tokens):
        if t["pos"] != "ADJ" or t["dep"] != "prep" or not any(u["head"] == i and u["dep"] == "pobj" for u in tokens[i + 1 :]):
            continue
        word = t["text"].lower()
        if " " not in word and not PLACE_RELATIONS.isdisjoint(lexicon.categories("relations", word)):
            t.update(pos="ADP", tag="IN", lemma=word)
    return tokens


# The relation categories of places, whose one-word members are prepositions ("near", "above").
PLACE_RELATIONS = frozenset({"vertical", "proximity", "containment", "motion"})


def repair_colours_read_as_nouns(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "An elephant is walking through the green shrubs": the tagger reads "green" as a noun
    the parser still hangs on "shrubs" as an adjective. A colour said of a noun after it is a
    colour, no thing of its own (a golf "green", a vegetable). So is a bare colour said of what
    a verb made of its subject: "The benches are painted dark purple" (never a thing "purple"
    the benches are painted, which replace made "knocked on dark purple")."""
    for i, t in enumerate(tokens):
        if t["pos"] not in NOUNS or lexicon.category("attributes", t["text"].lower()) != "colour":
            continue
        said_of_a_noun = t["dep"] == "amod" and t["head"] > i and tokens[t["head"]]["pos"] in NOUNS
        made_so = t["dep"] == "oprd" and t["head"] < i and not any(u["head"] == i and u["dep"] in ("det", "poss", "nummod") for u in tokens)
        if said_of_a_noun or made_so:
            t.update(pos="ADJ", tag="JJ", lemma=t["text"].lower())
    return tokens


def repair_things_read_as_adjectives(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A cup of coffee and a croissant on a small table": the tagger reads "croissant" as an
    adjective. A word tagged an adjective that has a determiner of its own and modifies no
    noun, which the lexicon knows as a thing and not as a property, is that thing. So is one
    said of what a verb other than a linking one does ("is hanging laundry"): its object; and
    one read as describing the verb after it ("An old steam locomotive crossing a bridge"): its
    subject, with the words before it that the parser hung on the verb."""
    for i, t in enumerate(tokens):
        if t["pos"] == "ADJ" and t["dep"] == "amod" and t["head"] > i and tokens[t["head"]]["pos"] == "VERB":
            _subject_read_as_an_adjective(tokens, i, lexicon)
            continue
        if t["pos"] != "ADJ" or t["dep"] == "amod":
            continue
        verb = tokens[t["head"]]
        done_to = t["dep"] == "acomp" and verb["pos"] == "VERB" and verb["lemma"] not in LINKING_VERBS and t["head"] < i
        if not done_to and not any(u["head"] == i and u["dep"] == "det" for u in tokens[:i]):
            continue
        word = t["text"].lower()
        if lexicon.entry("objects", word) is None or lexicon.categories("attributes", word):
            continue
        lemma = lemma_of(word, "NOUN")
        t.update(pos="NOUN", tag="NN" if lemma == word else "NNS", lemma=lemma)
        if done_to:
            t["dep"] = "dobj"
    return tokens


def _subject_read_as_an_adjective(tokens: list[dict], i: int, lexicon: Lexicon) -> None:
    """Token i, an adjective the parser hung on the verb after it ("An old steam |locomotive|
    crossing"), made the thing the lexicon knows it as: the verb's subject, or what the
    preposition before it takes ("on a |surfboard| riding"), with the words before it its own."""
    word, verb = tokens[i]["text"].lower(), tokens[i]["head"]
    if lexicon.entry("objects", word) is None or lexicon.categories("attributes", word) or any(t["head"] == verb and t["dep"] in ("nsubj", "nsubjpass") for t in tokens):
        return
    lemma = lemma_of(word, "NOUN")
    tokens[i].update(pos="NOUN", tag="NN" if lemma == word else "NNS", lemma=lemma, dep="nsubj")
    if tokens[verb]["dep"] == "pobj":
        # "A man on a surfboard riding a wave": the thing is what "on" takes, the verb the man's.
        preposition = tokens[verb]["head"]
        tokens[i].update(dep="pobj", head=preposition)
        tokens[verb].update(dep="acl", head=tokens[preposition]["head"])
    for k in range(i - 1, -1, -1):  # "An old" of "An old steam locomotive": the noun's
        if tokens[k]["dep"] not in ("det", "amod", "compound", "nummod") or not (k < tokens[k]["head"] <= i or tokens[k]["head"] == verb):
            break
        if tokens[k]["head"] == verb:
            tokens[k]["head"] = i


def repair_verbs_read_as_adjectives_after_to(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "kneeling down to pet two dogs": the tagger reads "pet" as an adjective of "dogs". No
    adjective stands before an article or a number of its own noun: a word so read right after
    "to", which the lexicon relates as a verb, is that verb, and the noun its object."""
    for i in range(1, len(tokens) - 1):
        t, to, after = tokens[i], tokens[i - 1], tokens[i + 1]
        noun = t["head"]
        if t["pos"] != "ADJ" or t["dep"] != "amod" or to["text"].lower() != "to" or noun <= i + 1 or after["head"] != noun or after["tag"] not in ("DT", "CD", "PRP$"):
            continue
        if to["dep"] != "prep" or tokens[noun]["head"] != i - 1:
            continue
        lemma = t["text"].lower()  # after "to" the plain form, its own lemma
        if not _a_related_verb(lexicon, lemma):
            continue
        t.update(pos="VERB", tag="VB", lemma=lemma, dep="advcl", head=to["head"])
        to.update(pos="PART", tag="TO", dep="aux", head=i)
        tokens[noun].update(dep="dobj", head=i)
    return tokens


def repair_words_read_as_names(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "Three sheep are standing on a grassy hill": the tagger reads "grassy hill" as a name.
    A word in lower case tagged a proper noun is none: a thing the lexicon knows is a common
    noun, a property it knows before a noun is an adjective."""
    for i, t in enumerate(tokens):
        # Lower case, or a sentence's capital on a lone word ("Autumn leaves cover the path"),
        # not one of a name's words ("New York").
        opening = i == 0 and t["text"].istitle() and not (i + 1 < len(tokens) and tokens[i + 1]["pos"] == "PROPN")
        if t["pos"] != "PROPN" or not (t["text"].islower() or opening):
            continue
        word = t["text"].lower()
        lemma = lemma_of(word, "NOUN")
        if lexicon.entry("objects", word) is not None or lexicon.entry("objects", lemma) is not None:
            t.update(pos="NOUN", tag="NN" if lemma == word else "NNS", lemma=lemma)
        elif t["dep"] in ("compound", "amod") and t["head"] > i and lexicon.categories("attributes", word):
            t.update(pos="ADJ", tag="JJ", dep="amod", lemma=word)
    return tokens


# Ways of skiing written before "ski", "skis", "skiing", "skier": "cross country", "cross-country".
WAYS_OF_SKIING = {("cross", "country")}
SKI_VERB_TAGS = {"ski": "VBP", "skis": "VBZ", "skiing": "VBG", "skied": "VBD"}


def repair_ways_of_skiing_read_as_verbs(tokens: list[dict], lexicon: Lexicon) -> list[dict]:
    """ "A person cross country skis through the snow": the tagger reads "cross" as the verb,
    "country" as what is crossed and "skis" as a thing; replace wrote "cross industrial skis",
    add "do not cross country". A way of skiing before a ski word describes it: its words hang
    on the ski word as adverbs of the verb, which takes the place "cross" had in the tree, or as
    adjectives of the noun ("a cross-country skier"), never a thing or a verb of their own.
    Read as a compound noun ("cross country skiers") they stay one name."""
    lower = [t["text"].lower() for t in tokens]
    for i, word in enumerate(lower):
        for way in WAYS_OF_SKIING:
            if word != way[0]:
                continue
            at, k = [i], i
            for part in way[1:]:
                if k + 2 < len(tokens) and lower[k + 1] == "-" and tokens[k]["ws"] == "" and tokens[k + 1]["ws"] == "":
                    k += 1  # "cross-country": the hyphen is no word of its own
                k += 1
                if k >= len(tokens) or lower[k] != part:
                    break
                at.append(k)
            else:
                ski = k + 1
                if ski >= len(tokens) or not (lower[ski] in SKI_VERB_TAGS or tokens[ski]["lemma"].lower() == "skier"):
                    continue
                if all(tokens[n]["dep"] == "compound" for n in at):
                    continue  # "cross country skiers" named as one: replace gives "snowboarders" for it
                as_verb = tokens[i]["pos"] == "VERB" and lower[ski] in SKI_VERB_TAGS
                if as_verb:  # the ski word is the verb "cross" was read as
                    for t in tokens:
                        if t["head"] == i and t is not tokens[ski]:
                            t["head"] = ski
                    head = tokens[i]["head"]
                    tokens[ski].update(pos="VERB", tag=SKI_VERB_TAGS[lower[ski]], lemma="ski", dep=tokens[i]["dep"], head=ski if head == i else head)
                pos, tag, dep = ("ADV", "RB", "advmod") if as_verb else ("ADJ", "JJ", "amod")
                for n in range(i, ski):
                    if n in at:
                        tokens[n].update(pos=pos, tag=tag, dep=dep, head=ski, lemma=lower[n])
                    else:
                        tokens[n].update(pos="PUNCT", tag="HYPH", dep="punct", head=ski)
    return tokens


def _make_verb(tokens: list[dict], i: int, tag: str, lemma: str) -> None:
    """Token i a verb, token i-1 the noun it was read as compounded with: the noun takes the
    phrase's words on its left; a finite verb takes the noun as its subject and keeps its place
    in the tree, an -ing form hangs on the noun, which takes its place."""
    verb, noun = tokens[i], tokens[i - 1]
    for k in range(i - 1):
        if tokens[k]["head"] == i and tokens[k]["dep"] in PHRASE_DEPS:
            tokens[k]["head"] = i - 1
    if tag == "VBZ":
        noun.update(dep="nsubj", head=i)
    else:
        root = verb["head"] == i
        noun.update(dep=verb["dep"], head=i - 1 if root else verb["head"])
        verb.update(dep="acl", head=i - 1)
        for t in tokens:
            if t is not verb and t["head"] == i and t["dep"] == "punct" and root:
                t["head"] = i - 1  # the sentence's full stop follows its new root
    verb.update(pos="VERB", tag=tag, lemma=lemma)


def _climbs_into(tokens: list[dict], k: int, span: range) -> bool:
    """True when k's chain of heads enters ``span``: hanging the phrase on k would make a cycle."""
    seen = set()
    while k not in seen:
        if k in span:
            return True
        seen.add(k)
        k = tokens[k]["head"]
    return False


def _make_compound(tokens: list[dict], start: int, end: int) -> None:
    head = end - 1
    span = range(start, end)
    outside = [k for k in span if tokens[k]["head"] not in span or tokens[k]["head"] == k]
    root = outside[0] if outside else head
    dep, root_head = tokens[root]["dep"], tokens[root]["head"]
    tokens[head]["dep"], tokens[head]["head"] = dep, (head if root_head in span or _climbs_into(tokens, root_head, span) else root_head)
    plural = tokens[head]["text"].lower() != tokens[head]["lemma"] and tokens[head]["text"].lower().endswith("s")
    tokens[head].update(pos="NOUN", tag="NNS" if plural else "NN", lemma=lemma_of(tokens[head]["text"], "NOUN"))
    for k in span:
        if k != head and tokens[k]["text"] == "-":
            tokens[k].update(pos="PUNCT", tag="HYPH", dep="punct", head=head)  # "t-shirt": the hyphen stays a hyphen
        elif k != head:
            tokens[k].update(pos="NOUN", tag="NN", dep="compound", head=head)
    for k, t in enumerate(tokens):
        if k not in span and t["head"] in span:
            t["head"] = head


class Parser:
    """Adds ``parse`` to records, running spaCy over batches of captions.

    ``workers`` > 1 parses batches in that many processes (this one and ``workers - 1`` more),
    each with its own pipeline; the whole parse (spaCy and concepts) runs there, and results
    come back in input order with at most two batches per process in flight, so memory stays
    bounded however long the input.
    """

    def __init__(self, spacy_model: str | None = None, *, batch_size: int = 256, workers: int = 1, lexicon: Lexicon | None = None):
        self.spacy_model = spacy_model
        self.batch_size = batch_size
        self.workers = workers
        self.lexicon = lexicon or builtin()

    @cached_property
    def nlp(self):
        # Loaded on first use: operators fed parsed records never pay for spaCy.
        from comptool.models import load_spacy

        # Importing spaCy (and the torch thinc pulls in) and loading a pipeline make some 250,000
        # objects that live as long as the process; the cyclic collector would scan them over
        # and over as they arrive (0.3-0.5 s of a run). None of them is garbage: pause it.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return load_spacy(self.spacy_model)
        finally:
            if enabled:
                gc.enable()

    @cached_property
    def label(self) -> str:
        from comptool.models import spacy_model_label

        return spacy_model_label(self.nlp)

    def parse_text(self, text: str) -> dict:
        return parse_doc(self.nlp(spacy_text(text)), self.label, self.lexicon, text)

    def add_parses(self, records: Iterable[dict], field: str = "caption") -> Iterator[dict | RecordError]:
        """Yield each record with ``parse`` set, in order, streaming through ``nlp.pipe``."""
        if self.workers > 1:
            yield from self._add_parses_in_workers(records, field)
            return
        pairs = ((spacy_text(text := record.get(field, "")), (record, text)) for record in records)
        for doc, (record, text) in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            record["parse"] = parse_doc(doc, self.label, self.lexicon, text)
            yield record

    def parse_texts(self, texts: list[str]) -> list[dict]:
        docs = self.nlp.pipe([spacy_text(t) for t in texts], batch_size=self.batch_size)
        return [parse_doc(doc, self.label, self.lexicon, text) for doc, text in zip(docs, texts)]

    def _add_parses_in_workers(self, records: Iterable[dict], field: str) -> Iterator[dict]:
        import multiprocessing
        from collections import deque

        # This process is one of the N: it reads, writes and parses every Nth batch itself,
        # while N - 1 forked workers take the others. (One more process than there are cores
        # would make the cores take turns, and every batch a worker parses is pickled twice.)
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.nlp  # noqa: B018 - this process parses too; with fork the workers share it
        if "fork" in methods:
            # Objects made so far live on: kept out of the collector, a worker's collections
            # do not touch (and so copy) the pages it shares with this process.
            gc.freeze()
        in_flight: deque = deque()
        initargs = (self.spacy_model, self.batch_size, self.lexicon, self.__dict__["nlp"] if "fork" in methods else None)
        try:
            with context.Pool(self.workers - 1, initializer=_start_worker, initargs=initargs) as pool:
                for number, batch in enumerate(batched(records, self.batch_size)):
                    if number % self.workers:
                        in_flight.append((batch, pool.apply_async(_parse_in_worker, ([r.get(field, "") for r in batch],))))
                    else:
                        in_flight.append((batch, None))  # parsed here when its turn comes
                    if len(in_flight) >= 2 * self.workers:
                        yield from self._settle(in_flight.popleft(), field)
                while in_flight:
                    yield from self._settle(in_flight.popleft(), field)
        finally:
            gc.unfreeze()

    def _settle(self, pending, field: str) -> Iterator[dict]:
        batch, result = pending
        parses = self.parse_texts([r.get(field, "") for r in batch]) if result is None else result.get()
        for record, parse in zip(batch, parses):
            record["parse"] = parse
            yield record

    def ensure_parsed(self, records: Iterable[dict], field: str = "caption") -> Iterator[dict | RecordError]:
        """Parse only the records that lack a ``parse`` whose text matches; keep the order."""
        for batch in batched(records, self.batch_size):
            missing = [r for r in batch if not has_parse(r, field)]
            if missing:
                list(self.add_parses(missing, field))  # fills record["parse"] in place
            yield from batch


_worker_parser: Parser | None = None


def _start_worker(spacy_model, batch_size, lexicon, nlp) -> None:
    global _worker_parser
    _worker_parser = Parser(spacy_model, batch_size=batch_size, lexicon=lexicon)
    if nlp is not None:
        _worker_parser.nlp = nlp  # inherited through fork


def _parse_in_worker(texts: list[str]) -> list[dict]:
    return _worker_parser.parse_texts(texts)


def has_parse(record: dict, field: str = "caption") -> bool:
    parse = record.get("parse")
    if not isinstance(parse, dict) or not isinstance(parse.get("tokens"), list):
        return False
    try:
        return "".join(t.get("text", "") + t.get("ws", "") for t in parse["tokens"]) == record.get(field)
    except (AttributeError, TypeError):  # a token not an object, or text not a string: parse it again
        return False


# Nouns that may name the picture itself, as dense captions do ("In this image we can see a
# dog", "The photo shows a bus"): no thing in the scene.
FRAME_NOUNS = {"image", "picture", "photo", "photograph", "pic", "snapshot", "frame"}
FRAME_VERBS = {"show", "depict", "feature", "capture", "display", "contain", "present", "portray"}
# Verbs of being pictured, said in the passive: "A cat is pictured", "is seen", "is shown".
PICTURED_VERBS = {"show", "picture", "see", "photograph", "depict", "capture", "film", "portray", "feature"}
# Nouns of how a picture is taken: "a close up", "a top view", "a front shot".
SHOTS = {"up", "view", "shot", "angle", "closeup", "close-up", "perspective"}
# Verbs a dense caption's onlooker says ("we can see"): no act of anything in the picture.
LOOKING_VERBS = {"see", "notice", "observe", "find", "spot", "view", "watch", "look"}
ONLOOKERS = {"we", "you", "i", "one"}


def pictured_passive(k: int, tokens: list[dict]) -> bool:
    """Whether token k says that something is in the picture: "is |shown|", "are |seen|",
    "is |pictured|". It is the caption's frame, no act of anything in the scene."""
    return tokens[k]["lemma"].lower() in PICTURED_VERBS and any(t["head"] == k and t["dep"] == "auxpass" for t in tokens)


def frame_objects(parse: dict) -> frozenset[int]:
    """The ids of the objects that are the picture itself: "this image", "the picture" with no
    phrase of their own, as a place of the caption ("In the center of the picture") or the
    subject of "shows"; never "a picture of a dog" nor "the picture on the wall"."""
    tokens = parse["tokens"]
    found = set()
    for c in parse["concepts"]:
        if c["type"] != "object" or c["lemma"].lower() not in FRAME_NOUNS:
            continue
        head = c["head"]
        kids = [t for t in tokens if t["head"] == head and t is not tokens[head]]
        if any(t["dep"] == "prep" for t in kids) or any(t["dep"] == "det" and t["text"].lower() not in ("this", "the") for t in kids):
            continue
        above = tokens[head]["head"]
        if tokens[head]["dep"] == "pobj" or (tokens[head]["dep"] == "nsubj" and tokens[above]["lemma"].lower() in FRAME_VERBS):
            found.add(c["id"])
    return frozenset(found)


# Acts whose object is no thing of the scene: "shake hands" is a greeting, no hands moved ("shake
# faces", "kick hands", "shake matches after a hand" never); "make their way" is going.
SET_ACTS = {("shake", "hand"), ("make", "way"), ("find", "way"), ("wind", "way"), ("weave", "way")}


# Acts done with a light verb: "does a trick", "performs a stunt", "pulls a wheelie". The act is
# no thing to move ("A trick does a young man", "does a skateboard on his trick" never).
LIGHT_VERBS = {"do", "perform", "make", "execute", "attempt", "pull", "land", "try"}
DONE_ACTS = {
    "trick", "stunt", "jump", "flip", "spin", "turn", "dive", "move", "wheelie", "ollie", "kickflip", "handstand", "cartwheel",
    "somersault", "backflip", "grind", "leap",
}


def set_act_objects(tokens: list[dict]) -> frozenset[int]:
    """The nouns that are the objects of a set act ("shake |hands|"), whose verb stays too."""
    return _acts_done(tokens, False)


def act_objects(tokens: list[dict]) -> frozenset[int]:
    """The nouns that name an act, no thing: a set act's ("shake |hands|") and one done with a
    light verb ("does a |trick|")."""
    return _acts_done(tokens, True)


def _acts_done(tokens: list[dict], light: bool) -> frozenset[int]:
    found = []
    for k, t in enumerate(tokens):  # one pass: asked of every record an operator reads
        if t["dep"] != "dobj":
            continue
        noun, verb = t["lemma"].lower(), tokens[t["head"]]["lemma"].lower()
        if (verb, noun) in SET_ACTS or (light and noun in DONE_ACTS and verb in LIGHT_VERBS):
            found.append(k)
    return frozenset(found)


def _the_back_of_the_picture(i: int, tokens: list[dict], tree) -> bool:
    """ "in the back", "at the back": the picture's background, with no "of" or owner of its own."""
    t = tokens[i]
    prep = tree.heads[i]
    return (
        t["dep"] == "pobj" and prep is not None and tokens[prep]["text"].lower() in ("in", "at", "to")
        and i > 0 and tokens[i - 1]["text"].lower() == "the"
        and not any(tokens[c]["dep"] in ("prep", "poss", "amod", "compound") for c in tree.children[i])
    )


def offered_as_a_choice(tokens: list[dict], head: int) -> bool:
    """Whether the noun ``head`` is one of nouns joined by "or" ("a dog or bear", "cats or
    dogs"): the caption does not say which is pictured."""
    first = tokens[head]["head"] if tokens[head]["dep"] == "conj" else head
    return any(t["dep"] == "cc" and t["text"].lower() == "or" and t["head"] == first for t in tokens)


def onlookers_verb(concept: dict, tokens: list[dict]) -> bool:
    """Whether a relation is the caption's onlooker looking ("we can see"), no act in the picture."""
    head = tokens[concept["head"]]
    return head["lemma"].lower() in LOOKING_VERBS and any(
        t["head"] == concept["head"] and t["dep"] == "nsubj" and t["text"].lower() in ONLOOKERS for t in tokens
    )
