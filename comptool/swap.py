"""SWAP: exchange two concepts of one type.

Objects are exchanged in three ways: the nouns alone, leaving determiners and attributes in
place ("a white cat and a black dog" -> "a white dog and a black cat"); whole noun phrases
("sits on its hind legs, and swats at the plant" -> "sits on the plant, and swats at its hind
legs"), which also exchanges the subject and object of a relation ("a horse eating grass" ->
"grass eating a horse"). Attributes bound to different objects are exchanged, numbers with
the article of the other object among them ("Two giraffe and a zebra" -> "A giraffe and two
zebras").

A swap that leaves the meaning intact is not a negative: each result is compared with the
caption as a bag of (object, its attributes) and (subject, relation, object), with coordinated
objects taken together, and dropped when nothing changed ("a cat and a dog" -> "a dog and a cat").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import partial
from itertools import combinations
from typing import Iterable, Iterator

from comptool.edits import Edit, moved, number_bearer
from comptool.grammar import COMPARED_COUNTS, MANY_COUNTS, inflect, match_case, number_value, one_and_the_other
from comptool.lexicon import Lexicon
from comptool.memo import last_answer
from comptool.negation import denies, said_words
from comptool.negation import scope as negation_scope
from comptool.parsing import DESCRIBING_OBJECTS, HOLDER_CATEGORIES, QUANTITY_NOUNS, SHOTS, act_objects, frame_objects, group_counting, text_of, verbs_subject
from comptool.operators import Candidate, LazyCandidates, inside_a_word
from comptool.replace import DEGREE_WORDS, DEPICTIONS, after_a_portion, bare_singular, ends_a_listed_name, has_no_singular, is_mass, of_what, people_categories, posed_for
from comptool.suits import FOOD_AND_DRINK, gender_of

TYPES = ("object", "attribute")
# Dependents that belong to a noun phrase before its noun: "its hind legs", "the two red cars".
NP_LEFT_DEPS = {"det", "poss", "amod", "compound", "nummod", "quantmod", "advmod", "case", "nmod", "npadvmod"}
# Determiners a number can trade places with: "two dogs and a cat", "two monkeys on some branches".
COUNT_DETERMINERS = {"a", "an", "one", "some", "several", "many", "few"}
# Relations that hold both ways: swapping their subject and object changes nothing.
SYMMETRIC_RELATIONS = {"next to", "beside", "near", "by", "close to", "alongside", "with each other", "and", "tie to", "connect to", "attach to", "chain to"}
# Ways of being somewhere that both sides of a symmetric relation share: "A large elephant
# standing next to trees" says what "Trees standing next to a large elephant" does.
SHARED_POSTURES = {"stand", "sit", "lie", "lay", "rest", "sleep", "wait", "stay", "park"}
# Ways of going side by side said of both: "An elephant walks beside its calf" is the calf
# walking beside it.
SHARED_GOINGS = {"walk", "run", "jog", "stroll", "swim", "ride", "fly"}


def candidates(parse: dict, type: str, lexicon: Lexicon) -> LazyCandidates:
    """Swaps of ``type`` as plans, each built (and its meaning checked) only when tried. A
    record's types share one meaning check: its coordinations and facts are worked out once."""
    check = _meaning_check(parse)
    if type == "object":
        return LazyCandidates(list(_object_swaps(parse, lexicon, check)), finish=partial(_no_bare_object_after_a_participle, parse["tokens"]))
    return LazyCandidates(list(_attribute_swaps(parse, lexicon, check)))


def _no_bare_object_after_a_participle(old: list[dict], candidate: Candidate) -> Candidate:
    """The candidate, turned down where a singular noun lands bare after a participle whose
    object had an article: "Cowboy riding a horse" never gives "A horse riding cowboy", which
    reads as a horse-riding cowboy ("eating pizza" may give "eating beer")."""
    same_meaning_check = candidate.check
    return replace(candidate, check=lambda result: (same_meaning_check is None or same_meaning_check(result)) and not _bare_after_a_participle(result, old))


def _bare_after_a_participle(result, old: list[dict]) -> bool:
    """Whether the result has a singular count noun right after a participle that takes it, where
    the caption had an article or a count there ("riding |a horse|" -> "riding |cowboy|")."""
    tokens, origin = result.tokens, result.origin
    for k in range(1, len(tokens)):
        verb = tokens[k - 1]
        if tokens[k]["tag"] == "NN" and verb["tag"] == "VBG" and verb["dep"] not in ("amod", "compound") and not is_mass(tokens[k]["lemma"].lower()):
            was = origin[k - 1] + 1 if origin[k - 1] is not None else None
            if was is not None and was < len(old) and origin[k] != was and old[was]["pos"] in ("DET", "NUM", "PRON"):
                return True
    return False


# -- objects ---------------------------------------------------------------------------------


