"""What a caption says is not there, and what it says of that: the scope of its negations.

A negative made under a negation is most likely true of the picture too. "There is no food on
the plate" still holds as "There is no food on the salt shaker", "There is no flaky food on the
plate" or "There is no plate on the food"; "A man not wearing a hat" as "... not wearing a
helmet". The operators leave what lies in a negation's scope alone (:func:`scope`), and add no
negation to a sentence that has one. What the caption asserts stays fair game: "A street with no
cars" -> "A skate park with no cars"; and a relation that is the negation itself may turn:
"A desk without a computer" -> "A desk with a computer".
"""

from __future__ import annotations

from dataclasses import dataclass

from comptool.grammar import MANY_COUNTS, number_value
from comptool.memo import last_answer

# A determiner that denies its noun: "no dogs".
DENYING_DETERMINERS = {"no"}
# Pronouns that stand for nothing there: "nobody is on the bench", "a fridge with nothing inside".
DENYING_PRONOUNS = {"nobody", "nothing", "none", "noone", "no-one"}
# A preposition, and verbs, that say what a thing lacks: "a desk without a computer", "a mug lacking a handle".
DENYING_PREPOSITIONS = {"without"}
DENYING_VERBS = {"lack"}
# Verbs whose object is words on a sign or a page, no denial: "a sign that says no parking".
SAYING_VERBS = {"say", "read", "state", "warn", "write", "display", "indicate", "spell", "print"}
# Where a negation may be, by the word (a verb's "not" also comes as the dependency "neg").
_CUES = DENYING_DETERMINERS | DENYING_PRONOUNS | DENYING_PREPOSITIONS | {"lacks", "lacking", "lacked"}
# What a negated verb denies: its object, and what its prepositions take ("is not on the bed").
_DENIED_UNDER_A_VERB = ("dobj", "obj", "attr", "oprd", "dative")


@dataclass(frozen=True)
class Scope:
    """The concepts under a caption's negations, by concept id."""

    objects: frozenset = frozenset()  # said not to be there, or placed by what is not there
    attributes: frozenset = frozenset()  # of those objects, or naming one
    relations: frozenset = frozenset()  # that hold of what is not there, or are denied; not a negation itself
    negated: bool = False  # the caption denies something

    def covers(self, concept: dict) -> bool:
        """Whether an operator should leave ``concept`` alone."""
        kind = concept["type"]
        found = self.objects if kind == "object" else self.attributes if kind == "attribute" else self.relations
        return concept["id"] in found


NOTHING_DENIED = Scope()


def is_negation(concept: dict) -> bool:
    """A relation that is itself the negation: "without", "lacking"."""
    lemma = (concept.get("lemma") or "").lower()
    return lemma in DENYING_PREPOSITIONS or lemma.split(" ")[0] in DENYING_VERBS


# Words that tell many things apart ("different desserts"), and all words that count many
# ("with two zebras", "with several desserts").
VARIETY_WORDS = {"different", "various", "assorted"}
MANY_WORDS = VARIETY_WORDS | MANY_COUNTS | {"both"}
# Nouns of kinds, which go with their count: "many different kinds of fruit".
KIND_NOUNS = {"kind", "type", "sort", "variety"}


PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}


def named_again(tokens: list[dict], noun: int) -> bool:
    """Whether a plural noun is named again by a pronoun after it ("clocks hanging from it with a
    mirror next to |them|"): denied, it would leave the pronoun naming nothing."""
    if tokens[noun]["tag"] not in ("NNS", "NNPS"):
        return False
    for t in tokens[noun + 1 :]:
        if t["text"].lower() in PLURAL_PRONOUNS:
            return True
        if t["tag"] in ("NNS", "NNPS"):
            return False  # a plural nearer the pronoun is the one it names: "plates ... two men eat their lunch"
    return False


def count_to_drop(tokens: list[dict], noun: int) -> list[int]:
    """The words that count noun ``noun`` as many, which go when it is denied ("with two zebras"
    -> "without zebras"); for "many different kinds of fruit" the kinds and their "of" too
    ("without fruit", never "without kinds of fruit"). Empty when it is not counted as many."""
    if not counted_as_many(tokens, noun):
        return []
    drop = [k for k in range(noun) if tokens[k]["head"] == noun and (tokens[k]["dep"] == "nummod" or tokens[k]["text"].lower() in MANY_WORDS)]
    of = noun + 1
    if tokens[noun]["lemma"].lower() in KIND_NOUNS and of < len(tokens) and tokens[of]["text"].lower() == "of" and tokens[of]["head"] == noun:
        drop += [noun, of]
    return drop


