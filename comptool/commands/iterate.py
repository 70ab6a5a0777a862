"""comptool iterate: compound hard negatives from chains of operators."""

from __future__ import annotations

import click

from comptool.cli import io_options, spacy_options
from comptool.commands._operator import run_record_filter, sampling_options, workers_option


@click.command()
@io_options
@click.option("--ops", default="swap,replace,add", show_default=True, metavar="OP,OP", help="Operators a chain may use, comma-separated.")
@click.option("--depth", default="2", show_default=True, metavar="D|LOW-HIGH", help="Steps per chain: a number, or a range such as 1-3 (n chains for each depth).")
@click.option("--types", "types_", default="", metavar="[OP:]TYPE,...", help="Restrict concept types, e.g. 'object,attribute' or 'swap:object,replace:relation'.")
@sampling_options
@spacy_options
@workers_option
def iterate(io, ops, depth, types_, n, seed, vocab, spacy_model, workers):
    """Chain SWAP, REPLACE and ADD: each step acts on the previous step's result.

    A chain of depth D edits D distinct concepts: no step undoes or repeats an earlier one,
    and no intermediate text returns to one seen before. A negation is a chain of its own
    (depth 1): negating what another step made false can make it true. Each negative carries its `depth`
    and one `ops` entry per step, with edits relative to that step's input.

    \b
    Example:
      echo '{"caption": "A white cat sits on a red couch."}' \\
        | comptool iterate --ops swap,replace,add --depth 1-3 -n 2 --seed 7
    """
    from comptool.iterate import IterateSummary, add_chains, check_depths, parse_depth, parse_plan

    try:
        depths = parse_depth(depth)
        plan = parse_plan(ops.split(","), types_.split(","))
        check_depths(plan, depths)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    summary = IterateSummary()

    def make(record, lexicon):
        return add_chains(record, plan, depths, n=n, seed=seed, field=io.field, lexicon=lexicon, summary=summary)

    run_record_filter("iterate", io, make, vocab=vocab, spacy_model=spacy_model, summary=summary, workers=workers)
