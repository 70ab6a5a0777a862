#!/usr/bin/env bash
# Throughput of comptool's CLIP scoring against the plain open_clip loop: images/s and texts/s
# for ViT-B-32 and ViT-L-14 (random weights: no download), on a CUDA GPU.
#
#   tests/benchmarks/score_gpu.sh
#
# The plain loop is what one writes with open_clip alone: PIL-open and preprocess each image in
# turn, stack a batch, encode_image; tokenize a batch, encode_text at the full 77-token context.
# comptool runs its Scorer: images decoded in worker threads while the GPU works, texts bucketed
# by length. Both use the same model object, batch size, precision and synthetic inputs (640x480
# JPEGs, distinct captions); the script checks that their embeddings agree.
#
# Settings (environment):
#   COMPTOOL_BENCH_DEVICE     cuda (default), cuda:N or cpu
#   COMPTOOL_BENCH_MODELS     "ViT-B-32 ViT-L-14"
#   COMPTOOL_BENCH_PRECISION  amp on CUDA, fp32 on CPU
#   COMPTOOL_BENCH_BATCH      256
#   COMPTOOL_BENCH_IMAGES     2048 distinct images
#   COMPTOOL_BENCH_TEXTS      8192 distinct texts
#   PYTHON                    .venv/bin/python if there, else python3
#
# A CPU smoke check of the script itself (seconds, numbers meaningless):
#   COMPTOOL_BENCH_DEVICE=cpu COMPTOOL_BENCH_MODELS=ViT-B-32 COMPTOOL_BENCH_IMAGES=16 \
#     COMPTOOL_BENCH_TEXTS=64 COMPTOOL_BENCH_BATCH=16 tests/benchmarks/score_gpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
exec "$PYTHON" - <<'PY'
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from comptool.models import load_clip
from comptool.score import ClipEncoder, Scorer

DEVICE = os.environ.get("COMPTOOL_BENCH_DEVICE", "cuda")
MODELS = os.environ.get("COMPTOOL_BENCH_MODELS", "ViT-B-32 ViT-L-14").split()
PRECISION = os.environ.get("COMPTOOL_BENCH_PRECISION") or ("fp32" if DEVICE == "cpu" else "amp")
BATCH = int(os.environ.get("COMPTOOL_BENCH_BATCH", "256"))
IMAGES = int(os.environ.get("COMPTOOL_BENCH_IMAGES", "2048"))
TEXTS = int(os.environ.get("COMPTOOL_BENCH_TEXTS", "8192"))
SUGARCREPE = Path("..", "shared", "benchmarks", "sugarcrepe")

if DEVICE.startswith("cuda") and not torch.cuda.is_available():
    sys.exit(f"score_gpu.sh: COMPTOOL_BENCH_DEVICE={DEVICE} but torch sees no CUDA device "
             "(COMPTOOL_BENCH_DEVICE=cpu runs a smoke check)")


def synchronize():
    if DEVICE.startswith("cuda"):
        torch.cuda.synchronize()


def make_images(folder: Path, count: int) -> list[str]:
    """count distinct 640x480 JPEGs: smooth random colour fields with noise, like photos in size."""
    def one(i: int) -> str:
        rng = np.random.default_rng(i)
        small = Image.fromarray(rng.integers(0, 256, (12, 16, 3), dtype=np.uint8)).resize((640, 480), Image.BICUBIC)
        pixels = np.asarray(small, dtype=np.int16) + rng.integers(-20, 21, (480, 640, 3))
        path = folder / f"{i:06d}.jpg"
        Image.fromarray(pixels.clip(0, 255).astype(np.uint8)).save(path, quality=90)
        return str(path)
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        return list(pool.map(one, range(count)))


def make_texts(count: int) -> list[str]:
    texts: dict[str, None] = {}
    for file in sorted(SUGARCREPE.glob("*.json")) if SUGARCREPE.is_dir() else []:
        for record in json.loads(file.read_text()).values():
            texts[record["caption"]] = texts[record["negative_caption"]] = None
    words = "a the red blue small large wooden cat dog man woman bike car on under next to near holding riding table street".split()
    rng = np.random.default_rng(0)
    while len(texts) < count:
        texts[" ".join(rng.choice(words, rng.integers(5, 22)))] = None
    return list(texts)[:count]


def autocast(clip):
    if PRECISION.startswith("amp"):
        half = torch.bfloat16 if "bf16" in PRECISION or clip.device.type != "cuda" else torch.float16
        return torch.autocast(clip.device.type, dtype=half)
    return torch.autocast(clip.device.type, enabled=False)


