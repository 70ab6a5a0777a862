"""ADD: insert a new concept into a caption, so that the caption says something the image does not.

Three kinds of addition, each a token-level :class:`~comptool.edits.Edit` that the shared edit
mechanism applies (a/an, noun number, verb agreement and capitals are repaired there):

- ``attribute``: an adjective of a category that fits the object (the lexicon's
  ``attribute_fits``, narrowed by :data:`ADD_FITS` to what is plausible to add) and that the
  object does not carry yet: "a young woman" -> "a happy young woman", "flowers" -> "red
  flowers", never "red" on a "blue car". Words the object has by nature ("striped zebra"), says
  by itself ("dirty dirt road") or that do not suit its kind ("rusty couch") are left out. The
  word takes its place in the usual order of modifiers (:data:`RANK`: condition, size, age,
  shape, pattern, colour, material, noun modifiers), after determiners, possessives and numbers,
  never inside a group ("bright red", "white and gray").
- ``object``: a new object of a kind plausible beside the one it joins (:data:`COMPANIONS`,
  :data:`WITH`; kin first: wild animals beside a zebra), never one present already, nor a
  synonym, hypernym or hyponym of one: coordinated after an object ("A dog is running" -> "A dog
  and a cat are running"), before it ("a cat and a dog"), in a ``with`` phrase ("a man" -> "a
  man with an umbrella"), or in a place phrase at the end ("... near a fountain").
- ``negation``: a statement made false by negating it: a determiner turned into ``no`` ("There
  is a dog" -> "There is no dog", "a vase with flowers" -> "a vase with no flowers", "Two dogs
  are running" -> "No dogs are running"), ``with`` into ``without``, or ``not`` on a verb ("A dog
  is running" -> "A dog is not running", "a man riding a horse" -> "a man not riding a horse",
  "A man rides a horse" -> "A man does not ride a horse"). Clauses already negated, subjects under
  a vague quantifier ("some people are sitting") and noun-phrase fragments ("No dogs on the
  couch" reads as a rule) are left alone.

At most :data:`LIMIT` candidates per caption and type: objects and categories take turns (the
first word of each, then the second, ...), so that every object and insertion site keeps a share
on long captions. The turns are counted from the lists' lengths, without listing them, and a
candidate is built only when asked for. ``-n`` draws (:meth:`_Additions.draw`): a group at random
(an object's attribute lists, the lists of an object new ones may join, a place phrase, a place
for a negation), then one of its candidates that is listed whatever the other groups hold; so
``-n 1`` works out one group, not the caption's every list. ``--all`` lists them all, in turn.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections import abc
from functools import lru_cache
from itertools import islice, zip_longest
from typing import Callable, Iterator, Sequence

from comptool import grammar
from comptool.edits import SINGULAR_REFLEXIVES, Edit, token
from comptool.lexicon import Lexicon, key
from comptool.memo import last_answer
from comptool.negation import KIND_NOUNS, MANY_WORDS, count_to_drop, named_again, said_words
from comptool.negation import scope as negation_scope
from comptool.operators import Candidate
from comptool.parsing import FRAME_VERBS, HOLDER_CATEGORIES, HOLDERS, MERE_COUNTS, SHOTS, frame_objects, group_counting, lemma_of, pictured_passive, read_as_participle
from comptool.replace import CLOCK_WORDS, DEGREE_WORDS, EVERYWHERE, MASS, NOT_PLAYED, PLAYED_GAMES, SHAPES_OF, bare_singular, has_no_singular, is_mass, of_what, people_categories, posed_for, verbs_done, worn_by_many
from comptool.suits import AGE_NOUNS, BABY_AGES, BABY_TAKERS, CHILD_AGES, COLOURS, FEMALE, FEMALE_ANIMALS, FLOWN, GROWN_UPS, NAMED_DOERS, NAMED_TAKERS, NO_COLOUR, STAYING_VERBS, WORN_THINGS, does, goes, noun_refuses, suits_kind, takes_noun, takes_object

TYPES = ("object", "attribute", "negation")
NO_LOOK_OF_THEIR_OWN = KIND_NOUNS | MERE_COUNTS  # counters whose look is their things' ("different types", "a number")
LIMIT = 100  # candidates per caption and type

# -- attributes ------------------------------------------------------------------------------

# Where an attribute category sits among a noun's modifiers, lower first: opinion, condition,
# size, age, shape, pattern, colour, origin, material, then noun-like kinds ("a cracked big old
# round striped white wooden toy boat"). Categories not named here count as conditions.
RANK = {
    "number": 0, "quantity": 0, "variety": 0,
    "evaluative": 1, "ornateness": 1, "opinion": 1,
    "size": 3, "height": 3, "length": 3, "width": 3, "thickness": 3, "depth": 3, "build": 3,
    "condition": 3.2,  # after size, before age: "a small vintage bedroom", "a big rusty old truck"
    "age": 4, "shape": 5, "hair_style": 5.5, "hair_colour": 5.5, "facial_hair": 5.5,
    "pattern": 5.5, "colour": 6, "color": 6, "colourfulness": 6, "terrain_cover": 7, "origin": 7,
    "material": 8, "gender": 8.5, "power": 8.5, "display_kind": 8.5, "authenticity": 8.5,
    "urbanity": 8.5, "land_use": 8.5, "setting": 8.5, "season": 8.5, "time_of_day": 8.5, "flavour": 9, "kind": 9,
    "ski_style": 9,  # names the sport: "an adolescent cross country skier", never "a cross country adolescent skier"
    "top_bottom": 8.5, "left_right": 8.5,  # by the noun: "the top bunk" -> "the big top bunk", "her left hand" -> "her small left hand"
}
DEFAULT_RANK = 3.1  # states and unknown adjectives, after size: "a big shiny car", "a large broken box"
LOOKS = {"look", "looking", "seem", "color", "colored", "coloured", "shape", "shaped", "size", "sized"}  # "nice looking", "odd shaped"
PARTICIPLE_RANK = 7  # a participle named by a noun stays by its noun: "a brand-new grass covered field"
BARE_PARTICIPLE_RANK = 3.5  # a bare one after size, before colour: "a big rushing river", "a closed red toilet"
# The attribute categories ADD draws for an object of each category, most telling first. The
# lexicon's attribute_fits says which properties an object may have; adding one asks more: that
# the new property be plausible and visible ("a rusty car", "a grassy field"; no "round meadow"
# nor "open table"). Categories the lexicon does not fit to the object are dropped; an object
# category not named here takes what the lexicon fits.
ADD_FITS = {
    "person": ("age", "hair_colour", "facial_hair", "emotion", "attire", "hair_style", "height", "build", "wetness", "wakefulness"),
    "role": ("age", "hair_colour", "facial_hair", "emotion", "attire", "hair_style", "height", "build", "wetness", "wakefulness"),
    "animal": ("colour", "pattern", "size", "age", "softness", "wetness", "cleanliness", "wakefulness", "wildness", "height", "build"),
    "vehicle": ("colour", "integrity", "condition", "material", "size", "pattern", "cleanliness", "motion", "sheen", "fullness", "crowdedness", "power", "authenticity", "orientation", "colourfulness"),
    "vehicle_part": ("colour", "integrity", "condition", "material", "cleanliness", "size", "sheen"),
    "sports_equipment": ("colour", "material", "pattern", "integrity", "condition", "size", "cleanliness", "sheen", "wetness"),
    "electronics": ("colour", "integrity", "condition", "material", "size", "shape", "cleanliness", "sheen", "power", "display_kind", "openness"),
    "kitchenware": ("colour", "material", "pattern", "integrity", "cleanliness", "fullness", "size", "shape", "sheen", "temperature"),
    "food": ("cooking", "cut", "freshness", "consumption", "topping", "flavour", "temperature", "crispness", "size", "thickness"),
    "dessert": ("topping", "flavour", "cut", "consumption", "freshness", "shape", "size", "colour", "cooking", "temperature"),
    "fruit": ("cut", "ripeness", "freshness", "consumption", "size", "colour", "cooking"),
    "vegetable": ("cooking", "cut", "freshness", "size", "colour", "ripeness"),
    "drink": ("temperature", "flavour", "fullness"),
    "meal": ("cooking", "temperature", "freshness", "consumption"),
    "portion": ("cooking", "cut", "consumption", "thickness", "size", "temperature"),
    "furniture": ("colour", "material", "pattern", "integrity", "condition", "cleanliness", "size", "shape", "ornateness", "orientation", "sheen", "wetness"),
    "appliance": ("colour", "material", "condition", "integrity", "cleanliness", "size", "openness", "fullness", "sheen", "power"),
    "fixture": ("colour", "material", "cleanliness", "condition", "integrity", "shape", "size", "sheen"),
    "household": ("colour", "material", "pattern", "condition", "integrity", "size", "shape", "lighting", "softness", "ornateness", "cleanliness"),
    "container": ("colour", "material", "pattern", "fullness", "openness", "integrity", "size", "shape", "cleanliness", "condition"),
    "clothing": ("colour", "pattern", "material", "condition", "cleanliness", "wetness", "size", "length", "integrity", "sheen"),
    "accessory": ("colour", "pattern", "material", "condition", "integrity", "size", "openness", "cleanliness", "wetness", "sheen"),
    "toy": ("colour", "pattern", "material", "size", "softness", "condition", "integrity", "cleanliness"),
    "tool": ("colour", "material", "condition", "integrity", "size", "cleanliness", "power"),
    "office": ("colour", "material", "condition", "integrity", "size", "openness", "cleanliness"),
    "toiletry": ("colour", "material", "condition", "size", "cleanliness", "power"),
    "instrument": ("colour", "material", "condition", "integrity", "size", "power", "sheen"),
    "building": ("colour", "material", "condition", "size", "height", "shape", "lighting", "ornateness", "integrity"),
    "building_part": ("colour", "material", "condition", "integrity", "shape", "openness", "cleanliness", "size"),
    "structure": ("colour", "material", "condition", "integrity", "size", "height", "shape", "lighting", "ornateness", "wetness"),
    "street": ("colour", "condition", "integrity", "size", "shape", "lighting", "material", "cleanliness", "orientation"),
    "room": ("colour", "condition", "cleanliness", "size", "lighting", "crowdedness", "ornateness"),
    "place": ("condition", "cleanliness", "crowdedness", "size", "width", "wetness", "lighting", "terrain_cover", "weather", "material"),
    "terrain": ("terrain_cover", "wetness", "size", "weather", "crowdedness", "temperature", "lighting", "cleanliness"),
    "nature": ("wetness", "temperature", "lighting"),
    "plant": ("colour", "size", "height", "freshness", "age", "wetness"),
    "body_part": ("size", "wetness", "cleanliness"),
    "time": ("weather", "temperature", "lighting"),
    "event": ("crowdedness", "size", "lighting"),
    "depiction": ("colourfulness", "focus", "lighting"),
}
# Objects the lexicon fits no property to, yet whose look a caption may well describe: the
# parts of a thing ("the velvety back of a sofa", "the tiled corner of a kitchen"), and nouns
# the lexicon does not know at all.
ADD_ANYWAY = {
    "region": ("material", "colour", "cleanliness", "condition", "wetness", "integrity"),
    None: ("size",),
}
# Categories ADD never inserts: counts change agreement and belong to REPLACE; actions, postures
# and positions ("the left dog") do not stand before a noun as a property of it; a way of skiing
# names the sport itself ("playing downhill basketball" never).
NOT_ADDED = {
    "number", "quantity", "action", "degree", "kind", "spatial", "position", "posture", "left_right",
    "top_bottom", "front_back", "evaluative", "gender", "ski_style",
}
# Adjectives that only follow a verb ("the cat is asleep", never "an asleep cat"), adverbs
# listed as attributes, and words a generated caption should not say of a person.
NOT_BEFORE_NOUN = {
    "asleep", "awake", "wide-awake", "alive", "afraid", "alone", "ajar", "ablaze", "afloat",
    "aglow", "alike", "aware", "indoors", "outdoors", "inside", "outside", "upstairs", "downstairs",
    "overhead", "underground", "laying", "eaten",  # "a half-eaten sandwich", never "eating eaten cereal"
}
# Words that say what is so by default: adding them asserts nothing a picture would deny.
DEFAULT_STATES = {
    "whole", "intact", "unbroken", "undamaged", "uncut", "unsliced", "unpeeled", "real", "genuine",
    "live", "living", "untouched", "uneaten", "unopened", "dry", "awake", "alert", "clothed",
    "dressed", "fixed", "repaired", "grown", "mature", "medium", "medium-sized", "full-size",
    "full-sized", "mid-sized", "normal", "regular", "standard", "plain", "simple", "basic",
    "occupied", "populated", "lit", "lighted", "shaven", "straight", "unzipped", "unlocked", "unsealed",
    "new", "contemporary", "colored", "coloured", "domestic", "domesticated", "tame",
}
AVOIDED = {
    "fussy", "austere", "utilitarian", "minimalist", "minimalistic", "bare", "older", "younger",
    "adult", "grown-up", "sideways", "fat", "obese", "overweight", "chubby", "plump", "pudgy", "portly", "rotund", "scrawny",
    "naked", "nude", "unclothed", "topless", "undressed", "bare-chested", "ugly",
    # what no picture shows: "a glass of red vegan wine", "a brand-new sink"
    "vegan", "vegetarian", "brand-new",
}
# What is said of how a picture is taken ("a close up", "a view"): its focus, its effects, its light.
SHOT_CATEGORIES = {"focus", "photo_effect", "lighting"}
# Of temperatures, what a picture shows: ice and frost, steam ("hot", "cold", "warm" are felt).
SEEN_TEMPERATURES = frozenset({"icy", "frozen", "freezing", "frosty", "steaming", "steamy", "boiling", "iced"})
# What an animal may be said to be kept as: "a stray dog", "a caged lion"; no "captive cat".
PET_WILDNESS = {"stray", "caged"}
WILD_WILDNESS = {"captive", "caged"}
# Words that shade a colour word after them: "bright red", "dark blue", "baby pink".
SHADES = {"bright", "dark", "light", "pale", "deep", "pastel", "neon", "dull", "vivid", "hot", "baby", "sky", "navy", "royal", "lime", "olive", "forest", "off", "pure", "jet", "dusty", "powder"}
# Hypernyms too broad to group kin by: everything in a category shares them.
BROAD = {"animal", "creature", "thing", "object", "item", "person", "people", "human", "individual", "somebody", "someone", "persons"}
# Object categories that are no thing of their own: parts of a scene, counts, kinds, "thing".
NOT_THINGS = {"classifier", "generic", "collective"}
# The regions of a thing that show a look of their own: "the velvety back of a sofa".
REGION_PARTS = {"side", "top", "front", "back", "bottom", "corner", "edge", "surface", "rim", "border", "tip", "base", "interior", "exterior", "area", "section"}
# Nouns, when the lexicon does not know them, that are no visual thing.
NON_VISUAL = {
    "way", "side", "top", "bottom", "front", "back", "middle", "edge", "distance", "area", "part",
    "kind", "type", "sort", "variety", "lot", "lots", "number", "thing", "something", "process",
    "other", "one", "ones", "left", "right", "couple", "pair", "group", "bunch", "use", "order",
    "trick", "sale", "today", "tonight", "action", "position", "stance", "formation", "relaxation",
    "death", "fight", "glimpse", "feel", "origin", "remnant", "rest", "mess", "control", "cross",
    "pick", "heart", "movie", "close", "up", "down", "surroundings", "style", "fun", "work", "job",
}
# Attributes that an object has by its nature: adding them asserts nothing false.
IMPLIED = {
    "zebra": {"striped", "stripy", "black-and-white"}, "giraffe": {"spotted", "tall"}, "leopard": {"spotted"},
    "cheetah": {"spotted"}, "tiger": {"striped"}, "dalmatian": {"spotted"}, "snow": {"white", "cold", "frozen"},
    "sky": {"blue"}, "grass": {"green"}, "banana": {"yellow"}, "broccoli": {"green"}, "lettuce": {"green"},
    "ice": {"frozen", "cold", "icy"}, "water": {"wet"}, "elephant": {"large", "big", "huge", "gray", "grey"},
    "fire": {"hot"}, "tree": {"wooden"}, "log": {"wooden"}, "lemon": {"yellow"}, "lime": {"green"},
    "coal": {"black"}, "sun": {"bright", "warm", "hot", "shining", "sunny"}, "cloud": {"white"}, "sea": {"wet"},
    "street sign": {"metal", "metallic"}, "baseball": {"outdoor"}, "baseball game": {"outdoor"}, "baseball field": {"outdoor"},
    "fire hydrant": {"red", "metal", "metallic"}, "school bus": {"yellow"}, "orange": {"orange"},
    "teddy bear": {"stuffed", "plush", "toy", "soft", "fluffy"}, "stuffed animal": {"stuffed", "plush", "toy"},
    "pizza": {"round"}, "ball": {"round"}, "wheel": {"round"}, "clock": {"round"}, "skyscraper": {"tall"},
    "sand": {"sandy"}, "desert": {"sandy", "dry"}, "forest": {"wooded", "forested"}, "snowboard": {"snowy"},
    "crow": {"black"}, "swan": {"white"}, "flamingo": {"pink"}, "polar bear": {"white"}, "panda": {"black-and-white"},
    "video game": {"digital", "electronic"}, "computer": {"digital", "electronic"}, "laptop": {"digital", "electronic", "flat-screen"}, "laptop computer": {"digital", "electronic", "flat-screen"},
    "smartphone": {"digital", "electronic"}, "cell phone": {"electronic"},
    "sheep": {"woolly", "wooly"}, "rug": {"soft"}, "carpet": {"soft"}, "pillow": {"soft"},
    "cushion": {"soft"}, "blanket": {"soft"}, "mud": {"wet"}, "stop sign": {"red", "octagonal", "metal"}, "ocean": {"wet", "large", "vast"},
    # Kitchen things and vehicles as they nearly all are: "a silver electric toaster", "a
    # circular glass bowl", "a parked silver metal van" are true of almost every one.
    "toaster": {"electric", "electrical"}, "microwave": {"electric", "electrical"}, "refrigerator": {"electric", "electrical"},
    "fridge": {"electric", "electrical"}, "stove": {"metal", "metallic"}, "oven": {"metal", "metallic"},
    "bowl": {"round", "circular"}, "plate": {"round", "circular"}, "frisbee": {"round", "circular"}, "donut": {"round", "circular"},
    **dict.fromkeys(("car", "van", "truck", "bus", "train", "airplane", "plane", "motorcycle", "parking meter"), {"metal", "metallic"}),
}
# Words said only of men, and of women.
ONLY_MALE = {"bearded", "mustached", "moustached", "goateed", "balding", "unshaven", "stubbly", "whiskered", "clean-shaven", "beardless", "shaven"}
ONLY_WOMEN = {"pregnant"}
# What an object's own words, or what it has or wears, already say or deny: "A man with a long
# beard" is bearded (never "A bearded man with a long beard", "A clean-shaven man with a long
# beard"); fresh vegetables are never "overripe fresh vegetables".
SAID_OR_DENIED = {
    "fresh": {"overripe", "rotten", "rotting", "stale", "moldy", "mouldy", "spoiled", "wilted", "withered", "decaying", "bruised"},
    **dict.fromkeys(("beard", "mustache", "moustache", "goatee", "stubble"), {"bearded", "beardless", "clean-shaven", "shaven", "unshaven", "stubbly", "whiskered", "mustached", "moustached", "goateed"}),
    **dict.fromkeys(("glasses", "eyeglasses", "spectacles", "sunglasses"), {"bespectacled"}),
    **dict.fromkeys(("tattoo", "tattoos"), {"tattooed"}),
    **dict.fromkeys(("hat", "cap", "helmet", "hood", "beanie"), {"bareheaded", "hatted", "helmeted", "hooded"}),
    # A sunny day is bright and warm, never dark; a rainy one wet, never dry or sunny.
    **dict.fromkeys(("sunny", "sunlit", "cloudless"), {
        "dark", "dim", "dimly lit", "unlit", "darkened", "shadowy", "shaded", "gloomy", "dreary", "overcast", "cloudy", "bright",
        "brightly lit", "well-lit", "illuminated", "hot", "warm",
    }),
    # Mud is wet ground: never "a damp muddy field", "a dry muddy field".
    **dict.fromkeys(("muddy", "wet", "soggy"), {"damp", "wet", "dry", "moist", "soggy", "dusty", "parched"}),
    **dict.fromkeys(("rainy", "snowy", "stormy", "drizzly"), {
        "sunny", "sunlit", "cloudless", "dry", "wet", "damp", "bright", "gloomy", "dreary", "dark", "dim", "dimly lit", "unlit", "darkened",
    }),
}
# Categories of states said after a noun that fit it alone, and no thing joined to it: "the
# shower curtain open" (never "the shower curtain and a lamp open"), "a pan full with apples".
STATES_OF_ONE_THING = {"openness", "fullness"}
# Verbs of going whose object is the way gone: one way, joined by nothing.
PATH_VERBS = {"cross", "climb", "ascend", "descend", "traverse", "scale", "hike", "ski", "sled", "snowboard", "skate", "surf"}
SIZES = {"size", "height"}  # one word of size says how big: "a large tree" is never "a tall large tree"
# What may describe the members of a group from before the group's noun: "a spotted herd of
# cows", "a masked crowd of people"; not "a large herd" (the herd's size) nor "a bald crowd".
COUNTER_CATEGORIES = {"colour", "pattern", "softness", "wetness", "cleanliness", "attire", "emotion", "age", "wildness"}

# -- objects ---------------------------------------------------------------------------------

# Which categories plausibly join an object of a category: as a conjunct ("a dog and a cat"),
# and in a "with" phrase ("a man with an umbrella"). Categories the lexicon lacks are skipped.
COMPANIONS = {
    "person": ("person",),
    "role": ("person", "role"),
    "animal": ("animal",),
    "vehicle": ("vehicle",),
    "food": ("food", "vegetable", "fruit"),
    "dessert": ("dessert", "fruit", "drink"),
    "fruit": ("fruit", "vegetable", "dessert"),
    "vegetable": ("vegetable", "fruit", "food"),
    "drink": ("drink", "food", "dessert"),
    "meal": ("drink", "dessert", "fruit"),
    "furniture": ("furniture", "household", "appliance"),
    "appliance": ("appliance", "furniture", "fixture"),
    "fixture": ("fixture", "household", "furniture"),
    "household": ("household", "furniture"),
    "kitchenware": ("kitchenware", "container", "food"),
    "container": ("container", "kitchenware"),
    "electronics": ("electronics", "office"),
    "office": ("office", "electronics"),
    "clothing": ("clothing",),
    "accessory": ("accessory",),
    "sports_equipment": ("sports_equipment",),
    "toy": ("toy", "animal"),
    "tool": ("tool",),
    "toiletry": ("toiletry",),
    "instrument": ("instrument",),
    "plant": ("plant",),
    "building": ("building", "structure"),
    "structure": ("structure", "street"),
    "street": ("street", "structure", "vehicle"),
}
WITH = {
    "person": ("accessory", "clothing", "sports_equipment", "animal"),
    "role": ("sports_equipment", "accessory", "clothing"),
    "animal": ("sports_equipment", "toy", "accessory"),
    "food": ("vegetable", "food", "fruit"),
    "dessert": ("fruit", "dessert", "drink"),
    "meal": ("food", "vegetable", "fruit", "drink"),
    "kitchenware": ("food", "vegetable", "fruit", "dessert"),
    "container": ("food", "fruit", "toy"),
    "furniture": ("household", "electronics", "toy", "office"),
    "room": ("furniture", "household", "appliance", "fixture", "electronics"),
    "building": ("structure", "street", "plant"),
    "place": ("street", "structure", "plant", "vehicle"),
    "terrain": ("animal", "structure", "plant"),
    "structure": ("plant", "street"),
    "street": ("plant", "structure"),
}
# What an animal may plausibly carry or wear: "a dog with a frisbee", not "with a snowboard".
PET_THINGS = frozenset({"ball", "tennis ball", "frisbee", "soccer ball", "beach ball", "stick", "bone", "collar", "leash", "rope", "toy", "teddy bear", "bow", "bandana", "hat"})
# Clothes one is "with" rather than "in": "a man with a hat", not "a man with a shirt".
WORN_WITH = {"hat", "cap", "baseball cap", "helmet", "scarf", "beanie", "tie", "bow tie", "apron", "hood", "headband", "bandana", "mask", "gloves", "glove", "vest", "jacket", "coat", "raincoat"}
# The things a room holds, by the kind of room its name says.
ROOM_WITH = (("bath", ("fixture", "toiletry", "household")), ("toilet", ("fixture", "toiletry", "household")), ("restroom", ("fixture", "toiletry", "household")), ("kitchen", ("appliance", "kitchenware", "furniture")))
# Plants big enough to place a scene by: "near a tree", not "near a leaf".
LANDMARK_PLANTS = {"tree", "bush", "hedge", "palm tree", "pine tree", "oak tree", "shrub", "cactus", "flower bed", "palm"}
# Object words with a reading a generated caption should not risk.
AVOIDED_OBJECTS = {"weed", "joint", "pot plant"}
# Where a place phrase at the end of the caption ("... near a pond") draws its objects from.
INDOOR = {"room", "furniture", "appliance", "fixture", "household", "kitchenware", "electronics", "office", "toiletry", "container", "food", "dessert", "meal", "drink"}
OUTDOOR = {"place", "terrain", "street", "building", "structure", "nature", "vehicle"}
MEALS = {"food", "dessert", "fruit", "vegetable", "drink", "meal", "kitchenware"}
NEAR_TABLE = ("kitchenware",)  # a plate of food "next to a cup"
NEAR_INDOOR = ("furniture", "appliance", "household")
NEAR_OUTDOOR = ("terrain", "structure", "plant", "street")
NEAR_PREPOSITIONS = ("next to", "near")
# Nouns counted by the portion, not one by one: "with rice", "and coffee", never "a rice":
# replace's stuffs, and what comes in as a whole dish or a heap. (Not "chicken": the lexicon
# lists it as the animal, which comes one by one: "an elephant and a chicken", never "an
# elephant and chicken".)
MASS_NOUNS = MASS | {
    "food", "tofu", "rice", "pasta", "spaghetti", "macaroni", "lasagna", "meat", "beef", "pork",
    "ham", "bacon", "fish", "seafood", "bread", "toast", "cheese", "soup", "salad",
    "cereal", "oatmeal", "granola", "broccoli", "lettuce", "spinach", "kale", "corn", "cabbage",
    "cauliflower", "celery", "garlic", "ginger", "asparagus", "coffee", "tea", "milk", "juice",
    "wine", "beer", "water", "soda", "lemonade", "sauce", "ketchup", "mustard", "butter", "jam",
    "honey", "yogurt", "ice cream", "cream", "whipped cream", "chocolate", "candy", "popcorn",
    "sushi", "mayonnaise", "salsa", "guacamole", "hummus", "chili", "stew", "sugar", "flour",
    "salt", "syrup", "dough", "cake", "pie", "pizza", "sand", "grass", "snow", "mud", "dirt", "hay",
    "luggage", "furniture", "equipment", "gear", "clothing", "fruit", "fog", "smoke", "steam",
    "espresso", "cocoa", "alcohol", "liquor", "whiskey", "champagne", "broth", "gravy", "pudding",
    "granola", "jelly", "jam", "lettuce", "meat", "produce", "cash", "money", "paper", "clothes",
    "ivy", "moss", "foliage", "seaweed", "algae", "shrubbery", "greenery", "lumber", "firewood",
}
# Categories whose things come by the handful: "a pizza with mushrooms", not "with a mushroom".
MASS_CATEGORIES = {"food", "fruit", "vegetable", "dessert"}
DETERMINED = {"det", "poss", "nummod", "predet", "quantmod"}

# -- negation --------------------------------------------------------------------------------

NEGATORS = {"no", "not", "n't", "never", "without", "nobody", "nothing", "none", "neither", "nor", "empty", "lacking"}
# Determiners (and numbers) a negating "no" takes the place of.
REPLACEABLE_DETERMINERS = {"a", "an", "the", "some", "any", "this", "that", "these", "those", "one"}
# Words that hedge a count ("only one chair", "about ten people"): they go with it before "no".
COUNT_HEDGES = {"only", "just", "exactly", "about", "around", "nearly", "almost", "approximately", "roughly"}
# Verbs one may do asleep, or still: "A sleeping dog lies on the rug"; any other says awake.
RESTFUL = {"be", "have", "sit", "lie", "lay", "rest", "relax", "lounge", "sleep", "nap", "doze", "stand", "wait", "perch", "curl", "snuggle", "cuddle", "nestle", "float"}
# Restful ways only animals sleep in: "A group of people standing" are awake.
UPRIGHT = {"stand", "wait"}
# Subjects under these say too little for their negation to be false: "some people are not sitting".
VAGUE = {"some", "many", "several", "few", "most", "other", "others", "various", "numerous", "certain", "all", "each", "every", "both"}
MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must"}
NP_LEFT_DEPS = {"det", "predet", "poss", "amod", "compound", "nummod", "quantmod", "advmod", "case", "nmod", "npadvmod", "cc", "conj", "punct", "hmod", "hyph"}


def candidates(parse: dict, type: str, lexicon: Lexicon) -> Sequence[Candidate]:
    """At most :data:`LIMIT` candidates, as a sequence that builds each one only when asked
    for: ``-n 1`` pays for the one or two it tries, ``--all`` for all."""
    scene = _scene(parse, lexicon)
    finish = _shout if scene.shouting else None
    # Plans (a maker and its arguments), each edit once (repeats are skipped cheaply), made
    # only for the candidates asked for.
    if type == "attribute":
        return _Additions(_Attributes(scene), finish)
    if type == "object":
        return _Additions(_Objects(scene), finish)
    if type == "negation":
        return _Additions(_Negations(scene), finish)
    raise ValueError(f"add has no type {type!r}; choose from {', '.join(TYPES)}")


def _shuffled(size: int, rng) -> Iterator[int]:
    """``range(size)`` in a seeded order, drawn one at a time (Fisher-Yates, the swaps kept in
    a dict): the first costs one random number, not a shuffle of all."""
    moved: dict[int, int] = {}
    for at in range(size):
        j = at + int(rng.random() * (size - at))  # randrange's work for a fraction of its cost
        yield moved.get(j, j)
        moved[j] = moved.get(at, at)


class _Cells:
    """A group's plans above the drawn depth, numbered without listing them: list ``l`` holds
    ``counts[l]`` of them, its levels 0, 1, ...; ``hole(l, level)``, when given, says which the
    listing skips (a repeat, say), asked only of the cells drawn."""

    __slots__ = ("group", "counts", "hole", "size")

    def __init__(self, group: int, counts: list[int], hole: Callable[[int, int], bool] | None = None):
        self.group, self.counts, self.hole = group, counts, hole
        self.size = sum(counts)

    def key(self, k: int) -> tuple[int, int, int] | None:
        """The key of cell ``k``, or None for a hole."""
        for l, count in enumerate(self.counts):
            if k < count:
                return None if self.hole is not None and self.hole(l, k) else (self.group, l, k)
            k -= count
        raise IndexError(k)


class _Additions(abc.Sequence):
    """ADD's candidates of one type for one caption, from a model whose lists of plans come
    in groups (an object's, say), each group worked out when first needed.

    Listed (length, indexing, iteration: ``--all``, iterate) they are the first :data:`LIMIT`
    plans of all the lists taking turns. Drawn (:func:`~comptool.operators.pick` with ``-n``)
    a group comes first, at random, then a plan of it at random among those deep enough in
    their lists to be listed whatever the other groups hold; only when those run out are the
    rest listed. So ``-n 1`` works out one group, not the caption's every list.
    """

    __slots__ = ("_model", "_finish")

    def __init__(self, model, finish: Callable[[Candidate], Candidate] | None):
        self._model = model
        self._finish = finish

    def __len__(self) -> int:
        return len(self._model.listing)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        return self._build(self._model.listing[k])

    def _build(self, key: tuple[int, int, int]) -> Candidate:
        make, args = self._model.plan(key)
        candidate = make(*args)
        return self._finish(candidate) if self._finish is not None else candidate

    def draw(self, rng) -> Iterator[Candidate]:
        model = self._model
        bounds = model.bounds()
        given: set[tuple[int, int, int]] = set()
        # Whatever the lists hold, a plan at level L takes a turn below (L + 1) * (the number
        # of lists): one at a level below ``depth`` is always listed.
        depth = LIMIT // sum(bounds) if sum(bounds) else 0
        groups = [g for g, bound in enumerate(bounds) if bound] if depth else []
        orders: dict[int, tuple[_Cells, Iterator[int]]] = {}
        while groups:
            # Rounds: every group once in a random order, so that -n 2 draws from two groups
            # (two objects, say) where there are two.
            going = []
            for at in _shuffled(len(groups), rng):
                g = groups[at]
                if g not in orders:
                    cells = model.cells(g, depth)
                    orders[g] = (cells, _shuffled(cells.size, rng))
                cells, order = orders[g]
                key = None
                for k in order:
                    key = cells.key(k)
                    if key is not None:
                        break
                if key is None:
                    continue  # spent: it leaves the rounds
                going.append(g)
                given.add(key)
                yield self._build(key)
            groups = sorted(going)
        listing = model.listing
        rest = [key for key in (listing[k] for k in range(len(listing))) if key not in given]
        for k in _shuffled(len(rest), rng):
            yield self._build(rest[k])


def _shout(candidate: Candidate) -> Candidate:
    """ "THERE IS A DOG" -> "THERE IS NO DOG": new words in an all-capitals caption are capitals."""
    edits = tuple(Edit(e.start, e.end, tuple(dict(t, text=t["text"].upper()) for t in e.tokens)) for e in candidate.edits)
    return Candidate(candidate.op, candidate.type, edits, candidate.slots)


def _given(candidate: Candidate) -> Candidate:
    return candidate


_END = object()


class _cached:
    """:func:`functools.cached_property` without the lock Python 3.11 takes on every first
    access: a scene's questions are asked once each, and there are many scenes."""

    def __init__(self, func: Callable):
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class _Turns(abc.Sequence):
    """The plans of lists that take turns, the first :data:`LIMIT` of them: the first plan of
    every list, then the second of each, and so on, less the turns in ``holes`` ((list index,
    level): a repeat, say). A list is known by its length and made into a plan only at the
    level asked for, ``plan(list index, level)``, so the sequence knows its length at once and
    makes only the plans :func:`~comptool.operators.pick` tries."""

    __slots__ = ("_lengths", "_plan", "_holes", "_len", "_stretches", "_hole_ranks", "_end")

    def __init__(self, lengths: list[int], plan: Callable[[int, int], tuple], holes: set[tuple[int, int]] = frozenset()):
        self._lengths = lengths
        self._plan = plan
        self._holes = holes
        self._len = min(LIMIT, sum(lengths) - len(holes))
        self._stretches: list[tuple[int, int, list[int]]] | None = None
        self._hole_ranks: list[int] = []

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(self._len))]
        if k < 0:
            k += self._len
        if not 0 <= k < self._len:
            raise IndexError("plan index out of range")
        if self._stretches is None:
            self._stretches = self._stretch()
            self._hole_ranks = sorted(self._rank(i, level) for i, level in self._holes)
        for hole in self._hole_ranks:  # the k-th turn that is no hole
            if hole > k:
                break
            k += 1
        for first, level, going in reversed(self._stretches):
            if k >= first:
                k -= first
                return self._plan(going[k % len(going)], level + k // len(going))
        raise IndexError(k)  # not reached: the first stretch starts at 0

    @property
    def holes(self) -> set[tuple[int, int]]:
        return self._holes

    def key(self, i: int, level: int):
        """What the sequence gives for list ``i`` at ``level``."""
        return self._plan(i, level)

    def _stretch(self) -> list[tuple[int, int, list[int]]]:
        """(first turn, first level, lists still going) for each stretch of levels at which the
        same lists are going (a list leaves when its plans run out), as far as the turns can be
        asked for: the limit, and one turn more for each hole before it."""
        lengths = self._lengths
        stretches: list[tuple[int, int, list[int]]] = []
        going = list(range(len(lengths)))
        first = level = 0
        for stop in sorted(set(lengths)):
            if stop <= level:
                continue
            going = [i for i in going if lengths[i] > level]
            stretches.append((first, level, going))
            first += (stop - level) * len(going)
            level = stop
            if first >= LIMIT + len(self._holes):
                break
        self._end = first, level
        return stretches

    def _rank(self, i: int, level: int) -> int:
        """Which turn list ``i`` has at ``level`` (or one no turn asked for comes to)."""
        if level >= self._end[1]:
            return self._end[0]
        for first, start, going in reversed(self._stretches):
            if level >= start:
                return first + (level - start) * len(going) + going.index(i)
        raise IndexError(level)  # not reached: the first stretch starts at level 0


# -- what a caption holds --------------------------------------------------------------------

@last_answer(lambda parse, lexicon: (parse, parse["tokens"], parse.get("concepts"), lexicon))
def _scene(parse: dict, lexicon: Lexicon) -> "_Scene":
    """The scene of a parse: the last one again when asked for the same parse (the same
    objects), as a record's types are in turn."""
    return _Scene(parse, lexicon)



class _Scene:
    """A parse with the questions ADD asks of it: noun phrases, modifiers, what is present."""

    def __init__(self, parse: dict, lexicon: Lexicon):
        self.tokens: list[dict] = parse["tokens"]
        self.concepts: list[dict] = parse.get("concepts") or []
        self.lexicon = lexicon
        self.index = _index(lexicon)
        self.children: list[list[int]] = [[] for _ in self.tokens]
        for i, t in enumerate(self.tokens):
            head = t["head"]
            if head != i and 0 <= head < len(self.tokens):
                self.children[head].append(i)
        # Words a sign bears are text, no thing to add to: never "says Main glass Street".
        said = said_words(parse)
        self.objects = [c for c in self.concepts if c["type"] == "object" and c["head"] not in said]
        self.lower = [t["text"].lower() for t in self.tokens]
        # What the caption says is not there, and what it says of that: adding to it makes a
        # statement as true ("no food on the plate" -> "no flaky food", "no food on the dirty plate").
        self.denied = negation_scope(parse)
        self.plain: dict[int, bool] = {}  # id of an object -> _plain's answer
        self.parse = parse

    @_cached
    def frames(self) -> frozenset[int]:
        """The heads of the objects that are the picture itself and say what it shows: "The
        image shows ..." (never "No image shows")."""
        ids = frame_objects(self.parse)
        return frozenset(c["head"] for c in self.objects if c["id"] in ids and self.tokens[c["head"]]["dep"] == "nsubj")

    def pictured(self, verb: int) -> bool:
        """Whether the verb says what the picture shows: "The image shows a cat", "A cat is
        pictured", "is seen": denying it denies the caption itself, never a scene."""
        t = self.tokens[verb]
        kids = self.children[verb]
        if t["lemma"].lower() in FRAME_VERBS and any(self.tokens[c]["dep"] == "nsubj" and c in self.frames for c in kids):
            return True
        return pictured_passive(verb, self.tokens)

    @_cached
    def writes_articles(self) -> bool:
        """Whether the caption writes its articles (not "Man riding horse on beach")."""
        return any(w in ("a", "an", "the") for w in self.lower)

    @_cached
    def finite(self) -> bool:
        """The caption has a finite verb: it is a sentence, not a noun phrase."""
        return any(t["tag"] in ("VBZ", "VBP", "VBD", "MD") for t in self.tokens)

    @_cached
    def shouting(self) -> bool:
        """An all-capitals caption ("THERE IS A DOG"): new words follow suit."""
        if not "".join(t["text"] for t in self.tokens).isupper():
            return False  # a lowercase letter somewhere, or no letters at all
        letters = [t["text"] for t in self.tokens if any(ch.isalpha() for ch in t["text"])]
        return len(letters) > 1 and all(w.isupper() for w in letters)

    def head(self, i: int) -> int | None:
        h = self.tokens[i]["head"]
        return None if h == i or not 0 <= h < len(self.tokens) else h

    def child_deps(self, i: int) -> set[str]:
        return {self.tokens[c]["dep"] for c in self.children[i]}

    # -- noun phrases ----------------------------------------------------------------------

    def np_start(self, obj: dict) -> int:
        """The first token of the noun phrase before the object's noun: "the two big [dogs]"."""
        start, head = obj["start"], obj["head"]
        while start > 0 and self._hangs_left(start - 1, head):
            start -= 1
        return start

    def _hangs_left(self, k: int, head: int) -> bool:
        seen = set()
        while k != head:
            t = self.tokens[k]
            if k in seen or k > head or t["dep"] not in NP_LEFT_DEPS or (t["pos"] in ("VERB", "AUX", "ADP") and not self._participle_modifier(k, head)):
                return False
            seen.add(k)
            k = t["head"]
        return True

    def _participle_modifier(self, k: int, head: int) -> bool:
        """A participle before its noun, inside the noun's phrase ("a [big] rushing river", "a
        [sloping] grass covered field"): one modifier, which new ones of an earlier rank
        precede. Named by a noun of its own, or after the noun's determiner: "hands touching
        cell phones" is a verb the parser hung on the phones, whose edge it stays at."""
        t = self.tokens[k]
        if t["dep"] != "amod" or not (t["tag"] == "VBG" or read_as_participle(t)):
            return False  # (read_as_participle: one the tagger called a past tense, "wood paneled")
        if k and self.tokens[k - 1]["pos"] in ("ADJ", "ADV") and self.tokens[k - 1]["ws"] and t["lemma"].lower() in LOOKS:
            return False  # "a very nice looking cake": one word, never "nice [quartered] looking"
        return self._named_participle(k) or any(self.tokens[j]["head"] == head and self.tokens[j]["dep"] in ("det", "poss", "nummod", "predet") for j in range(k))

    def _named_participle(self, k: int, since: int = 0) -> bool:
        """A participle named by a noun of its own, from token ``since`` on: "grass covered"."""
        return any(self.tokens[j]["head"] == k and self.tokens[j]["dep"] == "npadvmod" for j in range(since, k))

    def determined(self, obj: dict) -> bool:
        """True when a determiner, possessive or number opens the object's noun phrase."""
        return any(self.tokens[k]["dep"] in DETERMINED or self.tokens[k]["pos"] == "NUM" for k in range(self.np_start(obj), obj["start"]))

    def modifier_start(self, start: int, head: int, np_start: int) -> int:
        """The first position after determiners, possessives and numbers: where adjectives may go."""
        first = np_start
        for k in range(np_start, start):
            t = self.tokens[k]
            if t["pos"] == "ADV" and k + 1 < start and self.tokens[k + 1]["tag"] in ("VBN", "VBG"):
                continue  # "half eaten": the participle's own word, no count
            if t["dep"] in DETERMINED or t["dep"] == "case" or t["pos"] in ("NUM", "DET", "PRON") or self._under_possessive(k, head) or self.lower[k] in grammar.COMPARED_COUNTS:
                first = k + 1  # "more apples than oranges": "more" counts, as a number does
        return first

    def _under_possessive(self, k: int, head: int) -> bool:
        """ "the man 's hat": the possessor's words belong to the determiner, not the modifiers."""
        seen = set()
        while k != head and k not in seen:
            seen.add(k)
            if self.tokens[k]["dep"] == "poss":
                return True
            k = self.tokens[k]["head"]
        return False

    def noun_start(self, head: int) -> int:
        """The first token of the compound noun that ends at ``head``."""
        start = head
        while start > 0 and self.tokens[start - 1]["dep"] == "compound" and self.tokens[start - 1]["head"] == head and self.tokens[start - 1]["pos"] in ("NOUN", "PROPN"):
            start -= 1
        return start

    def modifier_units(self, start: int, head: int) -> tuple[int, list[tuple[int, int, float]]]:
        """(first modifier position, [(start, end, rank)]) for the noun ``start..head``: the
        modifiers before it in groups no insertion may split ("bright pink", "white and gray",
        "striped-and-spotted")."""
        np_start = start
        while np_start > 0 and self._hangs_left(np_start - 1, head):
            np_start -= 1
        lo = self.modifier_start(start, head, np_start)
        cuts = [lo]
        for p in range(lo + 1, start):
            if self.lower[p] == ",":
                continue  # a comma closes the word before it: "a large, ornate tower", never "a large glowing, ornate"
            if not any(self._crosses(i, p, lo, start) for i in range(lo, start)):
                cuts.append(p)
        cuts.append(start)
        return lo, [(a, b, self._unit_rank(a, b)) for a, b in zip(cuts, cuts[1:]) if a < b]

    def counter(self, obj: dict) -> int | None:
        """The quantity noun that counts the object: "herd" in "a herd of sheep"."""
        counter = group_counting(obj["head"], self.tokens)
        return counter if counter is not None and self.tokens[counter]["pos"] == "NOUN" else None

    def _crosses(self, i: int, p: int, lo: int, end: int) -> bool:
        if i == p - 1 and self.lower[i] in SHADES and self.attribute_category(p) in ("colour", "color"):
            return True  # "bright red", however the parser hung "bright"
        if i == p - 1 and self.tokens[p]["tag"] in ("VBN", "VBG") and (self.tokens[i]["pos"] == "ADV" or self.lower[i] == "half"):
            return True  # "half eaten", "neatly made": one word, however the parser hung the first
        h = self.tokens[i]["head"]
        if h >= end or h < lo:
            return False
        return (i < p) != (h < p)

    def _unit_rank(self, start: int, end: int) -> float:
        roots = [k for k in range(start, end) if not start <= self.tokens[k]["head"] < end or self.tokens[k]["head"] == k]
        k = roots[0] if roots else end - 1
        t = self.tokens[k]
        category = self.attribute_category(k)
        if self.lower[k] == "little":
            return RANK["age"]  # by its noun as an age is: "a sleepy little girl", "a shiny little car"
        if category in RANK:
            return RANK[category]
        if t["pos"] in ("NOUN", "PROPN"):
            return RANK["kind"]
        if category is None and t["pos"] == "ADJ" and end < len(self.tokens) and t["head"] == end and self._a_noun(k):
            return RANK["kind"]  # a noun the tagger read as an adjective names its noun's kind: "a red pedestal sink", never "a pedestal red sink"
        if t["pos"] == "NUM":
            return 0
        if t["pos"] == "VERB" or t["tag"] in ("VBN", "VBG"):
            if not self._named_participle(k, start):
                return BARE_PARTICIPLE_RANK  # "a big rushing river", "a small closed red toilet"
            return PARTICIPLE_RANK  # "a brand-new grass covered field"
        return DEFAULT_RANK

    def _a_noun(self, k: int) -> bool:
        """Whether word k has a plural of its own, as a noun does ("pedestal"), where an adjective
        has none ("energetic")."""
        plurals = grammar.inflections(self.lower[k], upos="NOUN").get("NNS") or ()
        return any(p != self.lower[k] for p in plurals)

    def attribute_category(self, k: int, object_category: str | None = None) -> str | None:
        for c in self.attributes:
            if c["start"] <= k < c["end"] and c.get("category"):
                return c["category"]
        t = self.tokens[k]
        return self.lexicon.category("attributes", t["lemma"], object_category) or self.lexicon.category("attributes", t["text"].lower(), object_category)

    # -- what is present -------------------------------------------------------------------

    @_cached
    def attributes(self) -> list[dict]:
        return [c for c in self.concepts if c["type"] == "attribute"]

    def attributes_of(self, obj: dict) -> list[dict]:
        return [c for c in self.attributes if c.get("of") == obj["id"]]

    @_cached
    def present_nouns(self) -> set[str]:
        """Every noun of the caption, as lemma and as written, and every object's lemma."""
        found: set[str] = set()
        for t in self.tokens:
            if t["pos"] in ("NOUN", "PROPN"):
                found |= {t["lemma"].lower(), t["text"].lower(), lemma_of(t["text"], "NOUN")}
        for c in self.objects:
            found |= {c["lemma"].lower(), c["text"].lower()}
        return found

    @_cached
    def present_objects(self) -> set[str]:
        """The lexicon's object words that are in the caption already, or a synonym, hypernym or
        hyponym of one, or end in a noun that is ("teddy bear" beside "bear")."""
        return set().union(*map(self.index.taken_by, self.present_nouns))

    @_cached
    def categories(self) -> list[str]:
        """The object categories of the scene, in the order the caption names them."""
        found: list[str] = []
        for c in self.objects:
            if c.get("category") and c["category"] not in found:
                found.append(c["category"])
        return found

    @_cached
    def indoor(self) -> bool:
        """Indoors when a room is named, outdoors when a place, a street or a building is, else
        as the things named suggest."""
        if "room" in self.categories:
            return True
        if any(c in OUTDOOR for c in self.categories):
            return False
        return any(c in INDOOR for c in self.categories)

    def negated(self, i: int) -> bool:
        """True when token i or its head carries a negation already."""
        for k in {i, self.tokens[i]["head"]}:
            if self.lower[k] in NEGATORS or any(self.lower[c] in NEGATORS or self.tokens[c]["dep"] == "neg" for c in self.children[k]):
                return True
        return False


class _Index:
    """What ADD asks of a lexicon again and again, worked out once per lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._related: dict[str, frozenset[str]] = {}
        self._fitting: dict[str | None, list[str]] = {}
        self._kin: dict[tuple, list[str]] = {}
        self._ancestry: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._kin_of: dict[tuple[str, str], list[str]] = {}
        self._fitting_words: dict[tuple, _Fitting] = {}
        self._kind_words: dict[tuple[str, str | None], _Fitting] = {}
        self._object_fits: dict[tuple[str, str, str | None], list[tuple[str, float, _Fitting, bool]]] = {}
        self._refused: dict[tuple[str, str, str | None], frozenset[str]] = {}
        self._starting: dict[str, frozenset[str]] = {}
        self._shapes: dict[tuple, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._taken: dict[str, frozenset[str]] = {}
        blocked = {key(e) for e in lexicon.no_replace if ":" not in e}
        order: dict[str, int] = {}  # where a word first comes in the attribute lists
        for words in lexicon.attributes.values():
            for k, w in enumerate(words):
                order.setdefault(key(w), k)
        # Attribute words that may be written before a noun, per category, each with all its
        # categories ("old": age and condition).
        self.attribute_words: dict[str, list[tuple[str, frozenset[str]]]] = {
            category: [
                (w, frozenset(lexicon.categories("attributes", w)))
                for w in words
                if w.lower() not in NOT_BEFORE_NOUN and w.lower() not in AVOIDED and w.lower() not in DEFAULT_STATES and _addable(lexicon, w, blocked, order)
            ]
            for category, words in lexicon.attributes.items()
        }
        self.object_words: dict[str, list[str]] = {
            category: [w for w in words if lexicon.drawable_as(w, "objects", category) and w.lower() not in AVOIDED_OBJECTS] for category, words in lexicon.objects.items()
        }
        # The categories of what is flown, for what joins a thing flown ("a kite and a drone").
        self.flown_categories: tuple[str, ...] = tuple(dict.fromkeys(c for w in sorted(FLOWN) if (c := lexicon.category("objects", w)) is not None))

    def fitting_words(self, category: str, lemma: str, head: str, kind: str | None) -> "_Fitting":
        """The words of ``category`` that may describe an object ``lemma`` (head noun ``head``,
        category ``kind``): those that suit its kind (:func:`~comptool.suits.suits_kind`) less those the noun
        refuses (:meth:`refused`), with the age and wildness rules that look at both."""
        cache_key = (category, lemma, head, kind)
        found = self._fitting_words.get(cache_key)
        if found is None:
            if len(self._fitting_words) > 100_000:
                self._fitting_words.clear()
            refused = self.refused(lemma, head, kind)
            allowed = None
            if category == "age":
                if lemma in AGE_NOUNS or head in AGE_NOUNS:
                    allowed = frozenset()  # no "old baby", no "young boy"
                elif kind in NO_COLOUR and (head in GROWN_UPS or lemma in GROWN_UPS):
                    refused = refused | CHILD_AGES  # no "baby woman", no "teenage man"
                elif kind in NO_COLOUR and head not in BABY_TAKERS:
                    refused = refused | BABY_AGES  # "a baby boy", never "baby people"
            elif category == "setting" and kind == "sport":
                allowed = GAME_SETTINGS  # "playing indoor soccer", never "playing al fresco soccer"
            elif category == "temperature":
                allowed = SEEN_TEMPERATURES  # "an icy road", "a steaming cup", never "hot grass", "a cold pizza"
            elif category == "wildness":
                pet = "pet" in self.ancestors(lemma) or "pet" in self.ancestors(head)
                allowed = PET_WILDNESS if pet else WILD_WILDNESS  # "a stray dog", "a captive lion"
            suited = self.kind_words(category, kind)
            # Mostly the noun refuses none of the kind's words: then the kind's list serves.
            if allowed is None and refused.isdisjoint(suited.lowers):
                found = suited
            else:
                entries = [e for e in suited.entries if (lower := e[0].lower()) not in refused and (allowed is None or lower in allowed)]
                found = suited if len(entries) == len(suited.entries) else _Fitting(entries, suited)
            self._fitting_words[cache_key] = found
        return found

    def object_fits(self, lemma: str, head: str, kind: str | None) -> list[tuple[str, float, "_Fitting", bool]]:
        """(category, its rank among modifiers, its words that suit the object, whether it may
        describe the members of a group from before the group's noun) for each attribute
        category ADD may draw for an object ``lemma`` (head noun ``head``, category ``kind``),
        the most telling first."""
        found = self._object_fits.get((lemma, head, kind))
        if found is None:
            if len(self._object_fits) > 100_000:
                self._object_fits.clear()
            found = self._object_fits[(lemma, head, kind)] = [
                (category, RANK.get(category, DEFAULT_RANK), self.fitting_words(category, lemma, head, kind), category in COUNTER_CATEGORIES)
                for category in self.fitting(kind)
            ]
        return found

    def kind_words(self, category: str, kind: str | None) -> "_Fitting":
        """The words of ``category`` that suit things of category ``kind``."""
        found = self._kind_words.get((category, kind))
        if found is None:
            found = self._kind_words[(category, kind)] = _Fitting(
                [
                    (w, categories, key(w))
                    for w, categories in self.attribute_words.get(category, ())
                    if suits_kind(kind, category, w.lower()) and not (category in ("colour", "color") and kind in NO_COLOUR)
                ]
            )
        return found

    def refused(self, lemma: str, head: str, kind: str | None) -> frozenset[str]:
        """Attribute words (lowercase) that an object ``lemma`` (head noun ``head``, category
        ``kind``) does not take, whatever their category: what it has by nature ("striped
        zebra"), what its noun says ("glass glass", "dirty dirt road", "snowy snow bank"), and
        what does not suit it ("sleeveless shoe", "bearded woman", "pregnant man")."""
        found = self._refused.get((lemma, head, kind))
        if found is None:
            if len(self._refused) > 100_000:
                self._refused.clear()
            parts = lemma.split(" ")
            implied = {*IMPLIED.get(lemma, ()), *IMPLIED.get(head, ())}
            # In other words too: a giraffe is "dotted" and "speckled" as it is "spotted".
            refused = {*parts, head, *implied, *(w for word in implied for w in self.lexicon.synonyms_of(word))}
            for part in parts:
                if len(part) > 2:
                    refused |= self.starting_with(part)
            refused |= noun_refuses(self.lexicon, lemma, head)  # "a sleeveless shoe", "a shut stone wall"
            if head in FEMALE or lemma in FEMALE or head in FEMALE_ANIMALS or head in AGE_NOUNS:
                refused |= ONLY_MALE
            if not (head in FEMALE & GROWN_UPS or lemma in FEMALE & GROWN_UPS):
                refused |= ONLY_WOMEN
            found = self._refused[(lemma, head, kind)] = frozenset(refused)
        return found

    def starting_with(self, prefix: str) -> frozenset[str]:
        """The attribute words (lowercase) that begin with ``prefix``."""
        found = self._starting.get(prefix)
        if found is None:
            if len(self._starting) > 100_000:
                self._starting.clear()
            words = self._sorted_attribute_words
            k = bisect_left(words, prefix)
            end = k
            while end < len(words) and words[end].startswith(prefix):
                end += 1
            found = self._starting[prefix] = frozenset(words[k:end])
        return found

    @_cached
    def _sorted_attribute_words(self) -> list[str]:
        return sorted({w.lower() for words in self.attribute_words.values() for w, _ in words})

    @_cached
    def sharing(self) -> dict[str, frozenset[str]]:
        """For each attribute category, the other categories that share a word with it ("old":
        age and condition): only lists of the same or of such categories can repeat a word."""
        holders: dict[str, set[str]] = {}
        for category, words in self.attribute_words.items():
            for w, _ in words:
                holders.setdefault(w, set()).add(category)
        found: dict[str, set[str]] = {category: set() for category in self.attribute_words}
        for categories in holders.values():
            for category in categories:
                found[category] |= categories - {category}
        return {category: frozenset(others) for category, others in found.items()}

    def drawn_words(self, category: str, near: str | None = None) -> list[str]:
        """The category's drawable words; with ``near``, its kin first (:meth:`kin_first`)."""
        if near is None:
            return self.object_words.get(category, [])
        found = self._kin_of.get((category, near))
        if found is None:
            if len(self._kin_of) > 100_000:
                self._kin_of.clear()
            found = self._kin_of[(category, near)] = self.kin_first(category, near)
        return found

    @_cached
    def object_lasts(self) -> dict[str, list[str]]:
        """Object words (of any category) by the look-up form of their last word."""
        found: dict[str, list[str]] = {}
        for words in self.object_words.values():
            for w in words:
                found.setdefault(_forms(w)[1], []).append(w)
        return found

    @_cached
    def object_named(self) -> dict[str, list[str]]:
        """Object words (of any category) by their look-up form and by that of their last word:
        the words a form names, whole or as the head of a compound."""
        found: dict[str, list[str]] = {}
        for words in self.object_words.values():
            for w in words:
                for form in _forms(w):
                    found.setdefault(form, []).append(w)
        return found

    def taken_by(self, noun: str) -> frozenset[str]:
        """The object words a caption with ``noun`` in it holds already: those that are it, a
        synonym, a hyponym or a hypernym of it ("animal", "puppy" beside "dog"), or whose last
        word is one of those or the noun's own last word ("teddy bear" beside "bear")."""
        found = self._taken.get(noun)
        if found is None:
            if len(self._taken) > 100_000:
                self._taken.clear()
            named = self.object_named
            taken: set[str] = set(self.object_lasts.get(_forms(noun)[1], ()))
            for form in self.related(noun):
                taken.update(named.get(form, ()))
            found = self._taken[noun] = frozenset(taken)
        return found

    def pool_shape(self, categories: tuple[str, ...], only: frozenset[str] | None, keep) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """For a pool of these categories (see :func:`_pool`): its words (of ``only``, when
        given), those ``keep`` refuses whatever category they come in, and those it refuses in
        one category and not in another."""
        cache_key = (categories, only, keep)
        found = self._shapes.get(cache_key)
        if found is None:
            holders: dict[str, list[str]] = {}
            for category in categories:
                for w in self.object_words.get(category, ()):
                    if only is None or w in only:
                        holders.setdefault(w, []).append(category)
            refused, unsure = set(), set()
            if keep is not None:
                for w, held in holders.items():
                    verdicts = {keep(self, category, w) for category in held}
                    if verdicts == {False}:
                        refused.add(w)
                    elif len(verdicts) > 1:
                        unsure.add(w)
            found = self._shapes[cache_key] = (frozenset(holders), frozenset(refused), frozenset(unsure))
        return found

    def kin_first(self, category: str, word: str) -> list[str]:
        """The category's drawable words, those sharing a group with ``word`` first ("wildlife"
        for a zebra, "livestock" for a cow); the category's own name ("animal") is no group."""
        groups = self.ancestors(word) - {key(category)} - self.ancestors(category) - BROAD
        found = self._kin.get((category, frozenset(groups)))
        if found is None:
            words = self.object_words.get(category, [])
            kin = [w for w, above in self.ancestry(category) if not groups.isdisjoint(above)] if groups else []
            others = set(kin)
            found = self._kin[(category, frozenset(groups))] = kin + [w for w in words if w not in others]
        return found

    def ancestry(self, category: str) -> list[tuple[str, frozenset[str]]]:
        """The category's drawable words, each with its :meth:`ancestors`."""
        found = self._ancestry.get(category)
        if found is None:
            found = self._ancestry[category] = [(w, self.ancestors(w)) for w in self.object_words.get(category, [])]
        return found

    def ancestors(self, word: str) -> frozenset[str]:
        return self.lexicon.ancestors(word)

    def related(self, word: str) -> frozenset[str]:
        """``word`` with its synonyms, hyponyms and hypernyms: what :meth:`Lexicon.related`
        pairs it with (look-up forms)."""
        word = key(word)
        found = self._related.get(word)
        if found is None:
            forms = {word} | self.lexicon.synonyms_of(word)
            out = set(forms)
            for form in forms:
                out |= self.lexicon.below(form)  # "animals" present: no "dog"
                out |= self.ancestors(form)  # "dog" present: no "animal", no "pet"
            found = self._related[word] = frozenset(out)
        return found

    def fitting(self, object_category: str | None) -> list[str]:
        """The attribute categories ADD may draw for an object, the most telling first."""
        found = self._fitting.get(object_category)
        if found is None:
            fitting = [c for c in self.lexicon.fitting(object_category) if c not in NOT_ADDED]
            if object_category in ADD_FITS:
                fitting = [c for c in ADD_FITS[object_category] if c in fitting]
            if not fitting and object_category in ADD_ANYWAY:
                fitting = [c for c in ADD_ANYWAY[object_category] if c in self.lexicon.attributes]
            found = self._fitting[object_category] = fitting
        return found


class _Fitting:
    """The words of one attribute category that suit one object (or one kind of object):
    entries (word, its categories, its look-up form) in lexicon order. ``forms``, ``lowers``
    (the words in lowercase), ``categories`` and ``shades`` are those of the kind's words, a
    superset, so they tell at once, and cautiously, whether what an object has already (or
    what its noun refuses) could rule any out."""

    __slots__ = ("entries", "forms", "lowers", "categories", "shades", "repeats", "_levels")

    def __init__(self, entries: list[tuple[str, frozenset[str], str]], kind: "_Fitting | None" = None):
        self.entries = entries
        if kind is None:
            self.forms = frozenset(e[2] for e in entries)
            self.lowers = frozenset(e[0].lower() for e in entries)  # what a noun may refuse
            self.categories = frozenset().union(*(e[1] for e in entries))
            self.shades = any(e[0] in SHADES for e in entries)
            self.repeats = _repeats(entries)
        else:
            self.forms, self.lowers, self.categories, self.shades = kind.forms, kind.lowers, kind.categories, kind.shades
            self.repeats = _repeats(entries) if kind.repeats else []
        self._levels: dict[str, int] | None = None

    @property
    def levels(self) -> dict[str, int]:
        """Where each word first comes."""
        if self._levels is None:
            self._levels = _first_levels(self.entries)
        return self._levels


def _addable(lexicon: Lexicon, word: str, blocked: set[str], order: dict[str, int]) -> bool:
    """May ADD write this attribute word? Not a general word the lexicon blocks, and not a mere
    spelling of a preferred word ("grey" for "gray", "colour" for "color"). Unlike a replacement,
    an addition may use any other member of a synonym group: "cracked" where the group prefers
    "broken", "smiling" where it prefers "happy" (the group only says not to swap one for another)."""
    form = key(word)
    if form in blocked:
        return False
    if lexicon.drawable(word):
        return True
    return not any(
        (lexicon.drawable(other) or order.get(other, 1 << 30) < order.get(form, 1 << 30))
        and _same_spelling(form, other)
        for other in lexicon.synonyms_of(word)
    )


def _same_spelling(a: str, b: str) -> bool:
    """Two spellings of one word: "grey"/"gray", "colourful"/"colorful", "brocolli"/"broccoli"
    (not "spotted"/"dotted", nor "chipped"/"ripped")."""
    def plain(w: str) -> str:
        return w.replace("grey", "gray").replace("our", "or").replace("ise", "ize").replace("-", " ")

    if plain(a) == plain(b):
        return True
    # The ratio is 2 * matches / (len(a) + len(b)), and there are no more matches than letters
    # in the shorter word: most pairs fall short without matching at all.
    if 2 * min(len(a), len(b)) < 0.85 * (len(a) + len(b)):
        return False
    # quick_ratio counts shared letters, in any order: a bound on ratio that is cheap to reach.
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85


_INDEX: dict[int, _Index] = {}


def _index(lexicon: Lexicon) -> _Index:
    index = _INDEX.get(id(lexicon))
    if index is None or index.lexicon is not lexicon:
        if len(_INDEX) > 8:
            _INDEX.clear()
        index = _INDEX[id(lexicon)] = _Index(lexicon)
    return index


def _plain(scene: _Scene, obj: dict) -> bool:
    """An object ADD may describe or accompany: a visible thing, not a name, a region of the
    picture ("the middle", "the background"), a count ("a group") or a kind ("a type of").
    Asked once per object of a scene (each type asks)."""
    found = scene.plain.get(id(obj))
    if found is None:
        found = scene.plain[id(obj)] = _plain_thing(scene, obj)
    return found


GAME_SETTINGS = frozenset({"indoor", "outdoor"})
# Places that say where a game is played: "playing basketball in a gym" is indoor basketball.
INDOOR_PLACES = {"gym", "room", "living room", "bedroom", "kitchen", "garage", "basement", "hallway", "office"}
OUTDOOR_PLACES = {"park", "field", "yard", "backyard", "street", "beach", "lawn", "grass", "sand", "snow", "soccer field", "baseball field", "pasture", "meadow", "hill"}


def _game_fits(scene: _Scene, fits: list) -> list:
    """A game's attribute lists less the setting the caption's places already say."""
    said = {o["lemma"].lower() for o in scene.objects}
    known = ({"indoor"} if not said.isdisjoint(INDOOR_PLACES) else set()) | ({"outdoor"} if not said.isdisjoint(OUTDOOR_PLACES) else set())
    if not known:
        return fits
    return [(c, rank, _Fitting([e for e in fitting.entries if e[0].lower() not in known], fitting), counter) if c == "setting" else (c, rank, fitting, counter) for c, rank, fitting, counter in fits]


def _a_game(scene: _Scene, obj: dict) -> bool:
    """Whether the object is a game being played, which only a game's attributes describe:
    "playing basketball" is the game ("playing indoor basketball", never "playing shiny
    basketball"), "playing with a basketball" the ball."""
    tokens = scene.tokens
    head = obj["head"]
    lemma = obj["lemma"].lower()
    return (
        tokens[head]["dep"] == "dobj"
        and tokens[tokens[head]["head"]]["lemma"].lower() == "play"
        and (lemma in PLAYED_GAMES or (bare_singular(head, tokens) and "sport" in scene.lexicon.categories("objects", lemma)))
    )  # "playing chess", "playing cards": never "furry chess"


def _plain_thing(scene: _Scene, obj: dict) -> bool:
    t = scene.tokens[obj["head"]]
    lemma = obj["lemma"].lower()
    head = t["lemma"].lower()
    category = obj.get("category")
    if category in NOT_THINGS or (category == "region" and head not in REGION_PARTS):
        return False
    if category is None:
        # Unknown to the lexicon: keep it only when it looks like a thing, not an abstract noun,
        # a misread adjective ("a white") or verb ("posing"), or a name.
        if lemma in NON_VISUAL or head in NON_VISUAL or t["pos"] == "PROPN" or t["tag"] == "VBG" or head.endswith("ing"):
            return False
        if scene.lexicon.category("attributes", head) is not None or scene.lexicon.category("relations", head) is not None:
            return False
    return any(ch.isalpha() for ch in t["text"])


# -- attributes ------------------------------------------------------------------------------


class _Attributes:
    """The attribute lists of a caption, object by object, each object's built when first
    needed: for each category that suits the object and that it lacks, the category's words,
    at the place among the object's modifiers that the category takes. A plan's key is
    (object, list, level)."""

    def __init__(self, scene: _Scene):
        self.scene = scene
        self.objects = [
            obj for obj in scene.objects
            if _plain(scene, obj) and scene.tokens[obj["head"]]["dep"] not in ("poss", "compound") and obj["lemma"].lower() not in CLOCK_WORDS
            and not scene.denied.covers(obj)
            and not posed_for(obj["head"], scene.tokens)
        ]  # "ten o'clock" is a time: never "ten cool o'clock"; what one poses for is no thing in
        # the picture: never "pose for a rainbow-colored picture"
        # A game being played is described as a game ("playing indoor soccer"), never as a thing.
        self._kinds = ["sport" if _a_game(scene, obj) else obj.get("category") for obj in self.objects]
        # Where an attribute may stand: before the object's noun, and for a counted object
        # before its counter too ("a herd of spotted sheep", "a spotted herd of sheep").
        self._nouns = []
        for obj in self.objects:
            counter = scene.counter(obj)
            if counter is not None and scene.tokens[counter]["lemma"].lower() in NO_LOOK_OF_THEIR_OWN:
                # "different types of couches": what looks so is the couches, never "different red
                # types"; "a number of people" is a count, never "a young number of people".
                counter = None
            self._nouns.append([(obj["start"], obj["head"])] if counter is None else [(obj["start"], obj["head"]), (scene.noun_start(counter), counter)])
        self._lists: dict[int, list[tuple | None]] = {}

    def bounds(self) -> list[int]:
        """For each object, at most how many lists it has: one per category that may suit it,
        and before a counter one more per category that may stand there."""
        index = self.scene.index
        return [len(index.fitting(kind)) * len(nouns) for kind, nouns in zip(self._kinds, self._nouns)]

    def lists(self, o: int) -> list[tuple | None]:
        """The object's lists: (words, their :class:`_Fitting`, category, (object start, object
        end, position, noun)), or None for one with no words (it still takes its place)."""
        found = self._lists.get(o)
        if found is None:
            obj = self.objects[o]
            fits = self.scene.index.object_fits(obj["lemma"].lower(), self.scene.tokens[obj["head"]]["lemma"].lower(), self._kinds[o])
            if self._kinds[o] == "sport":
                fits = _game_fits(self.scene, fits)
            found = self._lists[o] = _object_lists(self.scene, obj, fits, self._nouns[o])
        return found

    @_cached
    def listing(self) -> _Turns:
        """All the lists taking turns, breadth first: the first word of every category of every
        object, objects taking turns, then the second words, and so on, so that a long caption
        shares the limit fairly."""
        keyed = [[(o, l, lst) for l, lst in enumerate(self.lists(o))] for o in range(len(self.objects))]
        interleaved = [item for level in zip_longest(*keyed) for item in level if item is not None and item[2] is not None]
        lists = [lst for _, _, lst in interleaved]
        return _Turns([len(lst[0]) for lst in lists], lambda i, level: (interleaved[i][0], interleaved[i][1], level), _attribute_holes(self.scene, lists))

    def cells(self, o: int, depth: int) -> _Cells:
        """The object's plans above ``depth``, less those the listing skips."""
        lists = self.lists(o)
        return _Cells(o, [0 if lst is None else min(depth, len(lst[0])) for lst in lists], lambda l, level: self._hole(o, l, level))

    def _hole(self, o: int, l: int, level: int) -> bool:
        """Does the listing skip this plan? See :func:`_attribute_holes`; only this object's
        lists can repeat its word at its position, unless another object's noun phrase holds
        the position too (they nest: "a plate of food", food's counter being the plate)."""
        lists = self.lists(o)
        words, fitting, category, (_, _, position, _, _) = lists[l]
        if any(first <= position <= start for other, first, start in self._spans if other != o):
            listing = self.listing
            return (o, l, level) in {listing.key(i, at) for i, at in listing.holes}
        word = words[level][0]
        if word in SHADES and self.scene.attribute_category(position) in COLOURS:
            return True  # a shade before a colour: "dark white smoke"
        if _levels(words, fitting)[word] < level:
            return True  # the list gave it before
        sharing = self.scene.index.sharing[category]
        for j, other in enumerate(lists):
            if other is None or j == l or other[3][2] != position or not (other[2] == category or other[2] in sharing):
                continue
            earlier = _levels(other[0], other[1]).get(word)
            if earlier is not None and (earlier, j) < (level, l):
                return True  # "old" is an age and a condition: one "old" is enough
        return False

    @_cached
    def _spans(self) -> list[tuple[int, int, int]]:
        """(object, first, last) positions each object's attributes may take: its noun
        phrases' left parts."""
        spans = []
        for o, nouns in enumerate(self._nouns):
            for start, head in nouns:
                first = start
                while first > 0 and self.scene._hangs_left(first - 1, head):
                    first -= 1
                spans.append((o, first, start))
        return spans

    def plan(self, key: tuple[int, int, int]) -> tuple:
        o, l, level = key
        words, _, _, (start, end, position, head, article) = self.lists(o)[l]
        return _attribute_candidate, (start, end, words[level][0], position, head, article)


def _bare_by_idiom(scene: _Scene, obj: dict, start: int) -> bool:
    """Whether a counted noun after a preposition goes bare in a caption that writes its
    articles, as idioms do ("laying in bed", "looking back at camera", "next to home plate"):
    a word put before it brings its article ("in a canopy bed", never "in canopy bed").
    Captions written bare throughout ("Man riding horse on beach") take words as they are."""
    t = scene.tokens[obj["head"]]
    if obj.get("number") != "singular" or t["dep"] != "pobj" or t["pos"] == "PROPN" or scene.lower[t["head"]] == "of":
        return False
    if scene.determined(obj) or start != scene.np_start(obj) or is_mass(obj["lemma"]):
        return False
    return scene.writes_articles


def _object_lists(scene: _Scene, obj: dict, fits: list[tuple], nouns: list[tuple[int, int]]) -> list[tuple | None]:
    """The attribute lists of one object (see :meth:`_Attributes.lists`)."""
    sites = [(start, head, *scene.modifier_units(start, head)) for start, head in nouns]
    have = scene.attributes_of(obj)
    have_categories = {c.get("category") for c in have}
    have_words = {c["lemma"].lower() for c in have} | {c["text"].lower() for c in have}
    for word in list(have_words):
        have_words |= SAID_OR_DENIED.get(word, set())  # "A man with a long beard": no "bearded man"
    holder = obj.get("category") in HOLDER_CATEGORIES
    if "content" in have_categories or any(scene.lower[c] == "with" or (holder and scene.lower[c] == "of") for c in scene.children[obj["head"]]):
        # What it holds is said: "A fridge with nothing inside" never "An overflowing fridge",
        # "A fridge with food inside", "a bowl of soup" never "An empty fridge", "an empty bowl",
        # "a pot of boiling water" never "an empty pot".
        have_categories.add("fullness")
    for k in range(obj["start"], obj["head"]):  # "green shrubs" read as one noun: "green" is a colour
        category = scene.lexicon.category("attributes", scene.lower[k], obj.get("category"))
        if category is not None:
            have_categories.add(category)
            have_words.add(scene.lower[k])
    for start, _head, lo, _units in sites:
        for k in range(lo, start):  # modifiers the parse did not take as attributes
            have_categories.add(scene.attribute_category(k, obj.get("category")))
            have_words.add(scene.lower[k])
    for verb in _verbs_of(scene, obj):
        # What the object does says what it is: no "napping cat" that sleeps, no "parked bus"
        # that is moving.
        t = scene.tokens[verb]
        for form in {scene.lower[verb], t["lemma"].lower(), grammar.inflect(t["lemma"], "VBG", t["lemma"]).lower()}:
            category = scene.lexicon.category("attributes", form, obj.get("category"))
            if category is not None:
                have_categories.add(category)
                have_words.add(form)
        if t["lemma"].lower() not in RESTFUL or (t["lemma"].lower() in UPRIGHT and obj.get("category") in people_categories(scene.lexicon)):
            have_words.add("sleeping")  # one who throws or rides is awake: no "napping boy"; people who stand too (a horse may sleep standing)
        going = goes(scene.lexicon, t["lemma"].lower())
        if going or t["lemma"].lower() in STAYING_VERBS:
            have_categories.add("motion")  # a truck that drives is moving, a bus that waits is not: no "parked", "moving" or "stopped" one
        if going:
            have_categories.add("orientation")  # what drives or flies is the right way up: no "overturned plane is flying"
    head = scene.tokens[obj["head"]]
    if head["dep"] == "dobj" and scene.tokens[head["head"]]["lemma"].lower() == "ride":
        have_words.add("sleeping")  # what is ridden goes, awake: "riding a brown horse" never "a napping brown horse"
    if have_categories & COLOURS:
        have_categories |= COLOURS  # "a red truck" is coloured: no "colourful red truck"
    if have_categories & SIZES:
        have_categories |= SIZES  # "a large tree" has its size: no "tall large tree"
    related = set().union(*map(scene.index.related, have_words))
    lists: list[tuple | None] = []
    places: dict[tuple[int, float], tuple] = {}  # (site, rank) -> (start, end, position, noun)
    filtered = bool(related or have_categories)
    shot = scene.lower[obj["head"]] in SHOTS
    for category, rank, fitting, counted in fits:
        if category in have_categories or (shot and category not in SHOT_CATEGORIES):
            continue  # how a picture is taken is said of its look only: "A blurred close up", never "Multicolored closeup"
        # The words that suit the object (worked out once per kind of object), less those it
        # has already or a synonym of: mostly none, so the shared list serves.
        words = fitting.entries
        if filtered and words and not (related.isdisjoint(fitting.forms) and have_categories.isdisjoint(fitting.categories)):
            words = [e for e in words if e[2] not in related and not e[1] & have_categories]
        for k, (start, head, lo, units) in enumerate(sites):
            if k and not counted:
                continue  # before the counter: what its members look like ("a spotted herd")
            if not words:
                lists.append(None)
                continue
            where = places.get((k, rank))
            if where is None:
                position = _attribute_position(units, start, rank)
                where = places[(k, rank)] = (obj["start"], obj["end"], position, head, _bare_by_idiom(scene, obj, position))
            if scene.lower[where[2]] in DEGREE_WORDS:
                lists.append(None)  # "a very important message": never "a big very important message"
                continue
            lists.append((words, fitting, category, where))
    return lists


def _attribute_holes(scene: _Scene, lists: list[tuple]) -> set[tuple[int, int]]:
    """The turns (list index, level) that add nothing: a word a list at the same position gave
    at an earlier turn ("old" is an age and a condition: one "old" is enough), and a shade
    before a colour ("dark white smoke"). Only lists of categories that share words can repeat
    one, so mostly there are none to look for. (:meth:`_Attributes._hole` asks the same of one
    turn.)"""
    holes: set[tuple[int, int]] = set()
    shaded: dict[int, bool] = {}
    at: dict[int, dict[str, list[int]]] = {}  # position -> category -> indices of its lists there
    sharing = scene.index.sharing
    for i, (words, fitting, category, (_, _, position, _, _)) in enumerate(lists):
        if fitting.shades:
            if position not in shaded:
                shaded[position] = scene.attribute_category(position) in COLOURS
            if shaded[position]:
                holes.update((i, level) for level, e in enumerate(words) if e[0] in SHADES)
        if fitting.repeats:
            repeats = fitting.repeats if words is fitting.entries else _repeats(words)
            holes.update((i, level) for level in repeats)
        here = at.get(position)
        if here is None:
            at[position] = {category: [i]}
            continue
        if category in here or not sharing[category].isdisjoint(here):
            for other in (category, *sharing[category]):
                for j in here.get(other, ()):
                    mine, theirs = _levels(words, fitting), _levels(lists[j][0], lists[j][1])
                    for word in mine.keys() & theirs.keys():
                        holes.add(max((mine[word], i), (theirs[word], j))[::-1])  # the later turn
            here.setdefault(category, []).append(i)
        else:
            here[category] = [i]
    return holes


def _levels(words: list[tuple], fitting: "_Fitting") -> dict[str, int]:
    """Where each word first comes in a list of a category's words."""
    return fitting.levels if words is fitting.entries else _first_levels(words)


def _first_levels(words: list[tuple]) -> dict[str, int]:
    found: dict[str, int] = {}
    for level, e in enumerate(words):
        found.setdefault(e[0], level)
    return found


def _repeats(words: list[tuple]) -> list[int]:
    """The levels at which a list gives a word it gave before."""
    seen: set[str] = set()
    found = []
    for level, e in enumerate(words):
        if e[0] in seen:
            found.append(level)
        seen.add(e[0])
    return found


def _attribute_candidate(start: int, end: int, word: str, position: int, head: int, article: bool = False) -> Candidate:
    """The word before the object's noun, with the article a bare idiom's noun then takes
    ("in bed" -> "in a canopy bed"; a/an is fitted as every edit's is)."""
    words = _adjective(word, head)
    if article:
        words = (token("a", pos="DET", tag="DT", dep="det", head=head), *words)
    return Candidate("add", "attribute", (Edit(position, position, words),), frozenset(range(start, end)))


def _attribute_position(units: list[tuple[int, int, float]], noun_start: int, rank: float) -> int:
    """Before the first modifier that comes no earlier in the order of modifiers, else before the
    noun: "a [cracked] white pitcher", "a [broken] double parking meter"."""
    for start, _, unit_rank in units:
        if unit_rank >= rank:
            return start
    return noun_start


def _adjective(word: str, head: int) -> tuple:
    parts = word.split(" ")
    if len(parts) == 1:
        return (token(word, lemma=word.lower(), pos="ADJ", tag="JJ", dep="amod", head=head),)
    # "curly haired": the last word carries the phrase, the others hang on it.
    last = len(parts) - 1
    return tuple(
        token(p, lemma=p.lower(), pos="ADJ", tag="JJ", dep="amod", head=head) if k == last else token(p, lemma=p.lower(), pos="ADJ", tag="JJ", dep="advmod", head_local=last)
        for k, p in enumerate(parts)
    )


# -- objects ---------------------------------------------------------------------------------


class _Objects:
    """The object lists of a caption in groups: one group per object new ones may join (a
    conjunct after it, one before it, a "with" phrase), and one for a place phrase at the end
    of the caption. A list is (maker, where, its pool's spec); the plan for a word of the pool
    is ``make(scene, where, word, category)``; a plan's key is (group, list, level)."""

    def __init__(self, scene: _Scene):
        self.scene = scene
        self.anchors = [obj for obj in scene.objects if _anchor(scene, obj) and not scene.denied.covers(obj)]
        self._groups: dict[int, list[tuple]] = {}
        self._pools: dict[tuple, _Pool] = {}

    def bounds(self) -> list[int]:
        """At most how many lists each group has: three for an object, two for the place."""
        return [3] * len(self.anchors) + ([len(NEAR_PREPOSITIONS)] if self.end is not None else [])

    @_cached
    def end(self) -> int | None:
        """Where a place phrase goes: the caption's end, unless it ends in one already ("next to
        a potted plant" takes no "next to a sign" after it)."""
        end = _sentence_end(self.scene) if self.scene.objects and not self.scene.denied.negated else None
        # (After a negation a place phrase may fall under it: "The room has no windows near a lamp".)
        return None if end is None or _no_place_phrase_after(self.scene, end) else end

    def group(self, g: int) -> list[tuple]:
        found = self._groups.get(g)
        if found is None:
            found = self._groups[g] = self._anchored(self.anchors[g]) if g < len(self.anchors) else self._place_phrase()
        return found

    def _anchored(self, obj: dict) -> list[tuple]:
        """The lists of an object new ones may join."""
        scene = self.scene
        lexicon = scene.lexicon
        category = obj.get("category")
        companions = _categories(category, COMPANIONS, scene)
        placed = _placed(scene, obj)
        if category is None and not placed:  # unknown to the lexicon: keep to the scene's company
            companions = [c for c in scene.categories if c in COMPANIONS]
        if placed:  # "on a bench and a chair", not "on a bench and a toaster"
            companions = companions[:1]
        game = _a_game(scene, obj)
        if game:
            companions = ["sport"]  # "playing baseball and soccer", never "baseball and softballs"
        holder = of_what(obj["head"], scene.tokens)
        holder = scene.tokens[holder]["lemma"].lower() if holder is not None else None
        if holder in SHAPES_OF:
            companions = []  # what a shape is made of goes alone: never "a ball of drills and yarn"
        elif holder is not None and (holder in HOLDERS or scene.lexicon.category("objects", holder) in HOLDER_CATEGORIES):
            companions = [c for c in companions if c == category]  # "a glass of beer and wine", never "of doughnut holes and wine"
        taken_by = _taking_verb(scene, obj)
        keep = None
        if taken_by is not None:
            # What joins a verb's object is taken by the verb too: "builds a sandcastle", never
            # "builds a man and a sandcastle"; "rides an elephant", never "a duck and an elephant".
            if taken_by.split(" ")[0] in PATH_VERBS:
                # What one goes across or up is one way: "climbing a metal ladder" never
                # "climbing a hammer and a metal ladder", "crossing a stone bridge and a stop sign".
                companions = []
            kind = lexicon.category("relations", taken_by)
            companions = [c for c in companions if takes_object(taken_by, kind, c)]
            keep = TAKEN_BY_NAME.get(taken_by)
            if taken_by == "fly":  # what is flown, of any kind: "flying a kite and a drone"
                companions = list(scene.index.flown_categories)
        done = next((verb for verb in verbs_done(obj["head"], scene.tokens, scene.children) if verb in DONE_BY_NAME), None)
        if done is not None and keep is None:
            keep = DONE_BY_NAME[done]  # "an airplane flying": never "a ship and an airplane are flying"
        carried = _categories(category, WITH, scene, own=False)
        if category == "room":
            name = obj["lemma"].lower()
            kinds = next((kinds for part, kinds in ROOM_WITH if part in name), None)
            carried = [c for c in kinds if c in lexicon.objects] if kinds else carried
        after = _after_noun(scene, obj)
        anchor = _Anchor(scene, obj)
        lists = []
        if keep is None and scene.counter(obj) is not None:
            keep = _counted  # "a bunch of bananas" -> "a bunch of grapes and bananas", never "of cake and bananas"
        if keep is None and game:
            keep = _played  # "playing soccer" -> "playing tennis and soccer", never "playing skiing and soccer"
        kinds_list = _in_a_kinds_list(scene, obj)
        listed = _place_in_a_list(scene, obj)
        if _owns_a_named_part(scene, obj):
            companions = []  # "the faucet of a sink": never "the faucet of a sink and a lamp", which gives the lamp one
        if companions and not (scene.tokens[obj["head"]]["dep"] in ("nsubj", "nsubjpass", "ROOT") and (_a_part_of_its_own(scene) or _by_itself(scene))):
            # One pool for both sides (and for another object of the same kind).
            pool = (tuple(companions), None, obj["lemma"], keep)
            # A list takes a new member as an item beside one of its own, never with a second
            # "and": "rice, vegetables and fresh fruit" -> "rice, cake, vegetables and fresh
            # fruit", never "rice, vegetables and cake and fresh fruit".
            if kinds_list == "kind":  # "broccoli and other vegetables" is whole: "... and apples" after it
                lists.append((_coordinated_after, anchor, pool))
            elif after and kinds_list is None and listed != "last":
                lists.append((_listed_after if listed else _coordinated_after, anchor, pool))
            if not placed and not _of_a_portion(scene, obj) and kinds_list is None and listed != "last":
                lists.append((_listed_before if listed else _coordinated_before, anchor, pool))
        if carried and after and not _with_after(scene, obj) and not _described_after(scene, obj) and not _a_goal(scene, obj):
            # Not next to another "with": "a woman with long hair" -> never "a woman with a
            # purse with long hair".
            lists.append((_with, anchor, _carried(scene, obj, carried)))
        return lists

    def _place_phrase(self) -> list[tuple]:
        """The lists of a place phrase at the end of the caption: "... near a fountain"."""
        scene = self.scene
        places = NEAR_TABLE if any(c in MEALS for c in scene.categories) else NEAR_INDOOR if scene.indoor else NEAR_OUTDOOR
        # No water or land beside a place already named: "on the beach near an ocean" may be true.
        places = [c for c in places if c in scene.lexicon.objects and not (c in ("terrain", "nature") and c in scene.categories)]
        pool = (tuple(places), None, None, _landmark)
        return [(_near, (self.end, preposition), pool) for preposition in NEAR_PREPOSITIONS]

    def pool(self, spec: tuple) -> "_Pool":
        found = self._pools.get(spec)
        if found is None:
            found = self._pools[spec] = _pool(self.scene, *spec)
        return found

    @_cached
    def listing(self) -> _Turns:
        """All the lists taking turns, in the order the groups come: the first word of each,
        then the second, and so on."""
        flat = [(g, l, spec) for g in range(len(self.bounds())) for l, (_, _, spec) in enumerate(self.group(g))]
        return _Turns([self.pool(spec).size for _, _, spec in flat], lambda i, level: (flat[i][0], flat[i][1], level))

    def cells(self, g: int, depth: int) -> _Cells:
        """The group's plans above ``depth``."""
        return _Cells(g, [min(depth, self.pool(spec).size) for _, _, spec in self.group(g)])

    def plan(self, key: tuple[int, int, int]) -> tuple:
        g, l, level = key
        make, where, spec = self.group(g)[l]
        category, word = self.pool(spec).get(level)
        return make, (self.scene, where, word, category)


def _taking_verb(scene: _Scene, obj: dict) -> str | None:
    """The verb (with its particle: "blow out") whose direct object ``obj`` is, or whose passive
    subject ("a kite being flown"), as a lexicon key."""
    head = obj["head"]
    verb = scene.head(head)
    done = next((c for c in scene.children[head] if scene.tokens[c]["dep"] == "acl" and scene.tokens[c]["tag"] == "VBN"), None)
    if scene.tokens[head]["dep"] == "nsubjpass" or done is not None:
        verb = verb if done is None else done  # what is done to it is taken by it: "a kite (is) being flown"
    elif scene.tokens[head]["dep"] != "dobj":
        return None
    if verb is None or scene.tokens[verb]["pos"] != "VERB":
        return None
    particle = next((scene.lower[c] for c in scene.children[verb] if scene.tokens[c]["dep"] == "prt"), None)
    lemma = scene.tokens[verb]["lemma"].lower()
    return f"{lemma} {particle}" if particle else lemma


def _anchor(scene: _Scene, obj: dict) -> bool:
    """An object a new one may join: visible, and not the possessor or part of another noun."""
    t = scene.tokens[obj["head"]]
    return (
        _plain(scene, obj) and t["dep"] not in ("poss", "compound") and not any(scene.tokens[c]["dep"] == "case" for c in scene.children[obj["head"]])
        and not _after_anothers_article(scene, obj)
        and not posed_for(obj["head"], scene.tokens)  # "posing for the camera" never "for the camera and a laptop"
    )


def _a_goal(scene: _Scene, obj: dict) -> bool:
    """Whether the noun is where something goes ("throws the ball toward |home plate|"): a "with"
    after it would say what the throwing is done with ("toward home plate with a car")."""
    t = scene.tokens[obj["head"]]
    way = t["head"]
    return t["dep"] == "pobj" and scene.lower[way] in GOAL_WAYS and not (way > 0 and scene.lower[way - 1] in ("next", "close", "due", "up", "according"))


GOAL_WAYS = {"toward", "towards", "to", "into", "onto"}


def _after_anothers_article(scene: _Scene, obj: dict) -> bool:
    """A noun modifier right after the article of the noun it modifies: "chip" of "A potato chip
    and snack delivery van" (never "An apples and potato chip and snack delivery van")."""
    if scene.tokens[obj["head"]]["dep"] != "nmod":
        return False
    start = scene.np_start(obj)
    return start > 0 and scene.lower[start - 1] in ("a", "an") and scene.tokens[start - 1]["head"] != obj["head"]


def _counted_by_a_pair(scene: _Scene, obj: dict) -> bool:
    """What "a pair of" counts: "a pair of |scissors|"."""
    counter = scene.counter(obj)
    return counter is not None and scene.tokens[counter]["lemma"].lower() == "pair"


def _of_a_portion(scene: _Scene, obj: dict) -> bool:
    """What a portion is of ("bread" of "a loaf of bread"): nothing joins it from before ("a
    loaf of bananas and bread"); after it, the new thing joins the whole ("two slices of pizza
    and a cupcake")."""
    t = scene.tokens[obj["head"]]
    of = scene.head(obj["head"]) if t["dep"] == "pobj" else None
    portion = scene.head(of) if of is not None and scene.lower[of] == "of" else None
    # "a pair of chainsaws and scissors" never; "a pair of scissors and a lighter" joins the pair
    return (portion is not None and scene.lexicon.category("objects", scene.tokens[portion]["lemma"]) in ("portion", "food")) or _counted_by_a_pair(scene, obj)


def _placed(scene: _Scene, obj: dict) -> bool:
    """The object of a place phrase ("on the table"): a conjunct before it reads as a second
    place ("on a chair and the table"), not as a second thing."""
    prep = scene.head(obj["head"])
    if scene.tokens[obj["head"]]["dep"] != "pobj" or prep is None:
        return False
    if scene.lower[prep] in ("with", "without", "like"):
        return False
    if scene.lower[prep] == "of":  # "a bowl of apples" holds things; "on top of a table" places
        above = scene.head(prep)
        return above is None or scene.tokens[above]["pos"] not in ("NOUN", "PROPN") or scene.lexicon.category("objects", scene.tokens[above]["lemma"]) == "region"
    return True


def _with_after(scene: _Scene, obj: dict) -> bool:
    """Whether a "with" phrase follows the object's noun, its own or another's ("standing in
    field with baseball mitt": never "in field with a sign with baseball mitt"), or the object
    is itself what a "with" has."""
    end = obj["end"]
    if end < len(scene.tokens) and scene.lower[end] in ("with", "without"):
        return True
    governor = scene.tokens[obj["head"]]["head"]
    return scene.tokens[obj["head"]]["dep"] == "pobj" and scene.lower[governor] in ("with", "without")  # "with a knife": never "with a knife with broccoli"


def _described_after(scene: _Scene, obj: dict) -> bool:
    """Whether the words right after the noun say how it looks or what it has: what it wears
    ("A woman |in a blue dress|", "A group of men |in orange vests|"), a passive participle ("A
    dining table |set with four plates|") or one with an object ("A child |holding a red
    balloon|"). A "with" phrase put before them would take them: never "A woman with a dog in
    a blue dress", "A child with a tennis ball holding a red balloon" ("Two people with a dog
    sitting at a table" is fine)."""
    end = obj["end"]
    if end >= len(scene.tokens):
        return False
    nxt = scene.tokens[end]
    if nxt["dep"] == "acl" and nxt["head"] == obj["head"] and nxt["tag"] in ("VBG", "VBN"):
        return nxt["tag"] == "VBN" or any(t["head"] == end and t["dep"] == "dobj" for t in scene.tokens[end + 1 :])
    return nxt["dep"] == "prep" and any(
        c["type"] == "attribute" and c.get("category") == "worn" and c.get("of") == obj["id"] and scene.tokens[c["head"]]["head"] == end for c in scene.concepts
    )


def _after_noun(scene: _Scene, obj: dict) -> bool:
    """May words follow the noun directly? Not inside "a picture of", "the man 's"; nor between
    a noun and what is said of it after it ("with the shower curtain open", "a pan full with
    apples"): never "the shower curtain and a lamp open", "a pan with sandwiches full with"."""
    end = obj["end"]
    if end < len(scene.tokens):
        nxt = scene.tokens[end]
        if scene.lower[end] in ("of", "'s", "'") and nxt["head"] == obj["head"]:
            return False
        if nxt["pos"] == "ADJ" and nxt["head"] < end and scene.lexicon.category("attributes", scene.lower[end]) in STATES_OF_ONE_THING:
            return False
    return True


def _categories(category: str | None, table: dict, scene: _Scene, own: bool = True) -> list[str]:
    if category is None or category not in table:
        return []
    found = [category] if own else []
    found += [c for c in table.get(category, ()) if c not in found]
    return [c for c in found if c in scene.lexicon.objects]


def _carried(scene: _Scene, obj: dict, categories: list[str]) -> tuple:
    """The spec of the pool of what the object may be "with" (see :func:`_pool`): a pet's ball,
    a person's hat (not "a shirt"), ..."""
    if obj.get("category") == "animal":
        if "pet" not in scene.index.ancestors(obj["lemma"]) and "pet" not in scene.index.ancestors(scene.tokens[obj["head"]]["lemma"]):
            return ((), None, None, None)  # no "zebras with a leash"
        return (tuple(categories), PET_THINGS, None, None)
    return (tuple(categories), None, obj["lemma"], _worn_or_pet)


def _played(index: "_Index", category: str, word: str) -> bool:
    """A game one plays: no sport one does ("skiing", "yoga")."""
    return not word.endswith("ing") and word not in NOT_PLAYED


def _counted(index: "_Index", category: str, word: str) -> bool:
    """A thing a "bunch of" or "a herd of" may count: no stuff."""
    return word.lower() not in MASS_NOUNS and word.split(" ")[-1].lower() not in MASS_NOUNS


def _landmark(index: "_Index", category: str, word: str) -> bool:
    """A place to be near: a tree, not a leaf."""
    return category != "plant" or word in LANDMARK_PLANTS


class _ByName:
    """The ``keep`` of a pool (see :func:`_pool`) for a verb that asks for its objects, or its
    doers, by name as well as by kind (:func:`comptool.suits.takes_noun`,
    :func:`comptool.suits.does`): "riding a horse and an elephant", never "a duck"; "a
    helicopter and an airplane are flying", never "a ship". One per verb and role, so pools
    cache by it."""

    __slots__ = ("verb", "doer")

    def __init__(self, verb: str, doer: bool):
        self.verb = verb
        self.doer = doer

    def __call__(self, index: "_Index", category: str, word: str) -> bool:
        if self.doer:
            return does(index.lexicon, self.verb, category, word)
        return takes_noun(self.verb, category, word)


TAKEN_BY_NAME = {verb: _ByName(verb, doer=False) for verb in NAMED_TAKERS}
DONE_BY_NAME = {verb: _ByName(verb, doer=True) for verb in NAMED_DOERS}


def _worn_or_pet(index: "_Index", category: str, word: str) -> bool:
    """What one is "with": a hat, not a shirt; a dog, not a cow."""
    return (category != "clothing" or word in WORN_WITH) and (category != "animal" or "pet" in index.ancestors(word))


class _Pool:
    """(category, word) pairs from a generator, drawn only as far as asked and kept, and how
    many it holds in all (counted without drawing: see :func:`_pool`)."""

    __slots__ = ("items", "size", "_source")
    CHUNK = 8  # drawn at a time: the turns ask for one more at each level

    def __init__(self, source: Iterator[tuple[str, str]]):
        self.items: list[tuple[str, str]] = []
        self.size = 0
        self._source: Iterator | None = source

    def get(self, k: int):
        """Item ``k``, or ``_END`` when there are no more than ``k``."""
        items = self.items
        if k >= len(items) and self._source is not None:
            items.extend(islice(self._source, max(self.CHUNK, k + 1 - len(items))))
            if len(items) <= k:
                self._source = None  # drawn to the end
        return items[k] if k < len(items) else _END


def _pool(scene: _Scene, categories: tuple[str, ...], only: frozenset[str] | None = None, near: str | None = None, keep: Callable[["_Index", str, str], bool] | None = None) -> _Pool:
    """(category, word) of the given categories that the caption does not hold (nor a synonym,
    hypernym or hyponym of it), in lexicon order (kin of ``near`` first when given: beside a
    zebra the wild animals, "a giraffe"), the categories taking turns, each word once; only words
    of ``only`` when given, and of those only the ones ``keep(index, category, word)`` allows.
    Drawn only as far as asked; its size is counted with sets, without drawing."""
    pool = _Pool(_pool_words(scene, categories, only, near, keep))
    words, refused, unsure = scene.index.pool_shape(categories, only, keep)
    present = scene.present_objects
    if unsure and not unsure <= present:
        # A word of two categories that ``keep`` judges apart: whether it stays depends on
        # which category the turns reach it in first. Count by drawing (rare).
        k = 0
        while pool.get(k) is not _END:
            k += 1
        pool.size = k
    else:
        pool.size = len(words) - len(words & present) - (len(refused) - len(refused & present))
    return pool


def _pool_words(scene: _Scene, categories: tuple[str, ...], only: frozenset[str] | None, near: str | None, keep) -> Iterator[tuple[str, str]]:
    present = scene.present_objects
    lists = [scene.index.drawn_words(category, near) for category in categories]
    cursors = [0] * len(lists)
    seen: set[str] = set()
    alive = range(len(lists))
    while alive:
        still = []
        for i in alive:
            words, k = lists[i], cursors[i]
            while k < len(words):
                word = words[k]
                k += 1
                if (only is None or word in only) and word not in present:
                    break
            else:
                continue  # the category has no more: it leaves the turns
            cursors[i] = k
            still.append(i)
            if word not in seen:
                seen.add(word)
                if keep is None or keep(scene.index, categories[i], word):
                    yield categories[i], word
        alive = still


@lru_cache(maxsize=65536)
def _forms(word: str) -> tuple[str, str]:
    """A word's look-up form and the look-up form of its last word."""
    form = key(word)
    return form, form.split(" ")[-1]


@lru_cache(maxsize=4096)
def _plural(word: str) -> str:
    return grammar.inflect(word, "NNS", word)


@lru_cache(maxsize=4096)
def _uncountable(word: str) -> bool:
    """A mass noun or one with no plural of its own ("rice", "people", "sheep"): no "a"."""
    last = word.split(" ")[-1].lower()
    # "chopsticks", "glasses", "scissors": written plural, so no "a" either.
    return last in MASS_NOUNS or word.lower() in MASS_NOUNS or _plural(last) == last or lemma_of(last, "NOUN") != last


@lru_cache(maxsize=65536)
def _noun_phrase(word: str, *, plural: bool, dep: str, head: int | None = None, head_local: int | None = None, offset: int = 0, game: bool = False) -> tuple[dict, ...]:
    """Tokens of "a cat", or "cats" bare; the noun takes ``dep`` and ``head`` (old index) or
    ``head_local`` (index in the edit; ``offset`` is where these tokens start in it). A
    ``game`` played is bare and one: "baseball and volleyball", never "volleyballs"."""
    if plural and (game or _uncountable(word)):
        plural = False  # "and rice", not "and rices"
    text = _plural(word) if plural else word
    parts = text.split(" ")
    lemmas = word.split(" ")
    out = []
    if not plural and not game and not _uncountable(word):
        out.append(token("a", pos="DET", tag="DT", dep="det", head_local=offset + len(parts)))
    noun_at = offset + len(out) + len(parts) - 1
    for k, part in enumerate(parts):
        lemma = lemmas[k] if k < len(lemmas) else part
        if k < len(parts) - 1:
            out.append(token(part, lemma=lemma, pos="NOUN", tag="NN", dep="compound", head_local=noun_at))
        elif head_local is None:
            out.append(token(part, lemma=lemma, pos="NOUN", tag="NNS" if plural else "NN", dep=dep, head=head))
        else:
            out.append(token(part, lemma=lemma, pos="NOUN", tag="NNS" if plural else "NN", dep=dep, head_local=head_local))
    return tuple(out)  # shared between candidates: apply_edits copies what it splices


def _bare(scene: _Scene, obj: dict) -> bool:
    """No determiner or number opens the object's phrase: a new conjunct goes bare and plural
    beside it ("surfboards and kites", "broccoli and carrots")."""
    return not scene.determined(obj)


class _Anchor:
    """An object new ones join, with what every candidate on it shares, worked out once, when
    the first candidate on it is built."""

    def __init__(self, scene: _Scene, obj: dict):
        self.scene, self.obj = scene, obj
        self.head, self.start, self.end = obj["head"], obj["start"], obj["end"]

    @_cached
    def np_start(self) -> int:
        return self.scene.np_start(self.obj)

    @_cached
    def bare(self) -> bool:
        # "surfboards and kites", "broccoli and carrots"; what "a pair of" counts is determined by
        # it: "a pair of scissors and a lighter", never "and lighters" (a pair of both); one thing
        # worn, written bare as a headline writes it, is one: "in black shirt and a sweatshirt",
        # never "and sweatshirts"
        return not self.scene.determined(self.obj) and not _counted_by_a_pair(self.scene, self.obj) and not self._one_worn_bare() and not self._shares_an_a()

    def _shares_an_a(self) -> bool:
        """A conjunct of a list the first "a" counts: "a bull, |giraffe|, deer and parakeet" is
        one giraffe, so what joins it is one ("a chair, a stool, sofa and TV", never "stools")."""
        tokens, k = self.scene.tokens, self.head
        if tokens[k]["tag"] != "NN":
            return False
        while tokens[k]["dep"] == "conj" and tokens[k]["head"] != k:
            k = tokens[k]["head"]
        return k != self.head and any(self.scene.lower[c] in ("a", "an") and tokens[c]["dep"] == "det" for c in self.scene.children[k])

    def _one_worn_bare(self) -> bool:
        t = self.scene.tokens[self.head]
        # "in white shorts and a cardigan"; never "Two men in jeans and a cardigan"
        one = (t["tag"] == "NN" and not _uncountable(t["text"].lower())) or has_no_singular(t["text"])
        return one and self.obj.get("category") in WORN_THINGS and not worn_by_many(self.head, self.scene.tokens)

    @_cached
    def slots(self) -> frozenset[int]:
        return frozenset(range(self.start, self.end))

    @_cached
    def are(self) -> dict | None:
        verb = _bare_participle(self.scene, self.obj)
        return None if verb is None else token("are", lemma="be", pos="AUX", tag="VBP", dep="aux" if self.scene.tokens[verb]["tag"] == "VBG" else "auxpass", head=verb)

    @_cached
    def conjunction(self) -> dict:
        return token("and", pos="CCONJ", tag="CC", dep="cc", head=self.head)

    @_cached
    def preposition(self) -> dict:
        return token("with", pos="ADP", tag="IN", dep="prep", head=self.head)


def _owns_a_named_part(scene: _Scene, obj: dict) -> bool:
    """Whether the object owns the part named before its "of": "the faucet of |a sink|", "the
    side of |a building|"; a thing joined to it would own one too."""
    tokens = scene.tokens
    part = of_what(obj["head"], tokens)
    return part is not None and tokens[part]["pos"] == "NOUN" and any(scene.lower[c] == "the" and tokens[c]["dep"] == "det" for c in scene.children[part])


def _in_a_kinds_list(scene: _Scene, obj: dict) -> str | None:
    """ "member" for broccoli and "kind" for vegetables in "broccoli and other vegetables",
    where the last names the kind of what comes before it: nothing joins them ("broccoli and
    apples and other vegetables" never), a thing joins after the list ("... and other
    vegetables and apples")."""
    tokens, head = scene.tokens, obj["head"]

    def names_a_kind(k: int) -> bool:
        return any(tokens[c]["text"].lower() == "other" for c in scene.children[k] if c < k)

    if tokens[head]["dep"] == "conj" and names_a_kind(head):
        return "kind"
    if any(tokens[c]["dep"] == "conj" and names_a_kind(c) for c in scene.children[head]):
        return "member"
    return None


def _place_in_a_list(scene: _Scene, obj: dict) -> str | None:
    """ "last" for the last of joined nouns ("fresh fruit" of "rice, vegetables and fresh
    fruit"), "inside" for the others; None for a noun joined to none."""
    tokens, head = scene.tokens, obj["head"]
    if any(tokens[c]["dep"] in ("conj", "appos") and tokens[c]["pos"] in ("NOUN", "PROPN") for c in scene.children[head]):  # a list's comma may read as apposition
        return "inside"
    return "last" if tokens[head]["dep"] == "conj" and tokens[tokens[head]["head"]]["pos"] in ("NOUN", "PROPN") else None


def _coordinated_after(scene: _Scene, anchor: _Anchor, word: str, category: str = "") -> Candidate:
    """ "A dog is running" -> "A dog and a cat are running"; a noun with a participle after it
    becomes a clause: "A dog standing on a bench" -> "A dog and a bird are standing on a bench"."""
    words = (anchor.conjunction, *_noun_phrase(word, plural=anchor.bare, dep="conj", head=anchor.head, offset=1, game=category == "sport"))
    if anchor.are is not None:
        words += (anchor.are,)
    return Candidate("add", "object", (Edit(anchor.end, anchor.end, words),), anchor.slots)


def _bare_participle(scene: _Scene, obj: dict) -> int | None:
    """The participle right after the main noun of a caption that has no finite verb: "A dog
    standing on a bench" ("A dog and a bird are standing on a bench")."""
    head, end = obj["head"], obj["end"]
    if end >= len(scene.tokens) or scene.finite:
        return None
    nxt = scene.tokens[end]
    if nxt["tag"] not in ("VBG", "VBN") or _has_aux(scene, end):
        return None
    if scene.tokens[head]["dep"] in ("pobj", "dobj", "conj", "compound", "poss", "attr"):
        return None  # "a picture of a dog sitting": the dog is no subject
    if nxt["dep"] == "acl" and nxt["head"] == head:
        return end
    if scene.tokens[head]["head"] == end and nxt["dep"] == "ROOT":
        return end
    return None


# Parts only some animals have: a subject that uses one ("sprays water with its trunk") takes
# no companion, who would use it too ("An elephant and a hen spray water with their trunk").
OWN_KIND_PARTS = {
    "trunk", "tusk", "tusks", "beak", "bill", "wing", "wings", "horn", "horns", "antler", "antlers", "mane", "hump",
    "shell", "fin", "fins", "paw", "paws", "hoof", "hooves", "claw", "claws", "feather", "feathers", "whisker", "whiskers", "snout",
}


def _by_itself(scene: _Scene) -> bool:
    """Whether the caption says its subject is alone: "A zebra all by itself" (never "A zebra
    and a swan all by itself")."""
    return any(word == "by" and scene.lower[k + 1] in SINGULAR_REFLEXIVES for k, word in enumerate(scene.lower[:-1]))


def _a_part_of_its_own(scene: _Scene) -> bool:
    """Whether the caption names a part some animals alone have, as the subject's ("its trunk")."""
    tokens = scene.tokens
    return any(
        t["dep"] == "poss" and t["text"].lower() in ("its", "his", "her", "their") and tokens[t["head"]]["lemma"].lower() in OWN_KIND_PARTS
        for t in tokens
    )


def _coordinated_before(scene: _Scene, anchor: _Anchor, word: str, category: str = "") -> Candidate:
    """ "a dog" -> "a cat and a dog": the new noun is taken as the old one's conjunct, so a
    subject turns plural and its verb agrees."""
    words = _noun_phrase(word, plural=anchor.bare, dep="conj", head=anchor.head, game=category == "sport")
    words += (token("and", pos="CCONJ", tag="CC", dep="cc", head_local=len(words) - 1),)
    return Candidate("add", "object", (Edit(anchor.np_start, anchor.np_start, words),), anchor.slots)


def _listed_before(scene: _Scene, anchor: _Anchor, word: str, category: str = "") -> Candidate:
    """ "rice, vegetables and fresh fruit" -> "cake, rice, vegetables and fresh fruit": a new
    item of a list, before one of its own."""
    return Candidate("add", "object", (Edit(anchor.np_start, anchor.np_start, _list_item(anchor, word, category)),), anchor.slots)


def _list_item(anchor: _Anchor, word: str, category: str) -> tuple[dict, ...]:
    """ "broccoli, ": a new item of the anchor's list, with its comma."""
    words = list(_noun_phrase(word, plural=anchor.bare, dep="conj", head=anchor.head, game=category == "sport"))
    words[-1] = {**words[-1], "ws": ""}  # the phrase is shared between candidates: never changed in place
    words.append(token(",", pos="PUNCT", tag=",", dep="punct", head_local=len(words) - 1))
    return tuple(words)


def _listed_after(scene: _Scene, anchor: _Anchor, word: str, category: str = "") -> Candidate:
    """ "carrots and greens" -> "carrots, mushrooms and greens", "potatoes, carrots and chicken"
    -> "potatoes, broccoli, carrots and chicken": a new item of a list, after one of its own
    that is not the last."""
    if anchor.end < len(scene.tokens) and scene.tokens[anchor.end]["text"] == ",":
        return Candidate("add", "object", (Edit(anchor.end + 1, anchor.end + 1, _list_item(anchor, word, category)),), anchor.slots)
    comma = token(",", pos="PUNCT", tag=",", dep="punct", head=anchor.head)
    words = (comma, *_noun_phrase(word, plural=anchor.bare, dep="conj", head=anchor.head, offset=1, game=category == "sport"))
    return Candidate("add", "object", (Edit(anchor.end, anchor.end, words),), anchor.slots)


def _with(scene: _Scene, anchor: _Anchor, word: str, category: str) -> Candidate:
    """ "a man" -> "a man with a hat"; things eaten come bare: "a pizza with mushrooms"."""
    plural = category in MASS_CATEGORIES and not _uncountable(word)
    words = (anchor.preposition, *_noun_phrase(word, plural=plural, dep="pobj", head_local=0, offset=1))
    return Candidate("add", "object", (Edit(anchor.end, anchor.end, words),), anchor.slots)


def _near(scene: _Scene, place: tuple[int, str], word: str, category: str = "") -> Candidate:
    """ "... on a bench." -> "... on a bench near a fountain.": a place phrase on the main clause."""
    end, preposition = place
    preposition = _place_preposition(scene, preposition)
    words = preposition + _noun_phrase(word, plural=False, dep="pobj", head_local=len(preposition) - 1, offset=len(preposition))
    return Candidate("add", "object", (Edit(end, end, words),), frozenset())


def _place_preposition(scene: _Scene, preposition: str) -> tuple[dict, ...]:
    """Tokens of "near" or "next to", hung on the caption's root."""
    parts = preposition.split(" ")
    first = token(parts[0], pos="ADP" if len(parts) == 1 else "ADV", tag="IN" if len(parts) == 1 else "RB", dep="prep", head=_root(scene))
    return (first, *(token(p, pos="ADP", tag="IN", dep="prep", head_local=k) for k, p in enumerate(parts[1:])))


def _root(scene: _Scene) -> int:
    for i, t in enumerate(scene.tokens):
        if t["dep"] == "ROOT" or t["head"] == i:
            return i
    return 0


# What is far over every place, so nothing is next to it: "in the sky", "the sun".
FAR_AWAY = EVERYWHERE | {"sun", "moon", "stars", "horizon", "clouds"}


def _no_place_phrase_after(scene: _Scene, end: int) -> bool:
    """The caption's last phrase, up to ``end``, says what is near ("... next to a potted
    plant"), or is no place to be near ("... because of the sun", "... in the sky")."""
    k = end - 1
    while k >= 0 and scene.tokens[k]["pos"] not in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ"):
        k -= 1  # back over the last noun phrase
    if scene.lower[end - 1 : end] == ["nearby"] or scene.lower[max(0, end - 2) : end] == ["close", "by"]:
        return True  # "... plays the drums nearby": never "nearby near a plate"
    if k < 0 or scene.tokens[k]["pos"] != "ADP":
        return False
    words = " ".join(scene.lower[max(0, k - 1) : k + 1])
    if words in ("because of", "due to", "thanks to") or scene.lower[end - 1] in FAR_AWAY:
        return True  # "... because of the sun": a place phrase after it places the sun ("the sun next to a tree")
    return scene.lower[k] in ("near", "beside") or words == "next to"


def _sentence_end(scene: _Scene) -> int | None:
    """Where a phrase goes at the end of the caption: before its closing punctuation."""
    tokens = scene.tokens
    end = len(tokens)
    while end > 0 and (tokens[end - 1]["pos"] in ("PUNCT", "SPACE") or not tokens[end - 1]["text"].strip()):
        end -= 1
    if end == 0:
        return None
    # Only one sentence: a second one would need its own root.
    if any(t["text"] in (".", "!", "?") for t in tokens[: end - 1]):
        return None
    return end


# -- negation --------------------------------------------------------------------------------


class _Negations:
    """The negations of a caption, one group for each place one may go, in this order: each
    object (its determiner turned into "no"), each "with" ("without"), each verb ("not"). A
    group holds one candidate or none, worked out when first asked for: ``-n 1`` looks at
    places at random until one negates."""

    def __init__(self, scene: _Scene):
        self.scene = scene
        self.places: list[tuple[Callable, object]] = [(_no_determiner, obj) for obj in scene.objects if obj["head"] not in scene.frames]
        self.places += [(_without, i) for i, word in enumerate(scene.lower) if word == "with"]
        self.places += [(_not_verb, i) for i, t in enumerate(scene.tokens) if t["pos"] in ("VERB", "AUX")]
        if scene.denied.negated:
            self.places = []  # a caption that denies something is not denied again: "No people are not on the beach"
        self._made: dict[int, Candidate | None] = {}

    def candidate(self, g: int) -> Candidate | None:
        if g not in self._made:
            make, where = self.places[g]
            self._made[g] = make(self.scene, where)
        return self._made[g]

    def bounds(self) -> list[int]:
        return [1] * len(self.places)

    def cells(self, g: int, depth: int) -> _Cells:
        return _Cells(g, [int(self.candidate(g) is not None)])

    def plan(self, key: tuple[int, int, int]) -> tuple:
        return _given, (self.candidate(key[0]),)

    @_cached
    def listing(self) -> _Turns:
        return _Turns([int(self.candidate(g) is not None) for g in range(len(self.places))], lambda i, level: (i, 0, level))


def _no_determiner(scene: _Scene, obj: dict) -> Candidate | None:
    """ "There is a dog" -> "There is no dog"; "a vase with flowers" -> "a vase with no flowers";
    "Two dogs are running" -> "No dogs are running"."""
    tokens = scene.tokens
    head = obj["head"]
    if not _plain(scene, obj) or not _negatable_noun(scene, obj) or named_again(tokens, head):
        return None  # (never "with no clocks hanging from it with a mirror next to them")
    start = scene.np_start(obj)
    while start > 0 and tokens[start - 1]["head"] == head and tokens[start - 1]["dep"] == "amod":
        # "no" goes before a participle too, and what opens the phrase before it: "with no lit
        # candles", never "with lit no candles".
        start -= 1
        while start > 0 and scene._hangs_left(start - 1, head):
            start -= 1
    if scene.negated(head) or any(scene.lower[k] in NEGATORS for k in range(start, obj["end"])):
        return None
    # The determiners, possessor and counts that open the phrase give way to "no":
    # "his two dogs" -> "no dogs", "many piercings" -> "no piercings".
    stop = start
    while stop < obj["start"] and _determiner_like(scene, stop, head):
        stop += 1
    if stop > start and any(scene.lower[k] not in REPLACEABLE_DETERMINERS | COUNT_HEDGES and not _countable_word(scene, k) and not scene._under_possessive(k, head) for k in range(start, stop)):
        return None  # "each", "every", "another", "what": no clean negation
    new = token("no", pos="DET", tag="DT", dep="det", head=head)
    slots = frozenset(range(obj["start"], obj["end"]))
    if tokens[head]["tag"] in ("NN", "NNP") and any((grammar.number_value(scene.lower[k]) or 0) > 1 for k in range(start, stop)):
        return None  # "two sheep": an invariant plural would read as singular after "no"
    return Candidate("add", "negation", (Edit(start, stop, (new,)),), slots)


def _determiner_like(scene: _Scene, k: int, head: int) -> bool:
    t = scene.tokens[k]
    if scene._under_possessive(k, head) or t["dep"] == "case":
        return True
    if scene.lower[k] in COUNT_HEDGES and k + 1 < len(scene.tokens) and t["head"] == k + 1 and _countable_word(scene, k + 1):
        return True  # "only one chair" -> "no chair", never "no only one chair"
    if t["head"] != head:
        return False
    return t["dep"] in DETERMINED or t["pos"] in ("DET", "NUM") or _countable_word(scene, k)


def _countable_word(scene: _Scene, k: int) -> bool:
    """A count or quantifier: "two", "many", "several", "some", "different" ("with different
    desserts" -> "with no desserts")."""
    word = scene.lower[k]
    return grammar.number_value(word) is not None or word in VAGUE or word in MANY_WORDS or scene.tokens[k]["pos"] == "NUM"


def _negatable_noun(scene: _Scene, obj: dict) -> bool:
    """Where "no" makes a false and natural statement: something there is, something had or
    carried, or the subject of what is done."""
    tokens = scene.tokens
    head = obj["head"]
    t = tokens[head]
    dep = t["dep"]
    governor = scene.head(head)
    if any(tokens[c]["dep"] == "conj" for c in scene.children[head]):
        return False  # "No white cat and a black dog sit ...": "no" would take one of the two
    if dep in ("nsubj", "nsubjpass"):
        verb = governor
        # The subject of a main clause, before its verb: "No dog is running"; not a misread
        # fragment ("an area outside a dwelling that has been flooded").
        return verb is not None and verb > head and tokens[verb]["dep"] in ("ROOT", "conj", "ccomp") and _finite(scene, verb) and not _vague_subject(scene, head)
    if dep == "attr" and governor is not None and any(tokens[c]["dep"] == "expl" for c in scene.children[governor]):
        return True  # "There is a dog"
    if dep == "dobj" and governor is not None and tokens[governor]["lemma"] == "have":
        return True  # "The bathroom has a toilet"
    if dep == "pobj" and governor is not None and scene.lower[governor] == "with":
        above = scene.head(governor)
        return above is not None and tokens[above]["pos"] in ("NOUN", "PROPN")  # "a man with a hat"
    # Not the noun of a fragment: "No dogs on the couch." reads as a rule, not as a caption.
    return False


def _vague_subject(scene: _Scene, noun: int) -> bool:
    return any(scene.lower[c] in VAGUE for c in scene.children[noun])


def _finite(scene: _Scene, verb: int) -> bool:
    """The verb, or one of its auxiliaries, is finite: "is running", "rides", "was parked"."""
    ks = [verb] + [c for c in scene.children[verb] if scene.tokens[c]["dep"] in ("aux", "auxpass")]
    return any(scene.tokens[k]["tag"] in ("VBZ", "VBP", "VBD", "MD") for k in ks)


def _without(scene: _Scene, i: int) -> Candidate | None:
    """ "a man with a hat" -> "a man without a hat" (with on a noun: having, not doing with)."""
    tokens = scene.tokens
    t = tokens[i]
    if t["dep"] != "prep":
        return None
    above = scene.head(i)
    obj = next((c for c in scene.children[i] if tokens[c]["dep"] == "pobj"), None)
    if above is None or obj is None or tokens[above]["pos"] not in ("NOUN", "PROPN") or tokens[obj]["pos"] not in ("NOUN", "PROPN"):
        return None
    if scene.negated(obj) or any(scene.lower[c] in NEGATORS for c in scene.children[obj]) or named_again(tokens, obj):
        return None  # (never "without clocks hanging from it with a mirror next to them")
    new = token(grammar.match_case("without", t["text"]), lemma="without", pos="ADP", tag="IN", dep="prep", head=above)
    # Its count goes: "with two zebras" -> "without zebras", never "without two zebras".
    counts = count_to_drop(tokens, obj)
    return Candidate("add", "negation", (Edit(i, i + 1, (new,)), *(Edit(c, c + 1, ()) for c in counts)), frozenset({i, *counts}))


def _not_verb(scene: _Scene, i: int) -> Candidate | None:
    """ "is running" -> "is not running"; "rides" -> "does not ride"; "riding" -> "not riding"."""
    tokens = scene.tokens
    t = tokens[i]
    if scene.negated(i) or scene.pictured(t["head"] if t["dep"] in ("aux", "auxpass") else i):
        return None  # "A cat is pictured", "The image shows a cat": never "is not pictured", "does not show"
    if any(tokens[c]["dep"] == "expl" for c in scene.children[i]) or any(tokens[c]["dep"] == "expl" for c in scene.children[t["head"]] if t["dep"] in ("aux", "auxpass")):
        return None  # "There is a dog": negated by "no dog"
    subject = _subject(scene, i)
    if subject is not None and _vague_subject(scene, subject):
        return None
    slots = frozenset({i})
    if t["dep"] in ("aux", "auxpass") and t["tag"] in ("VBZ", "VBP", "VBD") and t["lemma"] in ("be", "have") and not _first_aux_before(scene, i):
        # "is running" -> "is not running"; "has been cut" -> "has not been cut"
        return Candidate("add", "negation", (Edit(i + 1, i + 1, (_not(i),)),), slots)
    if t["dep"] not in ("aux", "auxpass") and t["lemma"] == "be" and t["tag"] in ("VBZ", "VBP", "VBD") and subject is not None:
        return Candidate("add", "negation", (Edit(i + 1, i + 1, (_not(i),)),), slots)  # "The car is red"
    if t["dep"] not in ("aux", "auxpass") and t["pos"] == "VERB" and t["tag"] in ("VBZ", "VBP") and subject is not None and not _has_aux(scene, i):
        # "A man rides a horse" -> "A man does not ride a horse"; before the verb's own adverbs:
        # "A man quickly runs" -> "A man does not quickly run"
        do = token(grammar.inflect("do", t["tag"], "do"), lemma="do", pos="AUX", tag=t["tag"], dep="aux", head=i)
        base = token(grammar.inflect(t["text"], "VB", t["lemma"]), lemma=t["lemma"], pos="VERB", tag="VB", dep=t["dep"], head=t["head"])
        start = _before_own_adverbs(scene, i)
        if start < i:
            return Candidate("add", "negation", (Edit(start, start, (do, _not(i))), Edit(i, i + 1, (base,))), slots)
        return Candidate("add", "negation", (Edit(i, i + 1, (do, _not(i), base)),), slots)
    if t["pos"] == "VERB" and t["tag"] == "VBG" and t["dep"] in ("acl", "ROOT") and not _has_aux(scene, i) and _subject(scene, i) is not None:
        # "a man riding a horse" -> "a man not riding a horse"; "a man not downhill skiing"
        start = _before_own_adverbs(scene, i)
        return Candidate("add", "negation", (Edit(start, start, (_not(i),)),), slots)
    return None


def _before_own_adverbs(scene: _Scene, i: int) -> int:
    """Where the adverbs right before verb ``i`` that hang on it begin ("downhill |skiing")."""
    start = i
    while start - 1 in scene.children[i] and scene.tokens[start - 1]["dep"] in ("advmod", "npadvmod"):
        start -= 1
    return start


def _not(head: int) -> dict:
    return token("not", pos="PART", tag="RB", dep="neg", head=head)


def _first_aux_before(scene: _Scene, i: int) -> bool:
    """Another auxiliary before this one takes the "not": "will be" -> "will not be"."""
    head = scene.tokens[i]["head"]
    return any(scene.tokens[c]["dep"] in ("aux", "auxpass") and c < i for c in scene.children[head])


def _has_aux(scene: _Scene, i: int) -> bool:
    return any(scene.tokens[c]["dep"] in ("aux", "auxpass") for c in scene.children[i])


def _verbs_of(scene: _Scene, obj: dict) -> list[int]:
    """The verbs the object is the subject of ("A cat sleeps", "A bus is moving") and the
    participles that describe it ("a cat sleeping on a couch", "a car parked by a tree")."""
    tokens = scene.tokens
    head = obj["head"]
    found = [c for c in scene.children[head] if tokens[c]["dep"] == "acl" and tokens[c]["pos"] in ("VERB", "AUX")]
    governor = scene.head(head)
    if tokens[head]["dep"] in ("nsubj", "nsubjpass") and governor is not None and tokens[governor]["pos"] in ("VERB", "AUX"):
        found.append(governor)
    return found


def _subject(scene: _Scene, verb: int) -> int | None:
    tokens = scene.tokens
    if tokens[verb]["dep"] in ("aux", "auxpass"):
        verb = tokens[verb]["head"]
    for c in scene.children[verb]:
        if tokens[c]["dep"] in ("nsubj", "nsubjpass"):
            return c
    if tokens[verb]["dep"] == "acl" and tokens[tokens[verb]["head"]]["pos"] in ("NOUN", "PROPN"):
        return tokens[verb]["head"]
    return None
