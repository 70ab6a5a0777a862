"""Shared helpers for the SugarCrepe benchmarks: loading the files and aligning word edits.

Words are matched lowercased with punctuation dropped, as the benchmark's own README measures.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT_DIR = ROOT.parent / "shared" / "benchmarks" / "sugarcrepe"
WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


def load(name: str, directory: Path = DEFAULT_DIR) -> list[dict]:
    data = json.loads((Path(directory) / f"{name}.json").read_text())
    return [data[key] for key in sorted(data, key=int)]


def words(text: str) -> list[tuple[str, int, int]]:
    """(lowercased word, start char, end char) for each word of ``text``."""
    return [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]


def normalise(text: str) -> str:
    return " ".join(w for w, _, _ in words(text))


def single_span_edit(caption: str, negative: str, kind: str = "replace") -> tuple[int, int, str] | None:
    """The one contiguous word span of ``caption`` that ``negative`` changes, as (start, end, new words).

    ``kind`` is ``replace`` (a span replaced by other words) or ``insert`` (words inserted:
    start == end, the insertion point). None when the two differ in any other way.
    """
    a, b = words(caption), words(negative)
    ops = [op for op in difflib.SequenceMatcher(a=[w for w, _, _ in a], b=[w for w, _, _ in b], autojunk=False).get_opcodes() if op[0] != "equal"]
    if len(ops) != 1 or ops[0][0] != kind:
        return None
    _, i1, i2, j1, j2 = ops[0]
    new = " ".join(w for w, _, _ in b[j1:j2])
    if kind == "insert":
        at = a[i1][1] if i1 < len(a) else len(caption)
        return at, at, new
    return a[i1][1], a[i2 - 1][2], new


def char_edit_spans(negative: dict) -> list[tuple[int, int]]:
    """Character ranges of the caption that a negative's first op edits."""
    return [(e["start"], e["end"]) for e in negative["ops"][0]["edits"]]


def hits(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether some edit span edits the benchmark's span start..end: they overlap, or an
    insertion touches the span (or the benchmark's insertion point touches an edit)."""
    for s, e in spans:
        if start == end or s == e:
            if s - 1 <= end and start <= e + 1:
                return True
        elif s < end and start < e:
            return True
    return False
