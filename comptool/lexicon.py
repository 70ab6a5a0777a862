"""The typed lexicon: visual concepts by type and category, relation contrasts, and the synonym
and hypernym groups an operator must not swap in.

The built-in lexicon is ``comptool/data/lexicon.json``; ``--vocab FILE`` extends or replaces it.
File format (every key optional)::

    {
      "replace": false,                        # true: FILE replaces the built-in lexicon
      "objects":    {"animal": ["dog", "cat"], ...},           # category -> lemmas
      "attributes": {"colour": ["red", "blue"], ...},
      "relations":  {"spatial": ["on", "under", "in front of"], "action": ["riding"], ...},
      "contrasts":  [["on", "under"], ["in front of", "behind"], ...],  # relations that exclude each other
      "synonyms":   [["couch", "sofa"], ...],                 # never replace one by another
      "hypernyms":  {"animal": ["dog", "cat"], ...},           # a word and its hyponyms: never replace
                                                              # one by the other
      "attribute_fits": {"age": ["person", "animal"], ...},   # object categories an attribute category fits
      "multiword_relations": ["in front of", "next to", ...]
    }

Lemmas are lowercase; multi-word entries are written with single spaces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from comptool.jsonl import ComptoolError

SECTIONS = ("objects", "attributes", "relations")


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

    def __post_init__(self) -> None:
        self._index()

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: dict) -> "Lexicon":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{key: value for key, value in data.items() if key in known})

    def extended(self, data: dict) -> "Lexicon":
        """A new lexicon: this one plus ``data`` (or ``data`` alone when it says ``"replace": true``)."""
        if data.get("replace"):
            return Lexicon.from_dict(data)
        merged = self.to_dict()
        for section in SECTIONS + ("hypernyms", "attribute_fits"):
            for category, words in data.get(section, {}).items():
                have = merged[section].setdefault(category, [])
                have.extend(w for w in words if w not in have)
        for section in ("contrasts", "synonyms", "multiword_relations"):
            merged[section].extend(data.get(section, []))
        return Lexicon.from_dict(merged)

    def to_dict(self) -> dict:
        return {name: json.loads(json.dumps(getattr(self, name))) for name in self.__dataclass_fields__}

    # -- look-ups --------------------------------------------------------------------------

    def _index(self) -> None:
        self._category: dict[str, dict[str, str]] = {}
        for section in SECTIONS:
            table: dict[str, str] = {}
            for category, words in getattr(self, section).items():
                for word in words:
                    table.setdefault(word.lower(), category)
            self._category[section] = table
        self._multiword = sorted(
            {tuple(phrase.lower().split()) for phrase in self.multiword_relations if " " in phrase},
            key=len,
            reverse=True,
        )
        self._related: dict[str, set[str]] = {}
        for group in self.synonyms:
            self._link(group)
        for hypernym, hyponyms in self.hypernyms.items():
            for word in hyponyms:
                self._link([hypernym, word])
        self._contrasts: dict[str, set[str]] = {}
        for group in self.contrasts:
            for word in group:
                self._contrasts.setdefault(word.lower(), set()).update(w.lower() for w in group if w != word)

    def _link(self, group: list[str]) -> None:
        words = {w.lower() for w in group}
        for word in words:
            self._related.setdefault(word, set()).update(words - {word})

    def category(self, section: str, lemma: str) -> str | None:
        """The category of ``lemma`` under ``objects``, ``attributes`` or ``relations``, if known."""
        return self._category[section].get(lemma.lower())

    def words(self, section: str, category: str) -> list[str]:
        return getattr(self, section).get(category, [])

    def related(self, a: str, b: str) -> bool:
        """True when a and b are the same lemma, synonyms, or hypernym and hyponym."""
        a, b = a.lower(), b.lower()
        return a == b or b in self._related.get(a, ())

    def contrasts_of(self, phrase: str) -> set[str]:
        return self._contrasts.get(phrase.lower(), set())

    def fits(self, attribute_category: str, object_category: str | None) -> bool:
        allowed = self.attribute_fits.get(attribute_category)
        return allowed is None or "*" in allowed or object_category in allowed

    @property
    def multiword(self) -> list[tuple[str, ...]]:
        """Multi-word relations as word tuples, longest first."""
        return self._multiword


@lru_cache(maxsize=1)
def builtin() -> Lexicon:
    text = resources.files("comptool").joinpath("data/lexicon.json").read_text(encoding="utf-8")
    return Lexicon.from_dict(json.loads(text))


def load(vocab: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, extended (or replaced) by a ``--vocab`` file."""
    lexicon = builtin()
    if vocab is None:
        return lexicon
    try:
        data = json.loads(Path(vocab).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ComptoolError(f"cannot read vocabulary {vocab}: {exc}") from exc
    if not isinstance(data, dict):
        raise ComptoolError(f"vocabulary {vocab} must be a JSON object")
    return lexicon.extended(data)
