"""Which words suit which kinds of thing: no "remodeled umbrella", "stale tree", "cracked shirt",
"elderly baby" or "kissing a wii game".

Hand-written knowledge ADD uses to pick attributes for an object and REPLACE uses to fit what
it swaps in:

- ``suits_kind(kind, category, word)`` for an object of lexicon category ``kind`` and an
  attribute ``word`` of ``category``; a word no table here names suits whatever its category
  fits (the lexicon's ``attribute_fits``);
- ``ages_clash(noun, word)`` for a person's or an animal's noun and an age word;
- ``takes_object(verb, category, kind)`` for a relation verb and the kind of thing it takes,
  and ``takes_noun(verb, kind, noun)`` where the kind says too little ("riding a duck");
- ``does(lexicon, verb, kind, noun)`` for a doer and its verb ("a horse perched");
- ``fits_a_mount(relation, preposition, noun)`` and ``same_place(old, new, kind, noun, road)`` for a
  relation and the place it names ("walking in a motorcycle", "in a field" -> "on a field").
"""

from __future__ import annotations

# Kinds of food a bare singular names as a stuff ("eating pizza", "cooking broccoli"), and
# with drinks all that is eaten or drunk.
EATEN_AS_STUFF = {"food", "dessert", "fruit", "vegetable", "meal"}
FOOD_AND_DRINK = EATEN_AS_STUFF | {"drink"}
# Sweet flavours, said of sweets and drinks only (see ONLY_FOR).
SWEET_FLAVOURS = ("chocolate", "vanilla", "strawberry", "blueberry", "cherry", "caramel", "cinnamon", "mint", "mocha", "matcha")
# Drinks no sweet flavour is said of: "red chocolate wine" never.
ALCOHOL = {"wine", "red wine", "white wine", "beer", "champagne", "whiskey", "vodka", "liquor", "cocktail", "sake", "alcohol"}
# Words that fit some kinds of thing only: no "remodeled umbrella", "inflated train", "rusty
# couch", "plastic park", "wooden shirt". A word not listed fits what its category fits.
BUILT = {"building", "building_part", "structure", "street", "place", "room", "terrain"}
PEOPLE = {"person", "role", "family"}
KEPT = {"room", "building", "building_part", "furniture", "household", "office", "container", "place", "street", "vehicle", "kitchenware"}
RIGID = {
    "vehicle", "vehicle_part", "electronics", "kitchenware", "furniture", "appliance", "fixture", "building_part", "structure",
    "street", "toy", "tool", "container", "household", "sports_equipment", "instrument", "office", "toiletry", "accessory", "building",
}
ONLY_FOR = {
    **dict.fromkeys(("remodeled", "newly remodeled", "renovated", "updated", "under construction", "unfinished"), BUILT),
    **dict.fromkeys(("restored", "refurbished"), BUILT | {"vehicle", "furniture"}),
    **dict.fromkeys(("dilapidated", "run-down", "abandoned", "decrepit"), BUILT | {"vehicle"}),
    **dict.fromkeys(("tattered", "torn", "ragged", "wrinkled", "crumpled", "creased", "ripped"), {"clothing", "accessory", "office", "household", "toy"}),
    **dict.fromkeys(("rusty", "rusted"), {"vehicle", "vehicle_part", "street", "structure", "tool", "appliance", "fixture", "building_part", "container", "kitchenware", "sports_equipment"}),
    **dict.fromkeys(("inflated", "deflated", "popped"), {"toy", "sports_equipment", "vehicle_part"}),
    **dict.fromkeys(("chipped",), {"kitchenware", "fixture", "furniture", "building_part"}),
    **dict.fromkeys(("shattered", "smashed"), {"vehicle_part", "electronics", "kitchenware", "building_part", "household"}),
    **dict.fromkeys(("crashed", "wrecked"), {"vehicle"}),
    **dict.fromkeys(("toppled", "fallen"), {"structure", "street", "plant", "furniture"}),
    **dict.fromkeys(("bent", "dented"), {"vehicle", "vehicle_part", "street", "kitchenware", "sports_equipment", "tool", "container"}),
    **dict.fromkeys(("high", "low", "towering", "lofty"), BUILT | {"plant"}),
    # Storeys are a building's: no "high-rise stage", "multi-story fence", "two-story street".
    **dict.fromkeys(("low-rise", "high-rise", "multi-story", "multistory", "single-story", "two-story"), {"building"}),
    # Ages of a life: a plant does not live them ("toddler tree"), nor an animal a person's ("teen dog").
    **dict.fromkeys(("elderly", "juvenile", "newborn", "senior", "youthful", "aged"), PEOPLE | {"animal"}),
    **dict.fromkeys(("teenage", "teen", "adolescent", "toddler", "infant", "middle-aged", "grown-up"), PEOPLE),
    # Order is a property of rooms and what is kept in them: no "cluttered dog", "organized shirt".
    **dict.fromkeys(("cluttered", "organized", "organised", "orderly", "littered"), KEPT),
    **dict.fromkeys(("tidy", "neat", "untidy"), KEPT | PEOPLE),
    **dict.fromkeys(("unkempt", "disheveled", "dishevelled"), PEOPLE | {"animal", "room", "place"}),
    **dict.fromkeys(("congested",), {"street", "place", "structure"}),
    **dict.fromkeys(("bustling",), {"street", "place", "building", "room", "event", "terrain", "region"}),
    # A coat's markings, of an animal only: no "tabby couch".
    **dict.fromkeys(("tabby", "calico", "brindle", "piebald", "dappled"), {"animal"}),
    # How a picture is printed, not how a thing looks: no "sepia car".
    **dict.fromkeys(("sepia", "grayscale", "greyscale"), {"depiction"}),
    **dict.fromkeys(("candlelit", "floodlit", "neon-lit"), BUILT | {"event"}),
    # Cake toppings: no "frosted pizza".
    **dict.fromkeys(("frosted", "unfrosted", "glazed", "sugared", "powdered", "sprinkled", "chocolate-frosted", "sprinkle-covered", "chocolate-covered"), {"dessert"}),
    **dict.fromkeys(("iced",), {"dessert", "drink"}),
    **dict.fromkeys(("candied", "cinnamon-sugar"), {"dessert", "fruit"}),
    # Kitchen work on vegetables and meat, not on cakes: no "mashed donut".
    **dict.fromkeys(("minced", "stir-fried", "mashed", "pureed", "julienned", "diced", "cubed", "shredded", "grated"), {"food", "fruit", "vegetable", "meal", "portion"}),
    # A peel is a fruit's or a vegetable's: no "unpeeled chicken".
    **dict.fromkeys(("peeled", "unpeeled"), {"fruit", "vegetable"}),
    **dict.fromkeys(("pepperoni",), {"food", "meal"}),
    # Sweet flavours are of sweets and drinks, savoury ones of dishes: no "chocolate meatballs",
    # no "cheesy cupcake".
    **dict.fromkeys(SWEET_FLAVOURS, {"dessert", "drink"}),
    **dict.fromkeys(("cheesy", "meaty", "bbq", "barbecue", "hawaiian", "margherita", "pesto", "cheddar", "mozzarella", "veggie"), {"food", "meal"}),
    **dict.fromkeys(("freshly picked",), {"fruit", "vegetable", "plant"}),
    **dict.fromkeys(("unmade",), {"furniture"}),
    # Ways of being open that belong to bags and clothes, not doors: no "a zipped door".
    **dict.fromkeys(("zipped", "unzipped"), {"clothing", "accessory", "container"}),
    **dict.fromkeys(("folded", "unfolded", "rolled-up"), {"clothing", "accessory", "household", "furniture", "office"}),
    **dict.fromkeys(("polished", "crushed"), RIGID | {"food", "nature"}),
    **dict.fromkeys(("dead", "dying"), {"plant", "animal", "nature"}),
    # Breaks of hard things: no "cracked shirt", "busted dog".
    **dict.fromkeys(("cracked", "broken", "busted"), RIGID | {"body_part", "nature", "terrain", "food"}),
    **dict.fromkeys(("carpeted",), {"room", "building_part", "vehicle"}),
    # The weather of the sky: "a cloudy day", "an overcast sky"; no "cloudy field".
    **dict.fromkeys(("cloudy", "partly cloudy", "overcast", "cloudless", "clear", "drizzly", "thundery", "raining", "snowing"), {"time", "nature"}),
    # How fresh food is, and how a plant grows: no "stale tree", no "blooming sandwich".
    **dict.fromkeys(("stale", "moldy", "mouldy", "spoiled", "bruised"), {"food", "dessert", "fruit", "vegetable", "meal", "portion", "drink"}),
    **dict.fromkeys(("rotten", "rotting", "decaying"), {"food", "dessert", "fruit", "vegetable", "meal", "portion", "plant"}),
    **dict.fromkeys(("wilted", "withered", "blooming", "blossoming", "flowering", "budding", "fresh-cut"), {"plant"}),
}
# Nouns that say an age themselves ("a baby", "an elder"): no age word is added to them, and
# an age word of the object keeps out those of the other age ("an elderly woman" -> never "an
# elderly baby"; "a young boy" -> "a young girl", never "a young elder").
YOUNG_NOUNS = {
    "baby", "child", "kid", "boy", "girl", "toddler", "infant", "teenager", "teen", "puppy", "kitten",
    "calf", "lamb", "foal", "cub", "youngster", "youth", "piglet", "duckling", "chick",
}
OLD_NOUNS = {"adult", "elder", "senior", "grandmother", "grandfather", "grandma", "grandpa"}
AGE_NOUNS = YOUNG_NOUNS | OLD_NOUNS
# Age words that contradict a noun naming a grown-up ("a baby woman", "a teenage man").
CHILD_AGES = {"baby", "newborn", "infant", "toddler", "juvenile", "adolescent", "teenage", "teen"}
YOUNG_AGES = CHILD_AGES | {"young", "little", "younger", "youthful"}
OLD_AGES = {"old", "older", "elderly", "aged", "senior", "middle-aged", "adult", "grown-up", "mature"}
GROWN_UPS = {"man", "woman", "lady", "gentleman", "guy", "mother", "father", "mom", "dad", "grandmother", "grandfather", "grandma", "grandpa", "husband", "wife", "bride", "groom", "businessman", "businesswoman"}
# Person nouns with a gender: replace keeps pronouns in step with them, add keeps "bearded" off
# a woman.
MALE = {
    "man", "boy", "guy", "gentleman", "father", "dad", "daddy", "papa", "son", "brother", "husband",
    "boyfriend", "king", "prince", "groom", "male", "uncle", "grandfather", "grandpa", "policeman",
    "fireman", "businessman", "sportsman", "cowboy", "monk", "nephew", "lad", "dude", "sir",
    "fellow", "waiter", "actor", "fisherman", "salesman", "cameraman", "groomsman", "schoolboy",
}
FEMALE = {
    "woman", "girl", "lady", "mother", "mom", "mum", "mama", "daughter", "sister", "wife",
    "girlfriend", "queen", "princess", "bride", "female", "aunt", "grandmother", "grandma", "granny",
    "policewoman", "businesswoman", "nun", "niece", "waitress", "actress", "gal", "lass",
    "bridesmaid", "schoolgirl", "cowgirl", "ballerina",
}
def gender_of(word: str) -> str | None:
    """ "male" or "female" for a person noun with a gender (its last word: "little boy"), else None."""
    word = word.lower().split(" ")[-1]
    return "male" if word in MALE else "female" if word in FEMALE else None


