"""The one edit mechanism every operator shares.

An operator proposes :class:`Edit` s: token ranges of a parse and the tokens that take their
place. :func:`apply_edits` splices them in, repairs what agreement requires (a/an, noun number
after a number moves, subject-verb agreement, sentence-initial capitals), rebuilds the text,
re-derives the concepts from the edited tokens and reports the change as character edits on
the old text. Nothing is re-parsed, so operators compose.

Tokens are the dicts of ``parse["tokens"]``, as ``parse`` makes them: :func:`token_problem`
names the first one that is not (a parse read from a file may be damaged or come from another
tool), and :func:`apply_edits` refuses such a parse with :class:`MalformedParse`. In the tokens of
an edit, ``head`` points into the *old* tokens (the slot the new words hang on), or ``head_local``
into the edit's own tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import attrgetter, itemgetter
from typing import Sequence

from comptool import grammar
from comptool.lexicon import Lexicon, builtin
from comptool.parsing import MERE_COUNTS, QUANTITY_NOUNS, extract_concepts, group_counting, lemma_of
from comptool.suits import gender_of

SENTENCE_END = {".", "!", "?"}
TOKEN_KEYS = ("text", "ws", "lemma", "pos", "tag", "dep", "head")


@dataclass(frozen=True)
class Edit:
    """Replace old tokens ``[start, end)`` by ``tokens``; ``start == end`` inserts before ``start``."""

    start: int
    end: int
    tokens: tuple = ()


class MalformedParse(ValueError):
    """Tokens not as ``parse`` makes them; the message names the first such token."""


@dataclass
class EditResult:
    text: str
    tokens: list[dict]
    edits: list[dict]  # character edits on the old text: start, end (exclusive), before, after
    origin: list[int | None] = field(default_factory=list)  # new token -> old token it was, if kept
    model: str | None = None
    lexicon: Lexicon | None = None
    # New tokens whose text or spacing may differ from the old token they came from, and the
    # new ones: every other token is its old token's copy, word and spacing.
    changed: set[int] = field(default_factory=set)

    @cached_property
    def parse(self) -> dict:
        """The edited parse, concepts re-derived from the edited tokens (only when asked for)."""
        return {"model": self.model, "tokens": self.tokens, "concepts": extract_concepts(self.tokens, self.lexicon)}


# Words written in capitals, which the lexicon keeps in lowercase: "an SUV", never "an suv".
ACRONYMS = {"suv", "suvs", "atv", "atvs", "gps", "bmx", "dvd", "dvds", "pc", "pcs", "tv", "tvs", "usb"}


def token(text: str, *, lemma: str | None = None, pos: str = "X", tag: str = "XX", dep: str = "dep", head: int | None = None, head_local: int | None = None, ws: str = " ") -> dict:
    """A token for an edit; give ``head`` (old index) or ``head_local`` (index in the edit)."""
    if text in ACRONYMS:
        text = text[:-1].upper() + "s" if text.endswith("s") and text[:-1] in ACRONYMS else text.upper()
    new = {"text": text, "ws": ws, "lemma": lemma or text.lower(), "pos": pos, "tag": tag, "dep": dep, "head": head}
    if head_local is not None:
        new["head_local"] = head_local
    return new


def phrase(words: str, *, lemma: str | None = None, pos: str, tag: str, dep: str, head: int, root: str = "last") -> tuple:
    """Tokens for a (multi-word) concept that fills one slot: "fire hydrant", "walking beside".

    ``root`` names the word that takes the slot's ``dep`` and ``head``: the ``last`` word of a
    noun phrase, the ``first`` word of a verb or preposition phrase.
    """
    parts = words.split(" ")
    lemmas = lemma.split(" ") if lemma else []
    if len(lemmas) != len(parts):
        lemmas = [lemma_of(p, pos) for p in parts]
    root_index = len(parts) - 1 if root == "last" else 0
    tokens = []
    for k, part in enumerate(parts):
        if k == root_index:
            tokens.append(token(part, lemma=lemmas[k], pos=pos, tag=tag, dep=dep, head=head))
        elif root == "last":
            tokens.append(token(part, lemma=lemmas[k], pos=pos, tag="NN", dep="compound", head_local=root_index))
        else:
            tokens.append(token(part, lemma=lemmas[k], pos="ADP", tag="IN", dep="prep" if k == len(parts) - 1 else "prt", head_local=root_index))
    return tuple(tokens)


def moved(tokens: Sequence[dict], start: int, end: int, *, into: int) -> tuple:
    """Copies of old tokens ``[start, end)`` to put in the slot whose root is old token ``into``.

    Heads inside the span stay inside; the span's root takes the slot root's ``dep`` and
    ``head``, so the tree keeps its shape and only the words move.
    """
    slot = tokens[into]
    copies = []
    for i in range(start, end):
        copy = {key: tokens[i][key] for key in TOKEN_KEYS}
        # A moved word keeps its own capital ("German"), not one its sentence start gave it.
        copy["moved_from_start"] = i == 0 or tokens[i - 1]["text"] in SENTENCE_END
        head = tokens[i]["head"]
        if start <= head < end and head != i:
            copy["head_local"] = head - start
        else:
            copy["dep"], copy["head"] = slot["dep"], slot["head"]
        copies.append(copy)
    return tuple(copies)


def apply_edits(parse: dict, edits: Sequence[Edit], lexicon: Lexicon | None = None) -> EditResult:
    """Apply non-overlapping edits to a parse; returns the new text, parse and character edits."""
    old = parse["tokens"]
    # Words put before a quoted word go before its quote: 'a |wood| "Welcome" mat'.
    edits = sorted((Edit(e.start - 1, e.start - 1, e.tokens) if e.start == e.end and e.start > 0 and old[e.start - 1]["text"] in QUOTES and _opens(old, e.start - 1) else e for e in edits), key=_SPAN)
    for before, after in zip(edits, edits[1:]):
        if after.start < before.end or (after.start == before.start and after.end == before.end):
            raise ValueError(f"overlapping edits at tokens {before.start}-{before.end} and {after.start}-{after.end}")

    facts = _facts(old)
    if not facts.well_formed:
        raise MalformedParse(token_problem(old))
    new, origin, changed, added, old_to_new = _splice(old, edits)
    changed |= _fix_agreement(new, origin, old, changed)
    changed |= _fix_determiners(new, changed)
    changed |= _fix_possessives(new, changed)
    changed |= _fix_capitals(new, origin, old, changed, facts, added, old_to_new, lexicon or builtin())
    for k in added:
        new[k].pop("moved_from_start", None)
    pieces = [t["text"] + t["ws"] for t in new]
    return EditResult("".join(pieces), new, _char_edits(old, new, origin, pieces, facts, changed), origin, parse.get("model"), lexicon, changed)


_SPAN = attrgetter("start", "end")  # edits in the order they apply


class _Facts:
    """What every edit of one parse asks of its tokens, worked out once per parse."""

    __slots__ = ("well_formed", "pieces", "offsets", "text", "starts", "shouting", "lowercase")

    def __init__(self, old: list[dict]):
        # Tokens as parse makes them: the steps below rely on it (a head indexes the tokens).
        self.well_formed = _well_formed(old)
        if not self.well_formed:
            return
        self.pieces = [t["text"] + t["ws"] for t in old]  # each token's text and spacing
        self.offsets = list(accumulate(map(len, self.pieces), initial=0))  # where each starts
        self.text = "".join(self.pieces)
        self.starts = _sentence_starts(old)
        self.shouting = _shouting(old)
        self.lowercase = frozenset(t["text"] for t in old if t["text"].islower())  # words as the caption writes them ("french fries")


_TOKEN_VALUES = itemgetter(*TOKEN_KEYS)
_TOKEN_TYPES = (str, str, str, str, str, str, int)  # of text, ws, lemma, pos, tag, dep, head


def _well_formed(old: list[dict]) -> bool:
    """Every token a dict with string text, spacing, lemma and labels, a head among the
    tokens, and none of an edit's working keys."""
    n = len(old)
    try:
        for t in old:
            values = _TOKEN_VALUES(t)
            if tuple(map(type, values)) != _TOKEN_TYPES or not 0 <= values[6] < n or "head_local" in t or "moved_from_start" in t or type(t) is not dict:
                return False
    except (KeyError, TypeError, IndexError):  # a key missing, or not a dict
        return False
    return True