def _object_swaps(parse: dict, lexicon: Lexicon, check: "_MeaningCheck") -> Iterator[tuple]:
    tokens = parse["tokens"]
    frames = frame_objects(parse)
    said = said_words(parse)
    acts = act_objects(tokens)
    objects = [
        c for c in parse["concepts"]
        if c["type"] == "object" and not _hyphenated(tokens, c["start"], c["end"]) and not _holds_an_of_phrase(tokens, c)
        and c.get("category") != "time"  # "ten o'clock", "at night": a time, no thing to move ("A clock on the o'clock")
        and not _during(tokens, c)  # "during repairs" is a while: never "Repairs block one lane ... during orange traffic cones"
        and not _a_side(tokens, c)
        and c["id"] not in frames  # the picture itself: never "In the sofa we can see ... on this image"
        and c["head"] not in said  # words a sign bears: never "One way that says a street sign"
        and c["head"] not in acts  # "shake hands", "does a trick": never "shake matches after a hand", "A trick does a man"
        and not _with_it_on(tokens, c)  # "with its lights on": never "A train on the lights with its tracks on"
        and not _in_the_weather(tokens, c)  # "walking his dog in the rain": never "holding rain ... in the umbrella"
        and not posed_for(c["head"], tokens)  # "pose for a photo": never "A photo wearing blue jackets poses for two small girls"
    ]
    counters = {c["head"] for c in parse["concepts"] if c["type"] == "attribute" and c["category"] == "quantity"}
    # Each object's whole noun phrase, worked out once (not once per pair), and whether it moves whole.
    phrases = {c["id"]: _noun_phrase(tokens, c, counters) for c in objects}
    # Asked once per object, not once per pair.
    stuff = {c["id"] for c in objects if is_mass(c["lemma"])}
    stuffs = _stuffs(tokens, objects, stuff)
    food = frozenset(c["head"] for c in objects if c["head"] in stuffs and (c.get("category") in STUFF_KINDS or c["id"] in stuff))
    whole = {c["id"]: _whole(tokens, phrases[c["id"]][:2], c["head"]) for c in objects}
    held: set[int] = set()
    holding: set[int] = set()
    named_with_of: set[int] = set()
    words = {t["text"].lower() for t in tokens}
    if "of" in words:  # what holds and what is held, only where an "of" says so
        contents = [c for c in parse["concepts"] if c["type"] == "attribute" and c.get("category") == "content"]
        held = {c["id"] for c in objects if _held(tokens, c, parse["concepts"]) or any(a["start"] == c["start"] for a in contents)}
        holding = {c["id"] for c in objects if (c.get("category") in HOLDER_CATEGORIES and _of_phrase_after(tokens, c["head"])) or any(a["of"] == c["id"] for a in contents)}
        named_with_of = {c["id"] for c in objects if " of " in f' {c["text"]} '}
    compared = {c["id"] for c in objects if any(tokens[k]["text"].lower() in COMPARED_COUNTS for k in range(*phrases[c["id"]][:2]))} if not words.isdisjoint(COMPARED_COUNTS) else set()
    denied = negation_scope(parse)
    named_again = _named_again(tokens, objects)  # a swap changing its number leaves "it" wrong
    # The slots after a portion's "of" ("pieces of |luggage|"), where only a stuff may land.
    portion_slots = {c["id"] for c in objects if after_a_portion(tokens, c["head"], lexicon)}
    owned_by: dict[int, list[int]] = {}  # a noun -> its possessors ("the man's |hand|", "its |paw|"), found once
    for k, t in enumerate(tokens):
        if t["dep"] == "poss":
            owned_by.setdefault(t["head"], []).append(k)
    people = people_categories(lexicon)
    living = people | {"animal"}
    roles = _roles(objects, parse["concepts"], living)
    doers = {c["id"] for c in objects if verbs_subject(tokens, c["head"])}  # asked once per object, not per pair
    spans = {c["id"]: (c["start"], c["end"]) for c in objects}
    coloured = {  # a colour before the noun, not in its name ("an ice cream cone")
        c["of"] for c in parse["concepts"]
        if c["type"] == "attribute" and c.get("category") == "colour" and c.get("of") in spans and not spans[c["of"]][0] <= c["start"] < spans[c["of"]][1]
    }
    # A thing named again is the thing named first: moving the later mention leaves the first
    # behind ("Couch and chair near window ... between the couch and chair" never "Couch and
    # chair near the couch ... between window and chair").
    first_named: dict[str, int] = {}
    for c in objects:  # in text order, as the parse lists them
        first_named.setdefault(c["lemma"].lower(), c["id"])
    later_mentions = {c["id"] for c in objects if first_named[c["lemma"].lower()] != c["id"]} if len(first_named) < len(objects) else ()
    for a, b in combinations(objects, 2):
        if a["lemma"] == b["lemma"] or _nested(a, b) or a["id"] in later_mentions or b["id"] in later_mentions:
            continue
        if a.get("category") not in living and lexicon.synonymous(a["lemma"], b["lemma"]):
            continue  # "A crowded beach ... along the shore": one place named twice, traded, says the same (a man and a guy are two)
        if not _may_trade(roles[a["id"]], roles[b["id"]]):
            continue  # "Two boys play on a sunny beach" -> never "A sunny beach plays on two boys"
        if _setting_onto_a_doer(a, b, roles, doers) or _setting_onto_a_doer(b, a, roles, doers):
            continue  # "A green tractor pulling a plow across a muddy field" -> never "A green field pulling a plow"
        if owned_by and (_owner_and_part(tokens, a, b, living, owned_by) or _owner_and_part(tokens, b, a, living, owned_by)):
            continue  # "A gray cat licking its paw" -> never "A gray paw licking its cat"; "The man's hand" never "The hand's man"
        if _as_vague(tokens, a, b, phrases):
            continue
        if denied.covers(a) and denied.covers(b):
            continue  # both under a negation: "There is no food on the plate" -> "no plate on the food" holds too
        if (a["id"] in holding) != (b["id"] in holding):
            continue  # a pot trades places with another holder: never "a chef of soup"; "a bowl of pastries beside trays of soup"
        # What a pot holds goes alone into another noun's place, and that noun into the pot
        # as a stuff or many ("Soup is stirring a pot of chefs"), never with its article ("a pot of a chef").
        whole_phrases = (a["id"] in held) == (b["id"] in held)
        if not whole_phrases and (a["id"] in named_with_of or b["id"] in named_with_of):
            continue  # never "a plate of cup of coffee"
        if not whole_phrases and not _may_be_held(*((a, b) if a["id"] in held else (b, a)), stuff):
            continue  # what fills a plate gives way only to what may fill it: never "two plates of windows", "a bowl of counters"
        # The nouns alone, each taking the other's slot (and its number).
        guard = check.needed(a["id"], b["id"])
        if (a["id"] in portion_slots and _counted(b)) or (b["id"] in portion_slots and _counted(a)):
            continue  # "Many pieces of luggage ... with tags": never "Many pieces of tags", nor "pieces of a man"
        # A person never lands after a colour: "a brown horse" never "a brown man" (the whole phrases may trade).
        onto_a_person = (a["id"] in coloured and b.get("category") in people) or (b["id"] in coloured and a.get("category") in people)
        # Someone's part trades places with a thing whole, its owner along: "brushing her teeth
        # with a blue toothbrush" -> "brushing a blue toothbrush with her teeth", never "her toothbrushes".
        whole_only = _owned_part(a, owned_by) != _owned_part(b, owned_by) or _owns_by_pronoun(tokens, a, b, living, people, owned_by) or _owns_by_pronoun(tokens, b, a, living, people, owned_by)
        # What is someone's by a pronoun goes with it: "on their ski board in the snow" -> "on
        # the snow in their ski board", never "on their snow in the ski board" (kin still trade:
        # "his father" and "a baby").
        kin = a.get("category") in living and b.get("category") in living
        whole_only = whole_only or (not kin and _owned_by_a_pronoun(tokens, a, owned_by) != _owned_by_a_pronoun(tokens, b, owned_by))
        # Many of a group are counted: a stuff never lands there ("All of the cows are" never "All of the hay are").
        whole_only = whole_only or (b["id"] in stuff and _many_of_a_group(tokens, a)) or (a["id"] in stuff and _many_of_a_group(tokens, b))
        if not onto_a_person and not whole_only and not _others_made_one(tokens, a, b) and not ((b["id"] in stuff and _uncountable_under(tokens, a["head"], b)) or (a["id"] in stuff and _uncountable_under(tokens, b["head"], a))):
            # A stuff never lands under a count it cannot take: "A single tree stands in the
            # snow" -> never "Single snow stands in the tree", "Two men are playing chess"
            # never "Two chess" (while "two grasses" are two kinds of grass).
            yield _exchange, (tokens, (a["start"], a["end"], a["head"]), (b["start"], b["end"], b["head"]), "object", True, guard, stuffs, food)
        # The whole noun phrases, determiners and attributes travelling along.
        pa, pb = phrases[a["id"]], phrases[b["id"]]
        if (pa[0], pa[1]) != (a["start"], a["end"]) or (pb[0], pb[1]) != (b["start"], b["end"]):
            if a["id"] in compared or b["id"] in compared:
                continue  # "more apples than oranges": "more" stays before "than" ("oranges than more apples" never)
            if denied.negated and (denies(tokens, pa[0], pa[1]) or denies(tokens, pb[0], pb[1])):
                continue  # the negation would move with its noun: "The room has no windows" -> never "No windows have the room"
            if any(tokens[k]["tag"] in ("WP$", "WDT", "WP") or tokens[k]["text"].lower() == "any" for k in (*range(pa[0], pa[1]), *range(pb[0], pb[1]))):
                continue  # "whose dog" opens its clause, "any people" needs its denial: never "Whose dog a man", "Any people without a kitchen"
            if _in_a_partitive(tokens, a["head"]) or _in_a_partitive(tokens, b["head"]):
                continue  # "Two of the dogs" keeps its "the": never "Two of collars are wearing the dogs"
            if a.get("number") != b.get("number") and named_again in (a["id"], b["id"]):
                continue  # "A monitor ... as it sits next to two speakers": never "Two speakers ... as it sits"
            if a.get("number") != b.get("number") and (one_and_the_other(tokens, pa[1]) or one_and_the_other(tokens, pb[1])):
                continue  # "2 women, one holding a cake, the other ..." are two: never "A cake, one holding 2 women"
            if (_a_pivot(tokens, a["head"]) and _definite(tokens, pb[0])) or (_a_pivot(tokens, b["head"]) and _definite(tokens, pa[0])):
                continue  # "There are two players ... while the umpire watches": never "There is the umpire"
            if (pa[1] <= pb[0] or pb[1] <= pa[0]) and whole[a["id"]] and whole[b["id"]] and whole_phrases:
                # Each phrase takes the other's place from its root ("a group" of "a group of people").
                yield _exchange, (tokens, pa, pb, "object", False, guard)


ONE_WORDS = {"single", "lone", "sole", "solitary"}
# Attributes that say which side of a thing: they trade only with one another ("his left arm
# ... her right leg"), never with a colour or a size ("A left taxi").
SIDE_CATEGORIES = {"left_right", "top_bottom", "front_back"}
# Words that take a part of a group named after "of": "two of the dogs", "some of the cars".
PART_WORDS = {"some", "all", "most", "many", "none", "each", "both", "several", "few", "half", "any", "either", "neither"}


def _a_pivot(tokens: list[dict], noun: int) -> bool:
    """Whether the noun is what "there is" or "there are" says is there."""
    verb = tokens[noun]["head"]
    return tokens[noun]["dep"] in ("attr", "nsubj") and tokens[verb]["lemma"] == "be" and any(
        t["head"] == verb and t["dep"] == "expl" and t["text"].lower() == "there" for t in tokens
    )


def _definite(tokens: list[dict], start: int) -> bool:
    """Whether the noun phrase from ``start`` names a thing already known ("the umpire", "her dog")."""
    first = tokens[start]
    return first["text"].lower() in ("the", "this", "that", "these", "those") or first["tag"] in ("PRP$", "POS") or first["dep"] == "poss"


def _many_of_a_group(tokens: list[dict], thing: dict) -> bool:
    """Whether ``thing`` is a plural that "all of the", "some of the" or a number counts."""
    return tokens[thing["head"]]["tag"] in ("NNS", "NNPS") and _in_a_partitive(tokens, thing["head"])


def _in_a_partitive(tokens: list[dict], head: int) -> bool:
    """Whether noun ``head`` names the group of "two of the dogs", which its whole phrase, "the"
    and all, must stay in."""
    part = of_what(head, tokens)
    return part is not None and (tokens[part]["pos"] == "NUM" or tokens[part]["text"].lower() in PART_WORDS)


# Nouns that count things, never a stuff ("a group of penguins"; "a pile of snow" may be).
GROUPS_OF_THINGS = QUANTITY_NOUNS - {"pile", "lot", "lots", "plenty", "variety", "assortment", "selection", "kind", "type", "sort"}


