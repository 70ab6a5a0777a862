"""spaCy's ``attribute_ruler`` run as table lookups: the same annotations, a fraction of the time.

In the English pipelines the attribute ruler turns each fine-grained tag into its part of speech
and morphology, plus a few dozen word exceptions ("'s" after "let", "n't"). spaCy runs its 179
rules as Matcher patterns against every token of every doc, which is about a third of the whole
pipeline's time on short captions. Nearly all rules look at one token and compare its tag, word
or dependency label with a value, so the rules that fire on a token are a function of those few
attributes alone: they are worked out once per distinct combination and cached. Rules over
several tokens, quantifiers or predicates this module does not know stay with a Matcher of their
own. The attributes are then set exactly as spaCy sets them, later rules winning, so the docs
come out the same (``tests/test_attribute_table.py`` compares them with spaCy's own ruler).
"""

from __future__ import annotations

import re
from typing import Any

# Imported only by the spaCy loader, after spaCy itself.
from spacy.attrs import IDS
from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

# Token attributes whose Matcher value is what ``Doc.to_array`` gives (a string's hash, or 0/1
# for a flag). POS is left out: before the ruler runs it is unset in these pipelines, and its
# values are symbols rather than hashes.
_STRING_KEYS = ("ORTH", "LOWER", "NORM", "TAG", "DEP", "LEMMA")
_FLAG_KEYS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
_ALIASES = {"TEXT": "ORTH"}
# Rules that set anything else (a lexical attribute, an extension) are left to spaCy, which
# sets those on the shared lexeme too.
_SETTABLE = ("POS", "TAG", "DEP", "LEMMA", "MORPH")
_CACHE_LIMIT = 200_000


