"""The command shape swap, replace and add share: one set of flags, one record loop."""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from contextlib import contextmanager

import click

from comptool.cli import io_options, run_filter, spacy_options
from comptool.jsonl import RecordError, batched, dumps, loads
from comptool.operators import DEFAULT_SEED


def sampling_options(command):
    """-n, --seed and --vocab: how many negatives, reproducibly which, from which words."""
    options = [
        click.option("-n", "n", type=click.IntRange(1), default=1, show_default=True, help="Negatives per record and type (per depth for iterate), sampled with the seed."),
        click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True, help="Same seed, same input: same bytes, however the input is sharded."),
        click.option("--vocab", type=click.Path(exists=True, dir_okay=False), help="A lexicon JSON file (see `comptool vocab`) that extends or replaces the built-in one."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def operator_command(op: str, types: tuple[str, ...], help: str):
    """A click command for operator ``op`` acting on concept ``types``."""

    @click.command(name=op, help=help)
    @io_options
    @click.option("--type", "types_", type=click.Choice(types), multiple=True, help=f"Concept type to act on; repeat for several. Default: all ({', '.join(types)}).")
    @sampling_options
    @click.option("--all", "all_", is_flag=True, help="Every candidate the operator can make (for coverage studies); overrides -n.")
    @spacy_options
    @workers_option
    def command(io, types_, n, seed, vocab, all_, spacy_model, workers):
        from comptool.operators import Summary, add_negatives

        summary = Summary()
        chosen = types_ or types

        def make(record, lexicon):
            return add_negatives(record, op, chosen, n=None if all_ else n, seed=seed, field=io.field, lexicon=lexicon, summary=summary)

        run_record_filter(op, io, make, vocab=vocab, spacy_model=spacy_model, summary=summary, workers=workers)

    return command


def workers_option(command):
    """--workers, for the commands that make negatives."""
    return click.option(
        "--workers",
        type=click.IntRange(1),
        default=1,
        show_default=True,
        help="Processes making negatives: above 1, forked workers take chunks of records in turn while this one reads and writes. The output is the same bytes.",
    )(command)


def run_record_filter(name, io, make, *, vocab, spacy_model, summary, workers=1):
    """Stream records through ``make(record, lexicon)``, parsing on the fly those without a parse.

    A record whose parse has tokens not as parse makes them is a bad record, reported before
    the parser looks at it: it is neither parsed again in silence nor able to stop the run.
    ``summary`` (a :class:`~comptool.operators.Tally`) is the run's counts, which ``make``
    keeps; with ``workers`` > 1 each worker's are added to it.
    """
    from comptool.lexicon import load
    from comptool.operators import parse_problem
    from comptool.parsing import Parser

    with _fewer_collections():
        lexicon = load(vocab)
        parser = Parser(spacy_model, lexicon=lexicon)

        def process(records):
            arrived: deque[tuple[dict, str | None]] = deque()  # in input order, with what is wrong

            def sound(records):
                for record in records:
                    problem = parse_problem(record)
                    arrived.append((record, problem))
                    if problem is None:
                        yield record

            for record in parser.ensure_parsed(sound(records), io.field):
                while arrived[0][1] is not None:
                    yield RecordError(arrived.popleft()[1])
                arrived.popleft()
                try:
                    yield make(record, lexicon)
                except RecordError as exc:
                    yield exc
            while arrived:
                yield RecordError(arrived.popleft()[1])

        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            process = _in_workers(process, workers, summary)
        run_filter(name, io, process, summary=lambda counts: summary.line())


# Records a worker takes at a time: enough that handing a chunk over costs little beside the
# work on it, few enough that the output keeps flowing.
CHUNK = 128
_worker_job = None  # (process, summary) of the run, inherited by forked workers


def _in_workers(process, workers: int, summary):
    """``process`` run by ``workers`` forked processes taking chunks of records in turn, while
    this one reads and writes (a worker's share of that would hold the others up); results
    come back in input order.

    Records travel as JSON lines (cheaper to hand over than pickled dicts) and come back as
    the JSON lines to write. Negatives depend on the seed and the record alone, so the bytes
    are those of one process. At most two chunks per worker are in flight: memory stays flat.
    """

    def run(records):
        global _worker_job
        _worker_job = (process, summary)
        # Objects made so far live on: kept out of the collector, a worker's collections do
        # not touch (and so copy) the pages it shares with this process.
        gc.freeze()
        in_flight: deque = deque()
        pool = multiprocessing.get_context("fork").Pool(workers)
        try:
            for chunk in batched(records, CHUNK):
                in_flight.append(pool.apply_async(_work_on, ([dumps(r) for r in chunk],)))
                if len(in_flight) >= 2 * workers:
                    yield from settle(in_flight.popleft())
            while in_flight:
                yield from settle(in_flight.popleft())
        except (Exception, GeneratorExit):
            # Also where the reader stopped early (a closed pipe, an error): the workers finish
            # the few chunks in flight and leave. Pool.terminate() can hang for good when its
            # task thread is stuck writing to a worker it has just killed.
            pool.close()
            pool.join()
            raise
        except BaseException:
            pool.terminate()  # Ctrl-C: the workers got the signal too
            raise
        else:
            pool.close()
            pool.join()
        finally:
            gc.unfreeze()
            _worker_job = None

    def settle(entry):
        results, counts = entry.get()
        summary.absorb(counts)
        yield from results

    return run


def _work_on(lines: list[bytes]) -> tuple[list, dict]:
    """In a worker: one chunk's results (JSON lines, or RecordErrors) and the counts it made."""
    process, summary = _worker_job
    results = [result if isinstance(result, RecordError) else dumps(result) for result in process(map(loads, lines))]
    return results, summary.drain()


# Young objects the cyclic collector lets pile up before it looks (Python's default is 700). A
# record makes thousands of short-lived dicts and lists that reference counting frees; at 700
# the collector ran ~900 times per 10,000 records of `add -n 1` and promoted enough survivors
# to rescan every long-lived table (lexicon, inflections) seven times: half a second. At
# 100,000 it runs some 40 times, mostly while the tables load: 0.07 s. Cycles are still
# collected, only later; what reference counting frees is freed at once as before.
YOUNG_THRESHOLD = 100_000


@contextmanager
def _fewer_collections():
    """The collector looks less often while tables load and records stream; its settings are
    restored after."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