def _uncountable_under(tokens: list[dict], head: int, thing: dict) -> bool:
    """Whether the stuff ``thing`` cannot stand in the slot of noun ``head``: one counted as
    one ("a single tree"), or as many where the stuff has no plural of its own ("two men" ->
    never "two chess"; "two grasses" may be). Asked only of a stuff."""
    counts = [t["text"].lower() for t in tokens[max(0, head - 4) : head] if t["head"] == head and (t["text"].lower() in ONE_WORDS | SEVERAL or t["dep"] == "nummod" or t["pos"] == "NUM")]
    of = tokens[head]["head"]
    if tokens[head]["dep"] == "pobj" and tokens[of]["text"].lower() == "of" and tokens[tokens[of]["head"]]["lemma"].lower() in GROUPS_OF_THINGS:
        return True  # "a group of penguins" counts things: never "a group of ice"
    if not counts:
        return False
    return (
        any(c in ONE_WORDS or number_value(c) == 1 for c in counts)
        or inflect(thing["lemma"], "NNS", thing["lemma"]) == thing["lemma"]
        or thing["lemma"].lower() in PLURAL_NAMES_ANOTHER
    )


# Stuffs whose plural names another thing ("grounds" of coffee, "woods", "glasses", "papers"),
# or none a caption counts: "Two waters" never (while "two grasses" are two kinds of grass).
PLURAL_NAMES_ANOTHER = {
    "ground", "wood", "glass", "paper", "water", "snow", "sand", "rain", "milk", "hair", "fur", "dirt", "mud", "ice", "smoke", "fog", "steam", "air",
    "equipment", "luggage", "furniture", "clothing", "gear", "jewelry", "laundry", "mail", "traffic", "machinery", "scenery", "signage",
    "lighting", "artwork", "glitter", "pottery", "graffiti", "foliage", "greenery", "vegetation", "shrubbery",
}


def _counted(thing: dict) -> bool:
    return not is_mass(thing["lemma"].split(" of ")[0])  # "a cup of coffee" is counted by its cup


SIDES = {"left", "right"}


def _a_side(tokens: list[dict], concept: dict) -> bool:
    """ "the person on the left": a side, said of where a thing is, no thing to move; so are
    the "half" of "cut in half" and the "formation" of "flying in formation"."""
    head = concept["head"]
    if concept["lemma"] == "half" and tokens[head]["dep"] == "pobj" and tokens[tokens[head]["head"]]["text"].lower() in ("in", "into"):
        return not any(t["head"] == head and t["dep"] == "det" for t in tokens)
    if concept["lemma"] in BARE_IDIOMS and tokens[head]["dep"] == "pobj" and not any(t["head"] == head and t["dep"] in ("det", "poss") for t in tokens):
        return True  # "flying in formation", "standing in line": a way, no thing ("three formations flying in plane" never)
    return concept["lemma"] in SIDES and not any(t["head"] == head and t["dep"] == "prep" for t in tokens)


# Nouns that make a way of being somewhere with a bare preposition: "in formation", "on display".
# Nouns that stand in for ones named elsewhere. "Others" trades places with a man ("Man flying
# a kite while others run" -> "Others flying a kite while a man runs"), never with a group as
# vague as itself: "Others are eating while some people are talking" says what "Some people are
# eating while others are talking" does.
STAND_INS = {"other", "others"}
VAGUE_COUNTS = MANY_COUNTS | {"few", "some", "most"}


def _as_vague(tokens: list[dict], a: dict, b: dict, phrases: dict) -> bool:
    """True when one of ``a``, ``b`` is a stand-in ("others") and the other a vague group."""
    for one, other in ((a, b), (b, a)):
        if one["lemma"].lower() in STAND_INS:
            start = phrases[other["id"]][0]
            return any(tokens[k]["text"].lower() in VAGUE_COUNTS for k in range(start, other["head"]))
    return False


def _others_made_one(tokens: list[dict], a: dict, b: dict) -> bool:
    """True when a stand-in moving alone would land in a singular slot: never "on an other"."""
    return (a["lemma"].lower() in STAND_INS and tokens[b["head"]]["tag"] in ("NN", "NNP")) or (
        b["lemma"].lower() in STAND_INS and tokens[a["head"]]["tag"] in ("NN", "NNP")
    )


BARE_IDIOMS = {"formation", "display", "top", "front", "sale", "order", "place", "use", "motion", "action", "focus"}


# Nouns that say what their "of" phrase is ("a piece of cake", "a picture of an animal").
OF_PHRASE_CATEGORIES = {"portion", "depiction", "classifier", "collective", "region"}


def _holds_an_of_phrase(tokens: list[dict], concept: dict) -> bool:
    """A portion, picture or part noun with its "of" phrase: moved alone, it leaves "a man of
    cake", "a cat on the left dog of a side"."""
    if concept["category"] in OF_PHRASE_CATEGORIES or tokens[concept["head"]]["lemma"].lower() in DEPICTIONS:
        # however the lexicon files it: "a watercolor painting of a lighthouse" (never "A
        # lighthouse of a watercolor painting"), "a mosaic of a fish"
        return _of_phrase_after(tokens, concept["head"])
    if concept["category"] in HOLDER_CATEGORIES:
        return False  # a cup of coffee: the holder moves, and what it holds goes too or stays
    # A piece of a stuff, however the lexicon files the noun: "a sheet of paper" (never "a
    # sheet with an old typewriter of paper"), "a bar of soap".
    head = concept["head"]
    of = next((k for k in range(head + 1, len(tokens)) if tokens[k]["head"] == head and tokens[k]["dep"] == "prep" and tokens[k]["text"].lower() == "of"), None)
    stuff = next((k for k in range(of + 1, len(tokens)) if tokens[k]["head"] == of and tokens[k]["dep"] == "pobj"), None) if of is not None else None
    return stuff is not None and tokens[stuff]["tag"] == "NN" and is_mass(tokens[stuff]["lemma"]) and not any(t["head"] == stuff and t["dep"] == "det" for t in tokens)


def _of_phrase_after(tokens: list[dict], head: int) -> bool:
    return any(t["head"] == head and t["dep"] == "prep" and t["text"].lower() == "of" for t in tokens[head + 1 :])


def _during(tokens: list[dict], concept: dict) -> bool:
    """Whether the object is what happens meanwhile: the object of "during"."""
    slot = tokens[concept["head"]]
    return slot["dep"] == "pobj" and tokens[slot["head"]]["text"].lower() == "during"


def _may_be_held(content: dict, other: dict, stuff: set[int]) -> bool:
    """Whether ``other`` may fill the container ``content`` fills: a stuff, a thing of its kind,
    food where food was ("a plate of waffles with bananas" -> "a plate of bananas with waffles"),
    or animals ("hay pulls a cart full of horses")."""
    mine, theirs = content.get("category"), other.get("category")
    return other["id"] in stuff or theirs == "animal" or (theirs is not None and (theirs == mine or (theirs in STUFF_KINDS and mine in STUFF_KINDS)))


def _held(tokens: list[dict], concept: dict, concepts: list[dict]) -> bool:
    """ "soup" of "a pot of soup", "hay" of "a cart full of hay": the content of a container's
    "of" phrase, or of "full of"."""
    head = concept["head"]
    of = tokens[head]["head"]
    if tokens[head]["dep"] != "pobj" or tokens[of]["text"].lower() != "of":
        return False
    holder = tokens[of]["head"]
    if tokens[holder]["text"].lower() in FULL:
        return True  # "a cart full of hay": what fills it
    return any(c["type"] == "object" and c["head"] == holder and c.get("category") in HOLDER_CATEGORIES for c in concepts)


FULL = {"full", "filled", "empty", "half-full"}


# Weather one is out in, no thing in the scene: "in the rain", "in the fog" (snow lies on the
# ground as a thing does: "Snow is flying in the air over a snowboarder").
WEATHER_ONE_IS_IN = {"rain", "fog", "mist", "drizzle", "storm", "downpour", "haze", "wind", "sunshine", "air"}  # "jumps in the air" too


def _in_the_weather(tokens: list[dict], concept: dict) -> bool:
    """Whether the object is weather one is in: "in the rain", "out in the fog"; or the air
    one is in ("jumps in the air": never "The air jumps in a male skater")."""
    head = tokens[concept["head"]]
    return head["lemma"].lower() in WEATHER_ONE_IS_IN and head["dep"] == "pobj" and tokens[head["head"]]["text"].lower() == "in"


def _with_it_on(tokens: list[dict], concept: dict) -> bool:
    """Whether the object is had in a state a particle after it says: "with its lights |on|",
    "with the hood |up|" ("on", "off", "out", "up" or "down", taking no object of its own)."""
    head, end = concept["head"], concept["end"]
    if tokens[head]["dep"] != "pobj" or tokens[tokens[head]["head"]]["text"].lower() != "with" or end >= len(tokens):
        return False
    return tokens[end]["text"].lower() in ("on", "off", "out", "up", "down") and not any(t["head"] == end and t["dep"] == "pobj" for t in tokens)


OWNING_PRONOUNS = {"its", "his", "her", "their"}


def _owned_part(thing: dict, owned_by: dict[int, list[int]]) -> bool:
    """Whether ``thing`` is a part of a body with its owner before it: "her |teeth", "its |paw"."""
    return thing.get("category") == "body_part" and thing["head"] in owned_by


