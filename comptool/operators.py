"""What SWAP, REPLACE and ADD share: candidates, sampling with the seed, negatives, a summary.

Each operator module (:mod:`comptool.swap`, :mod:`comptool.replace`, :mod:`comptool.add`)
defines ``TYPES`` and ``candidates(parse, type, lexicon)``, which yields :class:`Candidate` s:
token-level edits on concept spans. This module applies them with the one edit mechanism,
drops those that give the caption back or a text the record already holds, samples ``n`` per
type with randomness derived from the seed and the caption (so shards do not matter), and
writes the ``negatives`` entries DESIGN.md fixes.
"""

from __future__ import annotations

import hashlib
import importlib
import random
from collections import Counter, abc
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from comptool.edits import Edit, EditResult, MalformedParse, apply_edits, check_tokens, problem_ahead, reciprocal_of_one
from comptool.jsonl import RecordError
from comptool.lexicon import Lexicon, builtin

DEFAULT_SEED = 0
OPERATOR_MODULES = {"swap": "comptool.swap", "replace": "comptool.replace", "add": "comptool.add"}


@dataclass(frozen=True)
class Candidate:
    """One proposed intervention: its edits and the token slots (of the input parse) it acts on.

    ``check``, when given, is asked about the applied result and may still turn it down (swap
    uses it to drop exchanges that leave the meaning intact); it runs only for candidates
    actually picked, so ``-n 1`` pays for one or two checks, not for all.
    """

    op: str
    type: str
    edits: tuple[Edit, ...]
    slots: frozenset[int] = frozenset()
    check: Callable[[EditResult], bool] | None = field(default=None, compare=False)


class LazyCandidates(abc.Sequence):
    """Candidates made only when asked for, from plans ``(make, args)``: ``make(*args)`` builds
    the Candidate, and ``finish`` (if given) adjusts every one built. :func:`pick` asks only
    for the ones it tries, so ``-n 1`` builds one or two per type, not all."""

    __slots__ = ("_plans", "_finish")

    def __init__(self, plans: list[tuple[Callable[..., Candidate], tuple]], finish: Callable[[Candidate], Candidate] | None = None):
        self._plans = plans
        self._finish = finish

    def __len__(self) -> int:
        return len(self._plans)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self._plans)))]
        make, args = self._plans[index]
        candidate = make(*args)
        return self._finish(candidate) if self._finish is not None else candidate


@lru_cache(maxsize=None)
def operator_module(op: str):
    # Asked once per record and type: the import machinery's locks cost more than the work.
    return importlib.import_module(OPERATOR_MODULES[op])


def operator_types(op: str) -> tuple[str, ...]:
    return operator_module(op).TYPES


def rng_for(seed: int, *parts: str, reuse: random.Random | None = None) -> random.Random:
    """A generator seeded by the seed and the record's own content, never by its position.
    ``reuse``, when given, is seeded afresh and returned: the same numbers as a new one gives,
    without making one."""
    digest = hashlib.blake2b("\x00".join([str(seed), *parts]).encode(), digest_size=8).digest()
    if reuse is None:
        return random.Random(int.from_bytes(digest, "big"))
    reuse.seed(int.from_bytes(digest, "big"))
    return reuse


def candidate_sequence(parse: dict, op: str, type: str, lexicon: Lexicon | None = None) -> Sequence[Candidate]:
    """An operator's candidates; a sequence it returns is kept as it is, so an operator may build
    each candidate only when it is asked for (add does), and :func:`pick` builds only those it
    tries. A sequence may also offer ``draw(rng)``: its candidates in an order drawn with
    ``rng``, each worked out only when reached (replace does), so ``-n 1`` need not even list
    them."""
    found = operator_module(op).candidates(parse, type, lexicon or builtin())
    return found if isinstance(found, abc.Sequence) else list(found)


