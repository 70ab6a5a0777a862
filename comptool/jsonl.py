"""JSONL streaming: the one place that reads records, writes records and applies the error policy.

Every command is ``records in -> records out``. This module turns a byte stream into numbered
items, hands the good ones to the command in batches, writes results in input order and decides
what happens to a bad line (``--on-error fail|skip|keep``). Commands never print records themselves.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any, BinaryIO, Callable, Iterable, Iterator

import jsonlines
import orjson

ON_ERROR_CHOICES = ("fail", "skip", "keep")


class ComptoolError(Exception):
    """A failure the user can act on; printed as one line, without a traceback."""


class RecordError(ComptoolError):
    """One record cannot be processed; the error policy decides what happens next."""


def loads(data: str | bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        # orjson refuses integers beyond 64 bits that the stdlib accepts; a user's
        # unknown keys must pass through untouched, so give the stdlib a second look.
        return json.loads(data)


def dumps(obj: Any) -> bytes:
    """One compact JSON line, keys in insertion order, UTF-8 kept as is."""
    try:
        return orjson.dumps(obj)
    except TypeError:  # e.g. an integer beyond 64 bits kept from the input
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Item:
    """One non-blank input line: its number, its raw text, and the record or why there is none."""

    line: int
    raw: str
    record: dict | None = None
    error: str | None = None


class _LineTracker:
    """Feeds jsonlines one line at a time and remembers the last one and its number."""

    def __init__(self, stream: BinaryIO):
        self._stream = stream
        self.number = 0
        self.last = ""

    def __iter__(self) -> Iterator[str | bytes]:
        for raw in self._stream:
            self.number += 1
            try:
                self.last = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError:
                self.last = raw.decode("utf-8", "replace").rstrip("\r\n")
                yield raw  # jsonlines reports invalid UTF-8 with its line number
                continue
            yield self.last


def read_items(stream: BinaryIO, *, field: str | None = None, plain: bool = False) -> Iterator[Item]:
    """Yield one Item per non-blank line, numbered from 1 as an editor would show them.

    ``plain`` treats each line as the text of ``field``. When ``field`` is given, a record
    without that key, or with a non-string value there, becomes an Item with an error.
    """
    if plain:
        yield from _read_plain(stream, field or "caption")
        return
    lines = _LineTracker(stream)
    reader = jsonlines.Reader(lines, loads=loads)
    while True:
        try:
            record = reader.read(type=dict, skip_empty=True)
        except EOFError:
            return
        except jsonlines.InvalidLineError as exc:
            yield Item(exc.lineno, lines.last, error=_describe_invalid(exc))
            continue
        yield _checked(Item(lines.number, lines.last, record), field)


def _read_plain(stream: BinaryIO, field: str) -> Iterator[Item]:
    for number, raw in enumerate(stream, start=1):
        text = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not text.strip():
            continue
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Item(number, text, error=f"line is not valid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        yield Item(number, text, record={field: text})


def _describe_invalid(exc: jsonlines.InvalidLineError) -> str:
    cause = exc.__cause__
    if "requested type" in str(exc):
        return "not a JSON object (each line must be one {...} record)"
    if isinstance(cause, UnicodeDecodeError):
        return f"line is not valid UTF-8 ({cause.reason} at byte {cause.start})"
    if "null value" in str(exc):
        return "not a JSON object (each line must be one {...} record)"
    return f"invalid JSON: {cause or exc}"


def _checked(item: Item, field: str | None) -> Item:
    if field is None:
        return item
    value = item.record.get(field)
    if field not in item.record:
        item.error = f"no {field!r} field (pick another with --field)"
    elif not isinstance(value, str):
        item.error = f"field {field!r} must be a string, not {type(value).__name__}"
    if item.error:
        item.record = None
    return item


def error_record(item: Item, message: str) -> dict:
    """What ``--on-error keep`` writes in place of a bad line."""
    return {"error": {"line": item.line, "message": message, "input": item.raw}}


Processor = Callable[[Iterator[dict]], Iterator["dict | RecordError"]]


@dataclass
class Counts:
    read: int = 0
    written: int = 0
    errors: int = 0


def run_stream(
    items: Iterable[Item],
    process: Processor,
    write: Callable[[bytes], Any],
    *,
    on_error: str,
    report: Callable[[Item, str], None],
    progress: Callable[[int], None] | None = None,
) -> Counts:
    """Stream good records through ``process`` and write results in input order.

    ``process`` takes an iterator of records and yields, lazily and in order, one output record
    (or its JSON line, as bytes) or RecordError for each; it may read ahead to batch (spaCy,
    CLIP). Every bad line or failed record is reported; then ``fail`` stops, ``skip`` drops it
    and ``keep`` writes an error record in its place, so output lines match input lines one to
    one.
    """
    counts = Counts()
    pending: deque[Item] = deque()  # read, not yet written, in input order

    def good_records() -> Iterator[dict]:
        for item in items:
            pending.append(item)
            if item.error is None:
                yield item.record

    def settle(item: Item, result: "dict | RecordError | None") -> None:
        counts.read += 1
        if isinstance(result, RecordError):
            item.error = str(result)
        if item.error is None:
            write((result if isinstance(result, bytes) else dumps(result)) + b"\n")
            counts.written += 1
        else:
            counts.errors += 1
            report(item, item.error)
            if on_error == "fail":
                raise StopOnError(item)
            if on_error == "keep":
                write(dumps(error_record(item, item.error)) + b"\n")
                counts.written += 1
        if progress and counts.read % 64 == 0:
            progress(counts.read)

    for result in process(good_records()):
        while pending[0].error is not None:
            settle(pending.popleft(), None)
        settle(pending.popleft(), result)
    while pending:
        settle(pending.popleft(), None)
    return counts


class StopOnError(ComptoolError):
    """Raised under ``--on-error fail`` once the bad line has been reported."""

    def __init__(self, item: Item):
        super().__init__(item.error)
        self.item = item


def batched(iterable: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` consecutive elements, for processors that batch."""
    batch: list = []
    for element in iterable:
        batch.append(element)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