def install(nlp) -> bool:
    """Run the pipeline's ``attribute_ruler`` (if any) through an :class:`AttributeTable`.

    Returns False, leaving spaCy's ruler as it was, when a rule sets something the table does
    not handle.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if getattr(ruler, "_comptool_table", None) is not None:
        return True
    table = AttributeTable.from_ruler(ruler)
    if table is None:
        return False
    # The ruler's own __call__ (with its error handler) stays; only its two steps are replaced.
    ruler.match = table.match
    ruler.set_annotations = table.set_annotations
    ruler._comptool_table = table
    return True


class _Check:
    """One test on one token attribute: equal to, in, not in, or matching a regex."""

    __slots__ = ("column", "kind", "value")

    def __init__(self, column: int, kind: str, value: Any):
        self.column, self.kind, self.value = column, kind, value

    def __call__(self, row: tuple, strings) -> bool:
        value = row[self.column]
        if self.kind == "==":
            return value == self.value
        if self.kind == "IN":
            return value in self.value
        if self.kind == "NOT_IN":
            return value not in self.value
        return bool(self.value.search(strings[value]))  # REGEX, on the attribute's string


class AttributeTable:
    def __init__(self, vocab, attrs: list[dict], indices: list[int]):
        self.vocab = vocab
        self.attrs = attrs
        self.indices = indices
        self.keys: list[str] = []  # the token attributes the one-token rules read, in row order
        # Each one-token alternative as (rule, checks), found through one equality it requires.
        self._by_value: dict[tuple[int, int], list[tuple[int, list[_Check]]]] = {}
        self._unindexed: list[tuple[int, list[_Check]]] = []
        self._indexed_columns: list[int] = []
        self._residual = None
        self._key_ids: list[int] = []  # spaCy attribute ids of ``keys``
        # One-token checks that some token must pass for a residual pattern to match: the
        # Matcher runs only on docs where one does. None: a pattern without one, always run.
        self._gates: list[list[_Check]] | None = []
        self._rules_of_row: dict[tuple, tuple[tuple[int, ...], bool]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    @classmethod
    def from_ruler(cls, ruler) -> "AttributeTable | None":
        if any(not set(attrs) <= _settable_ids() for attrs in ruler.attrs):
            return None
        table = cls(ruler.vocab, ruler.attrs, ruler.indices)
        residual = Matcher(ruler.vocab, validate=False)
        for rule, entry in enumerate(ruler.patterns):  # a rule's position is its precedence
            kept = []
            for pattern in entry["patterns"]:
                checks = table._compile(pattern)
                if checks is None:
                    kept.append(pattern)
                    table._add_gate(pattern)
                else:
                    table._index(rule, checks)
            if kept:
                residual.add(str(rule), kept)
        table._residual = residual if len(residual) else None
        table._indexed_columns = sorted({column for column, _ in table._by_value})
        table._key_ids = [IDS[key] for key in table.keys]
        return table

    def _column(self, key: str) -> int:
        if key not in self.keys:
            self.keys.append(key)
        return self.keys.index(key)

    def _compile(self, pattern: list[dict]) -> list[_Check] | None:
        """The checks of a one-token pattern, or None when the Matcher must keep it."""
        if len(pattern) != 1:
            return None
        checks = []
        for key, value in pattern[0].items():
            key = _ALIASES.get(key.upper(), key.upper())
            check = self._check(key, value)
            if check is None:
                return None
            checks.append(check)
        return checks

    def _check(self, key: str, value: Any) -> _Check | None:
        strings = self.vocab.strings
        if key in _FLAG_KEYS and isinstance(value, bool):
            return _Check(self._column(key), "==", int(value))
        if key not in _STRING_KEYS:
            return None
        if isinstance(value, str):
            return _Check(self._column(key), "==", strings.add(value))
        if not isinstance(value, dict) or len(value) != 1:
            return None
        (op, operand), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
            return _Check(self._column(key), op, frozenset(strings.add(v) for v in operand))
        if op == "REGEX" and isinstance(operand, str):
            return _Check(self._column(key), "REGEX", re.compile(operand))
        return None

    def _add_gate(self, pattern: list[dict]) -> None:
        if self._gates is None:
            return
        for token in pattern:
            if "OP" not in token:  # a token every match has
                checks = self._compile([token])
                if checks is not None:
                    self._gates.append(checks)
                    return
        self._gates = None

    def _index(self, rule: int, checks: list[_Check]) -> None:
        for check in checks:
            if check.kind == "==":
                self._by_value.setdefault((check.column, check.value), []).append((rule, checks))
                return
            if check.kind == "IN":
                for value in check.value:
                    self._by_value.setdefault((check.column, value), []).append((rule, checks))
                return
        self._unindexed.append((rule, checks))

    # -- the ruler's two steps -------------------------------------------------------------

    def match(self, doc) -> list[tuple[int, ...]]:
        """For each token, the rules that fire on it, in the order they apply."""
        if not len(doc):
            return []
        rules, gated = [], False
        if self.keys:
            for row in doc.to_array(self._key_ids).tolist():
                found, opens = self._rules_of(tuple(row))
                rules.append(found)
                gated = gated or opens
        else:
            rules = [()] * len(doc)
        if self._residual is not None and (gated or self._gates is None):
            strings = self.vocab.strings
            for match_id, start, end in self._residual(doc, allow_missing=True):
                rule = int(strings[match_id])
                index = self.indices[rule]
                at = start + index if index >= 0 else end + index
                if not start <= at < end:
                    raise ValueError(f"attribute_ruler rule {rule}: index {index} is outside the match {start}:{end}")
                rules[at] = tuple(sorted({*rules[at], rule}))
        return rules

    def set_annotations(self, doc, rules_by_token: list[tuple[int, ...]]) -> None:
        for i, rules in enumerate(rules_by_token):
            if rules:
                set_token_attrs(doc[i], self._merged_attrs(rules))

    # -- caches ----------------------------------------------------------------------------

    def _rules_of(self, row: tuple) -> tuple[tuple[int, ...], bool]:
        """The one-token rules that fire on a token with these attributes, and whether the
        token passes a residual pattern's gate."""
        known = self._rules_of_row.get(row)
        if known is None:
            if len(self._rules_of_row) >= _CACHE_LIMIT:
                self._rules_of_row.clear()
            strings = self.vocab.strings
            found = set()
            candidates = [self._by_value.get((column, row[column]), ()) for column in self._indexed_columns]
            for group in (*candidates, self._unindexed):
                for rule, checks in group:
                    if rule not in found and all(check(row, strings) for check in checks):
                        found.add(rule)
            opens = any(all(check(row, strings) for check in checks) for checks in self._gates or ())
            known = self._rules_of_row[row] = (tuple(sorted(found)), opens)
        return known

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict:
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:  # ascending: a later rule overrides an earlier one, as in spaCy
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged


def _settable_ids() -> set[int]:
    return {IDS[name] for name in _SETTABLE}
