"""Small grammar helpers the edit mechanism uses: inflection, articles, number words, case.

Inflection comes from lemminflect, a maintained lexicon-backed inflector, not from hand rules.
"""

from __future__ import annotations

import gzip
import logging
import os
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
# Counts said against another ("more apples than oranges"), which open a noun phrase as a
# number does.
COMPARED_COUNTS = {"more", "fewer", "less", "enough"}
# Determiners of a stuff or of many, which say no number of their own: "some water", "some dogs".
STUFF_OR_MANY = {"some", "any", "more", "enough", "less"}
# Vague counts of more than one ("several dogs"), which every operator reads as plural; each
# adds its own neighbours ("few", "lots", "both").
MANY_COUNTS = frozenset({"several", "many", "multiple", "numerous", "various"})
PLURAL_DETERMINERS = MANY_COUNTS | {"these", "those", "few", "some", "both", "two"}
SINGULAR_DETERMINERS = {"a", "an", "one", "this", "that", "another", "each", "every", "single", "lone"}
# Words starting with a vowel letter but a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"^(one|once|uni[^mnd]|unan|use|usu|uti|uten|uri|ura|ure|usb|euro|eu|ewe|ufo|u-|ukulele)", re.I)
_VOWEL_SOUND = re.compile(r"^(hour|honest|honor|honour|heir|herb(?!al)|[aeiou]|fbi|mri|suv|x[^aeiouy]|8|11|18)", re.I)  # "an xbox", "an x-ray"


# Letters whose names open with a vowel sound ("ef", "aitch", "el", "em", "en", "ar", "ess", "ex"):
# a word with no vowel is read letter by letter ("an LCD", "an HDTV", "a TV", "a DVD").
_VOWEL_SOUND_LETTERS = frozenset("fhlmnrsx")


def article_for(word: str) -> str:
    """'a' or 'an' for the word that follows, by sound as far as spelling tells."""
    if _CONSONANT_SOUND.match(word):
        return "a"
    letters = word.split("-")[0].lower()
    if letters.isalpha() and len(letters) <= 5 and not any(v in letters for v in "aeiouy"):
        return "an" if letters[0] in _VOWEL_SOUND_LETTERS else "a"
    return "an" if _VOWEL_SOUND.match(word) else "a"


def one_and_the_other(tokens: list[dict], after: int) -> bool:
    """Whether "one ..." and "the other ..." follow position ``after``: they count two ("2 women,
    one holding a cake, the other ..."), so no other count fits."""
    words = [t["text"].lower() for t in tokens[after:]]
    if words[:1] == [","]:
        words = words[1:]
    # "one" right after the counted noun, "the other" later: "2 women, one holding ..., the other ..."
    return words[:1] == ["one"] and any(words[k] == "the" and words[k + 1] == "other" for k in range(1, len(words) - 1))


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
    forms = inflection(lemma, tag)
    return forms[0] if forms else None


# lemminflect's inflection table, by category: the Penn tags of its forms, in the file's order.
_TABLE_TAGS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"), "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}
# What lemminflect puts in place of the table's entries for modals and "be".
_AUX_MODAL = {
    "can": {"VB": ("can",), "VBD": ("could",)},
    "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)},
    "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)},
    "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",), "VBP": ("am", "are"), "VBZ": ("is",)},
}
_UPOS_TAGS = {"NOUN": ("NN", "NNS", "NNP", "NNPS"), "VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"), "ADJ": ("JJ", "JJR", "JJS"), "ADV": ("RB", "RBR", "RBS")}
_UPOS_TAGS["AUX"] = _UPOS_TAGS["VERB"]
_TAG_UPOS = {"N": "NOUN", "V": "VERB", "J": "ADJ", "R": "ADV"}  # by a looked-up tag's first letter
# Tags looked up here (the rest go to lemminflect) and the tags lemminflect tries next.
_TAG_ALTERNATIVES = {
    "NN": (), "NNS": (), "VB": (), "VBP": (), "VBZ": (), "VBG": (), "VBD": ("VBN",), "VBN": ("VBD",),
    "JJ": ("RB",), "JJR": ("RBR",), "JJS": ("RBS",), "RB": ("JJ",), "RBR": ("JJR",), "RBS": ("JJS",),
}


def _caps_style(word: str):
    """lemminflect's capitalisation of a word, as the function that puts it on another."""
    if word.isupper():
        return str.upper
    if word and word[0].isupper():
        return str.capitalize
    return str.lower


