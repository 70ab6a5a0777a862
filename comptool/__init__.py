"""comptool: compositional hard negatives for vision-language models.

The library works on plain dicts (records as read from JSONL); the CLI in
:mod:`comptool.cli` is a thin layer over it.
"""

__version__ = "0.1.0.dev0"