_LAST_FACTS: tuple | None = None  # (tokens, their facts) of the parse edited last


# Facts worked out ahead, by the CLI's check of records a batch before they are edited:
# id of the tokens -> (the tokens, their facts); taken out when the record's turn comes.
_AHEAD: dict[int, tuple[list[dict], _Facts]] = {}
_AHEAD_MOST = 4096  # a few batches; what is never taken (a record parsed again) goes first


def _facts(old: list[dict]) -> _Facts:
    """The facts of ``old``: the last ones again for the same tokens, as an operator's
    candidates for one record are applied in turn. Tokens are never changed in place: an
    edit makes new ones."""
    global _LAST_FACTS
    last = _LAST_FACTS
    if last is not None and last[0] is old:
        return last[1]
    ahead = _AHEAD.pop(id(old), None)
    facts = ahead[1] if ahead is not None and ahead[0] is old else _Facts(old)
    _LAST_FACTS = (old, facts)
    return facts


def problem_ahead(tokens: list[dict]) -> str | None:
    """:func:`token_problem` for tokens that will be edited soon: their facts are kept for then."""
    facts = _Facts(tokens)
    if not facts.well_formed:
        return token_problem(tokens)
    if len(_AHEAD) >= _AHEAD_MOST:
        del _AHEAD[next(iter(_AHEAD))]
    _AHEAD[id(tokens)] = (tokens, facts)
    return None


def check_tokens(tokens: list[dict]) -> None:
    """Raise :class:`MalformedParse` for tokens not as parse makes them. Once per record, where
    it enters an operator: the facts worked out here serve the record's first edit."""
    if not _facts(tokens).well_formed:
        raise MalformedParse(token_problem(tokens))