# Animals named by their sex: no "bearded cow" either.
FEMALE_ANIMALS = {"cow", "hen", "mare", "ewe"}


# Among the young, babies and teenagers: "a teenage baby", "a newborn teenager" contradict.
BABY_NOUNS = {"baby", "infant", "toddler", "newborn"}
BABY_AGES = {"baby", "newborn", "infant", "toddler"}
TEEN_NOUNS = {"teenager", "teen", "adolescent"}
TEEN_AGES = {"teenage", "teen", "adolescent"}
# Of people, only these are babies by an age word before them: "a baby boy", never "baby people".
BABY_TAKERS = {"boy", "girl", "brother", "sister"}


def ages_clash(noun: str, word: str) -> bool:
    """Does the age word ``word`` contradict the noun ``noun`` (both lowercase)? "an elderly
    baby", "a young elder", "a teenage man", "a teenage baby", "a baby couple"."""
    return (
        (noun in YOUNG_NOUNS and word in OLD_AGES)
        or (noun in OLD_NOUNS and word in YOUNG_AGES)
        or (noun in GROWN_UPS and word in CHILD_AGES)
        or (noun in BABY_NOUNS and word in TEEN_AGES)
        or (noun in TEEN_NOUNS and word in BABY_AGES)
        or (noun in COUPLES and word in BABY_AGES)
    )


# Two together, as lovers or a wedded pair: never "a baby couple" (a teenage couple may be).
COUPLES = {"couple", "newlyweds"}


# Sleeves belong to tops: no "sleeveless shoe", no "sleeveless-cropped hair".
TOPS = {"shirt", "t-shirt", "tee", "tshirt", "blouse", "sweater", "jumper", "pullover", "sweatshirt", "hoodie", "cardigan", "jacket", "coat", "dress", "top", "tank top", "polo shirt", "dress shirt", "uniform", "gown", "vest", "jersey", "blazer", "parka", "raincoat", "windbreaker", "robe", "outfit"}
SLEEVES = {"sleeveless", "long-sleeved", "short-sleeved", "cropped"}
# Only things that open are open or shut: a door, a box, a laptop; never "a shut stone wall",
# "an open bench". (Folded and rolled-up are other matters.)
OPENNESS = {"open", "opened", "closed", "shut", "ajar", "half-open", "wide-open", "locked", "unlocked", "sealed", "unsealed", "unopened", "zipped", "unzipped"}
OPENABLE = {
    "door", "front door", "car door", "garage door", "window", "gate", "box", "bag", "laptop", "laptop computer", "lap top",
    "lap top computer", "computer", "refrigerator", "fridge", "freezer", "oven", "microwave", "dishwasher", "washing machine",
    "washer", "dryer", "grill", "waffle maker", "rice cooker", "slow cooker", "crock pot", "pressure cooker", "toaster oven",
    "umbrella", "book", "notebook", "magazine", "menu", "suitcase", "drawer", "cabinet",
    "cupboard", "closet", "locker", "mouth", "eye", "jar", "bottle", "can", "lid", "curtain", "blinds", "shutter", "trunk", "hood",
    "backpack", "purse", "wallet", "briefcase", "envelope", "package", "gift", "present", "tent", "garage", "shop", "store",
    "restaurant", "mailbox", "hatch", "toilet", "jacket", "coat", "hand", "cooler", "chest", "safe", "container", "case", "carton",
    "pizza box", "lunch box", "toolbox", "tupperware", "shoebox", "bin", "trash can", "garbage can",
}
WATERS = {"water", "body of water"}  # the lexicon's names for what is water
# Covers of the ground belong to land: water takes only what lies in or on it ("a muddy river",
# "an icy pond", "a rocky stream"), never "a snowy ocean", "a grassy lake", "a paved river".
LAND_COVERS = {
    "grassy", "lush", "snowy", "snow-covered", "snowcapped", "snow-capped", "wooded", "forested", "paved", "unpaved", "dirt", "dusty",
    "leafy", "barren", "grass-covered", "tree-covered", "cobbled", "carpeted", "arid", "verdant", "vegetated",
}
# Colours of the ground: land and water share some ("green", "brown", "dark"), and keep the
# rest apart (no "blue pasture", no "red lake"); none is purple or silver.
LAND_COLOURS = {"red", "yellow", "orange", "tan", "beige", "khaki", "olive", "rust", "amber", "ochre"}
WATER_COLOURS = {"blue", "turquoise", "aqua", "teal"}
GROUND_COLOURS = {"green", "brown", "golden", "white", "gray", "grey", "black", "dark"} | LAND_COLOURS | WATER_COLOURS
# What is wet enough to swim in besides the lexicon's waters.
WET_PLACES = {"pool", "swimming pool", "bathtub", "tub", "hot tub", "fountain", "puddle", "aquarium", "fish tank", "surf", "wave", "waves"}
# Places by water, where a boat floats: "a boat floating at the pier".
BY_WATER = {"harbor", "harbour", "marina", "pier", "dock", "wharf", "jetty", "port", "boardwalk", "shore", "shoreline", "bay", "canal"}
# Ways of moving that need water: one swims, dives or surfs in water only, never "in a snowy field".
IN_WATER = {"swim", "dive", "wade", "surf", "snorkel", "paddle", "sail", "row", "kayak", "canoe", "paddleboard"}


def wet(lexicon, noun: str) -> bool:
    """Whether a thing named ``noun`` (lowercase) is water or holds it to move in."""
    return noun in WATERS or noun in WET_PLACES or not WATERS.isdisjoint(lexicon.ancestors(noun))


def moves_in(lexicon, verb: str, place: str | None) -> bool:
    """May one do ``verb`` (a lexicon key: "swim", "swim in") in or on ``place`` (a noun, or None
    when the caption names none)? Swimming, diving, surfing and rowing need water; in the air
    one is only by leaving the ground ("jumping through the air", never "hiking" or "driving")."""
    if place is None:
        return True
    head = verb.split(" ")[0]
    if place in AIR:
        return head in AIRBORNE_VERBS
    if head == "float":
        return wet(lexicon, place) or place in BY_WATER  # "floating in the harbor", never "on a wire fence"
    way = verb.split(" ", 1)[1] if " " in verb else None
    if head in GOING and way in INSIDE_WAYS | SURFACE_WAYS and lexicon.category("objects", place) == "furniture":
        return False  # "sits in a chair" -> never "walks in a chair" (beside it, yes)
    return head not in IN_WATER or wet(lexicon, place)


# The air, and what one does in it.
AIR = {"air", "sky", "midair", "mid-air"}
AIRBORNE_VERBS = {
    "fly", "soar", "glide", "hover", "float", "jump", "leap", "fall", "flip", "dive", "sail", "ski", "snowboard", "skateboard",
    "skate", "surf", "ride", "bounce", "spin", "hang", "drift", "rise", "launch", "toss", "throw", "kick", "hit", "catch",
    "reach", "stretch", "twist", "turn", "swing", "hold", "hop", "tumble", "somersault", "kite", "blow", "wave",
}


