"""ITERATE: chains of SWAP, REPLACE and ADD, each step on the previous step's edited parse.

A chain of depth D acts on D distinct concept slots: a step may not edit tokens an earlier
step edited or inserted (no swap back, no replace of a word just added), every intermediate
text differs from the caption and from every text before it, and a record never holds one
text twice. Nothing is re-parsed between steps: each step reads the parse the edit mechanism
re-derived from the previous step's tokens.

A negation is a chain of its own (depth 1): negating a clause another step has already made
false can make it true ("A kitchen has wooden cabinets and black countertops" -> swap -> negate
-> "No kitchen has black cabinets and wooden countertops").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from comptool.edits import EditResult
from comptool.jsonl import RecordError
from comptool.lexicon import Lexicon
from comptool.operators import (
    DEFAULT_SEED,
    OPERATOR_MODULES,
    REPARSE,
    Candidate,
    Tally,
    candidate_sequence,
    counted,
    negative_slots,
    op_entry,
    operator_types,
    realise,
    rng_for,
)

# Steps that never join a chain of two or more (see the module docstring).
ALONE = {("add", "negation")}
# How many candidates one step may try before the chain gives up on that step.
TRIES_PER_STEP = 24
ATTEMPTS_PER_CHAIN = 3


def parse_depth(text: str) -> tuple[int, int]:
    """'2' -> (2, 2); '1-3' -> (1, 3)."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", text)
    if not match:
        raise ValueError(f"depth must be a number or a range like 1-3, not {text!r}")
    low = int(match.group(1))
    high = int(match.group(2) or low)
    if low < 1 or high < low:
        raise ValueError(f"depth range {text!r} must run from 1 up")
    return low, high


def parse_plan(ops: Iterable[str], types: Iterable[str] = ()) -> dict[str, tuple[str, ...]]:
    """Which types each operator may act on: ``types`` entries are ``op:type`` or a bare type
    that applies to every operator that knows it."""
    ops = list(dict.fromkeys(ops))
    for op in ops:
        if op not in OPERATOR_MODULES:
            raise ValueError(f"unknown operator {op!r} (choose from {', '.join(OPERATOR_MODULES)})")
    plan = {op: operator_types(op) for op in ops}
    types = [t for t in types if t]
    if not types:
        return plan
    wanted: dict[str, set[str]] = {op: set() for op in ops}
    for entry in types:
        op, _, kind = entry.rpartition(":")
        targets = [op] if op else [o for o in ops if kind in plan[o]]
        if op and op not in plan:
            raise ValueError(f"--types names {op!r}, which is not in --ops")
        if not targets or any(kind not in plan[t] for t in targets):
            raise ValueError(f"no operator in --ops acts on type {kind!r}")
        for target in targets:
            wanted[target].add(kind)
    restricted = {op: tuple(t for t in plan[op] if t in wanted[op]) for op in ops}
    return {op: kinds for op, kinds in restricted.items() if kinds}


def check_depths(plan: dict[str, tuple[str, ...]], depths: tuple[int, int]) -> None:
    """A ValueError when the plan can make no chain longer than one step but deeper ones are asked."""
    if depths[1] > 1 and all((op, kind) in ALONE for op, kinds in plan.items() for kind in kinds):
        raise ValueError("a negation is a chain of its own: with --types negation, --depth must be 1")


@dataclass
class Step:
    candidate: Candidate
    result: EditResult


@dataclass
class IterateSummary(Tally):
    records: int = 0
    written: Counter = field(default_factory=Counter)  # depth -> chains written
    asked: Counter = field(default_factory=Counter)  # depth -> chains asked for
    short: Counter = field(default_factory=Counter)  # depth -> records that got fewer than asked

    def line(self) -> str:
        parts = [f"depth {d}: {self.written[d]}/{self.asked[d]} chains" for d in sorted(self.asked)]
        text = f"{counted(self.records, 'record')}; " + ", ".join(parts)
        if any(self.short.values()):
            text += "; records short of chains: " + ", ".join(f"depth {d} {c}" for d, c in sorted(self.short.items()) if c)
        return text