_TYPE_NAMES = {str: "a string", int: "an integer"}


def token_problem(tokens: list[dict]) -> str | None:
    """What is wrong with the first token not as parse makes it ("parse.tokens[3] has head 99,
    out of range (7 tokens)"); None when every token is."""
    if _well_formed(tokens):
        return None
    n = len(tokens)
    for i, t in enumerate(tokens):
        where = f"parse.tokens[{i}]"
        if type(t) is not dict:
            return f"{where} must be an object, not {type(t).__name__}"
        for key, kind in zip(TOKEN_KEYS, _TOKEN_TYPES):
            if key not in t:
                return f"{where} has no {key!r}"
            if type(t[key]) is not kind:
                return f"{where}.{key} must be {_TYPE_NAMES[kind]}, not {type(t[key]).__name__}"
        if not 0 <= t["head"] < n:
            return f"{where} has head {t['head']}, out of range ({n} tokens)"
        for key in ("head_local", "moved_from_start"):
            if key in t:
                return f"{where} has {key!r}, a key of an edit's own tokens"
    raise AssertionError("tokens not well formed, but no token is wrong")  # pragma: no cover


# -- splicing --------------------------------------------------------------------------------


def _splice(old: list[dict], edits: list[Edit]):
    """The new tokens (copies: the fixes below edit them) with heads pointing among them, where
    each came from (None: new), the new tokens whose text or spacing differs from what stood
    there (new, or respaced), the edits' own tokens, and where each old token went."""
    new: list[dict] = []
    origin: list[int | None] = []
    old_to_new: list[int | None] = [None] * len(old)
    local_base: list[tuple[int, int]] = []  # (first new index of an edit, its length)
    respaced: list[int] = []  # copied tokens whose spacing an edit next to them may have changed
    added: list[int] = []  # the edits' own tokens
    position = 0
    for edit in edits:
        if position < edit.start:
            first = len(new)
            new += map(dict, old[position : edit.start])
            origin += range(position, edit.start)
            old_to_new[position : edit.start] = range(first, len(new))
        base = len(new)
        root = None
        for k, t in enumerate(edit.tokens):
            copy = {key: t.get(key) for key in TOKEN_KEYS}
            if "head_local" in t:
                copy["head_local"] = t["head_local"]
            elif root is None:
                root = base + k
            if "moved_from_start" in t:
                copy["moved_from_start"] = t["moved_from_start"]
            new.append(copy)
        origin += [None] * len(edit.tokens)
        added += range(base, len(new))
        local_base.append((base, len(edit.tokens)))
        if edit.start < edit.end:
            old_to_new[edit.start : edit.end] = [root] * (edit.end - edit.start)
        if base > 0:
            respaced.append(base - 1)
        _fix_whitespace(old, new, edit, base)
        position = edit.end
    if position < len(old):
        first = len(new)
        new += map(dict, old[position:])
        origin += range(position, len(old))
        old_to_new[position:] = range(first, len(new))

    for k, t in enumerate(new):
        if "head_local" in t:
            continue  # an edit's word hung on another of its words: below
        head = t["head"]
        try:
            mapped = old_to_new[head] if head >= 0 else None
        except (IndexError, TypeError):  # past the end, or not a number
            mapped = None
        t["head"] = k if mapped is None else mapped
    for base, length in local_base:
        for k in range(base, base + length):
            t = new[k]
            if "head_local" in t:
                t["head"] = base + t.pop("head_local")
    changed = set(added)
    for k in respaced:
        o = origin[k]
        if o is not None and new[k]["ws"] != old[o]["ws"]:
            changed.add(k)
    return new, origin, changed, added, old_to_new


def _fix_whitespace(old, new, edit: Edit, base: int) -> None:
    """Keep spacing natural: the new words end with what the replaced words ended with."""
    if not edit.tokens:
        if edit.start > 0 and base > 0 and edit.end > edit.start:
            new[base - 1]["ws"] = old[edit.end - 1]["ws"]  # a deletion: "a white cat." -> "a cat."
        return
    last = base + len(edit.tokens) - 1
    if edit.end > edit.start:
        new[last]["ws"] = old[edit.end - 1]["ws"]
    elif base > 0 and not new[base - 1]["text"].strip():
        new[last]["ws"] = " "  # after a run of spaces: "yellow   [donuts and ]bananas"
    elif base > 0 and _opens(new, base - 1):
        new[last]["ws"] = " "  # after an opening bracket or quote the new words stay inside it: "( not wearing"
    elif base > 0:
        # An insertion after token base-1: "dog." -> "dog and a cat." keeps the full stop attached,
        # and a comma opening the new words stays on the word before: "carrots, mushrooms and".
        new[last]["ws"] = new[base - 1]["ws"]
        new[base - 1]["ws"] = "" if new[base]["text"] == "," else " "
    else:
        new[last]["ws"] = " "


OPENERS = ("(", "[", "{", "“", "‘", "«")
QUOTES = ('"', "'")


