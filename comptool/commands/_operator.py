"""The command shape swap, replace and add share: one set of flags, one record loop."""

from __future__ import annotations

import click

from comptool.cli import io_options, run_filter, spacy_options
from comptool.jsonl import RecordError
from comptool.operators import DEFAULT_SEED


def sampling_options(command):
    """-n, --all and --seed: how many negatives, and reproducibly which."""
    options = [
        click.option("-n", "n", type=click.IntRange(1), default=1, show_default=True, help="Negatives per record and type, sampled with the seed."),
        click.option("--all", "all_", is_flag=True, help="Every candidate the operator can make (for coverage studies); overrides -n."),
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
    @spacy_options
    def command(io, types_, n, all_, seed, vocab, spacy_model):
        from comptool.lexicon import load
        from comptool.operators import Summary, add_negatives
        from comptool.parsing import Parser

        lexicon = load(vocab)
        parser = Parser(spacy_model, lexicon=lexicon)
        summary = Summary()
        chosen = types_ or types

        def process(records):
            for record in parser.ensure_parsed(records, io.field):
                try:
                    yield add_negatives(record, op, chosen, n=None if all_ else n, seed=seed, field=io.field, lexicon=lexicon, summary=summary)
                except RecordError as exc:
                    yield exc

        run_filter(op, io, process, summary=lambda counts: summary.line())

    return command