# What one rides astride or stands on: no inside to be in or go through ("walking in a
# motorcycle", "riding through a bike"), and no ground to walk or run on ("running on a bike").
MOUNTS = {
    "bike", "bicycle", "motorcycle", "motorbike", "motor bike", "motor cycle", "mountain bike", "road bike", "dirt bike", "scooter",
    "moped", "unicycle", "tricycle", "segway", "skateboard", "longboard", "surfboard", "snowboard", "wakeboard", "ski", "jet ski",
    "sled", "horse", "pony", "donkey", "mule", "camel", "elephant", "bull", "cow", "ox", "yak",
}
SURFACE_WAYS = {"on", "onto", "upon", "atop"}
# Ways of being in, out of or going through a thing.
INSIDE_WAYS = {"in", "into", "inside", "inside of", "outside", "outside of", "through", "out of", "out from", "along", "across", "throughout", "via", "within"}
# Verbs of going on one's own feet or wheels: beside a mount, never on it ("walking on a horse").
GOING = {
    "walk", "run", "jog", "sprint", "hike", "stroll", "march", "wander", "crawl", "fly", "drive", "travel", "race", "roll", "skate",
    "ski", "cycle", "go", "come", "head", "pass", "trot", "gallop", "roam", "descend", "ascend", "traverse", "explore", "tour", "zoom",
    "speed", "cruise", "merge",
}
# Ways of being off a board one rides: "off skis", "above a skateboard" (in the air over it),
# "without skis".
OFF_WAYS = {"off", "off of", "above", "over", "without"}
NEAR_WAYS = {
    "beside", "next to", "toward", "towards", "away from", "past", "by", "with", "behind", "near", "around", "in front of", "alongside",
    "from", "after", "to", "at", "up to", "close to", "ahead of",
}
# Going into or across a thing, in one verb: "entering a motorcycle", "crossing a bike".
INTO_VERBS = {"enter", "exit", "cross"}


def fits_a_mount(relation: str, preposition: bool, thing: str | None) -> bool:
    """May the relation ``relation`` (a lexicon key: "walk in", "on"; ``preposition`` when it is
    one alone) take the thing named ``thing`` (a noun, or None)? A mount (:data:`MOUNTS`) has
    no inside to be in or go through, and one goes on one's own way only near it: "a man
    riding a motorcycle" is never "walking in" or "running on" it; "walking beside" it is."""
    if thing not in MOUNTS:
        return True
    verb, _, way = ("", "", relation) if preposition else relation.partition(" ")
    if preposition and thing in BOARDS and way not in NEAR_WAYS | OFF_WAYS:
        return False  # who is on skis is off them or beside them, never "under skis" or "among skis"
    return goes_by(relation, preposition)


def goes_by(relation: str, preposition: bool) -> bool:
    """Whether the relation, said of one going, goes only near a thing (as by a mount, or a
    living thing): never in it, across it or on it. "passing a bike" goes by it, as "passing
    by" does; "driving a bike" says nothing more; "walking his dog" is never "running on" it."""
    verb, _, way = ("", "", relation) if preposition else relation.partition(" ")
    if way in INSIDE_WAYS or verb in INTO_VERBS:
        return False
    return verb not in GOING or way in NEAR_WAYS or (verb == "pass" and not way)


# On open ground "in", "on" and "at" say one place: "in a field" is "on a field", "on the
# beach" "at the beach", "in the grass" "on the grass".
SAME_PLACE = {"in", "on", "at"}
GROUND_KINDS = {"terrain", "place", "street"}
GROUNDS = {"grass", "snow", "sand", "dirt", "mud", "ice", "gravel", "hay", "lawn", "turf", "ground", "field", "beach", "pasture"}
# Ground one is on, with nothing a picture shows under or behind it: never "a dog behind the
# floor", "a player under home plate", "children playing under a beach".
FLAT_GROUNDS = GROUNDS | {"floor", "court", "tennis court", "basketball court", "home plate", "runway", "tarmac", "baseball field", "soccer field", "playing field"}
BENEATH_WAYS = {"under", "beneath", "below", "underneath", "behind", "at the bottom of"}


def under_the_ground(way: str | None, place: str | None) -> bool:
    """Whether ``way`` puts a thing where no picture shows one: under or behind the ground
    ``place`` it stands on ("in the distance behind" is behind it)."""
    return place in FLAT_GROUNDS and way is not None and (way in BENEATH_WAYS or way.rsplit(" ", 1)[-1] in BENEATH_WAYS)


# One sits in a chair or on it, the same seat: "a baby in a high chair" is on it.
IN_OR_ON = {"in", "on"}
ABOARD = {"aboard", "on board", "inside"}
CHAIRS = {"chair", "armchair", "recliner", "wheelchair", "seat", "car seat", "booster seat"}
# Flat dishes, which hold food on them, never a drink ("a plate of juice" never).
FLAT_DISHES = {"plate", "paper plate", "platter", "dish", "saucer", "pan", "skillet"}
# Open boats, flat dishes and water hold what is on them as what is in them: "a fisherman in a
# small boat" is on it, "slices of pizza on a paper plate" are in it, "swims in the water" on it.
IN_OR_ON_ALIKE = {
    "boat", "rowboat", "row boat", "canoe", "kayak", "raft", "dinghy", "sailboat", "fishing boat", "gondola", "paddle boat",
    *FLAT_DISHES, "tray", "water", "lake", "pond", "river", "ocean", "sea", "bay",
}


# Furniture a thing is in, not on: seats and beds that hold who sits or lies there, and what
# keeps things. "in a rocking chair" may be "in a crib" or "in a cabinet", never "in a table".
HOLDING_FURNITURE = {
    "bed", "bunk bed", "sofa bed", "crib", "cradle", "hammock", "booth", "bean bag", "pew",
    "dresser", "chest of drawers", "bureau", "wardrobe", "armoire", "cabinet", "cupboard", "drawer", "bookcase", "bookshelf",
}


def is_in(noun: str) -> bool:
    """Whether one is *in* the piece of furniture ``noun`` (a chair, a bed, a cabinet)."""
    return noun in CHAIRS or noun.endswith(" chair") or noun in HOLDING_FURNITURE


# Ways of going through a road lengthwise, and through open ground: each says the others.
# Across a road is crossing it, no way along it.
LENGTHWISE = {"along", "through", "down"}
ACROSS_OPEN_GROUND = {"across", "through"}


def same_place(old: str, new: str, kind: str | None, noun: str | None, road: bool = False) -> bool:
    """Whether the preposition ``new`` says where a thing is on the ground named ``noun`` (of
    object category ``kind``; ``road`` when the lexicon files it under "road"), or on a chair,
    as ``old`` does: "in a field" -> "on a field", "in a high chair" -> "on a high chair" are
    still true."""
    if old in IN_OR_ON and new in IN_OR_ON and noun is not None and (noun in CHAIRS or noun.endswith(" chair") or noun in IN_OR_ON_ALIKE):
        return True
    if old in IN_OR_ON and new == "at the bottom of" and noun in IN_OR_ON_ALIKE:
        return True  # what lies on a plate lies at the bottom of it
    if kind == "vehicle" and {old, new} <= ABOARD | IN_OR_ON and {old, new} & ABOARD:
        return True  # "sitting on a train" is aboard it
    if {old, new} == {"in", "at"} and kind in ("room", "building"):
        return True  # "cooking in a kitchen" is "at" it, "eating in a restaurant" "at" it
    if {old, new} <= LENGTHWISE and road:
        return True  # "walking along a snowy street" goes through it
    if {old, new} <= ACROSS_OPEN_GROUND and (kind in GROUND_KINDS or noun in GROUNDS) and not road:
        return True  # "pulling a plow across a muddy field" pulls it through the field
    return old in SAME_PLACE and new in SAME_PLACE and (kind in GROUND_KINDS or noun in GROUNDS)


# What one flies: a kite or an aircraft, never "flying a soccer ball and a kite".
FLOWN = {
    "kite", "drone", "airplane", "plane", "jet", "helicopter", "glider", "biplane", "blimp", "hot air balloon", "balloon", "flag",
    "model airplane", "toy airplane", "paper airplane",
}


# Accessories one wears, not carries: "wearing glasses and a watch", never "and suitcases".
WORN_ACCESSORIES = {
    "sunglasses", "shades", "glasses", "eyeglasses", "spectacles", "specs", "sun glasses", "goggles", "ski goggles", "eyewear", "watch",
    "wristwatch", "necklace", "bracelet", "ring", "earring", "jewelry", "jewellery", "mask", "face mask", "lanyard", "badge", "name tag",
    "crown", "tiara", "hair clip", "bow", "ribbon", "piercing", "tattoo", "backpack", "rucksack", "knapsack", "back pack", "fanny pack",
    "hair tie", "headdress", "dog collar", "harness", "bridle", "muzzle",
}


# Accessories one is "in": "a woman in sunglasses", "a man in a mask"; never "in watches", "in a backpack".
WORN_IN = {
    "sunglasses", "shades", "glasses", "eyeglasses", "spectacles", "specs", "sun glasses", "goggles", "ski goggles", "eyewear",
    "mask", "face mask", "crown", "tiara", "headdress", "jewelry", "jewellery",
}


# What one reads: words on paper or a screen, never "reading a keyboard" or "a pencil".
READ = {
    "book", "newspaper", "paper", "magazine", "letter", "menu", "sign", "document", "note", "map", "card", "page", "notebook", "novel",
    "comic", "comic book", "label", "poster", "brochure", "pamphlet", "flyer", "manual", "textbook", "journal", "diary", "envelope",
    "postcard", "receipt", "ticket", "recipe", "newspapers", "books", "tablet", "ipad", "kindle", "e-reader", "phone", "cell phone",
    "cellphone", "smartphone", "laptop", "screen", "computer screen", "monitor", "street sign", "bible", "script", "list", "message",
}


