"""comptool swap: exchange two concepts of one type."""

from comptool.commands._operator import operator_command

swap = operator_command(
    "swap",
    ("object", "attribute"),
    help="""Exchange two objects or two attributes of a caption.

    Objects: the nouns alone ("a white cat and a black dog" -> "a white dog and a black
    cat") or whole noun phrases, subject and object of a relation among them ("a horse
    eating grass" -> "grass eating a horse"). Attributes bound to different objects, numbers
    included ("Two giraffe and a zebra" -> "A giraffe and two zebras"). Swaps that leave the
    meaning intact ("a cat and a dog" -> "a dog and a cat") are never written.

    \b
    Example:
      echo '{"caption": "a white cat and a black dog"}' | comptool swap --type attribute
    """,
)
