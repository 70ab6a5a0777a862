"""REPLACE: one concept substituted by another of its type and category.

An object gives way to another object of its category ("a cat on a couch" -> "a dog on a
couch"), an attribute to another of its category ("a red car" -> "a blue car", "two dogs" ->
"three dogs"), a relation to a contrasting one first ("on" -> "under", "riding" -> "walking
beside"), then to others of its category. The word swapped in is never the same lemma, a
synonym, or a hypernym or hyponym the lexicon knows ("dog" never becomes "animal", "couch"
never "sofa").

Grammar is left to the one edit mechanism (:func:`comptool.edits.apply_edits`: a/an, noun
number after a number word, subject-verb agreement, capitals); this module inflects what it
swaps in to the slot: nouns to the original number ("two cats" -> "two dogs"), verbs to the
original tense ("rides" -> "walks beside"), and it keeps what only the operator can know in
order: an article dropped before a mass noun ("a pizza" -> "seafood"), a bare mass noun
replaced by a plural ("broccoli" -> "carrots"), gendered pronouns that follow a person who
changes gender ("a boy with his kite" -> "a girl with her kite").

Only what the lexicon categorises (or gives contrasts for) is replaced: an uncategorised
concept has no alternative known to be of its kind and truly different, so it gets none.

Candidates per record and type are capped at :data:`MAX_CANDIDATES`, taken round-robin over
the concepts from lists ranked contrasts first, then in lexicon order (the lexicon lists the
frequent, visual words of a category first).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from typing import Iterator

from comptool import grammar
from comptool.edits import Edit, phrase, token
from comptool.lexicon import Lexicon
from comptool.operators import Candidate
from comptool.parsing import lemma_of

TYPES = ("object", "attribute", "relation")
MAX_CANDIDATES = 100  # per record and type
PER_CONCEPT = 40  # alternatives tried for one concept at most

# Attribute categories whose members exclude each other, so any other member is a true
# negative ("red" -> "blue", "wooden" -> "metal", "two" -> "three"). In other categories
# (size, age, state, ...) members overlap ("big" -> "huge" is no negative): only contrasts.
EXCLUSIVE_ATTRIBUTES = {
    "colour", "color", "material", "pattern", "number", "shape", "flavour", "flavor", "texture",
    "gender", "weather", "season", "time", "sport", "cuisine", "style", "fabric", "surface",
}
# Number words that name an exact count; vague ones ("several", "many") become exact ones only.
EXACT_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")

# Closed classes the operator needs to tell prepositions from verbs and to fit a slot.
PREPOSITIONS = {
    "aboard", "about", "above", "across", "after", "against", "along", "alongside", "amid", "amidst",
    "among", "around", "as", "at", "atop", "before", "behind", "below", "beneath", "beside",
    "besides", "between", "beyond", "by", "down", "during", "except", "for", "from", "in", "inside",
    "into", "like", "near", "nearby", "next", "of", "off", "on", "onto", "opposite", "out",
    "outside", "over", "past", "round", "through", "throughout", "to", "toward", "towards",
    "under", "underneath", "up", "upon", "via", "with", "within", "without", "close", "far",
    "together", "apart", "away", "ahead", "overhead", "upstairs", "downstairs", "outdoors",
    "indoors", "left", "right", "top", "front", "back", "across", "upside", "facing", "far",
}
# Prepositions and adverbs that take no object: "sitting together", "playing outdoors".
NO_OBJECT = {"together", "apart", "away", "ahead", "overhead", "upstairs", "downstairs", "outdoors", "indoors", "aside", "back", "upside down"}
# Particles that close a verb phrase: "lying down", "standing up" take no object.
CLOSING_PARTICLES = {"down", "away", "together", "apart", "back", "aside", "up", "out", "around", "over", "off"}
# Verbs that take no direct object; they relate objects only through a preposition.
INTRANSITIVE = {
    "stand", "sit", "lie", "lay", "walk", "run", "sleep", "fly", "swim", "jump", "wait", "pose",
    "smile", "laugh", "rest", "float", "kneel", "squat", "crouch", "skate", "ski", "surf", "graze",
    "hang", "lean", "park", "perch", "travel", "go", "come", "arrive", "sail", "dive", "fall",
    "glide", "hover", "land", "stroll", "march", "race", "roll", "slide", "crawl", "climb", "stay",
    "live", "work", "play", "rise", "sink", "drift", "wander", "stare", "look", "talk", "speak",
    "head", "drive", "ride", "move", "gather", "line", "stop", "turn", "swing", "bend", "reach",
}
# Nouns whose singular is rarely a count ("a broccoli"): lemminflect gives them no distinct
# plural, as it gives none to these counted animals either.
SAME_PLURAL_COUNT = {"sheep", "deer", "fish", "moose", "bison", "buffalo", "aircraft", "salmon", "trout", "shrimp", "elk", "swine", "squid", "species", "series", "cod", "reindeer", "antelope", "offspring"}
# Nouns that are plural in form and take a plural verb: never "a people", "a glasses".
PLURAL_ONLY = {
    "people", "pants", "glasses", "sunglasses", "scissors", "jeans", "shorts", "trousers", "goggles",
    "headphones", "binoculars", "clothes", "police", "cattle", "tongs", "pliers", "stairs",
    "overalls", "pajamas", "pyjamas", "leggings", "earphones", "earbuds", "groceries", "belongings",
    "skis", "dishes", "vegetables", "fries", "noodles", "supplies", "electronics", "suds",
}
SINGULAR_ARTICLES = {"a", "an"}
COUNTING = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "several", "many", "few", "multiple", "numerous", "both", "these", "those", "each", "every", "another", "a", "an"}

# Person nouns with a grammatical gender, and the pronouns that follow them.
MALE = {"man", "boy", "guy", "gentleman", "father", "dad", "son", "brother", "husband", "king", "prince", "groom", "male", "uncle", "grandfather", "grandpa", "policeman", "fireman", "businessman", "sportsman", "cowboy", "monk", "nephew", "lad", "dude", "sir", "men", "boys"}
FEMALE = {"woman", "girl", "lady", "mother", "mom", "daughter", "sister", "wife", "queen", "princess", "bride", "female", "aunt", "grandmother", "grandma", "policewoman", "businesswoman", "nun", "niece", "women", "girls", "ladies", "waitress", "actress"}
PRONOUNS = {
    # word: (gender, the same word for the other gender, by tag when it depends on use)
    "he": ("male", "she"), "him": ("male", "her"), "his": ("male", {"PRP$": "her", "PRP": "hers"}), "himself": ("male", "herself"),
    "she": ("female", "he"), "her": ("female", {"PRP$": "his", "PRP": "him"}), "hers": ("female", "his"), "herself": ("female", "himself"),
}


def candidates(parse: dict, type: str, lexicon: Lexicon) -> Iterator[Candidate]:
    """Yield REPLACE candidates for concepts of ``type`` in ``parse``."""
    vocab = _vocab(lexicon)
    tokens = parse["tokens"]
    concepts = parse["concepts"]
    make = {"object": _object_alternatives, "attribute": _attribute_alternatives, "relation": _relation_alternatives}[type]
    streams = [make(c, tokens, concepts, vocab) for c in concepts if c["type"] == type]
    seen: set[tuple] = set()
    made = 0
    # Round-robin over the concepts: every concept gets its best alternatives before any
    # concept gets its tenth.
    for row in zip_longest(*(_limited(s, PER_CONCEPT) for s in streams)):
        for candidate in row:
            if candidate is None:
                continue
            key = tuple((e.start, e.end, tuple(t["text"] for t in e.tokens)) for e in candidate.edits)
            if key in seen:
                continue
            seen.add(key)
            yield candidate
            made += 1
            if made >= MAX_CANDIDATES:
                return


def _limited(stream: Iterator[Candidate], n: int) -> Iterator[Candidate]:
    for k, item in enumerate(stream):
        if k >= n:
            return
        yield item


# -- the lexicon, indexed for replacement ----------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One lexicon word or phrase: as written, and keyed by its lemma ("riding" -> "ride")."""

    text: str
    key: str
    section: str
    category: str | None

    @property
    def is_preposition(self) -> bool:
        return self.text.split(" ")[0] in PREPOSITIONS

    @property
    def takes_object(self) -> bool:
        words = self.text.split(" ")
        if self.is_preposition:
            return self.text not in NO_OBJECT and words[-1] not in NO_OBJECT
        if len(words) > 1:
            return words[-1] not in CLOSING_PARTICLES  # "sitting on", not "lying down"
        return self.key not in INTRANSITIVE

    @property
    def intransitive(self) -> bool:
        """Fits a slot with no object: "standing", "lying down", "outside"."""
        words = self.text.split(" ")
        if self.is_preposition:
            return len(words) == 1 and self.text in PREPOSITIONS_NO_OBJECT_OK
        if len(words) > 1:
            return words[-1] in CLOSING_PARTICLES
        return self.key in INTRANSITIVE