def plain_images(clip, paths):
    from open_clip import get_input_dtype
    dtype = get_input_dtype(PRECISION)
    out = []
    with torch.no_grad(), autocast(clip):
        for start in range(0, len(paths), BATCH):
            batch = torch.stack([clip.preprocess(Image.open(p).convert("RGB")) for p in paths[start:start + BATCH]])
            batch = batch.to(clip.device, dtype=dtype) if dtype else batch.to(clip.device)
            out.append(F.normalize(clip.model.encode_image(batch).float(), dim=-1).cpu())
    return torch.cat(out)


def plain_texts(clip, texts):
    out = []
    with torch.no_grad(), autocast(clip):
        for start in range(0, len(texts), BATCH):
            tokens = clip.tokenizer(texts[start:start + BATCH]).to(clip.device)
            out.append(F.normalize(clip.model.encode_text(tokens).float(), dim=-1).cpu())
    return torch.cat(out)


def comptool_images(clip, paths):
    """Scores of one shared caption against every image: the image side of `comptool score`."""
    records = [{"filename": p, "caption": "a photo"} for p in paths]
    return [r["score"] for r in Scorer(ClipEncoder(clip, batch_size=BATCH))(iter(records))]


def comptool_texts(clip, texts):
    """text_sim of caption/negative pairs: `comptool score --text-only` on distinct texts."""
    records = [{"caption": texts[i], "negatives": [{"text": texts[i + 1]}]} for i in range(0, len(texts) - 1, 2)]
    return [r["negatives"][0]["text_sim"] for r in Scorer(ClipEncoder(clip, batch_size=BATCH), text_only=True)(iter(records))]


def timed(function, *args):
    synchronize()
    started = time.perf_counter()
    result = function(*args)
    synchronize()
    return result, time.perf_counter() - started


with tempfile.TemporaryDirectory() as tmp:
    started = time.perf_counter()
    paths = make_images(Path(tmp), IMAGES)
    texts = make_texts(TEXTS)
    texts = texts[: len(texts) // 2 * 2]  # caption/negative pairs
    name = torch.cuda.get_device_name(DEVICE) if DEVICE.startswith("cuda") else f"cpu ({os.cpu_count()} cores)"
    print(f"# {name}, precision {PRECISION}, batch {BATCH}, {len(paths)} images, {len(texts)} texts, "
          f"torch {torch.__version__} (inputs made in {time.perf_counter() - started:.1f} s)")
    print(f"{'model':10} {'plain img/s':>12} {'comptool img/s':>15} {'x':>6} {'plain txt/s':>12} {'comptool txt/s':>15} {'x':>6}  agreement")
    for model in MODELS:
        clip = load_clip(model, "none", device=DEVICE, precision=PRECISION)
        warm = min(len(paths), BATCH)
        plain_images(clip, paths[:warm]); comptool_images(clip, paths[:warm])  # CUDA/cuBLAS start-up
        plain_texts(clip, texts[:warm]); comptool_texts(clip, texts[:warm])

        plain_image_embeddings, plain_image_s = timed(plain_images, clip, paths)
        image_scores, comptool_image_s = timed(comptool_images, clip, paths)
        plain_text_embeddings, plain_text_s = timed(plain_texts, clip, texts)
        text_sims, comptool_text_s = timed(comptool_texts, clip, texts)

        caption = plain_texts(clip, ["a photo"])[0]
        image_gap = (plain_image_embeddings @ caption - torch.tensor(image_scores)).abs().max().item()
        pairs = plain_text_embeddings[: len(text_sims) * 2].view(-1, 2, plain_text_embeddings.shape[-1])
        text_gap = ((pairs[:, 0] * pairs[:, 1]).sum(-1) - torch.tensor(text_sims)).abs().max().item()
        print(f"{model:10} {len(paths) / plain_image_s:12.1f} {len(paths) / comptool_image_s:15.1f} "
              f"{plain_image_s / comptool_image_s:6.2f} {len(texts) / plain_text_s:12.1f} "
              f"{len(texts) / comptool_text_s:15.1f} {plain_text_s / comptool_text_s:6.2f}  "
              f"max |diff| image {image_gap:.1e}, text {text_gap:.1e}")
        del clip
        if DEVICE.startswith("cuda"):
            torch.cuda.empty_cache()
PY
