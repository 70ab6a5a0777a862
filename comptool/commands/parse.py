"""comptool parse: captions in, token-level concepts out."""

from __future__ import annotations

import click

from comptool.cli import io_options, run_filter, spacy_options


@click.command()
@io_options
@click.option("--plain", is_flag=True, help="Read plain text lines, one caption each, instead of JSONL.")
@spacy_options
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="spaCy processes.")
@click.option("--batch-size", type=click.IntRange(1), default=256, show_default=True, help="Captions per spaCy batch.")
def parse(io, plain, spacy_model, workers, batch_size):
    """Add a `parse` to each record: lossless tokens and their concepts.

    Concepts are objects (nouns with their compounds: "fire hydrant"), attributes
    (adjectives, numbers, participles, describing noun modifiers: "wooden", "two",
    "parked", "metal"), and relations (prepositions, "in front of", verbs with their
    particles: "riding", "looking at"), linked to their objects.

    \b
    Example:
      echo 'A white cat sits on a red couch.' | comptool parse --plain
    """
    from comptool.parsing import Parser

    parser = Parser(spacy_model, batch_size=batch_size, workers=workers)
    run_filter(
        "parse",
        io,
        lambda records: parser.add_parses(records, io.field),
        plain=plain,
    )
