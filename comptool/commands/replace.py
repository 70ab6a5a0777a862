"""comptool replace: substitute one concept by another of its type and category."""

from comptool.commands._operator import operator_command

replace = operator_command(
    "replace",
    ("object", "attribute", "relation"),
    help="""Replace one object, attribute or relation by another of its type and category.

    Objects by objects of their category ("cat" -> "dog", "two cats" -> "two dogs"),
    attributes by attributes of theirs ("red" -> "blue", "wooden" -> "metal", "two" ->
    "three"), relations by a contrasting one first ("on" -> "under", "in front of" ->
    "behind", "riding" -> "walking beside"), then by others of their category. Never by a
    synonym, the same lemma, or a hypernym or hyponym the lexicon knows. Articles, noun
    number, verb agreement and capitals are repaired. Concepts the lexicon does not
    categorise are left alone; `--vocab FILE` adds words and categories.

    \b
    Example:
      echo '{"caption": "A man riding a horse on the beach."}' | comptool replace --type relation -n 2
    """,
)
