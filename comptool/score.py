"""CLIP scoring of captions and their negatives: the library under ``comptool score``.

A record's caption and each of its negatives are compared with the record's image (cosine of
normalised open_clip embeddings, written as ``score``), or, with ``text_only``, each negative with
its caption (``text_sim``). The work is organised for throughput without giving up exactness:

- records are read ahead in chunks; the images of the next chunk load and preprocess in worker
  threads while the current chunk runs on the model; output keeps input order;
- every distinct text and image is encoded once per run (bounded LRU caches across records);
- CLIP text towers with a causal mask and end-of-text pooling run each batch only up to its
  longest tokenized text, with texts bucketed by length (:class:`CausalTextTower`); the result
  equals the full-context encoding (a causal mask means no position sees what comes after it);
- CUDA out of memory halves the batch size and carries on.

torch and open_clip are imported by the functions that need them, so importing this module is cheap.
"""

from __future__ import annotations

import os
from collections import OrderedDict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Hashable, Iterable, Iterator, Sequence

from comptool.jsonl import ComptoolError, RecordError, batched

if TYPE_CHECKING:
    import torch

    from comptool.models import ClipModel

DEFAULT_BATCH_SIZE = 64
TEXT_CACHE_SIZE = 100_000  # about 200 MB of fp32 embeddings at 512 dimensions
IMAGE_CACHE_SIZE = 20_000
IMAGE_FIELDS = ("filename", "image")
NEGATIVES = "negatives"


class LRUCache:
    """A dict that forgets the least recently used entry beyond ``maxsize`` entries."""

    def __init__(self, maxsize: int):
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: Hashable, value: Any) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.maxsize:
            self._data.popitem(last=False)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)


# --------------------------------------------------------------------------- text tower


class CausalTextTower:
    """An open_clip text tower that may run on a prefix of its context, with identical results.

    That holds for the classic CLIP text transformer: a causal attention mask (no position attends
    to a later one) and pooling at one position per text, the end-of-text token (``argmax``: the
    highest token id, or ``eos``: the first eos id). Positions after the pooled one never influence
    it, so a batch may stop at its longest pooled position + 1. Towers with bidirectional attention
    (SigLIP), a padding mask, a CLS token appended at the end (CoCa), last-token pooling or a
    Hugging Face encoder are not of this kind: :meth:`of` returns None and they run in full.
    """

    def __init__(self, *, token_embedding, positional_embedding, transformer, attn_mask, ln_final,
                 text_projection, pool_type: str, eos_id: int | None):
        self.token_embedding = token_embedding
        self.positional_embedding = positional_embedding
        self.transformer = transformer
        self.attn_mask = attn_mask
        self.ln_final = ln_final
        self.text_projection = text_projection
        self.pool_type = pool_type
        self.eos_id = eos_id

    @classmethod
    def of(cls, model) -> "CausalTextTower | None":
        """The tower of an open_clip model when it qualifies, else None."""
        from open_clip.model import CLIP
        from open_clip.transformer import Transformer, TextTransformer

        if isinstance(model, CLIP):  # the text tower's parts live on the model itself
            parts, pool_type, eos_id = model, model.text_pool_type, getattr(model, "text_eos_id", None)
        elif isinstance(getattr(model, "text", None), TextTransformer):  # CustomTextCLIP
            text = model.text
            if text.cls_emb is not None or text.use_pad_mask:
                return None
            parts, pool_type, eos_id = text, text.pool_type, text.eos_id
        else:
            return None
        attn_mask = getattr(parts, "attn_mask", None)
        if attn_mask is None or not isinstance(parts.transformer, Transformer):
            return None
        if pool_type not in ("argmax", "eos") or (pool_type == "eos" and eos_id is None):
            return None
        import torch

        causal = torch.full_like(attn_mask, float("-inf")).triu_(1)
        if attn_mask.shape[0] != attn_mask.shape[1] or not torch.equal(attn_mask, causal):
            return None
        return cls(
            token_embedding=parts.token_embedding,
            positional_embedding=parts.positional_embedding,
            transformer=parts.transformer,
            attn_mask=attn_mask,
            ln_final=parts.ln_final,
            text_projection=parts.text_projection,
            pool_type=pool_type,
            eos_id=eos_id,
        )

    def pooled_positions(self, tokens: "torch.Tensor") -> "torch.Tensor":
        """The position each text is pooled at (its end-of-text token), as open_clip picks it."""
        if self.pool_type == "argmax":
            return tokens.argmax(dim=-1)
        return (tokens == self.eos_id).int().argmax(dim=-1)

    def encode(self, tokens: "torch.Tensor", length: int | None = None) -> "torch.Tensor":
        """Unnormalised text features of ``tokens[:, :length]``; open_clip's encode_text, sliced."""
        import torch
        import torch.nn as nn

        from comptool.clip_text import prefix_length

        positions = self.pooled_positions(tokens)
        length = prefix_length(positions, length)
        tokens = tokens[:, :length]
        cast_dtype = self.transformer.get_cast_dtype()
        x = self.token_embedding(tokens).to(cast_dtype)
        x = x + self.positional_embedding[:length].to(cast_dtype)
        x = self.transformer(x, attn_mask=self.attn_mask[:length, :length])
        x = self.ln_final(x)
        x = x[torch.arange(x.shape[0], device=x.device), positions]
        if self.text_projection is not None:
            if isinstance(self.text_projection, nn.Linear):
                x = self.text_projection(x)
            else:
                x = x @ self.text_projection
        return x