def _opens(tokens: list[dict], k: int) -> bool:
    """Whether token k opens a bracket or a quote glued to the word after it: a straight quote
    opens where a space (or the caption's start) comes before it."""
    t = tokens[k]
    if t["ws"] != "":
        return False
    return t["text"] in OPENERS or (t["text"] in QUOTES and (k == 0 or tokens[k - 1]["ws"] != ""))


# -- agreement -------------------------------------------------------------------------------


def _children(tokens: list[dict]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for k, t in enumerate(tokens):
        if t["head"] != k:
            children[t["head"]].append(k)
    return children


def _wanted_number(noun: int, tokens, modifiers: list[int], children: list[int]) -> str | None:
    """'plural' or 'singular' as the noun's (moved) determiners and numbers ask, nearest first."""
    for c in sorted(modifiers, key=lambda c: noun - c):
        if c > noun or tokens[c]["dep"] not in ("nummod", "det", "quantmod", "amod", "compound"):
            continue
        word = tokens[c]["text"].lower()
        if word in grammar.STUFF_OR_MANY:
            return None  # "some water" and "some dogs": a stuff or many, as the noun already says
        if c + 1 < len(tokens) and tokens[c]["ws"] == "" and tokens[c + 1]["text"] == "-":
            return None  # a count inside a word joined by hyphens: "a 2-year-old girl", never "2-years-old"
        value = grammar.number_value(word)
        if word in grammar.PLURAL_DETERMINERS or (value is not None and value > 1):
            # An "a" that stayed before the count: it counts a compound modifier ("a two door
            # fridge" -> "a four door fridge"), not the noun the parser hung it on.
            if any(d < c and d not in modifiers and tokens[d]["dep"] == "det" and tokens[d]["text"].lower() in ("a", "an") for d in children):
                return None
            return "plural"
        if word in grammar.SINGULAR_DETERMINERS or value == 1:
            return "singular"
    return None


def _fix_agreement(tokens, origin, old, changed: set[int]) -> set[int]:
    """Noun number after a number word moves; then verbs after their subject's number changes."""
    fixed: set[int] = set()
    children = _children(tokens)
    subjects: set[int] = set()
    near_changed = set(changed)  # nouns changed themselves or in one of their children
    for c in changed:
        near_changed.add(tokens[c]["head"])
    for k in sorted(near_changed):
        if tokens[k]["pos"] != "NOUN":
            continue
        subjects.add(k)  # a subject edited or re-modified may change the verb's number
        if _renumber(k, tokens, children, changed):
            fixed.add(k)
    return fixed | _agree_verbs(subjects, tokens, children, origin, old, changed)


def number_bearer(name: list[dict] | tuple[dict, ...], head: int) -> int:
    """Which word of a noun's name, ``head`` its noun, takes its number: the noun, or the first
    noun of a name made with "of" ("bodies of water", never "body of waters")."""
    of_at = next((k for k in range(1, head) if name[k]["text"].lower() == "of" and name[k]["dep"] == "compound"), None)
    return head if of_at is None else of_at - 1


def _renumber(k: int, tokens, children, changed: set[int]) -> bool:
    """Re-inflect noun k for a number word that moved under it; True when it changed."""
    t = tokens[k]
    moved_children = [c for c in children[k] if c in changed]
    if not moved_children:
        return False  # only a number word that moved re-inflects the noun; an edited noun keeps its form
    want = _wanted_number(k, tokens, moved_children, children[k])
    have = "plural" if t["tag"] in ("NNS", "NNPS") else "singular"
    if not want or want == have:
        return False
    tag = "NNS" if want == "plural" else "NN"
    start = min((c for c in children[k] if c < k and tokens[c]["dep"] == "compound"), default=k)
    bearer = tokens[start + number_bearer(tokens[start : k + 1], k - start)]
    bearer["text"] = grammar.inflect(bearer["text"], tag, bearer["lemma"])
    t["tag"] = tag
    return True


def _agree_verbs(subjects: set[int], tokens, children, origin, old, changed: set[int]) -> set[int]:
    """Verbs after their subjects' number changed, subjects with a new conjunct among them."""
    # A new conjunct makes a subject plural: "A dog is running" -> "A dog and a cat are running".
    # (A word moved into an existing conjunct's place changes nothing.)
    for k in changed:
        head = tokens[k]["head"]
        if tokens[k]["dep"] == "conj" and tokens[head]["pos"] in ("NOUN", "PROPN") and _conjuncts_grew(head, tokens, children, origin, old):
            subjects.add(head)
    old_children: list[list[int]] = []  # worked out when first needed
    fixed: set[int] = set()
    for noun in subjects:
        fixed |= _agree_verb(noun, tokens, children, origin, old, old_children)
    return fixed


def _conjuncts_grew(noun: int, tokens, children, origin, old) -> bool:
    now = sum(tokens[c]["dep"] == "conj" for c in children[noun])
    if origin[noun] is None:
        return now > 0
    before = sum(1 for t in old if t["head"] == origin[noun] and t["dep"] == "conj" and t is not old[origin[noun]])
    return now > before


def _is_plural_subject(noun: int, tokens, children) -> bool:
    if tokens[noun]["tag"] in ("NNS", "NNPS"):
        return True
    if tokens[noun]["lemma"] in QUANTITY_NOUNS:
        # "A group of men are standing": a count of a plural agrees as a plural.
        for of in children[noun]:
            if tokens[of]["text"].lower() == "of" and any(tokens[c]["tag"] in ("NNS", "NNPS") and tokens[c]["dep"] == "pobj" for c in children[of]):
                return True
    return any(tokens[c]["dep"] == "conj" and tokens[c]["pos"] in ("NOUN", "PROPN") for c in children[noun])


def _subject_of(verb: int, tokens, children) -> int | None:
    for c in children[verb]:
        if tokens[c]["dep"] in ("nsubj", "nsubjpass"):
            return c
    if any(tokens[c]["dep"] == "expl" for c in children[verb]):  # "there is a dog": the noun after
        return next((c for c in children[verb] if tokens[c]["dep"] == "attr"), None)
    return None


def _agree_verb(noun: int, tokens, children, origin, old, old_children) -> set[int]:
    """The verbs whose subject is ``noun``: its head verb, and the verb of a relative clause on it
    ("the umbrellas that are", "a man who is")."""
    verb = tokens[noun]["head"]
    verbs = [(verb, _subject_of)] if _subject_of(verb, tokens, children) == noun else []
    if verbs:
        # A verb joined to it with no subject of its own shares it: "sits ... and feeds ducks".
        verbs += [(c, _shared_subject) for c in children[verb] if tokens[c]["dep"] == "conj" and tokens[c]["pos"] in ("VERB", "AUX") and _subject_of(c, tokens, children) is None]
    fixed = set()
    count = tokens[tokens[noun]["head"]]["head"] if tokens[noun]["dep"] == "pobj" else noun
    counted = [c for c in children[count] if tokens[c]["dep"] == "relcl"] if count != noun and _counted_by(count, tokens, children) == noun else []
    for clause in children[noun] + counted:
        if tokens[clause]["dep"] == "relcl" and (who := _subject_of(clause, tokens, children)) is not None and tokens[who]["tag"] in RELATIVE_TAGS:
            verbs.append((clause, _antecedent))
            if origin[noun] is None and tokens[who]["text"].lower() == "who":
                # A word moved in may be no person: "that" serves both ("an umbrella that is
                # holding a man", never "an umbrella who is").
                tokens[who].update(text=grammar.match_case("that", tokens[who]["text"]), lemma="that", tag="WDT")
                fixed.add(who)
        elif tokens[clause]["dep"] == "acl" and tokens[clause]["pos"] == "VERB":
            verbs.append((clause, _participle_of))  # "a dog licking itself": its reflexives agree
    if not verbs:
        return fixed  # most nouns are no subject: spare the number
    plural = _is_plural_subject(noun, tokens, children)
    gender = gender_of(tokens[noun]["lemma"])
    for k, subject_of in verbs:
        fixed |= _agree_finite(k, plural, tokens, children, origin, old, old_children, subject_of, gender)
    return fixed


RELATIVE_TAGS = ("WDT", "WP")  # "that", "which", "who"


def _shared_subject(verb: int, tokens, children) -> int | None:
    """The subject a verb joined to another shares with it, like :func:`_subject_of`."""
    return _subject_of(tokens[verb]["head"], tokens, children)


def _participle_of(clause: int, tokens, children) -> int | None:
    """The noun a participle describes (its head), like :func:`_antecedent`; its own kind, so
    :func:`_agree_finite` leaves its form alone."""
    return tokens[clause]["head"]


def _antecedent(clause: int, tokens, children) -> int | None:
    """The noun a relative clause's verb hangs on: what its "that" or "who" stands for; after a
    mere count, the thing counted ("lots of luggage that is", "lots of umbrellas that are")."""
    head = tokens[clause]["head"]
    return _counted_by(head, tokens, children) or head


def _counted_by(count: int, tokens, children) -> int | None:
    """The noun the mere count ``count`` counts: "umbrellas" of "lots |of umbrellas|"."""
    if tokens[count]["text"].lower() not in MERE_COUNTS:
        return None
    of = next((c for c in children[count] if tokens[c]["dep"] == "prep" and tokens[c]["text"].lower() == "of"), None)
    return next((c for c in children[of] if tokens[c]["dep"] == "pobj"), None) if of is not None else None


def _agree_finite(verb: int, plural: bool, tokens, children, origin, old, old_children, subject_of, gender: str | None = None) -> set[int]:
    """Make the first finite verb of ``verb`` (itself or an auxiliary) agree with ``plural``,
    unless its old subject (``subject_of`` the old verb) had that number already; ``gender``
    is the subject's, where its noun has one."""
    if origin[verb] is not None:
        if not old_children:
            old_children += _children(old)
        before = subject_of(origin[verb], old, old_children)
        if before is not None and _is_plural_subject(before, old, old_children) == plural:
            return set()  # the subject's number did not change: leave the verb as the caption has it
    fixed = _agree_reflexives(verb, plural, tokens, children, gender)
    if subject_of is _participle_of:
        return fixed  # a participle has no number of its own
    for k in [verb] + [c for c in children[verb] if tokens[c]["dep"] in ("aux", "auxpass")]:
        v = tokens[k]
        if subject_of is _shared_subject and v["tag"] == "VB" and tokens[tokens[verb]["head"]]["tag"] in ("VBZ", "VBP"):
            v["tag"] = "VBP"  # the tagger's base form after "and" is present like the verb before it
        if v["tag"] not in ("VBZ", "VBP") and not (v["tag"] == "VBD" and v["lemma"] == "be"):
            continue
        if v["text"][:1] in ("'", "’"):
            break  # a contraction ("it's", "they're") keeps its form
        if v["tag"] == "VBD":
            form = "were" if plural else "was"
        else:
            tag = "VBP" if plural else "VBZ"
            form = grammar.inflect(v["text"], tag, v["lemma"])
            v["tag"] = tag
        form = grammar.match_case(form, v["text"])
        if form != v["text"]:
            v["text"] = form
            fixed.add(k)
        break  # only the first finite verb agrees: "is running", not "running"
    return fixed


# A subject's reflexive in its number: "a dog licking itself" -> "a dog and a cat licking
# themselves".
SINGULAR_REFLEXIVES = ("itself", "himself", "herself")
SINGULAR_POSSESSIVES = ("its", "his", "her")
OTHER_GENDER_WORDS = {"male": ("her", "herself"), "female": ("his", "himself")}


# Clauses in a clause that are about something else: "a man watching a dog [that is] licking
# itself", "a man saying the dog hurt itself".
OTHER_CLAUSES = ("relcl", "acl", "ccomp")


def _agree_reflexives(verb: int, plural: bool, tokens, children, gender: str | None = None) -> set[int]:
    """The reflexive pronouns of ``verb``'s clause, and its possessives, take its subject's new
    number (only to the plural: "themselves" and "their" of one give no gender). A clause
    inside it about something else, or with a subject of its own, keeps its reflexives, as
    does one that stresses a noun ("the dog itself"), and one of the other gender than the
    subject's, which is another's: "The young man is kissing the young woman on top of her
    head" -> "A girl and the young man are kissing ... her head", never "their heads"."""
    if not plural:
        return set()
    fixed = set()
    stack = list(children[verb])
    while stack:
        k = stack.pop()
        t = tokens[k]
        if t["dep"] in OTHER_CLAUSES or (t["pos"] in ("VERB", "AUX") and any(tokens[c]["dep"] in ("nsubj", "nsubjpass") for c in children[k])):
            continue
        if t["dep"] in ("nsubj", "nsubjpass"):
            continue  # the subject's own possessor is someone else: "with his dog and a kitten running beside him"
        stack += children[k]
        word = t["text"].lower()
        if gender is not None and word in OTHER_GENDER_WORDS[gender]:
            continue
        if t["tag"] == "PRP$" and word in SINGULAR_POSSESSIVES:
            t["text"] = grammar.match_case("their", t["text"])  # "A dog and a rabbit sticking their heads out"
            t["lemma"] = "their"
            fixed.add(k)
            part = tokens[t["head"]]
            if part["tag"] == "NN" and part["lemma"].lower() in EACH_ONES_PARTS:
                part["text"], part["tag"] = grammar.inflect(part["text"], "NNS", part["lemma"]), "NNS"  # "spray water on their backs"
                fixed.add(t["head"])
            continue
        if t["tag"] != "PRP" or t["dep"] == "appos" or word not in SINGULAR_REFLEXIVES:
            continue
        t["text"] = grammar.match_case("themselves", t["text"])
        t["lemma"] = "themselves"
        fixed.add(k)
    return fixed


# Parts each body has one of: many owners have many ("An elephant and a rooster spray water on
# their backs"); what they share stays one ("their mother").
EACH_ONES_PARTS = {"back", "head", "face", "tail", "nose", "mouth", "neck", "trunk", "body", "chin", "belly", "beak", "snout", "tongue"}


RECIPROCALS = (("each", "other"), ("one", "another"))


def reciprocal_of_one(tokens: list[dict]) -> bool:
    """True when "each other" or "one another" is said of one thing: "A giraffe standing next
    to each other" (a swap or a new count left the subject singular)."""
    words = [t["text"].lower() for t in tokens]
    at = next((k for k in range(len(words) - 1) if (words[k], words[k + 1]) in RECIPROCALS), None)
    if at is None:
        return False
    children = _children(tokens)
    k, seen = at, set()
    while tokens[k]["pos"] not in ("VERB", "AUX") and tokens[k]["head"] != k and k not in seen:
        seen.add(k)
        k = tokens[k]["head"]
    if tokens[k]["pos"] not in ("VERB", "AUX"):
        return False
    subject = _subject_of(k, tokens, children)
    if subject is None and tokens[k]["dep"] in ("acl", "relcl") and tokens[tokens[k]["head"]]["pos"] in ("NOUN", "PROPN"):
        subject = tokens[k]["head"]  # "two giraffes standing next to each other"
    while subject is not None and tokens[subject]["dep"] == "conj" and tokens[subject]["head"] != subject:
        subject = tokens[subject]["head"]  # "a man and a girl standing ...": the first conjunct counts them all
    if subject is None or tokens[subject]["pos"] not in ("NOUN", "PROPN"):
        return False
    # "A herd of zebra standing next to each other": a group of them is many, whatever its noun's number
    group = tokens[subject]["lemma"] in QUANTITY_NOUNS and any(tokens[c]["text"].lower() == "of" for c in children[subject])
    counted = group_counting(subject, tokens) is not None  # "a herd of |zebra|"
    return not group and not counted and not _is_plural_subject(subject, tokens, children)


# Words that deny what follows them, where "some" reads as "any": "without any potatoes".
DENYING_WORDS = {"without", "lacking", "lacks", "lack", "no", "not"}


def _fix_determiners(tokens, changed: set[int]) -> set[int]:
    """Determiners that an edit left before a word they no longer fit: "a" or "an" by the
    sound of the word after it, "some" after a new denial."""
    fixed = set()
    last = len(tokens) - 1
    for k in sorted(changed | {_before_the_space(tokens, c - 1) for c in changed}):  # an article changed or before a change
        if not 0 <= k < last:
            continue
        if tokens[k]["text"].lower() in ("a", "an") and _reinflect_article(k, tokens):
            fixed.add(k)
        elif k in changed and tokens[k]["text"].lower() in DENYING_WORDS and tokens[k + 1]["text"].lower() == "some":
            # A denial newly before "some": "with some potatoes" -> "without any potatoes",
            # never "without some potatoes" (which may be true).
            tokens[k + 1].update(text=grammar.match_case("any", tokens[k + 1]["text"]), lemma="any")
            fixed.add(k + 1)
    return fixed


def _reinflect_article(k: int, tokens) -> bool:
    """Make the "a"/"an" at k fit the word after it (unless that is punctuation); True if changed."""
    t = tokens[k]
    after = _past_the_space(tokens, k + 1)
    if after >= len(tokens) or tokens[after]["pos"] == "PUNCT":
        return False
    want = grammar.match_case(grammar.article_for(tokens[after]["text"]), t["text"])
    if want == t["text"]:
        return False
    t["text"] = want
    return True


def _fix_possessives(tokens, changed: set[int]) -> set[int]:
    """A possessive that an edit left after a new owner takes the owner's number: "the
    balloons' table" (never "the balloons's table"), "the cat's bowl" (never "the cat' bowl")."""
    fixed = set()
    for k in changed:
        if k + 1 >= len(tokens) or tokens[k]["pos"] not in ("NOUN", "PROPN") or not (tokens[k + 1]["tag"] == "POS" or tokens[k + 1]["text"] in ("'", "’")):
            continue  # (a bare curly quote is read as punctuation)
        mark = tokens[k + 1]["text"]
        quote = mark[:1]
        plural = tokens[k]["tag"] in ("NNS", "NNPS") and tokens[k]["text"].lower().endswith("s")
        want = quote if plural else quote + ("S" if tokens[k]["text"].isupper() and len(tokens[k]["text"]) > 1 else "s")
        if quote in ("'", "’") and mark != want:
            tokens[k + 1]["text"] = want
            fixed.add(k + 1)
    return fixed


# A caption's runs of extra spaces are tokens of their own ("a  busy street"): an article reads
# the word past them.
def _before_the_space(tokens, k: int) -> int:
    while k > 0 and tokens[k]["pos"] == "SPACE":
        k -= 1
    return k


def _past_the_space(tokens, k: int) -> int:
    while k < len(tokens) and tokens[k]["pos"] == "SPACE":
        k += 1
    return k


def _sentence_starts(tokens) -> set[int]:
    starts = {k + 1 for k, t in enumerate(tokens[:-1]) if t["text"] in SENTENCE_END}
    if tokens:
        starts.add(0)
    return starts


def _shouting(old) -> bool:
    """More than one word, every one in capitals: "A DOG ON A COUCH"."""
    words = 0
    for t in old:
        text = t["text"]
        if text.isupper():
            words += any(ch.isalpha() for ch in text)
        elif any(ch.isalpha() for ch in text):
            return False  # a word not all capitals
    return words > 1


def _fix_capitals(tokens, origin, old, changed: set[int], facts: _Facts, added: list[int], old_to_new: list[int | None], lexicon: Lexicon) -> set[int]:
    """New sentence starts take the caption's capital; words moved off a start lose theirs; a
    new proper adjective ("Christmas", "Italian": :data:`grammar.PROPER_CATEGORIES`) takes one."""
    if not tokens or not old:
        return set()
    if facts.shouting:
        # "A DOG ON A COUCH": every word a capital, the new ones too.
        shouted = {k for k in changed.union(added) if not tokens[k]["text"].isupper() and tokens[k]["text"].upper() != tokens[k]["text"]}
        for k in shouted:
            tokens[k]["text"] = tokens[k]["text"].upper()
        return shouted
    old_starts = facts.starts
    # The caption's style: its first sentence start with a letter ("3 dogs play" says none, and
    # a caption is written with capitals far more often than without: "No dogs play").
    lettered = next((old[s]["text"] for s in sorted(old_starts) if old[s]["text"][:1].isalpha()), None)
    capitalised = lettered is None or lettered[0].isupper()
    starts = _sentence_starts(tokens)
    fixed = set()
    # Only a sentence start, a changed or new word, or a word that started a sentence can change.
    for k in starts.union(changed, added, (old_to_new[s] for s in old_starts if old_to_new[s] is not None)):
        t = tokens[k]
        if _recapitalise(k, t, starts, old_starts, origin, changed, capitalised, facts.lowercase, lexicon):
            fixed.add(k)
    return fixed


def _recapitalise(k: int, t: dict, starts, old_starts, origin, changed: set[int], capitalised: bool, written: frozenset[str], lexicon: Lexicon) -> bool:
    """Give token k a sentence start's capital, or take one it no longer has; True if changed."""
    moved_or_new = k in changed or origin[k] is None
    was_start = origin[k] in old_starts if origin[k] is not None else False
    if k in starts and (moved_or_new or not was_start) and capitalised:
        text = grammar.capitalise(t["text"])
    elif origin[k] is None and t["text"].islower() and t["text"] not in written and lexicon.category("attributes", t["text"]) in grammar.PROPER_CATEGORIES:
        text = grammar.capitalise(t["text"])  # a new "christmas ornament" is a Christmas one ("french fries" as the caption wrote them)
    elif k not in starts and (moved_or_new or was_start) and t["pos"] != "PROPN" and t["text"] != "I":
        # A capital goes when it was a sentence's ("Two" moved inside) or a new common word
        # took it from the word it replaced; a moved "German" keeps its own.
        lose = was_start or (origin[k] is None and t.get("moved_from_start", True))
        text = grammar.decapitalise(t["text"]) if t["text"][:1].isupper() and lose else t["text"]
    else:
        return False
    if text == t["text"]:
        return False
    t["text"] = text
    return True


# -- character edits -------------------------------------------------------------------------


def _char_edits(old, new, origin, pieces: list[str], facts: _Facts, changed: set[int]) -> list[dict]:
    """``pieces``: text and spacing of each new token."""
    offsets, old_text = facts.offsets, facts.text
    # A new token is the same as the old one it came from: the same text and spacing. Only
    # those in ``changed`` may differ.
    same = [o is not None for o in origin]
    for k in changed:
        o = origin[k]
        if o is not None:
            same[k] = new[k]["text"] == old[o]["text"] and new[k]["ws"] == old[o]["ws"]
    n_new, n_old = len(new), len(old)
    edits = []
    i = k = 0
    while k < n_new or i < n_old:
        if k < n_new and origin[k] == i and same[k]:
            i, k = i + 1, k + 1
            continue
        i0, k0 = i, k
        while k < n_new and not (same[k] and origin[k] >= i0):
            k += 1
        i = origin[k] if k < n_new else n_old
        before = old_text[offsets[i0] : offsets[i]]
        after = "".join(pieces[k0:k])
        start, before, after = _trim(offsets[i0], before, after)
        if before != after:
            edits.append({"start": start, "end": start + len(before), "before": before, "after": after})
    return edits


def _boundary(s: str, x: int) -> bool:
    if x <= 0 or x >= len(s):
        return True
    return s[x - 1].isspace() != s[x].isspace() or not s[x - 1].isalnum() or not s[x].isalnum()


def _trim(start: int, before: str, after: str) -> tuple[int, str, str]:
    """Drop what both sides share at either end, cutting only between words."""
    p = 0
    while p < min(len(before), len(after)) and before[p] == after[p]:
        p += 1
    while p > 0 and not (_boundary(before, p) and _boundary(after, p)):
        p -= 1
    q = 0
    while q < min(len(before), len(after)) - p and before[-1 - q] == after[-1 - q]:
        q += 1
    while q > 0 and not (_boundary(before, len(before) - q) and _boundary(after, len(after) - q)):
        q -= 1
    return start + p, before[p : len(before) - q], after[p : len(after) - q]


def replay(text: str, edits: Sequence[dict]) -> str:
    """Apply character edits (as written in ``ops[*].edits``) to ``text``; checks ``before``."""
    out, position = [], 0
    for edit in sorted(edits, key=lambda e: e["start"]):
        if text[edit["start"] : edit["end"]] != edit["before"]:
            raise ValueError(f"edit {edit} does not match the text {text!r}")
        out.append(text[position : edit["start"]])
        out.append(edit["after"])
        position = edit["end"]
    out.append(text[position:])
    return "".join(out)
