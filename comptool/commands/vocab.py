"""comptool vocab: a lexicon file from a parsed corpus, for --vocab."""

from __future__ import annotations

import dataclasses
import sys

import click

from comptool.cli import eprint, io_options, run_filter, spacy_options


class _ErrorSink:
    """Where run_filter writes records: vocab writes none, but keeps --on-error keep's error records."""

    def __init__(self) -> None:
        self.errors: list[dict] = []

    def write(self, data: bytes) -> int:
        if data.startswith(b'{"error":'):
            from comptool.jsonl import loads

            self.errors.append(loads(data)["error"])
        return len(data)

    def flush(self) -> None:
        pass


@click.command()
@io_options
@click.option("--min-count", type=click.IntRange(1), default=1, show_default=True, metavar="N", help="Keep a word under a category only when seen at least N times with it.")
@click.option("--replace/--extend", default=False, show_default=True, help='Whether the file, given to --vocab, replaces the built-in lexicon or extends it (its "replace" key).')
@click.option("--vocab", type=click.Path(exists=True, dir_okay=False), help="A lexicon file that extends or replaces the built-in one for categorising and parsing.")
@spacy_options
def vocab(io, min_count, replace, vocab, spacy_model):
    """Count the concepts of parsed records and write ONE lexicon JSON file.

    The file lists objects, attributes and relations by category (most frequent first), with
    a "counts" section, in the format --vocab reads: give it to swap, replace, add or iterate
    so they draw replacements from your own captions. A concept's category comes from its
    parse, else from the lexicon, else it is "other". Records without a "parse" are parsed on
    the fly. With --on-error keep, bad lines are listed under "errors" in the file.

    \b
    Example:
      comptool parse --plain < captions.txt | comptool vocab --min-count 2 -o my_vocab.json
      comptool replace --vocab my_vocab.json < captions.jsonl
    """
    from comptool.jsonl import ComptoolError, RecordError, batched
    from comptool.lexicon import format_lexicon, load
    from comptool.vocab import VocabBuilder

    try:
        lexicon = load(vocab)
    except ComptoolError as exc:
        eprint(f"comptool vocab: {exc}")
        sys.exit(1)
    builder = VocabBuilder(lexicon)
    parser = None

    def parse_missing(batch: list[dict]) -> None:
        nonlocal parser
        missing = [r for r in batch if "parse" not in r and isinstance(r.get(io.field), str)]
        if missing:
            if parser is None:
                from comptool.parsing import Parser

                parser = Parser(spacy_model, lexicon=lexicon)
            list(parser.add_parses(missing, io.field))  # sets record["parse"] in place

    def process(records):
        for batch in batched(records, 256):
            parse_missing(batch)
            for record in batch:
                if "parse" not in record:
                    field = io.field
                    has = f"no {field!r} field" if field not in record else f"a non-string {field!r} field"
                    yield RecordError(f"record has no parse and {has} to parse")
                    continue
                try:
                    builder.add(record["parse"])
                except RecordError as exc:
                    yield exc
                    continue
                yield {}

    sink = _ErrorSink()
    output = io.output
    run_filter("vocab", dataclasses.replace(io, output=sink), process, needs_text=False)
    data = builder.build(min_count=min_count, replace=replace)
    if sink.errors:
        data["errors"] = sink.errors
    try:
        output.write(format_lexicon(data).encode("utf-8"))
        output.flush()
    except BrokenPipeError:
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())  # no "Exception ignored" at exit
        except (OSError, ValueError):
            pass
        sys.exit(0)
    eprint(f"comptool vocab: {builder.summary(min_count=min_count)}")