# Adverbial prepositions that stand alone after a verb: "sitting outside", "standing together".
PREPOSITIONS_NO_OBJECT_OK = {"outside", "inside", "together", "apart", "away", "nearby", "overhead", "upstairs", "downstairs", "outdoors", "indoors", "ahead", "behind", "above", "below", "underneath", "beneath", "alongside"}


def entry_key(text: str, section: str) -> str:
    """The lemma form a concept's lemma is compared with: verbs lemmatised, the rest as written."""
    words = text.lower().split(" ")
    if section != "objects" and words[0] not in PREPOSITIONS and words[0] not in grammar.NUMBER_VALUES:
        first = words[0]
        if first.endswith(("ing", "ed", "es", "s")) or section == "relations":
            words[0] = lemma_of(first, "VERB")
    return " ".join(words)


class _Vocab:
    """The lexicon seen from REPLACE: entries by key, categories in order, contrasts."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.by_key: dict[str, dict[str, list[Entry]]] = {}
        self.members: dict[tuple[str, str], list[Entry]] = {}
        for section in ("objects", "attributes", "relations"):
            table: dict[str, list[Entry]] = {}
            for category, words in getattr(lexicon, section).items():
                listed = []
                for word in words:
                    text = " ".join(word.lower().split())
                    entry = Entry(text, entry_key(text, section), section, category)
                    listed.append(entry)
                    table.setdefault(entry.key, []).append(entry)
                    if text != entry.key:
                        table.setdefault(text, []).append(entry)
                self.members[(section, category)] = listed
            self.by_key[section] = table

    def find(self, section: str, concept: dict, tokens: list[dict]) -> list[Entry]:
        """The entries a concept is, by its lemma, its text or its lemma key."""
        text = " ".join(t["text"].lower() for t in tokens[concept["start"] : concept["end"]])
        table = self.by_key[section]
        for probe in (concept.get("lemma") or "", text, entry_key(text, section)):
            if probe in table:
                return table[probe]
        return []

    def entry(self, text: str, section: str) -> Entry:
        text = " ".join(text.lower().split())
        key = entry_key(text, section)
        for found in self.by_key[section].get(key, []) + self.by_key[section].get(text, []):
            return found
        return Entry(text, key, section, None)

    def related(self, a: Entry, b: Entry, own: set[str]) -> bool:
        """Same lemma, synonym, hypernym or hyponym, by any of their written forms."""
        if a.key == b.key or b.text in own or b.key in own:
            return True
        forms_a = {a.text, a.key} | own
        forms_b = {b.text, b.key}
        return any(self.lexicon.related(x, y) for x in forms_a for y in forms_b)

    def contrasts(self, section: str, forms: set[str]) -> list[Entry]:
        found: list[Entry] = []
        for form in sorted(forms):
            for other in sorted(self.lexicon.contrasts_of(form)):
                entry = self.entry(other, section)
                if entry not in found:
                    found.append(entry)
        return found

    def alternatives(self, section: str, concept: dict, tokens: list[dict], *, exclusive: bool = True) -> list[Entry]:
        """Contrasts first, then the other members of the concept's category, related ones out."""
        entries = self.find(section, concept, tokens)
        text = " ".join(t["text"].lower() for t in tokens[concept["start"] : concept["end"]])
        own = {e.text for e in entries} | {e.key for e in entries} | {concept.get("lemma") or "", text}
        own.discard("")
        ranked: list[Entry] = self.contrasts(section, own)
        if exclusive:
            for category in dict.fromkeys(e.category for e in entries if e.category):
                ranked.extend(self.members.get((section, category), []))
        out: list[Entry] = []
        keys: set[str] = set()
        probe = entries[0] if entries else Entry(text, entry_key(text, section), section, None)
        for entry in ranked:
            if entry.key in keys or self.related(probe, entry, own):
                continue
            keys.add(entry.key)
            out.append(entry)
        return out