def _owns_by_pronoun(tokens: list[dict], owner: dict, thing: dict, living: frozenset[str], people: frozenset[str], owned_by: dict[int, list[int]]) -> bool:
    """Whether ``thing`` is ``owner``'s by a pronoun after it: "An elderly couple walking |their
    dog|" (the nouns alone would leave "An elderly dog walking their couple"). Kin trade: a
    person, or an animal's animal ("A baby cries while his father warms a bottle" -> "A father
    ... his baby"; "A cow lying next to its calf" -> "A calf ... its cow")."""
    kin = thing.get("category") in people or (thing.get("category") == "animal" and owner.get("category") == "animal")
    genders = gender_of(owner["lemma"]), gender_of(thing["lemma"])
    if kin and None not in genders and genders[0] != genders[1]:
        kin = False  # "A little boy and his sister" -> never "A little sister and his boy"
    return not kin and (owner.get("category") in living or owner.get("category") == "collective") and owner["start"] < thing["start"] and _owned_by_a_pronoun(tokens, thing, owned_by)


def _owned_by_a_pronoun(tokens: list[dict], thing: dict, owned_by: dict[int, list[int]]) -> bool:
    """Whether "its", "his", "her" or "their" owns ``thing``: "walking |their| dog"."""
    return any(tokens[k]["text"].lower() in OWNING_PRONOUNS for k in owned_by.get(thing["head"], ()))


def _owner_and_part(tokens: list[dict], owner: dict, part: dict, living: frozenset[str], owned_by: dict[int, list[int]]) -> bool:
    """Whether ``part`` is ``owner``'s own: named with "'s" ("the man's hand") or, a body part
    with "its", "his", "her" or "their", of a living thing ("a cat licking its paw").
    ``owned_by`` maps each noun to its possessors."""
    possessors = owned_by.get(part["head"], ())
    if owner["head"] in possessors:
        return True
    return part.get("category") == "body_part" and owner.get("category") in living and _owned_by_a_pronoun(tokens, part, owned_by)


# What an object is to the scene, for who may take whose place: a living thing, what one
# wears, a setting (where things are), a region of something ("the side", "the background").
SETTING_CATEGORIES = {"place", "terrain", "room"}
# Where a living thing never stands in a swap, nor it in theirs: a setting, a building or its
# part, an event, a game, a part of a body, what is worn ("A boy in a red jersey" never "A
# jersey in a red boy"). The living trade with things, as "a horse eating grass" does with
# "grass eating a horse".
NOT_FOR_THE_LIVING = {"setting", "building", "worn", "building_part", "event", "sport", "body_part", "region"}
# What the other roles trade with. A setting: another place one is at, on or in ("stands on a
# fishing boat as the tide rolls in from the shore"), never a thing in it ("A cat on the living
# room in a couch"). A building: what stands as it does (never "while a train station
# arrives"). What is worn: what may be worn ("A man in a red dress is talking to a woman in a
# blue shirt", never "A child in a yellow puddle jumps into a raincoat").
PEERS = {
    "setting": {"setting", "building", "vehicle", "nature", "structure", "street"},
    "building": {"setting", "building", "structure", "street"},
    "worn": {"worn", "clothing"},
    "region": {"region"},
}


def _roles(objects: list[dict], concepts: list[dict], living: frozenset[str]) -> dict[int, str | None]:
    """Each object's role for :func:`_may_trade`: "living", "worn", "setting", or its own
    category ("building", "region", ...; None where the lexicon has none)."""
    worn = {c["head"] for c in concepts if c["type"] == "attribute" and c.get("category") == "worn"}
    roles: dict[int, str | None] = {}
    for c in objects:
        category = c.get("category")
        roles[c["id"]] = (
            "living" if category in living
            else "worn" if c["head"] in worn
            else "setting" if category in SETTING_CATEGORIES
            else category
        )
    return roles


def _setting_onto_a_doer(setting: dict, doer: dict, roles: dict[int, str | None], doers: set[int]) -> bool:
    """Whether a setting would land where the doer of a verb (one of ``doers``) is: a field never
    pulls a plow, an airport never parks."""
    return roles[setting["id"]] == "setting" and roles[doer["id"]] != "setting" and doer["id"] in doers


def _may_trade(a: str | None, b: str | None) -> bool:
    """Whether objects of these roles may take each other's places and still make a caption."""
    for one, other in ((a, b), (b, a)):
        if (one == "living" and other in NOT_FOR_THE_LIVING) or (one in PEERS and other not in PEERS[one]):
            return False
    return True


