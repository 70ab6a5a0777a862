"""comptool add: insert a new concept (an attribute, an object or a negation)."""

from comptool.commands._operator import operator_command

add = operator_command(
    "add",
    ("object", "attribute", "negation"),
    help="""Insert a new concept, so the caption says something the image does not show.

    Attributes: an adjective of a category that fits the object and that it does not carry
    yet, in the usual order of modifiers ("a young woman" -> "a happy young woman",
    "flowers" -> "red flowers"; never "red" on a "blue car"). Objects: a new object
    plausible in the scene and not present already, coordinated ("A dog is running" -> "A
    dog and a cat are running") or in a phrase ("a man" -> "a man with a hat", "... near a
    fountain"). Negations: "There is a dog" -> "There is no dog", "a man with a hat" -> "a
    man without a hat", "A dog is running" -> "A dog is not running".

    \b
    Example:
      echo '{"caption": "A young woman is sitting on a couch."}' | comptool add --type attribute -n 2
    """,
)