_VOCABS: dict[int, tuple[Lexicon, _Vocab]] = {}


def _vocab(lexicon: Lexicon) -> _Vocab:
    held = _VOCABS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        if len(_VOCABS) > 8:
            _VOCABS.clear()
        held = _VOCABS[id(lexicon)] = (lexicon, _Vocab(lexicon))
    return held[1]


# -- objects ---------------------------------------------------------------------------------


def _object_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> Iterator[Candidate]:
    start, end, head = concept["start"], concept["end"], concept["head"]
    probe = concept
    if not vocab.find("objects", concept, tokens) and end - start > 1:
        # An unknown compound ("prop plane", "teddy bear") is replaced whole by alternatives
        # of its head noun: "a prop plane" -> "a helicopter", still truly another object.
        probe = {"lemma": tokens[head]["lemma"], "start": head, "end": head + 1}
    if not vocab.find("objects", probe, tokens):
        return  # uncategorised: nothing known to be of its kind and truly different
    slot = tokens[head]
    plural = slot["tag"] in ("NNS", "NNPS")
    others = {c["lemma"] for c in concepts if c["type"] == "object" and c["id"] != concept["id"]}
    children = _children(tokens)
    det = _determiner(tokens, children, head, start)
    counted = any(tokens[c]["text"].lower() in COUNTING and c < start for c in children[head])
    bare_mass = not plural and det is None and not counted and _is_mass(slot["lemma"]) and not _is_plural_only(slot["text"].lower())
    pronoun_edits = _pronoun_plan(concept, tokens, concepts)
    for alt in vocab.alternatives("objects", probe, tokens):
        if alt.key in others or alt.text in others:
            continue  # "a dog and a dog"
        edits: list[Edit] = []
        alt_plural_only = _is_plural_only(alt.text)
        tag = "NNS" if plural else "NN"
        if not plural and alt_plural_only:
            if det is not None or counted:
                continue  # never "a glasses"
            tag = "NNS"
        elif bare_mass and not _is_mass(alt.text):
            tag = "NNS"  # "a plate of broccoli" -> "a plate of carrots"
        elif not plural and _is_mass(alt.text) and det is not None and tokens[det]["text"].lower() in SINGULAR_ARTICLES:
            edits.append(Edit(det, det + 1, ()))  # "a pizza" -> "seafood"
        elif not plural and _is_mass(alt.text) and counted:
            continue  # never "one broccoli"
        elif plural and _is_mass(alt.text) and counted:
            continue  # never "two broccoli"
        words = alt.text if tag == "NN" or alt_plural_only else grammar.inflect(alt.text, "NNS", alt.text)
        words = _cased(words, tokens[start:end])
        new = phrase(words, lemma=alt.text, pos="NOUN", tag=tag, dep=slot["dep"], head=slot["head"], root="last")
        edits.append(Edit(start, end, new))
        edits.extend(_pronoun_edits(pronoun_edits, concept, alt, tokens))
        slots = frozenset(range(start, end)) | frozenset(e.start for e in edits if e.start != start)
        yield Candidate("replace", "object", tuple(edits), slots)


