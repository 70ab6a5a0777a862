"""The typed lexicon: visual concepts by type and category, relation contrasts, and the synonym
and hypernym groups an operator must not swap in.

The built-in lexicon is ``comptool/data/lexicon.json``, written by hand for COCO-style captions
(no entry is mined from benchmark negatives). ``--vocab FILE`` extends or replaces it, and
``comptool vocab`` writes such a file from a parsed corpus. File format (every key optional)::

    {
      "replace": false,                        # true: FILE replaces the built-in lexicon
      "objects":    {"animal": ["dog", "cat"], ...},           # category -> lemmas
      "attributes": {"colour": ["red", "blue"], ...},
      "relations":  {"vertical": ["on", "under"], "proximity": ["next to", "in front of"], "posture": ["sit", "sit on"], ...},
      "contrasts":  [["on", "under"], ["in front of", "behind"], ...],  # relations that exclude each other
      "synonyms":   [["couch", "sofa"], ...],                 # never replace one by another
      "hypernyms":  {"animal": ["dog", "cat"], ...},           # a word and its hyponyms: never replace
                                                              # one by the other
      "attribute_fits": {"age": ["person", "animal"], ...},   # object categories an attribute category fits
      "multiword_relations": ["in front of", "next to", ...],
      "no_replace": ["objects:collective", "animal", ...],    # never replaced or drawn (see below)
      "counts": {"objects": {"dog": 12, ...}, ...}            # informational (written by comptool vocab)
    }

Conventions:

- Entries are lowercase lemmas, multi-word ones with single spaces. Look-ups treat a hyphen like a
  space ("t-shirt" = "t shirt") and ignore case. Nouns are singular ("dog"; plural-only words as
  written: "pants", "scissors"). Adjectives are the positive form ("big", not "bigger").
- Relations: prepositions are plain words ("on", "in front of"); verbs are lemmas, alone or with
  their particle or preposition ("ride", "hold", "sit on", "look at"). Operators inflect verbs
  (lemminflect). A verb relation not listed with its preposition takes the category of its verb
  ("sit beneath" -> "sit" -> posture), a compound object not listed that of its head noun
  ("bathroom mirror" -> "mirror" -> household). Attributes are listed as they read in captions
  ("parked", "sliced"), not as verb lemmas; :meth:`Lexicon.entry` maps a parser's forms
  ("park", "parked") to the listed one.
- Words inside one category are alternatives of one property: replacing one by another makes a
  caption false ("red" -> "blue"). Words that mean the same are listed in ``synonyms``; more general
  and more specific words in ``hypernyms`` (followed transitively: "animal" > "dog" > "puppy").
  :meth:`Lexicon.related` is true for such pairs and :meth:`Lexicon.alternatives` leaves them out.
- The first word of a synonym group is its preferred form. :meth:`Lexicon.alternatives` offers
  only preferred forms and words in no group, so rare variants and misspellings ("brocolli") are
  recognised but never written.
- A word may sit in more than one category when it has more than one sense ("old" is an age and
  a condition, "short" a height and a length). :meth:`Lexicon.category` returns the first,
  unless told the category of the object the attribute describes.
- ``attribute_fits`` names the object categories an attribute category fits ("*": any); an
  attribute category it does not list fits any object.
- ``no_replace`` entries are either ``"section:category"`` (a category whose words are
  recognised but never replaced nor drawn as replacements: collective nouns, picture words,
  parts and portions, evaluative adjectives) or a bare lemma (never drawn as a replacement or an
  addition: general words such as "animal" or "food").
- ``multiword_relations`` are the multi-word prepositions the parser matches as one relation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Iterable

from comptool.jsonl import ComptoolError, loads

SECTIONS = ("objects", "attributes", "relations")
TABLES = SECTIONS + ("hypernyms", "attribute_fits")  # name -> list of words
LISTS = ("contrasts", "synonyms")  # lists of word groups
WORD_LISTS = ("multiword_relations", "no_replace")  # lists of words
INFO = ("replace", "counts", "errors")  # keys a file may carry that do not describe concepts
KEYS = TABLES + LISTS + WORD_LISTS + INFO


_KEYS: dict[str, str] = {}


def key(word: str) -> str:
    """The look-up form of a word: lowercase, hyphens as spaces, single spaces."""
    found = _KEYS.get(word)
    if found is None:
        found = " ".join(word.lower().replace("-", " ").split())
        if len(_KEYS) < 200_000:
            _KEYS[word] = found
    return found


def normalise(word: str) -> str:
    """The stored form of an entry: lowercase, single spaces (hyphens kept)."""
    lower = word.lower()
    if "  " in lower or lower[:1] == " " or lower[-1:] == " " or "\t" in lower or "\n" in lower:
        lower = " ".join(lower.split())
    return lower


@dataclass
class Lexicon:
    objects: dict[str, list[str]] = field(default_factory=dict)
    attributes: dict[str, list[str]] = field(default_factory=dict)
    relations: dict[str, list[str]] = field(default_factory=dict)
    contrasts: list[list[str]] = field(default_factory=list)
    synonyms: list[list[str]] = field(default_factory=list)
    hypernyms: dict[str, list[str]] = field(default_factory=dict)
    attribute_fits: dict[str, list[str]] = field(default_factory=dict)
    multiword_relations: list[str] = field(default_factory=list)
    no_replace: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index()

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: dict, *, normalised: bool = False) -> "Lexicon":
        """A lexicon from a dict in the file format; unknown keys ignored. Entries are normalised
        (lowercase, single spaces) unless the caller vouches they are (``normalised``)."""
        known = set(cls.__dataclass_fields__)
        fields: dict[str, Any] = {}
        for name, value in data.items():
            if name not in known:
                continue
            if normalised:
                fields[name] = value
            elif name in TABLES:
                value = {normalise(c): [normalise(w) for w in words] for c, words in value.items()}
            elif name in LISTS:
                value = [[normalise(w) for w in group] for group in value]
            else:
                value = [normalise(w) for w in value]
            fields[name] = value
        return cls(**fields)

    def extended(self, data: dict) -> "Lexicon":
        """A new lexicon: this one plus ``data`` (or ``data`` alone when it says ``"replace": true``).

        Categories present in both keep this lexicon's words first, so a word's first category
        (what :meth:`category` returns) stays the built-in one.
        """
        if data.get("replace"):
            return Lexicon.from_dict(data)
        merged = self.to_dict()
        for section in TABLES:
            for category, words in data.get(section, {}).items():
                have = merged[section].setdefault(category, [])
                have.extend(w for w in words if w not in have)
        for section in LISTS:
            merged[section].extend(data.get(section, []))
        for section in WORD_LISTS:
            merged[section].extend(w for w in data.get(section, []) if w not in merged[section])
        return Lexicon.from_dict(merged)

    def to_dict(self) -> dict:
        return {name: json.loads(json.dumps(getattr(self, name))) for name in self.__dataclass_fields__}

    # -- index -----------------------------------------------------------------------------

    def _index(self) -> None:
        self._found: dict[str, dict[str, list[str]]] = {}
        self._categories: dict[str, dict[str, list[str]]] = {}
        self._spelling: dict[str, dict[str, str]] = {}  # look-up form -> entry as written, where they differ
        for section in SECTIONS:
            table: dict[str, list[str]] = {}
            spelling: dict[str, str] = {}
            for category, words in getattr(self, section).items():
                for word in words:
                    k = key(word)
                    cats = table.setdefault(k, [])
                    if category not in cats:
                        cats.append(category)
                    if k != word:
                        spelling.setdefault(k, word)
            self._categories[section] = table
            self._spelling[section] = spelling
        self._multiword = sorted(
            {tuple(phrase.lower().split()) for phrase in self.multiword_relations if " " in phrase},
            key=len,
            reverse=True,
        )
        self._synonyms: dict[str, set[str]] = {}
        # Per section, the words listed after the first of a synonym group of that section (the
        # section its first word belongs to): recognised, never drawn.
        self._variant: dict[str | None, set[str]] = {section: set() for section in SECTIONS}
        self._variant[None] = set()
        for group in self.synonyms:
            words = [key(w) for w in group]
            for word in words:
                self._synonyms.setdefault(word, set()).update(w for w in words if w != word)
            # The group belongs to the section that knows most of its words ("tile, tiled":
            # attributes); of two that know as many, to one where they share a category ("green,
            # olive, lime": colours, where as things they are a place, a food and a fruit).
            section, most, shared = None, 0, False
            for s in SECTIONS:
                table = self._categories[s]
                known = [table[w][0] for w in words if w in table]
                together = len(set(known)) == 1
                if len(known) > most or (len(known) == most and together and not shared):
                    section, most, shared = s, len(known), together
            self._variant[section].update(w for w in words[1:] if w != words[0])
        self._children: dict[str, list[str]] = {}
        self._parents: dict[str, list[str]] = {}
        for hypernym, hyponyms in self.hypernyms.items():
            top = key(hypernym)
            below = self._children.setdefault(top, [])
            for word in hyponyms:
                word = key(word)
                below.append(word)
                self._parents.setdefault(word, []).append(top)
        self._below: dict[str, frozenset[str]] = {}  # filled lazily: loading stays fast
        self._ancestors: dict[str, frozenset[str]] = {}
        self._cousins: dict[tuple[str, str], list[str]] = {}
        self._co_hyponyms: dict[tuple[str, str], tuple[frozenset[str], list[str]]] = {}
        self._by_key: dict[str, dict[str, list[tuple[int, str]]]] = {}  # section -> (see words_by_key)
        self._contrasts: dict[str, set[str]] = {}
        for group in self.contrasts:
            words = [key(w) for w in group]
            for word in words:
                self._contrasts.setdefault(word, set()).update(w for w in words if w != word)
        self._blocked_categories = {tuple(e.split(":", 1)) for e in self.no_replace if ":" in e}
        self._blocked_words = {key(e) for e in self.no_replace if ":" not in e}

    # -- look-ups --------------------------------------------------------------------------

    def _find(self, section: str, lemma: str) -> list[str]:
        # Memoised: parse and every operator step ask about the same few thousand words.
        memo = self._found.get(section)
        if memo is None:
            memo = self._found[section] = {}
        found = memo.get(lemma)
        if found is None:
            found = memo[lemma] = self._look_up(section, lemma)
        return found

    def _look_up(self, section: str, lemma: str) -> list[str]:
        table = self._categories[section]
        word = key(lemma)
        found = table.get(word)
        if found:
            return found
        for candidate in _variants(word):
            found = table.get(candidate)
            if found:
                return found
        if " " in word:
            if section == "relations":
                return table.get(word.split(" ", 1)[0], [])  # "sit beneath" -> "sit"
            if section == "objects":
                return self._look_up(section, word.rsplit(" ", 1)[1])  # "bathroom mirror" -> "mirror"
        return []

    def category(self, section: str, lemma: str, object_category: str | None = None) -> str | None:
        """The category of ``lemma`` under ``objects``, ``attributes`` or ``relations``, if known.

        Tolerates plural/lemma mismatches ("pant" finds "pants"), gives an unlisted compound
        object its head noun's category ("bathroom mirror" -> "mirror") and an unlisted relation
        its verb's ("sit beneath" -> "sit"). A word with several
        categories gives its first, or for an attribute given ``object_category`` the first that
        fits that object ("old" of a truck: condition; of a man: age); for an object,
        ``object_category`` is the sense a parse chose, where the word has it.
        """
        found = self._find(section, lemma)
        if not found:
            return None
        if section == "objects" and object_category in found:
            return object_category  # the sense a parse chose ("chicken" with rice: food)
        if object_category is not None and section == "attributes" and len(found) > 1:
            for category in found:
                if self.fits(category, object_category):
                    return category
        return found[0]

    def entry(self, section: str, *forms: str | None) -> str | None:
        """The lexicon's own spelling of a concept given its forms, first known wins: e.g.
        ``entry("attributes", "park", "parked")`` -> ``"parked"`` (a parser's verb lemma of a
        participle), ``entry("objects", "pant", "pants")`` -> ``"pants"``."""
        for form in forms:
            if not form:
                continue
            word = key(form)
            if word in self._categories[section]:
                return self._spelling[section].get(word, word)
            for candidate in _variants(word):
                if candidate in self._categories[section]:
                    return self._spelling[section].get(candidate, candidate)
        return None

    def categories(self, section: str, lemma: str) -> list[str]:
        """Every category of ``lemma`` in ``section``, first (default) first."""
        return list(self._find(section, lemma))

    def known(self, lemma: str) -> bool:
        """True when ``lemma`` is an object, attribute or relation of this lexicon."""
        return any(self._find(section, lemma) for section in SECTIONS)

    def words(self, section: str, category: str) -> list[str]:
        return getattr(self, section).get(category, [])

    def related(self, a: str, b: str) -> bool:
        """True when a and b are the same lemma, synonyms, or hypernym and hyponym (at any depth)."""
        a, b = key(a), key(b)
        return a == b or b in self._synonyms.get(a, ()) or b in self.below(a) or a in self.below(b)

    def below(self, word: str) -> frozenset[str]:
        """Every word under ``word`` in ``hypernyms`` at any depth, with the synonyms of each of
        them ("person" > "child" > "boy"; "kid", a synonym of "child", is below "person" too)."""
        top = key(word)
        if top not in self._children:
            return frozenset()  # most words have nothing under them
        found = self._below.get(top)
        if found is None:
            below: set[str] = set()
            stack = list(self._children.get(top, ()))
            while stack:
                w = stack.pop()
                if w in below or w == top:
                    continue
                below.add(w)
                stack.extend(self._children.get(w, ()))
                stack.extend(self._synonyms.get(w, ()))
            below.discard(top)
            found = self._below[top] = frozenset(below)
        return found

    def ancestors(self, word: str) -> frozenset[str]:
        """Every hypernym of ``word`` at any depth, with the synonyms of each of them (look-up
        forms): the mirror of :meth:`below` ("puppy" -> "dog", "animal", "pet"...)."""
        word = key(word)
        if word not in self._parents:
            return frozenset()  # a word no hypernym lists
        found = self._ancestors.get(word)
        if found is None:
            seen: set[str] = set()
            stack = list(self._parents.get(word, ()))
            while stack:
                w = stack.pop()
                if w in seen:
                    continue
                seen.add(w)
                stack.extend(self._parents.get(w, ()))
                for synonym in self._synonyms.get(w, ()):
                    if synonym not in seen:
                        seen.add(synonym)
                        stack.extend(self._parents.get(synonym, ()))
            found = self._ancestors[word] = frozenset(seen)
        return found

    def cousins(self, section: str, word: str) -> list[str]:
        """What a general word whose own category holds only its hyponyms may become: the
        drawable words of other categories listed under its nearest hypernym that has any
        ("person" -> "dog" under "living thing"; "fruit" -> "broccoli" under "produce" before
        "pizza" under "food"). Never a word related to ``word`` or to a synonym of it, nor one
        of its own category; in lexicon order; empty for a word with no hypernym."""
        k = key(word)
        memo = (section, k)
        found = self._cousins.get(memo)
        if found is not None:
            return found
        forms = {k} | self._synonyms.get(k, set())
        excluded = set().union(*({w} | self.below(w) | self.ancestors(w) for w in forms))
        own_categories = {c for w in forms for c in self._categories[section].get(w, ())}
        found = []
        level = self._nearest({p for w in forms for p in self._parents.get(w, ())})
        climbed: set[str] = set()
        while level and not found:
            # Listed under the level, not reached through synonyms: "model" (a person) shares a
            # group with "toy" (fake), which is no living thing.
            under = set()
            stack = list(level)
            while stack:
                w = stack.pop()
                if w not in under:
                    under.add(w)
                    stack.extend(self._children.get(w, ()))
            seen: set[str] = set()
            for category, words in getattr(self, section).items():
                if category in own_categories or not self.replaceable(section, category):
                    continue
                for w in words:
                    wk = key(w)
                    if wk in under and wk not in excluded and wk not in seen and self.drawable(w, section):
                        seen.add(wk)
                        found.append(w)
            climbed |= level
            level = self._nearest({p for w in level for p in self._parents.get(w, ())} - climbed)
        self._cousins[memo] = found
        return found

    def co_hyponyms(self, section: str, word: str) -> tuple[frozenset[str], list[str]]:
        """The nearest hypernyms of ``word`` and the drawable words of ``section`` listed under
        them that are not related to it, in lexicon order: "ham" -> ({"meat"}, ["beef", "pork",
        "bacon", ...])."""
        k = key(word)
        memo = (section, k)
        held = self._co_hyponyms.get(memo)
        if held is not None:
            return held
        forms = {k} | self._synonyms.get(k, set())
        parents = frozenset(self._nearest({p for w in forms for p in self._parents.get(w, ())}))
        under: set[str] = set()
        stack = list(parents)
        while stack:
            w = stack.pop()
            if w not in under:
                under.add(w)
                stack.extend(self._children.get(w, ()))
        excluded = set().union(*({w} | self.below(w) | self.ancestors(w) for w in forms))
        # The words under the hypernyms, found by their look-up forms and put back in lexicon
        # order: a few of them, not a pass over the whole section.
        by_key = self.words_by_key(section)
        listed = sorted(entry for wk in under - excluded - parents for entry in by_key.get(wk, ()))
        found: list[str] = []
        for _, w in listed:
            if w not in found and self.drawable(w, section):
                found.append(w)
        self._co_hyponyms[memo] = (parents, found)
        return parents, found

    def words_by_key(self, section: str) -> dict[str, list[tuple[int, str]]]:
        """The words of a section by look-up form, each with its place in lexicon order (the
        categories in turn, a word in each of its categories)."""
        found = self._by_key.get(section)
        if found is None:
            found = self._by_key[section] = {}
            for position, w in enumerate(w for words in getattr(self, section).values() for w in words):
                found.setdefault(key(w), []).append((position, w))
        return found

    def _nearest(self, hypernyms: set[str]) -> set[str]:
        """The most specific of ``hypernyms``: those that are no hypernym of another of them."""
        return {h for h in hypernyms if not any(h in self.ancestors(other) for other in hypernyms if other != h)}

    def synonymous(self, a: str, b: str) -> bool:
        """True when a and b are listed in one synonym group (hypernyms apart)."""
        return key(b) in self._synonyms.get(key(a), ())

    def synonyms_of(self, lemma: str) -> set[str]:
        return set(self._synonyms.get(key(lemma), ()))

    def contrasts_of(self, phrase: str) -> set[str]:
        return self._contrasts.get(key(phrase), set())

    def fits(self, attribute_category: str, object_category: str | None) -> bool:
        allowed = self.attribute_fits.get(attribute_category)
        return allowed is None or "*" in allowed or object_category in allowed

    def fitting(self, object_category: str | None) -> list[str]:
        """The attribute categories that fit an object of ``object_category`` and may be added."""
        return [
            category
            for category in self.attributes
            if self.fits(category, object_category) and self.replaceable("attributes", category)
        ]

    def replaceable(self, section: str, category: str | None) -> bool:
        """False for categories listed in ``no_replace`` (collective nouns, picture words, ...)."""
        return (section, category) not in self._blocked_categories

    def drawable_as(self, word: str, section: str, category: str) -> bool:
        """:meth:`drawable`, and in ``category`` unless that is a second sense of an animal: an
        animal's meat ("chicken" with rice) is recognised as food, never drawn as food, where it
        would read as the animal ("a bowl of soup and chickens")."""
        if not self.drawable(word, section):
            return False
        first = self.category(section, word)
        return section != "objects" or first == category or first != "animal"

    def drawable(self, word: str, section: str | None = None) -> bool:
        """Whether ``word`` may be written as a replacement or addition (in ``section``, or in any):
        not a variant of a synonym group (a later member, "sofa" of "couch, sofa") and not a
        general word listed in ``no_replace``."""
        word = key(word)
        if word in self._blocked_words:
            return False
        if section is None:
            return not any(word in variants for variants in self._variant.values())
        return word not in self._variant[section] and word not in self._variant[None]

    def alternatives(self, section: str, category: str | None, lemma: str, *forms: str) -> list[str]:
        """Words of ``category`` that may replace ``lemma``: never ``lemma`` itself, its synonyms,
        hypernyms or hyponyms, rare variants, general words, nor anything from a ``no_replace``
        category. Other ``forms`` of the concept (its text: "parked" beside the lemma "park") are
        kept out the same way. In lexicon order; empty when the category is unknown or not
        replaceable."""
        if category is None or not self.replaceable(section, category):
            return []
        own = [lemma, *forms]
        listed = self.entry(section, *own)
        if listed is not None:
            own.append(listed)
        out: list[str] = []
        seen: set[str] = set()
        for word in self.words(section, category):
            k = key(word)
            if k in seen or any(self.related(o, word) for o in own) or not self.drawable(word, section):
                continue
            seen.add(k)
            out.append(word)
        return out

    @cached_property
    def relations_by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        """Multi-word relations as word tuples by their first word, longest first."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.multiword:
            found.setdefault(phrase[0], []).append(phrase)
        return found

    @cached_property
    def objects_by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        """Multi-word object names ("fire hydrant") as word tuples by their first word, longest
        first; a hyphenated one also as its words apart, as captions write it ("double decker
        bus" for "double-decker bus")."""
        phrases = {tuple(w.lower().split()) for words in self.objects.values() for w in words if " " in w} | self.hyphenated_apart
        # As the tokenizer splits them: "t-shirt" is "t", "-", "shirt".
        phrases |= {tuple(w.lower().replace("-", " - ").split()) for words in self.objects.values() for w in words if "-" in w}
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            found.setdefault(phrase[0], []).append(phrase)
        return found

    @cached_property
    def hyphenated_apart(self) -> frozenset[tuple[str, ...]]:
        """Hyphenated object names as word tuples, their words apart: ("double", "decker", "bus")."""
        return frozenset(tuple(w.lower().replace("-", " ").split()) for words in self.objects.values() for w in words if "-" in w)

    @cached_property
    def attributes_by_first_word(self) -> dict[str, list[tuple[str, ...]]]:
        """Attributes of several words ("long-haired", "brightly lit") as tuples of their look-up
        words by their first word, longest first: the parser reads them as one attribute."""
        phrases = {tuple(key(w).split(" ")) for words in self.attributes.values() for w in words}
        found: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted((p for p in phrases if len(p) > 1), key=lambda p: (-len(p), p)):
            found.setdefault(phrase[0], []).append(phrase)
        return found

    @property
    def multiword(self) -> list[tuple[str, ...]]:
        """Multi-word relations as word tuples, longest first."""
        return self._multiword

    def sizes(self) -> dict[str, int]:
        """Entry counts per section (distinct look-up forms for the three concept sections)."""
        return {
            "objects": len({key(w) for ws in self.objects.values() for w in ws}),
            "object_categories": len(self.objects),
            "attributes": len({key(w) for ws in self.attributes.values() for w in ws}),
            "attribute_categories": len(self.attributes),
            "relations": len({key(w) for ws in self.relations.values() for w in ws}),
            "relation_categories": len(self.relations),
            "contrasts": len(self.contrasts),
            "synonyms": len(self.synonyms),
            "hypernyms": len(self.hypernyms),
            "attribute_fits": len(self.attribute_fits),
            "multiword_relations": len(self.multiword_relations),
            "no_replace": len(self.no_replace),
        }


