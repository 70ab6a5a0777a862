"""The built-in lexicon: its shape, its consistency, and --vocab extend/replace/validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from comptool.jsonl import ComptoolError
from comptool.lexicon import SECTIONS, Lexicon, builtin, format_lexicon, key, load, unique_keys, validate

LEXICON_FILE = Path(__file__).resolve().parent.parent / "comptool" / "data" / "lexicon.json"

# Words listed under two categories of one section on purpose: they have two senses, and
# Lexicon.category picks the one that fits the described object. A new entry here is a decision.
AMBIGUOUS = {
    # a ball and its game; an animal and its meat; a fan who cheers and one that blows
    "objects": {"bank", "baseball", "basketball", "batter", "chicken", "duck", "fan", "fish", "football", "frisbee", "lamb", "palm", "pen", "pitcher", "softball", "turkey", "volleyball"},
    "attributes": {
        "aged", "bent", "carved", "clear", "cloudy", "cool", "dull", "dusty", "empty", "flat", "flooded",
        "frosted", "fuzzy", "hazy", "iced", "icy", "middle", "muddy", "old", "packed", "shaggy", "shaved",
        "short", "single", "snowy", "soggy", "spiky", "straight", "thin", "uneven", "unfinished", "wavy",
    },
    "relations": {"close", "fill", "put on", "remove", "run along", "take off", "write on"},
}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return builtin()


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(LEXICON_FILE.read_text(encoding="utf-8"))


def listed(lex: Lexicon, section: str, word: str) -> bool:
    """Known as written (or with hyphens as spaces), not through a fallback."""
    return key(word) in lex._categories[section]


def all_words(raw: dict):
    for section in SECTIONS:
        for category, words in raw[section].items():
            for word in words:
                yield section, category, word


# -- shape -------------------------------------------------------------------------------------


def test_file_is_valid_normalised_and_formatted(raw):
    validate(raw, "built-in lexicon")
    for section, category, word in all_words(raw):
        assert word == " ".join(word.lower().split()), (section, category, word)
    for group in raw["synonyms"] + raw["contrasts"]:
        assert all(w == " ".join(w.lower().split()) for w in group), group
    assert LEXICON_FILE.read_text(encoding="utf-8") == format_lexicon(raw), "run format_lexicon over the file"


def test_sizes(lex):
    sizes = lex.sizes()
    assert sizes["objects"] >= 500 and sizes["object_categories"] >= 20
    assert sizes["attributes"] >= 300 and sizes["attribute_categories"] >= 20
    assert sizes["relations"] >= 150
    assert sizes["synonyms"] >= 80 and sizes["contrasts"] >= 36 and sizes["hypernyms"] >= 30
    for name in ("person", "animal", "vehicle", "food", "fruit", "vegetable", "furniture", "kitchenware",
                 "clothing", "accessory", "electronics", "sports_equipment", "building", "plant",
                 "body_part", "room", "place", "street", "toy", "container", "fixture"):
        assert len(lex.objects[name]) >= 10, name
    for name in ("colour", "material", "pattern", "size", "shape", "age", "number", "condition", "openness",
                 "fullness", "wetness", "cleanliness", "weather", "emotion", "temperature", "cut", "cooking"):
        assert len(lex.attributes[name]) >= 2, name
    assert {"one", "two", "twelve", "several", "many", "few"} <= set(lex.attributes["number"])


def test_no_key_is_given_twice(raw):
    # JSON keeps a key's last list: a second "go" of hypernyms dropped the first.
    json.loads(LEXICON_FILE.read_text(encoding="utf-8"), object_pairs_hook=unique_keys)


def test_a_vocabulary_giving_a_key_twice_is_refused(tmp_path):
    vocab = tmp_path / "vocab.json"
    vocab.write_text('{"objects": {"animal": ["okapi"], "animal": ["tapir"]}}', encoding="utf-8")
    with pytest.raises(ComptoolError, match="'animal' given twice"):
        load(vocab)


def test_no_duplicates_within_a_category(raw):
    for section in SECTIONS:
        for category, words in raw[section].items():
            keys = [key(w) for w in words]
            assert len(keys) == len(set(keys)), (section, category, sorted(k for k in keys if keys.count(k) > 1))


def test_categories_of_a_section_are_disjoint_but_for_listed_senses(lex):
    for section in SECTIONS:
        shared = {w for w, cats in lex._categories[section].items() if len(cats) > 1}
        assert shared == AMBIGUOUS[section], f"{section}: new {sorted(shared - AMBIGUOUS[section])}, gone {sorted(AMBIGUOUS[section] - shared)}"


# -- consistency -------------------------------------------------------------------------------


def test_every_contrast_member_is_a_known_relation_and_groups_exclude_each_other(lex):
    for group in lex.contrasts:
        assert len(group) >= 2
        for word in group:
            assert listed(lex, "relations", word), f"contrast {group}: {word!r} is no relation"
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                assert not lex.related(a, b), f"contrast {group}: {a!r} and {b!r} are synonyms or hypernyms"


def test_multiword_relations_are_relations(lex):
    for phrase in lex.multiword_relations:
        assert " " in phrase and listed(lex, "relations", phrase), phrase
    assert lex.multiword[0] == max(lex.multiword, key=len)


def test_synonyms_and_hypernyms_name_known_words(lex):
    known = lambda w: any(listed(lex, s, w) for s in SECTIONS)  # noqa: E731
    for group in lex.synonyms:
        assert len(group) >= 2 and len({key(w) for w in group}) == len(group), group
        for word in group:
            assert known(word), f"synonym {word!r} of {group[0]!r} is in no category"
    for hypernym, hyponyms in lex.hypernyms.items():
        assert known(hypernym), hypernym
        for word in hyponyms:
            assert known(word), f"hyponym {word!r} of {hypernym!r} is in no category"


def test_hypernyms_have_no_cycles(lex):
    for hypernym in lex.hypernyms:
        assert key(hypernym) not in lex.below(hypernym), hypernym


def test_attribute_fits_name_categories(lex):
    assert set(lex.attribute_fits) == set(lex.attributes)
    for attribute, objects in lex.attribute_fits.items():
        for category in objects:
            assert category == "*" or category in lex.objects, (attribute, category)


def test_no_replace_entries_exist(lex):
    for entry in lex.no_replace:
        if ":" in entry:
            section, category = entry.split(":", 1)
            assert category in getattr(lex, section), entry
        else:
            assert any(listed(lex, s, entry) for s in SECTIONS), entry


def test_alternatives_never_offer_a_related_word(lex):
    """Replacing by an alternative must change the meaning: never the lemma itself, a synonym,
    a hypernym or hyponym, a rare variant, a general word."""
    for section in SECTIONS:
        for category, words in getattr(lex, section).items():
            for word in words[:: max(1, len(words) // 12)]:
                for alt in lex.alternatives(section, category, word):
                    assert not lex.related(word, alt), (section, category, word, alt)
                    assert lex.drawable(alt, section), (section, category, word, alt)
                    assert alt in words


def test_every_replaceable_category_offers_alternatives(lex):
    for section in SECTIONS:
        for category, words in getattr(lex, section).items():
            if lex.replaceable(section, category) and len(words) > 2:
                assert any(lex.alternatives(section, category, w) for w in words), (section, category)


def test_no_replace_categories_offer_nothing(lex):
    assert lex.alternatives("objects", "collective", "herd") == []
    assert lex.alternatives("attributes", "evaluative", "beautiful") == []
    assert "animal" not in lex.alternatives("objects", "animal", "dog")
    assert not lex.drawable("animal") and lex.drawable("cat")
    assert "evaluative" not in lex.fitting("animal") and "colour" in lex.fitting("animal")


# -- meaning -----------------------------------------------------------------------------------


def test_related(lex):
    assert lex.related("couch", "sofa") and lex.related("Sofa", "couch")
    assert lex.related("big", "large") and lex.related("bike", "bicycle") and lex.related("tv", "television")
    assert lex.related("cellphone", "phone") and lex.related("cell phone", "cellphone")
    assert lex.related("plane", "airplane") and lex.related("man", "guy") and lex.related("gentleman", "man")
    assert lex.related("dog", "animal") and lex.related("puppy", "animal")  # transitive
    assert lex.related("kid", "person")  # through a synonym of a hyponym
    assert lex.related("t-shirt", "t shirt") and lex.related("dog", "dog")
    assert not lex.related("dog", "cat") and not lex.related("red", "blue") and not lex.related("on", "under")


def test_alternatives(lex):
    animals = lex.alternatives("objects", "animal", "dog")
    assert "cat" in animals and "horse" in animals
    assert not {"dog", "puppy", "animal", "pet", "doggy", "poodle"} & set(animals)
    colours = lex.alternatives("attributes", "colour", "red")
    assert {"blue", "green", "white"} <= set(colours) and not {"red", "crimson", "maroon"} & set(colours)
    assert "large" not in lex.alternatives("attributes", "size", "big")
    assert "small" in lex.alternatives("attributes", "size", "big")
    assert "sofa" not in lex.alternatives("objects", "furniture", "bed")  # a variant: "couch" is written
    assert "couch" in lex.alternatives("objects", "furniture", "bed")
    # The parser's verb lemma of a participle is kept out with the participle it reads as.
    assert lex.alternatives("attributes", "motion", "park", "parked") == ["moving"]
    assert lex.alternatives("objects", "no such category", "dog") == []


def test_contrasts(lex):
    assert "under" in lex.contrasts_of("on") and "on" in lex.contrasts_of("under")
    assert "behind" in lex.contrasts_of("in front of")
    assert "walk beside" in lex.contrasts_of("ride")
    assert "far from" in lex.contrasts_of("next to")
    assert lex.contrasts_of("nonsense") == set()


def test_category_lookups(lex):
    assert lex.category("objects", "dog") == "animal"
    assert lex.category("objects", "fire hydrant") == "street"
    assert lex.category("objects", "Fire-Hydrant") == "street"
    assert lex.category("objects", "pant") == "clothing"  # lemminflect's lemma of "pants"
    assert lex.category("objects", "dogs") == "animal"
    assert lex.category("objects", "bathroom mirror") == "household"  # head noun
    assert lex.category("relations", "sit on") == "posture"
    assert lex.category("relations", "sit beneath") == "posture"  # verb
    assert lex.category("relations", "in front of") == "proximity"
    assert lex.category("relations", "on") == "vertical" and lex.category("relations", "inside") == "containment"
    assert lex.category("attributes", "wooden") == "material"
    assert lex.category("objects", "qwerty") is None
    # Two senses: the described object decides.
    assert lex.category("attributes", "old", "person") == "age"
    assert lex.category("attributes", "old", "vehicle") == "condition"
    assert lex.category("attributes", "short", "body_part") == "length"
    assert lex.categories("attributes", "old") == ["age", "condition"]
    assert lex.entry("attributes", "park", "parked") == "parked"
    assert lex.entry("objects", "pant", "pants") == "pants"


def test_fits(lex):
    assert lex.fits("age", "person") and not lex.fits("age", "vehicle")
    assert lex.fits("material", "furniture") and not lex.fits("material", "person")
    assert lex.fits("cut", "fruit") and not lex.fits("cut", "animal")
    assert lex.fits("emotion", "animal") and lex.fits("evaluative", None)


# -- --vocab -----------------------------------------------------------------------------------


def write(tmp_path, data, name="vocab.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_vocab_extends(tmp_path):
    path = write(tmp_path, {
        "objects": {"gadget": ["Widget", "gizmo"], "animal": ["axolotl", "dog"]},
        "synonyms": [["widget", "doohickey"]],
        "contrasts": [["orbit", "land on"]],
        "relations": {"spatial": ["orbit"]},
    })
    lex = load(path)
    assert lex.category("objects", "widget") == "gadget" and lex.category("objects", "axolotl") == "animal"
    assert lex.category("objects", "dog") == "animal" and lex.category("objects", "cat") == "animal"
    assert lex.objects["animal"][0] == builtin().objects["animal"][0]  # built-in words stay first
    assert lex.related("widget", "doohickey") and lex.related("couch", "sofa")
    assert "gizmo" in lex.alternatives("objects", "gadget", "widget")
    assert "land on" in lex.contrasts_of("orbit")
    assert builtin().category("objects", "widget") is None  # the built-in lexicon is untouched


def test_vocab_replaces(tmp_path):
    path = write(tmp_path, {"replace": True, "objects": {"gadget": ["widget", "gizmo"]}})
    lex = load(path)
    assert lex.category("objects", "widget") == "gadget"
    assert lex.category("objects", "dog") is None and not lex.related("couch", "sofa")
    assert lex.alternatives("objects", "gadget", "widget") == ["gizmo"]


def test_vocab_file_written_by_vocab_command_loads(tmp_path):
    path = write(tmp_path, {"replace": False, "objects": {"other": ["widget"]}, "attributes": {}, "relations": {},
                            "counts": {"objects": {"widget": 3}}, "errors": [{"line": 2, "message": "x", "input": "y"}]})
    assert load(path).category("objects", "widget") == "other"


@pytest.mark.parametrize(
    "content, message",
    [
        ("not json", "cannot read vocabulary {path}: invalid JSON"),
        ("[1, 2]", "bad vocabulary {path}: must be a JSON object"),
        ({"objcts": {}}, "bad vocabulary {path}: 'objcts': unknown key (did you mean 'objects'?)"),
        ({"objects": ["dog"]}, 'bad vocabulary {path}: "objects": must be an object mapping a category to a list of words, not a list'),
        ({"objects": {"animal": ["dog", 3]}}, 'bad vocabulary {path}: "objects"."animal"[1]: must be a string, not int'),
        ({"objects": {"animal": "dog"}}, 'bad vocabulary {path}: "objects"."animal": must be a list of words, not a string'),
        ({"synonyms": [["couch"]]}, 'bad vocabulary {path}: "synonyms"[0]: a group needs at least two words'),
        ({"contrasts": ["on", "under"]}, 'bad vocabulary {path}: "contrasts"[0]: must be a list of words, not a string'),
        ({"replace": "yes"}, 'bad vocabulary {path}: "replace": must be true or false, not a string'),
        ({"no_replace": ["things:animal"]}, 'bad vocabulary {path}: "no_replace"[0]: \'things:animal\': a category entry is section:category'),
    ],
)
def test_bad_vocab_file_says_what_and_where(tmp_path, content, message):
    path = write(tmp_path, content)
    with pytest.raises(ComptoolError) as info:
        load(path)
    assert str(info.value).startswith(message.format(path=path)), str(info.value)


def test_missing_vocab_file(tmp_path):
    with pytest.raises(ComptoolError, match="cannot read vocabulary .*missing.json"):
        load(tmp_path / "missing.json")


def test_bad_vocab_on_the_command_line_is_one_line(tmp_path, run_process):
    path = write(tmp_path, {"objects": {"animal": ["dog", 3]}})
    result = run_process(["swap", "--vocab", str(path)], input='{"caption": "a dog"}\n')
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert f'bad vocabulary {path}: "objects"."animal"[1]: must be a string'.encode() in result.stderr


def test_cousins_of_a_general_word(lex):
    people = lex.cousins("objects", "people")
    assert "dog" in people
    assert not set(map(key, people)) & set(map(key, lex.objects["person"] + lex.objects["role"] + lex.objects["family"]))
    fruit = lex.cousins("objects", "fruit")
    assert "broccoli" in fruit and "pizza" not in fruit  # produce is nearer than food
    assert all(not lex.related("fruit", w) for w in fruit)
    assert lex.cousins("objects", "food") == []  # no hypernym, nothing of its kind


def test_co_hyponyms(lex):
    parents, words = lex.co_hyponyms("objects", "ham")
    assert parents == {"meat"} and "bacon" in words and "ham" not in words
    assert all(not lex.related("ham", w) for w in words)


def test_a_synonym_group_belongs_where_its_words_share_a_category():
    # "green, olive, lime" are colours; as things they are a place, a food and a fruit. When
    # "green" became a place too, the group went to the objects: "an olive dress" was drawn and
    # limes never were.
    lexicon = builtin()
    assert not lexicon.drawable("olive", "attributes") and not lexicon.drawable("lime", "attributes")
    assert lexicon.drawable("lime", "objects") and lexicon.drawable("olive", "objects")
    assert lexicon.drawable("boat", "objects")  # "sail, boat" are verbs alike, no things alike
