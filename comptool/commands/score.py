"""`comptool score`: CLIP similarity of each caption and negative with its image (or caption).

Flags and output only; the scoring itself is :mod:`comptool.score`, the model loading
:mod:`comptool.models`. torch and open_clip are imported inside the command body.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from pathlib import Path

import click

from comptool.cli import eprint, io_options, run_filter
from comptool.models import CLIP_DEFAULT_MODEL, CLIP_PRECISIONS, RANDOM_WEIGHTS


def _check_device(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not re.fullmatch(r"auto|cpu|cuda(:\d+)?", value.strip().lower()):
        raise click.BadParameter("use auto, cpu, cuda or cuda:N")
    return value.strip().lower()


def _check_report_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not Path(value).expanduser().resolve().parent.is_dir():
        raise click.BadParameter(f"the folder of {value} does not exist")
    return value


@click.command(
    short_help="CLIP-score captions and negatives against their images (or captions).",
    epilog="""\b
Examples:
  comptool parse --plain < captions.txt | comptool swap \\
    | comptool score --image-root val2017/ --report report.json > scored.jsonl
  comptool score --text-only --keep-hardest 2 negatives.jsonl -o hardest.jsonl
  comptool score --model ViT-L-14 --pretrained ~/ckpt/vit-l-14.pt --device cuda \\
    --precision amp --batch-size 256 --image-root val2017/ negatives.jsonl""",
)
@io_options
@click.option("--model", metavar="NAME", help=f"open_clip model, hf-hub:ORG/REPO or local-dir:PATH. [default: {CLIP_DEFAULT_MODEL}, or the --model-config name]")
@click.option(
    "--pretrained",
    metavar="TAG|PATH",
    help=f"Weights: an open_clip tag (default: openai where the model has it, else its first tag), a checkpoint file or folder, or '{RANDOM_WEIGHTS}' for random weights.",
)
@click.option("--model-config", type=click.Path(exists=True, dir_okay=False), metavar="FILE", help="Register an extra open_clip JSON model config; its file name (without .json) is the model name.")
@click.option("--image-root", type=click.Path(exists=True, file_okay=False), metavar="DIR", help="Folder that relative image paths are read from. [default: the current folder]")
@click.option("--image-field", metavar="NAME", help="The record key holding the image path. [default: filename, else image]")
@click.option("--text-only", is_flag=True, help="Read no images: add text_sim (caption vs negative) to each negative instead of scores.")
@click.option("--batch-size", type=click.IntRange(min=1), default=64, metavar="N", show_default=True, help="Images or texts per model call (halved on CUDA out of memory).")
@click.option("--device", default="auto", show_default=True, callback=_check_device, metavar="auto|cpu|cuda[:N]", help="Where the model runs.")
@click.option("--precision", type=click.Choice(CLIP_PRECISIONS), default="fp32", show_default=True, help="fp32 is exact; amp (autocast) is the fast choice on a GPU.")
@click.option("--report", type=click.Path(dir_okay=False), callback=_check_report_path, metavar="FILE", help="Write the accuracy report here as JSON (a table always goes to stderr).")
@click.option("--keep-hardest", type=click.IntRange(min=1), metavar="K", help="Keep only the K negatives scoring closest to (or above) the caption.")
def score(io, model, pretrained, model_config, image_root, image_field, text_only, batch_size, device, precision, report, keep_hardest):
    """Add CLIP scores to each record and its negatives, and report how often the caption wins.

    Each record gets `score`, the cosine similarity of its image and caption embeddings, and each
    of its `negatives` a `score` for its own text. A pair is correct when the caption scores
    strictly higher than the negative; ties count as wrong and are reported. With --text-only no
    image is read and each negative gets `text_sim`, its similarity to the caption.

    Weights come from --pretrained: without network access use a checkpoint file or a Hugging
    Face cache with HF_HUB_OFFLINE=1.
    """
    from rich.console import Console

    from comptool.jsonl import ComptoolError
    from comptool.models import load_clip
    from comptool.score import IMAGE_FIELDS, ClipEncoder, Scorer, ScoreReport

    def note(message: str) -> None:
        eprint(f"comptool score: {message}")

    try:
        clip = load_clip(model, pretrained, model_config, device=device, precision=precision, text_only=text_only)
    except ComptoolError as exc:
        if io.debug:
            traceback.print_exc()
        note(str(exc))
        sys.exit(1)
    if clip.pretrained == RANDOM_WEIGHTS:
        note(f"{clip.name} has random weights (--pretrained {RANDOM_WEIGHTS}): the scores say nothing about a trained model")

    accumulated = ScoreReport(clip.name, clip.pretrained, clip.precision, str(clip.device), text_only=text_only)
    encoder = ClipEncoder(clip, batch_size=batch_size, warn=note)
    scorer = Scorer(
        encoder,
        text_field=io.field,
        image_root=image_root,
        image_fields=(image_field,) if image_field else IMAGE_FIELDS,
        text_only=text_only,
        keep_hardest=keep_hardest,
        report=accumulated,
    )
    run_filter("score", io, scorer)

    note(accumulated.headline())
    Console(stderr=True).print(accumulated.table())
    if report is not None:
        try:
            Path(report).expanduser().write_text(json.dumps(accumulated.to_dict(), indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            note(f"cannot write report {report}: {exc}")
            sys.exit(1)