def _variants(word: str) -> Iterable[str]:
    """Other spellings of a noun lemma to try: lemminflect gives "pant" for "pants" and "veggy" for
    "veggies"; a parser without lemmas gives "dogs"."""
    yield word + "s"
    yield word + "es"
    if word.endswith("y"):
        yield word[:-1] + "ies"
    if word.endswith("ies"):
        yield word[:-3] + "y"
        yield word[:-1]
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s"):
        yield word[:-1]


# -- validation --------------------------------------------------------------------------------


def validate(data: Any, source: str = "vocabulary") -> dict:
    """Check a lexicon file's structure; raise ComptoolError naming the first problem's place.

    Returns ``data`` unchanged. Unknown keys are an error (a typo would otherwise be ignored).
    """

    def fail(where: str, message: str) -> None:
        raise ComptoolError(f"{source}: {where}: {message}")

    def kind(value: Any) -> str:
        return {dict: "an object", list: "a list", str: "a string", bool: "true/false"}.get(type(value), type(value).__name__)

    def words(value: Any, where: str) -> None:
        if not isinstance(value, list):
            fail(where, f"must be a list of words, not {kind(value)}")
        for i, word in enumerate(value):
            if not isinstance(word, str):
                fail(f"{where}[{i}]", f"must be a string, not {kind(word)}")
            if not word.strip():
                fail(f"{where}[{i}]", "must not be empty")

    if not isinstance(data, dict):
        raise ComptoolError(f"{source}: must be a JSON object with keys such as \"objects\", not {kind(data)}")
    for name, value in data.items():
        if name not in KEYS:
            import difflib

            close = difflib.get_close_matches(name, KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(KEYS)})"
            fail(repr(name), f"unknown key{hint}")
        if name == "replace":
            if not isinstance(value, bool):
                fail('"replace"', f"must be true or false, not {kind(value)}")
        elif name in TABLES:
            if not isinstance(value, dict):
                fail(f'"{name}"', f"must be an object mapping a category to a list of words, not {kind(value)}")
            for category, entries in value.items():
                if not category.strip():
                    fail(f'"{name}"', "a category name must not be empty")
                words(entries, f'"{name}"."{category}"')
        elif name in LISTS:
            if not isinstance(value, list):
                fail(f'"{name}"', f"must be a list of word groups, not {kind(value)}")
            for i, group in enumerate(value):
                words(group, f'"{name}"[{i}]')
                if len(group) < 2:
                    fail(f'"{name}"[{i}]', "a group needs at least two words")
        elif name in WORD_LISTS:
            words(value, f'"{name}"')
            if name == "no_replace":
                for i, entry in enumerate(value):
                    if ":" in entry and entry.split(":", 1)[0] not in SECTIONS:
                        fail(f'"no_replace"[{i}]', f"{entry!r}: a category entry is section:category with section one of {', '.join(SECTIONS)}")
        elif name == "counts":
            if not isinstance(value, dict):
                fail('"counts"', f"must be an object, not {kind(value)}")
    return data