def _prefix_tower(model):
    """What may encode texts on a prefix of the context: comptool's own text tower as it is, or
    an open_clip model's tower when it qualifies (None: the model encodes at full context)."""
    from comptool.clip_text import TextTower

    return model if isinstance(model, TextTower) else CausalTextTower.of(model)


# --------------------------------------------------------------------------- encoder


def _out_of_memory_errors() -> tuple[type[BaseException], ...]:
    import torch

    return tuple({getattr(torch, "OutOfMemoryError", torch.cuda.OutOfMemoryError), torch.cuda.OutOfMemoryError})


class ClipEncoder:
    """Normalised fp32 embeddings of texts and images from a :class:`~comptool.models.ClipModel`.

    Texts are encoded in batches of ``batch_size`` (bucketed by length where the tower allows,
    see :class:`CausalTextTower`) and kept in an LRU cache, so a text seen again costs nothing.
    When CUDA runs out of memory the batch size halves (down to 1) and the batch is retried.
    """

    def __init__(
        self,
        clip: "ClipModel",
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        text_cache_size: int = TEXT_CACHE_SIZE,
        bucket_texts: bool = True,
        warn: Callable[[str], None] | None = None,
    ):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.clip = clip
        self.batch_size = batch_size
        self.text_cache = LRUCache(text_cache_size)
        self.tower = _prefix_tower(clip.model) if bucket_texts else None
        self._warn = warn or (lambda message: None)
        self.texts_encoded = 0
        self.images_encoded = 0

    # ----- running the model

    def _autocast(self):
        import torch

        precision, device = self.clip.precision, self.clip.device
        if precision.startswith("amp"):
            # fp16 autocast is the CUDA default; CPUs do bf16 well and fp16 poorly.
            half = torch.bfloat16 if "bf16" in precision or device.type != "cuda" else torch.float16
            return torch.autocast(device_type=device.type, dtype=half)
        return nullcontext()

    def _input_dtype(self):
        from open_clip import get_input_dtype

        return get_input_dtype(self.clip.precision)

    def _in_batches(self, count: int, forward: Callable[[int, int], "torch.Tensor"]) -> "torch.Tensor":
        """Concatenate ``forward(start, stop)`` over [0, count), halving the batch on CUDA OOM."""
        import torch

        out_of_memory = _out_of_memory_errors()
        parts = []
        start = 0
        # One autocast region for all batches, so weights are cast to half precision once per call.
        # no_grad, not inference_mode: under CPU autocast the latter measured 2x slower.
        with torch.no_grad(), self._autocast():
            while start < count:
                stop = min(count, start + self.batch_size)
                try:
                    features = forward(start, stop)
                except out_of_memory as exc:
                    if self.clip.device.type == "cuda":
                        torch.cuda.empty_cache()
                    if self.batch_size == 1:
                        raise ComptoolError(f"out of memory on {self.clip.device} even with batch size 1: {exc}") from exc
                    self.batch_size = max(1, self.batch_size // 2)
                    self._warn(f"out of memory on {self.clip.device}; continuing with batch size {self.batch_size}")
                    continue
                parts.append(torch.nn.functional.normalize(features.float(), dim=-1).cpu())
                start = stop
        if not parts:
            return torch.empty(0, 0)
        return torch.cat(parts)

    def encode_tokens(self, tokens: "torch.Tensor") -> "torch.Tensor":
        """Normalised fp32 CPU embeddings of tokenized texts, in their order (no caching)."""
        import torch

        tokens = tokens.to(self.clip.device)
        if self.tower is None:
            model = self.clip.model
            return self._in_batches(len(tokens), lambda a, b: model.encode_text(tokens[a:b]))
        # Sort by the length each text needs, so each batch stops early and pads little.
        needed = self.tower.pooled_positions(tokens) + 1
        order = torch.argsort(needed, stable=True)
        sorted_tokens, sorted_needed = tokens[order], needed[order]

        def forward(start: int, stop: int):
            return self.tower.encode(sorted_tokens[start:stop], int(sorted_needed[start:stop].max()))

        encoded = self._in_batches(len(tokens), forward)
        result = torch.empty_like(encoded)
        result[order.cpu()] = encoded
        return result

    def encode_texts(self, texts: Iterable[str]) -> dict[str, "torch.Tensor"]:
        """Embedding of each distinct text: from the cache, or encoded now and cached."""
        found: dict[str, torch.Tensor] = {}
        missing: list[str] = []
        for text in texts:
            if text in found:
                continue
            cached = self.text_cache.get(text)
            if cached is None:
                found[text] = None  # placeholder keeps each text once in `missing`
                missing.append(text)
            else:
                found[text] = cached
        if missing:
            encoded = self.encode_tokens(self.clip.tokenizer(missing))
            self.texts_encoded += len(missing)
            for text, row in zip(missing, encoded):
                row = row.clone()  # do not keep the whole batch alive through one cached row
                self.text_cache.put(text, row)
                found[text] = row
        return found

    def encode_images(self, images: Sequence["torch.Tensor"]) -> "torch.Tensor":
        """Normalised fp32 CPU embeddings of preprocessed image tensors (CHW), in their order."""
        import torch

        model, device, dtype = self.clip.model, self.clip.device, self._input_dtype()

        def forward(start: int, stop: int):
            batch = torch.stack(list(images[start:stop]))
            batch = batch.to(device, dtype=dtype, non_blocking=True) if dtype else batch.to(device, non_blocking=True)
            return model.encode_image(batch)

        self.images_encoded += len(images)
        return self._in_batches(len(images), forward)


# --------------------------------------------------------------------------- images


class ImageReadError(Exception):
    """An image that cannot be opened or decoded; the message names the path."""


def load_image(path: str, preprocess: Callable) -> "torch.Tensor":
    """Open, decode and preprocess one image; ImageReadError names the path and the reason."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.load()
            return preprocess(image.convert("RGB"))
    except FileNotFoundError:
        raise ImageReadError(f"image not found: {path}") from None
    except IsADirectoryError:
        raise ImageReadError(f"image path is a directory: {path}") from None
    except UnidentifiedImageError:
        raise ImageReadError(f"cannot read image {path}: not an image format PIL knows") from None
    except Exception as exc:  # permissions, truncated or corrupt data, decompression bombs
        raise ImageReadError(f"cannot read image {path}: {exc}") from None


# --------------------------------------------------------------------------- report


@dataclass
class _Tally:
    pairs: int = 0
    correct: int = 0
    ties: int = 0
    total: float = 0.0  # sum of margins (caption score - negative score), or of text_sim

    def as_dict(self, text_only: bool) -> dict:
        mean = self.total / self.pairs if self.pairs else None
        if text_only:
            return {"pairs": self.pairs, "accuracy": None, "ties": None, "mean_text_sim": mean}
        return {
            "pairs": self.pairs,
            "accuracy": self.correct / self.pairs if self.pairs else None,
            "ties": self.ties,
            "mean_margin": mean,
        }


def op_key(negative: dict) -> str:
    """'op:type' of a negative's first step, e.g. 'swap:attribute'; 'unknown' without ops."""
    ops = negative.get("ops")
    if isinstance(ops, list) and ops and isinstance(ops[0], dict):
        return f"{ops[0].get('op', 'unknown')}:{ops[0].get('type', 'unknown')}"
    return "unknown"


def depth(negative: dict) -> int:
    """How many operator steps made the negative (len(ops)); 0 when it has no ops."""
    ops = negative.get("ops")
    return len(ops) if isinstance(ops, list) else 0


@dataclass
class ScoreReport:
    """Accumulates scored records into the ``--report`` summary.

    With images, a pair (caption, negative) is correct when the caption's score is strictly
    greater than the negative's; a tie counts as wrong and is also counted in ``ties``.
    With ``text_only`` there is no image to prefer one text over the other, so ``accuracy`` and
    ``ties`` are null and each group reports ``mean_text_sim`` (how close negatives stay to their
    captions in the text tower's view) instead.
    """

    model: str
    pretrained: str
    precision: str
    device: str = "cpu"
    text_only: bool = False
    records: int = 0
    overall: _Tally = field(default_factory=_Tally)
    by_op: dict[str, _Tally] = field(default_factory=dict)
    by_depth: dict[int, _Tally] = field(default_factory=dict)

    def add(self, record: dict) -> None:
        """Count one scored record (its caption ``score`` and negatives' ``score`` or ``text_sim``)."""
        self.records += 1
        caption_score = record.get("score")
        for negative in record.get(NEGATIVES) or []:
            if self.text_only:
                value, correct, tie = negative["text_sim"], False, False
            else:
                value = caption_score - negative["score"]
                correct, tie = value > 0, value == 0
            for tally in (
                self.overall,
                self.by_op.setdefault(op_key(negative), _Tally()),
                self.by_depth.setdefault(depth(negative), _Tally()),
            ):
                tally.pairs += 1
                tally.correct += correct
                tally.ties += tie
                tally.total += value

    def to_dict(self) -> dict:
        overall = self.overall.as_dict(self.text_only)
        return {
            "model": self.model,
            "pretrained": self.pretrained,
            "precision": self.precision,
            "device": self.device,
            "mode": "text-only" if self.text_only else "image",
            "records": self.records,
            **overall,
            "by_op": {key: self.by_op[key].as_dict(self.text_only) for key in sorted(self.by_op)},
            "by_depth": {str(key): self.by_depth[key].as_dict(self.text_only) for key in sorted(self.by_depth)},
        }

    def headline(self) -> str:
        """One line naming the model and the counts, printed above the table."""
        return (
            f"{self.model} ({self.pretrained}, {self.precision}, {self.device}): "
            f"{self.records} records, {self.overall.pairs} pairs"
        )

    def table(self):
        """The report's numbers as a rich Table (for stderr)."""
        from rich.table import Table

        table = Table(title=None)
        table.add_column("group")
        table.add_column("pairs", justify="right")
        if self.text_only:
            table.add_column("mean text_sim", justify="right")
        else:
            table.add_column("accuracy", justify="right")
            table.add_column("ties", justify="right")
            table.add_column("mean margin", justify="right")

        def row(label: str, tally: _Tally, *, end_section: bool = False) -> None:
            entry = tally.as_dict(self.text_only)
            cells = [label, str(tally.pairs)]
            if self.text_only:
                cells.append(_fmt(entry["mean_text_sim"]))
            else:
                cells += [_fmt(entry["accuracy"], percent=True), str(tally.ties), _fmt(entry["mean_margin"])]
            table.add_row(*cells, end_section=end_section)

        row("all", self.overall, end_section=True)
        for index, key in enumerate(sorted(self.by_op)):
            row(key, self.by_op[key], end_section=index == len(self.by_op) - 1)
        for key in sorted(self.by_depth):
            row(f"depth {key}", self.by_depth[key])
        return table


def _scored(texts: Sequence[str], embeddings: dict, target) -> dict[str, float]:
    """The similarity of each distinct text's embedding with ``target``."""
    import torch

    distinct = list(dict.fromkeys(texts))
    return dict(zip(distinct, (torch.stack([embeddings[text] for text in distinct]) @ target).tolist()))


def _fmt(value: float | None, *, percent: bool = False) -> str:
    if value is None:
        return "-"
    return f"{100 * value:.1f}%" if percent else f"{value:.4f}"


# --------------------------------------------------------------------------- scoring records


def keep_hardest(negatives: list[dict], k: int, key: str) -> list[dict]:
    """The ``k`` negatives with the highest ``key`` (closest to, or above, the caption), in their order."""
    if k >= len(negatives):
        return negatives
    ranked = sorted(range(len(negatives)), key=lambda i: (-negatives[i][key], i))
    kept = set(ranked[:k])
    return [negative for i, negative in enumerate(negatives) if i in kept]


@dataclass
class _Pending:
    """A record read ahead: what it needs, or why it cannot be scored."""

    record: dict
    texts: list[str] = field(default_factory=list)  # caption first, then each negative's text
    image: str | None = None
    error: str | None = None


class Scorer:
    """The ``score`` processor: records in, scored records (or RecordErrors) out, in order.

    Use as ``for result in Scorer(encoder, ...)(records)``. Each record gets ``score`` (caption vs
    image) and each negative ``score`` (negative vs image); with ``text_only`` each negative gets
    ``text_sim`` (negative vs caption) and no image is read. ``keep_hardest=K`` then keeps only the
    K negatives with the highest score (or text_sim). A ``report`` sees every scored record with all
    of its negatives, before keep_hardest.
    """

    def __init__(
        self,
        encoder: ClipEncoder,
        *,
        text_field: str = "caption",
        image_root: str | os.PathLike | None = None,
        image_fields: Sequence[str] = IMAGE_FIELDS,
        text_only: bool = False,
        keep_hardest: int | None = None,
        report: ScoreReport | None = None,
        image_cache_size: int = IMAGE_CACHE_SIZE,
        workers: int | None = None,
        chunk_size: int | None = None,
    ):
        if keep_hardest is not None and keep_hardest < 0:
            raise ValueError("keep_hardest must be 0 or more")
        self.encoder = encoder
        self.text_field = text_field
        self.image_root = Path(image_root) if image_root is not None else None
        self.image_fields = tuple(image_fields)
        self.text_only = text_only
        self.keep_hardest = keep_hardest
        self.report = report
        self.image_cache = LRUCache(image_cache_size)
        self.workers = workers or min(16, os.cpu_count() or 1)
        # Records per read-ahead chunk: text-only chunks are larger to give the length buckets
        # more to sort; image chunks stay near one image batch to bound memory.
        self.chunk_size = chunk_size or encoder.batch_size * (8 if text_only else 2)

    def __call__(self, records: Iterable[dict]) -> Iterator[dict | RecordError]:
        pool = None if self.text_only else ThreadPoolExecutor(self.workers, thread_name_prefix="comptool-image")
        loading: dict[str, Future] = {}  # image path -> its load, while in flight
        try:
            waiting: deque[list[_Pending]] = deque()
            for chunk in batched(records, self.chunk_size):
                # Start loading the next chunk's images before running the model on this one.
                waiting.append(self._prepare(chunk, pool, loading))
                if len(waiting) > 1:
                    yield from self._finish(waiting.popleft(), pool, loading)
            while waiting:
                yield from self._finish(waiting.popleft(), pool, loading)
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)

    # ----- reading ahead

    def _prepare(self, records: list[dict], pool, loading: dict[str, Future]) -> list[_Pending]:
        prepared = []
        for record in records:
            pending = _Pending(record)
            pending.error = self._check(pending)
            if pending.error is None and pending.image is not None:
                if pending.image not in self.image_cache and pending.image not in loading:
                    loading[pending.image] = pool.submit(load_image, pending.image, self.encoder.clip.preprocess)
            prepared.append(pending)
        return prepared

    def _check(self, pending: _Pending) -> str | None:
        """Fill in the texts and image path a record needs; the reason it cannot be scored, if any."""
        record = pending.record
        caption = record.get(self.text_field)
        if not isinstance(caption, str):
            return f"field {self.text_field!r} must be a string"
        pending.texts.append(caption)
        negatives = record.get(NEGATIVES, [])
        if not isinstance(negatives, list):
            return f"{NEGATIVES!r} must be a list, not {type(negatives).__name__}"
        for index, negative in enumerate(negatives):
            if not isinstance(negative, dict) or not isinstance(negative.get("text"), str):
                return f"{NEGATIVES}[{index}] must be an object with a string 'text'"
            pending.texts.append(negative["text"])
        if self.text_only:
            return None
        for name in self.image_fields:
            if name in record:
                value = record[name]
                if not isinstance(value, str) or not value:
                    return f"image field {name!r} must be a non-empty string path"
                path = Path(value)
                if self.image_root is not None and not path.is_absolute():
                    path = self.image_root / path
                pending.image = os.path.normpath(path)
                return None
        fields = " or ".join(repr(name) for name in self.image_fields)
        return f"no image field {fields} (name one with --image-field, or score texts with --text-only)"

    # ----- scoring a chunk

    def _finish(self, chunk: list[_Pending], pool, loading: dict[str, Future]) -> Iterator[dict | RecordError]:
        texts = self.encoder.encode_texts(text for pending in chunk if pending.error is None for text in pending.texts)
        images: dict[str, Any] = {}
        if not self.text_only:
            images = self._image_embeddings(chunk, pool, loading)
        for pending in chunk:
            if pending.error is None and not self.text_only and isinstance(images[pending.image], str):
                pending.error = images[pending.image]  # the image could not be read
            if pending.error is not None:
                yield RecordError(pending.error)
                continue
            yield self._score(pending, texts, images.get(pending.image))

    def _image_embeddings(self, chunk: list[_Pending], pool, loading: dict[str, Future]) -> dict[str, Any]:
        """Each image path of the chunk mapped to its embedding, or to why it cannot be read."""
        found: dict[str, Any] = {}
        to_encode: list[str] = []
        tensors = []
        for pending in chunk:
            path = pending.image
            if pending.error is not None or path in found:
                continue
            cached = self.image_cache.get(path)
            if cached is not None:
                found[path] = cached
                continue
            # In flight since _prepare, or (evicted from a small cache since) to be loaded again.
            future = loading.pop(path, None) or pool.submit(load_image, path, self.encoder.clip.preprocess)
            try:
                tensors.append(future.result())
                to_encode.append(path)
                found[path] = None  # filled in below
            except ImageReadError as exc:
                found[path] = str(exc)
        if to_encode:
            for path, row in zip(to_encode, self.encoder.encode_images(tensors)):
                row = row.clone()
                self.image_cache.put(path, row)
                found[path] = row
        return found

    def _score(self, pending: _Pending, texts: dict, image) -> dict:
        import torch

        record = pending.record
        negatives = record.get(NEGATIVES) or []
        caption = texts[pending.texts[0]]
        # Each distinct text is scored once, so the same text gets the same number: a product
        # over a stack may round a row by where it stands in it (and a tie must stay a tie).
        if self.text_only:
            if negatives:
                sim_of = _scored(pending.texts[1:], texts, caption)
                for negative, text in zip(negatives, pending.texts[1:]):
                    negative["text_sim"] = sim_of[text]
        else:
            score_of = _scored(pending.texts, texts, image)
            record["score"] = score_of[pending.texts[0]]
            for negative, text in zip(negatives, pending.texts[1:]):
                negative["score"] = score_of[text]
        if self.report is not None:
            self.report.add(record)
        if self.keep_hardest is not None and NEGATIVES in record:
            record[NEGATIVES] = keep_hardest(negatives, self.keep_hardest, "text_sim" if self.text_only else "score")
        return record