# What of nature one drinks, and what one eats.
DRUNK_OF_NATURE = {"water", "rain", "rainwater"}
EATEN_OF_NATURE = {"grass", "turf", "hay", "twig", "stick", "acorn", "pine cone", "pinecone", "snow", "ice", "icicle", "snowflake"}
# Verb -> (the object category the names narrow, None for any; the names taken there).
# Foods that pour.
POURED_FOODS = {
    "sauce", "gravy", "syrup", "soup", "cereal", "rice", "sugar", "flour", "batter", "honey", "dressing", "oil", "salt", "pepper",
    "ketchup", "mustard", "mayonnaise", "cream", "whipped cream", "oatmeal", "granola", "beans", "popcorn", "salsa", "chili",
    "tomato sauce", "chocolate sauce", "caramel", "frosting", "icing", "sprinkles", "cheese", "noodles", "pasta", "broth", "stew",
}
# Furniture one can be inside of, and so outside of.
ENCLOSING = {"booth", "vendor booth", "cabinet", "wardrobe", "crib", "cupboard", "locker", "armoire", "cubicle", "stall"}
# Sports equipment one stands and goes on, and the verbs of going or standing on it.
BOARDS = {
    "skateboard", "surfboard", "snowboard", "wakeboard", "longboard", "paddleboard", "paddle board", "boogie board", "bodyboard",
    "board", "surf board", "skate board", "snow board", "ski", "skis", "sled", "sleigh", "toboggan", "scooter", "kickboard",
    "balance beam", "trampoline", "mat", "yoga mat", "diving board",
}
ON_BOARDS = GOING | {"ride", "stand", "jump", "land", "step", "hop"}
# What is ridden of structures: a swing, a slide, a lift; never "riding a fence".
RIDDEN_STRUCTURES = {"swing", "slide", "ski lift", "chairlift", "chair lift", "merry-go-round", "carousel", "roller coaster", "seesaw", "see-saw", "escalator", "elevator", "zip line", "water slide", "ferris wheel"}
# What is blown out: a flame and what holds one.
BLOWN_OUT = {"candle", "candles", "match", "lantern", "oil lamp", "torch", "birthday candle", "birthday candles"}
# Of nature, what stands up to be leaned against.
LEANED_ON = {"rock", "stone", "boulder", "snowbank", "snow bank", "snowdrift", "wave", "ocean wave"}
NAMES_TAKEN = {
    # verb -> {object category (None: any): the names of that category it takes}
    "ride": {"animal": MOUNTS, "structure": RIDDEN_STRUCTURES},  # never "riding a duck", "riding a fence"
    "fly": {None: FLOWN},
    **dict.fromkeys(("wear", "take off", "put on"), {"accessory": WORN_ACCESSORIES}),  # never "takes off an umbrella"
    "read": {None: READ},
    "drink": {"nature": DRUNK_OF_NATURE},
    "eat": {"nature": EATEN_OF_NATURE},
    **dict.fromkeys(("bite", "chew", "nibble", "munch"), {"nature": EATEN_OF_NATURE}),  # never "biting water"
    **dict.fromkeys(("outside", "outside of"), {"furniture": ENCLOSING}),  # "outside a booth", never "outside a kitchen table"
    **dict.fromkeys(("against", "up against"), {"nature": LEANED_ON}),  # "against a rock", never "against the water"
    "pour": {"food": POURED_FOODS},  # "pouring sauce", "cereal"; never "pouring pizza"
    "blow out": {"household": BLOWN_OUT},  # "blows out the candles", never "the mirrors"
    **dict.fromkeys(("open", "close", "shut"), {None: OPENABLE}),  # "opening a present", never "opening a skate board"
}
NAMED_TAKERS = tuple(NAMES_TAKEN)  # the verbs :func:`takes_noun` asks about by name
# What flows, and the verbs of handling that need a solid thing: one pours, sprays, carries,
# drinks or kicks water, never flips, wraps, digs or bounces it.
FLUIDS = {"water", "rain", "rainwater", "smoke", "steam", "fog", "mist", "haze", "foam", "lava", "dew", "milk", "juice", "coffee", "tea", "wine", "beer", "soda"}
SOLID_ONLY_VERBS = {
    "grab", "grasp", "grip", "clutch", "pitch", "hit", "strike", "swing", "push", "pull", "drag", "lift", "raise", "lower", "pick",
    "cut", "slice", "chop", "open", "close", "shut", "pet", "brush", "fix", "repair", "build", "write", "type", "tie", "wrap", "fold",
    "plant", "water", "dig", "mow", "squeeze", "wave", "point", "adjust", "launch", "aim", "steer", "haul", "flip", "bounce",
    "dribble", "block", "insert", "sign", "tap", "press", "knock", "hug", "cradle", "stack", "pile", "hang", "assemble", "untie",
    "unfold", "unwrap", "hurl", "fling", "bat", "carve", "stroke", "stuff", "adorn", "shove", "punch", "load", "unload", "pack",
    "unpack", "plug", "unplug", "turn", "remove", "decorate", "arrange", "groom", "comb", "trim", "shave", "shear", "rake", "shovel",
    "break", "destroy", "handle", "operate", "control", "bite", "chew", "take", "grill", "fry", "bake", "slice into", "cut into",
    "wash", "clean", "tend", "saw", "drill", "sew", "knit", "weld", "carve",
}


# Verbs of dressing, and what they take: one takes off a hat or a watch, never "his car" or "her teeth".
DRESSING_VERBS = {"take off", "put on"}
WORN_THINGS = {"clothing", "accessory", "eyewear", "jewelry"}


def takes_noun(verb: str, kind: str | None, noun: str) -> bool:
    """May the verb ``verb`` (a lemma) take the thing named ``noun`` (lowercase), of object
    category ``kind``, where the kind says too little (:data:`NAMES_TAKEN`): one rides a
    mount or a vehicle, never "a duck"; one flies a kite or an aircraft, never "a soccer ball";
    one wears glasses, never "suitcases"; one reads what has words on it, never "a keyboard";
    of nature one drinks water, never "sand", and eats hay, never "water". What flows is never
    handled as a solid ("flips water"), and of sports equipment one goes or stands on boards
    only ("driving on a kite")."""
    if noun in FLUIDS and (verb in SOLID_ONLY_VERBS or verb.split(" ")[0] in SOLID_ONLY_VERBS):
        return False  # "sprays water" -> never "flips water" or "takes out of water"
    if verb in DRESSING_VERBS and kind is not None and kind not in WORN_THINGS:
        return False  # "washes his car" -> never "takes off his car"
    verb_word, _, way = verb.partition(" ")
    if kind == "sports_equipment" and way in SURFACE_WAYS and verb_word in ON_BOARDS and noun not in BOARDS:
        return False  # "riding on a skateboard", never "driving on a kite" or "standing on a tennis racket"
    named = NAMES_TAKEN.get(verb) or NAMES_TAKEN.get(verb.rpartition(" ")[2] if verb.endswith(" against") else "")
    if named is None:
        return True
    names = named.get(None, named.get(kind))
    return names is None or noun in names


# What doing a thing always is too, so never a contrast to it: a skier slides and glides, a
# skateboarder rolls, and whoever goes anywhere travels ("skiing down a slope" -> never
# "sliding" or "traveling down" it). By verb lemma; the other way round is a contrast ("sliding
# down a slope" -> "skiing down" it may be false).
GOING_ANYWHERE = ("travel", "move", "go", "head", "proceed")
ENTAILS = {
    "ski": ("slide", "glide"), "snowboard": ("slide", "glide"), "sled": ("slide", "glide"), "skate": ("glide", "slide", "roll"),
    "skateboard": ("roll", "ride"), "surf": ("glide", "ride"), "sail": ("glide",), "soar": ("glide", "fly"),
    "drive": ("roll",), "cycle": ("roll", "ride"), "bike": ("roll", "ride"), "glide": ("slide",), "slide": ("glide",),
    "drink": ("swallow",), "eat": ("swallow",),  # "a cat drinking water" -> never "swallowing" it
    "feed": ("give", "hand", "offer", "serve"),  # "feeding a carrot to a horse" is giving it one
    # "brushing her teeth" is cleaning them, as washing or scrubbing a car is
    "brush": ("clean",), "wash": ("clean",), "scrub": ("clean", "wash"), "wipe": ("clean",), "rinse": ("clean", "wash"),
    # A sleeper lies and rests; who lies, sits or stands may be resting, relaxing or posing:
    # "A striped cat sleeps" never "lies", "Two giraffes stand" never "rest".
    "sleep": ("lie", "lay", "rest", "relax", "lounge", "nap", "doze"), "nap": ("lie", "lay", "rest", "relax", "sleep", "doze"),
    "lie": ("rest", "relax", "lounge", "stretch"), "lay": ("rest", "relax", "lounge", "stretch"),
    "sit": ("rest", "relax", "lounge", "pose", "wait"), "stand": ("rest", "relax", "pose", "wait"),
    "wait": ("stand", "stay"),  # "people waiting in line" are standing there
    # Who watches sees, looks at and notices; a perched bird stands or sits; a huddle stands.
    "watch": ("see", "look at", "observe", "monitor", "notice", "view", "spot"), "perch": ("stand", "sit", "rest"),
    "huddle": ("stand", "gather"), "graze": ("eat", "bite", "chew", "munch", "nibble"),  # grazing is eating grass
}
STAYING_VERBS = {"stop", "park", "wait"}  # of the motion category, yet going nowhere


def entailed(lexicon, verb: str) -> tuple[str, ...]:
    """The verbs ``verb`` (a lemma) always is too, by :data:`ENTAILS` and, for a verb of
    going somewhere, :data:`GOING_ANYWHERE`."""
    found = ENTAILS.get(verb, ())
    if goes(lexicon, verb):
        found += GOING_ANYWHERE
    return found


def goes(lexicon, verb: str) -> bool:
    """Whether doing ``verb`` (a lemma) is going somewhere: a verb of locomotion, never "stop",
    "park" or "wait"."""
    return verb not in STAYING_VERBS and "locomotion" in lexicon.categories("relations", verb)


