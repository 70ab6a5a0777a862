"""Build a lexicon file from a parsed corpus: the concepts users' own captions use, by type and
category, with counts.

The result is a dict in the lexicon file format (:mod:`comptool.lexicon`) plus a ``counts``
section, so ``--vocab FILE`` on the operators draws replacements from the user's domain::

    builder = VocabBuilder()
    for record in records:              # each with a "parse" (see DESIGN.md)
        builder.add(record["parse"])
    data = builder.build(min_count=2)   # {"replace": false, "objects": {...}, ..., "counts": {...}}

How a concept becomes an entry:

- Its section is its ``type`` (object -> ``objects``, attribute -> ``attributes``, relation ->
  ``relations``).
- Its word is the lexicon's own spelling when the lexicon knows it (``"pants"`` for the lemma
  ``"pant"``, ``"parked"`` for the verb lemma ``"park"`` of an attribute); otherwise the parse's
  ``lemma`` for objects and relations and the lowercased ``text`` for attributes (an adjective or
  participle is written as it reads: "peeled", not "peel"); the lowercased text when no lemma.
- Its category is the parse's ``category`` when the lexicon has such a category in that
  section; else the lexicon's category of the word; else ``"other"``. A parser's fallback labels
  for words it could not place ("kind", "state", "action", "spatial") are no categories of
  alternatives, so such words land in ``"other"`` too.
- ``"other"`` attributes and relations mix adjectives, participles, nouns and verbs that are no
  alternatives of each other, so the file lists them under ``no_replace``: recognised, never
  swapped. ``"other"`` objects stay replaceable by each other: they are the user's own nouns.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from comptool.jsonl import RecordError
from comptool.lexicon import Lexicon, builtin

SECTION_OF = {"object": "objects", "attribute": "attributes", "relation": "relations"}
SECTIONS = tuple(SECTION_OF.values())
OTHER = "other"


def concepts_of(parse: Any) -> list[dict]:
    """The concepts of a parse, checked; RecordError names what is wrong."""
    if not isinstance(parse, dict):
        raise RecordError(f"'parse' must be an object, not {type(parse).__name__}")
    concepts = parse.get("concepts")
    if not isinstance(concepts, list):
        raise RecordError("'parse' has no 'concepts' list")
    for i, concept in enumerate(concepts):
        if not isinstance(concept, dict):
            raise RecordError(f"parse.concepts[{i}] must be an object, not {type(concept).__name__}")
        kind = concept.get("type")
        if kind not in SECTION_OF:
            raise RecordError(f"parse.concepts[{i}] has type {kind!r}; expected object, attribute or relation")
        text = concept.get("text")
        if not isinstance(text, str) or not text.strip():
            raise RecordError(f"parse.concepts[{i}] has no text")
        for name in ("lemma", "category"):
            value = concept.get(name)
            if value is not None and not isinstance(value, str):
                raise RecordError(f"parse.concepts[{i}].{name} must be a string or null, not {type(value).__name__}")
    return concepts


@dataclass
class VocabBuilder:
    """Counts concepts by section, category and word; :meth:`build` writes the lexicon dict."""

    lexicon: Lexicon = field(default_factory=builtin)
    counts: dict[str, Counter] = field(default_factory=lambda: {s: Counter() for s in SECTIONS})
    concepts: Counter = field(default_factory=Counter)  # per section: concepts seen
    known: Counter = field(default_factory=Counter)  # per section: concepts the lexicon knows
    records: int = 0

    def add(self, parse: Any) -> None:
        """Count the concepts of one parse (raises RecordError for a malformed one, counting nothing)."""
        entries = [self.entry(concept) for concept in concepts_of(parse)]
        self.records += 1
        for section, category, word, is_known in entries:
            self.counts[section][(category, word)] += 1
            self.concepts[section] += 1
            self.known[section] += is_known

    def entry(self, concept: dict) -> tuple[str, str, str, bool]:
        """(section, category, word, whether the lexicon knows it) for one concept."""
        section = SECTION_OF[concept["type"]]
        text = " ".join(concept["text"].lower().split())
        lemma = concept.get("lemma")
        lemma = " ".join(lemma.lower().split()) if lemma and lemma.strip() else None
        listed = self.lexicon.entry(section, lemma, text)
        if listed is not None:
            word = listed
        elif section == "attributes" or lemma is None:
            word = text
        else:
            word = lemma
        lexicon_category = self.lexicon.category(section, word) or (lemma and self.lexicon.category(section, lemma))
        category = concept.get("category")
        if category not in getattr(self.lexicon, section):
            category = lexicon_category or OTHER
        return section, category, word, bool(lexicon_category)

    def build(self, *, min_count: int = 1, replace: bool = False) -> dict:
        """The lexicon dict: categories (most frequent first) of words (most frequent first, then
        alphabetical) seen at least ``min_count`` times in that category, and ``counts``: the
        times each listed word was seen, in any category."""
        data: dict[str, Any] = {"replace": replace}
        totals: dict[str, Counter] = {}
        for section in SECTIONS:
            by_category: dict[str, Counter] = {}
            for (category, word), n in self.counts[section].items():
                if n >= min_count:
                    by_category.setdefault(category, Counter())[word] = n
            order = sorted(by_category, key=lambda c: (-sum(by_category[c].values()), c))
            data[section] = {c: [w for w, _ in sorted(by_category[c].items(), key=lambda wn: (-wn[1], wn[0]))] for c in order}
            listed = {w for words in data[section].values() for w in words}
            total = Counter()
            for (_, word), n in self.counts[section].items():
                if word in listed:
                    total[word] += n
            totals[section] = total
        blocked = [f"{s}:{OTHER}" for s in ("attributes", "relations") if OTHER in data[s]]
        if blocked:
            data["no_replace"] = blocked
        data["counts"] = {s: dict(sorted(totals[s].items(), key=lambda wn: (-wn[1], wn[0]))) for s in SECTIONS}
        return data

    def summary(self, *, min_count: int = 1) -> str:
        """One line for stderr: records, concepts per type, share known to the lexicon, entries."""
        parts = []
        for section in SECTIONS:
            n = self.concepts[section]
            share = f"{100 * self.known[section] / n:.1f}% in the lexicon" if n else "none"
            words = len({w for (_, w), c in self.counts[section].items() if c >= min_count})
            parts.append(f"{section} {n} ({share}; {words} words kept)")
        return f"{self.records} parsed records; " + ", ".join(parts)


def vocab_from_parses(parses, *, lexicon: Lexicon | None = None, min_count: int = 1, replace: bool = False) -> dict:
    """Library shortcut: the lexicon dict of an iterable of parses."""
    builder = VocabBuilder(lexicon or builtin())
    for parse in parses:
        builder.add(parse)
    return builder.build(min_count=min_count, replace=replace)


__all__ = ["VocabBuilder", "vocab_from_parses", "concepts_of", "OTHER"]
