"""Benchmark: `comptool score --text-only` against a plain open_clip loop, as whole processes.

Both sides get the same 200 caption/negative texts (100 SugarCrepe swap-att pairs when
../shared/benchmarks/sugarcrepe is there, else generated captions) and the same ViT-B-32 weights:
random, drawn once with a fixed seed and saved as a checkpoint under .bench/ (reused by later runs).
The plain side is what one writes with open_clip alone: create_model_and_transforms with the
checkpoint, the tokenizer, encode_text in batches of 64 at the full 77-token context. Each side is
one `python` process, timed from start to exit; the runs alternate and the median counts. The
text_sim values of both sides must agree within 1e-4. The imports each side needs are timed
alone as well: the plain side imports open_clip, comptool's text-only path torch alone.

    .venv/bin/python tests/benchmarks/score_text_only.py [--runs 3] [--texts 200] [--device cpu]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUGARCREPE = ROOT.parent / "shared" / "benchmarks" / "sugarcrepe" / "swap_att.json"
MODEL = "ViT-B-32"

PLAIN_OPEN_CLIP = r"""
import json, sys
import torch, torch.nn.functional as F, open_clip

records_path, checkpoint, device, out_path = sys.argv[1:5]
model, _, _ = open_clip.create_model_and_transforms("ViT-B-32", pretrained=checkpoint, device=device)
model.eval()
tokenizer = open_clip.get_tokenizer("ViT-B-32")
records = [json.loads(line) for line in open(records_path)]
texts = [t for r in records for t in [r["caption"]] + [n["text"] for n in r["negatives"]]]
embeddings = []
with torch.no_grad():
    for start in range(0, len(texts), 64):
        tokens = tokenizer(texts[start:start + 64]).to(device)
        embeddings.append(F.normalize(model.encode_text(tokens), dim=-1).cpu())
embeddings = torch.cat(embeddings)
sims, row = [], 0
for r in records:
    caption = embeddings[row]
    sims += [float(embeddings[row + 1 + i] @ caption) for i in range(len(r["negatives"]))]
    row += 1 + len(r["negatives"])
json.dump(sims, open(out_path, "w"))
"""


def records_for(count: int) -> list[dict]:
    """count/2 records, each a caption with one negative."""
    pairs = count // 2
    if SUGARCREPE.is_file():
        data = json.loads(SUGARCREPE.read_text())
        chosen = [data[key] for key in list(data)[:pairs]]
        return [{"filename": r["filename"], "caption": r["caption"],
                 "negatives": [{"text": r["negative_caption"], "ops": [{"op": "swap", "type": "attribute"}]}]}
                for r in chosen]
    colours = ["red", "blue", "green", "white", "black", "yellow", "brown", "grey"]
    things = ["cat", "dog", "car", "chair", "bird", "boat", "table", "horse", "cup", "bench"]
    places = ["on a wooden table", "next to a window", "in a small kitchen", "near the beach at sunset", "under a tree"]
    records = []
    for i in range(pairs):
        a, b = colours[i % 8], colours[(i // 8) % 8 - 1]
        x, y = things[i % 10], things[(i // 10) % 10 - 3]
        place = places[i % 5]
        records.append({"caption": f"a {a} {x} and a {b} {y} {place}",
                        "negatives": [{"text": f"a {b} {x} and a {a} {y} {place}", "ops": [{"op": "swap", "type": "attribute"}]}]})
    return records


def random_checkpoint(python: str) -> Path:
    path = ROOT / ".bench" / "vit-b-32-random-seed0.pt"
    if not path.is_file():
        path.parent.mkdir(exist_ok=True)
        code = (
            "import sys, torch, open_clip\n"
            "torch.manual_seed(0)\n"
            f"torch.save(open_clip.create_model({MODEL!r}).state_dict(), sys.argv[1])\n"
        )
        subprocess.run([python, "-c", code, str(path) + ".tmp"], check=True, capture_output=True)
        os.replace(str(path) + ".tmp", path)
    return path


def timed(command: list[str], env: dict, stdin=None) -> tuple[float, float]:
    """Wall-clock and CPU (user + sys) seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()[-2000:]}")
    timed.last_stdout = result.stdout
    return seconds, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--threads", type=int, help="torch threads for both sides (OMP_NUM_THREADS); default: torch's choice")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if args.threads:
        env.update(OMP_NUM_THREADS=str(args.threads), MKL_NUM_THREADS=str(args.threads))

    checkpoint = random_checkpoint(args.python)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        records = records_for(args.texts)
        records_path = tmp / "records.jsonl"
        records_path.write_text("".join(json.dumps(r) + "\n" for r in records))
        texts = sum(1 + len(r["negatives"]) for r in records)
        plain_cmd = [args.python, "-c", PLAIN_OPEN_CLIP, str(records_path), str(checkpoint), args.device, str(tmp / "plain.json")]
        ours_cmd = [args.python, "-m", "comptool", "score", "--text-only", "--model", MODEL, "--pretrained", str(checkpoint),
                    "--device", args.device, "--batch-size", "64"]

        # What each side imports before any work: comptool's text-only path imports torch, not open_clip.
        open_clip_import_cmd = [args.python, "-c", "import torch, open_clip"]
        torch_import_cmd = [args.python, "-c", "import torch"]
        plain_runs, ours_runs, open_clip_imports, torch_imports = [], [], [], []
        for _ in range(args.runs):  # alternate, so both sides see the same machine load
            open_clip_imports.append(timed(open_clip_import_cmd, env))
            torch_imports.append(timed(torch_import_cmd, env))
            plain_runs.append(timed(plain_cmd, env))
            with open(records_path, "rb") as stdin:
                ours_runs.append(timed(ours_cmd, env, stdin=stdin))
            ours_out = timed.last_stdout

        plain_sims = json.loads((tmp / "plain.json").read_text())
        ours_sims = [n["text_sim"] for line in ours_out.decode().splitlines() for n in json.loads(line)["negatives"]]
        difference = max(abs(a - b) for a, b in zip(plain_sims, ours_sims))
        if len(plain_sims) != len(ours_sims) or difference > 1e-4:
            sys.exit(f"text_sim differs: {len(plain_sims)} vs {len(ours_sims)} values, max difference {difference:.2e}")

    def median(runs, index):
        return statistics.median(run[index] for run in runs)

    plain, ours = median(plain_runs, 0), median(ours_runs, 0)
    threads = args.threads or "default"
    print(f"{texts} texts ({len(records)} records), {MODEL} random weights, {args.device}, {os.cpu_count()} CPUs, "
          f"threads {threads}, load average {os.getloadavg()[0]:.1f}, median of {args.runs} runs (wall s / cpu s)")
    for label, runs in (("plain open_clip (batches of 64, full context)", plain_runs), ("comptool score --text-only", ours_runs),
                        ("python -c 'import torch, open_clip'", open_clip_imports),
                        ("python -c 'import torch'", torch_imports)):
        detail = ", ".join(f"{wall:.2f}/{cpu:.2f}" for wall, cpu in runs)
        print(f"{label:46} {median(runs, 0):6.2f} s wall {median(runs, 1):6.2f} s cpu   runs: {detail}")
    print(f"text_sim agree within {difference:.1e}")
    print(f"speed-up: {plain / ours:.2f}x wall, {median(plain_runs, 1) / median(ours_runs, 1):.2f}x cpu")
    plain_work = plain - median(open_clip_imports, 0)
    ours_work = ours - median(torch_imports, 0)
    print(f"speed-up beyond each side's imports (open_clip's / torch's): {plain_work / ours_work:.2f}x wall")


if __name__ == "__main__":
    main()