# Doers a verb asks for by name where the doer's kind says too little: boats dock and moor;
# of animals, birds and climbers perch ("a horse perched on a branch" never).
DOCKING = {"dock", "moor"}
PERCHING_VERBS = {"perch", "roost"}
CLIMBERS = {"cat", "kitten", "monkey", "squirrel", "lizard", "butterfly", "insect", "chipmunk", "raccoon", "koala"}


# Of vehicles and animals, what flies on its own: aircraft, birds and these.
FLYING_ANIMALS = {"bat", "butterfly", "bee", "dragonfly", "mosquito", "ladybug", "moth", "wasp", "fly"}


# Of animals, what grazes: hoofed beasts, geese and rabbits ("three falcons grazing" never).
GRAZERS = {
    "sheep", "lamb", "ram", "ewe", "cow", "cattle", "bull", "calf", "ox", "oxen", "horse", "pony", "foal", "mare", "stallion", "goat",
    "deer", "elk", "moose", "zebra", "giraffe", "antelope", "gazelle", "bison", "buffalo", "yak", "llama", "alpaca", "donkey", "mule",
    "camel", "rabbit", "bunny", "kangaroo", "elephant", "hippo", "hippopotamus", "rhino", "rhinoceros", "wildebeest", "goose", "reindeer",
}
GRAZER_KINDS = {"horse", "cow", "cattle", "sheep", "goat", "deer", "zebra", "antelope"}


# What only vehicles on wheels do: no boat drives, rolls or merges.
WHEELED_VERBS = {"drive", "roll", "merge", "park", "taxi", "skid", "swerve"}
ROAD_VERBS = {"drive", "merge", "skid", "swerve"}  # of those, what no aircraft does
# What of vehicles only a boat does on the water, and only an aircraft in the air.
WATER_VERBS = {"float", "paddle", "row", "sink", "capsize", "anchor"}
AIR_VERBS = {"land", "soar", "hover"}
# What takes a grown child's skill: no baby skis, surfs, drives or cooks.
SKILLED_VERBS = {"ski", "snowboard", "surf", "skateboard", "skate", "drive", "pitch", "cook", "golf", "hike", "jog", "bike", "cycle", "serve"}
LIGHTER_THAN_AIR = {"hot air balloon", "balloon", "blimp"}
NAMED_DOERS = (*sorted(DOCKING), *sorted(PERCHING_VERBS), *sorted(WHEELED_VERBS), *sorted(WATER_VERBS), *sorted(AIR_VERBS), *sorted(SKILLED_VERBS), "fly", "graze", "sail")  # the verbs :func:`does` asks about by name


def does(lexicon, verb: str, kind: str | None, noun: str) -> bool:
    """May a thing named ``noun`` (lowercase), of object category ``kind``, do ``verb`` (a
    lemma, with no object)? Only a boat docks; of animals, only birds and climbers perch, and
    only hoofed beasts, geese and rabbits graze; of vehicles, only boats float or paddle and only
    aircraft land; of vehicles and animals, only aircraft, birds and some insects fly ("a tow truck flying over a city" never; a ball or a skier may fly
    through the air)."""
    kinds = {noun, *lexicon.ancestors(noun)}  # a bird is of the birds
    if verb in DOCKING:
        return "boat" in kinds
    if (verb == "sail" or verb in WATER_VERBS) and kind == "vehicle":
        # "a white boat sails", never "a city bus sails", "two red motorcycles paddling"; a
        # balloon floats in the air
        return "boat" in kinds or "ship" in kinds or (verb == "float" and noun in LIGHTER_THAN_AIR)
    if verb in AIR_VERBS and kind == "vehicle":
        return "aircraft" in kinds or noun in FLOWN  # "a plane landing", never "a bus landing"
    if verb in WHEELED_VERBS and kind == "vehicle":
        if verb in ROAD_VERBS and not {"aircraft", "airplane", "helicopter"}.isdisjoint(kinds | {noun}):
            return False  # "a bus drives across a bridge", never "a biplane drives"
        return "boat" not in kinds and "ship" not in kinds  # "a sailboat glides", never "drives" or "rolls"
    if verb in PERCHING_VERBS and kind == "animal":
        return noun in CLIMBERS or "bird" in kinds
    if verb == "fly" and kind in ("vehicle", "animal"):
        return noun in FLOWN or noun in FLYING_ANIMALS or not {"bird", "aircraft"}.isdisjoint(kinds)
    if verb in SKILLED_VERBS and kind in PEOPLE:
        return noun not in BABY_NOUNS  # "A young woman is skiing", never "A baby is skiing"
    if verb == "fly" and kind in PEOPLE:
        return noun in AIRBORNE_PEOPLE  # a skier flies off a jump; "a woman flying in a chair" never
    if verb == "graze" and kind == "animal":
        return noun in GRAZERS or not GRAZER_KINDS.isdisjoint(kinds)
    if verb in ("ride", "drive") and kind == "animal":
        return noun not in GRAZERS and GRAZER_KINDS.isdisjoint(kinds)  # beasts are ridden: "a flock of sheep riding along a road" never
    return True


# People who fly, off a jump or a cliff: no one else does ("A man flies from a bear").
AIRBORNE_PEOPLE = {
    "skier", "snowboarder", "skateboarder", "surfer", "jumper", "ski jumper", "pilot", "skydiver", "parachutist",
    "paraglider", "acrobat", "gymnast", "biker", "motorcyclist", "rider", "trapeze artist",
}
# Snow and ice keep out hot places: no "a snowy desert", "an icy jungle", "a frozen oasis".
COLD = {"snowy", "snow-covered", "snowcapped", "snow-capped", "icy", "frozen", "wintry", "wintery"}
HOT_PLACES = {"desert", "jungle", "rainforest", "savanna", "savannah", "oasis", "reef", "lagoon", "dune", "sand dune"}
# And what is ice or snow is never hot: no "the hot snow", "a warm glacier".
HOT = {"hot", "warm", "steaming", "steamy", "heated", "lukewarm", "boiling", "scalding", "tepid", "sweltering", "scorching"}
FROZEN_THINGS = {"snow", "ice", "glacier", "iceberg", "frost", "icicle", "snowball", "snowman", "snowbank", "snowdrift", "ice cube"}
# What hangs in the air, never wet or dry.
AIRBORNE_STUFF = ("smoke", "steam", "fog", "mist", "haze", "cloud", "clouds")
# What burns, and the cold it never is.
BURNING = {"fire", "fires", "flame", "flames", "bonfire", "campfire", "blaze", "wildfire"}
CHILLED = {"cold", "cool", "chilly", "chilled", "freezing", "frosty", "iced", "ice-cold", "lukewarm", "tepid"}
# Water is wet by nature: no "soaked water", "a soaked river", "a rain-soaked wave" (nor dry).
WETNESS = {"wet", "dry", "damp", "moist", "soaked", "soggy", "drenched", "waterlogged", "dripping", "flooded", "soaking", "rain-soaked"}
# Fruit is eaten raw: "uncooked fruit" asserts nothing.
RAW_BY_NATURE = {"fruit"}  # object categories
RAW = {"raw", "uncooked"}
# How food is cut up, which nothing eaten with a spoon is.
CUT_UP = {"chopped", "sliced", "diced", "minced", "cubed", "julienned", "halved", "quartered", "shredded", "grated", "peeled", "cut"}
# What is eaten with a spoon is never crisp: no "crispy soup", "crunchy yogurt".
SPOONED = {"soup", "stew", "chili", "broth", "yogurt", "pudding", "oatmeal", "porridge", "custard", "smoothie", "milkshake", "jello"}
CRISP = {"crispy", "crunchy", "crusty", "flaky"}
# How done a thing is cooked is said of meat and fish ("a rare steak", never "medium-rare
# rice"); only eggs and tofu are scrambled.
DONENESS = {"rare", "medium-rare", "medium-well", "well-done"}
DONE_KINDS = {"meat", "seafood", "fish"}
DONE_THINGS = {"meat", "steak", "burger", "hamburger", "cheeseburger", "patty"}
SCRAMBLED = {"scrambled"}
SCRAMBLED_THINGS = {"egg", "tofu"}
# A vehicle one rides alone is never crowded, full or empty: "a busy bicycle", "a half-full bike" never.
RIDDEN_ALONE = {"bicycle", "bike", "motorcycle", "motorbike", "scooter", "moped", "dirt bike", "mountain bike", "road bike", "unicycle", "tricycle", "skateboard", "surfboard", "snowboard", "sled", "kayak", "canoe", "jet ski", "wheelchair"}
CROWDEDNESS = {"crowded", "busy", "packed", "bustling", "congested", "empty", "deserted", "vacant", "quiet", "desolate", "uncrowded", "sparse", "populated", "unoccupied", "occupied"}
FULLNESS = {"empty", "full", "filled", "half-full", "half-empty", "overflowing", "loaded", "stocked", "well-stocked", "packed", "heaped", "piled"}


# What is made up or left unmade: a bed and its kin.
MADE_UP = {"bed", "beds", "bunk", "bunk bed", "crib", "cot", "futon"}
BEDDING_STATES = {"unmade"}


