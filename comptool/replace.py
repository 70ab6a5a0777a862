"""REPLACE: one concept substituted by another of its type and category.

An object gives way to another object of its category ("a cat on a couch" -> "a dog on a
couch"), an attribute to another of its category ("a red car" -> "a blue car", "two dogs" ->
"three dogs"), a relation to a contrasting one first ("on" -> "under", "ride" -> "walk
beside"), then to others of its category. What is swapped in is never the same lemma, a
synonym, a hypernym or hyponym, a rare variant or a general word: the lexicon's
:meth:`~comptool.lexicon.Lexicon.alternatives` decides, and its ``no_replace`` categories
(collective nouns, picture words, portions, evaluative adjectives) are left alone. A general
word whose category holds only its hyponyms ("people": men, children...) becomes a kin of
another kind under its nearest hypernym ("people" -> "dogs", "fruit" -> "broccoli").

Grammar is left to the one edit mechanism (:func:`comptool.edits.apply_edits`: a/an, noun
number after a number word, subject-verb agreement, capitals). This module fits what it swaps
in to the slot: nouns take the original number ("two cats" -> "two dogs"), verbs the original
form ("rides" -> "walks beside", "riding" -> "walking beside"); a preposition stands in for a
participle only ("a cat sitting on a couch" -> "a cat next to a couch", never "a cat sits
next to" -> "a cat next to"); a mass noun drops the article ("a pizza" -> "rice"), a bare mass
noun becomes a plural ("broccoli" -> "carrots"), gendered pronouns follow a person who
changes gender ("a boy with his kite" -> "a girl with her kite"), and a proper adjective keeps
its capital ("Mexican food"). A place relation may become a place of another kind ("on" ->
"next to"), but not where the place is no place: clothes worn ("a woman in a red dress",
which may be held instead), idioms ("in the sky", "at night"; a place idiom becomes the place
it excludes: "in the foreground" -> "in the background"), containment of a person ("outside a
woman") or "among" one thing; a passive with its agent gives way to a place, "by" with it
("surrounded by rocks" -> "under rocks").

A noun modifier inside its object's compound changes with care: a compound the lexicon names
takes the modifier of another compound of its kind ("polar bear" -> "brown bear"), its own
alternatives only where the compound is a kind of its head ("chocolate cake" -> "vanilla
cake", never "hot dog" -> "cold dog"), and an ingredient another of its own kind ("ham pizza"
-> "bacon pizza"). A concept the lexicon does not categorise (and gives no contrast for) gets
no replacement: nothing is known to be of its kind and truly different. An unknown compound
noun is replaced whole by alternatives of its head noun, or where its head names nothing
replaceable, its known noun changes ("park area" -> "beach area").

Per record and type at most :data:`MAX_CANDIDATES` candidates, taken round-robin over the
concepts from lists ranked contrasts first, then in lexicon order (the lexicon lists the
frequent, visual words of a category first), at most :data:`PER_CONCEPT` per concept (or an
even share of the cap, when a caption has fewer concepts than that leaves room for). Indexing
lists them all in that order (``--all``); :meth:`Candidates.draw` gives them in a seeded order
that works out only those it hands out, so ``-n 1`` ranks and fits one or two, not a hundred.
"""

from __future__ import annotations

from collections import abc
from functools import lru_cache
from itertools import zip_longest
from typing import Iterator, Sequence

from comptool import grammar
from comptool.edits import Edit, token
from comptool.edits import phrase as _make_phrase
from comptool.lexicon import Lexicon, key, key as lookup_key
from comptool.negation import BEARING_VERBS, MANY_WORDS, VARIETY_WORDS, count_to_drop, is_negation, named_again, said_words
from comptool.negation import scope as negation_scope
from comptool.operators import Candidate, inside_a_word
from comptool.parsing import COOKING_VERBS, HOLDER_CATEGORIES, HOLDERS, KEEPING_VERBS, LINKING_VERBS, PLURAL_COUNTS, QUANTITY_NOUNS, WAYS_OF_THEIR_OWN, WORN_KINDS, frame_objects, act_objects, group_counting, offered_as_a_choice, onlookers_verb, pictured_passive, set_act_objects, verbs_subject, worn_on_or_off
from comptool.suits import (
    ABOARD, BABY_NOUNS, DRUNK_OF_NATURE, EATEN_AS_STUFF, FLAT_DISHES, FLOWN, FLUIDS, FOOD_AND_DRINK, GROWING_VERBS, GROWS, KNOWN_KINDS, OLD_AGES, OLD_NOUNS, SAME_PLACE,
    SKILLED_VERBS, SURFACE_WAYS, TEEN_NOUNS, WATER_VERBS, AIR_VERBS, WORN_IN, YOUNG_AGES,
    AIR, BENEATH_WAYS, FLAT_GROUNDS, GOING, MOUNTS, NEAR_WAYS, ages_clash, does, entailed, fits_a_mount, gender_of, goes_by, is_in, moves_in, noun_refuses, same_place, suits_kind, takes_noun, takes_object, under_the_ground, wet,
)

TYPES = ("object", "attribute", "relation")
MAX_CANDIDATES = 100  # per record and type
PER_CONCEPT = 40  # alternatives of one concept at most

# Number words that name an exact count, in order; a vague count ("several") becomes "one".
EXACT_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
VAGUE_NUMBERS = grammar.MANY_COUNTS | {"lots"}

# Closed classes: what starts a preposition, and what takes no object after it.
PREPOSITIONS = {
    "aboard", "about", "above", "across", "after", "against", "ahead", "along", "alongside", "amid",
    "amidst", "among", "amongst", "apart", "around", "as", "aside", "at", "atop", "away", "before",
    "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "close", "down",
    "downstairs", "downward", "during", "except", "far", "for", "forward", "backward", "backwards",
    "from", "in", "indoors", "inside", "into", "like", "near", "nearby", "next", "of", "off", "on",
    "onto", "opposite", "out", "outdoors", "outside", "over", "overhead", "past", "round", "through",
    "throughout", "to", "together", "toward", "towards", "under", "underneath", "up", "upon",
    "upstairs", "upward", "via", "with", "within", "without", "adjacent", "across",
}
# Prepositions used as adverbs, taking no object: "sitting together", "playing outdoors".
NO_OBJECT = {
    "together", "apart", "away", "ahead", "overhead", "upstairs", "downstairs", "outdoors", "indoors",
    "aside", "nearby", "close", "far", "forward", "backward", "backwards", "upward", "downward",
}
# Prepositions of movement: "walking into a room", never "a cat into a bed".
MOTION = {
    "into", "onto", "on to", "out of", "off", "off of", "through", "across", "along", "toward", "towards",
    "up", "down", "past", "from", "to", "up to", "down from", "out from", "over to", "via", "throughout",
    "forward", "backward", "backwards", "away", "upward", "downward", "out", "in to",
}
# Prepositions and adverbs that are verbs too: "close the door", "round the corner".
VERBS_TOO = {"close", "round", "down", "back", "like", "near", "out", "up", "off", "past", "over"}
# Adverbial prepositions that may stand alone after a verb: "sitting outside", "standing together".
STANDS_ALONE = NO_OBJECT | {"outside", "inside", "behind", "above", "below", "underneath", "beneath", "alongside", "up", "down", "around", "across", "off", "out"}
# Particles that close a verb phrase: "lying down", "standing up" take no object.
CLOSING_PARTICLES = {"down", "away", "together", "apart", "back", "aside", "up", "out", "around", "over", "off"}
# Verbs that take no direct object; they relate objects through a preposition only.
INTRANSITIVE = {
    "stand", "sit", "lie", "lay", "walk", "run", "sleep", "fly", "swim", "jump", "wait", "pose",
    "smile", "laugh", "rest", "float", "kneel", "squat", "crouch", "skate", "ski", "surf", "graze",
    "hang", "lean", "perch", "travel", "go", "come", "arrive", "sail", "dive", "fall", "glide",
    "hover", "land", "stroll", "march", "roll", "slide", "crawl", "stay", "live", "work", "rise",
    "sink", "drift", "wander", "stare", "look", "talk", "speak", "head", "move", "gather", "line",
    "turn", "balance", "jog", "hike", "wade", "paddle", "snowboard", "skateboard", "bike", "cycle",
    "relax", "nap", "lounge", "sunbathe", "gaze", "peer", "glance", "point", "sleep", "hide",
    "climb", "bend", "reach", "lean", "wave", "swing", "splash", "play", "compete", "practice",
    "yell", "shout", "scream", "frown", "cry", "weep", "giggle", "grin", "smirk", "grimace", "chat",
    "gesture", "nod", "sing", "dance", "cheer", "clap", "cough", "sneeze", "blink", "chuckle", "whisper",
    "bask", "huddle", "stretch", "dock", "moor", "idle", "loiter", "linger", "lurk", "peek", "emerge",
    "merge", "gallop", "trot", "soar", "hop", "limp", "skid", "sprint", "stumble", "wobble", "zoom", "stray", "swerve",
    "glow", "twinkle", "sparkle", "flicker", "shimmer", "bloom", "blossom", "wilt",
    "pant", "yawn", "argue", "signal", "bark", "growl", "roar", "meow", "converse", "sing along",
}
# Verbs that take an object or none: "a cat drinking out of a glass" -> "eating out of a glass".
EITHER_WAY = {"eat", "drink", "read", "smoke", "cook", "paint", "draw", "write"}
# Nouns lemminflect gives no plural of their own that are counted nonetheless ("a sheep").
SAME_PLURAL_COUNT = {
    "sheep", "deer", "fish", "moose", "bison", "buffalo", "aircraft", "salmon", "trout", "shrimp",
    "elk", "swine", "squid", "species", "series", "cod", "reindeer", "antelope", "offspring",
    "spacecraft", "hovercraft", "watercraft", "grouse", "carp", "tuna",
}
# Nouns lemminflect counts that captions use as mass nouns ("some seafood", not "a seafood").
MASS = {
    "toast", "french toast", "pepperoni", "salami", "pastrami", "jerky", "lettuce", "guacamole",
    "hummus", "salsa", "ketchup", "mustard", "mayonnaise", "frosting", "icing", "whipped cream",
    "seafood", "food", "meat", "water", "grass", "snow", "sand", "rice", "pasta", "bread", "cheese",
    "luggage", "furniture", "broccoli", "spinach", "lettuce", "cereal", "soup", "salad", "sauce",
    "dirt", "mud", "hay", "ground", "milk", "coffee", "tea", "juice", "wine", "beer", "ice", "ice cream", "graffiti",
    "corn", "cauliflower", "celery", "garlic", "ham", "bacon", "pork", "beef", "chicken breast",
    "oatmeal", "granola", "popcorn", "yogurt", "butter", "jam", "honey", "syrup", "cream", "dough",
    "fruit salad", "coleslaw", "asparagus", "kale", "cabbage", "zucchini", "macaroni", "lasagna",
    "spaghetti", "steak", "fish", "tofu", "sushi", "gravel", "concrete", "mulch", "foliage",
    "fog", "smoke", "steam", "rain", "traffic", "equipment", "gear", "clothing", "laundry", "jewelry", "mail", "lavender", "stubble", "shrimp", "liquor", "champagne", "sake", "algae", "seaweed",
    "toothpaste", "shampoo", "lotion", "sunscreen", "makeup", "shaving cream", "mouthwash", "nail polish", "hand sanitizer",
    "basil", "cilantro", "parsley", "oregano", "arugula", "thyme", "rosemary", "dill",
    "paper", "wood", "cardboard", "firewood", "lumber", "wheat", "barley", "straw", "moss", "ivy",
    "farmland", "woodland", "parkland", "grassland", "scrubland", "marshland", "wilderness", "greenery", "shrubbery", "vegetation",
    "chess", "checkers", "poker", "soccer", "tennis", "golf", "hockey", "music",
    "glitter", "pottery", "signage", "scenery", "machinery", "lighting", "artwork", "hair", "fur", "gravy",
}
CLOCK_WORDS = {"o'clock", "o’clock"}
# Things counted one by one that lemminflect gives no plural of: "a trellis", "a crepe".
COUNTED = {"trellis", "crepe", "pita", "abdomen", "rhinoceros", "jellyfish", "crossroads"}
# Nouns that are plural in form: never "a people", "a glasses".
PLURAL_ONLY = {
    "people", "pants", "glasses", "sunglasses", "eyeglasses", "scissors", "jeans", "shorts",
    "trousers", "goggles", "headphones", "binoculars", "clothes", "police", "cattle", "tongs",
    "pliers", "stairs", "overalls", "pajamas", "pyjamas", "leggings", "earphones", "earbuds",
    "groceries", "belongings", "electronics", "suds", "fries", "french fries", "slacks", "tights",
    "sweatpants", "trunks", "briefs", "boxers", "mittens", "dishes", "vegetables", "supplies",
    "chopsticks", "skis", "men", "women", "children", "kids", "persons", "folks", "scrubs",
    "handlebars", "bangs",
}
# One of what has no singular, by another word: "a herd of cattle" -> "a single cow".
ONE_OF = {"cattle": "cow", "police": "police officer"}
SINGULAR_ARTICLES = {"a", "an"}
# Words after which an "a" counts many: "a few stores", "a dozen eggs", "a great many birds".
COUNTS_AFTER_A = {"few", "dozen", "many", "couple", "hundred", "thousand"}
PEOPLE_PLURALS = {"men", "women", "children", "kids", "persons", "folks"}
# Of those, the ones with no singular at all: "sunglasses", never "a sunglass".
NO_SINGULAR = PLURAL_ONLY - PEOPLE_PLURALS - {"people", "dishes", "vegetables", "supplies", "skis", "groceries", "fries", "french fries", "mittens", "stairs", "electronics", "chopsticks"}
COUNTING = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "many", "few", "multiple", "numerous", "both", "these", "those", "each", "every",
    "another", "single", "lone", "couple", "dozen", "various", "assorted", "countless",
}
# Prepositional idioms that place nothing: "on top", "at night", "in the air".
IDIOM_OBJECTS = {
    "top", "bottom", "middle", "side", "front", "back", "left", "right", "sky", "formation",
    "way", "display", "fire", "air", "distance", "background", "foreground", "view", "sale",
    "order", "place", "use", "line", "motion", "action", "focus", "half", "piece", "pair", "color", "colour",
}
# Talking, playing or typing "on" a phone or a computer uses it, placed nowhere.
MEDIUM_VERBS = {"talk", "chat", "speak", "play", "type", "text", "call", "browse", "work", "video", "facetime"}
# Times said with "at" ("at sunset" -> "at dawn", never "at afternoon"), with "in" ("in the
# evening" -> "in the morning", never "in the noon", "in the weekend"), with "on" ("on a sunny
# day" -> "on a sunny morning", never "on a sunny winter"), and those said with "at" alone.
AT_TIMES = {
    "night", "nighttime", "night time", "night-time", "dusk", "dawn", "twilight", "sunset", "sundown", "sunrise", "daybreak", "noon",
    "midday", "midnight", "rush hour", "dinnertime", "lunchtime",
}
IN_TIMES = {
    "day", "daytime", "night", "nighttime", "night time", "night-time", "morning", "afternoon", "evening", "winter", "summer", "spring",
    "autumn", "fall", "wintertime", "summertime", "dusk", "twilight",
}
ON_TIMES = {"day", "morning", "afternoon", "evening", "night", "weekend", "holiday"}
ONLY_AT_TIMES = {"noon", "midday", "midnight"}
TIMES_SAID_WITH = {"at": AT_TIMES, "in": IN_TIMES, "on": ON_TIMES}


# Times no picture shows by its light or its season: a day of the week or of the calendar, an hour of a routine.
UNSEEN_TIMES = {"weekend", "holiday", "christmas", "halloween", "rush hour", "dinnertime", "lunchtime", "season", "time"}


SEASONS = {"winter", "summer", "spring", "autumn", "fall", "wintertime", "summertime"}


def _time_span(word: str) -> str | None:
    """ "season" for a season, "day" for a time of day; None for a time the lexicon does not
    list as either."""
    word = word.lower()
    return "season" if word in SEASONS else None if word in UNSEEN_TIMES or word in CLOCK_WORDS else "day"


SUNLIT = {"sunny", "sunlit", "bright", "cloudless"}
DARK_TIMES = {"night", "nighttime", "night time", "midnight", "evening", "dusk", "twilight", "sundown"}


def _said_as_before(alternatives: list[Entry], tokens, start: int) -> list[Entry]:
    """The times among ``alternatives`` that read after the preposition before ``start`` (its
    articles and adjectives between) as the old time did: "at |sunset", "in the |evening",
    "on a sunny |day", "during the |day"."""
    k = start - 1
    while k >= 0 and tokens[k]["pos"] in ("DET", "ADJ", "ADV"):
        k -= 1
    said_with = tokens[k]["text"].lower() if k >= 0 else None
    if said_with in TIMES_SAID_WITH:
        return [alt for alt in alternatives if alt.lookup in TIMES_SAID_WITH[said_with]]
    if said_with == "during":
        return [alt for alt in alternatives if alt.lookup not in ONLY_AT_TIMES]
    return alternatives


MEDIUMS = {"phone", "cellphone", "telephone", "smartphone", "iphone", "mobile", "laptop", "computer", "tablet", "ipad", "radio", "walkie-talkie", "keyboard", "headset"}
TALK_VERBS = {"talk", "chat", "speak", "call"}
TALKED_ON = {"phone", "cell phone", "cellphone", "telephone", "smartphone", "iphone", "mobile", "radio", "walkie-talkie", "headset", "pay phone", "desk phone", "microphone", "laptop", "computer", "tablet", "ipad"}
SCREENS = {"phone", "cell phone", "cellphone", "smartphone", "iphone", "mobile", "laptop", "computer", "tablet", "ipad"}  # typed or played on; a laptop's keyboard is no other thing
# Times: "at night", "on a sunny day", with an article or without.
IDIOM_TIMES = {"night", "day", "time", "morning", "evening", "afternoon", "daytime", "sunset", "sunrise", "dusk", "dawn"}
# Adverbial idioms that place by themselves, and the places they exclude: "cooking on top" ->
# "cooking underneath". A key is the preposition and its bare noun ("the" allowed).
IDIOM_CONTRASTS = {
    ("on", "top"): ("underneath", "below"),
    ("at", "top"): ("at the bottom",),
    ("at", "bottom"): ("at the top",),
    ("in", "front"): ("behind",),
    ("in", "middle"): ("on the side", "on top"),
    ("in", "foreground"): ("in the background",),
    ("in", "background"): ("in the foreground",),
    ("in", "formation"): ("out of formation",),
    ("in", "corner"): ("in the middle", "in the center"),
    ("at", "home"): ("away from home",),  # "relaxing at home": never "against home"
    ("in", "wild"): ("in captivity",),  # "a bear in the wild": never "behind the wild"
    ("after", "dark"): ("before dark",),
    ("on", "leash"): ("off leash",),  # "two dogs on a leash": never "in the shade of a leash"
}
# What one does to a picture rather than pose for it: "holding a photo", "taking a photo".
PICTURE_HANDLING_VERBS = ("hold", "take", "look at", "carry", "show")
# What one does for a picture: "poses", "smiles" or "stands" for it.
POSING_VERBS = {"pose", "smile", "sit", "stand", "kneel", "lie", "crouch", "squat", "wave", "laugh", "jump"}
# What one "has" by holding or eating it, not by owning it: "having a picnic", "having lunch".
HELD_EVENTS = {"event", "meal"}
# Idioms that place with either article: "sits in a corner" as "in the corner", where nothing
# is under, above or outside of a corner ("sits under a corner" never); "on a leash".
ANY_ARTICLE_IDIOMS = {("in", "corner"), ("on", "leash")}

# The pronouns that follow a person noun with a gender (suits.MALE, suits.FEMALE).
PRONOUNS = {
    # word: (its gender, the word for the other gender, by tag where it depends on use)
    "he": ("male", "she"), "him": ("male", "her"), "his": ("male", {"PRP$": "her", "PRP": "hers"}),
    "himself": ("male", "herself"), "she": ("female", "he"), "her": ("female", {"PRP$": "his", "PRP": "him"}),
    "hers": ("female", "his"), "herself": ("female", "himself"),
}


def candidates(parse: dict, type: str, lexicon: Lexicon) -> "Candidates":
    """The REPLACE candidates for the concepts of ``type`` in ``parse``, best first per concept.

    A sequence whose candidates are built when asked for, and whose :meth:`Candidates.draw`
    gives them in a seeded order working out only the ones it hands out: what may replace a
    concept is cheap to rank, fitting each alternative to its slot is not, and ``-n 1`` needs
    one or two.
    """
    vocab = _vocab(lexicon)
    tokens = parse["tokens"]
    concepts = parse["concepts"]
    make = {"object": _object_alternatives, "attribute": _attribute_alternatives, "relation": _relation_alternatives}[type]
    # What a negation denies is left alone: "There is no food on the plate" -> never "no food
    # on the salt shaker", which holds as well.
    denied = negation_scope(parse)
    chosen = [c for c in concepts if c["type"] == type and not denied.covers(c)]
    if type == "object":
        # "A dog or bear": either may be what is pictured, so another in place of one holds still.
        acts = act_objects(tokens)
        chosen = [c for c in chosen if not offered_as_a_choice(tokens, c["head"]) and c["head"] not in acts]
    if type == "attribute":
        # "are seen", "is shown" say what the picture holds, no way of being: never "are read";
        # the second half of a hyphenated word is no word alone: "wet-suited" never "wet-naked".
        chosen = [c for c in chosen if not pictured_passive(c["head"], tokens) and not (c["start"] > 1 and tokens[c["start"] - 1]["text"] == "-" and inside_a_word(tokens, c["start"]))]
    if type == "relation":
        # The picture itself and its onlooker are no scene: "In the center of the picture",
        # "The image shows", "we can see" -> never "Above the picture", "The image lifts", "we can ignore".
        frames = frame_objects(parse)
        chosen = [
            c for c in chosen
            if c.get("subj") not in frames and (c.get("obj") not in frames or c["lemma"].lower() in FRAME_PLACES) and not onlookers_verb(c, tokens)
        ]
        # What a thing shows or says is there to read: "a clock shows ten past three", "a sign
        # reads no parking" -> never "connects to ten past three", "shades no parking".
        chosen = [c for c in chosen if not _bears(c, tokens, concepts)]
        if acts := set_act_objects(tokens):  # "shake hands" is a greeting: never "kick hands"
            objects = {c["id"]: c["head"] for c in concepts if c["type"] == "object"}
            chosen = [c for c in chosen if objects.get(c.get("obj")) not in acts]
    return Candidates(type, tokens, [(make, (c, tokens, concepts, vocab)) for c in chosen])


class _Stream:
    """A ranked list of what may come in for a concept (``items``) and ``make(item)``, the
    plans (at most ``width``) one item gives in that concept's slot, none when it does not fit."""

    __slots__ = ("items", "make", "width")

    def __init__(self, items: Sequence, make, width: int = 1):
        self.items = items
        self.make = make
        self.width = width

    def cells(self) -> Iterator[tuple[int, tuple]]:
        """(cell, plan) for every plan in order; a cell is ``width * item + k`` for the k-th
        plan of an item, so :meth:`Candidates.draw` can ask for one alone."""
        for j, item in enumerate(self.items):
            for k, plan in enumerate(self.make(item)):
                yield self.width * j + k, plan