class _InflectionTable:
    """lemminflect's inflection look-up table, read so that a look-up costs a binary search.

    lemminflect builds a dict of all 40,000 lemmas on first use (about 0.3 s of an operator
    run); kept as the sorted lines of the same file, loading takes a tenth of that. Answers are
    lemminflect's own: its modal and "be" entries and its overrides win, and a lemma the table
    lacks goes to its rules for unknown words.
    """

    def __init__(self, table: str, overrides: str):
        with open(table, "rb") as f:
            lines = gzip.decompress(f.read()).decode().split("\n")
        lines.sort()  # the file is sorted by word, not by line
        last = lines[-1].strip().split(",")  # "word,category,forms,...": else ValueError
        if len(last) < 3 or last[1] not in _TABLE_TAGS:
            raise ValueError(f"unexpected inflection table line {lines[-1]!r}")
        self._lines = lines
        self._overrides = _read_overrides(overrides)

    def forms(self, lemma: str) -> dict[str, tuple[str, ...]] | None:
        """``lemma``'s (lowercase) forms by Penn tag, before casing; None: ask lemminflect."""
        if lemma in _AUX_MODAL:
            forms = dict(_AUX_MODAL[lemma])
        elif "," in lemma:
            forms = {}  # no listed word has one; "run,verb" must not read as "run" the verb
        else:
            forms = {}
            prefix = lemma + ","
            lines = self._lines
            i = bisect_left(lines, prefix)
            while i < len(lines) and lines[i].startswith(prefix):
                _, category, *spellings = lines[i].strip().split(",")
                if category not in _TABLE_TAGS:
                    return None
                for tag, spelling in zip(_TABLE_TAGS[category], spellings):
                    if spelling:
                        forms[tag] = tuple(spelling.split("/"))
                for tag in _BASE_TAGS[category]:
                    forms[tag] = (lemma,)
                i += 1
        forms.update(self._overrides.get(lemma, {}))
        return forms


@lru_cache(maxsize=1)
def _inflection_table() -> _InflectionTable | None:
    try:
        return _InflectionTable(_resource("inflection_lu_fn", "infl_lu.csv.gz"), _resource("infl_overrides_fn", "infl_overrides.csv"))
    except (ImportError, AttributeError, TypeError, OSError, ValueError, EOFError, zlib.error):
        return None  # a lemminflect laid out otherwise: ask it directly, slower but the same