def noun_refuses(lexicon, *nouns: str) -> frozenset[str]:
    """Attribute words (lowercase) that never describe a thing named by ``nouns`` (lowercase:
    an object's lemma and its head noun; what both refuse), whatever their category. Sleeves
    are a top's, only what opens is open or shut, water has no ground cover ("a snowy ocean"),
    land and water keep their colours ("a blue pasture", "a red lake"), hot places have no snow
    ("a snowy desert") and snow is never hot; water is never wet or dry, nor fruit raw, as they
    are so by nature; what is eaten with a spoon is never crisp; only meat and fish are cooked
    rare or well-done, only eggs and tofu scrambled; a vehicle one rides alone is never crowded
    or full. A "tank top" is a top, as its head says."""
    found = None
    for noun in dict.fromkeys(nouns):
        refused = set()
        if noun not in TOPS:
            refused |= SLEEVES
        if noun not in OPENABLE:
            refused |= OPENNESS
        if noun.split(" ")[-1] not in MADE_UP:
            refused |= BEDDING_STATES  # only a bed is made or unmade: never "an unmade table"
        if noun in WATERS or not WATERS.isdisjoint(lexicon.ancestors(noun)):
            refused |= LAND_COVERS | LAND_COLOURS | WETNESS
        elif lexicon.category("objects", noun) == "terrain":
            refused |= WATER_COLOURS
        if noun in HOT_PLACES:
            refused |= COLD
        if noun in FROZEN_THINGS:
            refused |= HOT
        if noun in ALCOHOL:
            refused |= set(SWEET_FLAVOURS) | {"lemon"}
        if noun.split(" ")[-1] in BURNING:
            # "an icy truck fire", "a chilled bonfire", "an unlit fire", "a brand-new fire" never
            refused |= COLD | CHILLED | WETNESS | set(lexicon.words("attributes", "lighting")) | set(lexicon.words("attributes", "condition"))
            refused |= set(lexicon.words("attributes", "integrity")) | set(lexicon.words("attributes", "material"))
        if lexicon.category("objects", noun) in RAW_BY_NATURE:
            refused |= RAW
        if noun in SPOONED:
            refused |= CRISP | CUT_UP  # "a bowl of chopped soup" never
        if noun not in DONE_THINGS and DONE_KINDS.isdisjoint(lexicon.ancestors(noun)):
            refused |= DONENESS
        if noun not in SCRAMBLED_THINGS:
            refused |= SCRAMBLED
        if noun in RIDDEN_ALONE:
            refused |= CROWDEDNESS | FULLNESS
        if noun in ("weather", "sky", "sun", *AIRBORNE_STUFF) or not {"weather", "sky"}.isdisjoint(lexicon.ancestors(noun)):
            refused |= WETNESS  # "in the moist rain", "the soaked rain", "dripping smoke" never
        if noun in GROWN_PLACES:
            refused |= set(lexicon.words("attributes", "material"))  # "a wooden field" never
        if noun in VAST:
            refused |= set(lexicon.words("attributes", "size"))  # "the small ocean", "a tiny sky" never
        found = refused if found is None else found & refused
    return frozenset(found or ())


# What is vast by nature, of no size to tell: "the small ocean" never.
VAST = {"ocean", "sea", "sky", "horizon"}
# Places of growing ground, made of no material: no "wooden field", "a plastic meadow".
GROWN_PLACES = {
    "field", "meadow", "pasture", "lawn", "park", "farm", "farmland", "garden", "yard", "backyard", "orchard", "vineyard",
    "prairie", "grassland", "savanna", "savannah", "countryside", "forest", "woods", "jungle", "zoo", "golf course",
}
# Sizes said of things, not of people: "a medium pizza", never "a medium girl".
NOT_PEOPLE = {"medium", "medium-sized", "mid-sized", "midsize", "midsized"}
LIVING = {"person", "role", "animal"}
NOT_LIVING = {
    "moist", "damp", "waterlogged", "flooded", "dripping", "watery", "soggy", "chunky", "thick", "thin-crust", "deep-dish", "thick-crust", "bustling",
    "hard", "firm", "spongy", "squishy", "sparkling", "immaculate", "stained",
}
# What drives a thing, by kind: "an electric car", "a cordless drill"; no "wind-powered truck".
POWERS = {
    "vehicle": {"electric", "diesel", "hybrid", "gas-powered", "steam-powered", "solar-powered", "motorized", "pedal"},
    "appliance": {"electric", "gas-powered"},
    "electronics": {"wireless", "cordless", "battery-powered", "solar-powered"},
    "tool": {"electric", "cordless", "battery-powered", "manual", "gas-powered"},
    "toiletry": {"electric", "battery-powered"},
    "instrument": {"electric", "acoustic"},
    "toy": {"remote-controlled", "battery-powered", "electric"},
    "household": {"electric", "battery-powered", "solar-powered"},
    "sports_equipment": {"electric", "gas-powered", "non-electric"},  # "an electric skateboard"
}
# The colours of fur, hide and feathers: no "silver sheep".
COATS = {"black", "white", "brown", "gray", "grey", "tan", "golden", "orange", "cream", "beige", "chestnut", "ginger", "red", "spotted", "yellow"}
FABRICS = {"leather", "fabric", "cloth", "cotton", "wool", "woolen", "knit", "knitted", "silk", "denim", "velvet", "lace", "linen", "suede", "rubber", "vinyl", "canvas", "straw", "woven", "mesh", "plastic"}
HARD = {"wooden", "wood", "metal", "metallic", "glass", "plastic", "steel", "stainless", "stainless steel", "iron", "cast iron", "aluminum", "aluminium", "tin", "chrome", "brass", "ceramic", "porcelain", "rubber", "marble", "granite", "stone", "clay", "terracotta", "crystal", "bamboo", "wicker", "leather"}
MACHINE = {"wooden", "wood", "metal", "metallic", "steel", "stainless", "stainless steel", "aluminum", "aluminium", "plastic", "chrome", "tin", "iron", "brass", "glass", "rubber"}
MATERIALS = {
    **dict.fromkeys(BUILT, {"brick", "stone", "concrete", "cement", "wooden", "wood", "metal", "steel", "iron", "glass", "marble", "tiled", "tile", "cobblestone", "asphalt", "granite", "gravel", "adobe", "stucco", "timber", "bamboo", "plaster", "hardwood", "wrought iron", "plastic"}),
    "clothing": FABRICS,
    "furniture": {"wooden", "wood", "metal", "metallic", "glass", "plastic", "stone", "leather", "wicker", "rattan", "bamboo", "fabric", "velvet", "marble", "granite", "steel", "iron", "wrought iron", "aluminum", "chrome", "brass", "suede", "vinyl", "hardwood", "plywood", "concrete", "cast iron"},
    **dict.fromkeys(("accessory", "toy", "household", "container"), FABRICS | HARD | {"paper", "cardboard"}),
    **dict.fromkeys(("vehicle", "vehicle_part", "appliance", "electronics", "tool", "instrument", "sports_equipment", "toiletry", "office"), MACHINE),
    **dict.fromkeys(("kitchenware", "fixture"), MACHINE | {"ceramic", "porcelain", "clay", "terracotta", "marble", "granite", "crystal", "bamboo", "stone", "cast iron"}),
}
COLOURS = {"colour", "color", "colourfulness"}
# Kinds a colour word before their noun reads as skin on ("a white woman"): ADD adds none, and
# REPLACE leaves such a word alone. ("a girl in blue" is her clothes.)
NO_COLOUR = {"person", "role", "people", "human"}
# Patterns an animal's coat shows, and the patterns of things other than clothes.
ANIMAL_PATTERNS = {"striped", "stripy", "spotted", "speckled", "dotted"}
COMMON_PATTERNS = {"striped", "checkered", "plaid", "polka-dot", "spotted", "floral", "dotted", "flowered", "speckled"}
CLOTHES = {"clothing", "accessory"}
HAIRDOS = {"dreadlocked", "ponytailed", "mohawked", "bald", "balding"}


def suits_kind(kind: str | None, category: str, word: str) -> bool:
    """May ``word`` (lowercase) of ``category`` describe things of category ``kind``? Not when it
    does not suit the kind ("rusty couch", "moist dog", "herringbone bear", "silver sheep")."""
    if word in NOT_LIVING and kind in LIVING:
        return False  # "a wet dog", not "a moist dog"
    if word in NOT_PEOPLE and kind in PEOPLE:
        return False
    if word in ONLY_FOR and kind not in ONLY_FOR[word]:
        return False
    if category == "power" and word not in POWERS.get(kind, ()):
        return False
    if category == "material" and word not in MATERIALS.get(kind, HARD):
        return False
    if category == "hair_style" and "haired" not in word and word not in HAIRDOS:
        return False  # "a curly-haired man", not "a curly man"
    if category == "pattern":
        if kind == "animal" and word not in ANIMAL_PATTERNS:
            return False  # no "herringbone bear"
        if kind not in CLOTHES and word not in COMMON_PATTERNS:
            return False
    if category in COLOURS and kind == "animal" and word not in COATS:
        return False
    if category in COLOURS and kind == "terrain" and word not in GROUND_COLOURS:
        return False  # "a green pasture" -> never "a purple pasture"
    return True


# -- what a verb takes -----------------------------------------------------------------------