class Candidates(abc.Sequence):
    """A record's candidates of one type: per concept the plans of its streams, round-robin
    (each stream its best before any its tenth), at most ``each`` per concept; then the
    concepts round-robin, at most :data:`MAX_CANDIDATES` in all.

    Indexing lists them all, in that order (``--all``, ``iterate``). :meth:`draw` gives them in
    a seeded order that works out only what it hands out, first from the cells whose plans are
    certainly within those caps (so it reads no other concept to place them), then the rest.
    """

    def __init__(self, type: str, tokens: list[dict], concepts: list[tuple]):
        self._type = type
        self._tokens = tokens
        self._concepts = concepts  # per concept (make, args): make(*args) gives its streams
        self._streams: dict[int, list[_Stream]] = {}
        self._listed: list[tuple[tuple, tuple]] | None = None

    def _streams_of(self, i: int) -> list[_Stream]:
        found = self._streams.get(i)
        if found is None:
            make, args = self._concepts[i]
            found = self._streams[i] = make(*args)
        return found

    def _listing(self) -> list[tuple[tuple, tuple]]:
        """(cell, plan) in the order of the caps; a cell is (concept, stream, cell in stream)."""
        if self._listed is not None:
            return self._listed
        # Few concepts may take more each: the cap is per record, PER_CONCEPT a floor for each.
        each = max(PER_CONCEPT, MAX_CANDIDATES // max(1, len(self._concepts)))
        rows = [_limited(self._concept_plans(i), each) for i in range(len(self._concepts))]
        listed: list[tuple[tuple, tuple]] = []
        seen: set[tuple] = set()
        # Round-robin over the concepts: each gets its best alternatives before any gets its tenth.
        for row in zip_longest(*rows):
            for item in row:
                if item is None:
                    continue
                plan = item[1]
                if self._type == "relation":  # the only type whose ways of editing may meet
                    signature = plan[3] if len(plan) > 3 else _signature(plan[2][0], self._tokens)
                    if signature in seen:
                        continue
                    seen.add(signature)
                listed.append(item)
                if len(listed) >= MAX_CANDIDATES:
                    self._listed = listed
                    return listed
        self._listed = listed
        return listed

    def _concept_plans(self, i: int) -> Iterator[tuple[tuple, tuple]]:
        streams = self._streams_of(i)
        for row in zip_longest(*(_tagged(i, s, stream) for s, stream in enumerate(streams))):
            for item in row:
                if item is not None:
                    yield item

    def __len__(self) -> int:
        return len(self._listing())

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        return _build(self._listing()[index][1])

    def draw(self, rng) -> Iterator[Candidate]:
        """Every candidate once, in an order drawn with ``rng``, each built when reached.

        First a concept at random, then one of its cells at random among those whose plans
        lie within the caps whatever the other concepts hold: a plan at most ``depth`` deep in
        its concept's round-robin is, ``depth`` being the cap's share of each concept. Only
        when those are spent are the rest listed (as indexing does) and given in seeded order.
        """
        count = len(self._concepts)
        if not count:
            return
        depth = MAX_CANDIDATES // count
        given: set[tuple] = set()
        pool = list(range(count))
        orders: dict[int, tuple[_Permutation, list[int]]] = {}
        while pool:
            at = rng.randrange(len(pool))
            i = pool[at]
            held = orders.get(i)
            if held is None:
                streams = self._streams_of(i)
                # A plan at cell c of stream s is at most len(streams) * (c + 1) - 1 deep.
                reach = depth // len(streams) if streams else 0
                sizes = [min(reach, stream.width * len(stream.items)) for stream in streams]
                held = orders[i] = (_Permutation(sum(sizes), rng), sizes)
            permutation, sizes = held
            k = permutation.next()
            if k is None:
                pool.pop(at)
                continue
            s = 0
            while k >= sizes[s]:
                k -= sizes[s]
                s += 1
            stream = self._streams_of(i)[s]
            j, m = divmod(k, stream.width)
            plans = stream.make(stream.items[j])
            if m < len(plans):
                given.add((i, s, k))
                yield _build(plans[m])
        rest = [plan for cell, plan in self._listing() if cell not in given]
        order = list(range(len(rest)))
        rng.shuffle(order)
        for k in order:
            yield _build(rest[k])


def _tagged(i: int, s: int, stream: _Stream) -> Iterator[tuple[tuple, tuple]]:
    for cell, plan in stream.cells():
        yield (i, s, cell), plan


class _Permutation:
    """A seeded permutation of ``range(size)`` drawn one element at a time (Fisher-Yates with
    the swaps kept in a dict), so drawing two of a hundred costs two draws, not a shuffle."""

    __slots__ = ("size", "at", "moved", "rng")

    def __init__(self, size: int, rng):
        self.size, self.at, self.moved, self.rng = size, 0, {}, rng

    def next(self) -> int | None:
        at = self.at
        if at >= self.size:
            return None
        j = at + self.rng.randrange(self.size - at)
        moved = self.moved
        value = moved.get(j, j)
        moved[j] = moved.get(at, at)
        self.at = at + 1
        return value


def _build(plan: tuple) -> Candidate:
    """The candidate of a plan ``(type, make, args[, signature])``: ``make(*args)`` gives its
    edits and slots, an edit's tokens perhaps still a :func:`_spec` of a phrase."""
    edits, slots = plan[1](*plan[2])
    return Candidate("replace", plan[0], tuple(Edit(e.start, e.end, _tokens(e.tokens)) for e in edits), slots)


def _plan(op: str, type: str, edits: tuple, slots: frozenset) -> tuple:
    """A candidate whose edits are made (their phrases may still be :func:`_spec` s); ``op`` is
    always "replace", kept so the call reads like the :class:`Candidate` it becomes."""
    return (type, _made, (edits, slots))


def _made(edits: tuple, slots: frozenset) -> tuple:
    return edits, slots


def _one(type: str, tokens: list[dict], start: int, end: int, new: tuple, slots: frozenset) -> tuple:
    """A candidate of one edit, made later; relations carry the signature their streams share."""
    if type != "relation":
        return (type, _single, (start, end, new, slots))
    return (type, _single, (start, end, new, slots), _signature_of(tokens, start, end, _words(new)))


def _single(start: int, end: int, new: tuple, slots: frozenset) -> tuple:
    return (Edit(start, end, new),), slots


def _signature_of(tokens: list[dict], start: int, end: int, new: list[str]) -> tuple:
    old = [t["text"].lower() for t in tokens[start:end]]
    while new and old and new[-1] == old[-1]:
        new.pop(), old.pop()
        end -= 1
    while new and old and new[0] == old[0]:
        new.pop(0), old.pop(0)
        start += 1
    return ((start, end, tuple(new)),)


def _spec(words: str, *, lemma: str, pos: str, tag: str, dep: str, head: int, root: str = "last", proper: bool = False) -> tuple:
    """A phrase to make when its candidate is asked for (see :func:`comptool.edits.phrase`);
    a ``proper`` one keeps its capital wherever it stands ("Mexican")."""
    return ("\0phrase", words, lemma, pos, tag, dep, head, root, proper)


def _tokens(new: tuple) -> tuple:
    if new and new[0] == "\0phrase":
        tokens = _phrase(*new[1:8])
        if new[8]:
            # The capital is the word's own, as a moved word's is: the edit step keeps it.
            tokens = tuple(dict(t, moved_from_start=False) for t in tokens)
        return tokens
    return new


def _words(new: tuple) -> list[str]:
    if new and new[0] == "\0phrase":
        return new[1].lower().split(" ")
    return [t["text"].lower() for t in new]


@lru_cache(maxsize=65536)
def _inflected(text: str, tag: str, lemma: str) -> str:
    return grammar.inflect(text, tag, lemma)


@lru_cache(maxsize=65536)
def _phrase(words: str, lemma: str, pos: str, tag: str, dep: str, head: int, root: str) -> tuple:
    """:func:`comptool.edits.phrase`, shared between candidates (apply_edits copies the tokens)."""
    return _make_phrase(words, lemma=lemma, pos=pos, tag=tag, dep=dep, head=head, root=root)


def _once(function, *args):
    """``function(*args)``, worked out on the first call only: a fact about the slot that only
    some alternatives ask about."""
    held: list = []

    def value():
        if not held:
            held.append(function(*args))
        return held[0]

    return value


def _limited(stream: Iterator, n: int) -> Iterator:
    for k, item in enumerate(stream):
        if k >= n:
            return
        yield item


def _signature(edits: tuple, tokens: list[dict]) -> tuple:
    """The edits with the words they keep trimmed off: "sitting on" -> "standing on" and
    "sitting" -> "standing" are one candidate."""
    return tuple(part for edit in edits for part in _signature_of(tokens, edit.start, edit.end, _words(edit.tokens)))


# -- the lexicon, seen from REPLACE ----------------------------------------------------------


def _is_weather(above: frozenset[str]) -> bool:
    """Weather that falls or blows ("rain", "fog"), not what lies on the ground after ("snow"),
    by what a noun is below (:meth:`Lexicon.ancestors`)."""
    return "weather" in above and "ground" not in above


# One is in the weather or gets out of it: "walking in the rain", never "at" or "by the rain".
IN_WEATHER = {"in", "out of"}


INSIDE = {"in", "inside", "inside of", "into", "within"}


def _way_of(alt: "Entry") -> str | None:
    """The preposition a relation places with: a preposition itself, or a verb's last word
    ("walk by" -> "by"); None for a verb alone."""
    if alt.preposition:
        return alt.text
    verb, _, way = alt.key.partition(" ")
    return way or None


def _asks_an_object(words: str) -> bool:
    """The phrase ends in a preposition that needs its object next ("standing by", "next to"),
    not in a particle or adverb that may end it ("lying down", "far apart")."""
    last = words.rpartition(" ")[2]
    return last in PREPOSITIONS and last not in NO_OBJECT and last not in CLOSING_PARTICLES


def _adverbs_alone(entry: "Entry") -> bool:
    """A preposition entry made of adverbs that take no object: "apart", "far apart"."""
    return entry.preposition and all(w in NO_OBJECT for w in entry.text.split(" "))


class Entry:
    """A word or phrase that may be swapped in: as the lexicon writes it, its lemma key, and
    what it needs around it, worked out once (an entry serves many records)."""

    __slots__ = ("text", "key", "preposition", "verb", "lookup", "multiword", "takes_object", "stands_alone", "verb_form", "_mass")

    def __init__(self, text: str, key: str, preposition: bool = False, verb: bool = False):
        self.text = text
        self.key = key  # verbs lemmatised ("sitting" -> "sit"); otherwise the text
        self.preposition = preposition  # a preposition or adverb rather than a verb (relations)
        self.verb = verb  # a verb lemma, inflected to its slot ("graze" -> "grazing")
        self.lookup = lookup_key(text)
        words = text.split(" ")
        self.multiword = len(words) > 1
        if preposition:
            self.takes_object = words[-1] not in NO_OBJECT
            self.stands_alone = (len(words) == 1 and text in STANDS_ALONE) or _adverbs_alone(self)  # "sitting outside", "far apart"
        elif len(words) > 1:
            # "sit on" takes an object; "lie down" and "play music" (a verb with its own) do not;
            # "turn off" takes one, and may stand alone ("the lamp is turned off")
            self.takes_object = (words[-1] in PREPOSITIONS and words[-1] not in CLOSING_PARTICLES) or key in PHRASAL_VERBS
            self.stands_alone = not self.takes_object or key in PHRASAL_VERBS
        else:
            self.takes_object = key not in INTRANSITIVE
            self.stands_alone = key in INTRANSITIVE or key in EITHER_WAY
        # An attribute written as a participle ("sitting", "parked"): inflectable as a verb.
        self.verb_form = verb or key != text
        self._mass: bool | None = None

    @property
    def mass(self) -> bool:
        # Asked only of the entries tried as objects: lemminflect is slow to ask them all.
        if self._mass is None:
            self._mass = is_mass(self.text)
        return self._mass

    @property
    def plural_only(self) -> bool:
        return _is_plural_only(self.text)

    def __eq__(self, other) -> bool:
        return isinstance(other, Entry) and (self.text, self.key, self.preposition, self.verb) == (other.text, other.key, other.preposition, other.verb)

    def __hash__(self) -> int:
        return hash((self.text, self.key, self.preposition, self.verb))

    def __repr__(self) -> str:
        return f"Entry({self.text!r}, {self.key!r})"


def entry_key(text: str, section: str) -> str:
    """The lemma form of an entry: a participle's verb ("sitting" -> "sit"), else the text."""
    if section != "attributes":
        return text
    words = text.split(" ")
    if len(words) == 1 and text.endswith(("ing", "ed")) and text not in grammar.NUMBER_VALUES:
        lemma = grammar.lemma_of(text, "VERB")
        if lemma != text:
            return lemma
    return text


class _Vocab:
    """The lexicon as REPLACE uses it: stored forms by look-up key, alternatives cached."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.stored: dict[str, dict[str, str]] = {}
        for section in ("objects", "attributes", "relations"):
            table: dict[str, str] = {}
            for words in getattr(lexicon, section).values():
                for word in words:
                    table.setdefault(lookup_key(word), word)
            self.stored[section] = table
        # Relation categories mostly of prepositions ("spatial") tell "close" the adverb from
        # "close" the verb.
        self.preposition_categories = {
            category
            for category, words in lexicon.relations.items()
            if words and sum(w.split(" ")[0] in PREPOSITIONS for w in words) * 2 > len(words)
        }
        # Of those, the ones that place rather than move ("on", "next to"; not "into", "across"):
        # a place relation may take the place of any other.
        self.place_categories = [
            category
            for category in lexicon.relations
            if category in self.preposition_categories
            and sum(w in MOTION for w in lexicon.relations[category]) * 2 <= len(lexicon.relations[category])
        ]
        self._cache: dict[tuple, tuple[str | None, list[Entry]]] = {}
        self._category_entries: dict[tuple, list[tuple[str, Entry]]] = {}
        self.blocked = {lookup_key(w) for w in lexicon.no_replace if ":" not in w}
        self.word_categories: dict[tuple, frozenset[str]] = {}
        self._relatives: dict[str, frozenset[str]] = {}
        self._above: dict[str, frozenset[str]] = {}
        self._siblings: dict[tuple[str, str], list[str]] = {}
        self._use_kin: dict[str, frozenset[str]] = {}
        self._kin: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._particles: dict[str, set[str]] | None = None
        self._thing_verbs: dict[str, list[Entry]] = {}
        self.names: dict[tuple[str, str, str], bool] = {}  # (attribute, object lemma, object text) -> names a thing
        self._entries: dict[tuple, Entry] = {}
        self._keys: dict[str, str] = {}
        self._ancestors: dict[str, set[str]] | None = None

    def key(self, word: str) -> str:
        found = self._keys.get(word)
        if found is None:
            if len(self._keys) > 200_000:
                self._keys.clear()
            found = self._keys[word] = lookup_key(word)
        return found

    def relatives(self, word: str) -> frozenset[str]:
        """Every look-up form :meth:`Lexicon.related` pairs with ``word``: itself, its synonyms,
        the words below it and the words it is below. One set per word, so a check is a look-up."""
        k = self.key(word)
        found = self._relatives.get(k)
        if found is None:
            if self._ancestors is None:
                self._ancestors = {}
                for top in self.lexicon.hypernyms:
                    for below in self.lexicon.below(top):
                        self._ancestors.setdefault(below, set()).add(self.key(top))
            found = frozenset({k} | self.lexicon.synonyms_of(k) | self.lexicon.below(k) | self._ancestors.get(k, set()) | self._entailed(k))
            self._relatives[k] = found
        return found

    def _entailed(self, k: str) -> set[str]:
        """What the verb of ``k`` always is too, with the rest of ``k`` ("ski down" -> "slide
        down", "travel down"), as look-up forms."""
        verb, _, rest = k.partition(" ")
        found = set()
        # An attribute is looked up as it reads ("perched"): what it entails is its verb's, in
        # the forms attributes are listed in ("standing", "stretched").
        as_read = verb != grammar.lemma_of(verb, "VERB")
        for other in entailed(self.lexicon, verb) or entailed(self.lexicon, grammar.lemma_of(verb, "VERB")):
            found.add(self.key(other))
            if as_read:
                found.update(self.key(grammar.inflect(other, tag)) for tag in ("VBG", "VBN"))
            if rest:
                found.add(self.key(f"{other} {rest}"))
        return found

    def siblings(self, named: str, rest: str) -> list[str]:
        """The modifiers of the other compounds of ``named``'s category that end in ``rest``:
        "polar bear", "bear" -> ["brown", "black", "grizzly"]."""
        memo = (named, rest)
        found = self._siblings.get(memo)
        if found is None:
            lexicon = self.lexicon
            category = lexicon.category("objects", named)
            tail = " " + self.key(rest)
            own = self.key(named)[: -len(tail)] if self.key(named).endswith(tail) else None
            found = []
            for word in lexicon.words("objects", category) if category and lexicon.replaceable("objects", category) else ():
                k = self.key(word)
                # A variant spelling of a compound may lend its modifier ("desktop computer" of
                # "desktop"); a general word may not.
                # (Never a one-word name spelled apart: "bath room" of "bathroom", "a bath room".)
                if k.endswith(tail) and k != self.key(named) and k not in self.blocked and lexicon.entry("objects", k.replace(" ", "")) is None and not lexicon.related(word, named) and not self.kin(named, word):
                    modifier = word[: len(word) - len(tail)]
                    if own is not None and lexicon.related(modifier, own):
                        continue  # the same thing in other words: "street sign" -> "road sign"
                    if modifier and modifier not in found:
                        found.append(modifier)
            kinds = lexicon.categories("objects", rest)
            if category and lexicon.replaceable("objects", category) and category not in kinds:
                # A compound that is no kind of its head ("teddy bear", a toy) gives way to a
                # named compound that is a kind of that head ("polar bear", an animal), after
                # its own kind's.
                for other in kinds:
                    if not lexicon.replaceable("objects", other):
                        continue
                    for word in lexicon.words("objects", other):
                        k = self.key(word)
                        if k.endswith(tail) and k not in self.blocked and lexicon.drawable(word, "objects") and not lexicon.related(word, named):
                            modifier = word[: len(word) - len(tail)]
                            if modifier and " " not in modifier and modifier not in found and self.key(modifier) != self.key(named[: len(named) - len(tail)]):
                                found.append(modifier)
            self._siblings[memo] = found
        return found

    def particles(self, verb: str) -> frozenset[str]:
        """The prepositions the lexicon lists ``verb`` with ("swim" -> "in", "through", ...)."""
        if self._particles is None:
            self._particles = {}
            for phrase in self.stored["relations"]:
                first, _, rest = phrase.partition(" ")
                if rest and rest.split(" ")[0] not in CLOSING_PARTICLES:  # "crouch down" places nothing
                    self._particles.setdefault(first, set()).add(rest)
        return frozenset(self._particles.get(verb, ()))

    def thing_verbs(self, own: str) -> list[Entry]:
        """The verbs of the relation categories of having and covering, the ways a thing holds
        another ("cover", "contain", "lack"), no preposition, most frequent of each category
        first, in turn. What a thing does by its nature (burns, grows, spills, towers over) is
        no way of holding: "a plate holding a sandwich" never "a plate spilling out of" it."""
        found = self._thing_verbs.get(own)
        if found is None:
            lexicon = self.lexicon
            holding = _relation_categories_of(lexicon, HOLDING_WAYS)
            kinds = [
                [entry for _, entry in self.category_entries("relations", c, own) if not entry.preposition]
                for c in lexicon.relations
                if c not in self.preposition_categories and c in holding
            ]
            found = self._thing_verbs[own] = [e for row in zip_longest(*kinds) for e in row if e is not None]
        return found

    def supported(self, verb: str, particle: str) -> bool:
        """Whether ``verb``, a way of going, may take ``particle``, a preposition of resting on a
        surface ("on"), as far as the lexicon lists its prepositions: "walk on", never "swim on"
        (listed with "in", "through"...) nor "fly on". Any other preposition places anything ("sitting
        behind a dog"), and a verb listed with none takes any."""
        if particle not in SURFACE or not any(c in _relation_categories_of(self.lexicon, GOING_VERBS) for c in self.lexicon.categories("relations", verb)):
            return True  # only a way of going has a medium ("swim", "fly"): "playing on a bed"
        listed = self.particles(verb)
        return not listed or any(p.split(" ")[0] in SURFACE for p in listed)

    def kin_of(self, word: str, general: bool = True) -> tuple[str, ...]:
        """The things of ``word``'s nearest kind and its object category, listed
        directly under that kind ("suit" -> "sweater", "dress", not "beanie" under "hat"): where it
        has none, the kind's own such neighbours ("sunglasses" -> "goggles", under "eyewear" as
        "glasses" is). With ``general`` false, none under a general word ("flower" under "plant")."""
        memo = (self.key(word), general)
        found = self._kin.get(memo)
        if found is None:
            lexicon = self.lexicon
            category = lexicon.category("objects", word)
            words: list[str] = []
            level = [word]
            for _ in range(2):  # the word's kind, then its kind's kind
                for w in level:
                    parents, siblings = lexicon.co_hyponyms("objects", w)
                    if not parents or (not general and any(self.key(p) in self.blocked for p in parents)):
                        continue
                    inner = frozenset().union(*(lexicon.below(p) - lexicon.synonyms_of(p) for p in parents))  # kinds below the kind
                    words += [s for s in siblings if lexicon.category("objects", s) == category and not lexicon.ancestors(s) & inner and not lexicon.related(s, word)]
                if words:
                    break
                level = [p for w in level for p in lexicon.co_hyponyms("objects", w)[0]]
            found = self._kin[memo] = tuple(dict.fromkeys(words))
        return found

    def kin(self, a: str, b: str) -> bool:
        """Whether either of two objects may well be the other by :meth:`use_kin`."""
        return self.key(b) in self.use_kin(a) or self.key(a) in self.use_kin(b)

    def use_kin(self, word: str) -> frozenset[str]:
        """For a compound named by an occasion or use rather than a kind ("christmas tree": its
        modifier an attribute, of no category of the thing), the words under the narrower kinds
        the lexicon files it under besides its head ("evergreen": "pine tree", "pine"): it may
        well be any of them, so none is its hard negative ("a christmas tree" -> "a pine tree")."""
        k = self.key(word)
        found = self._use_kin.get(k)
        if found is None:
            found = frozenset()
            lexicon = self.lexicon
            modifier, _, head = k.rpartition(" ")
            if modifier and lexicon.categories("attributes", modifier) and lexicon.category("objects", modifier) != lexicon.category("objects", k):
                narrow = lexicon.ancestors(k) & lexicon.below(head)  # "evergreen", a kind of tree
                kin = set(narrow)
                for above in narrow:
                    kin |= lexicon.below(above)
                kin.discard(k)
                found = frozenset(kin)
            self._use_kin[k] = found
        return found

    def taken_by(self, other: str) -> frozenset[str]:
        """What may not come in beside another object ``other`` of the caption: its
        :meth:`relatives` ("a dog and a dog", "a dog and an animal"); for a general word only
        itself, its synonyms and what is above it, as a kind of it is another thing beside it
        ("a food topped with bananas" -> "... with berries")."""
        found = self._above.get(other)
        if found is None:
            k = self.key(other)
            if self.lexicon.drawable(other):
                found = self.relatives(other)
            else:
                found = frozenset({k} | self.lexicon.synonyms_of(k) | self.lexicon.ancestors(k))
            self._above[other] = found
        return found

    def related(self, a: str, b: str) -> bool:
        """:meth:`Lexicon.related`, as a set look-up."""
        return self.key(b) in self.relatives(a)

    def category_alternatives(self, section: str, category: str | None, *own: str) -> list[str]:
        """:meth:`Lexicon.alternatives` (same words, same order), with the relatedness checks
        as set look-ups: the lexicon's own loop is the slow part of a ``-n 1`` run."""
        return [entry.text for _, entry in self.category_entries(section, category, *own)]

    def category_entries(self, section: str, category: str | None, *own: str) -> list[tuple[str, Entry]]:
        """(look-up form, entry) of :meth:`category_alternatives`."""
        if category is None or not self.lexicon.replaceable(section, category):
            return []
        forms = [o for o in own if o]
        listed = self.lexicon.entry(section, *forms)
        if listed is not None:
            forms.append(listed)
        excluded = frozenset().union(*(self.relatives(o) for o in forms))
        return [item for item in self._drawable(section, category) if item[0] not in excluded]

    def _drawable(self, section: str, category: str) -> list[tuple[str, Entry]]:
        """The category's drawable words, once each, as entries of that category: the same for
        every concept of the category, so worked out once."""
        found = self._category_entries.get((section, category))
        if found is None:
            found = []
            seen: set[str] = set()
            for word in self.lexicon.words(section, category):
                k = self.key(word)
                if k in seen or not self.lexicon.drawable(word, section):
                    continue
                seen.add(k)
                found.append((k, self.entry(word, section, category)))
            self._category_entries[(section, category)] = found
        return found

    def category(self, section: str, lemma: str, text: str, object_category: str | None = None) -> str | None:
        for probe in (lemma, text):
            if probe:
                found = self.lexicon.category(section, probe, object_category)
                if found is not None:
                    return found
        return None

    def is_preposition(self, word: str, category: str | None) -> bool:
        first = word.split(" ")[0]
        if first not in PREPOSITIONS:
            return False
        if first in VERBS_TOO and " " not in word and category is not None:
            return category in self.preposition_categories  # "close" the adverb or the verb
        return True

    def entry(self, word: str, section: str, category: str | None, verb: bool = False) -> Entry:
        preposition = section == "relations" and not verb and self.is_preposition(word, category)
        memo = (word, section, preposition, verb)
        found = self._entries.get(memo)
        if found is None:
            key = entry_key(word, section) if not verb else word
            found = self._entries[memo] = Entry(word, key, preposition, verb)
        return found

    def alternatives(self, section: str, lemma: str, text: str, object_category: str | None = None, *, prefer_verbs: bool = False) -> tuple[str | None, list[Entry]]:
        """The concept's category and what may replace it: contrasts first, then its category."""
        cache_key = (section, lemma, text, object_category, prefer_verbs)
        found = self._cache.get(cache_key)
        if found is None:
            found = self._cache[cache_key] = self._rank(section, lemma, text, object_category, prefer_verbs)
        return found

    def _rank(self, section, lemma, text, object_category, prefer_verbs) -> tuple[str | None, list[Entry]]:
        lexicon = self.lexicon
        category = self.category(section, lemma, text, object_category)
        if category is not None and not lexicon.replaceable(section, category):
            return category, []
        own = [w for w in dict.fromkeys((lemma, text)) if w]
        blocked = self.blocked
        ranked: list[Entry] = []
        seen: set[str] = set()

        def take(word: str, word_category: str | None, contrast: bool = False) -> None:
            k = lookup_key(word)
            if k in seen or (contrast and (k in blocked or any(self.related(o, word) for o in own))):
                return  # a listed contrast is meant even when a synonym group lists it later
            seen.add(k)
            ranked.append(self.entry(word, section, word_category))

        for form in own:
            for other in sorted(lexicon.contrasts_of(form)):
                stored = self.stored[section].get(other)
                if stored is None:
                    continue  # a contrast of another section: "open" (state) vs "close" (verb)
                categories = lexicon.categories(section, stored)
                if section == "attributes" and category not in categories:
                    continue  # another property: "old" (age) vs "new" (condition) of a man
                if section == "relations" and len(categories) > 1:
                    verbs = [c for c in categories if c not in self.preposition_categories]
                    categories = (verbs if prefer_verbs else [c for c in categories if c in self.preposition_categories]) or categories
                take(stored, categories[0] if categories else None, contrast=True)
        if section == "relations" and category in self.place_categories:
            # A place relation may become a place relation of another kind ("on" -> "next to",
            # "in" -> "behind"): each kind's most frequent first, in turn, its own kind leading.
            # Relations to a part of the object ("on the banks of", "in the shade of") presume
            # the object has it: they come from the concept's own kind only.
            kinds = [self.category_alternatives(section, category, *own)] + [
                [w for w in self.category_alternatives(section, c, *own) if " the " not in f" {w} "]
                for c in self.place_categories
                if c != category
            ]
            for row in zip_longest(*kinds):
                for word in row:
                    if word is not None:
                        take(word, None)
        elif category is not None:
            # Their look-up forms differ from each other: only a contrast taken above can repeat one.
            entries = self.category_entries(section, category, *own)
            ranked += [entry for k, entry in entries if k not in seen]
            seen.update(k for k, _ in entries)
        if not ranked and category is not None and section == "objects":
            # A general word whose category holds only its hyponyms ("people": men, children...)
            # becomes a kin of another kind ("people" -> "dogs", "fruit" -> "broccoli").
            for word in lexicon.cousins(section, lemma or text):
                take(word, lexicon.category(section, word))
        if section == "objects" and " " in lemma and lexicon.entry(section, lemma) is None:
            # A compound the lexicon does not list is a kind of its head: "a giraffe statue" is a
            # statue, "an airport runway" a runway, never their negatives. (Another kind of the
            # head may be one: "a dining room table" is no picnic table.)
            modifier, _, head = lemma.rpartition(" ")
            head = lookup_key(head)
            above = {head} | lexicon.ancestors(head) | {lookup_key(w) for w in lexicon.synonyms_of(head)}
            # ... and so is its modifier's kind of what is above it: "a baseball batter" is a
            # "baseball player".
            named_above = {f"{lookup_key(modifier)} {word}" for word in above}
            ranked = [entry for entry in ranked if entry.lookup not in above and entry.lookup not in named_above]
        return category, ranked


_VOCABS: dict[int, tuple[Lexicon, _Vocab]] = {}


def _vocab(lexicon: Lexicon) -> _Vocab:
    held = _VOCABS.get(id(lexicon))
    if held is None or held[0] is not lexicon:
        if len(_VOCABS) > 8:
            _VOCABS.clear()
        held = _VOCABS[id(lexicon)] = (lexicon, _Vocab(lexicon))
    return held[1]


# Things that show something, named after "of" ("a statue of a horse"); the lexicon files them
# under several categories (street art, household, structure). By kind, each kind's words
# may be one another ("a mural" is a painting); the rest may be any kind.
DEPICTION_KINDS = (
    ("photo", "photograph", "pic", "snapshot"), ("painting", "mural"), ("sculpture", "statue", "bust", "figurine", "carving"),
    ("drawing", "sketch", "illustration", "cartoon"), ("poster",), ("mosaic",), ("tapestry",), ("sticker", "decal"), ("graffiti",),
)
DEPICTIONS = {w for kind in DEPICTION_KINDS for w in kind} | {"picture", "image", "portrait", "print", "replica", "model", "artwork", "art", "cutout"}
# What a picture is made with or in: "a pencil sketch", "an oil painting", "digital art".
PICTURE_MEDIA = ("pencil", "charcoal", "crayon", "ink", "chalk", "pastel", "watercolor", "oil", "acrylic", "digital", "cartoon")


# Shapes a stuff comes in, named before "of" ("a ball of yarn", "a bar of soap").
SHAPES_OF = {"ball", "sheet", "roll", "bar", "spool", "skein", "coil", "block", "slab", "cube", "wedge", "loaf", "strip", "stick", "bolt"}


def of_what(noun: int, tokens) -> int | None:
    """The noun the noun at ``noun`` is "of": "glass" of "a glass of wine", "ball" of "a ball of yarn"."""
    of = tokens[noun]["head"]
    return tokens[of]["head"] if tokens[noun]["dep"] == "pobj" and tokens[of]["text"].lower() == "of" else None


def _shaped(noun: int, tokens) -> bool:
    """Whether the noun is the stuff of a shape: "yarn" of "a ball of yarn"."""
    shape = of_what(noun, tokens)
    return shape is not None and tokens[shape]["lemma"].lower() in SHAPES_OF


def _of_after(head: int, tokens) -> bool:
    """The noun at ``head`` takes an "of" phrase right after it: "a mural |of a dragon"."""
    of = head + 1
    return of < len(tokens) and tokens[of]["text"].lower() == "of" and tokens[of]["head"] == head


# Parts of a body by where they are, for a part described by a word ("long hair", "floppy ears").
BODY_GROUPS = (
    frozenset({"hair", "beard", "mustache", "moustache", "eyebrow", "eyelash", "fur", "mane", "whisker", "ponytail", "braid", "pigtail", "bangs",
               "forelock", "facial hair", "goatee", "stubble"}),
    frozenset({"eye", "ear", "nose", "mouth", "lip", "tooth", "teeth", "tongue", "cheek", "chin", "forehead", "face", "jaw", "snout", "beak"}),
    frozenset({"arm", "leg", "hand", "foot", "finger", "thumb", "toe", "paw", "hoof", "wing", "claw", "fin", "fist", "palm", "knee", "elbow",
               "wrist", "ankle", "thigh"}),
    frozenset({"chest", "back", "belly", "stomach", "tummy", "abdomen", "waist", "hip", "shoulder", "neck", "torso", "body", "lap", "throat", "spine", "hump"}),
)
# Parts only animals have, and parts only people have (or are said to have).
ANIMAL_PARTS = {
    "tail", "paw", "hoof", "horn", "antler", "tusk", "trunk", "wing", "beak", "feather", "fur", "mane", "whisker", "claw", "fin", "shell", "hump",
    "snout", "udder", "hide", "pelt", "paw print", "spot", "stripe",
}
HUMAN_PARTS = {
    "finger", "thumb", "fingernail", "beard", "mustache", "moustache", "eyebrow", "eyelash", "fist", "palm", "ponytail", "braid", "pigtail", "bangs",
    "goatee", "stubble", "facial hair", "knuckle", "bicep", "handprint", "lap", "hand", "wrist", "elbow", "waist", "forehead", "chin",
}


EVERY_BODY = {
    "arm", "leg", "hand", "foot", "eye", "ear", "nose", "mouth", "head", "face", "finger", "toe", "neck", "shoulder", "back", "chest", "knee",
    "elbow", "eyebrow", "eyelash", "lip", "tooth", "teeth", "tongue", "cheek", "chin", "forehead", "body", "skin", "wrist", "ankle", "hip",
    "stomach", "belly", "thumb", "palm", "waist", "throat",
}


HOOFED = {"horse", "pony", "foal", "mare", "stallion", "cow", "cattle", "bull", "calf", "ox", "sheep", "lamb", "ram", "goat", "deer", "elk",
          "moose", "zebra", "giraffe", "donkey", "mule", "pig", "camel", "antelope", "gazelle", "bison", "buffalo", "reindeer", "llama", "alpaca"}
PAWED = {"dog", "cat", "bear", "lion", "tiger", "wolf", "fox", "rabbit", "mouse", "rat", "squirrel", "raccoon", "panda", "leopard", "cheetah",
         "kitten", "puppy", "hamster", "otter", "koala"}
BIRDS = {"bird", "duck", "goose", "swan", "chicken", "hen", "rooster", "penguin", "owl", "eagle", "parrot", "pigeon", "seagull", "gull",
         "flamingo", "ostrich", "peacock", "turkey", "crow", "sparrow", "hawk", "falcon", "heron", "pelican"}
# Parts only some kinds have, and those kinds (a kind matches by name or by what it is).
SPECIES_PARTS = {
    "hoof": HOOFED, "paw": PAWED, "wing": BIRDS | {"bat", "butterfly", "bee", "fly"}, "beak": BIRDS, "bill": BIRDS, "feather": BIRDS,
    "trunk": {"elephant"}, "tusk": {"elephant", "walrus", "boar"}, "horn": {"cow", "bull", "cattle", "goat", "ram", "rhino", "rhinoceros", "buffalo", "bison", "antelope", "ox"},
    "antler": {"deer", "elk", "moose", "reindeer"}, "mane": {"horse", "pony", "lion", "zebra", "stallion", "mare", "foal"},
    "whisker": PAWED | {"seal", "walrus"}, "fin": {"fish", "shark", "dolphin", "whale", "seal"}, "shell": {"turtle", "tortoise", "snail", "crab"},
    "hump": {"camel"}, "udder": {"cow", "goat", "cattle"}, "claw": PAWED | BIRDS | {"crab", "lobster"}, "arm": {"monkey", "ape", "gorilla", "chimpanzee"},
    "hand": {"monkey", "ape", "gorilla", "chimpanzee"}, "finger": {"monkey", "ape", "gorilla", "chimpanzee"},
}


def _beast_of(part: int, tokens, concepts) -> str | None:
    """The animal whose "its" part the noun at ``part`` is: the subject of the verb that takes
    it ("A horse swishes its tail"), where the parse has one."""
    if not any(t["head"] == part and t["dep"] == "poss" and t["text"].lower() == "its" for t in tokens):
        return None
    k = tokens[part]["head"]
    seen = set()
    while k not in seen:
        seen.add(k)
        subject = next((j for j, t in enumerate(tokens) if t["head"] == k and t["dep"] in ("nsubj", "nsubjpass") and j != k), None)
        if subject is not None:
            found = next((c for c in concepts if c["type"] == "object" and c["head"] == subject), None)
            return found["lemma"].lower() if found is not None else None
        if tokens[k]["head"] == k:
            return None
        k = tokens[k]["head"]
    return None


def _part_owner(part: int, tokens, concepts, vocab: "_Vocab") -> str | None:
    """Whose body part the noun at ``part`` is, "person" or "animal", where the caption says:
    "his"/"her" hand, "its" paw, "a man with a gray beard"."""
    poss = next((tokens[k]["text"].lower() for k, t in enumerate(tokens) if t["head"] == part and t["dep"] == "poss"), None)
    if poss in ("his", "her"):
        return "person"
    if poss == "its":
        return "animal"
    way = tokens[part]["head"]
    if tokens[part]["dep"] == "pobj" and tokens[way]["text"].lower() == "with":
        owner = next((c for c in concepts if c["type"] == "object" and c["head"] == tokens[way]["head"]), None)
        kind = owner.get("category") if owner else None
        if kind in _categories_of(vocab.lexicon, PEOPLE):
            return "person"
        if kind in _categories_of(vocab.lexicon, ("animal",)):
            return "animal"
    return None


def posed_for(head: int, tokens) -> bool:
    """The noun at ``head`` is what one poses or smiles for: "posing for |the camera|"."""
    t = tokens[head]
    if t["dep"] != "pobj" or tokens[t["head"]]["text"].lower() != "for":
        return False
    verb = tokens[tokens[t["head"]]["head"]]
    return verb["pos"] == "VERB" and verb["lemma"].lower() in ("pose", "smile")


# Portions cut or broken off a solid, never of a drink: "a piece of cake", never "a piece of coffee".
SOLID_PORTIONS = {"slice", "piece", "bite", "chunk", "wedge", "strip", "cube", "sliver", "stalk", "clove", "sprig", "crumb", "morsel", "floret", "tier"}


def after_a_portion(tokens: list[dict], head: int, lexicon: Lexicon) -> bool:
    """Whether the noun ``head`` comes after "of" of a portion the lexicon names: what a piece
    is of is a stuff ("pieces of luggage", "a piece of cake"), never a thing counted ("Many
    pieces of tags", "A piece of a cup of coffee")."""
    of = tokens[head]["head"]
    return tokens[head]["dep"] == "pobj" and tokens[of]["text"].lower() == "of" and lexicon.category("objects", tokens[tokens[of]["head"]]["lemma"].lower()) == "portion"


def _counts_a_food(head: int, tokens, lexicon: Lexicon) -> bool:
    """The noun at ``head`` has "of" and a food right after it: "loaves |of bread"."""
    of = head + 1
    if of >= len(tokens) or tokens[of]["head"] != head or tokens[of]["text"].lower() != "of":
        return False
    return any(t["head"] == of and t["dep"] == "pobj" and lexicon.category("objects", t["lemma"].lower()) in EATEN_AS_STUFF for t in tokens)


def _text(tokens, start: int, end: int) -> str:
    return " ".join(t["text"].lower() for t in tokens[start:end])


# -- objects ---------------------------------------------------------------------------------


def _object_alternatives(concept: dict, tokens, concepts, vocab: _Vocab, force: bool = False) -> list[_Stream]:
    """The object's alternatives, each fitted to its slot; with ``force`` the fitting even where
    the lexicon gives none, for a caller's own words (:func:`_as_object`)."""
    start, end, head = concept["start"], concept["end"], concept["head"]
    lemma, text = concept.get("lemma") or "", _text(tokens, start, end)
    if lemma.lower() in CLOCK_WORDS:
        return []  # "ten o'clock" is a time its number changes: never "ten days"
    if (kind := concept.get("category")) is not None and not vocab.lexicon.replaceable("objects", kind) and vocab.lexicon.category("objects", lemma) not in (None, kind):
        return []  # read as a kind never replaced, whatever else the word names: "in the back" is the picture's, no body's
    category, alternatives = vocab.alternatives("objects", lemma, text, concept.get("category"))
    taker = tokens[tokens[head]["head"]]["lemma"].lower() if tokens[head]["dep"] == "dobj" else None  # the verb taking the object
    if tokens[head]["dep"] == "conj" and any(t["head"] == head and t["text"].lower() == "other" for t in tokens[:head]):
        return []  # "broccoli and other vegetables" names broccoli's kind: never "broccoli and other raspberries"
    if category is not None and vocab.key(lemma) == category:
        # The name of its kind: "a wild animal", "some furniture" may be any of it; another
        # kind only ("A person" -> "A monkey", never "A wild chipmunk", "Some stand").
        alternatives = [alt for alt in alternatives if category not in vocab.lexicon.categories("objects", alt.lookup)]
        holder = of_what(head, tokens)
        if category == "food" and taker not in COOKING_VERBS and (holder is None or tokens[holder]["lemma"].lower() not in FLAT_HOLDERS):
            # Food gives way to drink, what is drunk and not eaten: "a tray of food" -> "a tray of juice"
            # ("cooking food" never "cooking apple juice").
            alternatives += [e for _, e in vocab.category_entries("objects", "drink", lemma, text)]
    if vocab.key(lemma) == "ground" and tokens[head]["dep"] == "pobj":
        # What covers the ground may be what is pictured ("on the sand"); what one sits on instead
        # of it is not: "sitting on the ground" -> "sitting on a couch".
        alternatives = alternatives + [e for _, e in vocab.category_entries("objects", "furniture", lemma, text)]
    if lemma.lower() == "air" and tokens[head]["dep"] == "pobj":
        # What one is up in gives way to what one is down in ("in the air" -> "in the water",
        # "in the snow"), never to the sky's things ("in the moon", "in the sky" says the same).
        alternatives = [alt for alt in alternatives if alt.lookup in DOWN_IN]
    if force:
        alternatives = alternatives or [None]
    if category is None and not alternatives and end - start > 1:
        # An unknown compound ("prop plane", "teddy bear") is replaced whole by alternatives of
        # its head noun: "a prop plane" -> "a helicopter" is still truly another object.
        head_lemma = tokens[head]["lemma"]
        category, alternatives = vocab.alternatives("objects", head_lemma, tokens[head]["text"].lower())
        if any(vocab.related(head_lemma, c["lemma"]) for c in concepts if c["type"] == "object" and c["id"] != concept["id"]):
            return []
    if not alternatives and end - start > 1:
        return _modifier_alternatives(concept, tokens, concepts, vocab)
    # The verb with its particle, for what it takes by name: "blows out the candles".
    particle = next((t["text"].lower() for t in tokens if taker is not None and t["dep"] == "prt" and t["head"] == tokens[head]["head"]), None)
    taker_named = f"{taker} {particle}" if particle is not None else taker
    if taker == "play" and lemma.lower() in TABLE_GAMES:
        # A game played at a table gives way to another such game: "playing video games" ->
        # "playing chess", never "playing printers".
        alternatives = [vocab.entry(w, "objects", kind) for w in sorted(TABLE_GAMES) if w != lemma.lower() and (kind := vocab.lexicon.category("objects", w))]
    elif taker == "play" and bare_singular(head, tokens):
        # "playing frisbee" is the game, not the disc: other games ("playing soccer"), never
        # other things ("playing a kite") nor the game by its own name ("ultimate frisbee").
        for game in _categories_of(vocab.lexicon, ("soccer",)):
            if game != category:
                category = game
                alternatives = [e for _, e in vocab.category_entries("objects", game, lemma, text)]
            alternatives = [e for e in alternatives if vocab.key(lemma) not in e.lookup.split(" ")]
    if taker == "fly" and lemma.lower() in FLOWN:
        # What is flown gives way to what else is flown, of any kind: "flying a kite" ->
        # "flying a helicopter", never "flying a teddy bear".
        flown = [(w, kind) for w in sorted(FLOWN) if w != lemma.lower() and (kind := vocab.lexicon.category("objects", w)) and not vocab.related(w, lemma)]
        alternatives = [vocab.entry(w, "objects", kind) for w, kind in flown]
    if tokens[head]["dep"] == "pobj" and tokens[on := tokens[head]["head"]]["text"].lower() == "on" and lemma.lower() in MEDIUMS:
        verb = tokens[tokens[on]["head"]]["lemma"].lower()
        if verb in MEDIUM_VERBS:
            # What one talks or types on is a medium for it: "talking on her phone" -> "on her
            # radio", never "on her mouse".
            kept = TALKED_ON if verb in TALK_VERBS else SCREENS
            alternatives = [alt for alt in alternatives if alt.lookup in kept]
    if posed_for(head, tokens):
        return []  # "posing for the camera" is a way of posing: never "posing for the computer"
    if category == "food" and _counts_a_food(head, tokens, vocab.lexicon):
        return []  # "loaves of bread" count it, as slices do (left alone): never "steak of bread"
    if (lemma.lower() in SHAPES_OF and _of_after(head, tokens)) or _shaped(head, tokens):
        return []  # "a ball of yarn" is yarn in a shape: never "a goal of yarn", "a ball of hammer"
    if (lemma.lower() in DEPICTIONS or tokens[head]["lemma"].lower() in DEPICTIONS) and _of_after(head, tokens):
        # "a painting of a vase" shows a vase: another kind of showing it ("a sculpture of a
        # vase"), never another thing ("a fire hydrant of a vase"); a general word ("a picture
        # of") may be any of them.
        kinds = [k for k in DEPICTION_KINDS if lemma.lower() not in k and tokens[head]["lemma"].lower() not in k]
        if len(kinds) == len(DEPICTION_KINDS):
            return []
        alternatives = [vocab.entry(k[0], "objects", found) for k in kinds if (found := vocab.lexicon.category("objects", k[0]))]
    if category == "time":
        # Only a time a picture shows: the light of day, a season; never "a wet weekend", "a wet christmas".
        alternatives = [alt for alt in _said_as_before(alternatives, tokens, start) if alt.lookup not in UNSEEN_TIMES]
        # A time of day gives way to another time of day, a season to a season: a wet day may be
        # one in spring ("a wet day" never "a wet spring").
        if (own_span := _time_span(lemma)) is not None:
            alternatives = [alt for alt in alternatives if _time_span(alt.lookup) == own_span]
        if any(c["type"] == "attribute" and c.get("of") == concept["id"] and c["text"].lower() in SUNLIT for c in concepts):
            alternatives = [alt for alt in alternatives if alt.lookup not in DARK_TIMES]  # "a sunny day" never "a sunny night"
    if category == "body_part":
        # A person's part gives way to a person's ("a gray beard" never "a gray hoof"), an
        # animal's to an animal's; a described one to one the words describe too ("long hair"
        # -> "a long beard", never "a long stomach"; "floppy ears" never "floppy knees").
        owner = _part_owner(head, tokens, concepts, vocab)
        described = any(t["head"] == head and t["dep"] == "amod" for t in tokens)
        own = next((g for g in BODY_GROUPS if vocab.key(lemma) in g), None)  # the part's group, by where it is
        group = own if described else None
        alternatives = [
            alt for alt in alternatives
            if not (owner == "person" and alt.key in ANIMAL_PARTS) and not (owner == "animal" and alt.key in HUMAN_PARTS) and (group is None or alt.key in group)
        ]
        beast = _beast_of(head, tokens, concepts) if owner == "animal" else None
        if beast is not None:
            # An animal's part gives way to a part its kind has: "A horse swishes its tail" ->
            # "its mane", never "its wing" or "its trunk".
            kinds = {beast, *vocab.lexicon.ancestors(beast)}
            alternatives = [alt for alt in alternatives if alt.key not in SPECIES_PARTS or not kinds.isdisjoint(SPECIES_PARTS[alt.key])]
        if verbs_subject(tokens, head, actively=True):
            # A part that does something gives way to a part that does as much: "A hand holding
            # a hose" -> "A paw holding a hose", never "An eye" or "A tooth holding" it; one of
            # no group ("Numerous head of cattle are grazing") to none.
            alternatives = [alt for alt in alternatives if own is not None and alt.key in own and alt.key in DOING_PARTS]
        if not described and tokens[head]["dep"] == "pobj" and tokens[tokens[head]["head"]]["text"].lower() == "with":
            # A part had "with" gives way to a part of its own group that not every body has:
            # "a girl with pigtails" -> "with braids", never "with arms", "with thighs".
            alternatives = [alt for alt in alternatives if alt.key not in EVERY_BODY and (own is None or alt.key in own)]
    if _age_of_person(lemma) is not None:
        # A person gives way to one they cannot also be: "A woman" -> "A man", "A teenager",
        # never "An elder" (she may be one); "A boy" -> never "A child".
        alternatives = [alt for alt in alternatives if not _may_be_both(lemma, alt.lookup)]
    if category == "body_part" and tokens[head]["dep"] == "pobj" and tokens[tokens[head]["head"]]["text"].lower() == "in":
        # "in her arms" -> "in her hands", never "in her shoulders"; "in its paws" -> "in its beak"
        held_in = HELD_IN_BY_ANIMALS if any(t["head"] == head and t["dep"] == "poss" and t["text"].lower() == "its" for t in tokens) else HELD_IN
        alternatives = [alt for alt in alternatives if alt.lookup in held_in]
    if category == "furniture" and tokens[head]["dep"] == "pobj" and tokens[tokens[head]["head"]]["text"].lower() in ("in", "inside") and is_in(vocab.key(lemma)):
        # What one is in gives way to what one is in: "in a rocking chair" -> "in a crib",
        # never "in a table" (which "on" would take).
        alternatives = [alt for alt in alternatives if is_in(alt.lookup)]
    if not alternatives:
        return []  # uncategorised or not replaceable: nothing known to be of its kind and different
    slot = tokens[head]
    while start < head and start > 0 and tokens[start - 1]["ws"] == "":
        start += 1  # a span starting inside a word ("country-|style kitchen"): the kitchen only
    children = _children(tokens)
    plural = slot["tag"] in ("NNS", "NNPS") or _is_plural_only(slot["text"]) or _counted_plural(head, tokens, children)
    others = [vocab.taken_by(c["lemma"]) for c in concepts if c["type"] == "object" and c["id"] != concept["id"]]
    det = _determiner(tokens, children, head, start)
    # "a few stores", "a dozen eggs": the "a" counts many ("a few house" never)
    singular_article = det is not None and tokens[det]["text"].lower() in SINGULAR_ARTICLES and not any(
        t["text"].lower() in COUNTS_AFTER_A for t in tokens[det + 1 : head]
    )
    # "a woods" is one; so is "a women", a slip for "a woman" (the lexicon lists "women" only so
    # that it never comes in after "a")
    plural = plural and not (singular_article and (not _is_plural_only(slot["text"]) or slot["text"].lower() in PEOPLE_PLURALS))
    article = singular_article and det == _left_edge(tokens, children, head, start)
    counted = any(tokens[c]["text"].lower() in COUNTING and c < start for c in children[head])
    # Many counted by a bunch or a herd: "a bunch of bananas" -> never "a bunch of honeydew".
    counted = counted or (plural and group_counting(head, tokens) is not None)
    # A bare singular food eaten is eaten as a stuff ("eating pizza"): what comes in is a stuff
    # too, or many ("eating rice", "eating sandwiches", never "eating sandwich").
    # An animal's meat is a stuff too ("with broccoli and chicken" -> "and sandwiches").
    meat = category in EATEN_AS_STUFF and vocab.lexicon.category("objects", lemma) != category
    # With anything before it that counts or owns it, a food after a preposition is one: "near
    # their wedding cake", "of a cooked fruit flavored muffin"; bare, a stuff ("with pizza").
    owned = slot["dep"] == "pobj" and any(
        tokens[k]["pos"] in ("DET", "NUM") or tokens[k]["dep"] == "poss" for k in range(_left_edge(tokens, children, head, start), start)
    )
    bare_mass = not plural and det is None and not counted and (is_mass(slot["lemma"]) or meat or (slot["dep"] in ("dobj", "pobj") and category in EATEN_AS_STUFF and not owned))
    # A bare singular thing takes an article with the thing that comes in, where one goes.
    article_at = None if plural or det is not None or counted or bare_mass else _article_slot(tokens, children, head, start, category)
    # A bare pair one wears ("a man in shorts", "wearing jeans"): what comes in alone takes "a".
    worn_pair = plural and det is None and not counted and category in WORN_PAIRS and _is_plural_only(slot["text"]) and not worn_by_many(head, tokens)
    pair_article_at = None
    if worn_pair:
        joined = slot["dep"] == "conj" and start > 0 and tokens[start - 1]["pos"] == "CCONJ"  # "sunglasses and |jeans|"
        pair_article_at = _left_edge(tokens, children, head, start) if joined else _article_slot(tokens, children, head, start, category)
    pronouns = _pronoun_plan(concept, tokens, concepts, vocab.lexicon)
    # Pronouns of its gender that may be another's keep that gender: "A woman holding a baby in
    # her arms" -> "A girl ...", never "A man holding a baby in her arms".
    kept_gender = None
    if not pronouns and gender_of(lemma) is not None:
        said = {PRONOUNS[tokens[k]["text"].lower()][0] for k in _pronouns_after(tokens, end)}
        kept_gender = gender_of(lemma) if said == {gender_of(lemma)} else None
    context = (tokens, start, end, slot["dep"], slot["head"], det, tuple(pronouns))
    slots = frozenset(range(start, end))
    own = {vocab.key(w) for w in (lemma, text) if w}
    kin = frozenset().union(*(vocab.use_kin(w) for w in own))
    described = [c["text"].lower() for c in concepts if c["type"] == "attribute" and c.get("of") == concept["id"]]
    # Words before the noun in its own phrase ("a snowy hill"): a word the parse hung on it from
    # elsewhere ("a man holding an oven door open") says nothing of what may replace it.
    left = _left_edge(tokens, children, head, start)
    before = [c for c in concepts if c["type"] == "attribute" and c.get("of") == concept["id"] and left <= c["start"] and c["end"] <= head]
    modified_by = frozenset(c["text"].lower() for c in before)
    sized = any(c.get("category") in ("size", "height") for c in before)  # "a large wave", "tall grass": never "large mud", "tall sand"
    # A topping named before a dish ("pepperoni pizza") stays on one that takes toppings.
    topped = category == "food" and any(c["end"] <= start and "topping" in vocab.lexicon.ancestors(tokens[c["head"]]["lemma"].lower()) for c in before)
    # A drink's colour names its kind: "red wine" gives way to no "red coffee" or "red milk".
    drink_colours = {c["text"].lower() for c in before if c.get("category") == "colour"} if category == "drink" else set()
    # Weather gives way to weather: "walking in the rain" -> "in the fog", never "in the fire".
    # (Snow lies on the ground too: "a snow covered mountain" may be ice covered.)
    above = vocab.lexicon.ancestors(lemma)
    weather = _is_weather(above)
    # Nature gives way to its own group where it has one: "the tall grass" -> "the tall sand",
    # never "the tall sun"; "a big wave" -> never "a big horizon".
    # The sky itself keeps to what is in it, where there is anything: never "flies in the cloudy acorn";
    # the ground to what covers it ("lying on the ground" -> "on the sand", never "on the sky").
    nature_groups = (above | ({vocab.key(lemma)} & {"sky", "ground"})) & NATURE_GROUPS if category == "nature" else frozenset()
    # A holder ("a vase of flowers") gives way to holders only, never "a lamp of flowers"; cut
    # flowers in it to their own kin ("roses"), never "hedges" (food held may be any food).
    contents = [c for c in concepts if c["type"] == "attribute" and c.get("of") == concept["id"] and c.get("category") == "content"]
    # "a vase of flowers"; "the glass is half full of water" (a room or a table full of things is
    # a place, any other place will do)
    holds = bool(contents) or ((category in HOLDER_CATEGORIES or lemma.lower() in HOLDERS) and _filled(head, tokens))
    filling = _filling(head, tokens)  # what the glass is full of: a stuff, never "skies" or "shadows"
    # A stuff of nature gives way to another ("shakes off water" -> "shakes off sand"), never to
    # a thing up in the sky or a light ("shakes off suns", "shakes off shadows").
    stuff_of_nature = vocab.key(lemma) in FILLERS
    # A drink is poured into what holds drinks: "a glass of wine" is never "a wok of wine".
    held = {vocab.lexicon.category("objects", c["lemma"]) for c in contents}
    holds_drink = "drink" in held
    holds_food = not held.isdisjoint(EATEN_AS_STUFF)  # and never "a kettle of spaghetti"
    cut_flowers = category in _categories_of(vocab.lexicon, ("flower",)) and any(
        c["type"] == "attribute" and c.get("category") == "content" and c["start"] == start and c["end"] == end for c in concepts
    )
    flower_kin = frozenset(vocab.key(w) for w in vocab.lexicon.co_hyponyms("objects", lemma)[1]) if cut_flowers else frozenset()
    verbs = _verbs_of(head, tokens, children)
    # What the caption says the thing does that not every thing of its kind does ("perched"),
    # which the new one must do too; what any of its kind does is said of any other ("A man
    # flying through the air" -> "A woman flying" through it).
    # (A way over water or through the air may read as taken: "kayaks paddling down |the river";
    # what takes a skill does so with what it takes: "driving a car".)
    deeds = [lemma for lemma, taking, _ in verbs if (not taking or lemma in WATER_VERBS | AIR_VERBS | SKILLED_VERBS) and does(vocab.lexicon, lemma, category, concept["lemma"].lower())]
    if _up_in_the_air(concept, concepts) and does(vocab.lexicon, "fly", category, concept["lemma"].lower()):
        deeds.append("fly")  # "A plane is in the sky" -> never "A car is in the sky"
    # What only people do keeps animals out: "a person skiing" is never "a pig skiing", "people
    # flying kites" never "swans flying kites".
    # Only its own active verbs: "chicken served with broccoli" is served, by whoever.
    acts = [lemma for lemma, _, passive in verbs if not passive]
    by_people = any(v in PEOPLE_ONLY_VERBS or (v == "fly" and v not in deeds) for v in acts)  # a kite flown, not a bird flying
    animals = _categories_of(vocab.lexicon, ("animal",)) if by_people else frozenset()
    # What one is dressed in gives way to what one may be in: "a woman in sunglasses" -> "in
    # goggles", never "in umbrellas", "in watches" or "in leashes".
    dressed_in = slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() == "in" and any(
        c["type"] == "attribute" and c["category"] == "worn" and c["head"] == head for c in concepts
    )
    # What is played is a game: "playing soccer" is never "playing skiing".
    played = taker == "play"
    own_game = f"{vocab.key(lemma)} "
    own_words = frozenset(vocab.key(w) for w in lemma.split(" "))
    games = category in _categories_of(vocab.lexicon, ("soccer",))  # a game is played, never counted

    # One body has one face: a part of one owner's ("her teeth") comes in as one where it is one.
    one_owner = any(c < start and tokens[c]["dep"] == "poss" and tokens[c]["text"].lower() in ONE_OWNER for c in children[head])
    # A drink poured into a holder is poured as a stuff: "a glass of wine" -> "a glass of
    # espresso", never "a glass of espressos".
    poured = category == "drink" and slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() == "of"
    # What a piece is of is a stuff: "a piece of bread" -> "a piece of pizza", never "of pizzas"
    # (of a food; a thing counted never comes in after a piece of anything else).
    portioned = bare_mass and after_a_portion(tokens, head, vocab.lexicon)
    # ... and one cut off a solid is never of a drink: the portion noun is the head of the "of".
    cut_off = portioned and tokens[tokens[slot["head"]]["head"]]["lemma"].lower() in SOLID_PORTIONS
    # One kind is of one thing: "A type of meat" -> "A type of pizza", never "of pizzas".
    one_kind = bare_mass and (kind := group_counting(head, tokens)) is not None and tokens[kind]["lemma"].lower() in KINDS_OF and tokens[kind]["tag"] == "NN"
    # The other objects as written: "leaves" (listed as foliage) are leaves still.
    written = {c["text"].lower() for c in concepts if c["type"] == "object" and c["id"] != concept["id"]}
    along_a_surface = slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() in SURFACE_WAYS_OF_AREAS
    inside_a_ground = slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() in ("in", "into", "inside")
    part_of_a_town = vocab.key(lemma) in PARTS_OF_TOWNS or vocab.key(tokens[head]["lemma"]) in PARTS_OF_TOWNS
    at_furniture = category == "furniture" and slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() == "at" and _one_is_at(vocab.key(lemma))

    def make(alt: Entry) -> tuple:
        if any(alt.lookup in taken for taken in others):
            return ()  # "a dog and a dog", "a dog and an animal"
        if alt.lookup in written or not written.isdisjoint(_plurals(alt.lookup)):
            return ()  # never "eating leaves from the top of a leaf"
        if played and (alt.text.endswith("ing") or alt.key in NOT_PLAYED or (det is None) == (alt.lookup.rsplit(" ", 1)[-1] in EVENTS)):
            # "playing soccer" -> never "playing skiing", "playing yoga", "playing tennis match";
            # "playing a soccer game" -> "playing a baseball game", never "playing a basketball"
            return ()
        if played and alt.lookup in own_words:
            return ()  # "playing a soccer game" -> never "playing soccer"
        if taker is not None and not takes_noun(taker_named, category, alt.text.lower()):
            return ()  # "riding an elephant" -> never "riding a duck"; "flying a kite" -> never "flying a ball"
        if by_people and _an_animal(vocab.lexicon, alt, animals):
            return ()
        if dressed_in and alt.key not in WORN_IN and vocab.lexicon.category("objects", alt.text) == "accessory":
            return ()
        if kept_gender is not None and gender_of(alt.text) not in (None, kept_gender):
            return ()
        if any(not does(vocab.lexicon, verb, category, alt.text.lower()) for verb in deeds):
            return ()  # "a bird perched on a branch" -> never "a horse perched"; "boats docked" never "limousines"
        if taker in WATER_VERBS | AIR_VERBS and not does(vocab.lexicon, taker, category, alt.text.lower()):
            return ()  # what one paddles is a boat too: "paddling a canoe" -> never "paddling a car"
        if alt.lookup.startswith(own_game) and vocab.lexicon.category("objects", alt.text) == category:
            return ()  # "playing soccer" -> never "playing soccer games": a thing of its own kind named by it
        if any(ages_clash(alt.key, word) or (alt.key in OLD_NOUNS and word in OLD_AGES) for word in described):
            return ()  # "an elderly woman" -> never "an elderly baby", nor "an elderly grandma" (she may be one)
        if modified_by and not noun_refuses(vocab.lexicon, alt.key).isdisjoint(modified_by):
            return ()  # "a snowy hill" -> never "a snowy ocean", "a snowy desert"
        if topped and alt.key not in TOPPED_DISHES:
            return ()  # "a slice of pepperoni pizza" -> "pepperoni sandwich", never "pepperoni yogurt"
        if drink_colours and not drink_colours <= set(DRINK_COLOURS.get(alt.key, ())):
            return ()
        if nature_groups and nature_groups.isdisjoint(vocab.lexicon.ancestors(alt.key)) and (
            nature_groups != {"ground"} or vocab.lexicon.category("objects", alt.key) == "nature"
        ):
            return ()  # the ground gives way to a couch one sits on too ("sitting on the ground" -> "on a couch")
        if weather and "weather" not in vocab.lexicon.ancestors(alt.key):
            return ()
        if holds and alt.key not in HOLDERS | PICTURES and vocab.lexicon.category("objects", alt.text) not in HOLDER_CATEGORIES | {"depiction"}:
            return ()  # a picture of flowers will do ("two paintings of fresh flowers")
        if (holds or (inside_a_ground and category in ("kitchenware", "container"))) and (alt.key in HOLDS_NOTHING or "utensil" in vocab.lexicon.ancestors(alt.key)):
            return ()  # "a glass of red wine" -> never "a knife of red wine", "a napkin of" it
        if holds and " " in alt.key and vocab.lexicon.category("objects", alt.key.split(" ")[0]) in FOOD_AND_DRINK:
            return ()  # a holder named for its content holds that: "a basket of bread" -> never "a beer bottle of bread"
        if (filling or stuff_of_nature) and category == "nature" and alt.key not in FILLERS:
            return ()  # "half full of water" -> "half full of sand", never "of skies", "of winds", "of shadows"
        if (holds_drink and alt.key not in DRINK_VESSELS) or (holds_food and alt.key in DRINK_ONLY):
            return ()
        if cut_flowers and alt.lookup not in flower_kin:
            return ()
        if at_furniture and not _one_is_at(alt.key):
            return ()  # "sits at a small table" -> "at a small desk", never "at a small chair" or "at a small bed"
        if along_a_surface and alt.key in AREAS | ENCLOSED_GROUNDS:
            return ()  # "on the sidewalk", "rides down a busy street" -> never "on the village", "down a busy city"
        if part_of_a_town and alt.key in AREAS:
            return ()  # "A rainy street", "a backyard pool" are in a town: never "A rainy city", "in a neighborhood"
        if inside_a_ground and alt.key in OPEN_GROUNDS:
            return ()  # "playing in the backyard" -> never "in the ranch"
        if alt.lookup in kin or own & vocab.use_kin(alt.text):
            return ()  # "a christmas tree" -> "a pine tree": what it may well be, either way
        # A fish served is a stuff: "a sandwich" -> "salmon", never "a salmon" on a tray.
        # An animal's meat is a stuff: "carrots and chicken" -> "carrots and lamb", never "lambs".
        mass = alt.mass or (alt.key in SAME_PLURAL_COUNT and category in EATEN_AS_STUFF) or (category in EATEN_AS_STUFF and vocab.lexicon.category("objects", alt.key) not in EATEN_AS_STUFF)
        alt_plural = alt.plural_only
        tag = "NNS" if plural and not (one_owner and alt.key in ONE_PER_BODY) else "NN"  # "her teeth" -> "her face"
        drop = False
        if portioned and not mass and category not in EATEN_AS_STUFF:
            return ()  # "pieces of luggage" are bags: never "pieces of umbrellas", "of umbrella" nor "of sunglasses"
        if cut_off and vocab.lexicon.category("objects", alt.key) == "drink":
            return ()  # a piece is of a solid: "a piece of food" -> never "a piece of coffee"
        if alt_plural:
            if not plural and (det is not None or counted):
                return ()  # never "a glasses"
            tag = "NNS"
        elif mass and (counted or (sized and not plural)):
            return ()  # never "one broccoli", "two broccoli", "rides large mud"
        elif mass and plural:
            tag = "NN"  # a stuff is one, and its verb agrees: "Shadows are cast" -> "Sand is cast", never "Sand are"
        elif bare_mass and not mass and not games and not poured and not portioned and not one_kind:
            tag = "NNS"  # "a plate of broccoli" -> "a plate of carrots"; "playing soccer" -> "playing tennis"
        elif not plural and mass and singular_article:
            if not article:
                return ()
            drop = True  # "a pizza" -> "seafood"
        if pair_article_at is not None and not alt_plural and not mass:
            # One pair worn ("in shorts") gives way to one thing worn: "in a dress", never "in dresses".
            return (("object", _object_edits, (context, alt, "NN", False, False, slots, pair_article_at)),)
        inflect = tag == "NNS" and not alt_plural and not mass
        return (("object", _object_edits, (context, alt, tag, inflect, drop, slots, article_at if tag == "NN" and not mass else None)),)

    return [_Stream(alternatives, make)]


# What holds food flat, never a drink: "a plate of food" never "a plate of juice".
FLAT_HOLDERS = FLAT_DISHES | {"board", "cutting board"}  # a tray carries drinks too


def worn_by_many(head: int, tokens) -> bool:
    """Whether the wearer of the thing worn at ``head`` is many: "two men in |jeans|", "people
    wearing |sunglasses|"."""
    while tokens[head]["dep"] == "conj" and tokens[head]["head"] != head:
        head = tokens[head]["head"]  # "wearing sunglasses and |jeans|": the first one's wearer
    k = tokens[head]["head"]
    if tokens[head]["dep"] == "pobj":
        k = tokens[k]["head"]  # "in": the noun or verb it is said of
    seen = set()
    while tokens[k]["pos"] in ("VERB", "AUX") and k not in seen:
        seen.add(k)
        subject = next((j for j, t in enumerate(tokens) if t["head"] == k and t["dep"] in ("nsubj", "nsubjpass")), None)
        k = subject if subject is not None else tokens[k]["head"]  # "a man wearing": the noun it describes
    return tokens[k]["tag"] in ("NNS", "NNPS") or any(t["head"] == k and t["dep"] == "conj" for t in tokens)


@lru_cache(maxsize=4096)
def _plurals(word: str) -> tuple[str, ...]:
    """The plurals lemminflect's table lists for a noun (lowercase); none for a word it lacks,
    without asking its rules for unknown words (which load a model)."""
    return tuple(w.lower() for w in grammar.inflections(word, upos="NOUN").get("NNS", ()))


def _an_animal(lexicon: Lexicon, alt: Entry, animals: frozenset[str]) -> bool:
    """Whether ``alt`` names an animal: of an animal category, or of no people's and below
    "animal" ("salmon", filed as food). A girl is below "animal" too, as a "kid" is a goat."""
    kind = lexicon.category("objects", alt.text)
    return kind in animals or (kind not in _categories_of(lexicon, PEOPLE) and "animal" in lexicon.ancestors(alt.key))


def verbs_done(noun: int, tokens, children) -> list[str]:
    """The lemmas of the verbs with no object the noun is the doer of: its verb ("a bird
    perches") and the participles hung on it ("a bird perched on a branch"). With an object the
    verb says what is done to it: "a boy flying a kite" may be a girl."""
    return [lemma for lemma, taking, _ in _verbs_of(noun, tokens, children) if not taking]


def _up_in_the_air(concept: dict, concepts) -> bool:
    """Whether the object is said to be in the sky or the air ("A plane is in the sky")."""
    places = {c["id"]: c["lemma"].lower() for c in concepts if c["type"] == "object"}
    return any(
        c["type"] == "relation" and c.get("subj") == concept["id"] and places.get(c.get("obj")) in AIR and c["lemma"].lower().split(" ")[-1] in ("in", "through", "across", "into")
        for c in concepts
    )


def _verbs_of(noun: int, tokens, children) -> list[tuple[str, bool, bool]]:
    """(lemma, takes an object, past participle) of each verb the noun is the doer of, as
    :func:`verbs_done` finds them."""
    doers = [noun]
    group = group_counting(noun, tokens)
    if group is not None:
        doers.append(group)  # "a group of people flying kites": the group's verbs are the people's
    verbs = []
    for doer in doers:
        verbs += [c for c in children[doer] if tokens[c]["dep"] == "acl" and tokens[c]["pos"] == "VERB"]
        if tokens[doer]["dep"] in ("nsubj", "nsubjpass") and tokens[tokens[doer]["head"]]["pos"] == "VERB":
            verbs.append(tokens[doer]["head"])
    return [(tokens[v]["lemma"].lower(), any(tokens[c]["dep"] in VERB_OBJECTS for c in children[v]), tokens[v]["tag"] == "VBN") for v in verbs]


# What makes a singular noun no bare one: "a", "his", "one".
BARE_UNLESS = ("det", "poss", "nummod", "quantmod", "predet")


def bare_singular(noun: int, tokens) -> bool:
    """A singular noun with no determiner, possessive or number: played, it names its game
    ("playing frisbee", "plays tennis"); eaten, a stuff ("eating pizza")."""
    return tokens[noun]["tag"] == "NN" and not any(t["head"] == noun and t["dep"] in BARE_UNLESS for t in tokens)


# Games played sitting down, with a board, cards or a screen.
TABLE_GAMES = {"video game", "board game", "card game", "chess", "checkers", "puzzle", "jigsaw puzzle", "dominoes"}
# Parts that do things themselves: hold, push, kick, carry, peck.
DOING_PARTS = {"hand", "arm", "foot", "leg", "finger", "thumb", "fist", "toe", "paw", "claw", "hoof", "wing", "beak", "mouth"}
# Parts a body holds things in.
HELD_IN = {"arm", "arms", "hand", "hands", "lap", "mouth", "palm", "palms", "fist", "fists", "teeth"}
HELD_IN_BY_ANIMALS = {"mouth", "teeth", "paw", "paws", "beak", "trunk", "jaws", "claws"}
# Parts a body has one of, and the possessives of one owner.
ONE_PER_BODY = {
    "face", "nose", "mouth", "head", "neck", "chest", "back", "tongue", "chin", "forehead", "belly", "stomach", "hair", "beard", "body",
    "tail", "trunk", "mane", "beak", "snout", "muzzle", "torso", "waist", "navel", "lap",
}
ONE_OWNER = {"his", "her", "its", "my", "your"}
# Words of fullness, and what fills a thing ("the glass is half full |of water|").
FULL_WORDS = {"full", "filled", "empty", "half-full", "half-empty", "overflowing", "packed", "stuffed", "loaded"}
EMPTY = {"empty", "half-empty"}
FILLING_WAYS = {"of", "with"}
# What of nature fills a thing: what flows, and what is poured or piled in.
FILLERS = (FLUIDS - {"lava"}) | {
    "snow", "ice", "sand", "dirt", "mud", "gravel", "rock", "rocks", "pebble", "pebbles", "stone", "stones", "hay", "grass", "leaf",
    "leaves", "dust", "soil", "straw", "seaweed", "moss", "twig", "twigs", "stick", "sticks", "acorn", "acorns", "pine cone", "pine cones",
}


def _filled(noun: int, tokens) -> bool:
    """Whether the noun at ``noun`` is said to be full of something: "a sink full of dishes",
    "the glass is half full of water", "a bowl filled with fruit"."""
    def fills(k: int) -> bool:
        return tokens[k]["text"].lower() in FULL_WORDS and any(t["head"] == k and t["text"].lower() in FILLING_WAYS for t in tokens)

    if any(t["head"] == noun and k != noun and fills(k) for k, t in enumerate(tokens)):
        return True
    verb = tokens[noun]["head"]
    return tokens[noun]["dep"] in ("nsubj", "nsubjpass") and any(t["head"] == verb and t["dep"] in ("acomp", "oprd") and fills(k) for k, t in enumerate(tokens))


def _said_to_hold(concept: dict, owner: dict | None, tokens) -> bool:
    """Whether what the fullness word's thing holds is said: "full |with apples|", "a sink full
    of dishes", "a full glass |of beer|". It is never empty then."""
    end = concept["end"]
    if end < len(tokens) and tokens[end]["text"].lower() in FILLING_WAYS:
        return True
    return owner is not None and (_filled(owner["head"], tokens) or (owner.get("category") in HOLDER_CATEGORIES and _of_after(owner["head"], tokens)))


def _filling(noun: int, tokens) -> bool:
    """Whether the noun at ``noun`` is what fills something: "full |of water"."""
    way = tokens[noun]["head"]
    if tokens[noun]["dep"] != "pobj" or tokens[way]["text"].lower() not in FILLING_WAYS:
        return False
    return tokens[tokens[way]["head"]]["text"].lower() in FULL_WORDS


# Kitchen things that hold nothing, beside the utensils: no "napkin of wine".
HOLDS_NOTHING = {
    "napkin", "serviette", "placemat", "tablecloth", "straw", "corkscrew", "can opener", "peeler", "grater", "rolling pin", "oven mitt",
    "pot holder", "pizza cutter", "knife block", "dish rack", "plate rack", "lid", "salt shaker", "pepper shaker", "shaker", "pizza peel",
    "cleaver", "steak knife", "butter knife", "bread knife", "cutting board", "chopping board",
}
# What holds a drink.
DRINK_VESSELS = {
    "glass", "wine glass", "drinking glass", "tumbler", "cup", "mug", "coffee cup", "teacup", "coffee mug", "pitcher", "jug", "carafe",
    "decanter", "thermos", "bottle", "jar", "flask", "kettle", "teapot", "tea pot", "coffee pot", "sippy cup", "baby bottle", "can",
    "bowl", "wineglass", "goblet", "canteen", "keg", "barrel", "bucket",
}
# Of those, what holds nothing else.
DRINK_ONLY = DRINK_VESSELS - {"cup", "bowl", "jar", "can", "bucket", "barrel"}
# The lexicon's groups of the things of nature: the ground's covers, the sky's lights, water.
NATURE_GROUPS = frozenset({"ground", "sky", "water", "weather"})
# Nouns of a game played once, counted: "a soccer game", "a tennis match".
EVENTS = ("game", "match")
# Sports one does but never plays: "playing soccer" is never "playing yoga".
NOT_PLAYED = {"karate", "yoga", "gymnastics", "archery", "rodeo", "motocross", "bmx", "sport"}


# Kinds of thing a caption often names without counting ("vegetation", "air", "hair").
UNCOUNTED = {"nature", "plant", "food", "dessert", "fruit", "vegetable", "drink", "meal", "portion", "terrain", "body_part", "sport", "event", "time"}


# Pictures, which are of things as holders are: "a painting of flowers".
PICTURES = {"painting", "picture", "photo", "photograph", "drawing", "poster", "print", "sketch"}


def _article_slot(tokens, children, head: int, start: int, category: str | None) -> int | None:
    """Where "a" goes before a bare singular noun ``head`` (its phrase starting at ``start``), in
    a caption that writes its articles ("crosses home plate" -> "crosses a sled"); None where it
    stays bare: what something is made of or has ("a slice of pizza", "with dark hair"), what is
    not counted ("in dry vegetation"), a headline ("man riding horse"), a phrase the parser split
    ("A half eaten slice of pizza", "a zebra themed bed")."""
    slot = tokens[head]
    if start == 0 or slot["pos"] != "NOUN" or slot["dep"] not in ("dobj", "pobj", "nsubj", "nsubjpass", "attr") or category in UNCOUNTED:
        return None
    if slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() in ("of", "with"):
        return None
    if any(tokens[c]["dep"] in DETERMINING for c in children[head]) or not _writes_articles(tokens):
        return None
    left = _left_edge(tokens, children, head, start)  # "with [a ]black and white toilet"
    if left == 0 or tokens[left - 1]["pos"] not in ("ADP", "VERB", "AUX"):
        return None  # only right after what governs it ("in [a] white shirt")
    if any(tokens[k]["dep"] in DETERMINING or tokens[k]["pos"] in ("DET", "PRON", "NUM") for k in range(left, start)):
        return None
    return left


DETERMINING = ("poss", "det", "predet", "nummod", "quantmod")


def _writes_articles(tokens) -> bool:
    """The caption puts articles before its nouns somewhere: no headline ("man riding horse")."""
    return any(t["dep"] == "det" and t["text"].lower() in ("a", "an", "the") for t in tokens)


def _modifier_alternatives(concept: dict, tokens, concepts, vocab: _Vocab, at: int | None = None) -> list[_Stream]:
    """A compound whose head names nothing replaceable ("park area", "baseball team", or a
    parser's "zebra standing") is the kind its last known noun says: that noun is replaced
    ("a beach area", "a soccer team", "a giraffe standing"), in its own number. With ``at``,
    only where that noun is token ``at``."""
    if tokens[concept["head"]]["lemma"].lower() in DEPICTIONS:
        return []  # a picture's medium, an attribute: "Pencil sketch" -> "Charcoal sketch", never "Note sketch"
    for k in range(concept["head"] - 1, concept["start"] - 1, -1):
        if at is not None and k != at:
            continue
        modifier = tokens[k]
        if modifier["pos"] != "NOUN" or (k > 0 and tokens[k - 1]["ws"] == ""):
            continue  # a name ("Wii"), or part of a word glued by a hyphen
        if "sport" in vocab.lexicon.categories("objects", modifier["lemma"]):
            # A word that names a game and its ball names the game before a head of no kind: "a
            # volleyball team" -> "a soccer team", never "a golf ball team".
            alternatives = [e for _, e in vocab.category_entries("objects", "sport", modifier["lemma"], modifier["text"].lower()) if e.text.split(" ")[-1] not in ("game", "match")]
        else:
            _, alternatives = vocab.alternatives("objects", modifier["lemma"], modifier["text"].lower())
        if alternatives:
            break
    else:
        return []
    plural = modifier["tag"] in ("NNS", "NNPS")
    others = [vocab.taken_by(c["lemma"]) for c in concepts if c["type"] == "object" and c["id"] != concept["id"]]
    others.append(vocab.taken_by(tokens[concept["head"]]["lemma"]))
    context = (tokens, k, k + 1, modifier["dep"], modifier["head"], None, ())
    slots = frozenset({k})

    def make(alt: Entry) -> tuple:
        if alt.mass or alt.plural_only or any(alt.lookup in taken for taken in others):
            return ()  # a mass noun leaves the compound's article behind: "a rice area"
        return (("object", _object_edits, (context, alt, "NNS" if plural else "NN", plural, False, slots)),)

    return [_Stream(alternatives, make)]


def _object_edits(context: tuple, alt: Entry, tag: str, inflect: bool, drop: bool, slots: frozenset, article: int | None = None) -> tuple:
    """The edits of one object replacement, made when the candidate is asked for; ``article``,
    when given, is where "a" goes before the new word (the edit step makes it "an" where it must)."""
    tokens, start, end, dep, head, det, pronouns = context
    edits: list[Edit] = []
    if drop:
        edits.append(Edit(det, det + 1, ()))
    if article is not None:
        edits.append(Edit(article, article, (token("a", pos="DET", tag="DT", dep="det", head=end - 1),)))
    words = grammar.inflect(alt.text, "NNS", alt.text) if inflect else alt.text
    edits.append(Edit(start, end, _spec(_cased(words, tokens[start:end]), lemma=alt.text, pos="NOUN", tag=tag, dep=dep, head=head, root="last")))
    edits.extend(_pronoun_edits(list(pronouns), alt, tokens))
    if len(edits) > 1:
        slots = frozenset(k for e in edits for k in range(e.start, e.end))
    return tuple(edits), slots


def _counted_plural(noun: int, tokens, children) -> bool:
    """ "Two giraffe", "a herd of sheep": a number above one before the noun, or a group it is
    of, asks for a plural, whatever the tag."""
    for c in children[noun]:
        value = grammar.number_value(tokens[c]["text"])
        if c < noun and tokens[c]["dep"] in ("nummod", "det", "quantmod") and value is not None and value > 1:
            return True
    group = group_counting(noun, tokens)
    return group is not None and tokens[group]["lemma"].lower() not in KINDS_OF


KINDS_OF = {"kind", "type", "sort"}  # "a kind of fruit" is one


_LAST_CHILDREN: list = [None, None]  # (tokens, their children): a record's concepts ask in turn


def _children(tokens) -> list[list[int]]:
    if _LAST_CHILDREN[0] is tokens:
        return _LAST_CHILDREN[1]
    children: list[list[int]] = [[] for _ in tokens]
    for k, t in enumerate(tokens):
        h = t["head"]
        if h != k and 0 <= h < len(tokens):
            children[h].append(k)
    _LAST_CHILDREN[:] = [tokens, children]
    return children


def _determiner(tokens, children, head: int, start: int) -> int | None:
    for c in children[head]:
        if c < start and tokens[c]["dep"] == "det":
            return c
    return None


def _left_edge(tokens, children, head: int, start: int) -> int:
    """The first token of the noun phrase before the noun: "a big red" of "a big red pizza"."""
    left = start
    stack = [c for c in children[head] if c < start]
    seen = {head}
    while stack:
        k = stack.pop()
        if k in seen:
            continue  # a tree with a cycle, as hand-made parses may have
        seen.add(k)
        left = min(left, k)
        stack.extend(children[k])
    return left


@lru_cache(maxsize=8192)
def is_mass(word: str) -> bool:
    """A noun captions do not count: "broccoli", "luggage", "seafood"."""
    word = word.lower()
    last = word.split(" ")[-1]
    if word in MASS or last in MASS:
        return True
    if last in SAME_PLURAL_COUNT or last in COUNTED or _is_plural_only(last):
        return False
    plurals = grammar.inflections(last, upos="NOUN").get("NNS")
    if not plurals and last.endswith("ing"):
        return True  # an activity or a stuff lemminflect knows no plural of: "skiing", "frosting", "shelving"
    return bool(plurals) and plurals[0] == last


def has_no_singular(word: str) -> bool:
    """A noun with no singular at all: "sunglasses", "jeans", "scissors"."""
    return word.lower().split(" ")[-1] in NO_SINGULAR


def _is_plural_only(word: str) -> bool:
    """A noun captions write plural only: "sunglasses", "jeans", "scissors", "people"."""
    word = word.lower()
    return word in PLURAL_ONLY or word.split(" ")[-1] in PLURAL_ONLY


def _cased(words: str, old: list[dict]) -> str:
    """The case of the words replaced: "DOG" -> "CAT", a capitalised "Frisbee" -> "Ball"."""
    if not old:
        return words
    first = old[0]["text"]
    if first[:1].islower():
        return words  # the common case: nothing to copy
    letters = [t["text"] for t in old if t["text"].isalpha()]
    if len(letters) == 1 and len(letters[0]) <= 3 and letters[0].isupper():
        return words  # an acronym ("a TV") is no shouting: "a printer", never "a PRINTER" (a caption all in capitals gets them back)
    if letters and all(w.isupper() and len(w) > 1 for w in letters):
        return words.upper()
    if first.isupper() and len(first) <= 3 and letters and not letters[-1].isupper():
        return words  # an acronym opening a lowercase name ("a TV screen"): "a microphone", never "a MICROPHONE"
    return grammar.match_case(words, first) if first[:1].isupper() else words


# People by their time of life; an old person is a grown-up too.
PERSON_AGES = {
    **dict.fromkeys(BABY_NOUNS, "baby"),
    **dict.fromkeys(("child", "kid", "boy", "girl", "youngster", "youth", "lad", "lass", "schoolboy", "schoolgirl", "tot"), "child"),
    **dict.fromkeys(TEEN_NOUNS, "teen"),
    **dict.fromkeys(("man", "woman", "lady", "guy", "gentleman", "adult", "grown-up", "dude", "gal", "fellow"), "adult"),
    **dict.fromkeys(("elder", "senior", "senior citizen", "grandmother", "grandfather", "grandma", "grandpa", "granny"), "old"),
}


# Times of life that meet: a woman of nineteen is a teenager, a boy of fifteen one too.
MEETING_AGES = ({"adult", "old"}, {"adult", "teen"}, {"child", "teen"})


def _age_of_person(word: str) -> str | None:
    return PERSON_AGES.get(word.lower())


def _may_be_both(word: str, other: str) -> bool:
    """Whether one person may be called both: their times of life meet ("woman", "elder") and
    their genders do not differ."""
    ages = {_age_of_person(word), _age_of_person(other)}
    if None in ages or not (len(ages) == 1 or ages in MEETING_AGES):
        return False
    genders = {gender_of(word), gender_of(other)} - {None}
    return len(genders) < 2


def _pronouns_after(tokens, end: int) -> list[int]:
    """The gendered pronouns from token ``end`` on."""
    return [k for k in range(end, len(tokens)) if tokens[k]["text"].lower() in PRONOUNS]


def _pronoun_plan(concept: dict, tokens, concepts, lexicon: Lexicon) -> list[int]:
    """Gendered pronouns after this object that refer to it: when no other person could own them."""
    pronouns = _pronouns_after(tokens, concept["end"])
    if not pronouns or concept.get("number") == "plural":
        return []
    genders = {PRONOUNS[tokens[k]["text"].lower()][0] for k in pronouns}
    if len(genders) != 1:
        return []
    gender = next(iter(genders))
    people = _categories_of(lexicon, PEOPLE)
    own = gender_of(concept["lemma"])
    if own not in (gender, None) or not (own or lexicon.category("objects", concept["lemma"]) in people):
        return []
    for other in concepts:
        if other["type"] != "object" or other["id"] == concept["id"] or other.get("number") == "plural":
            continue
        if all(tokens[k]["head"] == other["head"] and tokens[k]["dep"] == "poss" for k in pronouns):
            continue  # "his father" is no father's own: "A baby cries while his father warms a bottle"
        if gender_of(other["lemma"]) == gender or (gender_of(other["lemma"]) is None and lexicon.category("objects", other["lemma"]) in people):
            return []  # "a man and a boy with his kite": whose kite is unclear
    return pronouns


def _pronoun_edits(pronouns: list[int], alt: Entry, tokens) -> list[Edit]:
    target = gender_of(alt.text)
    edits = []
    for k in pronouns:
        t = tokens[k]
        gender, other = PRONOUNS[t["text"].lower()]
        if target is None or target == gender:
            continue
        if isinstance(other, dict):
            other = other.get(t["tag"], next(iter(other.values())))
        new = token(grammar.match_case(other, t["text"]), lemma=other, pos=t["pos"], tag=t["tag"], dep=t["dep"], head=t["head"])
        edits.append(Edit(k, k + 1, (new,)))
    return edits


# -- attributes ------------------------------------------------------------------------------


AGE_SPANS = {"year", "month", "week", "day"}


def _attribute_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    start, end, head = concept["start"], concept["end"], concept["head"]
    slot = tokens[head]
    word = slot["text"].lower()
    if word == "old" and start > 1 and tokens[start - 1]["text"] == "-" and tokens[start - 2]["lemma"].lower() in AGE_SPANS:
        return []  # "a 3-year-old girl" is her age in years: its number changes, never "3-year-young"
    if word in ("black", "white") and (first := _monochrome(tokens, start)) is not None:
        # "a black and white photo" is one without colour: "a colorful photo", never "a red and white photo".
        return _sibling_modifiers(dict(concept, end=start + 3), list(IN_COLOUR), tokens) if first == start else []
    if word in SHOT_WORDS and (shot := _shot_alternatives(concept, tokens)) is not None:
        return shot
    if word in PICTURE_MEDIA and tokens[slot["head"]]["lemma"].lower() in DEPICTIONS and slot["head"] > head:
        # What a picture is made with or in: "a cartoon drawing" -> "a pencil drawing", never "an inflatable drawing".
        return _sibling_modifiers(concept, [m for m in PICTURE_MEDIA if m != word], tokens)
    if end == start + 1 and _held_in_a_pose(head, tokens) is not None:
        return _pose_alternatives(concept, tokens, "attribute")
    if word in SHADE_CONTRASTS and end == start + 1 and _colour_after(start, tokens, vocab.lexicon):
        # A shade of a colour ("a light blue bus") gives way to the shades it excludes ("a dark
        # blue bus"), never to a lighting or a colourfulness ("a lit blue", "a monochrome pink").
        return _sibling_modifiers(concept, list(SHADE_CONTRASTS[word]), tokens)
    if concept.get("category") == "number" or (slot["pos"] == "NUM" and grammar.number_value(word) is not None):
        return _number_alternatives(concept, tokens, vocab)
    if slot["dep"] == "pobj" and slot["pos"] == "NOUN" and not any(t["head"] == head for t in tokens[:start]) and word in BARE_PLACES:
        return []  # "on top" is a way of placing, changed with its preposition: never "on middle"
    lemma, text = concept.get("lemma") or "", _text(tokens, start, end)
    owner = next((c for c in concepts if c["id"] == concept.get("of")), None)
    owner_category = vocab.category("objects", owner["lemma"], owner["text"].lower()) if owner else None
    if owner is not None and (likeness := _likeness_alternatives(concept, owner, tokens, concepts, vocab)) is not None:
        return likeness
    if owner is not None and owner["start"] <= start < owner["end"]:
        return _compound_alternatives(concept, owner, owner_category, tokens, concepts, vocab)
    if any(c["type"] == "object" and c is not owner and c["end"] - c["start"] > 1 and c["start"] <= start and end <= c["end"] for c in concepts):
        return []  # a word of another object's name ("Shepherd" of "German Shepherd dog"): that object changes whole
    if concept.get("category") in DESCRIBED and slot["pos"] in ("NOUN", "PROPN"):
        return _described_alternatives(concept, tokens, concepts, vocab)
    if owner is not None and _names_a_thing(text, owner, vocab):
        return []  # "hot dogs" are a thing, not dogs that are hot
    if slot["pos"] == "VERB" and end == start + 1 and (_verb_object(head, tokens) or _verb_complement(head, tokens) or _verb_of_a_phrase(start, tokens, concepts) or _done_by(head, tokens) or _phrasal_taking(head, tokens)) and _quantity(head, tokens) is None:
        # "riding a horse", "filled with flowers", "covered in greens", "waiting for a bus", "cut
        # by a woman": the verb with what it takes is a relation, replaced as one; alone it
        # would give "sleeping volleyball", "empty with", "napping for a bus", "whole by a woman".
        return []
    # A verb's attribute is looked up as it reads: "topped" is no "top" to become "bottom", and
    # "steamed" rice no "steam" to become "electric".
    as_attribute = text.lower() if slot["pos"] == "VERB" else lemma
    if owner is not None and owner_category is None:
        owner_category = _a_things_category(vocab.lexicon, as_attribute)
    category, alternatives = vocab.alternatives("attributes", as_attribute, text, owner_category)
    if _of_the_living(vocab.lexicon, category) and owner_category not in (None, *_categories_of(vocab.lexicon, ("couple",))) and not vocab.lexicon.fits(category, owner_category):
        return []  # another sense than the lexicon's: "a calm lake" has no mood to be "a sad lake"
    if category == "colour" and owner_category == "drink":
        # A drink's colour names its kind ("white wine" -> "red wine"), never paint ("blue wine").
        kinds = DRINK_COLOURS.get(owner["lemma"].lower(), ())
        return _sibling_modifiers(concept, [c for c in kinds if c != word], tokens)
    if category in SIDES:
        # An open door may be unlocked too: only the other side of the word's own axis is false
        # ("open" -> "closed", never "unlocked"; "locked" -> "unlocked").
        axis = next(((mine, other) for one, two in SIDES[category] for mine, other in ((one, two), (two, one)) if text.lower() in mine), None)
        if axis is not None:
            alternatives = [a for a in alternatives if a.text.lower() in axis[1]]
    if category == "time_of_day":
        alternatives = _said_as_before(alternatives, tokens, start)
    if category == "fullness" and _said_to_hold(concept, owner, tokens):
        alternatives = [a for a in alternatives if a.key not in EMPTY]  # "a full glass of beer" never "an empty glass of beer"
    if (owner is not None and owner["lemma"].lower() in EDGES) or (slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() in ("at", "on")):
        # An edge has no middle one, and one is "in" the middle: "the right side" -> "the left
        # side", "at the bottom" -> "at the top", never "the middle side" or "at the middle".
        alternatives = [a for a in alternatives if a.key not in MIDDLES]
    if category == "flavour" and owner is not None:
        had = DISH_HAS.get(owner["lemma"].lower(), set()) | ({"meaty"} if "meat" in vocab.lexicon.ancestors(word) else set())
        alternatives = [a for a in alternatives if a.key not in had]
    if category in ("colour", "hair_colour") and ((owner is not None and owner["lemma"].lower() in HAIRS) or tokens[slot["head"]]["lemma"].lower() in HAIRS):
        # Hair takes hair's colours: "long blond hair" -> "long red hair", never "redheaded
        # hair"; "a gray beard" never "a turquoise beard".
        return _sibling_modifiers(concept, [c for c in HAIR_COLOURS if c != word and not vocab.related(c, word)], tokens)
    if owner is not None and owner["lemma"].lower() == "moon" and word in MOON_PHASES:
        return _sibling_modifiers(concept, [p for p in MOON_PHASES if p != word], tokens)  # "a full moon" -> "a crescent moon", never "an empty moon"
    if category == "left_right" and owner_category == "body_part" and word in ("left", "right"):
        # A body's parts come as a left and a right: "her left hand" -> "her right hand", never "her middle hand".
        return _sibling_modifiers(concept, ["right" if word == "left" else "left"], tokens)
    if owner_category in OTHER_SENSES.get(category, ()):
        # "an open field" is wide, no door to close or unzip: it may be fenced in
        return _sibling_modifiers(concept, list(OTHER_SENSES[category][owner_category]), tokens)
    people = _categories_of(vocab.lexicon, PEOPLE)
    if owner is not None and start < owner["start"] and owner_category in people and not any(vocab.lexicon.fits(category, c) for c in people):
        # Before a person only what fits people is a property to change: never a colour or an
        # origin ("a white woman", "an American man"); "a girl in blue" is her clothes.
        return []
    if concept.get("category") == "topping" and slot["pos"] in ("NOUN", "PROPN") and owner is not None:
        return _topping_alternatives(concept, owner, tokens, concepts, vocab)
    if concept.get("category") == "kind" and slot["pos"] == "NOUN" and owner is not None and start < owner["start"] and end - start == 1:
        # A noun modifier joined to the compound before it ("a pineapple and ham pizza"):
        # another of its own kind where it names what the dish is made with.
        found = [w for w in _ingredients(slot["lemma"], tokens[owner["head"]]["lemma"], vocab.lexicon) if not any(vocab.related(w, c["lemma"]) for c in concepts if c["type"] == "object" and c["start"] != start)]
        if slot["tag"] == "NNS":  # many, as the caption says: "with meatballs and tomato sauce" -> "with ribs", never "with rib"
            found = [w if is_mass(w) else grammar.inflect(w, "NNS") for w in found]
        return _sibling_modifiers(concept, found, tokens)
    if category == "number":
        return []  # a count the parser did not read as one ("a couple dozen of"): never "a couple eight of"
    if category is None and not alternatives:
        if _quantity(head, tokens) is not None:
            return _quantity_alternatives(concept, tokens)
        if slot["pos"] == "VERB":
            # An action the lexicon lists as a relation: "zebras grazing" -> "zebras sleeping".
            _, verbs = vocab.alternatives("relations", lemma, text, prefer_verbs=True)
            done_to = _done_to(tokens, head)  # "luggage is seen": never "is peeked"
            alternatives = [
                vocab.entry(v.text, "relations", None, verb=True)
                for v in verbs
                if not v.preposition and " " not in v.text and v.stands_alone and not (done_to and v.key in INTRANSITIVE)
                and _acts(vocab, owner_category, v.key, slot["lemma"], slot["tag"] == "VBN", doer=owner and owner["lemma"].lower())
                and not (done_to and v.key in MAKING_VERBS and slot["lemma"].lower() not in MAKING_VERBS)
            ]
    doing = slot["dep"] in ("advmod", "amod", "npadvmod") or (slot["dep"] == "acomp" and word in SAID_OF_DOING and tokens[slot["head"]]["lemma"].lower() not in LINKING_VERBS)
    if doing and slot["head"] < start and (tokens[slot["head"]]["pos"] == "VERB" or word in SAID_OF_DOING):
        # A word said of how a verb is done takes a word said so too: "flies low" -> "flies
        # high", never "flies two-story"; so does one after a noun ("jumps off a ramp high
        # into the air" -> "low", never "a ramp short").
        alternatives = [a for a in alternatives if a.text in SAID_OF_DOING]
        if not alternatives and word in DOING_CONTRASTS:
            return _sibling_modifiers(concept, list(DOING_CONTRASTS[word]), tokens)
    if slot["pos"] == "VERB" and _to_do(head, tokens):
        # What one does to do something, or doing another thing, is done: "jumping to catch" ->
        # "sitting to catch", never "curled" or "prone to catch"; never "a woman prone looking".
        alternatives = [a for a in alternatives if a.verb or a.text.endswith("ing")]
    streams = _attribute_stream(concept, alternatives, owner_category, tokens, concepts, vocab)
    if category == "age" and owner is not None:
        streams += _grown_up_alternatives(concept, owner, tokens)
    return streams


# Nouns that say a young age, and the grown-up they become: an old age before them takes the
# grown-up's noun ("two young girls" -> "two elderly women"), where "two old girls" would
# contradict itself.
GROWN_UP = {"boy": "man", "girl": "woman", "child": "adult", "kid": "adult"}
ELDER_AGES = ("old", "elderly", "middle-aged")


def _grown_up_alternatives(concept: dict, owner: dict, tokens) -> list[_Stream]:
    """A young age word before a noun of :data:`GROWN_UP` gives way to an old one, the noun to
    its grown-up in the same number: "a young boy" -> "an elderly man"."""
    start, end, noun = concept["start"], concept["end"], owner["head"]
    grown = GROWN_UP.get(tokens[noun]["lemma"].lower())
    if grown is None or end != noun or tokens[start]["text"].lower() not in YOUNG_AGES or owner["start"] != noun:
        return []  # only a young word right before a one-word noun: "a young boy", "young girls"
    slot, held = tokens[start], tokens[noun]
    words = grammar.inflect(grown, "NNS", grown) if held["tag"] == "NNS" else grown
    person = _spec(_cased(words, [held]), lemma=grown, pos="NOUN", tag=held["tag"], dep=held["dep"], head=held["head"], root="last")
    slots = frozenset(range(start, noun + 1))

    def make(age: str) -> tuple:
        new = _spec(_cased(age, tokens[start:end]), lemma=age, pos="ADJ", tag="JJ", dep=slot["dep"], head=slot["head"], root="last")
        return (_plan("replace", "attribute", (Edit(start, end, new), Edit(noun, noun + 1, person)), slots),)

    return [_Stream(ELDER_AGES, make)]


# How far off a picture is taken: "a close up of a cat" -> "a distant view of a cat", "a close
# up view" -> "a distant view". The phrase as a noun, and as it reads before a picture noun.
SHOT_WORDS = {"close", "closeup"}
SHOT_CONTRASTS = {"close up": (("distant view", "wide shot", "aerial view"), ("distant", "wide-angle", "aerial"))}
PICTURE_NOUNS = {"view", "shot", "photo", "picture", "image", "photograph", "pic", "snapshot", "photography", "look"}


# The shades of a colour named before it ("light blue", "dark-green"), and those each excludes.
SHADE_CONTRASTS = {
    "light": ("dark",), "dark": ("light", "pale"), "pale": ("dark", "bright"), "bright": ("dark", "pale"),
    "deep": ("light", "pale"),
}
# Words of degree, and the words of size they never grade ("a very medium tree" never).
DEGREE_WORDS = {"very", "extremely", "really", "quite", "so", "too", "super", "fairly", "rather", "incredibly", "pretty"}
UNGRADED = {"medium", "medium-sized", "mid-sized", "average-sized", "giant", "huge", "enormous", "gigantic", "tiny", "massive"}
# Words that say a colour's shade when put before one ("medium brown", "light blue").
SHADE_WORDS = {*SHADE_CONTRASTS, "medium", "mid", "soft", "warm", "cool", "hot", "rich", "dusty", "dull"}
# Colours no shade word lightens or darkens: never "a light white bus", "a dark black car".
UNSHADED = {"white", "black", "silver", "gold"}


def _hyphenated_word(tokens, start: int, end: int) -> str:
    """The whole word tokens start..end are glued into by hyphens: "cross-country"."""
    while start > 0 and tokens[start - 1]["ws"] == "" and (tokens[start - 1]["text"] == "-" or tokens[start]["text"] == "-"):
        start -= 1
    while end < len(tokens) and tokens[end - 1]["ws"] == "" and (tokens[end]["text"] == "-" or tokens[end - 1]["text"] == "-"):
        end += 1
    return "".join(t["text"] + t["ws"] for t in tokens[start:end]).strip().lower()


def _names_a_word(word: str, lexicon: Lexicon) -> bool:
    """The lexicon knows the hyphenated word as a thing or a relation, a unit whose parts mean
    nothing alone ("cross-country", "double-decker"); a known attribute ("long-sleeved") has
    parts that do."""
    return lexicon.category("objects", word) is not None or lexicon.category("relations", word) is not None


LIVING = {"person", "role", "family", "animal", "plant"}


def _a_things_category(lexicon: Lexicon, word: str) -> str | None:
    """For an owner the lexicon does not know, which it would know were it a person or an
    animal: an object category that reads ``word`` in its sense for things, where its first
    sense is only for the living ("An old typewriter" is in a condition: never "a newborn
    typewriter"); None where the first sense is not so."""
    senses = lexicon.categories("attributes", word)
    living = [set(lexicon.attribute_fits.get(c) or ("*",)) <= LIVING for c in senses]
    if len(senses) < 2 or not living[0]:
        return None
    thing = next((c for c, only_living in zip(senses, living) if not only_living), None)
    fits = lexicon.attribute_fits.get(thing) if thing is not None else None
    return next((c for c in fits or () if c != "*" and c not in LIVING), None)


def _of_the_living(lexicon: Lexicon, category: str | None) -> bool:
    """A mood, wakefulness or build, which only the living have: said of a thing, its word is
    in another sense ("a calm lake", "a sleepy town", "a heavy couch" is never "a husky
    couch"). Looked up by the words that name them, so a lexicon with other names works the
    same."""
    return category is not None and category in _categories_of(lexicon, ("happy", "asleep", "heavyset"), "attributes")


def _colour_after(i: int, tokens, lexicon: Lexicon) -> bool:
    """Whether a colour word follows token ``i`` (across a hyphen that joins them)."""
    j = i + 1
    if j + 1 < len(tokens) and tokens[j]["text"] == "-" and tokens[i]["ws"] == "" and tokens[j]["ws"] == "":
        j += 1
    return j < len(tokens) and "colour" in lexicon.categories("attributes", tokens[j]["text"].lower())


def _shade_before(i: int, tokens) -> str | None:
    """The shade word before token ``i`` ("light" of "light blue", "light-blue"), if any."""
    j = i - 1
    if j > 0 and tokens[j]["text"] == "-" and tokens[j]["ws"] == "" and tokens[j - 1]["ws"] == "":
        j -= 1
    word = tokens[j]["text"].lower() if j >= 0 else ""
    return word if word in SHADE_CONTRASTS else None


def _shot_alternatives(concept: dict, tokens) -> list[_Stream] | None:
    """ "close up", "close-up", "closeup" (a noun, or a modifier of a picture noun) give way to
    the distances they exclude; None where the words are no such phrase ("close up the shop")."""
    start = concept["start"]
    if concept["end"] != start + 1:
        return None
    words = [t["text"].lower() for t in tokens]
    end = start + 1
    if words[start] == "close":
        if tokens[start]["pos"] not in ("NOUN", "ADJ") or tokens[start]["dep"] not in ("compound", "amod", "nmod"):
            return None  # "they close up the shop"
        if end < len(words) and words[end] == "-" and tokens[start]["ws"] == "":
            end += 1
        if end >= len(words) or words[end] != "up" or tokens[end]["pos"] not in ("NOUN", "PROPN", "ADJ"):
            return None
        end += 1
    if any(t["head"] == end - 1 and t["dep"] in ("dobj", "nsubj") for t in tokens):
        return None  # a verb the tagger made a noun: "they close up the shop"
    nouns, adjectives = SHOT_CONTRASTS["close up"]
    options = adjectives if end < len(words) and words[end] in PICTURE_NOUNS else nouns
    last = tokens[end - 1]
    slots = frozenset(range(start, end))

    def make(words: str) -> tuple:
        new = _spec(_cased(words, tokens[start:end]), lemma=words, pos="NOUN" if " " in words else "ADJ", tag="NN" if " " in words else "JJ",
                    dep=last["dep"], head=last["head"], root="last")
        return (_one("attribute", tokens, start, end, new, slots),)

    return [_Stream(options, make)]


def _attribute_stream(concept: dict, alternatives: list[Entry], owner_category: str | None, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """The attribute's alternatives, each fitted to its slot."""
    if not alternatives:
        return []
    start, end = concept["start"], concept["end"]
    slot = tokens[concept["head"]]
    own_text = _text(tokens, start, end)
    own_weather = own_text in WEATHER
    if end - start > 1 and slot["pos"] != "NOUN":
        # An attribute of several words ("long-haired", "brightly lit") is one adjective.
        slot = dict(slot, pos="ADJ", tag="JJ")
    # A word for a person's hair ("long-haired") gives way to another such word, never to a
    # word for hair itself ("a curly man").
    haired = _text(tokens, start, end).endswith(HAIRED)
    # A verb with an object or complement ("is painted a light blue") takes a verb only: an
    # adjective takes none ("is unpainted a light blue").
    verbs_only = slot["pos"] == "VERB" and _verb_object(concept["head"], tokens)
    # A verb's preposition ("sitting |on a bench") stays: on a surface, a verb the lexicon lists
    # with its prepositions must be listed with this one ("swimming on a bench", "flying on a bench").
    at = next(
        (k for k, t in enumerate(tokens) if slot["pos"] == "VERB" and t["head"] == concept["head"] and t["dep"] == "prep" and t["text"].lower() in PREPOSITIONS),
        None,
    )
    particle = tokens[at]["text"].lower() if at is not None else None
    governed = particle is not None and particle in GOVERNED.get(slot["lemma"].lower(), ())
    # A verb going somewhere ("walking |down a sidewalk") gives way to another way of going.
    moving = slot["pos"] == "VERB" and any(
        t["head"] == concept["head"] and t["dep"] in ("prep", "prt") and t["text"].lower() in WAYS_OF_GOING and k + 1 < len(tokens) and tokens[k + 1]["pos"] in ("DET", "NOUN", "ADJ", "PRON", "PROPN")
        for k, t in enumerate(tokens)
    )
    going = _relation_categories_of(vocab.lexicon, GOING_VERBS) if moving else frozenset()
    place = _place_of(tokens, at) if at is not None else None  # "standing in |a field"
    ground = _ground_after(tokens, at) if at is not None else None  # "in the middle of |a road"
    kept = _closing_particle(concept["head"], tokens) if slot["pos"] == "VERB" else None
    # A word glued into a hyphenated one ("short-cropped") takes one word: never "long-sleeved-cropped".
    glued = (start > 1 and tokens[start - 1]["text"] == "-" and tokens[start - 2]["ws"] == "" and tokens[start - 1]["ws"] == "") or (
        end + 1 < len(tokens) and tokens[end]["text"] == "-" and tokens[end - 1]["ws"] == "" and tokens[end]["ws"] == ""
    )
    if glued and _names_a_word(_hyphenated_word(tokens, start, end), vocab.lexicon):
        return []  # "country" of "cross-country" skiing is no urbanity: never "cross-urban"
    siblings = [c["lemma"] for c in concepts if c["type"] == "attribute" and c["id"] != concept["id"] and c.get("of") == concept.get("of")]
    owner = next((c for c in concepts if c["id"] == concept.get("of")), None)
    owner_lemma = owner["lemma"].lower() if owner is not None else ""
    # What the owner's noun refuses, for a word before it: after it ("a sheep with its mouth
    # open") the parse may have hung the word on the wrong noun.
    before_owner = owner is not None and end <= owner["head"]
    owner_refuses = noun_refuses(vocab.lexicon, owner_lemma, tokens[owner["head"]]["lemma"].lower()) if before_owner else frozenset()
    slots = frozenset(range(start, end))
    one = _one_thing(owner, tokens)  # one thing gathers nowhere: "a dog stands" -> never "a dog gathers"
    shade = _shade_before(start, tokens) if concept.get("category") == "colour" else None
    unshaded = UNSHADED if shade in ("light", "dark", "pale", "deep") else {"black"} if shade == "bright" else set()
    colour_after = _once(_colour_after, end - 1, tokens, vocab.lexicon)
    graded = start > 0 and tokens[start - 1]["text"].lower() in DEGREE_WORDS

    def make(alt: Entry) -> tuple:
        if any(alt.key == s or vocab.related(alt.text, s) for s in siblings):
            return ()  # "a white and white cat"
        if alt.key in unshaded:
            return ()  # "a light blue bus" -> "a light red bus", never "a light white bus"
        if (haired and not alt.text.endswith(HAIRED)) or (verbs_only and not alt.verb) or (glued and (alt.multiword or "-" in alt.text)):
            return ()
        if alt.verb_form and _held_by_a_place(alt.key, particle, owner.get("category") if owner else None):
            return ()  # "A man stands next to a car" -> never "hangs next to" it; "sheep standing" never "hanging"
        if particle is not None and alt.verb_form and _rests_on_a_way(vocab, alt.key, particle):
            return ()  # "jogs past parked cars" -> never "stands past" them
        if particle is not None and alt.verb_form and not alt.multiword and not vocab.supported(alt.key, particle):
            return ()
        if governed and alt.verb_form and f"{alt.key} {particle}" not in vocab.stored["relations"]:
            return ()  # "typing on a laptop" -> "writing on" it, never "pointing on" or "cooking on" it
        if kept is not None and not _keeps_particle(vocab, alt.key, slot["lemma"], kept):
            return ()  # "lying down" -> "sitting down", never "standing down" or "prone down"
        if alt.verb_form and not moves_in(vocab.lexicon, f"{alt.key} {particle}" if particle else alt.key, ground):
            return ()  # "three sheep stand in a snowy field": never "swim in" it
        if alt.verb_form and particle is not None and not fits_a_mount(f"{alt.key} {particle}", False, place):
            return ()  # "riding on a skateboard": never "walking on" or "hiking on" it
        if moving and (alt.key in GOING_NOWHERE or not going.intersection(vocab.lexicon.categories("relations", alt.key))):
            return ()  # "walking down a sidewalk" -> "running down" it, never "prone down" or "perched down" it
        if alt.verb_form and one and slot["pos"] == "VERB" and alt.key in GATHERING_VERBS:
            return ()
        if alt.verb_form and owner_lemma and not does(vocab.lexicon, alt.key, owner_category, owner_lemma):
            return ()  # "a small brown dog sitting" -> never "perched"
        if owner_category not in (None, "region") and vocab.lexicon.category("objects", alt.text) == owner_category:
            return ()  # "an old man" -> "a baby man": a word for another one of its kind (a side's "left" is no other side)
        if own_weather and _weather_together(own_text, alt.text.lower()):
            return ()  # "a rainy day" may be windy too: never "a windy day"
        if alt.text.lower() in owner_refuses:
            return ()  # "short-cropped hair" -> never "sleeveless-cropped hair"; "a calm lake" never "a grassy lake"
        if alt.text.lower() in SHADE_WORDS and colour_after():
            return ()  # "a large brown horse" -> never "a medium brown horse", a shade of brown
        if graded and alt.text.lower() in UNGRADED:
            return ()  # "a very large tree" -> "a very small tree", never "a very medium tree"
        if owner_lemma and ages_clash(owner_lemma, alt.key):
            return ()  # "a young child" -> never "an old child"
        alt_category = vocab.lexicon.category("attributes", alt.text)
        if alt_category is None and alt.verb_form:
            alt_category = vocab.lexicon.category("attributes", _inflected(alt.key, "VBG", alt.key))  # "squat" as "squatting"
        if alt.verb_form and alt.key in LIVING_VERBS and owner_category in KNOWN_KINDS and owner_category not in _categories_of(vocab.lexicon, ("animal", *PEOPLE)):
            return ()  # "a sandwich sits on a plate" -> never "sleeps" there
        if slot["tag"] == "VBN" and alt.key in FOOD_ONLY_VERBS and owner_category in KNOWN_KINDS and owner_category not in FOOD_AND_DRINK:
            return ()  # "clocks displayed on the wall" -> never "cooked on the wall"
        if alt_category == "posture" and not _takes_posture(vocab.lexicon, owner_category, alt.key):
            return ()  # "a teddy bear sitting" may be lying, never kneeling or swimming
        if _placed_alike(vocab.lexicon, owner_category, alt.key, slot["lemma"], owner_lemma):
            return ()  # a thing that sits there stands there: "a hydrant sitting in the grass" is "standing" in it
        if owner_category is not None and alt_category is not None and not suits_kind(owner_category, alt_category, alt.text.lower()):
            return ()  # never "a two-story tree", "a silver dog", "a silk wall" (comptool.suits)
        if " " in alt.text and alt.text.split(" ")[0] in PREPOSITIONS and slot["dep"] in ("amod", "compound", "nmod"):
            return ()  # never "an under construction truck"
        form_slot = slot
        if slot["dep"] == "acl" and slot["tag"] in ("VBN", "VBD") and alt.key in INTRANSITIVE:
            form_slot = dict(slot, tag="VBG")  # "a boat docked at a pier" -> "a boat moving at" it, never "moved at" it
        words = _attribute_form(alt, form_slot)
        if words is None:
            return ()
        pos = "VERB" if (alt.verb_form or slot["tag"].startswith("VB")) and slot["pos"] == "VERB" else ("ADJ" if slot["pos"] in ("VERB", "ADJ") else slot["pos"])
        proper = vocab.lexicon.category("attributes", alt.text) in grammar.PROPER_CATEGORIES
        if proper:
            words = grammar.capitalise(words)
        new = _spec(_cased(words, tokens[start:end]), lemma=alt.key, pos=pos, tag=form_slot["tag"], dep=slot["dep"], head=slot["head"], root="last", proper=proper)
        return (_one("attribute", tokens, start, end, new, slots),)

    return [_Stream(alternatives, make)]


HAIRED = ("haired", "headed")
# Last words of a verb's phrase that ask for what they name ("lean over" a fence), unlike a
# particle that stands alone ("stand up", "sit down").
ASKS_FOR_AN_OBJECT = {"over", "on", "against", "at", "to", "from", "with", "under", "beside", "behind", "into", "onto", "toward", "towards", "near", "for", "of", "above", "below"}
# Postures held by a place, with the ways that name it: one hangs from or on something, leans on
# or against it, perches on it; never alone or "next to" it.
HELD_BY_A_PLACE = {
    "hang": {"from", "on", "off", "over", "above", "in", "onto", "upside"},
    "lean": {"on", "against", "over", "out", "into", "toward", "towards", "forward", "back", "in", "across"},
    "perch": {"on", "atop", "upon", "above", "in", "at"},
    # What floats or sinks does so in what holds it up: never "A couple floats next to a cake".
    "float": {"in", "on", "down", "along", "across", "through", "above", "over", "under", "past", "into", "toward", "towards", "away"},
    "sink": {"in", "into", "beneath", "below", "under", "underneath", "to", "down"},
}
# ... except a vehicle (a boat), which floats wherever it lies: "A boat floating at the pier".
AFLOAT = {"float", "sink"}


def _held_by_a_place(key: str, way: str | None, subject: str | None) -> bool:
    """Whether the verb ``key`` needs a way the sentence does not give it (:data:`HELD_BY_A_PLACE`);
    ``subject`` is the doer's object category."""
    ways = HELD_BY_A_PLACE.get(key)
    return ways is not None and way not in ways and not (key in AFLOAT and subject == "vehicle")


# Places one is in, never on or along: a town, a part of one.
AREAS = {
    "city", "village", "town", "neighborhood", "neighbourhood", "suburb", "downtown", "campus", "district", "residential area",
    "industrial area", "shopping district", "countryside", "farmland", "resort",
}
SURFACE_WAYS_OF_AREAS = {"on", "onto", "upon", "down", "up", "along"}
# What lies in a town or a part of one: a street is in a city, so "a rainy city" may be true.
PARTS_OF_TOWNS = {
    "street", "road", "sidewalk", "pavement", "crosswalk", "intersection", "alley", "avenue", "lane", "corner", "street corner", "parking lot",
    "pool", "swimming pool", "backyard", "yard", "front yard", "driveway", "plaza", "square", "block", "bus stop",
}
# Grounds one is in, never on ("in the backyard" -> never "on a vegetable garden"), and grounds
# one is on, never in ("on the beach" -> never "in the ranch").
ENCLOSED_GROUNDS = {"garden", "vegetable garden", "flower garden", "park", "forest", "rainforest", "woods", "yard", "backyard", "front yard", "courtyard", "zoo", "jungle", "orchard", "vineyard"}
OPEN_GROUNDS = {
    "ranch", "farm", "beach", "sidewalk", "lawn", "court", "tennis court", "basketball court", "runway", "deck", "boardwalk", "pier",
    "dock", "island", "slope", "ski slope", "platform", "train platform", "tarmac",
}
# Furniture one is at, to work, eat or be served: a table, a desk, a counter; one sits on or in a
# chair, a couch, a bed.
AT_FURNITURE = {"desk", "counter", "bar", "workbench", "booth", "island", "kitchen island", "podium", "workstation", "vanity"}


def _one_is_at(key: str) -> bool:
    return key in AT_FURNITURE or key.endswith(" table") or key == "table"
BOARDING = ABOARD - {"inside"}  # ways onto a boat, a bus or a plane, which the living take
# What happens has a time and a place, no sides, top or bottom: one is at it, in it, away
# from it, there before or after it.
HAPPENINGS = {"event", "sport"}
WAYS_TO_AN_EVENT = {
    "at", "in", "during", "before", "after", "away from", "outside", "outside of", "far from", "near", "at the end of", "at the start of",
    "at the beginning of", "in the middle of", "at the edge of", "on the edge of",
}
IN_COLOUR = ("colorful", "color")  # what a black and white picture is not


def _monochrome(tokens, k: int) -> int | None:
    """Where "black and white" starts when the word at ``k`` is in one said of a picture ("a
    black and white photo"); None otherwise."""
    first = k if tokens[k]["text"].lower() == "black" else k - 2
    if first < 0 or first + 3 >= len(tokens) or [t["text"].lower() for t in tokens[first : first + 3]] != ["black", "and", "white"]:
        return None
    noun = tokens[first + 3]
    while noun["pos"] in ("ADJ", "NOUN") and noun["dep"] in ("amod", "compound") and noun["head"] > first + 3:
        noun = tokens[noun["head"]]  # "a black and white street photo"
    return first if noun["lemma"].lower() in PICTURE_NOUNS | DEPICTIONS else None
# Weather that comes together: wind with any, clouds with rain, snow or fog, a storm with rain.
WINDS = {"windy", "breezy", "blustery", "wintry"}
CLOUDS = {"cloudy", "overcast", "gloomy", "dreary", "partly cloudy", "stormy"}
FALLING = {"rainy", "raining", "drizzly", "snowy", "snowing", "thundery", "misty", "foggy", "hazy", "stormy"}
WEATHER = WINDS | CLOUDS | FALLING | {"sunny", "clear", "cloudless"}


def _weather_together(own: str, alt: str) -> bool:
    """Whether weather words ``own`` and ``alt`` may both hold of one day or sky, so that one
    is no negative of the other ("a rainy day" may be windy, "a cloudy sky" rainy)."""
    if own not in WEATHER or alt not in WEATHER:
        return False
    return own in WINDS or alt in WINDS or (own in CLOUDS and alt in FALLING) or (own in FALLING and alt in CLOUDS)
# Properties that are said of how a thing is done as they are: "flies low", "runs fast".
SAID_OF_DOING = {"high", "low", "fast", "slow", "slowly", "quickly", "hard", "far", "close", "near", "straight", "alone", "together", "loud", "quiet", "quietly", "loudly", "upside down", "sideways", "backwards"}
# Parts at the edge of a thing, which have no middle one.
EDGES = {"side", "corner", "edge", "end", "sides", "corners", "edges", "ends"}
MIDDLES = {"middle", "center", "centre", "central"}
# Nouns that place bare after a preposition ("on top", "in front"): no property to change alone.
BARE_PLACES = {"top", "bottom", "front", "back", "middle", "side", "center", "centre"}
# Prepositions of where a thing comes or hangs from: only a verb listed with one takes it.
FROM_WAYS = {"from", "off", "out of"}
# What is done to an instrument besides playing it.
INSTRUMENT_VERBS = ("tune", "carry", "clean", "repair", "put down", "pick up")  # never "hold": one holds what one plays
# What is done against an opponent only.
COMPETING = {"play against", "race against", "compete against", "compete with", "race", "fight", "fight with", "battle", "wrestle", "wrestle with"}
# Hair a person grows, and the colours it has.
HAIRS = {"hair", "beard", "mustache", "moustache", "goatee", "ponytail", "braid", "braids", "pigtail", "pigtails", "bangs", "eyebrow", "stubble"}
HAIR_COLOURS = ("blond", "brown", "black", "red", "gray", "white")
# Ways of doing the lexicon files as variants of others ("low" of "short"): their contrasts.
DOING_CONTRASTS = {"high": ("low",), "low": ("high",), "fast": ("slow",), "slow": ("fast",), "quickly": ("slowly",), "slowly": ("quickly",)}
VERB_OBJECTS = ("dobj", "obj", "oprd", "attr", "dative", "acomp")


# Attribute categories whose words mean something else of these kinds of object.
# Categories whose words lie on axes of two sides, each word true together with the others on
# its side (an open door may be unlocked): a word gives way only to its axis's other side.
SIDES = {
    "openness": (
        (
            frozenset({"open", "opened", "ajar", "half-open", "wide-open", "unzipped", "unsealed", "unfolded"}),
            frozenset({"closed", "shut", "sealed", "unopened", "zipped", "folded"}),
        ),
        (frozenset({"locked"}), frozenset({"unlocked"})),
    ),
    # A sleeping dog may well be resting or tired: only waking contradicts it.
    "wakefulness": (
        (
            frozenset({"asleep", "sleeping", "napping", "dozing", "resting", "sleepy", "drowsy", "tired", "exhausted", "weary"}),
            frozenset({"awake", "alert", "wide-awake"}),
        ),
    ),
}
# The colours that name kinds of a drink.
DRINK_COLOURS = {"wine": ("red", "white", "rosé"), "beer": ("dark", "pale"), "tea": ("green", "black")}
# Dishes a topping or filling is named before: "pepperoni pizza", "ham sandwich", "cheese omelet".
TOPPED_DISHES = {
    "pizza", "calzone", "sandwich", "sub", "hoagie", "burger", "hamburger", "cheeseburger", "hot dog", "taco", "burrito", "wrap",
    "panini", "quesadilla", "pasta", "lasagna", "salad", "soup", "omelet", "bagel", "flatbread", "pie", "roll", "toast",
}
# What a dish has whatever its flavour, and what a topping is: "pepperoni pizza" is never
# false as "cheesy pizza" or "meaty pizza".
DISH_HAS = {"pizza": {"cheesy", "mozzarella"}, "cheeseburger": {"cheesy", "meaty"}, "burger": {"meaty"}, "hamburger": {"meaty"}, "hot dog": {"meaty"}}
# Attribute categories whose words mean something else of these kinds of object, with what
# that sense excludes.
_ENCLOSED = ("enclosed", "fenced")
MOON_PHASES = ("full", "half", "crescent", "new")  # how full a moon is
OTHER_SENSES = {"openness": dict.fromkeys(("place", "terrain", "region", "nature", "street"), _ENCLOSED)}
# Ways into a thing, never done to "each other": "two dogs chasing each other" never "entering" it.
NOT_DONE_TO_EACH_OTHER = {"enter", "exit", "ride", "board", "climb", "cross", "mount"}
# What may be said of a thing jutting out of another ("sticking out of a pot") instead: it lies in it.
LYING_INSTEAD = ("lie in", "rest on top of")
# The postures a thing can take ("a laptop sitting" may be "lying"; never "kneeling").
THING_POSTURES = {"sit", "stand", "lie", "lay", "lean", "hang", "rest", "perch", "float", "seat"}
# How a thing is where it is: for a thing (no person, no animal, no figure of one) these say the same.
PLACED = {"sit", "stand", "rest", "seat", "perch"}
# And lying is sitting for a thing on a surface ("a cake lying on a plate" is "sitting" on it),
# unless it stands upright when it sits ("a fire hydrant lying in the grass" fell over);
# standing is not lying ("a bike lying on the ground" may be "standing" there).
LAID = {"sit", "rest", "seat", "lie", "lay"}
UPRIGHT = {
    "fire hydrant", "hydrant", "bottle", "vase", "lamp", "sign", "stop sign", "street sign", "pole", "post", "bicycle", "bike", "motorcycle",
    "chair", "statue", "clock", "parking meter", "candle", "glass", "cup", "mug", "trash can", "bin", "refrigerator", "fridge", "tree",
}
POSED_THINGS = ("teddy bear",)  # figures whose sitting is not standing, beside people and animals


def _placed_alike(lexicon: Lexicon, kind: str | None, verb: str, own: str, noun: str | None = None) -> bool:
    """Whether ``verb`` says of a thing of object category ``kind`` where it is as its own verb
    ``own`` does ("a hydrant sitting in the grass" is "standing" in it): a thing of a kind the
    lexicon knows and may replace, no person, animal or figure of one."""
    if not ({verb, own} <= PLACED or ({verb, own} <= LAID and noun not in UPRIGHT)) or kind is None or not lexicon.replaceable("objects", kind):
        return False
    return kind not in _categories_of(lexicon, AGENTS + POSED_THINGS)


def _takes_posture(lexicon: Lexicon, kind: str | None, verb: str) -> bool:
    """Whether a subject of object category ``kind`` may take the posture ``verb`` (a lemma):
    people and animals any, a thing of a known kind only a thing's."""
    return verb in THING_POSTURES or kind is None or not lexicon.replaceable("objects", kind) or kind in _categories_of(lexicon, AGENTS)


def _to_do(verb: int, tokens) -> bool:
    """Whether the verb at ``verb`` has another verb right after it or a purpose: "sitting
    |looking at her phone", "jumping |to catch a frisbee"."""
    return any(
        t["head"] == verb and t["dep"] in ("advcl", "xcomp") and (
            (k == verb + 1 and t["tag"] == "VBG") or any(u["head"] == k and u["dep"] == "aux" and u["text"].lower() == "to" for u in tokens[verb:k])
        )
        for k, t in enumerate(tokens) if k > verb
    )


def _verb_complement(verb: int, tokens) -> bool:
    """A participle with the preposition of what it takes: "filled with", "covered in", "topped with"."""
    return tokens[verb]["tag"] in ("VBN", "VBD") and any(
        t["head"] == verb and t["dep"] == "prep" and t["text"].lower() in ("with", "in", "by", "of") for t in tokens[verb + 1 : verb + 2]
    )


# Prepositions a verb chooses for what it takes ("waiting for", "tied to", "drinking from"):
# another verb does not take them. A place after a verb reads with any ("sitting on" ->
# "standing on", "grazing on" -> "sleeping on").
CHOSEN_PREPOSITIONS = {"for", "to", "from", "of", "about", "after", "into", "onto"}
CUTTING = ("cut", "slice", "split", "divide", "chop", "dice")  # "cut into slices": what it became
# Verbs whose preposition says what they are done to, not where: it never changes alone
# ("listening to a teacher" -> never "listening toward" or "behind" them).
GOVERNED = {
    "listen": ("to",), "talk": ("to", "with"), "speak": ("to", "with"), "wait": ("for",), "reach": ("for",), "search": ("for",),
    "ask": ("for",), "pay": ("for",), "belong": ("to",), "respond": ("to",), "reply": ("to",), "wave": ("to",),
    "tie": ("to",), "attach": ("to",), "lock": ("to",), "chain": ("to",), "type": ("on",),
    "chew": ("on",), "gnaw": ("on",), "nibble": ("on",), "munch": ("on",), "snack": ("on",), "feed": ("on", "from", "to"),
    **dict.fromkeys(CUTTING, ("into",)),
    "throw": ("to",), "toss": ("to",), "pass": ("to",), "hand": ("to",), "give": ("to",), "show": ("to",), "read": ("to",),
    "swing": ("at",), "aim": ("at",), "bark": ("at",), "yell": ("at",), "shout": ("at",),  # a target, no place
    "fight": ("over",), "argue": ("over", "about"), "pose": ("for",), "look": ("at",), "stare": ("at",), "glance": ("at",),  # what it is about, no place
    "full": ("with", "of"),  # what fills it: "full with apples" never "full without apples"
    **dict.fromkeys(KEEPING_VERBS, ("from",)),  # "stops the ball from entering": never "off entering"
}


def _verb_of_a_phrase(verb: int, tokens, concepts) -> bool:
    """Whether the verb leads a relation whose next word is a preposition it chose: "tied to",
    "reaching for", "waiting for"."""
    return verb + 1 < len(tokens) and tokens[verb + 1]["text"].lower() in CHOSEN_PREPOSITIONS and any(
        c["type"] == "relation" and c["start"] == verb and c["end"] > verb + 1 for c in concepts
    )


# What is done to food alone: said in the passive of another thing, no false caption but nonsense.
FOOD_ONLY_VERBS = {"cook", "grill", "fry", "bake", "roast", "barbecue", "eat", "fillet", "marinate", "season", "boil", "steam"}
# What only food and drink are in the passive ("a pizza served with a salad"), and their kinds.
SERVED_VERBS = {"serve", "garnish", "drizzle", "smother", "marinate", "season", "dip", "frost", "glaze"}
SERVED_KINDS = FOOD_AND_DRINK
# What one takes with a camera ("taking a picture"), and what else one does to a picture.
PHOTOS = (PICTURE_NOUNS - {"view", "photography", "look"}) | {"selfie", "video"}  # by lemma
PICTURE_VERBS = {"pose", "paint", "draw", "sketch", "show", "hold", "look", "view", "frame", "hang", "print", "sign", "share", "sell", "buy", "delete", "post", "tear", "admire", "examine", "display", "edit"}
# Verbs that make what they are done to: a thing placed or carried was never "painted",
# "written" or "cooked" there ("a cup of coffee placed next to a laptop").
MAKING_VERBS = {"paint", "draw", "write", "print", "carve", "build", "knit", "sew", "sculpt", "bake", "cook", "engrave", "stitch"}


def _phrasal_taking(verb: int, tokens) -> bool:
    """Whether the verb's particle takes an object: "shakes |off water" (never "draws off water")."""
    return any(
        t["head"] == verb and t["dep"] == "prt" and t["text"].lower() in ("off", "out", "away", "apart") and any(u["head"] == k and u["dep"] == "pobj" for u in tokens)
        for k, t in enumerate(tokens)
    )  # (a way the verb goes, "walking |down a sidewalk", is where it goes: that stays the attribute's)


def _done_by(verb: int, tokens) -> bool:
    """Whether a passive verb names who does it: "cut |by a woman", "being pushed on a swing |by
    her father" (where the parser may hang the "by" on the swing)."""
    if any(t["head"] == verb and t["dep"] == "agent" for t in tokens):
        return True
    if tokens[verb]["tag"] != "VBN" or not any(t["head"] == verb and t["dep"] == "auxpass" for t in tokens):
        return False
    for k in range(verb + 1, len(tokens)):
        if tokens[k]["text"].lower() == "by":
            up, steps = tokens[k]["head"], 0
            while up != verb and steps < 3 and tokens[up]["head"] != up:
                up, steps = tokens[up]["head"], steps + 1
            if up == verb:
                return True
    return False


def _verb_object(verb: int, tokens) -> bool:
    """Whether a verb has an object or a complement of its own: "wearing |a hat", "painted |blue"."""
    return any(tokens[c]["dep"] in VERB_OBJECTS or (c > verb and tokens[c]["pos"] == "ADJ") for c in _children(tokens)[verb])


# Roles only some sports have, and those sports.
SPORT_ROLES = {
    "batter": {"baseball", "softball", "cricket"}, "pitcher": {"baseball", "softball"}, "catcher": {"baseball", "softball"},
    "goalie": {"soccer", "hockey", "lacrosse", "handball"}, "goalkeeper": {"soccer", "hockey", "lacrosse", "handball"},
    "quarterback": {"football"}, "umpire": {"baseball", "softball", "tennis", "cricket"},
}


def _an_occasion(lexicon: Lexicon, word: str) -> bool:
    """Whether a noun modifier names an occasion ("wedding", "birthday", "Christmas")."""
    return lexicon.category("objects", word) == "event" or lexicon.category("attributes", word) == "holiday"


def _a_flavour(lexicon: Lexicon, word: str) -> bool:
    """Whether a noun modifier names a flavour ("chocolate", "vanilla")."""
    return lexicon.category("attributes", word) == "flavour"


def _compound_alternatives(concept: dict, owner: dict, owner_category: str | None, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """A noun modifier inside its object's compound ("chocolate cake", "polar bear", "laptop
    computer"). A compound the lexicon names gives the modifiers of other compounds of its
    category on the same head ("polar bear" -> "brown bear", "laptop" -> "desktop computer");
    the modifier's own alternatives come in only where the compound is a kind of its head,
    so the modifier keeps its sense ("chocolate cake" -> "vanilla cake", never "hot dog" ->
    "cold dog").
    """
    start, end = concept["start"], concept["end"]
    lexicon = vocab.lexicon
    rest = _text(tokens, end, owner["end"])
    if not rest:
        return []  # the modifier ends the compound: no head after it
    if _bound_modifier(concept, owner, tokens, lexicon):
        return []  # "cross country skiers": "country" is no property of skiers ("cross urban skiers")
    if any(lexicon.entry("objects", _text(tokens, start, m).lower()) is not None for m in range(end + 1, owner["end"])):
        return []  # "the living room carpet": "living" opens "living room", never "the fake room carpet"
    if rest in SPORT_ROLES and end - start == 1:
        # A role of some sports only: "a baseball batter" -> "a softball batter", never "a
        # basketball batter".
        own = tokens[start]["text"].lower()
        return _sibling_modifiers(concept, sorted(SPORT_ROLES[rest] - {own}), tokens) if own in SPORT_ROLES[rest] else []
    copied = _copied_pattern_alternatives(concept, owner, owner_category, tokens, vocab)
    if copied is not None:
        return copied
    whole = f"{_text(tokens, start, end)} {rest}"
    named = lexicon.entry("objects", whole)
    streams: list[_Stream] = []
    if named is not None:
        # The lexicon's own head, in the number it is listed in: "work uniforms" ends in "uniform".
        words = named.split(" ")
        head = " ".join(words[end - start :]) if len(words) == len(whole.split(" ")) else rest
        siblings = vocab.siblings(named, head)
        # Of food, an occasion gives way to an occasion, a flavour to a flavour, a make to a
        # make: a wedding cake may be a layer or a chocolate one ("a wedding cake" -> "a birthday cake",
        # never "a layer cake"; "a chocolate cake" -> "a vanilla cake", never "a sheet cake").
        if owner_category in FOOD_AND_DRINK:
            own = _text(tokens, start, end).lower()
            occasion, flavour = _an_occasion(lexicon, own), _a_flavour(lexicon, own)
            siblings = [w for w in siblings if _an_occasion(lexicon, w) == occasion and _a_flavour(lexicon, w) == flavour]
        if any(c["type"] == "attribute" and c.get("of") == owner["id"] and c.get("category") == "colour" for c in concepts):
            # The object's own colour stays the only one: "a brown teddy bear" -> never "a brown black bear".
            siblings = [w for w in siblings if lexicon.category("attributes", w) != "colour"]
        streams += _sibling_modifiers(concept, siblings, tokens)
    head_lemma = tokens[owner["head"]]["lemma"]
    if named is not None and concept.get("category") == "origin" and not {head_lemma.lower(), rest.lower()}.isdisjoint(lexicon.synonyms_of(named)):
        return streams  # "french fries" are fries, from nowhere in particular: never "Mexican fries"
    if named is None or lexicon.related(named, head_lemma) or lexicon.related(named, rest):
        lemma, text = concept.get("lemma") or "", _text(tokens, start, end)
        category, alternatives = vocab.alternatives("attributes", lemma, text, owner_category)
        if category is not None and owner_category is not None and not lexicon.fits(category, owner_category):
            alternatives = []  # not in that sense: a "living room" is no live one, to be "a fake room"
        if named is not None and category == "colour" and owner_category in FOOD_AND_DRINK:
            alternatives = []  # "orange juice" is juice of oranges: "apple juice", never "turquoise juice"
        if category is None and not alternatives and named is None and owner_category in BUILT:
            # A noun the lexicon lists as a synonym of a property is that property: "a rock
            # wall" is "a stone wall", so "a brick wall", "a wooden wall".
            for synonym in sorted(lexicon.synonyms_of(lemma)):
                kind = lexicon.category("attributes", synonym, owner_category)
                if kind is not None and lexicon.fits(kind, owner_category):
                    _, found = vocab.alternatives("attributes", synonym, synonym, owner_category)
                    alternatives = [alt for alt in found if not vocab.related(lemma, alt.text)]
                    break
        streams += _attribute_stream(concept, alternatives, owner_category, tokens, concepts, vocab)
    if named is not None and not streams and concept.get("category") == "authenticity" and not lexicon.related(concept.get("lemma") or "", "real"):
        # An imitation named by its modifier ("stuffed animals", "a toy train", no kind of its
        # head) is false of the real thing: "real animals", "a real train".
        streams += _sibling_modifiers(concept, ["real"], tokens)
    if named is None and not streams and end - start == 1 and owner_category == "region" and lexicon.category("objects", tokens[start]["lemma"]) in LANDSCAPES:
        # A place named by what it is ("a jungle area", "a park area") is another place ("a
        # desert area"), as its object is (:func:`_modifier_alternatives`).
        streams += [_Stream(s.items, _as_attribute(s.make), s.width) for s in _modifier_alternatives(owner, tokens, concepts, vocab, at=start)]
    if named is None and not streams and end - start == 1:
        # Never "broccoli broccoli soup": no word the object's name or modifiers already hold.
        present = set(_text(tokens, owner["start"], owner["end"]).split(" "))
        present |= {w for c in concepts if c["type"] == "attribute" and c.get("of") == owner["id"] for w in (c["lemma"], c["text"].lower())}
        found = [w for w in _ingredients(tokens[start]["lemma"], head_lemma, lexicon) if w not in present]
        streams += _sibling_modifiers(concept, found, tokens)
    return streams


# Things made in a likeness: the animal named before one is what it shows ("a goldfish toy",
# "a giraffe statue").
LIKENESSES = {"toy", "statue", "figurine", "figure", "sculpture", "balloon", "costume", "kite", "ornament", "magnet", "puppet", "plush", "doll"}


def _likeness_alternatives(concept: dict, owner: dict, tokens, concepts, vocab: _Vocab) -> list[_Stream] | None:
    """An animal named before a thing made in its likeness gives way to another animal, its
    kin first: "a goldfish toy" -> "a shark toy", "a giraffe statue" -> "an elephant statue".
    None where the concept is no such animal."""
    start, end = concept["start"], concept["end"]
    if end - start != 1 or end > owner["head"] or tokens[owner["head"]]["lemma"].lower() not in LIKENESSES:
        return None
    lexicon = vocab.lexicon
    word = tokens[start]["lemma"].lower()
    if lexicon.category("objects", word) != "animal":
        return None
    named = {c["lemma"].lower() for c in concepts if c["type"] == "object"}
    animals = {vocab.key(w) for w in lexicon.words("objects", "animal")} - vocab.blocked
    _, kin = lexicon.co_hyponyms("objects", word)
    found = [
        w
        for w in dict.fromkeys([*kin, *lexicon.words("objects", "animal")])
        # Animals a child would know, not their breeds or young ("a poodle toy", "a puppy toy").
        if " " not in w and lexicon.category("objects", w) == "animal" and vocab.key(w) in animals and not lexicon.ancestors(w) & animals
        and w not in named and not vocab.related(word, w)
    ]
    return _sibling_modifiers(concept, found, tokens)


# Nouns that name a pattern after what it copies: "animal prints", "a zebra stripe umbrella".
PATTERN_NOUNS = {"print", "stripe", "strip", "pattern", "spot", "skin"}
# Pattern words an animal's coat may show: no other pattern than "zebra stripes" or "leopard print".
COAT_LIKE = ("animal", "zebra", "leopard", "tiger", "striped", "stripy", "spotted", "speckled", "dotted")


def _copied_pattern_alternatives(concept: dict, owner: dict, owner_category: str | None, tokens, vocab: _Vocab) -> list[_Stream] | None:
    """An animal named as a pattern inside a compound ("animal prints", "a zebra strip
    umbrella") gives way to a pattern no coat shows, which the object's kind takes: "floral
    prints", "a plaid umbrella" (the pattern noun goes with the animal where it is no head).
    None where the concept names no such pattern."""
    start, end = concept["start"], concept["end"]
    noun = end  # the pattern noun right after the one-word modifier
    if end - start != 1 or noun >= owner["end"] or tokens[noun]["lemma"].lower() not in PATTERN_NOUNS:
        return None
    word = tokens[start]["lemma"].lower()
    if word != "animal" and vocab.lexicon.category("objects", word) != "animal":
        return None
    kind = None if owner["head"] == noun else owner_category  # "animal prints" are prints of anything
    # Neither a coat's pattern nor a word that says an animal print too ("patterned", "printed").
    general = {"patterned"} | vocab.lexicon.synonyms_of("patterned")
    found = [
        w
        for w in vocab.lexicon.words("attributes", "pattern")
        if not any(c in w for c in COAT_LIKE) and w not in general and not vocab.related(w, "animal-print") and suits_kind(kind, "pattern", w)
    ]
    last = end if owner["head"] == noun else noun + 1
    slot = tokens[last - 1]
    slots = frozenset(range(start, last))

    def make(pattern: str) -> tuple:
        new = _spec(_cased(pattern, tokens[start:last]), lemma=pattern, pos="ADJ", tag="JJ", dep="amod", head=slot["head"], root="last")
        return (_one("attribute", tokens, start, last, new, slots),)

    return [_Stream(found, make)] if found else []


# Object categories of things built of a material ("a rock wall", "a stone path"); a place is
# not ("a rock garden" holds rocks).
BUILT = {"building", "building_part", "structure", "street", "furniture", "fixture"}
# Object categories of the places a region may be named by: "a jungle area", "a park area".
LANDSCAPES = {"terrain", "place"}


def ends_a_listed_name(tokens, first: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """Tokens start..end end a thing's name the lexicon lists that begins at ``first`` or after,
    before ``start``: "cream" of "ice cream"."""
    return any(lexicon.entry("objects", _text(tokens, k, end)) is not None for k in range(first, start))


# Things one is by or on, never in: "horses near a fence" -> never "in a fence".
NEVER_IN = {"fence", "railing", "rail", "pole", "post", "lamp post", "light pole", "wall", "sign", "street sign", "stop sign", "pillar", "column"}


def _only_on(thing: str | None, place: str | None) -> bool:
    """A piece of furniture one is at or on, never in: a table, not a chair or a bed; a fence, a
    pole, a wall."""
    return place is not None and ((thing == "furniture" and not is_in(place)) or place in NEVER_IN)


def _bound_modifier(concept: dict, owner: dict, tokens, lexicon: Lexicon) -> bool:
    """Whether a noun modifier inside a compound is bound by a word of its own before it, the
    two a fixed name no attribute pair makes ("cross country skiers"): the word before it
    modifies it, and is no attribute the lexicon knows, nor a shade or count, nor a thing of
    the modifier's own kind ("broccoli carrot soup"); or it ends a thing's name the lexicon
    lists ("ice cream cones"). A phrase the lexicon lists whole ("stainless steel") is one
    concept."""
    start = concept["start"]
    if ends_a_listed_name(tokens, owner["start"], start, concept["end"], lexicon):
        return True  # "ice cream cones": "cream" ends a thing's name, no colour ("ice pink cones")
    for k in range(owner["start"], start):
        t = tokens[k]
        if t["head"] != start or t["dep"] not in ("compound", "nmod", "amod"):
            continue
        if t["pos"] in ("NUM", "DET", "ADV") or t["text"].lower() in SHADE_CONTRASTS:
            continue
        if lexicon.categories("attributes", t["lemma"]) or lexicon.categories("attributes", t["text"].lower()):
            continue  # "dark chocolate cake": two properties
        kind = lexicon.category("objects", concept.get("lemma") or tokens[start]["lemma"])
        if kind is not None and kind == lexicon.category("objects", t["lemma"]):
            continue  # "broccoli carrot soup": two of a kind, side by side
        return True
    return False


def _ingredients(modifier: str, head: str, lexicon: Lexicon) -> list[str]:
    """A noun modifier that names what its head is made of or with ("ham pizza", "broccoli
    soup": both foods) may become another of its own kind ("bacon pizza", "carrot soup"); not
    where its kind is as broad as what it shares with the head ("cheese sandwich": both just
    foods, so no "pizza sandwich")."""
    shared = lexicon.ancestors(modifier) & lexicon.ancestors(head)
    if not shared or lexicon.related(modifier, head):
        return []
    parents, found = lexicon.co_hyponyms("objects", modifier)
    if not parents or parents & lexicon.ancestors(head):
        return []
    # One word of the modifier's own category: no "hot dog pizza", no "salad soup"; among the
    # toppings a dish is made with, any food ("a pizza topped with meat" -> "... with mushrooms").
    category = lexicon.category("objects", modifier)
    own = [w for w in found if " " not in w and lexicon.category("objects", w) == category]
    if TOPPINGS in parents and (lexicon.ancestors(head) | {key(head)}) & SAUCES:
        # In a sauce a topping is no topping: another of its other kinds ("tomato sauce" ->
        # "carrot sauce"), never "a broccoli ham sauce" for "a broccoli cheese sauce".
        others = parents - {TOPPINGS}
        return [w for w in own if lexicon.ancestors(w) & others]
    if TOPPINGS in parents:
        # A topping gives way to another topping only: "chicken pizza" -> "ham pizza", never
        # "duck pizza"; "pineapple pizza" -> "mushroom pizza", never "banana pizza".
        toppings = {key(w) for w in lexicon.hypernyms.get(TOPPINGS, ())}
        return [w for w in found if " " not in w and key(w) in toppings and lexicon.category("objects", w) in TOPPING_CATEGORIES | {category}]
    return own


# The lexicon's kind for what a dish is topped with, and the categories its words may come from.
TOPPINGS = "topping"
TOPPING_CATEGORIES = {"food", "vegetable", "fruit"}
SAUCES = {"sauce", "condiment", "dip", "dressing", "soup"}  # what is made with a topping but never topped


def _topping_alternatives(concept: dict, dish: dict, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """What a dish is made with ("a pizza with ham and pineapple") becomes another food of the
    topping's own kind ("... with ham and mango"), fitted as an object is (number, article)."""
    head = concept["head"]
    food = next((c for c in concepts if c["type"] == "object" and c["start"] <= head < c["end"]), None)
    if food is None:
        return []
    lexicon = vocab.lexicon
    found = _ingredients(tokens[head]["lemma"], tokens[dish["head"]]["lemma"], lexicon)
    # Never a kind of another thing the dish is made with: "with vegetables and cheese" ->
    # "with vegetables and mushrooms" may well be true.
    others = [lexicon.below(c["lemma"]) for c in concepts if c["type"] == "object" and c["id"] != food["id"]]
    return _as_object(food, [w for w in found if not any(vocab.key(w) in below for below in others)], tokens, concepts, vocab)


def _as_object(thing: dict, words, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """``words`` in the place of the object ``thing``, fitted as an object's alternatives are
    (number, article, what the caption already holds), as attribute candidates."""
    if not words:
        return []
    streams = _object_alternatives(thing, tokens, concepts, vocab, force=True)
    if not streams:
        return []
    lexicon = vocab.lexicon
    items = [vocab.entry(w, "objects", lexicon.category("objects", w)) for w in words]
    return [_Stream(items, _as_attribute(streams[0].make), streams[0].width)]


# Attributes that are objects describing another: what a person wears ("a man in a suit"),
# what fills a container ("a vase of tulips"), a look named by a bare noun ("in uniform",
# "with beard").
DESCRIBED = {"worn", "content", "appearance"}
WORN_HYPERNYMS = frozenset(WORN_KINDS)


def _described_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """An object that describes another ("a man in a suit", "wearing sunglasses", "a vase of
    tulips") becomes another thing of its nearest kind ("a man in a sweater", "wearing goggles",
    "a vase of roses"), fitted as an object is (number, article). What a container holds changes
    only within a kind narrower than a general word: never "a vase of flowers" -> "a vase of
    trees". A bare noun after "in" ("in uniform") takes only a word that needs no article ("in
    pajamas", never "in sweater")."""
    head = concept["head"]
    thing = next((c for c in concepts if c["type"] == "object" and c["head"] == head), None)
    if thing is None or (thing["start"] > 0 and tokens[thing["start"] - 1]["ws"] == "" and tokens[thing["start"] - 1]["text"] in "-/"):
        return []  # no thing, or part of a hyphenated word: "t-shirt" never "t-sweater"
    if concept.get("category") == "appearance" and not vocab.lexicon.ancestors(thing["lemma"]) & WORN_HYPERNYMS:
        return []  # a bare noun after "with" that is no look: "a table with honey"
    children = _children(tokens)
    if tokens[head]["tag"] in ("NNS", "NNPS") and any(tokens[c]["text"].lower() in SINGULAR_ARTICLES for c in children[head]):
        return []  # "a sleeveless dress, high heels": the article is another noun's
    found = vocab.kin_of(thing["lemma"], general=concept.get("category") != "content")
    if not found:
        return []
    bare = (
        head > 0
        and tokens[head - 1]["text"].lower() == "in"
        and tokens[head]["tag"] == "NN"
        and not any(tokens[c]["dep"] in ("det", "poss", "nummod") for c in children[head])
    )
    if vocab.lexicon.category("objects", thing["lemma"]) == "drink":
        if any(c["type"] == "attribute" and c.get("of") == thing["id"] and c.get("category") == "colour" for c in concepts):
            return []  # "red wine" is a kind of wine: never "red champagne"
        if is_mass(thing["lemma"]):
            found = [w for w in found if is_mass(w)]  # "a glass of wine" -> "a glass of beer", never "of cocktails"
    if not bare:
        return _as_object(thing, list(found), tokens, concepts, vocab)
    fits = [w for w in found if _is_plural_only(w) or is_mass(w)]
    return _as_object(thing, fits, tokens, concepts, vocab) + _with_article(thing, [w for w in found if w not in fits], tokens, concepts, vocab)


def _with_article(thing: dict, words: list[str], tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """Counted nouns for a bare one, each with its article: "a man in uniform" -> "a man in a
    sweater" (never "in sweater")."""
    taken = [vocab.taken_by(c["lemma"]) for c in concepts if c["type"] == "object" and c["id"] != thing["id"]]
    words = [w for w in words if not any(vocab.key(w) in t for t in taken)]
    if not words:
        return []
    start, end = thing["start"], thing["end"]
    slot = tokens[thing["head"]]
    slots = frozenset(range(start, end))

    def make(word: str) -> tuple:
        new = (
            token(_cased("a", tokens[start:end]), lemma="a", pos="DET", tag="DT", dep="det", head_local=1),
            token(word, lemma=word, pos="NOUN", tag="NN", dep=slot["dep"], head=slot["head"], ws=slot["ws"]),
        )
        return (_one("attribute", tokens, start, end, new, slots),)

    return [_Stream(words, make)]


def _as_attribute(make):
    return lambda alt: tuple(("attribute",) + plan[1:] for plan in make(alt))


# Verbs of a thing showing what is read off it: its words ("says"), or a time ("shows").
SHOWING_VERBS = BEARING_VERBS | {"show", "display"}


def _bears(concept: dict, tokens, concepts) -> bool:
    """Whether a relation is a thing showing words or a time ("reads no parking", "shows ten past
    three"): no act to change."""
    if tokens[concept["head"]]["lemma"].lower() not in SHOWING_VERBS:
        return False
    shown = next((c for c in concepts if c["id"] == concept.get("obj")), None)
    if shown is None or shown.get("category") == "time":
        return True  # "shows ten past three": no thing shown, a time read off it
    return any(k > concept["head"] for k in said_words({"tokens": tokens, "concepts": concepts}))


def _sibling_modifiers(concept: dict, found: list[str], tokens, type: str = "attribute") -> list[_Stream]:
    """Modifiers that take the place of the concept's, as they are."""
    if not found:
        return []
    start, end = concept["start"], concept["end"]
    slot = tokens[concept["head"]]
    slots = frozenset(range(start, end))

    def make(modifier: str) -> tuple:
        new = _spec(_cased(modifier, tokens[start:end]), lemma=modifier, pos=slot["pos"], tag=slot["tag"], dep=slot["dep"], head=slot["head"], root="last")
        return (_one(type, tokens, start, end, new, slots),)

    return [_Stream(found, make)]


# How a thing is held in a "with" phrase ("with his arms raised", "with her eyes closed"), and
# the poses that exclude it: never "with his arms cooked", nor "lacking his arms raised".
POSE_CONTRASTS = {
    "raised": ("lowered",), "lowered": ("raised",), "crossed": ("outstretched", "raised"), "folded": ("outstretched", "raised"),
    "outstretched": ("crossed", "lowered"), "extended": ("lowered",), "closed": ("open",), "shut": ("open",), "open": ("closed",),
}


def _held_in_a_pose(head: int, tokens) -> int | None:
    """The "with" whose noun the word at ``head`` says the pose of ("with his arms raised": the
    participle hung on "with", or on its noun); None when it says none."""
    t = tokens[head]
    if t["pos"] not in ("VERB", "ADJ") or t["text"].lower() not in POSE_CONTRASTS:
        return None  # "with the umpire touching the catcher" is an act, no pose
    above = t["head"]
    if t["dep"] in ("pcomp", "advcl", "ccomp") and tokens[above]["text"].lower() in ("with", "without"):
        return above if any(u["head"] == head and u["dep"] == "nsubj" for u in tokens) else None
    # Hung on the noun before it, or anywhere by a parser that missed the phrase: a noun of
    # "with" right before it holds it.
    before = head - 1
    if before > 0 and tokens[before]["dep"] == "pobj" and (t["dep"] in ("acl", "amod", "advcl", "relcl") or above == before):
        preposition = tokens[before]["head"]
        return preposition if tokens[preposition]["text"].lower() in ("with", "without") else None
    return None


# Places in the picture itself, and the places that exclude them: "In the center of the
# picture" -> "In the corner of the picture", never "Above the picture".
FRAME_PLACES = {
    "in the center of": ("in the corner of", "at the edge of"), "in the middle of": ("in the corner of", "at the edge of"),
    "at the top of": ("at the bottom of",), "at the bottom of": ("at the top of",), "on top of": ("at the bottom of",),
    "in the background of": ("in the foreground of",), "in the foreground of": ("in the background of",),
}


def _pose_alternatives(concept: dict, tokens, type: str) -> list[_Stream]:
    """The poses that exclude the concept's own (:data:`POSE_CONTRASTS`), as ``type``."""
    word = tokens[concept["head"]]["text"].lower()
    return _sibling_modifiers(concept, list(POSE_CONTRASTS.get(word, ())), tokens, type)


def _names_a_thing(text: str, owner: dict, vocab: _Vocab) -> bool:
    """Whether the attribute and its object name another thing: "hot dog" (not "young man")."""
    memo = (text, owner["lemma"], owner["text"])
    found = vocab.names.get(memo)
    if found is None:
        if len(vocab.names) > 200_000:
            vocab.names.clear()  # pairs grow with the corpus: a long stream must not
        compound = vocab.lexicon.entry("objects", f"{text} {owner['lemma']}", f"{text} {owner['text'].lower()}")
        found = vocab.names[memo] = compound is not None and not vocab.lexicon.related(compound, owner["lemma"])
    return found


def _quantity(head: int, tokens) -> int | None:
    """The counted noun of "a herd of cows", "a group of young men": its index, or None."""
    if tokens[head]["lemma"] not in QUANTITY_NOUNS or tokens[head]["tag"] in ("NNS", "NNPS"):
        return None
    for of, t in enumerate(tokens):
        if t["head"] == head and t["dep"] == "prep" and t["text"].lower() == "of" and of > head:
            for noun, u in enumerate(tokens):
                # "a herd of zebra" counts zebras too, where no verb agrees with it (the edit step
                # reads a singular there: "a single zebra are"); "a pile of luggage" counts no thing
                counted = u["tag"] in ("NNS", "NNPS") or (
                    u["tag"] == "NN" and not is_mass(u["lemma"]) and not tokens[head]["dep"].startswith("nsubj")
                )
                if u["head"] == of and u["dep"] == "pobj" and counted and noun > of:
                    return noun
    return None


def _quantity_alternatives(concept: dict, tokens) -> list[_Stream]:
    """A crowd becomes one: "a herd of cows grazing" -> "a single cow grazing", verb agreeing."""
    quantity = concept["head"]
    noun = _quantity(quantity, tokens)
    children = _children(tokens)
    left = _left_edge(tokens, children, quantity, quantity)
    if noun is None or tokens[left]["dep"] not in ("det", "amod", "nummod") and left != quantity:
        return []
    q = tokens[quantity]
    middle = range(quantity + 2, noun)  # "young" of "a group of young men"
    if any(tokens[k]["pos"] in ("NOUN", "PROPN") and tokens[k]["dep"] != "compound" for k in middle):
        return []  # the parser's counted noun is not what is counted ("a bunch of people skiing": "skiing")
    if any(tokens[k]["pos"] == "NUM" or tokens[k]["dep"] == "nummod" or tokens[k]["text"].lower() in MANY_WORDS for k in middle):
        return []  # "a group of four zebras" is counted: its number changes, never "a single four zebras", "a single various picture"
    one_of = ONE_OF.get(tokens[noun]["text"].lower())
    if has_no_singular(tokens[noun]["text"]) and one_of is None:
        return []  # "a pair of scissors" is one: never "one scissors"

    def make(words: str) -> tuple:
        singular = _cased(one_of, tokens[noun : noun + 1]) if one_of else grammar.inflect(tokens[noun]["text"], "NN", tokens[noun]["lemma"])
        parts = words.split(" ")
        new = [token(_cased(w, tokens[left : left + 1]) if k == 0 else w, pos="DET" if w == "a" else "ADJ" if w == "single" else "NUM",
                     tag="DT" if w == "a" else "JJ" if w == "single" else "CD", dep="det" if w == "a" else "amod" if w == "single" else "nummod",
                     head_local=len(parts) + len(middle)) for k, w in enumerate(parts)]
        for k in middle:
            copy = {key: tokens[k][key] for key in ("text", "ws", "lemma", "pos", "tag", "dep", "head")}
            if copy["head"] == noun:
                copy["head_local"] = len(parts) + len(middle)
            elif quantity + 2 <= copy["head"] < noun:
                copy["head_local"] = len(parts) + copy["head"] - (quantity + 2)
            new.append(copy)
        new.append(token(singular, lemma=one_of or tokens[noun]["lemma"], pos="NOUN", tag="NN", dep=q["dep"], head=q["head"], ws=tokens[noun]["ws"]))
        return (_plan("replace", "attribute", (Edit(left, noun + 1, tuple(new)),), frozenset(range(left, noun + 1))),)

    streams = [_Stream(("a single", "one"), make)]
    # Two counted as a pair gives way to many counted as a group, and the reverse: "A couple of
    # giraffe" -> "A group of giraffe", "a herd of cows" -> "a pair of cows".
    other = ["group"] if q["lemma"] in TWO_NOUNS else ["pair"] if q["lemma"] in MANY_NOUNS else []
    return streams + _sibling_modifiers(concept, other, tokens)


# Nouns that count two, and nouns that count many, of what follows their "of".
TWO_NOUNS = {"couple", "pair"}
MANY_NOUNS = {"group", "herd", "crowd", "bunch", "flock", "swarm", "gaggle", "pack", "school", "team"}


def _attribute_form(alt: Entry, slot: dict) -> str | None:
    """The alternative in the form the slot asks for, or None when it cannot fill it."""
    tag = slot["tag"]
    if tag in ("VBZ", "VBP", "VBD", "VB"):
        # A finite verb ("the dog sits") takes a verb only, in its tense.
        return grammar.inflect(alt.key, tag, alt.key) if alt.verb_form and " " not in alt.text else None
    if tag in ("JJR", "JJS"):
        if alt.verb_form or " " in alt.text:
            return None
        forms = grammar.inflections(alt.text, "ADJ").get(tag)
        return grammar.match_case(forms[0], alt.text) if forms else None  # "older" -> "younger", never "young" nor "mediumer"
    if slot["pos"] == "NOUN" and alt.verb_form:
        return None  # a noun modifier ("metal fence") takes no participle
    if tag in ("VBG", "VBN") and slot["pos"] == "VERB" and alt.verb:
        # A participle slot ("a man riding ...") takes a verb lemma in that form: "climbing".
        return grammar.inflect(alt.key, tag, alt.key) if " " not in alt.text else None
    if slot["pos"] == "VERB" and "-" in alt.text and alt.text.rsplit("-", 1)[1] in CLOSING_PARTICLES:
        return alt.text.replace("-", " ")  # after its noun a participle and its particle stand apart: "a girl bent over"
    return alt.text


def _number_alternatives(concept: dict, tokens, vocab: _Vocab) -> list[_Stream]:
    """Another count: exact numbers for an exact one, nearest first; "one" for a vague one."""
    start, end, head = concept["start"], concept["end"], concept["head"]
    slot = tokens[head]
    word = slot["text"].lower()
    value = grammar.number_value(word)
    if word.isdigit():
        options = sorted((str(v) for v in range(1, 13) if v != value), key=lambda v: abs(int(v) - value))
    elif value is not None and value >= 1 and word not in ("a", "an", "both", "couple", "pair", "dozen"):
        options = sorted((w for w in EXACT_NUMBERS if w != word), key=lambda w: (abs(grammar.number_value(w) - value), grammar.number_value(w)))
    elif word in VAGUE_NUMBERS:
        options = ["one"]  # "several dogs" -> "one dog"
    else:
        return []
    if value == 2 and grammar.one_and_the_other(tokens, slot["head"] + 1):
        return []  # "2 women, one holding a cake, the other ..." are two: never "10 women, one ..."
    if tokens[slot["head"]]["lemma"].lower() in PAIRED_PARTS:
        options = [w for w in options if (grammar.number_value(w) or 0) <= 2]  # "in one hand" -> "in two hands", never "in five hands"
    counted = tokens[slot["head"]]
    if any(t["head"] == slot["head"] and t is not slot and t["text"].lower() in VARIETY_WORDS for t in tokens) or (
        counted["dep"] in ("nsubj", "nsubjpass") and tokens[counted["head"]]["lemma"].lower() in GATHERING_VERBS | MANY_VERBS
    ):
        # "several different sinks" -> never "one different sink"; "Several people are crowding
        # around" -> never "One person is crowding around"
        options = [w for w in options if (grammar.number_value(w) or 0) > 1]
    slots = frozenset(range(start, end))

    # "a single dog", "a lone zebra": a count of more takes the article's place ("two dogs").
    article = value == 1 and start > 0 and tokens[start - 1]["text"].lower() in SINGULAR_ARTICLES and tokens[start - 1]["head"] == slot["head"]
    # "Two of the four dogs": the part stays fewer than the whole.
    below, above = _partitive_bounds(head, tokens)
    # A count that is the subject, by its dependency or standing alone before its verb ("as
    # several are parked").
    subject_like = slot["dep"] in ("nsubj", "nsubjpass") or (head + 1 < len(tokens) and (tokens[head + 1]["pos"] == "AUX" or tokens[head + 1]["tag"] in ("VBP", "VBZ")))
    # A pronoun after the things that names them keeps their number: "two sinks with a light on
    # above them" never "one sink ... above them".
    named_after = {t["text"].lower() for t in tokens[slot["head"] + 1 :]}
    kept_many = not named_after.isdisjoint(MANY_PRONOUNS)
    after = [t["text"].lower() for t in tokens[slot["head"] + 1 :]]
    the_other = any(after[k] == "the" and after[k + 1] == "other" for k in range(len(after) - 1))  # one of two, the other said after

    def make(alt: str) -> tuple:
        if vocab.related(alt, word) or grammar.number_value(alt) == value:
            return ()  # the same count in other words: "a single dog" is "one dog"
        n = grammar.number_value(alt) or 0
        if kept_many and n == 1 and value != 1:
            return ()
        if the_other and value == 1:
            return ()  # "One person is eating ... and the other is having a sandwich": never "Eleven people ... and the other"
        if subject_like and (n == 1) != (value == 1):
            return ()  # a count that is the subject keeps its verb's number: "one is white" never "three is white"
        if (below is not None and (n >= below or (n == 1) != (value == 1))) or (above is not None and n <= above):
            return ()  # never "Two of the two dogs", "Five of the four dogs", "One of the four dogs are"
        first = start - 1 if article and (grammar.number_value(alt) or 0) > 1 else start
        new = (token(_cased(alt, tokens[first:end]), lemma=alt, pos="NUM", tag="CD", dep=slot["dep"], head=slot["head"]),)
        return (_one("attribute", tokens, first, end, new, slots | frozenset(range(first, start))),)

    return [_Stream(options, make)]


MANY_PRONOUNS = {"them", "themselves"}


def _partitive_bounds(head: int, tokens) -> tuple[int | None, int | None]:
    """For a count in "N of the M things": (M, None) for N, which must stay below M, and (None,
    N) for M, which must stay above N; (None, None) for any other count."""
    t = tokens[head]
    for k, u in enumerate(tokens):
        # N: "of" hangs on it, and its object is counted by M
        if u["head"] == head and u["dep"] == "prep" and u["text"].lower() == "of" and k > head:
            whole = next((j for j, v in enumerate(tokens) if v["head"] == k and v["dep"] == "pobj"), None)
            count = next((j for j, v in enumerate(tokens) if whole is not None and v["head"] == whole and v["dep"] == "nummod"), None)
            value = grammar.number_value(tokens[count]["text"]) if count is not None else None
            return (value, None)
    if t["dep"] == "nummod":
        noun = t["head"]
        of = tokens[noun]["head"] if tokens[noun]["dep"] == "pobj" else None
        part = tokens[of]["head"] if of is not None and tokens[of]["text"].lower() == "of" else None
        if part is not None and tokens[part]["pos"] == "NUM":
            return (None, grammar.number_value(tokens[part]["text"]))
    return (None, None)


# -- relations -------------------------------------------------------------------------------


def _relation_alternatives(concept: dict, tokens, concepts, vocab: _Vocab) -> list[_Stream]:
    """The whole relation, and the parts of a verb with its preposition, best first in turn."""
    if _idiom(concept, tokens):
        return _idiom_contrasts(concept, tokens)
    start = concept["start"]
    if concept["end"] == start + 1 and pictured_passive(start, tokens):
        # "are seen" says what the picture holds: only its not holding it is false ("are
        # missing"), never an act ("are looking around", "are read").
        return _place_words(tokens, start, start + 1, NOT_PICTURED, pos="ADJ")
    first = tokens[start]
    if (switched := _switched(concept, tokens)) is not None:
        return switched
    if any(worn_on_or_off(k, tokens) and tokens[tokens[k]["head"]]["head"] == start for k in range(start + 1, len(tokens))):
        return []  # "has headphones on" is wearing them, denied by "off": never "lacks headphones on"
    taken = _object_of(concept, concepts)
    if first["pos"] not in ("VERB", "AUX") and _object_category({"obj": concept.get("subj")}, concepts) == "time":
        return []  # "A foggy morning on a lake": the time is nowhere ("A foggy morning beneath a lake" never)
    if first["pos"] not in ("VERB", "AUX") and taken is not None and taken["lemma"].lower() in EVERYWHERE:
        return []  # "under a blue sky": the sky is over everything, no place to be beside or behind
    if first["dep"] == "prt" and _phrasal(tokens, start, vocab.lexicon):
        return []  # "picks up a ball": the particle is the verb's, no way to go ("picks toward a ball")
    if concept["end"] == start + 1 and _held_in_a_pose(start, tokens) is not None:
        return _pose_alternatives(concept, tokens, "relation")
    if (concept.get("lemma") or "").lower() in FRAME_PLACES and concept.get("obj") in frame_objects({"tokens": tokens, "concepts": concepts}):
        return _place_words(tokens, start, concept["end"], FRAME_PLACES[concept["lemma"].lower()])  # places in the picture itself
    is_verb = first["pos"] in ("VERB", "AUX") and not vocab.is_preposition(first["text"].lower(), None)
    if not is_verb and first["dep"] == "prep" and _text(tokens, start, concept["end"]).lower() in GOVERNED.get(tokens[first["head"]]["lemma"].lower(), ()):
        return []  # "drinking water from a glass", "throwing a frisbee to his dog": the verb's own, no place
    if not is_verb and _of_a_time(tokens, concept["end"] - 1, vocab.lexicon):
        return []  # "in autumn", "at night": a time, no place to be outside of or under
    if is_verb and first["lemma"].lower() in CUTTING and _text(tokens, start, concept["end"]).lower().endswith((" into", " in")):
        return []  # "cut into eight slices", "cut in half" say what it became: never "put into eight slices", "put in half"
    if is_verb and first["lemma"].lower() == "get" and concept["end"] == start + 1 and start + 1 < len(tokens) and tokens[start + 1]["pos"] in ("ADP", "ADV", "PART"):
        return []  # "gets out of a taxi" moves, its way changes ("gets into"): never "paints out of a taxi"
    if is_verb and first["lemma"].lower() in LINKING_VERBS and any(t["head"] == start and t["dep"] in ("acomp", "attr") for t in tokens):
        return []  # "the dog looks tired" says how it is, no act: never "peeks tired"
    made = next((k for k, t in enumerate(tokens) if t["head"] == start and t["dep"] == "oprd" and t["pos"] == "ADJ"), None) if is_verb and concept.get("obj") is None else None
    if made is not None:
        # "painted dark purple" says what it was made, no act on a thing: never "cooked dark
        # purple" (its colour changes); a coat of paint denied is false ("are unpainted").
        undone = UNDONE.get(first["lemma"].lower())
        return _place_words(tokens, start, made + 1, (undone,), pos="ADJ") if undone and all(tokens[k]["head"] == made for k in range(start + 1, made)) else []
    prep = _preposition_part(concept, tokens) if is_verb else None
    if prep is not None and _idiom({"start": prep, "end": concept["end"]}, tokens):
        # "lying on its back": only the verb may change ("sitting on its back"), or the idiom
        # to one it excludes ("flying in formation" -> "flying out of formation").
        return _verb_part_alternatives(concept, prep, tokens, vocab, concepts) + _idiom_contrasts({"start": prep, "end": concept["end"]}, tokens)
    if prep is not None and (concept.get("lemma") or "").lower() in PHRASAL_VERBS:
        # "turns on the light": "on" is the verb's own, however the parser hung it, no place
        # to change ("turns beneath the light", "walks on the light" never).
        prep = None
    if prep is not None and tokens[prep]["dep"] == "prt" and _phrasal(tokens, prep, vocab.lexicon):
        # "curled up |on a bed": the particle is the verb's; the place is what follows it.
        prep = next((k for k in range(prep + 1, concept["end"]) if tokens[k]["dep"] == "prep"), None)
    streams = _whole_relation(concept, tokens, vocab, is_verb, concepts)
    if prep is not None:
        if concept.get("category") not in WAYS_OF_THEIR_OWN:  # "sticking out of a pot" never "sticking along" it
            streams += _preposition_alternatives(concept, prep, tokens, vocab, concepts)
        if first["lemma"].lower() != "get" and not pictured_passive(start, tokens):  # "gets into a car" moves: never "paints into"; "is pictured on" never "is painted on"
            streams += _verb_part_alternatives(concept, prep, tokens, vocab, concepts)
    return streams


def _whole_relation(concept: dict, tokens, vocab: _Vocab, is_verb: bool, concepts=()) -> list[_Stream]:
    start, end = concept["start"], concept["end"]
    _, alternatives = vocab.alternatives("relations", concept.get("lemma") or "", _text(tokens, start, end), prefer_verbs=is_verb)
    if not alternatives:
        return []
    # A passive with its agent ("surrounded by wood") gives way to a place ("next to wood"),
    # the agent's "by" with it; another verb in the passive rarely reads ("glowed by wood").
    agent = end if end < len(tokens) and tokens[end]["dep"] == "agent" and tokens[end]["head"] == start else None
    if agent is not None and any(t["head"] == start and t["text"].lower() in ("being", "been", "get", "gets", "got") for t in tokens[:start]):
        agent = None  # never "a man being next to a dog"
    if agent is not None:
        alternatives = [alt for alt in vocab.alternatives("relations", "by", "by")[1] if alt.preposition]
    has_object = concept.get("obj") is not None or _has_object(tokens, start, end) or agent is not None
    # "standing | next to", "skiing | downhill": a way after the verb is its own, and no other goes before it
    followed = agent is None and end < len(tokens) and (
        tokens[end]["pos"] == "ADP" or tokens[end]["text"].lower() in PREPOSITIONS or (is_verb and tokens[end]["dep"] == "advmod" and tokens[end]["head"] == start)
    )
    reach = end if agent is None else agent + 1  # the words whose object the new ones take
    facing = is_verb and end < len(tokens) and tokens[end]["text"].lower() in DIRECTIONS and tokens[end]["head"] == start
    reciprocal = _before_each_other(tokens, end)  # "next to |each other": no sides to be on
    animate = _once(_animate_object, tokens, start, reach, vocab.lexicon)
    single = _once(_single_object, tokens, start, reach)
    pair = _once(_a_pair_of_parts, tokens, start, reach)
    first = tokens[start]
    if not is_verb and has_object and _colour_worn(tokens, start, end, vocab.lexicon):
        return []  # "a girl in blue" wears a colour: never "holding blue"
    if not is_verb and has_object and _worn(tokens, start, end, vocab.lexicon):
        # "a woman in a red dress" wears it: no place to change, but another way to have it is
        # false ("a woman holding a red dress")
        _, worn = vocab.alternatives("relations", "wear", "wear", prefer_verbs=True)
        alternatives = [alt for alt in worn if not alt.preposition]
    if concept.get("category") == "protruding" and has_object and (concept.get("lemma") or "").endswith((" of", " from")):
        # What juts out of a thing may lie in it instead: "a spoon sticking out of a pot" ->
        # "lying in" it (the other ways of jutting out say the same).
        alternatives = [vocab.entry(w, "relations", None, verb=True) for w in LYING_INSTEAD] + alternatives
    slots = frozenset(range(start, end))
    subject = _subject_category(concept, concepts, tokens, vocab)
    doer = _subject_noun(concept, concepts, tokens, vocab)
    living = _categories_of(vocab.lexicon, ("animal", *PEOPLE))
    next_word = tokens[end]["text"].lower() if end < len(tokens) and tokens[end]["pos"] != "PUNCT" else None
    # What cuddles or huddles "together" is many, whatever the parser took as its subject.
    one = _one_subject(concept, concepts, tokens) and not (first["head"] != start and tokens[first["head"]]["lemma"].lower() in GATHERING_VERBS | MANY_VERBS)
    taken = (_object_of(concept, concepts) or _object_under(concept, tokens, concepts)) if agent is None else None
    thing = taken.get("category") if taken is not None else None
    if thing is None and is_verb and any(t["head"] == start and t["dep"] == "dobj" and t["text"].lower() in PERSONAL_OBJECTS for t in tokens):
        thing = "person"  # "as someone hugs him": a person is taken (never "empties him")
    if thing is None and is_verb and reciprocal:
        thing = subject  # "two kids splashing each other": the kids are taken (never "pouring each other")
    place = taken["lemma"].lower() if taken is not None else None
    road = _once(_a_road, vocab, place)
    if is_verb and thing == "instrument" and first["lemma"].lower() == "play":
        # An instrument played is tuned or carried, never bumped into or played against.
        alternatives = [vocab.entry(v, "relations", None, verb=True) for v in INSTRUMENT_VERBS]
    # A vehicle going somewhere goes on its own ("a jet taking off from a runway" -> "landing
    # on" it), never as a thing lies ("a jet covering a runway"); water comes out as things do.
    moves_itself = subject in _categories_of(vocab.lexicon, ("car",)) and not MOVING.isdisjoint(vocab.lexicon.categories("relations", concept.get("lemma") or ""))
    if is_verb and agent is None and first["tag"] != "VBN" and not moves_itself and _thing_as_agent(vocab, subject, _listed_lemma(vocab.lexicon, concept, first)):
        # "a plate holding a sandwich", "a room showing a fridge": a thing's hold is a way of
        # being, so it becomes another ("a plate covering a sandwich", "a room lacking a
        # fridge"), never an act ("a plate swinging a sandwich").
        alternatives = vocab.thing_verbs(first["lemma"])
        # What flows comes out as a fluid does ("a fire hydrant spraying water" -> "spilling
        # water"); the sky's lights shine and rise ("The sun sets over the ocean" -> "shines on").
        ways = (("spill",) if place in FLUIDS else ()) + (("shine on", "rise above") if doer in SKY_THINGS else ())
        if ways:
            kinds = _relation_categories_of(vocab.lexicon, ways)  # in the lexicon's order: a set's order moves with the hash seed
            alternatives = [e for c in vocab.lexicon.relations if c in kinds for _, e in vocab.category_entries("relations", c, first["lemma"]) if not e.preposition] + alternatives

    # A passive takes its object through a preposition: "topped with cheese" -> "covered with
    # cheese", never "covered cheese" ("has eaten a cake" is no passive).
    # "being handed an umbrella": the subject is given the object, which only a verb of giving does.
    given = is_verb and first["tag"] == "VBN" and any(t["head"] == start and t["dep"] == "auxpass" for t in tokens) and any(
        t["head"] == start and t["dep"] == "dobj" for t in tokens
    )
    passive = is_verb and first["tag"] == "VBN" and has_object and not given and (
        any(t["head"] == start and t["dep"] == "auxpass" for t in tokens[:start])  # "has been pulled onto"
        or not any(t["head"] == start and t["dep"] == "aux" and t["lemma"] == "have" for t in tokens[:start])
    )
    # The preposition that takes a passive's object ("filled with"; not the particle of "lined up").
    own_preposition = tokens[end - 1]["text"].lower() if passive and end - start > 1 and tokens[end - 1]["dep"] == "prep" else None
    own_word = first["text"].lower() if end - start == 1 and not is_verb else None
    # "with no toilets", or "without" itself: never "lacking no toilets", nor "lacking" for "without".
    negated = _object_negated(tokens, start, reach) or is_negation(concept)
    # What a pronoun names again is there: "with clocks ... next to them" is never "without clocks".
    named_later = taken is not None and named_again(tokens, taken["head"])
    # "with two zebras in it", "with many people": denied, their count goes ("without zebras in
    # it", never "without two zebras in it").
    counts_had = [c for k, t in enumerate(tokens) if t["dep"] == "pobj" and t["head"] == start for c in count_to_drop(tokens, k)] if own_word == "with" else []
    # "with his arms raised" says how they are: only "without" denies it, never "lacking".
    posed = own_word == "with" and any(_held_in_a_pose(k, tokens) == start for k in range(start + 2, min(len(tokens), start + 6)))
    own_verb, own_way = (concept.get("lemma") or "").split(" ")[0], (concept.get("lemma") or "").split(" ")[-1]
    own_entailed = entailed(vocab.lexicon, own_verb) if is_verb else ()
    own_phrase = (concept.get("lemma") or "").partition(" ")[2]  # the way of a verb with one: "beside" of "sleep beside"
    in_weather = place is not None and _is_weather(vocab.lexicon.ancestors(place))
    # Where the subject is, for a verb with no object: the place after its way ("standing |in
    # the middle of a country road": the road).
    ground = place if place is not None or not (is_verb and followed) else _ground_after(tokens, end)
    # One is at a table or on it, never in it: only what holds one takes "in" (a chair, a bed).
    on_furniture = _only_on(thing, place)
    # What is put is put somewhere: "holding an umbrella while waiting" -> never "putting" it.
    after = taken["head"] if taken is not None else start  # the preposition comes after the verb's object
    nowhere = is_verb and not any(t["dep"] == "prep" and t["text"].lower() != "of" and t["head"] in (start, after) and k > after for k, t in enumerate(tokens))
    # A verb that takes its object somewhere ("carrying a surfboard |into the ocean") gives way
    # to another that moves what it takes: "pushing", "dragging", never "repairing" it there.
    liquid = thing == "drink" or place in DRUNK_OF_NATURE  # water sent somewhere is poured or sprayed
    # A game played ("playing cards", "playing chess") is no one to race or bump into.
    opponents = _categories_of(vocab.lexicon, (*PEOPLE, "animal", "team"))
    game = is_verb and own_verb == "play" and place is not None and (
        place in PLAYED_GAMES or "game" in vocab.lexicon.ancestors(place)
        or (end - start == 1 and "sport" in vocab.lexicon.categories("objects", place) and bare_singular(taken["head"], tokens))  # "playing baseball"
    )
    if is_verb and own_way == "for" and place in PHOTOS:
        # "poses for a picture": what it is for, no place; what comes in does something to the
        # picture ("holding", "taking" it), never "sitting under" or "waiting at" it.
        alternatives = [vocab.entry(v, "relations", None, verb=True) for v in PICTURE_HANDLING_VERBS]
    if is_verb and own_verb == "have" and thing in HELD_EVENTS:
        return []  # "having a picnic" holds one, owns none: never "lacking a picnic", "without lunch"
    sends = is_verb and first["lemma"].lower() in SENDING_VERBS and any(t["head"] == start and t["dep"] == "dobj" for t in tokens) and _sent_somewhere(tokens, start)

    done_to = is_verb and _done_to(tokens, start)
    being = done_to and _after_being(tokens, start)
    # "is displaying": the verb that comes in is said in the progressive too.
    progressive = is_verb and first["tag"] == "VBG" and any(t["head"] == start and t["dep"] == "aux" and t["lemma"].lower() == "be" for t in tokens[:start])
    # Where a verb's object comes from ("drinking water from a glass") gives way to another
    # source or a place, never a way it goes ("drinking water over to a glass", "along a glass").
    said_way = _text(tokens, start, end).lower() if not is_verb else None
    source = said_way in ("from", "off", "off of", "out of") and (
        any(t["head"] == first["head"] and t["dep"] == "dobj" for t in tokens) or tokens[first["head"]]["dep"] == "dobj"  # "eating donuts |off a plate|"
    )
    motion = _relation_categories_of(vocab.lexicon, ("from",)) if source else frozenset()
    governor = tokens[first["head"]]
    still = own_word is not None and governor["pos"] == "VERB" and _moves_nothing(vocab, governor["lemma"])
    # Where a thing is put ("places a vase |on a table", the parser may hang "on" on the vase).
    putter = tokens[governor["head"]] if governor["dep"] == "dobj" else governor
    put = not is_verb and putter["pos"] == "VERB" and putter["lemma"].lower() in PLACING_VERBS | POURING_VERBS
    # What pours may pour from a place; what is put is put somewhere, or out of it ("putting
    # bread into an oven" -> "out of an oven", never "from" or "out from an oven").
    put_places = PUT_PLACES | (POURED_FROM if put and putter["lemma"].lower() in POURING_VERBS else {"out of"})
    # A verb that gives its object to someone ("feeding a carrot |to a horse") gives way to
    # another that does: "throwing" or "handing" it to them, never "eating" or "grabbing" it.
    to_someone = is_verb and any(t["head"] == start and t["dep"] == "dobj" for t in tokens) and any(
        t["head"] == start and t["dep"] in ("prep", "dative") and t["text"].lower() == "to" and k > start and _animate_object(tokens, k, k + 1, vocab.lexicon)
        for k, t in enumerate(tokens)
    )
    # A verb that aims its object at someone ("throwing a snowball |at his friend") gives way to
    # another that does: "tossing" or "kicking" it at them, never "giving" or "pulling" it at them.
    at_someone = is_verb and any(t["head"] == start and t["dep"] == "dobj" for t in tokens) and any(
        t["head"] == start and t["dep"] == "prep" and t["text"].lower() == "at" and k > start and _animate_object(tokens, k, k + 1, vocab.lexicon)
        for k, t in enumerate(tokens)
    )

    # Who does a passive ("eaten |by the horse"): what comes in is done by such a one too.
    by = next((k for k, t in enumerate(tokens) if t["head"] == start and t["dep"] == "agent"), None) if is_verb else None
    done_by = next((c.get("category") for c in concepts if c["type"] == "object" and by is not None and tokens[c["head"]]["head"] == by), None)
    # Who is given what ("gives |a woman |a flower"): only a verb of giving takes both.
    handed = is_verb and not given and any(t["head"] == start and t["dep"] == "dative" and t["pos"] in ("NOUN", "PROPN", "PRON") for t in tokens) and any(
        t["head"] == start and t["dep"] == "dobj" for t in tokens
    )
    # "To take a picture" is to photograph: what comes in is done to a picture.
    photographing = is_verb and own_verb == "take" and any(t["head"] == start and t["dep"] == "dobj" and t["lemma"].lower() in PHOTOS for t in tokens)
    # A particle the verb's object parts from it ("holds her phone |up"): what comes in takes it too.
    parted = next((tokens[k]["text"].lower() for k in range(end, len(tokens)) if tokens[k]["head"] == start and tokens[k]["dep"] == "prt"), None) if is_verb else None

    # "without any people": "any" stays only where something still denies ("with any people" never).
    any_of = taken is not None and any(t["head"] == taken["head"] and t["text"].lower() == "any" for t in tokens)
    # Putting needs where: "pouring wine for a couple" never "putting wine for a couple"; giving
    # needs whom: "holding a skate board" never "giving a skate board".
    placed = is_verb and any(t["head"] == start and t["dep"] == "prep" and t["text"].lower() in PUT_PLACES for t in tokens) and not any(
        t["head"] == start and t["dep"] == "prep" and t["text"].lower() in ("to", "toward", "towards") for t in tokens
    )  # "carrying plates to a table by the window" goes somewhere: never "putting plates to a table"
    received = is_verb and any(t["head"] == start and (t["dep"] == "dative" or (t["dep"] == "prep" and t["text"].lower() == "to")) for t in tokens)
    # What a verb leaves open or shut ("holding open a door") is so left only by some verbs.
    left_so = is_verb and any(t["head"] == start and t["dep"] == "oprd" and t["text"].lower() in ("open", "shut", "closed") for t in tokens)

    def make(alt: Entry) -> tuple:
        if (has_object and not alt.takes_object) or (not has_object and not alt.stands_alone):
            return ()
        if is_verb and not placed and alt.key in PLACING_VERBS:
            return ()
        if is_verb and not received and alt.key in NEEDS_A_RECEIVER:
            return ()
        if alt.key in DONE_TO_MANY and has_object and single():
            return ()  # one thing is never stacked or juggled: "holding a surfboard" never "stacking a surfboard"
        if left_so and alt.key not in LEAVING_OPEN:
            return ()  # "holding open an oven door" -> "kicking open" it, never "painting open"
        if any_of and alt.key not in LACKING:
            return ()
        if done_by is not None and not alt.preposition and not _done_by_such(vocab, done_by, alt.key.split(" ")[0]):
            return ()  # "being eaten by the horse" -> never "being cooked by the horse"
        if photographing and (alt.preposition or alt.key.split(" ")[0] not in PICTURE_VERBS):
            return ()  # "taking a picture" -> "painting" or "showing a picture", never "kicking" or "giving" one
        if own_verb in WAY_VERBS and any(alt.key.endswith(f" {way}") for way in WAY_VERBS[own_verb]):
            return ()  # "a train crossing a bridge" is "riding across" it
        if parted is not None and not alt.preposition and not _takes_particle(vocab, own_verb, alt.key, parted):
            return ()  # "holds her phone up" -> "lifts her phone up", never "repairs her phone up"
        if alt.text.split(" ")[-1] in VAGUE_WAYS:
            return ()  # never "walks her dog throughout a sidewalk", "drives via the city"
        if alt.preposition and thing in HAPPENINGS and alt.text not in WAYS_TO_AN_EVENT:
            return ()  # "in the middle of a game" -> never "above a game"
        if not alt.preposition and _held_by_a_place(alt.key, next_word, subject):
            return ()  # "Three sheep are standing" -> never "are hanging"; "stands next to a car" never "hangs next to" it
        if not alt.preposition and concept.get("obj") is None and agent is None and " " in alt.key and alt.key.split(" ")[-1] in ASKS_FOR_AN_OBJECT and next_word not in PREPOSITIONS:
            return ()  # "Three sheep are standing." -> never "are leaning over."; "stand side by side" never "lean over side by side"
        if alt.text in BOARDING and (subject not in living or not single()):
            return ()  # people and animals go aboard one boat: never "a tractor on board boats"
        if own_word in CONTRARY_WAYS and alt.preposition and alt.text not in CONTRARY_WAYS[own_word]:
            return ()  # "sleep together" -> "sleep apart", never "sleep ahead" or "aside"
        if source and (alt.text not in SOURCES or alt.text.split(" ")[0] == said_way.split(" ")[0]) and not motion.isdisjoint(vocab.lexicon.categories("relations", alt.text)):
            return ()
        if still and alt.preposition and _a_way_of_going(vocab, own_word, alt):
            return ()
        if put and alt.text not in put_places:
            return ()  # "puts a box into a car" -> "under a car", never "along" or "up a car"; "pours water into a glass" never "up" it
        if passive and not alt.preposition and " " not in alt.text:
            return ()
        if is_verb and not passive and alt.key in ONLY_PASSIVE:
            return ()
        if own_preposition is not None and not alt.preposition and (alt.text.split(" ")[-1] != own_preposition or alt.key.split(" ")[0] in NO_PASSIVE):
            return ()  # "filled with pasta" may be "covered with" it, never "shone on", "risen above" or "come with" it
        if progressive and not alt.preposition and alt.key.split(" ")[0] in NO_PROGRESSIVE:
            return ()  # "A monitor is displaying a blue screen" -> never "is consisting of" one
        tag = _tag_in_place(first["tag"], done_to, being, alt.key.split(" ")[0])
        if tag is None and not alt.preposition:
            return ()
        if is_verb and not alt.preposition and not _acts(vocab, subject, alt.key, first["lemma"], tag == "VBN", one=one, doer=doer):
            return ()  # "a plate holding a sandwich" -> never "a plate swinging a sandwich"
        if has_object and not _takes(vocab, alt.key, thing):
            return ()  # "playing a wii game" -> never "kissing a wii game"
        if has_object and place is not None and not takes_noun(alt.key, thing, place):
            return ()  # "holding a pink umbrella" -> never "wearing" it
        if not alt.preposition and not moves_in(vocab.lexicon, alt.key, ground):
            return ()  # "walking in a field" -> never "swimming in a field"; "standing in the middle of a road" never "swimming" there
        if has_object and not fits_a_mount(alt.key, alt.preposition, place):
            return ()  # "riding a motorcycle" -> never "walking in" or "running on" it
        if has_object and place not in MOUNTS and animate() and not _goes_with_the_living(vocab, alt):
            return ()  # "walking a dog" -> "walking beside a dog", never "running on", "crossing", "stepping" or "taking off from" it
        if own_word is not None and same_place(own_word, alt.key, thing, place, road()):
            return ()  # "a dog in the grass" -> never "a dog on the grass": the same place
        if is_verb and not alt.preposition and alt.key.split(" ")[0] in own_entailed and (
            alt.key.split(" ")[-1] in (own_way, *ALONG_WAYS) or vocab.related(alt.key.partition(" ")[2], own_phrase)
        ):
            return ()  # "a bus driving down a road" is "traveling along" it, "rolling on" it; a cat sleeping beside one "lies next to" it
        if is_verb and not alt.preposition and alt.key.split(" ")[0] == own_verb and same_place(own_way, alt.key.split(" ")[-1], thing, place, road()):
            return ()  # "running in the grass" -> never "running on the grass"
        if is_verb and " " in alt.key and alt.key.split(" ")[0] == own_verb and _still_on_its_way(vocab, own_verb, own_way, alt.key.split(" ")[-1]):
            return ()  # "walks through tall grass" is "in" it, "drives over a bridge" "on" it
        if is_verb and not alt.preposition and _both_in_line(own_verb, alt.key.split(" ")[0], alt.key.partition(" ")[2], place):
            return ()  # "waiting in line" -> never "standing in line"
        if not has_object and followed and (" " in alt.text or alt.preposition) and not _adverbs_alone(alt):
            return ()  # never "leaning over on top of a beach", "standing behind near rocks"
        if facing and not alt.preposition and not _faces(vocab, alt.key):
            return ()  # "leaning forward" -> "bending forward", never "sleeping forward"
        if followed and _asks_an_object(alt.text):
            return ()  # a verb the parse gave a far object: "a baby sitting in a chair eating cereal" -> never "standing by in a chair"
        if (alt.text in MANY and (single() or (alt.text in AMONG and pair()))) or (alt.text in SIDES_OF | TOGETHER and one) or (alt.text in SIDES_OF and reciprocal):
            return ()  # never "among a tree", "among her shoulders", "a dog on both sides of a park", "a dog sitting together"
        if reciprocal and alt.key.split(" ")[0] in NOT_DONE_TO_EACH_OTHER:
            return ()  # "two dogs chasing each other" -> never "riding" or "entering each other"
        if _way_of(alt) in CONTAINMENT | PATHS and (reciprocal or animate()):
            return ()  # never "standing outside a woman", "walking in each other"; "walking his dog" -> never "running through" or "climbing into" it
        if at_someone and not alt.preposition and alt.key.split(" ")[0] not in AIMING_VERBS:
            return ()  # "throwing a snowball at his friend" -> never "giving" or "pulling" it at him
        if to_someone and not alt.preposition and alt.key.split(" ")[0] not in GIVING_VERBS:
            return ()  # "feeding a carrot to a horse" -> "throwing" it to the horse, never "eating" it to it
        if sends and not alt.preposition and alt.key not in SENDING_VERBS:
            return ()  # "carrying a surfboard into the ocean" -> never "repairing a surfboard into" it, nor "writing on" it
        if handed and (alt.preposition or " " in alt.key or alt.key not in GIVING_VERBS - NOT_GIVEN_TO):
            return ()  # "gives a woman a flower" -> "hands" or "shows" her one, never "holds a woman a flower"
        if given and (alt.preposition or " " in alt.key or alt.key not in GIVING_VERBS - NOT_GIVEN_TO):
            return ()  # "being handed an umbrella" -> "being shown" one, never "being knocked on" it
        if game and (alt.preposition or alt.key.split(" ")[0] == "play" or not GAME_KINDS.isdisjoint(vocab.lexicon.categories("relations", alt.key))):
            return ()  # "playing chess" -> "watching chess", never "bumping into" or "playing against chess"
        if alt.key in COMPETING and thing is not None and thing not in opponents:
            return ()  # one plays against a team, never "plays against the violin"
        if sends and liquid and not alt.preposition and alt.key not in POURING_VERBS | SPRAYING_VERBS:
            return ()  # "pours water into a glass" -> "sprays" it, never "kicks" or "lifts water into" it
        if _no_such_place(vocab, _way_of(alt), place, thing):
            return ()  # "a dog on the floor" -> never "behind the floor"; "walks on a dirt road" never "under" it
        if on_furniture and _way_of(alt) in INSIDE:
            return ()  # "sitting at a small table" -> never "lying in a small table"
        if nowhere and alt.key in PUT_VERBS:
            return ()  # "another person buys it" -> never "puts it"
        if is_verb and ((alt.key.split(" ")[0] in PLACING_VERBS and " " in alt.key) or alt.key in TAKEN_OUT):
            return ()  # what is put is the verb's own object: "carrying the log" -> never "putting into the log"
        if in_weather and _way_of(alt) not in IN_WEATHER:
            return ()  # "walking in the rain" -> never "at the rain", "walking by the rain"
        if own_word is not None and _holds_its_word(own_word, alt.text):
            return ()  # "from" -> "out from", "on" -> "on top of", "in" -> "in the background of": the same place, or inside it
        if _outside_already(vocab.lexicon, own_way if is_verb else concept.get("lemma"), _way_of(alt)):
            return ()  # "the car is in front of the bus" is outside it: never "outside the bus"
        if (not is_verb or alt.preposition or alt.key.split(" ")[0] == own_verb) and _says_no_more(own_way if is_verb else concept.get("lemma"), _way_of(alt)):
            return ()  # "beside an open book" -> never "to the right of" it; "behind a car" never "near" it
        if alt.key in LACKING and (negated or named_later or (posed and alt.key != "without")):
            return ()  # "a bathroom with no toilets": never "lacking no toilets"
        if is_verb and " " in alt.text and alt.text.split(" ")[-1] in CLOSING_PARTICLES and alt.key.split(" ")[0] == first["lemma"] and alt.key not in PHRASAL_VERBS:
            return ()  # "walking" -> "walking up", "sitting" -> "sitting down": still true
        if is_verb:
            if alt.preposition:
                # A preposition stands in for a participle ("a man riding a horse" -> "a man beside
                # a horse", "is riding" -> "is beside"), never for a finite verb, nor for one of
                # two joined verbs ("eating and standing under" -> never "eating and above").
                if first["tag"] not in ("VBG", "VBN") or concept.get("subj") is None or first["dep"] == "conj":
                    return ()
                if _still_on_its_way(vocab, own_verb, own_way, alt.key):
                    return ()  # "a car driving over a bridge" is "on" it, "walking through a park" "in" it
                new = _spec(_cased(alt.text, tokens[start:end]), lemma=alt.key, pos="ADP", tag="IN", dep="prep", head=first["head"], root="first")
                if agent is not None:
                    return (_one("relation", tokens, start, agent + 1, new, frozenset(range(start, agent + 1))),)
            else:
                form = _inflected(alt.text, tag, alt.key) if tag.startswith("VB") else alt.text
                new = _spec(_cased(form, tokens[start:end]), lemma=alt.key, pos="VERB", tag=tag, dep=first["dep"], head=first["head"], root="first")
        elif alt.preposition:
            pos = first["pos"] if first["pos"] in ("ADP", "ADV") else "ADP"
            new = _spec(_cased(alt.text, tokens[start:end]), lemma=alt.key, pos=pos, tag="IN", dep=first["dep"], head=first["head"], root="first")
        else:
            # A participle stands in for a preposition on a noun ("a man with a hat" -> "a man
            # holding a hat") or after "be" ("is on" -> "is sitting on"), nowhere else.
            governor = tokens[first["head"]] if first["head"] != start else None
            if governor is None or not (governor["pos"] in ("NOUN", "PROPN") or governor["lemma"] == "be"):
                return ()
            form = _inflected(alt.text, "VBG", alt.key)
            new = _spec(_cased(form, tokens[start:end]), lemma=alt.key, pos="VERB", tag="VBG", dep="acl", head=first["head"], root="first")
        if alt.key in LACKING and counts_had:
            edits = (Edit(start, end, new), *(Edit(c, c + 1, ()) for c in counts_had))
            return (_plan("replace", "relation", edits, slots | frozenset(counts_had)),)
        return (_one("relation", tokens, start, end, new, slots),)

    return [_Stream(alternatives, make)]


# Ways along or across a thing, in or on which whoever goes them is: a verb of going with one
# is still "on" a bridge or "in" a park. Not so in the air: a plane flying over the ocean.
ALONG_A_WAY = {"over", "across", "along", "through", "down", "up", "around", "past"}
AIRBORNE = {"fly", "soar", "glide", "hover", "float", "jump", "leap"}


# Ways of going one goes with a living thing as it is, with no way between: "leading a dog",
# "following a man"; never "commuting a dog", "stepping a dog".
GOING_WITH_THE_LIVING = {
    "walk", "ride", "lead", "follow", "chase", "pass", "approach", "leave", "race", "race against", "escape", "escape from", "flee", "flee from",
    "trail", "go after", "charge at", "run after",
}


# Ways onto a surface, which no room and no area one is in takes: never "on a living room".
ONTO_WAYS = {"on", "onto", "upon", "on top of"}


def _no_such_place(vocab: _Vocab, way: str | None, place: str | None, thing: str | None) -> bool:
    """Whether no picture shows a thing ``way`` of the place ``place`` (of object category
    ``thing``): under or behind the ground it stands on (:func:`under_the_ground`), under a
    road, in an open ground ("in a sandy beach"), on a room or an area one is in ("on a living
    room", "on the rainforest"), in the shade of ground, a road or water."""
    if way is None or place is None:
        return False
    road = _a_road(vocab, place)
    if under_the_ground(way, place) or (road and way in BENEATH_WAYS - {"behind", "at the bottom of"}):
        return True
    if way in ("in", "into", "inside") and place in OPEN_GROUNDS:
        return True
    if (way in ONTO_WAYS and thing == "room") or (way in SURFACE_WAYS_OF_AREAS | ONTO_WAYS and place in AREAS | ENCLOSED_GROUNDS):
        return True
    return way == "in the shade of" and (road or place in FLAT_GROUNDS or wet(vocab.lexicon, place))


def _a_road(vocab: _Vocab, noun: str | None) -> bool:
    """Whether the lexicon files ``noun`` as a road ("a street", "a boulevard")."""
    return noun is not None and (noun == "road" or "road" in vocab.lexicon.ancestors(noun))


def _goes_with_the_living(vocab: _Vocab, alt: "Entry") -> bool:
    """Whether a relation may take a living thing that is no mount: a way of going only by one
    of the near ways ("walking beside a dog") or as a verb that takes one ("leading a dog");
    any other relation may."""
    if alt.key in GOING_WITH_THE_LIVING:
        return True
    if not goes_by(alt.key, alt.preposition):
        return False
    if alt.preposition or "locomotion" not in vocab.lexicon.categories("relations", alt.key):
        return True
    verb, _, way = alt.key.partition(" ")
    if way == "from":
        return verb in GOING  # "running from a dog", never "falling from" or "emerging from" it
    return bool(way) and way in NEAR_WAYS - {"at"}


def _still_on_its_way(vocab: _Vocab, verb: str, way: str, new_way: str) -> bool:
    """Whether going ``way`` (a verb of going, ``verb`` its lemma) is being ``new_way`` the thing
    too: "a car driving over a bridge" is "on" it, "walking through tall grass" "in" it."""
    return (
        new_way in SAME_PLACE and way in ALONG_A_WAY and verb.lower() not in AIRBORNE
        and not MOVING.isdisjoint(vocab.lexicon.categories("relations", verb.lower()))
    )


def _faces(vocab: _Vocab, verb: str) -> bool:
    """Whether the verb ``verb`` (a lexicon key) may face a way ("leaning forward"): a verb of
    turning or of going, never "sleeping forward"."""
    return verb.split(" ")[0] in ORIENTING or not MOVING.isdisjoint(vocab.lexicon.categories("relations", verb))
# Relations that hold a one-word preposition yet place elsewhere: "in" -> "in front of".
APART_FROM_THEIR_WORD = {"in front of", "in back of", "out of", "on either side of", "on both sides of"}
# What says a thing is not there: never for an object with "no" ("with no toilets").
LACKING = {"without", "lack", "lacking", "minus"}


def _before_each_other(tokens, end: int) -> bool:
    """Whether "each other" or "one another" follows token ``end`` - 1: no sides to be on."""
    return end + 1 < len(tokens) and (tokens[end]["text"].lower(), tokens[end + 1]["text"].lower()) in (("each", "other"), ("one", "another"))


# Nouns that name a part of a place, whose "of" says the place: "the middle of a road".
PARTS_OF_PLACES = {"middle", "side", "edge", "top", "center", "centre", "corner", "bottom", "front", "back", "end", "part", "area"}


def _ground_after(tokens, prep: int) -> str | None:
    """The lemma of the place the preposition at ``prep`` takes, through a part of it: "in
    |the middle of a country road" -> "country road"'s "road"."""
    if tokens[prep]["pos"] != "ADP":
        return None
    noun = next((k for k, t in enumerate(tokens) if t["head"] == prep and t["dep"] == "pobj"), None)
    seen = 0
    while noun is not None and tokens[noun]["lemma"].lower() in PARTS_OF_PLACES and seen < 3:
        of = next((k for k, t in enumerate(tokens) if t["head"] == noun and t["dep"] == "prep" and t["text"].lower() == "of"), None)
        noun = next((k for k, t in enumerate(tokens) if of is not None and t["head"] == of and t["dep"] == "pobj"), None)
        seen += 1
    return tokens[noun]["lemma"].lower() if noun is not None else None


def _holds_its_word(word: str, alt: str) -> bool:
    """The relation ``alt`` holds the one-word preposition ``word`` and places as it does, or
    inside it: "from" -> "out from", "on" -> "on top of" (not "in" -> "in front of")."""
    return " " not in word and word in alt.split(" ") and alt not in APART_FROM_THEIR_WORD


def _object_negated(tokens, start: int, end: int) -> bool:
    """The relation's object, a noun after tokens start..end, or one joined to it, has "no"
    ("with no toilets")."""
    for k in range(end, len(tokens)):
        t = tokens[k]
        if t["text"].lower() == "no" and t["dep"] == "det":
            return True
        if t["pos"] in ("NOUN", "PROPN", "PRON"):
            # ... or a noun joined to it: "with paddles and no passengers" -> never "without
            # paddles and no passengers" (the parser may not join them: read the words on).
            joined = False
            for u in tokens[k + 1 :]:
                if u["pos"] in ("VERB", "AUX", "ADP") or (u["pos"] == "PUNCT" and u["text"] != ","):
                    return False
                joined = joined or u["pos"] == "CCONJ"
                if joined and u["text"].lower() == "no":
                    return True
            return False
    return False


# Verbs of a state, said in no progressive: "consists of", never "is consisting of".
NO_PROGRESSIVE = {"consist", "belong", "contain", "resemble", "own", "comprise"}
# Verbs with no passive: "a bowl filled with pasta" is never "come with" it.
NO_PASSIVE = {"come", "belong", "consist", "go", "rise", "shine", "glow"}
# Relations said only in the passive, of what a thing is made, served or covered with: "leaves
# cover the bench" never gives way to "leaves make of the bench" or "leaves serve with" it.
ONLY_PASSIVE = {
    "make of", "make from", "serve with", "garnish with", "smother in", "coat with", "coat in", "drizzle with",
    "submerge in", "bury in", "load with", "pile with", "stack with", "stuff with", "print with", "label with",
    "mark with", "cover with", "cover in", "fill with", "top with", "surround by", "line with", "decorate with",
    "sprinkle with", "paint with",
}


# Verbs of what only a person or an animal does with a thing, sees, says or wears; and a verb
# of going somewhere, which a vehicle, a ball or a toy does too (those the "motion" attribute
# fits). Their relation categories are looked up, so a lexicon with other names works the same.
SURFACE = SURFACE_WAYS  # prepositions of resting on a surface, one list with suits
AGENTS = ("person", "man", "woman", "skier", "player", "mother", "animal", "dog", "horse", "bird", "hand")  # "a hand holds a phone"
# Verbs of the ways a thing holds another: having it, covering it (:meth:`_Vocab.thing_verbs`).
HOLDING_WAYS = ("have", "cover")
AGENT_VERBS = ("hold", "eat", "look", "talk", "kiss", "wear")
# What only people do: no animal cooks, smokes or drives.
PEOPLE_ONLY_VERBS = {
    "cook", "smoke", "drive", "read", "write", "type", "paint", "text", "photograph", "film", "serve", "sell", "buy",
    "pay", "slice", "bake", "grill", "fry", "sew", "knit", "pilot", "steer", "shave", "comb", "throw", "toss", "nurse",
    "row", "paddle", "ski", "golf", "pitch", "hike", "jog", "commute", "skate", "snowboard", "sled", "bike", "cycle",
    "pour", "mop", "sweep", "hose", "repair", "fix", "mow",  # (birds build, horses draw carriages, zebras share a field)
}  # (dogs ride skateboards and surf: those stay)
BIRD_VERBS = {"peck", "chirp", "roost"}
ANIMAL_ONLY_VERBS = {"bark", "howl", "meow", "moo", "neigh", "chirp", "peck", "graze", "gallop", "purr", "growl", "roar", "bray", "bleat", "paw"}
# What only people and animals do: no "a bus skis down a street", "a bus hikes down" it.
LIVING_VERBS = {
    "ski", "skate", "surf", "snowboard", "skateboard", "hike", "march", "dive", "jog", "crawl", "climb", "hop", "stroll",
    "wade", "swim", "run", "walk", "jump", "dance", "kneel", "squat", "crouch", "limp", "tiptoe", "wander", "trot", "gallop",
    "flee", "roam", "step", "commute",
}
# Lights and weather of the sky, and what they do: "the sun rises", "lightning strikes".
SKY_THINGS = {"sun", "moon", "lightning", "rain", "snow", "cloud", "clouds", "fog", "mist", "rainbow", "star", "stars", "sunlight", "moonlight", "storm"}
SKY_VERBS = {"rise", "set", "shine", "glow", "hang", "fall", "strike", "loom", "peek", "hide", "appear", "descend", "float", "drift", "cover", "light", "pour", "beat", "blanket", "sink"}
# What only the living and vehicles do: "a ball entering the net" never "riding" or "driving past" it.
DRIVING_VERBS = {"ride", "drive"}
# What only many do together.
GATHERING_VERBS = {"gather", "congregate", "assemble", "crowd", "flock", "swarm", "cluster", "mingle"}
MANY_VERBS = {"cuddle", "huddle", "snuggle", "nestle", "hug", "embrace", "kiss", "pile", "stack", "line"}  # done by many together too
# What boats and cars do where they stop: no "a cat docks", "a dog is moored".
VEHICLE_ONLY_VERBS = {"dock", "moor", "anchor", "park", "taxi", "idle", "merge"}
GOING_VERBS = ("walk",)
# Where a verb takes what it moves, and the verbs that move what they take there.
SENT_TO = {"into", "onto", "to", "toward", "towards", "across", "through", "down", "up", "along", "over", "off", "out of", "inside"}
SENDING_VERBS = {
    "carry", "push", "pull", "drag", "throw", "toss", "kick", "roll", "bring", "tow", "haul", "lower", "drop", "place", "put",
    "set", "dump", "hit", "knock", "slide", "launch", "lift", "move", "wheel", "load", "unload", "deliver", "take", "blow",
    "spray", "splash", "spill", "squirt", "sprinkle", "pour", "shoot",
}
# Verbs that give or send what they take to someone: "handing a plate to a man".
GIVING_VERBS = {
    "give", "hand", "feed", "offer", "pass", "show", "throw", "toss", "serve", "sell", "bring", "send", "deliver", "kick", "roll",
    "hold", "present", "read", "pitch", "lend", "return",
}  # asked of a verb's first word: "handing over" is "hand"
# Verbs that aim what they take at someone: "throwing a ball at a dog".
AIMING_VERBS = {"throw", "toss", "hurl", "fling", "kick", "shoot", "aim", "point", "swing", "hit", "launch", "pitch", "roll"}
NOT_GIVEN_TO = {"hold", "kick", "roll", "pitch", "return", "present"}  # never "being held a medal"
NEEDS_A_RECEIVER = {"give", "hand", "lend", "send"}  # "giving a skate board" says to no one


def _takes_particle(vocab: _Vocab, own: str, verb: str, particle: str) -> bool:
    """Whether ``verb`` (a lemma) takes the particle its object parts from ``own`` ("holds her
    phone |up"): listed with it, in the sense ``own`` has with it where that is listed too
    ("puts her shoes on" is dressing: never "stacks her shoes on")."""
    if " " in verb or f"{verb} {particle}" not in vocab.stored["relations"]:
        return False
    own_kinds = vocab.lexicon.categories("relations", f"{own} {particle}")
    return not own_kinds or not set(own_kinds).isdisjoint(vocab.lexicon.categories("relations", f"{verb} {particle}"))


# Verbs that say a way: going that way is doing them ("crossing a bridge" is "driving across", "on" or "along" it).
WAY_VERBS = {"cross": ("across", "over", "on", "along", "through"), "enter": ("into", "in"), "exit": ("out of", "from"), "climb": ("up",), "descend": ("down",), "circle": ("around",)}
# Adverbs that send a verb's object on its way: "throws the ball |away".
SENT_OFF = {"away", "off", "back", "forward", "forwards", "backward", "backwards", "aside", "upward", "downward", "overboard"}


def _sent_somewhere(tokens, verb: int) -> bool:
    """Whether the verb has a way its object goes, with a place: "into the ocean", "out of a
    brick oven" ("of" hung on "out"); or away: "throws the ball away"."""
    if any(t["head"] == verb and t["dep"] in ("advmod", "prt") and t["text"].lower() in SENT_OFF and k > verb for k, t in enumerate(tokens)):
        return True
    for k, t in enumerate(tokens):
        if t["head"] != verb or t["dep"] != "prep":
            continue
        way, ends = t["text"].lower(), k
        if k + 1 < len(tokens) and tokens[k + 1]["head"] == k and tokens[k + 1]["dep"] == "prep":
            way, ends = f"{way} {tokens[k + 1]['text'].lower()}", k + 1  # "out of"
        if way in SENT_TO and any(u["head"] == ends and u["dep"] == "pobj" for u in tokens):
            return True
    return False


# Prepositions of a way gone: "walking down a sidewalk", "running across a field".
WAYS_OF_GOING = {"down", "up", "across", "along", "through", "into", "onto", "toward", "towards", "past"}
# Verbs of putting a thing somewhere, which need that place after their object.
PUT_VERBS = {"put", "place", "set", "lay", "insert"}
PLACING_VERBS = PUT_VERBS - {"lay"}  # "laying in bed" lies there: nothing is put
# Games played with cards or pieces, and the kinds of relation that never take a game.
PLAYED_GAMES = {"card", "cards", "chess", "checkers", "poker", "dominoes", "board game", "cards game", "card game"}
GAME_KINDS = {"interaction", "locomotion", "posture", "motion"}
# What pours, and where from: "pours water into a glass" may pour it "out of" the glass.
POURING_VERBS = {"pour", "spill", "splash", "squirt", "sprinkle", "drip", "dump"}
POURED_FROM = {"out of", "from", "out from"}
SPRAYING_VERBS = {"spray", "blow", "spit", "squirt", "splash"}
TAKEN_OUT = {"take out of", "pull out of", "take out from"}  # what is taken is the verb's own object
# Where a thing is put: a place, never a way ("puts a box along a car", "up a car").
PUT_PLACES = {
    "in", "into", "on", "onto", "inside", "inside of", "under", "underneath", "beneath", "below", "behind", "next to", "beside",
    "in front of", "on top of", "near", "between", "over", "above", "by", "atop", "in between", "against", "up against",
}
# Verbs of ending up somewhere, which take no way along: never "arriving down a slope".
GOING_NOWHERE = {"arrive", "land", "stop", "park", "depart", "turn", "settle", "halt"}


def _subject(concept: dict, concepts, tokens, vocab: _Vocab) -> dict | None:
    """A relation's subject, where the parse names one surely: a noun after a preposition may
    stand for the one before it ("a man in a black jacket holding an umbrella": the parser's
    subject is the jacket), unless it is a living thing the verb hangs on, or on what counts it
    ("a terminal with people waiting in line", "a herd of elephants walking")."""
    found = next((c for c in concepts if c["id"] == concept.get("subj")), None)  # ids are numbers: None finds none
    if found is None:
        return None
    counted = _counted_by(found, tokens, concepts)
    if counted is not None:
        return counted  # "Dozens of kites are flying": the kites fly, never "walking"
    if tokens[found["head"]]["dep"] == "pobj":
        verb_on, of = tokens[concept["start"]]["head"], tokens[found["head"]]["head"]
        counter = tokens[of]["head"]
        if tokens[of]["text"].lower() == "of" and tokens[counter]["lemma"].lower() in COUNTING_NOUNS and (tokens[counter]["dep"].startswith("nsubj") or verb_on == found["head"]):
            return found  # what a subject counts does it: "A flock of sheep is walking", "A row of toilets sitting"
        # on it, or on what counts it: "a herd of elephants walking"
        hangs_on_it = verb_on == found["head"] or (tokens[of]["text"].lower() == "of" and tokens[of]["head"] == verb_on and tokens[verb_on]["lemma"].lower() in QUANTITY_NOUNS)
        if hangs_on_it and verb_on == found["head"] and _done_to(tokens, concept["start"]):
            return found  # what is done to is the noun it hangs on: "next to a bike parked against a wall"
        animate = _categories_of(vocab.lexicon, ANIMATE)
        if not hangs_on_it or found.get("category") not in animate:
            # Either noun may be the subject; where both are things, a thing it is: "a bowl
            # filled with oranges sitting on a counter" never has them "walking" on it.
            other = _noun_above(of, tokens, concepts)
            if other is not None and (tokens[other["head"]]["lemma"].lower() in DEPICTIONS | PICTURE_NOUNS or all(_a_thing(vocab, c.get("category"), animate) for c in (found, other))):
                return found  # (what a photo shows does what it does: "a photo of a train crossing a bridge")
            return None
    return found


COUNTING_NOUNS = QUANTITY_NOUNS | PLURAL_COUNTS | {"groups", "herds", "flocks", "crowds"}


def _counted_by(counter: dict, tokens, concepts) -> dict | None:
    """The object a counting noun counts ("dozens of kites", "a flock of sheep"), or None."""
    head = counter["head"]
    if tokens[head]["text"].lower() not in COUNTING_NOUNS and tokens[head]["lemma"].lower() not in COUNTING_NOUNS:
        return None
    of = next((k for k in range(head + 1, len(tokens)) if tokens[k]["head"] == head and tokens[k]["text"].lower() == "of"), None)
    if of is None:
        return None
    return next((c for c in concepts if c["type"] == "object" and tokens[c["head"]]["head"] == of and tokens[c["head"]]["dep"] == "pobj"), None)


def _a_thing(vocab: _Vocab, category: str | None, animate) -> bool:
    """A category of things the lexicon knows, no living kind nor a group ("a couple")."""
    return category is not None and category not in animate and vocab.lexicon.replaceable("objects", category)


def _noun_above(k: int, tokens, concepts) -> dict | None:
    """The object concept whose noun token ``k`` hangs on, through verbs: "a bowl |filled |with"."""
    for _ in range(4):
        up = tokens[k]["head"]
        if up == k:
            return None
        k = up
        found = next((c for c in concepts if c["type"] == "object" and c["head"] == k), None)
        if found is not None:
            return found
        if tokens[k]["pos"] not in ("VERB", "ADP", "AUX"):
            return None
    return None


def _subject_category(concept: dict, concepts, tokens, vocab: _Vocab) -> str | None:
    """The object category of a relation's :func:`_subject`."""
    found = _subject(concept, concepts, tokens, vocab)
    return found.get("category") if found is not None else None


def _subject_noun(concept: dict, concepts, tokens, vocab: _Vocab) -> str | None:
    """The lemma of a relation's :func:`_subject`."""
    found = _subject(concept, concepts, tokens, vocab)
    return found["lemma"].lower() if found is not None else None


def _one_subject(concept: dict, concepts, tokens) -> bool:
    """Whether the relation's subject is one thing, as the parse counts it, joined to none
    ("two giraffe and a zebra" are three)."""
    subj = next((c for c in concepts if c["id"] == concept.get("subj")), None)  # ids are numbers: None finds none
    return _one_thing(subj, tokens)


def _one_thing(thing: dict | None, tokens) -> bool:
    """Whether the object concept ``thing`` is one, as the parse counts it, joined to none."""
    if thing is None or thing.get("number") != "singular":
        return False
    head = thing["head"]
    return not any(t["head"] == head and t["dep"] == "conj" for t in tokens) and tokens[head]["dep"] != "conj"


def _acts(vocab: _Vocab, subject: str | None, verb: str, own: str, passive: bool = False, *, one: bool = False, doer: str | None = None) -> bool:
    """Whether a subject of the object category ``subject`` can do the relation verb ``verb``
    in its own verb's place (``own``): a thing no person nor animal, of a known category, holds,
    eats or sees nothing ("a plate holding a sandwich" is no agent: never "a plate swinging a
    sandwich"), and goes nowhere unless it is a thing that moves; a verb whose participle the
    lexicon files as an attribute ("walking", "kneeling": postures) must fit the subject as that
    attribute does ("a clock kneeling on a wall", "a train walking"), unless its own verb is
    one of them ("a laptop sitting" may be "lying": the caption says things take postures,
    as a parse's odd subject may too). Its own verb with another
    particle stays ("a building facing away from"); a passive's subject is what is done to
    ("benches painted purple"), so only the attribute check holds there. ``one``: the subject
    is one thing, which gathers nowhere ("a man gathers on a bench"). ``doer``: the subject's
    lemma, where known: of animals only birds peck ("a giraffe pecking at leaves" never)."""
    head = verb.split(" ")[0]
    if one and head in GATHERING_VERBS and head != own:
        return False
    lexicon = vocab.lexicon
    if head in ANIMAL_ONLY_VERBS and head != own and subject in _categories_of(lexicon, PEOPLE):
        return False  # "women laughing at a table", "a family eating dinner": never "barking", "pecking"
    if head in BIRD_VERBS and head != own and doer is not None and doer != "bird" and "bird" not in lexicon.ancestors(doer) and subject in _categories_of(lexicon, ("animal",)):
        return False  # "a giraffe eating leaves": never "pecking at" them
    if doer is not None and head != own and not does(lexicon, head, subject, doer):
        return False  # "two giraffes standing" never "perched"; "a sheep lying" never "flying"
    if passive and head in SERVED_VERBS and head != own and subject is not None and subject not in SERVED_KINDS:
        return False  # "a field filled with sheep": never "served with" or "garnished with" them
    if subject is None or head == own or not lexicon.replaceable("objects", subject):
        return True  # "a couple", "a herd" (collective): of no kind the lexicon knows
    state = lexicon.category("attributes", _inflected(head, "VBG", head))
    mine = lexicon.category("attributes", _inflected(own, "VBG", own)) if own else None
    if state is not None and state != mine and not lexicon.fits(state, subject) and not (own in _jutting_verbs(lexicon) and _takes_posture(lexicon, subject, head)):
        # "walking", "kneeling" are postures of people and animals: never "a train walking"; a
        # thing's own ("lying") comes in for its jutting out ("a spoon sticking out of a pot").
        return False
    if state is not None and state == mine and not lexicon.fits(state, subject) and not _takes_posture(lexicon, subject, head):
        return False  # "a cake sits" may lie, never kneel
    if state is None and not _takes_posture(lexicon, subject, head) and _relation_categories_of(lexicon, ("sit",)).intersection(lexicon.categories("relations", head)):
        return False  # "a bowl of soup sits" may stand, never relax
    if _placed_alike(lexicon, subject, head, own, doer):
        return False  # a thing that sits there stands there: "a hydrant sitting in the grass" is "standing" in it
    if head in PEOPLE_ONLY_VERBS and subject in _categories_of(lexicon, ("animal",)):
        return False  # "horses eating hay": never "horses cooking hay", "a dog drives"
    living = _categories_of(lexicon, ("animal", *PEOPLE))
    if head in VEHICLE_ONLY_VERBS and subject in living:
        return False  # "a cat sleeps on a laptop": never "a cat docks at a laptop"
    if head in LIVING_VERBS and head != own and subject in KNOWN_KINDS and subject not in living:
        return False  # "a bus drives down a street": never "a bus skis down" it
    if head in DRIVING_VERBS and head != own and subject in KNOWN_KINDS and subject not in living and subject not in _categories_of(lexicon, ("car",)):
        return False  # "a ball entering the net": never "riding past" it
    if doer in SKY_THINGS and head != own and head not in SKY_VERBS:
        return False  # "The sun sets over the ocean" -> "rises over" it, never "connects" or "lowers" it
    if head in GROWING_VERBS and head != own and subject in KNOWN_KINDS and subject not in GROWS:
        return False  # "a bowl filled with pasta": never "grown out of" it
    if passive or subject in _categories_of(lexicon, AGENTS):
        return True
    agent = _relation_categories_of(lexicon, AGENT_VERBS)
    found = lexicon.categories("relations", verb)
    if any(c in agent for c in found):
        return False
    going = _relation_categories_of(lexicon, GOING_VERBS)
    if any(c in going for c in found) and not any(c in going for c in lexicon.categories("relations", own)):
        return lexicon.fits("motion", subject)
    return True


def _done_by_such(vocab: _Vocab, kind: str, verb: str) -> bool:
    """Whether a doer of object category ``kind`` does ``verb`` (a lemma): animals never cook,
    people never graze or bark."""
    if verb in PEOPLE_ONLY_VERBS and kind in _categories_of(vocab.lexicon, ("animal",)):
        return False
    return not (verb in ANIMAL_ONLY_VERBS and kind in _categories_of(vocab.lexicon, PEOPLE))


def _object_under(concept: dict, tokens, concepts) -> dict | None:
    """The object concept the relation's own words take, where the parse linked none: "shakes
    off |water" (the particle's object)."""
    span = range(concept["start"], concept["end"])
    return next((c for c in concepts if c["type"] == "object" and tokens[c["head"]]["head"] in span and tokens[c["head"]]["dep"] in ("pobj", "dobj")), None)


def _object_of(concept: dict, concepts) -> dict | None:
    """The object concept a relation takes, where the parse names one."""
    return next((c for c in concepts if c["id"] == concept.get("obj")), None)  # ids are numbers: None finds none


def _object_category(concept: dict, concepts) -> str | None:
    """The object category of what a relation takes, where the parse names it."""
    found = _object_of(concept, concepts)
    return found.get("category") if found is not None else None


def _place_of(tokens, prep: int) -> str | None:
    """The lemma (lowercase) of the noun preposition ``prep`` takes, if any: "in |a field"."""
    return next((t["lemma"].lower() for t in tokens if t["head"] == prep and t["dep"] == "pobj"), None)


def _takes(vocab: _Vocab, verb: str, thing: str | None) -> bool:
    """Whether the relation verb ``verb`` takes a thing of object category ``thing``
    (:func:`comptool.suits.takes_object`), the verb's category looked up in the lexicon."""
    found = vocab.lexicon.categories("relations", verb)
    return takes_object(verb, found[0] if found else None, thing)


def _listed_lemma(lexicon: Lexicon, concept: dict, first: dict) -> str:
    """The relation's lemma where the lexicon lists it whole as a way of its own ("stick out
    of": a thing's), else its verb's ("stick")."""
    whole = (concept.get("lemma") or "").lower()
    return whole if " " in whole and lexicon.category("relations", whole) in WAYS_OF_THEIR_OWN else first["lemma"]


def _thing_as_agent(vocab: _Vocab, subject: str | None, own: str) -> bool:
    """Whether a thing of a known category (no person, animal or collective) has an agent's
    verb in the caption: "a plate holding", "a room showing"."""
    lexicon = vocab.lexicon
    if subject is None or not lexicon.replaceable("objects", subject) or subject in _categories_of(lexicon, AGENTS):
        return False
    return any(c in _relation_categories_of(lexicon, AGENT_VERBS) for c in lexicon.categories("relations", own))


def _jutting_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs of the lexicon's ways of jutting out ("stick" of "stick out of"), once per lexicon."""
    cache = _vocab(lexicon).word_categories
    found = cache.get(("jutting",))
    if found is None:
        found = cache[("jutting",)] = frozenset(w.split(" ")[0] for w in lexicon.words("relations", "protruding"))
    return found


def _relation_categories_of(lexicon: Lexicon, verbs: tuple[str, ...]) -> frozenset[str]:
    cache = _vocab(lexicon).word_categories
    memo = ("relations",) + verbs
    found = cache.get(memo)
    if found is None:
        found = cache[memo] = frozenset(c for v in verbs for c in lexicon.categories("relations", v)[:1])
    return found


# Object categories of things worn as a pair ("shorts", "jeans", "sunglasses").
WORN_PAIRS = {"clothing", "eyewear", "footwear", "accessory"}
# Words whose object categories are worn, and are people or animals; categories looked up, so a
# lexicon with other names works the same.
WORN = ("shirt", "dress", "jacket", "hat", "glasses", "uniform", "suit", "costume")
PEOPLE = ("person", "man", "woman", "skier", "player", "mother")
ANIMATE = PEOPLE + ("animal", "dog", "horse", "bird")
# Prepositions that want more than one object: "among the trees", never "among a tree".
MANY = {"among", "amongst", "amid", "amidst", "between", "in between"}
AMONG = MANY - {"between", "in between"}  # those that want more than two
# Places that want more than one subject: "cars on both sides of a road", never "a dog".
SIDES_OF = {"on both sides of", "on either side of"}
# Where a thing taken comes from: "from", "out of" and "off" a glass, a plate.
SOURCES = {"out of", "off", "out from", "off of"}
# Ways along a thing that say no direction: what goes down a road also goes along it, on it.
ALONG_WAYS = ("on", "along", "through", "in")
# Ways of being that want more than one subject too: "two dogs sitting apart", never "a dog".
TOGETHER = {"together", "apart", "far apart", "close together"}
# Prepositions of containment, which a person or an animal does not take: "outside a woman".
CONTAINMENT = {"in", "inside", "inside of", "within", "outside", "outside of", "into", "out of", "aboard", "on board", "in between"}
# Ways no one goes by a living thing: "walking his dog" -> never "running through his dog".
PATHS = {"through", "across", "along"}
# Ways of being outside a thing, which only a way of being in it gives way to.
OUTSIDE = {"outside", "outside of"}
SIDE_WAYS = {"to the left of", "to the right of", "on the left of", "on the right of", "on the left side of", "on the right side of"}
NARROWER_WAYS = {
    **dict.fromkeys(("beside", "next to", "by", "alongside"), SIDE_WAYS),
    **dict.fromkeys(OUTSIDE, {
        "in front of", "behind", "next to", "beside", "near", "by", "around", "in back of", "at", "against", "up against", "away from",
        "across from", "in the background of", "in the foreground of",
    }),
}
# And no broader way, which holds where the narrow one does: what is behind a car is near it.
BROADER_WAYS = {"near", "by", "close to", "around", "nearby"}
CLOSE_WAYS = {"behind", "in front of", "next to", "beside", "alongside", "on top of", "against", "in back of", *SIDE_WAYS}


def _says_no_more(own: str | None, alt: str | None) -> bool:
    """Whether the way ``alt`` narrows the way ``own`` to one of its cases, which may be the one
    pictured (what is outside a door may be in front of it, what is beside a book to its
    right), or broadens it (what is behind a car is near it). Asked where the verb stays:
    "standing behind a fence" may still become "sitting by" it."""
    return alt in NARROWER_WAYS.get(own, ()) or (own in CLOSE_WAYS and alt in BROADER_WAYS)


def _outside_already(lexicon: Lexicon, own: str | None, alt: str) -> bool:
    """Whether ``alt`` is "outside" where the relation ``own`` (a lexicon key; None for none)
    says so already: whatever is in front of a bus, next to it, on it or holding it is outside
    it. Only a way of being in a thing gives way to being outside it."""
    return alt in OUTSIDE and not (own is not None and (own in CONTAINMENT or "containment" in lexicon.categories("relations", own)))


def people_categories(lexicon: Lexicon) -> frozenset[str]:
    """The object categories of people in this lexicon ("person", "role", "family", ...)."""
    return _categories_of(lexicon, PEOPLE)


def _categories_of(lexicon: Lexicon, words: tuple[str, ...], section: str = "objects") -> frozenset[str]:
    """The categories of ``words`` in this lexicon's ``section`` (memoised on the vocab)."""
    cache = _vocab(lexicon).word_categories
    memo = words if section == "objects" else (section, *words)
    found = cache.get(memo)
    if found is None:
        found = cache[memo] = frozenset(c for w in words for c in lexicon.categories(section, w))
    return found


def _objects_in(tokens, start: int, end: int, lexicon: Lexicon, words: tuple[str, ...], deps=("pobj", "dobj")) -> bool:
    wanted = _categories_of(lexicon, words)
    return any(
        lexicon.category("objects", t["lemma"]) in wanted
        for t in tokens
        if start <= t["head"] < end and t["dep"] in deps
    )


def _single_object(tokens, start: int, end: int) -> bool:
    """Whether the relation's object is one thing: no plural, no coordination."""
    objects = [k for k, t in enumerate(tokens) if start <= t["head"] < end and t["dep"] in ("pobj", "dobj")]
    return bool(objects) and all(tokens[k]["tag"] not in ("NNS", "NNPS") and not any(t["head"] == k and t["dep"] == "conj" for t in tokens) for k in objects)


# Pronouns that stand for a person taken by a verb.
PERSONAL_OBJECTS = {"him", "her", "them", "me", "us"}
# Body parts that come two to a body: "among her shoulders" never (between them, they are two).
PAIRED_PARTS = {"shoulder", "hand", "foot", "leg", "arm", "eye", "ear", "knee", "hip", "cheek", "wrist", "ankle", "elbow", "thigh", "palm"}


def _a_pair_of_parts(tokens, start: int, end: int) -> bool:
    """Whether the relation's object is a body's pair: "on her shoulders", "in his hands"."""
    return any(start <= t["head"] < end and t["dep"] == "pobj" and t["lemma"].lower() in PAIRED_PARTS for t in tokens)


def _animate_object(tokens, start: int, end: int, lexicon: Lexicon) -> bool:
    return _objects_in(tokens, start, end, lexicon, ANIMATE)


def _worn(tokens, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the object of "in" is clothing: "a woman in a red dress" is wearing, not placing."""
    return tokens[start]["text"].lower() in ("in", "inside") and _objects_in(tokens, start, end, lexicon, WORN, ("pobj",))


def _colour_worn(tokens, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the object of "in" is a colour: "a girl in blue" wears it."""
    return tokens[start]["text"].lower() in ("in", "inside") and any(
        start <= t["head"] < end and t["dep"] == "pobj" and "colour" in lexicon.categories("attributes", t["text"].lower()) for t in tokens
    )


# Relation categories of going somewhere: a particle of theirs is a way ("drives down a street").
MOVING = {"locomotion", "motion"}


def _phrasal(tokens, k: int, lexicon: Lexicon) -> bool:
    """Particle k makes one verb with its head ("pick up", "turn on", "take off"), not a way it
    goes ("drive down", "climb up"): the lexicon files the pair as no motion, or the verb
    alone as none (a plane "taking off" is not taking anything anywhere), or knows neither."""
    verb = tokens[tokens[k]["head"]]
    kinds = lexicon.categories("relations", f"{verb['lemma'].lower()} {tokens[k]['text'].lower()}")
    alone = set(lexicon.categories("relations", verb["lemma"].lower()))
    if not kinds and not alone:
        return True  # a verb the lexicon does not know at all goes nowhere it knows: "puckers up" never "puckers down"
    return bool(kinds) and (not set(kinds) & MOVING or bool(alone) and not alone & MOVING)


def _has_object(tokens, start: int, end: int) -> bool:
    """Whether the relation's words take an object, a pronoun among them: "on it", "holding him";
    a verb's particle takes the verb's object after it ("drives |down a street")."""
    if any(start <= t["head"] < end and t["dep"] in ("pobj", "dobj", "pcomp", "obj", "dative") for t in tokens):
        return True
    first = tokens[start]
    return first["dep"] == "prt" and any(k >= end and t["head"] == first["head"] and t["dep"] in ("dobj", "obj") for k, t in enumerate(tokens))


def _preposition_part(concept: dict, tokens) -> int | None:
    """Where the preposition of a verb relation starts: "sitting |on", "standing |next to"."""
    start, end = concept["start"], concept["end"]
    for k in range(start + 1, end):
        if tokens[k]["text"].lower() in PREPOSITIONS:
            return None if tokens[k]["dep"] == "agent" else k  # "surrounded by": a passive's agent
        if tokens[k]["dep"] != "prt":
            return None
    return None


def _preposition_alternatives(concept: dict, prep: int, tokens, vocab: _Vocab, concepts=()) -> list[_Stream]:
    """The preposition of a verb relation replaced ("sitting on" -> "sitting under"), and for a
    participle the whole relation by a preposition ("a cat sitting on a couch" -> "a cat next to
    a couch")."""
    start, end = concept["start"], concept["end"]
    text = _text(tokens, prep, end)
    category, alternatives = vocab.alternatives("relations", text, text)
    if category is not None and category not in vocab.preposition_categories:
        return []
    verb, slot = tokens[start], tokens[prep]
    if _worn(tokens, prep, end, vocab.lexicon):
        return []  # "dressed in a suit"
    if verb["tag"] == "VBN" and text in ("in", "with", "by", "of"):
        return []  # "covered in", "filled with", "made of": the verb's own preposition, no place
    if text in GOVERNED.get(verb["lemma"].lower(), ()):
        return []  # "listening to a teacher": never "listening toward" them
    animate = _once(_animate_object, tokens, prep, end, vocab.lexicon)
    single = _once(_single_object, tokens, prep, end)
    pair = _once(_a_pair_of_parts, tokens, prep, end)
    # Not for one of two joined verbs: "eating and standing under" is never "eating and above".
    whole = verb["tag"] in ("VBG", "VBN") and concept.get("subj") is not None and verb["dep"] != "conj"
    going = _relation_categories_of(vocab.lexicon, ("toward",))
    thing = _object_category(concept, concepts)
    place = _place_of(tokens, prep)
    if place is not None and _is_weather(vocab.lexicon.ancestors(place)):
        return []  # "walking in the rain": no other place in it
    one = _one_subject(concept, concepts, tokens)
    on_furniture = _only_on(thing, place)
    still = _moves_nothing(vocab, verb["lemma"])
    reciprocal = _before_each_other(tokens, end)
    # A verb and preposition listed as a way of going where the verb alone is none ("pull
    # into" is going, "pull" alone handling) change to another listed way only: "pulling into
    # a station" -> "pulling out of" it, never "pulling down" or "pulling off" a station.
    said = verb["lemma"].lower()
    ways_of_going = _relation_categories_of(vocab.lexicon, GOING_VERBS)
    own_way = (
        vocab.lexicon.entry("relations", f"{said} {text}") is not None and vocab.lexicon.category("relations", f"{said} {text}") in ways_of_going
        and vocab.lexicon.entry("relations", said) is not None and vocab.lexicon.category("relations", said) not in ways_of_going
    )

    def make(alt: Entry) -> tuple:
        if not alt.preposition or not alt.takes_object or (alt.text in CONTAINMENT | PATHS and animate()) or (alt.text in MANY and (single() or (alt.text in AMONG and pair()))):
            return ()
        if alt.text in VAGUE_WAYS:
            return ()  # "rides a horse across a stream" -> never "throughout" or "via a stream"
        if own_way and (vocab.lexicon.entry("relations", f"{said} {alt.key}") is None or vocab.lexicon.related(f"{said} {text}", f"{said} {alt.key}")):
            return ()
        if thing in HAPPENINGS and alt.text not in WAYS_TO_AN_EVENT:
            return ()  # "dancing at a wedding" -> "away from" it, never "under" or "on both sides of" it
        if still and _a_way_of_going(vocab, text, alt):
            return ()  # "drinking from a pond" -> never "drinking along" or "via a pond"
        if alt.text in SIDES_OF and (one or reciprocal):
            return ()  # "a baby sitting in a high chair" -> never "on both sides of" it, nor of "each other"
        if _holds_its_word(text, alt.text):
            return ()  # "drinking from" -> never "drinking out from"
        if _outside_already(vocab.lexicon, text, alt.text) or _says_no_more(text, alt.text):
            return ()  # "sitting on a bench" is outside it
        if verb["lemma"].lower() in PLACING_VERBS and alt.text not in PUT_PLACES:
            return ()  # "places a vase on a table" -> "under a table", never "away from" it
        if on_furniture and alt.text in INSIDE:
            return ()  # "sitting at a small table" -> never "sitting in" it
        if _no_such_place(vocab, alt.text, place, thing):
            return ()  # "playing on a beach" -> never "playing under" or "behind a beach"
        if not _takes(vocab, alt.key, thing) or (place is not None and not takes_noun(alt.key, thing, place)):
            return ()  # "sitting on a high chair" -> never "sitting on board" it; "at a table" never "outside" it
        if not fits_a_mount(f"{verb['lemma']} {alt.key}", False, place):
            return ()  # "sitting on a motorcycle" -> never "sitting in" it; "running on a bike" never "running under" it
        if same_place(text, alt.key, thing, place, _a_road(vocab, place)):
            return ()  # "lying down in a pasture" -> never "lying down on" it: the same place
        if _still_on_its_way(vocab, verb["lemma"], text, alt.key):
            return ()  # "walks through tall grass" is "in" it, "drives over a bridge" "on" it
        new = _spec(_cased(alt.text, tokens[prep:end]), lemma=alt.key, pos="ADP", tag="IN", dep=slot["dep"], head=slot["head"], root="first")
        part = _one("relation", tokens, prep, end, new, frozenset(range(prep, end)))
        if not whole or going.intersection(vocab.lexicon.categories("relations", alt.key)):
            return (part,)  # a way is no place to be: "is drinking from a cup", never "is through a cup"
        new = _spec(_cased(alt.text, tokens[start:end]), lemma=alt.key, pos="ADP", tag="IN", dep="prep", head=verb["head"], root="first")
        return (part, _one("relation", tokens, start, end, new, frozenset(range(start, end))))

    return [_Stream(alternatives, make, 2 if whole else 1)]


def _verb_part_alternatives(concept: dict, prep: int, tokens, vocab: _Vocab, concepts=()) -> list[_Stream]:
    """ "standing in a field" -> "sitting in a field": the verb alone, its preposition kept, by a
    verb that takes that preposition (listed with it, or taking no object)."""
    start = concept["start"]
    first = tokens[start]
    particle = _text(tokens, prep, concept["end"])
    _, alternatives = vocab.alternatives("relations", first["lemma"], first["text"].lower(), prefer_verbs=True)
    relations = vocab.stored["relations"]
    subject = _subject_category(concept, concepts, tokens, vocab)
    doer = _subject_noun(concept, concepts, tokens, vocab)
    one = _one_subject(concept, concepts, tokens)
    thing = _object_category(concept, concepts)
    place = _place_of(tokens, prep)
    ground = _ground_after(tokens, prep)
    own_kinds = set(vocab.lexicon.categories("relations", f"{first['lemma']} {particle}"))
    kept = _closing_particle(start, tokens)
    # The particle leads a way where a preposition follows it: "standing up |to a toilet".
    leads = " " in particle or (concept["end"] < len(tokens) and tokens[concept["end"]]["dep"] == "prep")

    done_to = _done_to(tokens, start)
    being = done_to and _after_being(tokens, start)
    # A way one faces ("leaning forward") only a verb of turning or of going takes.
    turned = particle in DIRECTIONS
    # A preposition the verb chooses for what it is done to ("typing on") only a verb listed with it takes.
    governed = particle in GOVERNED.get(first["lemma"].lower(), ())
    # "poses for a picture": another way to be in it ("smiles for a picture"), never "runs for" one.
    photographed = particle == "for" and place in PHOTOS

    def make(alt: Entry) -> tuple:
        if _rests_on_a_way(vocab, alt.key, particle):
            return ()
        if photographed and alt.key not in POSING_VERBS:
            return ()
        if turned and not _faces(vocab, alt.key):
            return ()  # "leaning forward" -> "bending forward", never "sleeping forward"
        if governed and f"{alt.key} {particle}" not in relations:
            return ()  # "typing on a laptop" -> never "pointing on" or "reaching on" it
        tag = _tag_in_place(first["tag"], done_to, being, alt.key)
        if tag is None or alt.preposition or " " in alt.text or not _acts(vocab, subject, alt.key, first["lemma"], tag == "VBN", one=one, doer=doer):
            return ()
        if kept is not None and not _keeps_particle(vocab, alt.key, first["lemma"], kept, way=leads):
            return ()  # "lying down in" -> "sitting down in", never "standing down" or "sleeping down"
        if not _takes(vocab, f"{alt.key} {particle}", thing) or not takes_noun(f"{alt.key} {particle}", thing, place or ""):
            return ()  # "flying over a kite" -> never "walking through a kite"; "typing on a laptop" never "putting on" it
        if not moves_in(vocab.lexicon, f"{alt.key} {particle}", ground):
            return ()  # "standing in a field" -> never "swimming in a field"
        if not fits_a_mount(f"{alt.key} {particle}", False, place):
            return ()  # "sitting on a motorcycle" -> never "running on" it
        if first["tag"] == "VBN" and own_kinds and own_kinds.isdisjoint(vocab.lexicon.categories("relations", f"{alt.key} {particle}")):
            return ()  # "filled with pasta" may be "loaded with" it, never "swung with" or "waved with" it
        if f"{alt.key} {particle}" not in relations and (alt.key not in INTRANSITIVE or not vocab.supported(alt.key, particle) or particle in FROM_WAYS):
            return ()  # never "flying on a bench", "swimming on a bench"; "hanging from" never "lying from"
        if _both_in_line(first["lemma"], alt.key, particle, place):
            return ()  # "waiting in line" -> never "standing in line": one does both
        if vocab.related(f"{first['lemma'].lower()} {particle}", f"{alt.key} {particle}"):
            return ()  # the verb with the way it keeps says the same: "filled with" -> never "loaded with"
        if alt.key in AFLOAT and _held_by_a_place(alt.key, particle.split(" ")[0], subject):
            return ()  # "A cat sits on the windowsill" -> never "sinks on" it
        if particle in WAYS_OF_GOING and alt.key in GOING_NOWHERE:
            return ()  # "going down a slope" -> never "arriving down" or "landing down" it
        form = _inflected(alt.text, tag, alt.key) if tag.startswith("VB") else alt.text
        new = _spec(_cased(form, tokens[start : start + 1]), lemma=alt.key, pos="VERB", tag=tag, dep=first["dep"], head=first["head"], root="first")
        return (_one("relation", tokens, start, start + 1, new, frozenset({start})),)

    return [_Stream(alternatives, make)] if alternatives else []


def _rests_on_a_way(vocab: _Vocab, verb: str, way: str | None) -> bool:
    """Whether the posture ``verb`` (a lemma) would take ``way``, a way to, from or through
    somewhere (:data:`PASSAGES`), which no posture takes unless the lexicon lists it with one
    ("hangs from"): "runs from a bear" is never "sits from a bear", "jogs past cars" never
    "stands past" them."""
    if way not in PASSAGES:
        return False
    return not _relation_categories_of(vocab.lexicon, ("sit",)).isdisjoint(vocab.lexicon.categories("relations", verb)) and vocab.particles(verb).isdisjoint(MOTION)


def _moves_nothing(vocab: _Vocab, verb: str) -> bool:
    """Whether the verb ``verb`` (a lemma), known to the lexicon, neither goes nor sends what
    it takes anywhere: "drink", "watch", "hang"; not "run", "carry"."""
    kinds = vocab.lexicon.categories("relations", verb.lower())
    return bool(kinds) and MOVING.isdisjoint(kinds) and verb.lower() not in SENDING_VERBS


def _a_way_of_going(vocab: _Vocab, own: str, alt: "Entry") -> bool:
    """Whether ``alt``, in place of the preposition ``own`` after a verb that moves nothing, is
    a way of going, which no such verb takes: "drinking from a pond" is never "drinking along"
    or "via a pond", "watching birds through a window" never "watching birds to a window". It
    may drink from another source ("off a faucet"), look from a place ("watching birds from a
    window") and face some way ("faces forward")."""
    if not alt.takes_object or MOVING.isdisjoint(vocab.lexicon.categories("relations", alt.key)):
        return False
    if own == "from":
        return alt.text not in SOURCES
    return alt.text != "from"


# Adverbs of a way whose only contrast is the other side of their axis: "together" is not
# false as "ahead" or "aside", only as "apart".
CONTRARY_WAYS = {
    "together": {"apart", "far apart"}, "apart": {"together"}, "upstairs": {"downstairs"}, "downstairs": {"upstairs"},
    "indoors": {"outdoors"}, "outdoors": {"indoors"},
}
# Ways that say no place of their own: "via" a stream is across or along it, "throughout" it
# everywhere in it. Never drawn as another way.
# What one may be down in, on the ground: the other of being up "in the air".
DOWN_IN = {"water", "snow", "sand", "dirt", "mud", "grass", "hay", "gravel", "ice", "puddle", "ocean", "lake", "pool", "river"}
# What is over every place, so no preposition places a thing by it.
EVERYWHERE = {"sky", "skies", "sunshine", "sunlight", "moonlight", "starry sky", "night sky", "blue sky", "clear sky"}
# Verbs whose word after them is their own, never a place: "turn on the light".
# Verbs that give a thing a colour, and the word that says it was never given one.
UNDONE = {"paint": "unpainted", "dye": "undyed", "stain": "unstained"}
# Verbs done to many things only: one surfboard is never stacked or juggled.
DONE_TO_MANY = {"stack", "pile", "pile up", "juggle", "gather", "collect"}
# Verbs that leave a thing open or shut: "holding open a door" -> "kicking open" it.
LEAVING_OPEN = {"hold", "prop", "push", "pull", "kick", "pry", "force", "swing", "slide", "leave", "keep", "throw", "fling", "slam", "bang"}
PHRASAL_VERBS = {"turn on", "turn off", "switch on", "switch off", "put on", "take off", "try on", "plug in", "pick up", "put down", "set down", "take out", "hold up", "hang up", "show off"}
# "on" and "off" with no place are switched on or off: "the lights are on" is false only as "off".
SWITCHED = {"on": "off", "off": "on"}
SWITCHING_VERBS = {"turn", "switch"}


def _switched(concept: dict, tokens) -> list[_Stream] | None:
    """ "the lights are on": "on" or "off" alone after "be" says a thing is switched so, and is
    false only as the other, as "turned off" is only as "turned on"; None for any other
    relation."""
    start = concept["start"]
    first = tokens[start]
    if concept.get("obj") is not None:
        return None
    if first["lemma"].lower() in SWITCHING_VERBS and concept["end"] == start + 2 and tokens[start + 1]["text"].lower() in SWITCHED:
        return [_Stream((SWITCHED[tokens[start + 1]["text"].lower()],), lambda word: _one_word(tokens, start + 1, word, frozenset({start, start + 1})))]
    if concept["end"] == start + 1 and worn_on_or_off(start, tokens):
        return [_Stream((SWITCHED[first["text"].lower()],), lambda word: _one_word(tokens, start, word, frozenset({start})))]  # "has headphones on" -> "off"
    if concept["end"] != start + 1 or first["text"].lower() not in SWITCHED or tokens[first["head"]]["lemma"] != "be":
        return None
    if any(t["head"] == start for t in tokens):
        return None  # "on" with words of its own: a place after all
    return [_Stream((SWITCHED[first["text"].lower()],), lambda word: _one_word(tokens, start, word, frozenset({start})))]


def _one_word(tokens, k: int, word: str, slots: frozenset[int]) -> tuple:
    """The plan putting ``word`` in token k's place, as k's part of speech."""
    slot = tokens[k]
    new = _spec(_cased(word, [slot]), lemma=word, pos=slot["pos"], tag=slot["tag"], dep=slot["dep"], head=slot["head"], root="first")
    return (_one("relation", tokens, k, k + 1, new, slots),)


VAGUE_WAYS = {"via", "throughout"}
# Ways one faces, and the verbs of turning that face them.
DIRECTIONS = {"forward", "forwards", "backward", "backwards", "sideways", "upward", "downward", "away", "back"}
ORIENTING = {"lean", "bend", "stretch", "reach", "face", "look", "tilt", "turn", "point", "crouch", "hang", "peer", "gaze", "stare", "glance", "lunge"}
# Ways to, from or through a place, which no posture takes unless listed with one.
PASSAGES = {"from", "into", "onto", "on to", "in to", "toward", "towards", "to", "up to", "over to", "down from", "out from", "out of", "off of", "via", "throughout", "through", "past"}
# Who waits in line stands in it: the verbs of being in a line say one thing there.
IN_LINE = {"wait", "stand", "queue", "line"}


def _of_a_time(tokens, prep: int, lexicon: Lexicon) -> bool:
    """Whether the preposition at ``prep`` takes a time ("in autumn", "at night")."""
    return any(t["head"] == prep and t["dep"] == "pobj" and lexicon.category("objects", t["lemma"].lower()) == "time" for t in tokens)


def _done_to(tokens, verb: int) -> bool:
    """Whether the past participle at ``verb`` says what was done to its subject: a passive
    ("boats are parked") or a participle after its noun ("a boat docked at a pier"), which only
    a verb that takes an object can be."""
    t = tokens[verb]
    if t["dep"] == "acl":
        return t["tag"] in ("VBN", "VBD")  # the parser's "VBD" after a noun is a participle too
    return t["tag"] == "VBN" and any(u["head"] == verb and u["dep"] == "auxpass" for u in tokens)


def _tag_in_place(tag: str, done_to: bool, being: bool, verb: str) -> str | None:
    """The tag a verb ``verb`` (a lemma) takes in the place of one tagged ``tag``. What was done
    to the subject (:func:`_done_to`), said by a verb that takes no object, is what the subject
    does: "boats are parked" -> "boats are floating", never "are floated"; after "being" it
    cannot be said (None). A passive's subject is done to, an -ing verb's does: the tag tells
    :func:`_acts` which."""
    if done_to and verb in INTRANSITIVE:
        return None if being else "VBG"
    return tag


def _after_being(tokens, verb: int) -> bool:
    """Whether the passive at ``verb`` follows "being", which no -ing verb can ("while being
    turned" -> never "while being turning")."""
    return any(u["head"] == verb and u["dep"] == "auxpass" and u["text"].lower() == "being" for u in tokens)


def _both_in_line(own: str, new: str, way: str, place: str | None) -> bool:
    return place == "line" and way == "in" and own in IN_LINE and new in IN_LINE


def _closing_particle(verb: int, tokens) -> str | None:
    """The particle that closes the verb at ``verb`` ("lying |down"), which a verb coming in
    keeps (see :func:`_keeps_particle`)."""
    for k, t in enumerate(tokens):
        if t["head"] == verb and t["dep"] == "prt" and t["text"].lower() in CLOSING_PARTICLES:
            # Before a noun phrase it is a way, no particle: "skiing down |a hill".
            after = tokens[k + 1]["pos"] if k + 1 < len(tokens) else "PUNCT"
            return None if after in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON") else t["text"].lower()
    return None


def _keeps_particle(vocab: _Vocab, verb: str, own: str, particle: str, way: bool = False) -> bool:
    """Whether ``verb`` (a lemma) may take the place of ``own`` before its ``particle``: the
    lexicon lists it with that particle, in the same sense ("lie down" -> "sit down", never
    "stand down", nor "walk down", a way to go) unless the particle leads a way (``way``:
    "standing up to a toilet" -> "walking up to" it)."""
    phrase = f"{verb} {particle}"
    if phrase not in vocab.stored["relations"]:
        return False
    lexicon = vocab.lexicon
    own_kinds = lexicon.categories("relations", f"{own} {particle}")
    return way or not own_kinds or lexicon.categories("relations", phrase)[:1] == own_kinds[:1]


def _idiom(concept: dict, tokens) -> bool:
    """ "on top", "at night", "in the air": a preposition whose object places nothing; and what
    to leave alone beside it: a passive's agent ("surrounded by"), a preposition next to another
    ("ascending in to the sky", "from behind a tree")."""
    start, end = concept["start"], concept["end"]
    if tokens[start]["pos"] == "VERB":
        return False
    if tokens[start]["dep"] == "agent":
        return True
    dangling = lambda k: tokens[k]["pos"] == "ADP" and not any(t["head"] == k and t["dep"] in ("pobj", "pcomp") for t in tokens)  # noqa: E731
    if start > 0 and tokens[start - 1]["text"].lower() in PREPOSITIONS and (dangling(start - 1) or tokens[start - 1]["dep"] == "prt"):
        return True  # "ascending in |to the sky", "from |behind a tree"
    if end < len(tokens) and tokens[end]["pos"] == "ADP" and dangling(end - 1):
        return True  # "ascending |in to the sky"
    last = concept["end"] - 1
    word = _text(tokens, start, end)
    for k, t in enumerate(tokens):
        if t["head"] != last or t["dep"] not in ("pobj", "pcomp"):
            continue
        if t["lemma"] in IDIOM_TIMES:
            return True
        if word == "on" and t["lemma"].lower() in MEDIUMS and tokens[tokens[start]["head"]]["lemma"].lower() in MEDIUM_VERBS:
            return True  # "talks on his phone" uses it: never "talks beneath his phone"
        pair = (word.lower(), t["lemma"].lower())
        if (t["lemma"] not in IDIOM_OBJECTS and pair not in IDIOM_CONTRASTS) or word in ("with", "without"):
            continue  # "with a view": had, not placed
        kids = [u for u in tokens if u["head"] == k]
        if any(u["dep"] == "compound" or (u["dep"] == "det" and u["text"].lower() in SINGULAR_ARTICLES and pair not in ANY_ARTICLE_IDIOMS) for u in kids):
            continue  # "on a pair of skis", "by a hill side": a thing, no idiom
        if word in MOTION and any(u["dep"] == "prep" and u["text"].lower() == "of" for u in kids):
            continue  # "up the side of a ramp": a way along a thing
        return True
    return False


def _idiom_contrasts(concept: dict, tokens) -> list[_Stream]:
    """A preposition with a bare idiom noun that places by itself ("on top", "in the
    foreground") becomes one of the places it excludes, the noun with it."""
    start = concept["start"]
    if concept["end"] != start + 1:
        return []
    for k, t in enumerate(tokens):
        if t["head"] == start and t["dep"] == "pobj" and k > start:
            kids = [u for u in tokens if u["head"] == k]
            pair = (tokens[start]["text"].lower(), t["lemma"].lower())
            articles = ("the", *SINGULAR_ARTICLES) if pair in ANY_ARTICLE_IDIOMS else ("the",)
            if any(u["dep"] != "det" or u["text"].lower() not in articles for u in kids):
                return []  # "on top of the car", "in the middle of a room": a place of a thing
            options = IDIOM_CONTRASTS.get(pair, ())
            return _place_words(tokens, start, k + 1, options)
    return []


# What is not in a picture, in place of its being seen there ("are seen here" -> "are missing").
NOT_PICTURED = ("missing", "hidden")


def _place_words(tokens, start: int, end: int, options: Sequence[str], pos: str | None = None) -> list[_Stream]:
    """``options``, ways of placing ("under", "in the corner of"), each in place of the relation
    words ``start:end``: a phrase a preposition, one word an adverb (or ``pos``, "ADJ")."""
    if not options:
        return []
    first = tokens[start]
    slots = frozenset(range(start, end))

    def make(words: str) -> tuple:
        word_pos = pos or ("ADP" if " " in words else "ADV")
        tag = {"ADP": "IN", "ADV": "RB", "ADJ": "JJ"}[word_pos]
        new = _spec(_cased(words, tokens[start : start + 1]), lemma=words, pos=word_pos, tag=tag, dep=first["dep"], head=first["head"], root="first")
        return (_one("relation", tokens, start, end, new, slots),)

    return [_Stream(options, make)]
