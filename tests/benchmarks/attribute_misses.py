"""Why `replace --type attribute` misses SugarCrepe's replace_att edit sites, by cause.

For each single-span edit of replace_att that no candidate of `replace --all --type attribute`
edits, this sorts the miss by what the parse has there: no attribute concept (an object word, or
a relation or nothing), or an attribute with no candidate (a noun modifier inside its object's
compound, a participle or verb, a word the lexicon does not categorise, a property left alone by
design, other). Counts per cause; ``--show N`` prints N misses of each cause with the caption,
the benchmark's edit and the concepts at the site. The benchmark's negatives are only compared
with, never used to make candidates.

    python tests/benchmarks/attribute_misses.py [--show N]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from _sugarcrepe import DEFAULT_DIR, char_edit_spans, hits, load, single_span_edit

from comptool.operators import add_negatives
from comptool.parsing import Parser


def char_span(tokens: list[dict], start: int, end: int) -> tuple[int, int]:
    offset = sum(len(t["text"]) + len(t["ws"]) for t in tokens[:start])
    length = sum(len(t["text"]) + len(t["ws"]) for t in tokens[start:end]) - len(tokens[end - 1]["ws"])
    return offset, offset + length


def cause(parse: dict, at: list[dict]) -> str:
    attributes = [c for c in at if c["type"] == "attribute"]
    if not attributes:
        kind = "an object word" if any(c["type"] == "object" for c in at) else "a relation or nothing"
        return f"no attribute concept: {kind}"
    concept = attributes[0]
    objects = {c["id"]: c for c in parse["concepts"] if c["type"] == "object"}
    owner = objects.get(concept.get("of"))
    if concept["category"] == "evaluative" or (owner and owner["category"] in ("person", "role") and concept["category"] in ("colour", "origin")):
        return "no candidate: left alone by design (evaluative; colour or origin of a person)"
    if owner and owner["start"] <= concept["start"] < owner["end"]:
        return "no candidate: noun modifier inside its object's compound"
    if parse["tokens"][concept["head"]]["pos"] == "VERB":
        return "no candidate: participle or verb"
    if concept["category"] in (None, "kind", "state", "appearance", "degree", "topping"):
        return "no candidate: word the lexicon does not categorise"
    return "no candidate: other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=DEFAULT_DIR)
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each cause")
    args = parser.parse_args()

    records = load("replace_att", args.dir)
    captions = list(dict.fromkeys(r["caption"] for r in records))
    parses = {r["caption"]: r["parse"] for r in Parser().add_parses({"caption": c} for c in captions)}
    made: dict[str, list[dict]] = {}
    causes: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    sites = 0
    for record in records:
        caption = record["caption"]
        span = single_span_edit(caption, record["negative_caption"])
        if span is None:
            continue
        sites += 1
        start, end, new = span
        parse = parses[caption]
        if caption not in made:
            made[caption] = add_negatives({"caption": caption, "parse": parse}, "replace", ("attribute",), n=None)["negatives"]
        if hits([s for n in made[caption] for s in char_edit_spans(n)], start, end):
            continue  # the site test of operators_sugarcrepe.py, so both count the same misses
        tokens = parse["tokens"]
        at = [c for c in parse["concepts"] if (lambda s, e: s < end and start < e)(*char_span(tokens, c["start"], c["end"]))]
        why = cause(parse, at)
        causes[why] += 1
        if len(shown[why]) < args.show:
            concepts = ", ".join(f"{c['type']} {c['text']!r} ({c['category']})" for c in at) or "none"
            shown[why].append(f"    [{caption[start:end]}] -> [{new}]  {caption.strip()}  | {concepts}")
    print(f"replace_att: {sites} single-span sites, {sum(causes.values())} missed")
    for why, count in sorted(causes.items()):
        print(f"  {count:4d}  {why}")
        for line in shown[why]:
            print(line)


if __name__ == "__main__":
    main()