ANIMATE = PEOPLE | {"animal"}
EATEN = {"food", "dessert", "fruit", "vegetable", "drink", "meal", "portion", "plant", "nature"}  # grass and hay are nature
VESSELS = {"kitchenware", "container", "fixture", "structure", "appliance"}  # a cup, a toilet, a fountain
# Things no one picks up, throws or hands over: "holding a building", "tossing a field".
UNMOVED = {"building", "place", "room", "terrain", "region", "time", "event", "sport", "collective"}
KNOWN_KINDS = (
    ANIMATE | EATEN | VESSELS | UNMOVED | BUILT | KEPT | RIGID | CLOTHES
    | {"body_part", "depiction", "office", "electronics", "vehicle", "toy", "sports_equipment", "instrument", "toiletry", "generic", "classifier"}
)
# Kinds of thing that stay where they are: no company to walk or sit with.
STAYS_PUT = UNMOVED | BUILT | {"furniture", "fixture", "appliance", "nature"}  # "walks with tall grass" never
# Kinds of no thing one can touch: "nuzzling against a wii game" (a game, an event).
ABSTRACT = {"event", "time", "sport", "region"}
THINGS = KNOWN_KINDS - ABSTRACT
# Verbs of a relation category that take things of these kinds only: no "kissing a wii game",
# "licking at a wii", "wearing a bench".
OBJECTS_OF_CATEGORY = {"consumption": EATEN, "interaction": ANIMATE, "wearing": {"clothing", "accessory", "toiletry"}}
ANY = None
# What one is "at": a place, a building, a table, a window, an event; never a fruit or a dog.
PLACES_TO_BE_AT = BUILT | {"furniture", "fixture", "appliance", "vehicle", "event", "region", "collective", "electronics", "sport", "time"}
# What has no side to be against: open ground, places, times and events ("directs traffic up
# against an intersection", "leaning against a field" never).
NO_SIDE = {"place", "terrain", "region", "room", "event", "time", "sport"}
# What has an inside or bounds to be out of: places, buildings, rooms, vehicles, vessels.
HAS_AN_OUTSIDE = BUILT - {"terrain"} | VESSELS | {"vehicle", "region", "collective", "furniture"}  # of furniture only :data:`ENCLOSING`
PREPARED = {"food", "dessert", "meal", "portion"}  # cooked or made food, no longer growing
# Of what one eats or drinks, a drink is drunk, tasted or smelled, never bitten or chewed.
DONE_TO_DRINKS = {"drink", "sip", "slurp", "taste", "swallow", "nurse", "smell", "sniff", "spit out", "consume"}
# Verbs with kinds of their own (ANY: whatever the thing), before their category's.
OBJECTS_OF_VERB = {
    **dict.fromkeys(("eat from", "drink from", "drink out of", "feed from"), VESSELS | ANIMATE),
    "nurse from": ANIMATE,  # a calf nurses from its mother, never "from a stage"
    # What is ridden moves, or is ground or water to go over: "walks through a mall" never "rides a mall".
    "ride": {"vehicle", "vehicle_part", "sports_equipment", "animal", "structure", "building_part", "nature", "terrain", "toy", "street"},
    **dict.fromkeys(("smell", "sniff"), ANY),
    # What is bitten at is a thing, never a place: "horses grazing in a pasture" -> never "gnawing a pasture".
    **dict.fromkeys(("peck", "peck at", "gnaw", "gnaw on", "chew", "chew on"), set(KNOWN_KINDS) - UNMOVED),
    "smoke": {"household", "accessory"},
    "nurse": ANIMATE | {"drink", "body_part"},
    **dict.fromkeys(("suck", "suck on"), {"body_part", "drink", "dessert"}),
    **dict.fromkeys(("browse", "browse through"), {"electronics", "office", "plant"}),  # never "browsing through the sunset"
    "spit out": EATEN,
    # Prepositions too: one is aboard a vehicle only ("eating in a kitchen", never "aboard" it).
    **dict.fromkeys(("aboard", "on board"), {"vehicle"}),
    "play": {"sport", "toy", "instrument", "sports_equipment", "electronics", "event"},  # a game, never "playing newspapers"
    **dict.fromkeys(("interact", "interact with"), ANIMATE | {"toy", "electronics", "sports_equipment", "collective"}),
    "play against": ANIMATE | {"collective"},  # a team, never "playing against cards"
    # Of speaking: who is spoken to listens ("talks to a friend", never "yells at a trick"); what
    # one laughs at may be anything, a phone is talked on (a sound made alone takes nothing:
    # replace.INTRANSITIVE; "yelling at a table" keeps its place).
    **dict.fromkeys((
        "talk to", "talk with", "speak to", "speak with", "chat with", "yell at", "shout at", "whisper to", "sing to", "laugh with",
        "argue with", "call to", "growl at", "bark at", "greet", "interview", "teach", "lecture", "beg", "ask", "answer", "call",
    ), ANIMATE | {"collective"}),
    **dict.fromkeys(("smile at", "laugh at", "wave at", "gesture at"), ANY),
    **dict.fromkeys(("cheer for", "cheer on", "applaud"), ANIMATE | {"collective", "generic", "event", "sport"}),
    **dict.fromkeys(("perform", "announce", "sing", "play music"), {"generic", "event", "sport"}),  # a trick, never "performs a woman" or "food"
    "beg for": EATEN | {"generic"},
    "text": ANIMATE | {"electronics"},
    **dict.fromkeys(("talk on", "speak into", "sing into", "text on"), {"electronics"}),
    "visit": BUILT | ANIMATE | {"region"},
    **dict.fromkeys(("join", "celebrate"), ANIMATE | {"event", "collective", "sport"}),
    "meet": ANIMATE | {"collective"},
    **dict.fromkeys(("compete", "compete against", "compete with", "face off", "race against"), ANIMATE | {"vehicle", "collective"}),
    **dict.fromkeys(("bump", "bump into", "collide with", "crash into", "run into", "rub", "rub against", "poke", "nudge", "sniff at", "paw at",
                     "swat at", "nuzzle against", "walk alongside", "chase after"), THINGS),
    **dict.fromkeys(("lick", "lick at", "bite"), EATEN | ANIMATE | {"body_part"}),
    **dict.fromkeys(("type", "type on"), {"electronics", "office"}),
    # One writes a note or on a picture, never "writing a picture".
    "write": {"office", "electronics"},
    **dict.fromkeys(("write on", "sign"), {"office", "electronics", "depiction", "building_part", "street", "sports_equipment", "clothing"}),
    # Made, mended and worked: things with parts, never a child, milk or a field.
    **dict.fromkeys(("fix", "repair", "build", "assemble", "fix up", "set up", "operate", "control"), RIGID | (BUILT - {"terrain", "place"})),
    # What is switched runs on power or water: "turning on a lamp", never "a tennis ball".
    **dict.fromkeys(("plug in", "unplug", "turn on", "turn off"), {"electronics", "appliance", "fixture", "household", "vehicle", "vehicle_part"}),
    # What is broken, folded or untied is a thing: never "breaking a little girl".
    "destroy": THINGS - ANIMATE - {"collective"},
    "break": RIGID | {"body_part", "nature", "terrain", "food", "dessert"},  # of hard things: never "breaks her new dress"
    **dict.fromkeys(("fold", "unfold"), {"clothing", "household", "office", "furniture", "accessory", "container"}),
    # One reaches into what holds things ("a bag", "a fridge"), never "into a bat".
    "reach into": {"container", "kitchenware", "appliance", "furniture", "clothing", "accessory", "vehicle", "fixture"},
    # What is watered or dug grows or is ground: never "watering umbrellas".
    **dict.fromkeys(("water", "dig"), {"plant", "nature", "terrain", "place"}),
    **dict.fromkeys(("serve to", "pass to"), ANIMATE | {"collective"}),
    # What is swept or mopped is ground, a floor or what lies on it: never "sweeping a tennis ball".
    **dict.fromkeys(("sweep", "mop", "rake", "shovel"), BUILT | {"nature", "plant"}),
    "dribble": {"sports_equipment", "toy"},
    # One aims or shoots a camera, a ball or a bow, never "an umbrella" or "a spoon".
    **dict.fromkeys(("aim", "shoot"), {"electronics", "tool", "sports_equipment", "toy", "depiction"}),
    "mix": EATEN - {"nature", "plant"} | {"kitchenware", "container"},  # never "mixes a small dog"
    # Only water has banks and a shore: never "on the banks of the road".
    **dict.fromkeys(("on the banks of", "on the shore of"), {"terrain"}),
    # What is tied has ends or a knot: a shoe, a tie, a rope, a boat to a dock, a dog to a post.
    **dict.fromkeys(("tie", "untie", "tie up"), {"clothing", "accessory", "sports_equipment", "vehicle", "household", "toy", "animal"}),
    # What is squeezed gives: fruit, a ball, a tube, a hand; never "a fire hydrant".
    "squeeze": EATEN - {"nature", "plant"} | {"toy", "sports_equipment", "container", "toiletry", "body_part", "household"} | ANIMATE,
    # Verbs that take no object at all: never "praying a microphone", "fishing a bat".
    **dict.fromkeys(("pray", "preach", "converse", "fish"), frozenset()),
    # Whom one asks, greets or teaches is someone: never "interviewing a microphone".
    **dict.fromkeys(("interview", "teach", "greet", "ask", "beg"), ANIMATE | {"collective"}),
    "call": ANIMATE | {"collective", "vehicle"},  # a dog, a friend, a taxi; never "a microphone"
    "pour": {"drink", "food", "kitchenware", "container", "nature"},  # never "pouring a skate board"
    **dict.fromkeys(("open", "close", "shut"), RIGID | (BUILT - {"terrain", "place"}) | {"container", "clothing", "accessory", "office", "drink"}),
    **dict.fromkeys(("cook", "bake", "grill", "fry", "slice", "chop", "stir", "carve", "slice into", "cut into", "scoop"), EATEN - {"nature", "plant"}),
    **dict.fromkeys(("feed", "groom", "pet", "herd", "round up", "lasso", "bathe", "shampoo", "bottle-feed"), ANIMATE),
    **dict.fromkeys(("milk", "shear"), {"animal"}),  # never "two kids milking each other"
    "mow": {"terrain", "plant", "nature", "place"},
    **dict.fromkeys(("drive", "steer", "park", "tow"), {"vehicle"}),
    "read": {"office", "depiction", "electronics", "street"},
    # What is cut is solid: "cutting a cake and bread", never "cutting coffee"; what is drunk is
    # a drink (water, of nature, by name: :func:`takes_noun`), never "drinking doughnut holes".
    "cut": THINGS - {"drink"},
    "drink": {"drink", "nature"},
    # What is emptied or filled holds something: never "emptying a baseball bat".
    **dict.fromkeys(("empty", "fill", "fill up", "refill", "pour out"), {"kitchenware", "container", "fixture", "appliance", "vehicle"}),
    # Cleaning is of what is not eaten, fruit and vegetables apart: never "washing a piece of cake".
    **dict.fromkeys(("wash", "scrub"), THINGS - PREPARED - BUILT - {"drink", "nature", "collective", "classifier"} | {"building_part", "street"}),
    "clean": THINGS - PREPARED - {"drink", "nature", "collective", "classifier"},
    # Groomed are bodies and what grows on them: never "combs her new dress", "shaves a cake".
    "brush": ANIMATE | {"body_part", "clothing", "accessory", "furniture", "vehicle", "household", "toy", "nature"},
    **dict.fromkeys(("comb", "shave", "stroke"), ANIMATE | {"body_part", "toy"}),
    "trim": ANIMATE | {"body_part", "plant", "nature", "food"},
    "vacuum": {"room", "furniture", "household", "building_part", "vehicle"},
    "harvest": {"fruit", "vegetable", "plant", "nature", "food"},
    "plant": {"plant", "fruit", "vegetable", "nature"},
    **dict.fromkeys(("tend", "tend to"), ANIMATE | {"plant", "terrain", "place", "nature"}),
    # Thrown up and caught, launched or batted: a ball, a toy, a boat; never "juggles her new dress".
    "juggle": {"sports_equipment", "toy", "fruit", "vegetable", "kitchenware", "household"},
    "bounce": {"sports_equipment", "toy", "person", "family"},
    "launch": {"sports_equipment", "toy", "vehicle"},
    **dict.fromkeys(("bat", "swing at"), {"sports_equipment", "toy", "animal"}),
    "block": ANIMATE | {"sports_equipment", "street", "building_part", "vehicle", "structure", "place", "collective"},
    # Cut, drilled and welded are hard things; sewn and knitted, cloth.
    "saw": {"furniture", "plant", "nature", "structure", "building_part", "household", "tool"},
    "drill": {"building_part", "structure", "furniture", "nature", "terrain", "vehicle_part"},
    "weld": {"vehicle", "vehicle_part", "structure", "building_part", "furniture", "appliance", "fixture"},
    **dict.fromkeys(("sew", "knit"), {"clothing", "accessory", "household", "toy"}),
    "hose": ANIMATE | BUILT | {"vehicle", "plant", "structure"},
    "knock on": BUILT - {"terrain", "place", "street"} | {"furniture", "vehicle", "appliance", "fixture", "container"},
    "hug": ANIMATE | {"toy", "household", "plant", "sports_equipment", "instrument"},  # never "hugging a piece of cake"
    "insert": {"electronics", "office", "accessory", "tool", "household", "kitchenware", "toy", "toiletry", "sports_equipment", "appliance"},
    "punch": ANIMATE | {"sports_equipment", "body_part", "building_part", "furniture", "household"},
    "splash": ANIMATE | {"nature", "drink"},
    "blow": {"instrument", "toy", "household", "nature", "sports_equipment", "accessory"},
    # Served and prepared is food, or a ball; never "serves her new dress".
    "serve": PREPARED | {"fruit", "vegetable", "drink", "kitchenware", "sports_equipment", "collective"},
    "prepare": PREPARED | {"fruit", "vegetable"},
    "decorate": THINGS - ANIMATE - {"drink", "body_part", "nature", "collective", "classifier", "generic"},
    "spread": {"nature", "household", "body_part"},  # sand, a blanket, wings; never "spreading a slice of pizza"
    "flip": PREPARED | {"sports_equipment", "toy", "office", "electronics", "kitchenware", "fixture", "vehicle"},
    "hang up": {"clothing", "accessory", "depiction", "household", "electronics", "sports_equipment", "office", "kitchenware", "toy", "tool"},
    "direct": ANIMATE | {"vehicle", "collective", "event"},
    # What is adjusted or packed is a thing of use, never food or someone: never "adjusts a sandwich".
    "adjust": THINGS - ANIMATE - EATEN - BUILT - {"body_part", "collective", "classifier", "generic"} | {"building_part"},
    **dict.fromkeys(("pack", "unpack", "stack", "pile"), THINGS - ANIMATE - BUILT - {"body_part", "collective", "classifier"} | {"nature"}),
    **dict.fromkeys(("buy", "sell"), THINGS - PEOPLE - BUILT - {"body_part", "collective", "classifier"} | {"building"}),
    # Done to things one moves, not to someone nor to a floor: never "shares a baby girl",
    # "unloads a baby girl", "sharing the floor".
    **dict.fromkeys(("share", "load", "unload", "arrange", "remove", "press", "take out", "deliver", "unwrap"), THINGS - PEOPLE - BUILT),
}
# Verbs of handling: what they take is moved, so never a thing that stays where it is.
HANDLED = {
    "hold", "hold up", "carry", "grab", "grasp", "clutch", "throw", "toss", "pitch", "lift", "raise", "pick up", "put down", "set down",
    "hand", "give", "offer", "swing", "flip", "toss up", "bounce", "dribble", "hurl", "fling", "drop", "squeeze", "shake", "cradle", "hug",
    "catch",
}
# What hands do to a body's part, one's own or another's: "brushing her teeth" -> "washing"
# them, "holding his hand" -> "shaking" it; never thrown, sold, poured or served.
DONE_TO_A_BODY = {
    "hold", "hold up", "hold out", "grab", "grasp", "grip", "clutch", "hit", "strike", "kick", "push", "pull", "lift", "raise", "lower",
    "touch", "pet", "wash", "brush", "clean", "paint", "draw", "wrap", "fold", "squeeze", "shake", "wave", "point", "show",
    "display", "photograph", "film", "tap", "press", "stroke", "groom", "bathe", "shampoo", "comb", "trim", "shave",
    "spray", "splash", "punch", "cut", "scratch", "rub", "cover", "dry", "open", "close", "shut", "stretch",
}