def _children(tokens) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in tokens]
    for k, t in enumerate(tokens):
        h = t["head"]
        if h != k and 0 <= h < len(tokens):
            children[h].append(k)
    return children


def _determiner(tokens, children, head: int, start: int) -> int | None:
    for c in children[head]:
        if c < start and tokens[c]["dep"] == "det":
            return c
    return None


@lru_cache(maxsize=4096)
def _is_mass(word: str) -> bool:
    """No plural of its own ("broccoli", "luggage"), unless a counted animal ("sheep")."""
    last = word.split(" ")[-1]
    if last in SAME_PLURAL_COUNT or _is_plural_only(last):
        return False
    from lemminflect import getAllInflections

    forms = getAllInflections(last, upos="NOUN")
    plurals = forms.get("NNS")
    return bool(plurals) and plurals[0] == last


def _is_plural_only(word: str) -> bool:
    last = word.split(" ")[-1].lower()
    return last in PLURAL_ONLY


def _cased(words: str, old: list[dict]) -> str:
    """The case of the words replaced: "DOG" -> "CAT", a capitalised "Frisbee" -> "Ball"."""
    if not old:
        return words
    first = old[0]["text"]
    if all(t["text"].isupper() and len(t["text"]) > 1 for t in old if t["text"].isalpha()) and first.isupper() and len(first) > 1:
        return words.upper()
    return grammar.match_case(words, first) if first[:1].isupper() else words


