"""Build the hand-read samples: ``swap_sample.jsonl``, ``replace_sample.jsonl``, ``add_sample.jsonl``
(50 negatives each) and ``iterate_sample.jsonl`` (30 depth-2 chains), from ``captions.jsonl``.

Each sample line is one caption with one negative, made with ``-n 1 --seed 0`` as the commands
make it, without the parse. Captions are taken in file order; each goes to the type that has the
fewest negatives so far among those that can make one for it, so every type gets its share and
no caption is read twice for one operator.

    python examples/samples.py            # rewrite the samples
    python examples/samples.py --check    # exit 1 when a sample differs from what comptool makes

``tests/test_examples.py`` runs the check: when an operator changes what it writes, the samples
are rebuilt and the diff read again before it lands.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 0
# operator -> (types with their number of negatives), in the order they are written.
QUOTAS = {
    "swap": (("object", 25), ("attribute", 25)),
    "replace": (("object", 17), ("attribute", 17), ("relation", 16)),
    "add": (("attribute", 17), ("object", 17), ("negation", 16)),
}
ITERATE_CHAINS = 30
ITERATE_DEPTH = 2


def parsed_captions(path: Path) -> list[dict]:
    from comptool.parsing import Parser

    with path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return list(Parser().add_parses(records))


def without_parse(record: dict, negative: dict) -> dict:
    kept = {k: v for k, v in record.items() if k not in ("parse", "negatives")}
    kept["negatives"] = [negative]
    return kept


def operator_sample(records: list[dict], op: str, quotas: tuple[tuple[str, int], ...]) -> list[dict]:
    from comptool.operators import add_negatives

    wanted = dict(quotas)
    taken: dict[str, list[dict]] = {kind: [] for kind in wanted}
    for record in records:
        open_types = sorted((k for k in wanted if len(taken[k]) < wanted[k]), key=lambda k: len(taken[k]))
        if not open_types:
            break
        for kind in open_types:
            made = add_negatives(dict(record, negatives=[]), op, (kind,), n=1, seed=SEED)["negatives"]
            if made:
                taken[kind].append(without_parse(record, made[0]))
                break
    short = {k: f"{len(taken[k])} of {n}" for k, n in wanted.items() if len(taken[k]) < n}
    if short:
        raise SystemExit(f"{op}: too few captions give negatives ({short})")
    return [line for kind, _ in quotas for line in taken[kind]]


def iterate_sample(records: list[dict]) -> list[dict]:
    from comptool.iterate import add_chains, parse_plan

    plan = parse_plan(["swap", "replace", "add"])
    chains = []
    for record in records:
        made = add_chains(dict(record, negatives=[]), plan, (ITERATE_DEPTH, ITERATE_DEPTH), n=1, seed=SEED)["negatives"]
        if made:
            chains.append(without_parse(record, made[0]))
        if len(chains) == ITERATE_CHAINS:
            break
    return chains


def build(captions: Path = HERE / "captions.jsonl") -> dict[str, str]:
    """File name -> the JSONL text it should hold."""
    records = parsed_captions(captions)
    samples = {f"{op}_sample.jsonl": operator_sample(records, op, quotas) for op, quotas in QUOTAS.items()}
    samples["iterate_sample.jsonl"] = iterate_sample(records)
    return {name: "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines) for name, lines in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the files instead of writing them")
    args = parser.parse_args()
    stale = []
    for name, text in build().items():
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"out of date: {', '.join(stale)} (run python examples/samples.py, then read the diff)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