# Going through, across or into a thing: a place or something as big, never "walking through a
# kite", "walking in a kite", "running across a sandwich".
WAYS = ("through", "across", "along", "into", "out of", "down", "up", "in")
NOT_PASSED = {
    "sports_equipment", "food", "dessert", "fruit", "vegetable", "drink", "meal", "portion", "kitchenware", "electronics", "office",
    "toiletry", "clothing", "accessory", "toy", "instrument", "body_part", "time", "event", "sport",
}
# The last words of a verb of play that place it: "playing on the sheets".
PLACES_OF_PLAY = {"on", "in", "at", "around", "near", "by", "under", "over", "inside", "outside", "behind"}


def takes_object(verb: str, category: str | None, kind: str | None) -> bool:
    """May the relation verb ``verb`` (a lexicon key, "eat from"), of relation category
    ``category``, take a thing of object category ``kind``? Not "kissing a wii game", "typing
    on a ball", "cooking remote controls", "walking through a kite"; a kind no table here names
    (a user lexicon's own) is taken."""
    if verb in ("aboard", "on board") or verb.endswith((" aboard", " on board")):
        return kind == "vehicle"  # "aboard a train", never "parked aboard a gas pump" (a thing of no known kind)
    if kind is None or kind not in KNOWN_KINDS:
        return True
    if "outside" in verb.split(" "):
        return kind in HAS_AN_OUTSIDE  # "outside a tent", never "outside a tree" or "outside a cake"
    if verb == "at":
        return kind in PLACES_TO_BE_AT  # "at a table", "at the beach", never "sitting at several oranges"
    if verb.split(" ")[-1] == "against":
        return kind not in NO_SIDE  # "against a wall", never "up against an intersection"
    if kind == "body_part" and category == "manipulation" and verb not in DONE_TO_A_BODY:
        return False  # "brushing her teeth" -> never "selling her teeth", "pouring her teeth"
    if verb in HANDLED and verb not in OBJECTS_OF_VERB:
        # A building's parts are no things in hand: "sweeping the floor" never "offering" or "holding" it.
        return kind not in UNMOVED and kind != "building_part"
    if category == "locomotion" and " " in verb and verb.split(" ", 1)[1] in WAYS:
        return kind not in NOT_PASSED
    if category == "locomotion" and " " in verb and verb.split(" ", 1)[1] in SURFACE_WAYS:
        return kind not in NOT_PASSED - {"sports_equipment"}  # "riding on a skateboard" (boards only: :func:`takes_noun`)
    if category in ("locomotion", "posture") and verb.endswith(" with"):
        # One walks or sits with a dog, a friend or a laptop, never "with a snowy slope", "with a
        # table" or "with a bus stop".
        return kind not in STAYS_PUT
    if category == "consumption" and kind == "drink" and verb not in DONE_TO_DRINKS:
        return False  # "drinking wine" -> never "biting wine", "eating wine"
    if verb in OBJECTS_OF_VERB:
        allowed = OBJECTS_OF_VERB[verb]
    elif category == "interaction" and " " in verb and verb.rsplit(" ", 1)[1] in PLACES_OF_PLAY:
        return True  # "playing on the sheets", "dancing in a field": a place, not a partner
    else:
        allowed = OBJECTS_OF_CATEGORY.get(category, ANY)
    return allowed is ANY or kind in allowed


# What grows: "a bowl filled with pasta" is never "grown out of" it.
GROWS = {"plant", "body_part", "nature"}
GROWING_VERBS = {"grow", "bloom", "sprout"}