def _gender(word: str) -> str | None:
    word = word.lower().split(" ")[-1]
    if word in MALE:
        return "male"
    if word in FEMALE:
        return "female"
    return None


def _pronoun_plan(concept: dict, tokens, concepts) -> list[int]:
    """Gendered pronouns that refer to this object: only when no other person could own them."""
    pronouns = [k for k, t in enumerate(tokens) if t["text"].lower() in PRONOUNS and k >= concept["end"]]
    if not pronouns or concept.get("number") == "plural":
        return []
    genders = {PRONOUNS[tokens[k]["text"].lower()][0] for k in pronouns}
    if len(genders) != 1:
        return []
    gender = next(iter(genders))
    own = _gender(concept["lemma"])
    if own not in (gender, None):
        return []
    people = [
        c for c in concepts
        if c["type"] == "object" and c["id"] != concept["id"] and c.get("category") == concept.get("category")
        and _gender(c["lemma"]) in (gender, None) and c.get("number") != "plural"
    ]
    return [] if people else pronouns


def _pronoun_edits(pronouns: list[int], concept: dict, alt: Entry, tokens) -> list[Edit]:
    target = _gender(alt.text)
    edits = []
    for k in pronouns:
        word = tokens[k]["text"].lower()
        gender, other = PRONOUNS[word]
        if target is None or target == gender:
            continue
        if isinstance(other, dict):
            other = other.get(tokens[k]["tag"], next(iter(other.values())))
        t = tokens[k]
        edits.append(Edit(k, k + 1, (token(grammar.match_case(other, t["text"]), lemma=other, pos=t["pos"], tag=t["tag"], dep=t["dep"], head=t["head"]),)))
    return edits


# -- attributes ------------------------------------------------------------------------------


def _attribute_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> Iterator[Candidate]:
    start, end, head = concept["start"], concept["end"], concept["head"]
    slot = tokens[head]
    entries = vocab.find("attributes", concept, tokens)
    categories = {e.category for e in entries if e.category}
    word = slot["text"].lower()
    if concept.get("category") == "number" or grammar.number_value(word) is not None and slot["pos"] == "NUM":
        yield from _number_alternatives(concept, tokens, vocab)
        return
    exclusive = bool(categories & EXCLUSIVE_ATTRIBUTES)
    siblings = {
        c["lemma"] for c in concepts
        if c["type"] == "attribute" and c["id"] != concept["id"] and c.get("of") == concept.get("of")
    }
    for alt in vocab.alternatives("attributes", concept, tokens, exclusive=exclusive):
        if alt.key in siblings or alt.text in siblings or " " in alt.text and slot["pos"] != "ADJ":
            continue  # "a white and white cat"
        words = _attribute_form(alt, slot)
        if words is None:
            continue
        new = phrase(_cased(words, tokens[start:end]), lemma=alt.key, pos=_pos_for(alt, slot), tag=slot["tag"], dep=slot["dep"], head=slot["head"], root="last")
        yield Candidate("replace", "attribute", (Edit(start, end, new),), frozenset(range(start, end)))


