"""How many of SugarCrepe's human-checked negatives the operators make, and at which sites.

For each benchmark file the matching operator runs with ``--all`` (every candidate) on the
parsed positive captions, and per file this prints:

- ``exact``: the share of benchmark negatives some candidate reproduces exactly (lowercased,
  punctuation dropped, as SugarCrepe's README compares);
- ``sites``: among negatives that differ from the caption by one contiguous word span (a span
  replaced, or for ``add_*`` words inserted), the share whose span some candidate edits (a
  candidate's character edit overlaps it; an insertion point touching it counts);
- ``cand/pair``: negatives made per caption with ``--all``, mean and max;
- the issue's floors, and whether the row meets them.

Rows are a table, ``FILES``: file -> (operator, concept type). A row whose operator module does
not exist yet is skipped with a note. The benchmark negatives are only compared with, never
used to make candidates.

    python tests/benchmarks/operators_sugarcrepe.py [--files replace_obj,replace_rel] [--limit N]
        [--misses N] [--check]

``--check`` exits 1 when a row misses its floors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict

from _sugarcrepe import DEFAULT_DIR, char_edit_spans, hits, load, normalise, single_span_edit

FILES = {
    "swap_att": ("swap", "attribute"),
    "swap_obj": ("swap", "object"),
    "replace_obj": ("replace", "object"),
    "replace_att": ("replace", "attribute"),
    "replace_rel": ("replace", "relation"),
    "add_att": ("add", "attribute"),
    "add_obj": ("add", "object"),
}
# file -> (exact share, site share, candidates per pair at most), as issue 3 sets them.
FLOORS = {
    "swap_att": (0.50, None, 100),
    "swap_obj": (0.50, None, 100),
    "replace_obj": (0.25, 0.95, 100),
    "replace_att": (0.25, 0.95, 100),
    "replace_rel": (0.25, 0.95, 100),
    "add_att": (0.15, 0.90, 100),
    "add_obj": (0.05, 0.60, 100),
}


def parse_all(captions: list[str], batch_size: int) -> dict[str, dict]:
    from comptool.parsing import Parser

    parser = Parser(batch_size=batch_size)
    unique = list(dict.fromkeys(captions))
    return {record["caption"]: record["parse"] for record in parser.add_parses({"caption": c} for c in unique)}


def run_file(name: str, op: str, kind: str, records: list[dict], parses: dict[str, dict], misses: int) -> dict:
    from comptool.operators import add_negatives

    edit_kind = "insert" if op == "add" else "replace"
    by_caption: dict[str, list[dict]] = {}
    exact = sites = single = 0
    counts = []
    shown = []
    for record in records:
        caption = record["caption"]
        if caption not in by_caption:
            result = add_negatives({"caption": caption, "parse": parses[caption]}, op, (kind,), n=None)
            by_caption[caption] = result["negatives"]
        negatives = by_caption[caption]
        counts.append(len(negatives))
        target = normalise(record["negative_caption"])
        hit = any(normalise(n["text"]) == target for n in negatives)
        exact += hit
        span = single_span_edit(caption, record["negative_caption"], edit_kind)
        if span is not None:
            single += 1
            edited = [s for n in negatives for s in char_edit_spans(n)]
            site = hits(edited, span[0], span[1])
            sites += site
        if not hit and len(shown) < misses:
            shown.append((caption, record["negative_caption"], len(negatives)))
    n = len(records)
    return {
        "name": name,
        "records": n,
        "exact": exact / n if n else 0.0,
        "single": single,
        "sites": sites / single if single else 0.0,
        "mean": sum(counts) / n if n else 0.0,
        "max": max(counts, default=0),
        "misses": shown,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=DEFAULT_DIR)
    parser.add_argument("--files", default=",".join(FILES), help="comma-separated benchmark files")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each file")
    parser.add_argument("--misses", type=int, default=0, help="print this many missed negatives per file")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--check", action="store_true", help="exit 1 when a row misses its floors")
    args = parser.parse_args()

    names = [n.strip() for n in args.files.split(",") if n.strip()]
    unknown = [n for n in names if n not in FILES]
    if unknown:
        parser.error(f"unknown files: {', '.join(unknown)}")
    data = {name: load(name, args.dir)[: args.limit] for name in names}

    started = time.perf_counter()
    parses = parse_all([r["caption"] for records in data.values() for r in records], args.batch_size)
    print(f"parsed {len(parses)} captions in {time.perf_counter() - started:.1f}s", file=sys.stderr)

    print(f"{'file':<12} {'op:type':<16} {'records':>7} {'exact':>7} {'sites':>13} {'cand/pair':>13}  floors")
    failed = False
    available: dict[str, bool] = defaultdict(bool)
    for name in names:
        op, kind = FILES[name]
        try:
            importlib.import_module(f"comptool.{op}")
        except ModuleNotFoundError as exc:
            if exc.name != f"comptool.{op}":
                raise
            print(f"{name:<12} {op + ':' + kind:<16} skipped: comptool.{op} does not exist yet")
            continue
        available[op] = True
        started = time.perf_counter()
        row = run_file(name, op, kind, data[name], parses, args.misses)
        floor_exact, floor_sites, most = FLOORS[name]
        ok = row["exact"] >= floor_exact and (floor_sites is None or row["sites"] >= floor_sites) and row["max"] <= most
        failed |= not ok
        floors = f">={floor_exact:.0%} exact" + (f", >={floor_sites:.0%} sites" if floor_sites else "") + f", <={most}/pair"
        # A swap edits two places: one contiguous span is the exception, so it has no site share.
        sites = f"{row['sites']:>6.1%} of {row['single']:<4}" if floor_sites is not None else f"{'-':>6}{'':8}"
        print(
            f"{name:<12} {op + ':' + kind:<16} {row['records']:>7} {row['exact']:>7.1%} "
            f"{sites} {row['mean']:>5.1f} max {row['max']:<3}  "
            f"{floors} {'ok' if ok else 'MISSED'}   ({time.perf_counter() - started:.1f}s)"
        )
        for caption, negative, made in row["misses"]:
            print(f"    miss ({made} made)  {caption}  ->  {negative}")
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