def format_lexicon(data: dict) -> str:
    """JSON in the file format, one category or group per line: diffable and easy to edit."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    parts = []
    for name, value in data.items():
        if isinstance(value, dict) and value:
            inner = ",\n".join(f"    {dump(k)}: {dump(v)}" for k, v in value.items())
            parts.append(f"  {dump(name)}: {{\n{inner}\n  }}")
        elif isinstance(value, list) and value and all(isinstance(v, list) for v in value):
            inner = ",\n".join(f"    {dump(v)}" for v in value)
            parts.append(f"  {dump(name)}: [\n{inner}\n  ]")
        else:
            parts.append(f"  {dump(name)}: {dump(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


@lru_cache(maxsize=1)
def builtin() -> Lexicon:
    # Written normalised (tests/test_lexicon.py checks), so loading skips normalising: it stays fast.
    text = (Path(__file__).parent / "data" / "lexicon.json").read_bytes()
    return Lexicon.from_dict(loads(text), normalised=True)


def unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object's pairs as a dict, refusing a key given twice: JSON keeps the last and
    would drop the first list without a word."""
    found: dict = {}
    for name, value in pairs:
        if name in found:
            raise ValueError(f"key {name!r} given twice in one object")
        found[name] = value
    return found


def load(vocab: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, extended (or replaced) by a ``--vocab`` file."""
    lexicon = builtin()
    if vocab is None:
        return lexicon
    try:
        text = Path(vocab).read_text(encoding="utf-8")
    except OSError as exc:
        raise ComptoolError(f"cannot read vocabulary {vocab}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ComptoolError(f"cannot read vocabulary {vocab}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except ValueError as exc:
        raise ComptoolError(f"cannot read vocabulary {vocab}: invalid JSON: {exc}") from exc
    validate(data, f"bad vocabulary {vocab}")
    return lexicon.extended(data)