def _pos_for(alt: Entry, slot: dict) -> str:
    if alt.text.endswith(("ing", "ed")) and slot["pos"] == "VERB":
        return "VERB"
    return "ADJ" if slot["pos"] in ("VERB", "ADJ") and not alt.text.endswith(("ing", "ed")) else slot["pos"]


def _attribute_form(alt: Entry, slot: dict) -> str | None:
    """The alternative in the form the slot asks for, or None when it cannot fill it."""
    tag = slot["tag"]
    is_verb = alt.key != alt.text or alt.text.endswith("ing")
    if tag in ("VBZ", "VBP", "VBD", "VB"):
        # A finite verb ("the dog sits") takes a verb only, in its tense.
        return grammar.inflect(alt.text, tag, alt.key) if is_verb else None
    if tag == "VBG" and is_verb:
        return grammar.inflect(alt.text, "VBG", alt.key)
    if tag in ("JJR", "JJS") and not is_verb and " " not in alt.text:
        form = grammar.inflect(alt.text, tag, alt.text)
        return form if form != alt.text else None
    if slot["pos"] == "NOUN" and is_verb:
        return None  # a noun modifier slot ("metal fence") takes no participle
    return alt.text


def _number_alternatives(concept: dict, tokens, vocab: _Vocab) -> Iterator[Candidate]:
    """Another count: exact numbers for exact ones, exact small ones for vague ones."""
    start, end, head = concept["start"], concept["end"], concept["head"]
    slot = tokens[head]
    word = slot["text"].lower()
    value = grammar.number_value(word)
    if value is None and word not in vocab.by_key["attributes"] and word not in EXACT_NUMBERS:
        if word not in ("several", "many", "multiple", "numerous", "few", "couple"):
            return
    if word.isdigit():
        options = [str(v) for v in range(1, 13) if v != value]
        options.sort(key=lambda v: abs(int(v) - value))
    elif value is not None and value >= 1:
        options = [w for w in EXACT_NUMBERS if w != word]
        options.sort(key=lambda w: (abs(grammar.number_value(w) - value), grammar.number_value(w)))
    else:
        options = ["one"] if word not in ("few",) else []  # "several dogs" -> "one dog"
    # Contrasts the lexicon knows come first ("many" <-> "few").
    own = {word, concept.get("lemma") or word}
    contrasts = [e.text for e in vocab.contrasts("attributes", own)]
    for alt in dict.fromkeys(contrasts + options):
        if alt in own or any(vocab.lexicon.related(alt, o) for o in own):
            continue
        new = (token(_cased(alt, tokens[start:end]), lemma=alt, pos="NUM", tag="CD", dep=slot["dep"], head=slot["head"]),)
        yield Candidate("replace", "attribute", (Edit(start, end, new),), frozenset(range(start, end)))


# -- relations -------------------------------------------------------------------------------


def _relation_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> Iterator[Candidate]:
    start, end, head = concept["start"], concept["end"], concept["head"]
    first = tokens[start]
    entries = vocab.find("relations", concept, tokens)
    has_object = concept.get("obj") is not None
    is_verb = first["pos"] in ("VERB", "AUX") and first["text"].lower() not in PREPOSITIONS
    alternatives = vocab.alternatives("relations", concept, tokens) if entries or _has_contrasts(vocab, concept, tokens) else []
    if _idiom(concept, tokens):
        return
    for alt in alternatives:
        candidate = _relation_candidate(concept, alt, tokens, is_verb=is_verb, has_object=has_object)
        if candidate is not None:
            yield candidate
    # "standing in a field" -> "sitting in a field": the verb alone, its preposition kept.
    if is_verb and end - start > 1 and tokens[start + 1]["pos"] == "ADP":
        verb = {"start": start, "end": start + 1, "lemma": first["lemma"], "id": concept["id"]}
        for alt in _verb_alternatives(verb, tokens, vocab):
            if not alt.intransitive or alt.is_preposition or " " in alt.text:
                continue
            form = grammar.inflect(alt.text, first["tag"], alt.key) if first["tag"].startswith("VB") else alt.text
            new = phrase(_cased(form, tokens[start : start + 1]), lemma=alt.key, pos="VERB", tag=first["tag"], dep=first["dep"], head=first["head"], root="first")
            yield Candidate("replace", "relation", (Edit(start, start + 1, new),), frozenset({start}))