def build_chain(parse: dict, text: str, depth: int, plan: dict[str, tuple[str, ...]], rng, taken: set[str], lexicon: Lexicon | None) -> list[Step] | None:
    """One chain of ``depth`` steps, or None when this record cannot give one."""
    steps: list[Step] = []
    touched: set[int] = set()  # token positions (in the current parse) earlier steps edited
    seen = {text}
    options = [(op, kind) for op, kinds in plan.items() for kind in kinds if depth == 1 or (op, kind) not in ALONE]
    for _ in range(depth):
        step = _next_step(parse, options, rng, touched, seen, lexicon)
        if step is None:
            return None
        steps.append(step)
        result = step.result
        seen.add(result.text)
        # Carry the touched positions over to the new tokens, and add the words this step
        # inserted or rewrote (a whitespace change alone does not take a slot).
        before = parse["tokens"]
        touched = {
            k
            for k, old in enumerate(result.origin)
            if old is None or old in touched or result.tokens[k]["text"] != before[old]["text"]
        }
        parse = result.parse
    if steps[-1].result.text in taken:
        return None
    return steps


def _refits(result: EditResult, before: list[dict], touched: set[int]) -> bool:
    """True when the edit step's agreement fixes re-inflected a word an earlier step wrote
    ("Two fields" written by a swap, then "Two" swapped away makes it "field")."""
    tokens = result.tokens
    return any(old in touched and tokens[k]["text"] != before[old]["text"] for k, old in enumerate(result.origin) if old is not None)


def _next_step(parse, options, rng, touched, seen, lexicon) -> Step | None:
    options = list(options)
    rng.shuffle(options)
    for op, kind in options:
        found = candidate_sequence(parse, op, kind, lexicon)
        positions = list(range(len(found)))
        rng.shuffle(positions)
        for candidate in (found[k] for k in positions[:TRIES_PER_STEP]):
            edited = set(candidate.slots) | {k for e in candidate.edits for k in range(e.start, e.end)}
            if edited & touched:
                continue
            result = realise(parse, candidate, lexicon)
            if result is None or not result.edits or result.text in seen or _refits(result, parse["tokens"], touched):
                continue
            return Step(candidate, result)
    return None


def add_chains(
    record: dict,
    plan: dict[str, tuple[str, ...]],
    depths: tuple[int, int],
    *,
    n: int = 1,
    seed: int = DEFAULT_SEED,
    field: str = "caption",
    lexicon: Lexicon | None = None,
    summary: IterateSummary | None = None,
) -> dict:
    """Append ``n`` chains per depth in ``depths`` to ``record["negatives"]``; returns the record."""
    text, parse, negatives, taken = negative_slots(record, field)
    if summary:
        summary.records += 1
    try:
        for depth in range(depths[0], depths[1] + 1):
            made = 0
            for index in range(n):
                # A chain that lands on a text the record holds is drawn again, a few times.
                for attempt in range(ATTEMPTS_PER_CHAIN):
                    rng = rng_for(seed, "iterate", str(depth), str(index), str(attempt), text)
                    steps = build_chain(parse, text, depth, plan, rng, taken, lexicon)
                    if steps is not None:
                        break
                if steps is None:
                    continue
                final = steps[-1].result.text
                taken.add(final)
                negatives.append({"text": final, "ops": [op_entry(s.candidate, s.result) for s in steps], "depth": depth})
                made += 1
            if summary:
                summary.asked[depth] += n
                summary.written[depth] += made
                summary.short[depth] += made < n
    except (KeyError, TypeError, IndexError) as exc:
        raise RecordError(f"malformed parse ({exc.__class__.__name__}: {exc}); {REPARSE}") from exc
    return record