def _nested(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _noun_phrase(tokens: list[dict], concept: dict, counters: set[int] = frozenset()) -> tuple[int, int, int]:
    """The noun phrase ending at the concept's noun: its determiner, possessor, numbers,
    adjectives, and the count before it ("a couple of street signs"); with its root, the count
    where there is one (the word whose place in the sentence the phrase takes)."""
    head = concept["head"]
    preposition = tokens[head]["head"]
    if tokens[head]["dep"] == "pobj" and tokens[preposition]["head"] in counters and preposition < head:
        head = tokens[preposition]["head"]  # the phrase starts at "a couple"
    start = min(concept["start"], head)
    while start > 0 and _in_noun_phrase(tokens, start - 1, head):
        start -= 1
    return start, concept["end"], head


def _whole(tokens: list[dict], span: tuple[int, int], head: int) -> bool:
    """A noun phrase that takes all of its left-hand words along, and leaves no article behind."""
    start = span[0]
    if start > 0 and tokens[start - 1]["pos"] == "DET":
        return False
    return all(not _descends(tokens, k, head) for k in range(0, start))


def _in_noun_phrase(tokens: list[dict], k: int, head: int) -> bool:
    """True when token k hangs on ``head`` through left-hand noun-phrase dependents only."""
    seen = set()
    while k != head:
        if k in seen or k > head or tokens[k]["dep"] not in NP_LEFT_DEPS:
            return False
        seen.add(k)
        k = tokens[k]["head"]
    return True


def _exchange(tokens, a: tuple[int, int, int], b: tuple[int, int, int], type: str, retag: bool, check=None, stuffs: frozenset[int] = frozenset(), food: frozenset[int] = frozenset()) -> Candidate:
    """Candidate exchanging spans a and b, each (start, end, head); ``retag`` fits each moved
    word to the slot it lands in (number for nouns, tense for verbs); ``check`` is the meaning
    check, where the swap might leave the meaning intact. ``stuffs`` and ``food`` are the heads
    of :func:`_stuffs` and those of them that are stuffs by their kind."""
    (a_start, a_end, a_head), (b_start, b_end, b_head) = a, b
    into_a = moved(tokens, b_start, b_end, into=a_head)
    into_b = moved(tokens, a_start, a_end, into=b_head)
    if retag:
        into_a, into_b = _retag(into_a, _slot(tokens, a_head, stuffs, b_head in food)), _retag(into_b, _slot(tokens, b_head, stuffs, a_head in food))
        if type == "object":
            a_start, b_start = _start_leaving_a_behind(tokens, a_start, a_head, into_a), _start_leaving_a_behind(tokens, b_start, b_head, into_b)
    edits = [Edit(a_start, a_end, into_a), Edit(b_start, b_end, into_b)]
    if retag and type == "object":
        # An "a" further left, before the slot's adjectives, goes too: "A brown horse eating
        # hay" -> "Brown hay eating horses", never "A brown hay".
        edits += [Edit(k, k + 1, ()) for k in (_far_article(tokens, a_start, a_head, into_a), _far_article(tokens, b_start, b_head, into_b)) if k is not None]
    return Candidate("swap", type, tuple(edits), frozenset(range(a_start, a_end)) | frozenset(range(b_start, b_end)), check)


def _start_leaving_a_behind(tokens: list[dict], start: int, head: int, copies: tuple) -> int:
    """Where the edit putting ``copies`` at ``start`` begins: before the slot's "a" when a stuff
    or a plural-only noun lands right after it ("holding an umbrella" -> "holding rain", never
    "holding a rain"; "wearing sunglasses", never "a sunglasses")."""
    if start == 0 or tokens[start - 1]["text"].lower() not in ("a", "an") or tokens[start - 1]["head"] != head:
        return start
    return start - 1 if _takes_no_a(copies) else start  # "wearing a hat" -> "wearing sunglasses", never "a sunglasses"


def _takes_no_a(copies: tuple) -> bool:
    """The moved words name a stuff or a noun with no singular, which no "a" counts; "a body
    of water" is counted by its body."""
    root = next((c for c in copies if "head_local" not in c), None)
    if root is None or any(c["text"].lower() == "of" for c in copies):
        return False
    return (root["tag"] == "NN" and (is_mass(root["lemma"]) or is_mass(root["text"]))) or has_no_singular(root["text"])


def _far_article(tokens: list[dict], start: int, head: int, copies: tuple) -> int | None:
    """The slot's "a" when it stands before the slot's own adjectives and a stuff or a
    plural-only noun lands after them: it goes, as :func:`_start_leaving_a_behind` leaves one
    right before the noun behind."""
    k = start - 1
    while k >= 0 and tokens[k]["dep"] in ("amod", "compound", "advmod", "nmod", "cc", "conj") and _descends(tokens, k, head) and tokens[k]["pos"] != "DET":
        k -= 1
    if k < 0 or k == start - 1 or tokens[k]["text"].lower() not in ("a", "an") or tokens[k]["head"] != head:
        return None
    return k if _takes_no_a(copies) else None


def _slot(tokens: list[dict], head: int, stuffs: frozenset[int] = frozenset(), coming_as_stuff: bool = False) -> dict:
    """The token whose place a moved word takes, as a noun there should read: a singular noun
    counted by a number above one, or by "several", is plural ("Two giraffe and a zebra" ->
    "Two fields ...", "several cows" -> "several grasses"); the place of a stuff (one of
    ``stuffs``, see :func:`_stuffs`) is marked ``bare``, unless what comes is a food or a stuff
    read as one too ("with bread, sausage, tomato" -> "with sausage, bread", never "with sausages")."""
    slot = tokens[head]
    start = max(0, head - 4)
    if slot["tag"] in ("NN", "NNS") and any(
        t["head"] == head
        and (t["text"].lower() in SEVERAL or (t["dep"] == "nummod" and (number_value(t["text"]) or 0) > 1 and not _after_an_article(tokens, start + k)))
        for k, t in enumerate(tokens[start:head])
    ):
        return dict(slot, tag="NNS", counted=True)  # a number not after an article: "A two layer cake" is one cake
    if slot["tag"] == "NNS" and slot["text"].lower() == slot["lemma"].lower() and is_mass(slot["lemma"]):
        slot = dict(slot, tag="NN")  # a stuff the tagger read as many: "with broccoli and chicken" -> never "with chickens and broccoli"
    if (head in stuffs and not coming_as_stuff) or (slot["tag"] == "NN" and any(t["head"] == head and t["text"].lower() in SOME for t in tokens[start:head])):
        return dict(slot, bare=True)  # "some paper" -> "some desks", never "some desk"
    return slot


# Determiners of a stuff, which take a thing counted as many: "some paper" -> "some desks".
SOME = {"some", "any", "more", "enough"}
# Words that count many, as a number does: whatever lands after them is many, a stuff too.
SEVERAL = MANY_COUNTS | {"few"}
# Kinds of thing a bare singular names as a stuff: "eating pizza", "drinking wine".
STUFF_KINDS = FOOD_AND_DRINK


def _stuffs(tokens: list[dict], objects: list[dict], stuff: set[int]) -> frozenset[int]:
    """The heads of the objects a bare singular names as a stuff ("eating pizza"), a game
    ("playing basketball") or in a set phrase ("in line", "in bed"), not as a headline's thing
    ("man riding horse"): a thing landing there is many ("playing boys", never "playing boy").
    ``stuff`` holds the ids of the objects that name stuffs (:func:`~comptool.replace.is_mass`)."""
    headline = not any(t["pos"] == "DET" for t in tokens)
    bare = [c for c in objects if bare_singular(c["head"], tokens)]
    # A bare thing something is done to is a stuff ("juggling fire") where every other thing
    # has its article; "A man riding horse on beach" writes as a headline does.
    loose = {c["head"] for c in bare if tokens[c["head"]]["tag"] == "NN" and c.get("category") not in STUFF_KINDS and c["id"] not in stuff}
    return frozenset(
        c["head"] for c in bare
        if c.get("category") in STUFF_KINDS or c["id"] in stuff
        or (not headline and _set_phrase(tokens, c["head"], c["start"]))
        or (not headline and tokens[c["head"]]["dep"] == "dobj" and loose <= {c["head"]})
        or (not headline and _joined_to_many(tokens, c["head"]))
    )


def _joined_to_many(tokens: list[dict], head: int) -> bool:
    """Whether a bare singular noun with an adjective of its own stands in a pair whose other
    noun is plural, which says it names a stuff: "with red tile and white cabinets" (a thing
    landing there is many: "red cabinets and white tiles", never "red cabinet"). In a list
    ("a sink, dishwasher and boxes") a bare noun shares the article before it."""
    t = tokens[head]
    if t["tag"] != "NN" or head < 2 or tokens[head - 1]["tag"] != "JJ":
        return False
    if tokens[head - 2]["pos"] not in ("ADP", "VERB", "AUX") and not (t["dep"] == "conj" and tokens[head - 2]["dep"] == "cc"):
        return False  # "with red |tile", "walls and yellow |counter", never "a sink, |dishwasher"
    joined = [k for k, other in enumerate(tokens) if other["dep"] == "conj" and other["head"] == head and other["pos"] == "NOUN"]
    if t["dep"] == "conj":
        joined.append(t["head"])
    elif t["dep"] == "nmod" and any(other["dep"] == "cc" and other["head"] == head for other in tokens):
        joined.append(t["head"])  # the tagger may hang the first noun on the last: "red |tile and white cabinets"
    return len(joined) == 1 and tokens[joined[0]]["tag"] == "NNS" and not any(tokens[k]["text"] == "," for k in range(min(head, joined[0]), max(head, joined[0])))


def _set_phrase(tokens: list[dict], head: int, start: int | None = None) -> bool:
    """Whether a bare singular noun stands as a game played or alone as a preposition's object
    ("in line", "on display", "into home plate": the words of its own name, from ``start``,
    are its own); with words of its own ("in white shirt and hat") it is a caption's loose
    style, kept as it is."""
    t = tokens[head]
    if t["dep"] == "dobj" and tokens[t["head"]]["lemma"].lower() == "play":
        return True
    start = head if start is None else start
    return t["dep"] == "pobj" and not any(c["head"] == head and c["dep"] in ("amod", "compound", "conj", "cc", "nmod") and not start <= k < head for k, c in enumerate(tokens))


def _retag(copies: tuple, slot: dict) -> tuple:
    root = next((c for c in copies if "head_local" not in c), None)
    if root is None or root["pos"] != slot["pos"] or root["pos"] not in ("NOUN", "VERB"):
        return copies
    if root["pos"] == "VERB" and root["tag"] in ("VBG", "VBN") and slot["tag"] in ("VBG", "VBN") and slot["dep"] == "amod":
        return copies  # a participle said of a thing keeps its own form: "a low parked airplane over a flying van", never "a flown van"
    tag = slot["tag"]
    if slot.get("bare") and not is_mass(root["lemma"]):
        tag = "NNS"  # a thing counted in a stuff's place is many: "Two pizzas are eating men", never "eating man"
    elif tag == "NNS" and root["pos"] == "NOUN" and not slot.get("counted") and is_mass(root["lemma"]):
        tag = root["tag"]  # a stuff in a plural's place stays a stuff: "on top of bread", never "breads"
    elif tag == "NN" and root["pos"] == "NOUN" and has_no_singular(root["text"]):
        tag = root["tag"]  # "sunglasses" in a hat's place stay sunglasses, never "a sunglass"
    elif tag == "NN" and root["pos"] == "NOUN" and root["tag"] == "NNS" and is_mass(root["text"]):
        return tuple(dict(c, tag="NN") if c is root else c for c in copies)  # "graffiti" is a stuff as written: never "a graffito"
    if root["tag"] == tag:
        return copies
    counted = copies[number_bearer(copies, copies.index(root))]  # "bodies of water", never "body of waters"
    fitted = []
    for copy in copies:
        new = dict(copy, text=inflect(copy["text"], tag, copy["lemma"])) if copy is counted else copy
        fitted.append(dict(new, tag=tag) if copy is root else new)
    return tuple(fitted)


# -- attributes ------------------------------------------------------------------------------


def _attribute_swaps(parse: dict, lexicon: Lexicon, check: "_MeaningCheck") -> Iterator[tuple]:
    tokens = parse["tokens"]
    concepts = parse["concepts"]
    objects = {c["id"]: c for c in concepts if c["type"] == "object"}
    taking = {t["head"] for j, t in enumerate(tokens) if t["dep"] in ("prep", "xcomp") and t["head"] < j}  # words a phrase follows
    # An object that describes another ("a man in a suit", "a vase of tulips") moves as an object;
    # a word of a name the lexicon lists stays in it ("a high chair", "an ice cream cone").
    attributes = [
        c for c in concepts
        if c["type"] == "attribute" and c.get("of") is not None and c["lemma"] not in DETERMINER_LIKE and c["category"] not in DESCRIBING_OBJECTS
        and not _hyphenated(tokens, c["start"], c["end"]) and not _in_a_listed_name(tokens, objects.get(c["of"]), c, lexicon)
        and not _takes_a_complement(tokens, c, taking)
        and not (c["end"] < len(tokens) and tokens[c["end"]]["text"].lower() == "o'clock")  # "twelve o'clock" is a time: never "an o'clock"
        and not _names_a_shot(tokens, c, objects.get(c["of"]))
    ]
    carried: dict[int, set[str]] = {}  # object id -> the lemmas of its attributes
    kinds: dict[int, list[str]] = {}  # object id -> the categories of its attributes, once each
    for c in attributes:
        carried.setdefault(c["of"], set()).add(c["lemma"])
        kinds.setdefault(c["of"], []).append(c["category"])
    joined = frozenset(c["id"] for c in attributes if _coordinated(tokens, c, concepts))  # asked once, not per pair
    people = people_categories(lexicon)
    taking_objects = _objects_taken_by(tokens)
    denied = negation_scope(parse)
    named_again = _named_again(tokens, objects.values())
    for a, b in combinations(attributes, 2):
        if a["of"] == b["of"] or a["lemma"] == b["lemma"] or not _swappable(tokens, a, b, joined, taking_objects):
            continue
        if denied.covers(a) and denied.covers(b):
            continue  # "no red cars or blue vans" -> "no blue cars or red vans" holds too
        if _names(objects.get(a["of"]), b) or _names(objects.get(b["of"]), a):
            continue  # "red tile and white cabinets", "tile" also the cabinets': never "tile red"
        if a["lemma"] in carried[b["of"]] or b["lemma"] in carried[a["of"]]:
            continue  # "fluorescent yellow jackets ... fluorescent orange umbrella": never "fluorescent fluorescent"
        if a["category"] != b["category"] and ({a["category"], b["category"]} & SIDE_CATEGORIES):
            continue  # "on the left side of a taxi" says where: never "A left taxi ... on the yellow side"
        if a["category"] != b["category"] and (_has_another(kinds[b["of"]], b, a) or _has_another(kinds[a["of"]], a, b)):
            continue  # "a little girl ... a big brown teddy bear": never "a big little teddy bear"
        if _in_its_name(tokens, objects.get(b["of"]), a) or _in_its_name(tokens, objects.get(a["of"]), b):
            continue  # "a red double decker bus at a bus stop": never "a bus double decker bus"
        if a["lemma"].lower() in ONE_WORDS or b["lemma"].lower() in ONE_WORDS:
            continue  # "a single wire" counts with its "a": never "Single bird perches on a several wire"
        if not (_lands_fitting(lexicon, people, a, b, objects.get(b["of"])) and _lands_fitting(lexicon, people, b, a, objects.get(a["of"]))):
            continue  # "a black woman ... yellow bananas": never "a yellow woman"
        if _misfits_a_name(tokens, lexicon, a, b, objects.get(b["of"])) or _misfits_a_name(tokens, lexicon, b, a, objects.get(a["of"])):
            continue  # "young men ... a soccer ball": never "soccer men ... a young ball"
        if _noun_misplaced(tokens, a, b, lexicon) or _noun_misplaced(tokens, b, a, lexicon):
            continue  # "an old red truck ... a brick building": never "a brick red truck", which is red still
        if _next_to_a_colour(tokens, a, b, lexicon) or _next_to_a_colour(tokens, b, a, lexicon):
            continue  # "a large brown dog ... a white wood fence": never "a white brown fence"
        if _done_by_someone(tokens, a) != _done_by_someone(tokens, b):
            continue  # "A waterfall flows into a pool surrounded by rocks": never "surrounds into a pool flowed by rocks"
        yield _exchange, (tokens, (a["start"], a["end"], a["head"]), (b["start"], b["end"], b["head"]), "attribute", True, check.needed(a["of"], b["of"]))
    # Whole runs of modifiers: "a black and white cat on a red cloth" -> "a red cat on a black and white cloth".
    runs = [(c, _modifier_run(tokens, c)) for c in concepts if c["type"] == "object" and tokens[c["head"]]["lemma"].lower() not in SHOTS]
    said = said_words(parse) if any(run is not None for _, run in runs) else frozenset()  # quoted words, as written
    runs = [
        (c, run) for c, run in runs
        if run is not None and not _hyphenated(tokens, *run) and not any(t["lemma"] in DETERMINER_LIKE or t["tag"] in ("``", "''") for t in tokens[run[0] : run[1]])
        and said.isdisjoint(range(*run))
    ]
    in_run = lambda run: [c for c in attributes if run[0] <= c["start"] < run[1]]  # noqa: E731
    for (a, run_a), (b, run_b) in combinations(runs, 2):
        if not (all(_lands_fitting(lexicon, people, c, b, b) for c in in_run(run_a)) and all(_lands_fitting(lexicon, people, c, a, a) for c in in_run(run_b))):
            continue  # "a tall man ... a small black umbrella": never "a small black man"
        if _counts_first(tokens, run_a) and _after_an_article(tokens, run_b[0]) or _counts_first(tokens, run_b) and _after_an_article(tokens, run_a[0]):
            continue  # a vague count never lands after "a": never "on a several small day"
        if max(run_a[1] - run_a[0], run_b[1] - run_b[0]) > 1 and text_of(tokens, *run_a).lower() != text_of(tokens, *run_b).lower():
            yield _exchange, (tokens, (*run_a, run_a[1] - 1), (*run_b, run_b[1] - 1), "attribute", False, check.needed(a["id"], b["id"]))
    # A number and the article of another object: "Two giraffe and a zebra" -> "A giraffe and two zebras".
    for number in (a for a in attributes if a["category"] == "number" and (number_value(a["text"]) or 0) > 1):
        if number_value(number["text"]) == 2 and number["of"] in objects and one_and_the_other(tokens, objects[number["of"]]["end"]):
            continue  # "2 women, one holding a cake, the other ..." are two: never "A woman, one holding 2 cakes"
        if _after_an_article(tokens, number["start"]):
            continue  # "A two layer cake": the number names a kind, the article counts
        if (objects.get(number["of"]) or {}).get("lemma", "").lower() in MEASURES:
            continue  # "25 miles per hour" is a measure, no count of things: never "25 signs ... a mile per hour"
        if number["of"] in objects and group_counting(objects[number["of"]]["head"], tokens) is not None:
            continue  # "a group of six friends": the group is the one counted ("A group of a friend" never)
        for obj in objects.values():
            if obj["id"] == number["of"] or obj["lemma"].lower() in MEASURES:
                continue
            if named_again in (number["of"], obj["id"]):
                continue  # "A body of water with three boats on top of it": never "Three bodies of water ... on top of it"
            article = _article_of(tokens, obj)
            if article is not None:
                yield _count_for_article, (tokens, (number["start"], number["end"], number["head"]), (article, article + 1, article), check.needed(number["of"], obj["id"]))


# Pronouns that take a noun's number, which a swap that changes numbers would leave wrong
# (agreement mends a possessive of its subject: "A baby cow gets milk from its mother" -> "Two
# baby cows get milk from their mother").
NUMBERED_PRONOUNS = {"singular": {"it", "itself"}, "plural": {"they", "them", "themselves"}}


def _named_again(tokens: list[dict], objects: Iterable[dict]) -> int | None:
    """The id of the caption's first object when a pronoun of its number names it after it: a
    swap that changes its number would leave the pronoun wrong ("A monitor ... as it sits":
    never "Two speakers ... as it sits"). "A bed with two dogs and a cat lying on it" keeps its
    bed, and "Two men biting a surfboard with a shark on it" say "it" of another."""
    first = min(objects, key=lambda o: o["start"], default=None)
    if first is None:
        return None
    pronouns = NUMBERED_PRONOUNS.get(first.get("number"), ())
    return first["id"] if any(t["text"].lower() in pronouns for t in tokens[first["end"] :]) else None


def _names_a_shot(tokens: list[dict], attribute: dict, owner: dict | None) -> bool:
    """Whether the attribute says how the picture is taken: "a |close| up of a plate", "A
    |front| shot of a bus", "an |aerial| view" (never "a carpeted up of a plate", "A Crosstown
    shot of a front bus")."""
    return owner is not None and tokens[owner["head"]]["lemma"].lower() in SHOTS


def _noun_misplaced(tokens: list[dict], moving: dict, slot: dict, lexicon: Lexicon) -> bool:
    """Whether the noun ``moving`` lands where a noun does not read: right before a colour,
    making a shade of it ("brick red", "cherry red", "sky blue"), or right after a word of
    degree ("a very face girl")."""
    if tokens[moving["head"]]["pos"] not in ("NOUN", "PROPN"):
        return False
    after, before = slot["end"], slot["start"] - 1
    return (after < len(tokens) and "colour" in lexicon.categories("attributes", tokens[after]["text"].lower())) or (
        before >= 0 and tokens[before]["text"].lower() in DEGREE_WORDS
    )


def _next_to_a_colour(tokens: list[dict], moving: dict, slot: dict, lexicon: Lexicon) -> bool:
    """Whether the colour ``moving`` lands right beside another colour, no "and" between, where
    no colour stood ("a white wood fence" never "a white brown fence"; "a brown white and black
    dog" may become "a gray white and black dog")."""
    if moving.get("category") != "colour" or slot.get("category") == "colour":
        return False
    beside = [k for k in (slot["start"] - 1, slot["end"]) if 0 <= k < len(tokens) and k not in range(moving["start"], moving["end"])]
    return any("colour" in lexicon.categories("attributes", tokens[k]["text"].lower()) for k in beside)


def _misfits_a_name(tokens: list[dict], lexicon: Lexicon, attribute: dict, slot: dict, target: dict | None) -> bool:
    """Whether ``attribute``, a word of a property, would take the place of a noun that names
    what ``target`` is for or of ("soccer" of "a soccer ball", "bakery" of "a bakery counter")
    where the property does not fit the thing: never "a young ball", "a fresh counter". A noun
    moved onto another thing is as people swap them ("a fire hydrant ... metal poles" -> "a
    metal hydrant ... fire poles")."""
    if target is None or target.get("category") is None or not target["start"] <= slot["start"] < slot["end"] <= target["end"]:
        return False  # (a thing the lexicon does not know may be anything)
    if tokens[slot["head"]]["pos"] not in ("NOUN", "PROPN") or tokens[attribute["head"]]["pos"] in ("NOUN", "PROPN"):
        return False
    return not lexicon.fits(attribute["category"], target.get("category"))


def _lands_fitting(lexicon: Lexicon, people: frozenset[str], attribute: dict, slot: dict, target: dict | None) -> bool:
    """Whether ``attribute``, moved to ``slot`` (another attribute's place), may describe the
    person ``target`` (of a category in ``people``) there as the lexicon's fits say: before a
    person never a colour or an origin ("a black woman ... yellow bananas" never "a yellow
    woman"); after one it is what they wear ("a girl in red"). Other things take what people
    swap onto them ("a metal hydrant")."""
    if target is None or slot["start"] > target["start"] or target.get("category") not in people:
        return True
    return lexicon.fits(attribute["category"], target.get("category"))


# Units a number measures with: "95 degrees", "10 minutes", no things counted.
MEASURES = {
    "mile", "kilometer", "kilometre", "km", "meter", "metre", "foot", "inch", "yard", "degree", "second", "minute", "hour",
    "day", "week", "month", "year", "pound", "ounce", "gram", "kilogram", "kilo", "liter", "litre", "gallon", "percent",
    "dollar", "cent", "euro", "mph", "story", "storey",
}


# Categories of which a thing has one word: a size, an age ("a big little teddy bear" never).
ONE_OF_A_KIND = {"size", "age", "temperature", "fullness"}


def _has_another(kinds: list[str], leaving: dict, coming: dict) -> bool:
    """Whether an object keeps an attribute of the category (of :data:`ONE_OF_A_KIND`) of the
    one ``coming`` once ``leaving`` goes: two sizes, two ages."""
    return coming["category"] in ONE_OF_A_KIND and kinds.count(coming["category"]) - (leaving["category"] == coming["category"]) > 0


def _in_a_listed_name(tokens: list[dict], obj: dict | None, attribute: dict, lexicon: Lexicon) -> bool:
    """The attribute's words lie inside a name the lexicon lists, past its first word or
    before a noun that is not its object's: "cream" and "ice" of "ice cream cone". Moved, they
    would leave "a red cream cone" or "an ice red cone". The first word of a name on the
    object's noun moves, as people swap them ("a fire hydrant ... metal poles" -> "a metal
    hydrant ... fire poles", "a watering can" -> "a purple can" and "a watering flower"),
    unless the noun alone names another kind of thing: a hot dog is no dog, ice cream no cream
    (never "two white dogs ... on a hot plate", "Two ice girls ... eating teenage cream")."""
    if obj is None or not (obj["start"] <= attribute["start"] and attribute["end"] <= obj["end"]):
        return False
    start, end = attribute["start"], attribute["end"]
    if start == obj["start"] and end < obj["end"]:
        whole, noun = lexicon.category("objects", obj["lemma"].lower()), lexicon.category("objects", tokens[obj["head"]]["lemma"].lower())
        if whole is not None and noun is not None and whole != noun:
            return True
    return any(
        (k < start or m < obj["end"]) and lexicon.entry("objects", text_of(tokens, k, m).lower()) is not None
        for k in range(obj["start"], start + 1)
        for m in range(end + 1, obj["end"] + 1)
    ) or ends_a_listed_name(tokens, obj["start"], start, end, lexicon)


def _in_its_name(tokens: list[dict], obj: dict | None, attribute: dict) -> bool:
    """Whether the attribute's word is a word of the object's name already."""
    return obj is not None and any(tokens[k]["lemma"].lower() == attribute["lemma"].lower() for k in range(obj["start"], obj["end"]))


def _names(obj: dict | None, attribute: dict) -> bool:
    """The attribute's word is (part of) the object's name: a noun read both as a thing and as
    another thing's modifier cannot trade places with what describes it."""
    return obj is not None and obj["start"] <= attribute["start"] and attribute["end"] <= obj["end"]


def _count_for_article(tokens, number: tuple[int, int, int], article: tuple[int, int, int], check) -> Candidate:
    """A number and an article exchanged; an article landing before "other" says "one"
    ("two other cows" -> "one other cow", never "an other cow")."""
    candidate = _exchange(tokens, number, article, "attribute", False, check)
    end = number[1]
    if end >= len(tokens) or tokens[end]["text"].lower() != "other":
        return candidate
    into_number, into_article = candidate.edits
    (word,) = into_number.tokens
    one = dict(word, text=match_case("one", word["text"]), lemma="one", pos="NUM", tag="CD", dep="nummod")
    return Candidate(candidate.op, candidate.type, (Edit(into_number.start, into_number.end, (one,)), into_article), candidate.slots, candidate.check)


def _done_by_someone(tokens: list[dict], attribute: dict) -> bool:
    """Whether the attribute is a passive participle with its phrase ("surrounded |by rocks",
    "made |of heavy canvas"): only another such takes its place, where its phrase still reads."""
    head = attribute["head"]
    return tokens[head]["tag"] == "VBN" and any(t["head"] == head and t["dep"] in ("agent", "prep") for t in tokens[head + 1 :])


def _takes_a_complement(tokens: list[dict], attribute: dict, taking: set[int]) -> bool:
    """Whether the attribute's adjective takes a phrase of its own (``taking``: the words a
    preposition or a clause after them hangs on), which would go without it: "a bus full of
    passengers" -> never "a bus busy of passengers", "getting ready to hit" never "getting red
    to hit". (A verb's phrase stays behind as SugarCrepe's swaps leave it: "sitting on a
    bench" -> "standing on a bench".)"""
    return any(k in taking and tokens[k]["pos"] == "ADJ" for k in range(attribute["start"], attribute["end"]))


def _hyphenated(tokens: list[dict], start: int, end: int) -> bool:
    """Tokens start..end are part of a hyphenated word ("country-style", "t-shirt"), or end in
    its hyphen: not a span to move alone."""
    return inside_a_word(tokens, start) or inside_a_word(tokens, end)


# Modifiers that work as determiners: moved, they leave "an other cow" or "a same dog".
DETERMINER_LIKE = {"other", "another", "same", "such"}
MODIFIER_RUN_DEPS = {"amod", "compound", "nmod", "cc", "conj", "advmod", "punct", "npadvmod"}


def _modifier_run(tokens: list[dict], obj: dict) -> tuple[int, int] | None:
    """The adjectives and noun modifiers right before an object, "and" between them included
    ("black and white", "stainless steel"); None when there are none."""
    start = obj["start"]
    while start > 0:
        t = tokens[start - 1]
        if t["dep"] not in MODIFIER_RUN_DEPS or t["pos"] in ("DET", "NUM", "PRON") or not _descends(tokens, start - 1, obj["head"]):
            break
        start -= 1
    while start < obj["start"] and tokens[start]["pos"] in ("CCONJ", "PUNCT", "ADV"):
        start += 1
    return None if start == obj["start"] else (start, obj["start"])


def _descends(tokens: list[dict], k: int, ancestor: int) -> bool:
    """True when token k lies in the subtree of ``ancestor``."""
    seen = set()
    while k not in seen:
        if k == ancestor:
            return True
        seen.add(k)
        k = tokens[k]["head"]
    return False


def _swappable(tokens: list[dict], a: dict, b: dict, joined: frozenset[int], taking_objects: frozenset[int]) -> bool:
    """Same category, or two modifiers that describe their nouns ("an old dog ... a red
    hydrant" -> "a red dog ... an old hydrant"); never a count or a degree for a quality.
    ``joined`` holds the ids of the attributes joined by "and" (:func:`_coordinated`),
    ``taking_objects`` the words that take an object (:func:`_objects_taken_by`)."""
    if _noun_into_predicate(tokens[a["head"]], tokens[b["head"]]) or _noun_into_predicate(tokens[b["head"]], tokens[a["head"]]):
        return False  # "two teddy bears that are large" never becomes "... that are teddy"
    if _takes_an_object(tokens, a["head"], taking_objects) != _takes_an_object(tokens, b["head"], taking_objects):
        return False  # "sits on a porch knitting a sweater" never becomes "knits on a porch sitting a sweater"
    if a["category"] == b["category"]:
        return True
    if {a["category"], b["category"]} & {"number", "quantity", "degree"}:
        return False  # a number trades places with a determiner instead (below)
    if a["id"] in joined or b["id"] in joined:
        return False  # "a black and white cat ... a laptop keyboard": never "a black and laptop cat"
    for noun, other in ((a, b), (b, a)):
        preposition = _after_a_preposition(tokens, noun)
        if preposition is not None and _after_a_preposition(tokens, other) is None and (preposition == "with" or other["category"] != "colour"):
            # A noun after a preposition takes another such noun, or a colour, which reads as
            # one there ("on a block of gray"); never "with red ... meatballs wine", "in tall".
            return False
    return _is_modifier(tokens[a["head"]]) and _is_modifier(tokens[b["head"]])


def _takes_an_object(tokens: list[dict], k: int, taking_objects: frozenset[int]) -> bool:
    """Whether token k is a verb with an object of its own (``taking_objects``: the heads of
    the caption's objects, see :func:`_objects_taken_by`)."""
    return tokens[k]["pos"] == "VERB" and k in taking_objects


def _objects_taken_by(tokens: list[dict]) -> frozenset[int]:
    return frozenset(t["head"] for t in tokens if t["dep"] in ("dobj", "obj"))


def _after_a_preposition(tokens: list[dict], attribute: dict) -> str | None:
    """The preposition whose object the attribute's noun is ("with |meatballs", "of |cement")."""
    head = tokens[attribute["head"]]
    return tokens[head["head"]]["text"].lower() if head["pos"] in ("NOUN", "PROPN") and head["dep"] == "pobj" else None


def _coordinated(tokens: list[dict], attribute: dict, concepts: list[dict]) -> bool:
    """The attribute is one of two joined by "and" on one object ("black and white"): the pair
    describes as one, so it gives way only to a word of its own category."""
    k = attribute["head"]
    partners = {tokens[k]["head"]} if tokens[k]["dep"] == "conj" else set()
    partners |= {j for j, t in enumerate(tokens) if t["head"] == k and t["dep"] == "conj"}
    return any(c["type"] == "attribute" and c["head"] in partners and c.get("of") == attribute["of"] for c in concepts)


def _noun_into_predicate(word: dict, slot: dict) -> bool:
    """A noun modifier ("teddy", "city") cannot stand where a predicate adjective stood, nor
    where a colour worn stood ("the girl in blue" is never "the girl in soccer")."""
    return word["pos"] in ("NOUN", "PROPN") and word["dep"] in ("compound", "nmod", "npadvmod") and slot["dep"] in ("acomp", "attr", "oprd", "ROOT", "xcomp", "ccomp", "pobj")


def _is_modifier(token: dict) -> bool:
    if token["pos"] == "VERB":
        return token["dep"] == "amod"  # "parked car"; a verb like "sitting" swaps only with its kind
    if token["pos"] == "NUM":
        return True
    return token["pos"] in ("ADJ", "NOUN", "PROPN") and token["dep"] in ("amod", "compound", "nmod", "acomp", "conj", "attr", "pobj", "nummod")


def _counts_first(tokens: list[dict], run: tuple[int, int]) -> bool:
    """Whether a run of modifiers opens with a vague count: "|Several small| boats"."""
    return tokens[run[0]]["text"].lower() in SEVERAL


def _after_an_article(tokens: list[dict], k: int) -> bool:
    """Token k follows an article or other determiner of its own phrase ("A two layer cake")."""
    return k > 0 and (tokens[k - 1]["dep"] in ("det", "poss", "predet") or tokens[k - 1]["pos"] == "DET")


def _article_of(tokens: list[dict], obj: dict) -> int | None:
    for k in range(obj["start"] - 1, -1, -1):
        if tokens[k]["head"] == obj["head"] and tokens[k]["text"].lower() in COUNT_DETERMINERS:
            return k
        if tokens[k]["head"] != obj["head"]:
            break
    return None


# -- meaning check ---------------------------------------------------------------------------


def meaning(parse: dict) -> Counter:
    """The caption as a bag of facts: (object, attribute) and (subject, relation, object) pairs,
    with coordinated objects ("a cat and a dog") merged so their order does not count."""
    tokens = parse["tokens"]
    concepts = parse["concepts"]
    objects = {c["id"]: c for c in concepts if c["type"] == "object"}
    group = coordination_groups(parse)
    members: dict[int, list[str]] = {}
    for i, g in group.items():
        members.setdefault(g, []).append(objects[i]["lemma"])

    def name(i):
        if i is None or i not in group:
            return None
        return tuple(sorted(members[group[i]]))

    # A stuff has no number to change ("broccoli" read as many or as one is the same broccoli).
    count = {i: ("stuff" if is_mass(o["lemma"]) else "many" if o.get("number") == "plural" else 1) for i, o in objects.items()}
    for c in concepts:
        if c["type"] == "attribute" and c["category"] == "number" and c.get("of") in count:
            count[c["of"]] = number_value(c["text"]) or c["text"].lower()

    # Who is on either side of a symmetric relation ("A man standing next to a horse"): a
    # posture said of them alone is said of both.
    symmetric = [c for c in concepts if c["type"] == "relation" and c.get("obj") is not None and symmetric_way(c)]
    beside = {c.get("subj") for c in symmetric} - {None}
    # The verb of a symmetric relation is said of both sides too: "a boat tied to a dock" (the
    # heads of "next to" and "by" are no attribute's).
    ways = {c["head"] for c in symmetric}
    facts: Counter = Counter()
    for c in concepts:
        if c["type"] == "object":
            facts[("object", c["lemma"], count[c["id"]])] += 1
        elif c["type"] == "attribute" and c["category"] in DESCRIBING_OBJECTS:
            continue  # an object already counted, its link a relation ("a man in a suit")
        elif c["type"] == "attribute" and c["head"] in ways:
            continue  # "tied" of "tied to a dock": the relation says it of both
        elif beside and (c.get("of") in beside or c.get("subj") in beside) and c.get("obj") is None and (c.get("lemma") or "") in SHARED_POSTURES | SHARED_GOINGS:
            continue  # "standing", "sitting" beside another: said of both sides
        elif c["type"] == "attribute":
            # Inside a noun phrase an attribute belongs to its own noun ("a white cat and a black
            # dog"); as a predicate it belongs to the whole coordinated subject ("... are standing").
            own = c.get("of") in objects and tokens[c["head"]]["head"] == objects[c["of"]]["head"]
            if own and tokens[c["head"]]["pos"] == "VERB" and c["head"] > objects[c["of"]]["head"] and len(members[group[c["of"]]]) > 1:
                own = False  # a participle after a conjunct: the parser hangs it on the nearest ("a man and a woman sitting")
            owner = (objects[c["of"]]["lemma"], count[c["of"]]) if own else name(c.get("of"))
            facts[("attribute", c["text"].lower(), owner)] += 1
        elif (way := symmetric_way(c)) is not None:  # "a cat next to a dog" is "a dog next to a cat"
            facts[("relation", way, *sorted((name(c.get("subj")), name(c.get("obj"))), key=repr))] += 1
        else:
            facts[("relation", name(c.get("subj")), c["lemma"], name(c.get("obj")))] += 1
    return facts


def symmetric_way(relation: dict) -> str | None:
    """The symmetric way a relation says, or None: "next to"; "by" of "sitting by" too, as a
    posture beside another is said of both ("a bus sitting by a curb" is by the curb as the curb
    is by the bus)."""
    lemma = relation.get("lemma") or ""
    if lemma in SYMMETRIC_RELATIONS:
        return lemma
    verb, _, way = lemma.partition(" ")
    if way in SYMMETRIC_RELATIONS and ((relation.get("category") == "posture" and verb in SHARED_POSTURES) or (relation.get("category") == "locomotion" and verb in SHARED_GOINGS)):
        return way
    return None


def coordination_groups(parse: dict) -> dict[int, int]:
    """Object id -> the id of the first object of its coordination ("a cat and a dog")."""
    tokens = parse["tokens"]
    objects = [c for c in parse["concepts"] if c["type"] == "object"]
    by_head = {c["head"]: c["id"] for c in objects}
    group = {c["id"]: c["id"] for c in objects}
    for c in objects:
        head = tokens[c["head"]]
        if head["dep"] == "conj" and head["head"] in by_head:
            group[c["id"]] = group.get(by_head[head["head"]], by_head[head["head"]])
    return group


@last_answer(lambda parse: (parse,))
def _meaning_check(parse: dict) -> "_MeaningCheck":
    return _MeaningCheck(parse)


class _MeaningCheck:
    """Accepts a swap's result only when its bag of facts differs from the caption's.

    Only swaps between objects that are coordinated, or linked by a symmetric relation, can
    leave the meaning intact; :meth:`needed` says which, and the others skip the check.
    """

    def __init__(self, parse: dict):
        self.parse = parse
        self._before: Counter | None = None
        self._group = coordination_groups(parse)
        self._symmetric = {
            frozenset((c.get("subj"), c.get("obj")))
            for c in parse["concepts"]
            if c["type"] == "relation" and symmetric_way(c) is not None
        }

    def needed(self, a: int | None, b: int | None) -> "_MeaningCheck | None":
        if a is None or b is None or self._group.get(a, a) == self._group.get(b, b) or frozenset((a, b)) in self._symmetric:
            return self
        return None

    def __call__(self, result) -> bool:
        if self._before is None:
            self._before = meaning(self.parse)
        return meaning(result.parse) != self._before