def realise(parse: dict, candidate: Candidate, lexicon: Lexicon | None = None) -> EditResult | None:
    """Apply a candidate; None when its edits cannot be applied or its check turns it down, or
    when it would insert words inside a hyphenated word ("cross-[open-air ]country")."""
    tokens = parse["tokens"]
    if any(e.start == e.end and inside_a_word(tokens, e.start) for e in candidate.edits):
        return None
    try:
        result = apply_edits(parse, candidate.edits, lexicon)
    except MalformedParse:
        raise  # the record's parse is checked as it comes in: an edited one is never malformed
    except (ValueError, IndexError, KeyError):
        return None
    if candidate.check is not None and not candidate.check(result):
        return None
    if _doubles_a_word(result, tokens):
        return None  # "a blue train on train tracks" -> never "a train train on blue tracks"
    if "other" in result.text and reciprocal_of_one(result.tokens) and not reciprocal_of_one(tokens):
        return None  # "Two giraffes standing next to each other" -> never "A giraffe standing next to each other"
    return result


GLUE = ("-", "/")


def _doubles_a_word(result: EditResult, old: list[dict]) -> bool:
    """True when a word the edit wrote or moved stands beside the same word ("train train");
    the caption's own doublings are left as they are."""
    tokens, origin = result.tokens, result.origin
    last = len(tokens) - 1
    for k in result.changed:  # every other token is an old word in its old form
        o = origin[k]
        if o is not None and tokens[k]["text"] == old[o]["text"]:
            continue  # an old word in its old form: only its new neighbours are asked about
        word = tokens[k]["text"].lower()
        if not word.isalpha():
            continue
        before = tokens[k - 1]["text"].lower() if k > 0 else None
        after = tokens[k + 1]["text"].lower() if k < last else None
        if before == word or after == word:
            return True
        # "Couch and chair" -> never "Couch and couch": one thing joined to itself
        if (before in JOINING and k > 1 and tokens[k - 2]["text"].lower() == word) or (after in JOINING and k + 2 <= last and tokens[k + 2]["text"].lower() == word):
            return True
    return False


JOINING = {"and", "or"}


def inside_a_word(tokens: list[dict], k: int) -> bool:
    """True when position k (before token k) falls inside a word glued by a hyphen or slash."""
    if not 0 < k < len(tokens) or tokens[k - 1].get("ws") != "":
        return False
    return tokens[k - 1].get("text") in GLUE or tokens[k].get("text") in GLUE


def op_entry(candidate: Candidate, result: EditResult) -> dict:
    return {"op": candidate.op, "type": candidate.type, "edits": result.edits}


def pick(
    parse: dict,
    text: str,
    found: Sequence[Candidate],
    *,
    n: int | None,
    rng: random.Random,
    taken: set[str],
    lexicon: Lexicon | None = None,
) -> Iterator[tuple[Candidate, EditResult]]:
    """Up to ``n`` (all, when None) distinct new texts from ``found``, in a seeded order.

    Candidates are tried lazily in shuffled order, so ``-n 1`` applies one or two of them, not all.
    ``taken`` holds the texts the record already has, the caption among them; it grows.
    """
    if n is None:
        order: Iterable[Candidate] = found
    elif hasattr(found, "draw"):
        order = found.draw(rng)
    else:
        # Shuffle positions, not candidates: the same order (shuffle looks at the length only),
        # and a lazy sequence builds only the candidates tried.
        positions = list(range(len(found)))
        rng.shuffle(positions)
        order = (found[k] for k in positions)
    if n is not None and n <= 0:
        return
    made = 0
    for candidate in order:
        result = realise(parse, candidate, lexicon)
        if result is None or result.text in taken or not result.edits:
            continue
        taken.add(result.text)
        made += 1
        yield candidate, result
        if made == n:
            return  # before the next is drawn: a lazy order builds no candidate it will not use