def counted_as_many(tokens: list[dict], noun: int) -> bool:
    """Whether noun ``noun`` is counted as more than one by a number or a word of many: "without
    two zebras", "lacking different desserts" deny too little to be false ("with no zebras" does)."""
    for t in tokens:
        if t["head"] == noun and t is not tokens[noun]:
            word = t["text"].lower()
            if word in MANY_WORDS or (t["dep"] == "nummod" and (number_value(word) or 0) > 1):
                return True
    return False


def denies(tokens: list[dict], start: int, end: int) -> bool:
    """Whether tokens start..end hold a word of denial: "no windows", "nobody", "not"."""
    return any(
        (t["text"].lower() in DENYING_DETERMINERS and t["dep"] == "det") or t["text"].lower() in DENYING_PRONOUNS or t["dep"] == "neg"
        for t in tokens[start:end]
    )


@last_answer(lambda parse: (parse["tokens"], parse.get("concepts")))
def scope(parse: dict) -> Scope:
    """The :class:`Scope` of the negations in ``parse`` (its tokens and concepts); a record's
    types ask in turn, and the last answer holds for the same lists."""
    return _scope(parse["tokens"], parse.get("concepts") or [])


def _scope(tokens: list[dict], concepts: list[dict]) -> Scope:
    for t in tokens:
        if t["dep"] == "neg" or t["text"].lower() in _CUES:
            break
    else:
        return NOTHING_DENIED  # the common case, at the cost of one look at each word
    lower = [t["text"].lower() for t in tokens]
    children: list[list[int]] = [[] for _ in tokens]
    for i, t in enumerate(tokens):
        if t["head"] != i:
            children[t["head"]].append(i)
    denied: set[int] = set()  # tokens of nouns and pronouns said not to be there
    negated_verbs: set[int] = set()
    for i, t in enumerate(tokens):
        word = lower[i]
        if word in DENYING_PRONOUNS:
            denied.add(i)
            denied.update(_objects_of_of(i, tokens, children, lower))  # "none of the dogs"
        elif word in DENYING_DETERMINERS and t["dep"] == "det" and not _words_on_a_sign(t["head"], i, tokens, children):
            denied.add(t["head"])
        elif word in DENYING_PREPOSITIONS and t["dep"] == "prep":
            denied.update(c for c in children[i] if tokens[c]["dep"] == "pobj")
        elif t["lemma"].lower() in DENYING_VERBS and t["pos"] == "VERB":
            denied.update(c for c in children[i] if tokens[c]["dep"] in ("dobj", "obj"))
        if t["dep"] == "neg":
            negated_verbs.add(t["head"])
    for verb in negated_verbs:
        for c in children[verb]:
            if tokens[c]["dep"] in _DENIED_UNDER_A_VERB:
                denied.add(c)
            elif tokens[c]["dep"] == "prep":
                denied.update(k for k in children[c] if tokens[k]["dep"] == "pobj")
    _add_phrase(denied, tokens, children)  # "no cats or dogs", "without red tile and white cabinets"

    objects = {c["id"] for c in concepts if c["type"] == "object" and c["head"] in denied}
    relations: set = set()
    for c in concepts:
        if c["type"] != "relation" or is_negation(c):
            continue
        span = range(c["start"], c["end"])
        if (
            c.get("subj") in objects
            or c.get("obj") in objects
            or any(tokens[k]["head"] in denied or tokens[k]["head"] in negated_verbs or k in negated_verbs for k in span)
            or any(k in denied for j in span for k in children[j])  # "a park with nobody", "nobody is sitting"
        ):
            relations.add(c["id"])
    # What a denied thing is placed by is under the denial too ("no food on the plate": "on the
    # salt shaker" holds as well); the subject of a denied relation is said to be there.
    placed = {c["obj"] for c in concepts if c["id"] in relations and c.get("obj") is not None}
    objects |= placed
    # An attribute of such a thing, or one that is such a thing: "not wearing a hat", where the
    # hat is also the wearer's look.
    heads = denied | {c["head"] for c in concepts if c["id"] in objects}
    attributes = {c["id"] for c in concepts if c["type"] == "attribute" and (c.get("of") in objects or c["head"] in heads)}
    return Scope(frozenset(objects), frozenset(attributes), frozenset(relations), bool(denied or negated_verbs))


