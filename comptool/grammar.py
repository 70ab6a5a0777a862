"""Small grammar helpers the edit mechanism uses: inflection, articles, number words, case.

Inflection comes from lemminflect, a maintained lexicon-backed inflector, not from hand rules.
"""

from __future__ import annotations

import gzip
import logging
import re
import sys
import types
import zlib
from bisect import bisect_left
from functools import lru_cache

NUMBER_VALUES = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "dozen": 12, "couple": 2, "pair": 2, "both": 2,
}
PLURAL_DETERMINERS = {"these", "those", "several", "many", "few", "some", "multiple", "numerous", "various", "both", "two"}
SINGULAR_DETERMINERS = {"a", "an", "one", "this", "that", "another", "each", "every", "single", "lone"}
# Words starting with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"^(one|once|uni[^mnd]|unan|use|usu|uti|ura|ure|euro|eu|ewe|ufo|u-|ukulele)", re.I)
_VOWEL_SOUND = re.compile(r"^(hour|honest|honor|honour|heir|herb(?!al)|[aeiou]|fbi|mri|x-ray|8|11|18)", re.I)


def article_for(word: str) -> str:
    """'a' or 'an' for the word that follows, by sound as far as spelling tells."""
    if _CONSONANT_SOUND.match(word):
        return "a"
    return "an" if _VOWEL_SOUND.match(word) else "a"


def number_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return NUMBER_VALUES.get(word)


@lru_cache(maxsize=1)
def lemminflect():
    """The lemminflect module, imported without dragging spaCy in.

    lemminflect's package init imports spaCy (1-2 s) only to register token extensions that
    comptool never uses; operators reading parsed records need no spaCy at all. A stand-in
    named spaCy is visible for the length of the import, with logging muted for its note.
    """
    if "spacy" in sys.modules:
        import lemminflect as module

        return module
    stand_in = types.ModuleType("spacy")
    stand_in.__version__ = "0.0"
    sys.modules["spacy"] = stand_in
    logging.disable(logging.WARNING)
    try:
        import lemminflect as module
    finally:
        logging.disable(logging.NOTSET)
        if sys.modules.get("spacy") is stand_in:
            del sys.modules["spacy"]
    return module


@lru_cache(maxsize=65536)
def _inflect(lemma: str, tag: str) -> str | None:
    forms = lemminflect().getInflection(lemma, tag=tag)
    return forms[0] if forms else None


class _LemmaTable:
    """lemminflect's lemma look-up table, read so that a look-up costs a binary search.

    lemminflect builds a dict of all 80,000 words on first use (about 0.3 s of every parse
    run); kept as the sorted lines of the same file, loading takes about 0.03 s.
    Answers are lemminflect's own: its overrides win, and a word the table lacks goes to its
    rules for unknown words.
    """

    def __init__(self, module):
        from lemminflect.codecs.OverridesCodec import OverridesCodec
        from lemminflect.core.LexicalUtils import categoryToUPos

        with open(module.config.lemma_lu_fn, "rb") as f:
            lines = gzip.decompress(f.read()).decode().split("\n")
        lines.sort()  # the file is sorted by word, not by line; nearly sorted sorts fast
        _, category, _ = lines[-1].strip().split(",")  # "word,category,form/form": else ValueError
        if categoryToUPos(category) not in module.Lemmatizer.DICT_UPOS_TYPES:
            raise ValueError(f"unexpected lemma table line {lines[-1]!r}")
        self._lines = lines
        self._overrides = OverridesCodec.load(module.config.lemma_overrides_fn)
        self._upos = categoryToUPos

    def lemmas(self, word: str, upos: str) -> tuple[str, ...] | None:
        """The spellings the table gives ``word`` (lowercase) as ``upos``, or None."""
        override = self._overrides.get(word, {}).get(upos)
        if override:
            return override
        if "," in word:
            return None  # no listed word has one; "run,verb" must not read as "run" the verb
        prefix = word + ","  # so the prefix picks exactly this word's lines
        lines = self._lines
        i = bisect_left(lines, prefix)
        while i < len(lines) and lines[i].startswith(prefix):
            _, category, forms = lines[i].strip().split(",")
            if self._upos(category) == upos:
                return tuple(forms.split("/"))
            i += 1
        return None


@lru_cache(maxsize=1)
def _lemma_table() -> _LemmaTable | None:
    try:
        return _LemmaTable(lemminflect())
    except (ImportError, AttributeError, OSError, ValueError, EOFError, zlib.error):
        return None  # a lemminflect laid out otherwise: ask it directly, slower but the same


@lru_cache(maxsize=65536)
def lemma_of(text: str, pos: str) -> str:
    """A dictionary lemma; lemminflect knows "riding" -> "ride" where spaCy's small model does not."""
    lower = text.lower()
    if pos not in ("NOUN", "VERB", "ADJ", "AUX"):
        return lower
    table = _lemma_table()
    if table is None:
        lemmas = lemminflect().getLemma(lower, upos=pos)
    elif lemmas := table.lemmas(lower, pos):
        from lemminflect.core.LexicalUtils import applyCapsStyle, getCapsStyle

        return applyCapsStyle(lemmas[0], getCapsStyle(lower))  # as lemminflect returns it
    else:
        lemmas = lemminflect().getAllLemmasOOV(lower, pos).get(pos)  # its rules for unknown words
    return lemmas[0] if lemmas else lower


def inflect(word: str, tag: str, lemma: str | None = None) -> str:
    """``word`` in the form ``tag`` asks for (NN/NNS, VBZ/VBP/VBG/VBD...), case kept.

    For a multi-word phrase the last word of a noun phrase and the first word of a verb phrase
    are inflected ("fire hydrants", "walking beside").
    """
    parts = word.split(" ")
    index = 0 if tag.startswith("VB") else len(parts) - 1
    target = parts[index]
    base = (lemma.split(" ")[index] if lemma else target).lower()
    if tag.startswith("VB") and base in ("be", "is", "are", "am", "was", "were"):
        form = {"VBZ": "is", "VBP": "are", "VBD": "was", "VBG": "being", "VBN": "been", "VB": "be"}.get(tag)
    elif tag.startswith("VB") and base in ("have", "has"):
        form = {"VBZ": "has", "VBP": "have", "VB": "have"}.get(tag) or _inflect("have", tag)
    else:
        form = _inflect(base, tag)
    if form is None:
        return word
    parts[index] = match_case(form, target)
    return " ".join(parts)


def match_case(word: str, like: str) -> str:
    """``word`` in the case pattern of ``like``: 'Dog', 'DOG' or 'dog'."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def decapitalise(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return word  # "TV", "USA"
    return word[:1].lower() + word[1:]