def inflections(lemma: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """lemminflect's ``getAllInflections``: ``lemma``'s forms in its table, by Penn tag."""
    table = _inflection_table() if upos is None or upos in _UPOS_TAGS else None
    forms = table.forms(lemma.lower()) if table is not None else None
    if forms is None:
        return lemminflect().getAllInflections(lemma, upos=upos)
    style = _caps_style(lemma)
    wanted = _UPOS_TAGS[upos] if upos else forms
    return {tag: tuple(style(w) for w in spellings) for tag, spellings in forms.items() if tag in wanted}


def inflection(lemma: str, tag: str) -> tuple[str, ...]:
    """lemminflect's ``getInflection``: the spellings of ``lemma`` as ``tag``, () if none."""
    if tag in _TAG_ALTERNATIVES and (table := _inflection_table()) is not None:
        forms = table.forms(lemma.lower())
        if forms is not None:
            for wanted in (tag, *_TAG_ALTERNATIVES[tag]):
                if forms.get(wanted):
                    style = _caps_style(lemma)
                    return tuple(style(w) for w in forms[wanted])
            # Not in the table: lemminflect's rules for unknown words, as its getInflection
            # goes on (asking that directly would load its own table first).
            return lemminflect().getAllInflectionsOOV(lemma, _TAG_UPOS[tag[:1]]).get(tag) or ()
    return lemminflect().getInflection(lemma, tag=tag)


class _LemmaTable:
    """lemminflect's lemma look-up table, read so that a look-up costs a binary search.

    lemminflect builds a dict of all 80,000 words on first use (about 0.3 s of every parse
    run); kept as the sorted lines of the same file, loading takes about 0.03 s.
    Answers are lemminflect's own: its overrides win, and a word the table lacks goes to its
    rules for unknown words.
    """

    def __init__(self, table: str, overrides: str):
        with open(table, "rb") as f:
            lines = gzip.decompress(f.read()).decode().split("\n")
        lines.sort()  # the file is sorted by word, not by line; nearly sorted sorts fast
        _, category, _ = lines[-1].strip().split(",")  # "word,category,form/form": else ValueError
        if _category_upos(category) not in _LEMMA_UPOS:
            raise ValueError(f"unexpected lemma table line {lines[-1]!r}")
        self._lines = lines
        self._overrides = _read_overrides(overrides)

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
            if _category_upos(category) == upos:
                return tuple(forms.split("/"))
            i += 1
        return None


_LEMMA_UPOS = ("NOUN", "PROPN", "VERB", "ADJ", "ADV", "AUX")  # lemminflect's DICT_UPOS_TYPES


def _category_upos(category: str) -> str:
    """lemminflect's categoryToUPos: a table's category as a universal tag."""
    upos = category.upper()
    return "AUX" if upos == "MODAL" else upos


def _read_overrides(path: str) -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's overrides file ("word,tag,form" lines) as its OverridesCodec reads it."""
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and line[0] != "#":
                word, tag, form = line.split(",")
                found.setdefault(word, {})[tag] = (form,)
    return found


def _resource(config_name: str, file_name: str) -> str:
    """Where lemminflect keeps a table, found without importing it (its import takes numpy,
    a tenth of a second): its config's path once it is imported, else its resources folder."""
    config = sys.modules.get("lemminflect.config")
    if config is not None:
        return getattr(config, config_name)
    from importlib.util import find_spec

    return os.path.join(find_spec("lemminflect").submodule_search_locations[0], "resources", file_name)


@lru_cache(maxsize=1)
def _lemma_table() -> _LemmaTable | None:
    try:
        return _LemmaTable(_resource("lemma_lu_fn", "lemma_lu.csv.gz"), _resource("lemma_overrides_fn", "lemma_overrides.csv"))
    except (ImportError, AttributeError, TypeError, OSError, ValueError, EOFError, zlib.error):
        return None  # a lemminflect laid out otherwise: ask it directly, slower but the same


@lru_cache(maxsize=65536)
def lemma_of(text: str, pos: str) -> str:
    """A dictionary lemma; lemminflect knows "riding" -> "ride" where spaCy's small model does not."""
    lower = text.lower()
    if pos not in ("NOUN", "VERB", "ADJ", "AUX"):
        return lower
    # An adjective lemminflect does not list keeps its form: its rules for unknown words strip
    # "-er" off nouns the tagger calls adjectives ("leather" -> "leathe") and make "other" "oth".
    guess = pos != "ADJ"
    table = _lemma_table()
    if table is None:
        lemmas = lemminflect().getLemma(lower, upos=pos, lemmatize_oov=guess)
    elif lemmas := table.lemmas(lower, pos):
        return _caps_style(lower)(lemmas[0])  # as lemminflect returns it
    else:
        lemmas = lemminflect().getAllLemmasOOV(lower, pos).get(pos) if guess else None  # its rules for unknown words
    return lemmas[0] if lemmas else lower


def noun_lemmas(text: str) -> tuple[str, ...]:
    """Every lemma lemminflect lists for a noun, its first choice first: "leaves" -> ("leave",
    "leaf")."""
    lower = text.lower()
    table = _lemma_table()
    found = table.lemmas(lower, "NOUN") if table is not None else lemminflect().getAllLemmas(lower, "NOUN").get("NOUN")
    return tuple(found or ())


# Nouns whose number lemminflect gets wrong for captions: it takes "people" as its own lemma
# ("a people") and gives "persons" first as the plural of "person".
_NOUN_NUMBER = {("people", "NN"): "person", ("person", "NNS"): "people", ("o'clock", "NNS"): "o'clock", ("o’clock", "NNS"): "o’clock"}


def inflect(word: str, tag: str, lemma: str | None = None) -> str:
    """``word`` in the form ``tag`` asks for (NN/NNS, VBZ/VBP/VBG/VBD...), case kept.

    For a multi-word phrase the last word of a noun phrase and the first word of a verb phrase
    are inflected ("fire hydrants", "walking beside").
    """
    parts = word.split(" ")
    index = 0 if tag.startswith("VB") else len(parts) - 1
    target = parts[index]
    base = (lemma.split(" ")[index] if lemma else target).lower()
    if tag in ("NN", "NNS") and (irregular := _NOUN_NUMBER.get((base, tag))):
        form = irregular
    elif tag.startswith("VB") and base in ("be", "is", "are", "am", "was", "were"):
        form = {"VBZ": "is", "VBP": "are", "VBD": "was", "VBG": "being", "VBN": "been", "VB": "be"}.get(tag)
    elif tag.startswith("VB") and base in ("have", "has"):
        form = {"VBZ": "has", "VBP": "have", "VB": "have"}.get(tag) or _inflect("have", tag)
    else:
        form = _inflect(base, tag)
        if tag == "NNS" and form is not None and form != base and _already_plural(base):
            form = base  # "toiletries" asked to be many stays "toiletries", never "toiletrieses"
    if form is None:
        return word
    parts[index] = match_case(form, target)
    return " ".join(parts)


@lru_cache(maxsize=4096)
def _already_plural(noun: str) -> bool:
    """Whether ``noun`` (lowercase) is the plural of a noun lemminflect's inflection table lists:
    "toiletries", "nachos", "knives". Asked of the singulars its ending allows, so that neither
    the lemma table nor the rules for unknown words need loading."""
    if not noun.endswith("s"):
        return False
    table = _inflection_table()
    if table is None:
        single = lemma_of(noun, "NOUN")
        return single != noun and _inflect(single, "NNS") == noun
    for single in (noun[:-1], noun[:-2], noun[:-3] + "y", noun[:-3] + "f", noun[:-3] + "fe"):
        forms = table.forms(single)
        if forms is not None and noun in forms.get("NNS", ()):
            return True
    return False


def match_case(word: str, like: str) -> str:
    """``word`` in the case pattern of ``like``: 'Dog', 'DOG' or 'dog'."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


# Attribute categories of proper adjectives, written with a capital wherever they stand: "Mexican
# food", "a Christmas ornament", "Arabic numerals".
PROPER_CATEGORIES = frozenset({"origin", "holiday", "numerals"})


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def decapitalise(word: str) -> str:
    if len(word) > 1 and (word.isupper() or (word.endswith("s") and len(word) > 2 and word[:-1].isupper())):
        return word  # "TV", "USA", "TVs"
    return word[:1].lower() + word[1:]