def _words_on_a_sign(noun: int, no: int, tokens, children) -> bool:
    """Whether the "no" at ``no`` opens words written somewhere rather than denying ``noun``:
    after another determiner ("a No Parking sign") or said ("a sign that says no parking")."""
    if any(tokens[c]["dep"] == "det" for c in children[noun] if c < no):
        return True
    verb = tokens[noun]["head"]
    return verb != noun and tokens[verb]["lemma"].lower() in SAYING_VERBS


def _objects_of_of(i: int, tokens, children, lower) -> list[int]:
    return [k for c in children[i] if lower[c] == "of" for k in children[c] if tokens[k]["dep"] == "pobj"]


# The words of a noun phrase below its noun: its modifiers and conjuncts, not the phrases after it.
_PHRASE_DEPS = {"conj", "cc", "nmod", "compound", "amod", "appos", "nummod", "quantmod", "advmod", "npadvmod"}


def _add_phrase(heads: set[int], tokens, children) -> None:
    """Add to ``heads`` the words of their noun phrases."""
    todo = list(heads)
    while todo:
        k = todo.pop()
        for c in children[k]:
            if tokens[c]["dep"] not in _PHRASE_DEPS or c in heads:
                continue
            if tokens[c]["dep"] == "conj" and any(tokens[d]["dep"] in ("det", "nummod", "poss") for d in children[c]):
                continue  # a conjunct with its own determiner is said to be there: "no toilets and a bucket"
            heads.add(c)
            todo.append(c)


# Verbs whose object is only ever words ("displays a blue screen" shows a thing).
BEARING_VERBS = {"say", "read", "state", "spell", "warn"}
# Who reads or writes rather than bears words: "a man reading a book" reads no sign.
_READERS = {"person", "role", "family", "animal", "collective"}
_SAID_DEPS = {"dobj", "ccomp", "nsubj", "attr", "oprd", "xcomp", "npadvmod", "dep", "appos", "advcl"}


def said_words(parse: dict) -> frozenset[int]:
    """The tokens of words a thing bears ("A green street sign says Main Street", "a shirt that
    reads handle with care"): text, no scene to add to. A saying verb's words after it, less
    the phrases that place it ("reads Bacchanalia |above a stop sign"); never what a person
    reads or writes."""
    tokens = parse["tokens"]
    quoted = _quoted(tokens)
    verbs = [v for v, t in enumerate(tokens) if t["pos"] == "VERB" and t["lemma"].lower() in BEARING_VERBS]
    if not verbs:
        return quoted
    objects = [c for c in parse["concepts"] if c["type"] == "object"]
    # A phrase whose object is a known thing places the words: "|above a stop sign|".
    things = {c["head"] for c in objects if c.get("category") is not None}
    found: set[int] = set()
    for v in verbs:
        # The thing the verb hangs on ("a sign that says"), or its subject before it ("a sign says").
        bearers = {tokens[v]["head"]} | {k for k, u in enumerate(tokens[:v]) if u["head"] == v and u["dep"] in ("nsubj", "nsubjpass")}
        bearer = next((c for c in objects if c["head"] in bearers), None)
        if bearer is None or bearer.get("category") in _READERS:
            continue
        todo = [k for k, u in enumerate(tokens) if u["head"] == v and k > v and u["dep"] in _SAID_DEPS]
        while todo:
            k = todo.pop()
            if k in found:
                continue
            if tokens[k]["dep"] == "prep" and any(u["head"] == k and j in things for j, u in enumerate(tokens)):
                continue
            if tokens[k]["dep"] == "conj" and k in things:
                continue  # "reads "handle with care" |and a small stuffed sheep|": a thing beside the words
            found.add(k)
            todo.extend(j for j, u in enumerate(tokens) if u["head"] == k and j != k)
    return frozenset(found) | quoted


QUOTE_PAIRS = {'"': '"', "“": "”"}


def _quoted(tokens: list[dict]) -> frozenset[int]:
    """The tokens between paired quotation marks: words as written ("a |Welcome| mat", a sign
    reading "|Free Hugs|"), no things or properties of the scene."""
    if not any(t["text"] in QUOTE_PAIRS for t in tokens):
        return frozenset()
    found: set[int] = set()
    opened: tuple[int, str] | None = None
    for k, t in enumerate(tokens):
        if opened is None and t["text"] in QUOTE_PAIRS:
            opened = (k, QUOTE_PAIRS[t["text"]])
        elif opened is not None and t["text"] == opened[1]:
            found.update(range(opened[0] + 1, k))
            opened = None
    return frozenset(found)
