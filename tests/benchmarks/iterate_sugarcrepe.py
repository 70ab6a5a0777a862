"""`iterate` on SugarCrepe captions: chains replay, never revisit a text, and how many records
get a full-depth chain; throughput against the single operators on the same parsed records.

    python tests/benchmarks/iterate_sugarcrepe.py [--captions 1000] [--seed 0]
"""

from __future__ import annotations

import argparse
import copy
import time

from _sugarcrepe import load

from comptool.edits import replay
from comptool.iterate import IterateSummary, add_chains, parse_plan
from comptool.lexicon import builtin
from comptool.operators import add_negatives, operator_types
from comptool.parsing import Parser


def distinct_captions(n: int) -> list[str]:
    seen: dict[str, None] = {}
    for name in ("swap_att", "swap_obj", "replace_att", "replace_obj", "replace_rel", "add_att", "add_obj"):
        for record in load(name):
            seen.setdefault(record["caption"], None)
    return list(seen)[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--captions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    lexicon = builtin()
    parsed = list(Parser().add_parses({"caption": c} for c in distinct_captions(args.captions)))
    plan = parse_plan(["swap", "replace", "add"])

    timings = {}
    for op in ("swap", "replace", "add"):
        records = copy.deepcopy(parsed)
        start = time.perf_counter()
        for record in records:
            add_negatives(record, op, operator_types(op), n=1, seed=args.seed, lexicon=lexicon)
        timings[op] = time.perf_counter() - start
    single = sum(timings.values()) / len(timings)
    print(f"{len(parsed)} captions; single operators -n 1 (all their types): " + ", ".join(f"{op} {len(parsed) / t:,.0f} rec/s" for op, t in timings.items()))

    for depth in (2, 3):
        records = copy.deepcopy(parsed)
        summary = IterateSummary()
        start = time.perf_counter()
        for record in records:
            add_chains(record, plan, (depth, depth), n=1, seed=args.seed, lexicon=lexicon, summary=summary)
        seconds = time.perf_counter() - start
        chains = replays = distinct = 0
        for record in records:
            for negative in record["negatives"]:
                chains += 1
                texts = [record["caption"]]
                for step in negative["ops"]:
                    texts.append(replay(texts[-1], step["edits"]))
                replays += texts[-1] == negative["text"] and len(negative["ops"]) == depth
                distinct += len(set(texts)) == len(texts)
        full = sum(1 for r in records if r["negatives"])
        print(
            f"depth {depth}: {full / len(records):.1%} of records get a full-depth chain; "
            f"{replays}/{chains} chains replay from their edits, {distinct}/{chains} never revisit a text; "
            f"{len(records) / seconds:,.0f} rec/s = {single / seconds:.2f}x the mean single-operator throughput"
        )


if __name__ == "__main__":
    main()