def _verb_alternatives(verb: dict, tokens, vocab: _Vocab) -> list[Entry]:
    for section in ("relations", "attributes"):
        if vocab.find(section, verb, tokens) or vocab.lexicon.contrasts_of(verb["lemma"]):
            found = vocab.alternatives(section, verb, tokens)
            if found:
                return found
    return []


def _has_contrasts(vocab: _Vocab, concept: dict, tokens) -> bool:
    text = " ".join(t["text"].lower() for t in tokens[concept["start"] : concept["end"]])
    return bool(vocab.lexicon.contrasts_of(concept.get("lemma") or text) or vocab.lexicon.contrasts_of(text))


# Prepositional idioms that relate nothing: "on top", "in the middle", "at night".
IDIOM_OBJECTS = {"top", "bottom", "middle", "side", "front", "back", "left", "right", "night", "day", "time", "way", "display", "fire", "air", "distance", "background", "foreground", "view", "sale", "line", "order", "place", "use", "water"}


def _idiom(concept: dict, tokens) -> bool:
    if tokens[concept["start"]]["pos"] == "VERB":
        return False
    last = concept["end"] - 1
    objects = [k for k, t in enumerate(tokens) if t["head"] == last and t["dep"] in ("pobj", "pcomp")]
    return any(tokens[k]["lemma"] in IDIOM_OBJECTS and tokens[k]["lemma"] != "water" for k in objects)


def _relation_candidate(concept: dict, alt: Entry, tokens, *, is_verb: bool, has_object: bool) -> Candidate | None:
    start, end = concept["start"], concept["end"]
    first = tokens[start]
    if has_object and not alt.takes_object:
        return None
    if not has_object and not alt.intransitive:
        return None
    if is_verb:
        tag = first["tag"]
        if alt.is_preposition:
            # A preposition stands in for a participle ("a man riding a horse" -> "a man beside a
            # horse") or after an auxiliary ("is riding" -> "is beside"), never for a finite verb.
            if tag not in ("VBG", "VBN"):
                return None
            new = phrase(_cased(alt.text, tokens[start:end]), lemma=alt.key, pos="ADP", tag="IN", dep="prep", head=first["head"], root="first")
        else:
            form = grammar.inflect(alt.text, tag, alt.key) if tag.startswith("VB") else alt.text
            new = phrase(_cased(form, tokens[start:end]), lemma=alt.key, pos="VERB", tag=tag, dep=first["dep"], head=first["head"], root="first")
    else:
        if alt.is_preposition:
            new = phrase(_cased(alt.text, tokens[start:end]), lemma=alt.key, pos=first["pos"] if first["pos"] in ("ADP", "ADV") else "ADP", tag="IN", dep=first["dep"], head=first["head"], root="first")
        else:
            # A participle stands in for a preposition that hangs on a noun ("a man on a horse"
            # -> "a man riding a horse") or follows "be" ("is on" -> "is sitting on").
            governor = tokens[first["head"]] if first["head"] != start else None
            if governor is None or not (governor["pos"] in ("NOUN", "PROPN", "PRON") or governor["lemma"] == "be"):
                return None
            form = grammar.inflect(alt.text, "VBG", alt.key)
            new = phrase(_cased(form, tokens[start:end]), lemma=alt.key, pos="VERB", tag="VBG", dep="acl", head=first["head"], root="first")
    return Candidate("replace", "relation", (Edit(start, end, new),), frozenset(range(start, end)))