def counted(n: int, noun: str) -> str:
    """'1 record', '2 records'."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class Tally:
    """Counts a run keeps for its summary, as dataclass fields of ints and Counters. A worker
    process hands its counts over with :meth:`drain`; the run adds them with :meth:`absorb`."""

    def drain(self) -> dict:
        """The counts so far, which start again from zero."""
        taken = {f.name: getattr(self, f.name) for f in fields(self)}
        fresh = type(self)()
        for name in taken:
            setattr(self, name, getattr(fresh, name))
        return taken

    def absorb(self, counts: dict) -> None:
        for name, value in counts.items():
            mine = getattr(self, name)
            if isinstance(mine, Counter):
                mine.update(value)
            else:
                setattr(self, name, mine + value)


@dataclass
class Summary(Tally):
    """Counts for the stderr summary of an operator run."""

    records: int = 0
    written: Counter = field(default_factory=Counter)  # (op, type) -> negatives written
    no_candidate: Counter = field(default_factory=Counter)  # type -> records with nothing to do

    def line(self) -> str:
        made = ", ".join(f"{op}:{type} {count}" for (op, type), count in sorted(self.written.items())) or "none"
        text = f"{counted(self.records, 'record')}, negatives {made}"
        if self.no_candidate:
            text += "; records with no eligible concept: " + ", ".join(f"{t} {c}" for t, c in sorted(self.no_candidate.items()))
        return text


REPARSE = "re-run comptool parse"


def parse_problem(record: dict) -> str | None:
    """What is wrong with the tokens of the record's parse, for a per-record error; None when
    they are as parse makes them, or when there is no parse (an operator command parses those)."""
    parse = record.get("parse")
    if not isinstance(parse, dict) or not isinstance(parse.get("tokens"), list):
        return None
    problem = problem_ahead(parse["tokens"])
    return problem and f"{problem}; {REPARSE}"


def negative_slots(record: dict, field: str) -> tuple[str, dict, list, set[str]]:
    """The caption, its parse, the record's ``negatives`` list (created if absent) and the texts
    the record already holds; a RecordError when the record cannot take negatives, its parse's
    tokens not as parse makes them among the reasons (checked here, once per record)."""
    text = record[field]
    parse = record.get("parse")
    if not isinstance(parse, dict) or not isinstance(parse.get("tokens"), list):
        raise RecordError("record has no parse (run comptool parse, or leave the parse out to parse on the fly)")
    try:
        check_tokens(parse["tokens"])
    except MalformedParse as exc:
        raise RecordError(f"{exc}; {REPARSE}") from None
    negatives = record.setdefault("negatives", [])
    if not isinstance(negatives, list):
        raise RecordError("'negatives' must be a list")
    taken = {text} | {neg.get("text") for neg in negatives if isinstance(neg, dict)}
    return text, parse, negatives, taken


def add_negatives(
    record: dict,
    op: str,
    types: Iterable[str],
    *,
    n: int | None = 1,
    seed: int = DEFAULT_SEED,
    field: str = "caption",
    lexicon: Lexicon | None = None,
    summary: Summary | None = None,
) -> dict:
    """Append ``op``'s negatives for each of ``types`` to ``record["negatives"]``; returns the record.

    ``n=None`` makes every candidate (``--all``). The record must hold a ``parse`` of its text.
    """
    text, parse, negatives, taken = negative_slots(record, field)
    if summary:
        summary.records += 1
    rng = None  # one generator, seeded afresh for each type once the last type's is done with
    try:
        for kind in types:
            found = candidate_sequence(parse, op, kind, lexicon)
            rng = rng_for(seed, op, kind, text, reuse=rng)
            made = 0
            for candidate, result in pick(parse, text, found, n=n, rng=rng, taken=taken, lexicon=lexicon):
                negatives.append({"text": result.text, "ops": [op_entry(candidate, result)]})
                made += 1
            if summary:
                summary.written[(op, kind)] += made
                if not made and not found:  # a lazy sequence is listed only when it gave nothing
                    summary.no_candidate[f"{op}:{kind}"] += 1
    except (KeyError, TypeError, IndexError) as exc:
        raise RecordError(f"malformed parse ({exc.__class__.__name__}: {exc}); {REPARSE}") from exc
    return record
