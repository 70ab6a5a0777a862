"""How well `parse` finds the concepts that SugarCrepe's human-checked negatives edit.

For each record of replace_obj, replace_att and replace_rel whose negative differs from the
caption by one contiguous span of words, the edited span should overlap a parsed concept of
the edited type. A tagger-only split (nouns / adjectives / prepositions and verbs) is printed
beside it as the baseline.

    python tests/benchmarks/parse_sugarcrepe.py [--dir PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import time

from _sugarcrepe import DEFAULT_DIR, load, single_span_edit

from comptool.parsing import Parser

FILES = {"replace_obj": "object", "replace_att": "attribute", "replace_rel": "relation"}
TAGGER_ONLY = {
    "object": lambda t: t["pos"] in ("NOUN", "PROPN"),
    "attribute": lambda t: t["pos"] == "ADJ",
    "relation": lambda t: t["pos"] in ("ADP", "VERB"),
}


def char_spans(tokens: list[dict], start: int, end: int) -> tuple[int, int]:
    offset = sum(len(t["text"]) + len(t["ws"]) for t in tokens[:start])
    length = sum(len(t["text"]) + len(t["ws"]) for t in tokens[start:end]) - len(tokens[end - 1]["ws"])
    return offset, offset + length


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=DEFAULT_DIR)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--misses", type=int, default=0, help="print this many missed examples per file")
    args = parser.parse_args()

    comptool_parser = Parser()
    print(f"{'file':<12} {'single-span':>11} {'comptool':>9} {'tagger-only':>11}")
    for name, kind in FILES.items():
        records = load(name, args.dir)[: args.limit]
        started = time.perf_counter()
        edits = [(r, single_span_edit(r["caption"], r["negative_caption"])) for r in records]
        edits = [(r, e) for r, e in edits if e is not None]
        parsed = list(comptool_parser.add_parses(({"caption": r["caption"]} for r, _ in edits)))
        hits = baseline = 0
        misses = []
        for (record, (start, end, _)), result in zip(edits, parsed):
            tokens = result["parse"]["tokens"]
            spans = [char_spans(tokens, c["start"], c["end"]) for c in result["parse"]["concepts"] if c["type"] == kind]
            hit = any(s < end and start < e for s, e in spans)
            hits += hit
            token_spans = [char_spans(tokens, i, i + 1) for i, t in enumerate(tokens) if TAGGER_ONLY[kind](t)]
            baseline += any(s < end and start < e for s, e in token_spans)
            if not hit and len(misses) < args.misses:
                misses.append((record["caption"], record["negative_caption"], record["caption"][start:end]))
        n = len(edits)
        print(f"{name:<12} {n:>5}/{len(records):<5} {hits / n:>9.1%} {baseline / n:>11.1%}   ({time.perf_counter() - started:.1f}s)")
        for caption, negative, span in misses:
            print(f"    miss [{span}]  {caption}  ->  {negative}")


if __name__ == "__main__":
    main()
