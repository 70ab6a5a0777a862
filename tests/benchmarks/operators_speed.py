"""Operators with `-n 1` over 10,000 parsed records against a plain JSON load and dump of the
same records, as whole processes. Prints each ratio operator/baseline (goal: 6x or less): each
run against the mean of the baselines run just before and after it, median over the rounds, in
wall time and in CPU time (user and system, all processes). Each command runs in one process
and again with ``--workers N`` (default 2; 1 skips those runs), where its wall time gains from
more cores and its CPU time does not.

    python tests/benchmarks/operators_speed.py [--records 10000] [--repeat 2] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

from _sugarcrepe import ROOT, load

from comptool.parsing import Parser

BASELINE = """
import json, sys
with open(sys.argv[1]) as source, open(sys.argv[2], "w") as target:
    for line in source:
        target.write(json.dumps(json.loads(line)) + "\\n")
"""


def parsed_records(n: int) -> list[dict]:
    captions = list(dict.fromkeys(r["caption"] for name in ("add_obj", "replace_obj", "replace_rel", "replace_att", "add_att", "swap_att", "swap_obj") for r in load(name)))
    records = list(Parser().add_parses({"caption": c} for c in captions))
    return (records * (n // len(records) + 1))[:n]


def lexicon_load_ms() -> float:
    from comptool.lexicon import builtin

    times = []
    for _ in range(5):
        builtin.cache_clear()
        start = time.perf_counter()
        builtin()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


# As an installed tool runs: from compiled bytecode. A shell that sets PYTHONDONTWRITEBYTECODE
# would otherwise have every timed process compile comptool's sources (0.15 s each).
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONPATH": str(ROOT)}


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user and system) of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="also time each command with --workers N (1: not)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        source, target = os.path.join(tmp, "parsed.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(source, "w") as f:
            for record in parsed_records(args.records):
                f.write(json.dumps(record) + "\n")
        baseline = [sys.executable, "-c", BASELINE, source, target]
        runs = {f"{op} -n 1": [sys.executable, "-m", "comptool", op, "-n", "1", source, "-o", target] for op in ("swap", "replace", "add")}
        runs["iterate --depth 2 -n 1"] = [sys.executable, "-m", "comptool", "iterate", "--depth", "2", source, "-o", target]
        if args.workers > 1:
            runs |= {f"{name} --workers {args.workers}": [*command, "--workers", str(args.workers)] for name, command in runs.items()}
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "comptool")], check=True, env=CHILD_ENV)
        best: dict[str, float] = {}
        bases: list[float] = []
        paired: dict[str, list[float]] = {name: [] for name in runs}
        paired_cpu: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(args.repeat):
            # Each command runs between two baselines and is compared with their mean: the
            # speed of a shared machine drifts within a round, and a best-of-N baseline caught
            # in a fast moment would be compared with commands run in slow ones. CPU time is
            # compared too: it leaves out the time the process waited for a core.
            before, before_cpu = timed(baseline)
            bases.append(before)
            for name, command in runs.items():
                seconds, cpu = timed(command)
                after, after_cpu = timed(baseline)
                bases.append(after)
                best[name] = min(best.get(name, seconds), seconds)
                paired[name].append(seconds / ((before + after) / 2))
                paired_cpu[name].append(cpu / ((before_cpu + after_cpu) / 2))
                before, before_cpu = after, after_cpu
    base = statistics.median(bases)
    print(
        f"{args.records} parsed records; json load+dump {base:.2f} s (median of {len(bases)}, {min(bases):.2f}-{max(bases):.2f}); "
        f"load average {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores"
    )
    print(f"built-in lexicon load (once per process): {lexicon_load_ms():.0f} ms, best of 5")
    for name, seconds in best.items():
        ratios, cpu_ratios = paired[name], paired_cpu[name]
        print(
            f"{name:<34} {seconds:6.2f} s best  {statistics.median(ratios):5.2f}x its neighbouring baselines "
            f"(median of {len(ratios)}; {min(ratios):.2f}-{max(ratios):.2f}); CPU time {statistics.median(cpu_ratios):5.2f}x "
            f"({min(cpu_ratios):.2f}-{max(cpu_ratios):.2f})  {args.records / seconds:,.0f} rec/s"
        )


if __name__ == "__main__":
    main()
