"""`comptool score` and comptool.score: exact scores, caching, fast text encoding, report, errors.

Everything runs on tiny open_clip models with random weights (tests/fixtures/clip), saved as
checkpoints in a session tmp dir: nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, jsonl, read_jsonl
from fixtures.clip import TINY, TINY_BIDIRECTIONAL, TINY_CUSTOM_TEXT, config_path, save_random_checkpoint

torch = pytest.importorskip("torch")
open_clip = pytest.importorskip("open_clip")
F = torch.nn.functional


@pytest.fixture(scope="session")
def checkpoints(tmp_path_factory):
    """name -> a random-weights checkpoint of that tiny model (fixed seed), built on first use."""
    folder = tmp_path_factory.mktemp("clip")
    built: dict[str, Path] = {}

    def get(name: str = TINY) -> Path:
        if name not in built:
            built[name] = save_random_checkpoint(name, folder / f"{name}.pt")
        return built[name]

    return get


@pytest.fixture(scope="session")
def images(tmp_path_factory):
    """A folder of small noise images of different sizes and modes: a.png, b.jpg, c.png."""
    import numpy as np
    from PIL import Image

    folder = tmp_path_factory.mktemp("images")
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 256, (40, 56, 3), dtype=np.uint8)).save(folder / "a.png")
    Image.fromarray(rng.integers(0, 256, (64, 48, 3), dtype=np.uint8)).save(folder / "b.jpg", quality=95)
    Image.fromarray(rng.integers(0, 256, (33, 33), dtype=np.uint8), mode="L").save(folder / "c.png")
    (folder / "broken.png").write_bytes(b"this is not an image")
    return folder


@pytest.fixture(scope="session")
def reference(checkpoints):
    """Direct open_clip: the same tiny model and preprocessing, no comptool code."""
    open_clip.add_model_config(config_path(TINY))
    model, _, preprocess = open_clip.create_model_and_transforms(TINY, pretrained=str(checkpoints(TINY)))
    model.eval()
    tokenizer = open_clip.get_tokenizer(TINY)

    class Reference:
        def image(self, path):
            from PIL import Image

            with torch.no_grad():
                pixels = preprocess(Image.open(path).convert("RGB")).unsqueeze(0)
                return F.normalize(model.encode_image(pixels), dim=-1)[0]

        def text(self, text):
            with torch.no_grad():
                return F.normalize(model.encode_text(tokenizer([text])), dim=-1)[0]

    return Reference()


def tiny_args(checkpoints, *extra):
    return ["score", "--model-config", str(config_path(TINY)), "--pretrained", str(checkpoints(TINY)), *extra]


def swap(kind="attribute", steps=1):
    return [{"op": "swap", "type": kind, "edits": []}] + [{"op": "add", "type": "object", "edits": []}] * (steps - 1)


SHARED_RECORDS = [
    # Records share images (a.png three times) and texts (captions and negatives recur).
    {"id": 1, "filename": "a.png", "caption": "a white cat and a black dog", "extra": {"k": [1, 2]},
     "negatives": [{"text": "a black cat and a white dog", "ops": swap()},
                   {"text": "a white dog and a black cat", "ops": swap("object", 2)}]},
    {"id": 2, "image": "b.jpg", "caption": "two red birds on a wire",
     "negatives": [{"text": "two birds on a red wire", "ops": swap()}]},
    {"id": 3, "filename": "a.png", "caption": "two red birds on a wire",
     "negatives": [{"text": "a black cat and a white dog", "ops": swap()}]},
    {"id": 4, "filename": "c.png", "caption": "a white cat and a black dog", "negatives": []},
    {"id": 5, "filename": "a.png", "caption": "a man riding a horse on the beach at sunset with a dog",
     "negatives": [{"text": "a horse riding a man on the beach at sunset with a dog", "ops": swap("object")}]},
]


def assert_close(actual: float, expected, tolerance: float) -> None:
    assert abs(actual - float(expected)) <= tolerance, (actual, float(expected))


# --------------------------------------------------------------------------- exact scores


def test_image_scores_equal_direct_open_clip(cli, checkpoints, images, reference):
    result = cli(tiny_args(checkpoints, "--image-root", str(images), "--batch-size", "2"), input=SHARED_RECORDS)
    assert result.exit_code == 0, result.stderr
    out = read_jsonl(result.stdout)
    assert [r["id"] for r in out] == [1, 2, 3, 4, 5]
    for record in out:
        image = reference.image(images / (record.get("filename") or record["image"]))
        assert_close(record["score"], reference.text(record["caption"]) @ image, 1e-4)
        for negative in record["negatives"]:
            assert_close(negative["score"], reference.text(negative["text"]) @ image, 1e-4)
            assert "text_sim" not in negative


def test_output_passes_unknown_keys_through_in_order(cli, checkpoints, images):
    record = {"z": 1, "filename": "a.png", "caption": "a cat", "nested": {"b": 2, "a": [None, 1.5]},
              "negatives": [{"text": "a dog", "mine": True, "ops": swap()}], "big": 2**70}
    result = cli(tiny_args(checkpoints, "--image-root", str(images)), input=[record])
    assert result.exit_code == 0, result.stderr
    (out,) = read_jsonl(result.stdout)
    assert list(out) == ["z", "filename", "caption", "nested", "negatives", "big", "score"]
    assert out["nested"] == record["nested"] and out["big"] == 2**70
    assert list(out["negatives"][0]) == ["text", "mine", "ops", "score"]


def test_text_only_equals_direct_open_clip_and_reads_no_image(cli, checkpoints, reference):
    records = [{k: v for k, v in r.items() if k not in ("filename", "image")} for r in SHARED_RECORDS]
    result = cli(tiny_args(checkpoints, "--text-only", "--batch-size", "3"), input=records)
    assert result.exit_code == 0, result.stderr
    out = read_jsonl(result.stdout)
    assert len(out) == len(records)
    for record in out:
        assert "score" not in record
        caption = reference.text(record["caption"])
        for negative in record["negatives"]:
            assert_close(negative["text_sim"], reference.text(negative["text"]) @ caption, 1e-4)
            assert "score" not in negative


def load_tiny(checkpoints, name=TINY):
    from comptool.models import load_clip

    return load_clip(pretrained=str(checkpoints(name)), model_config=config_path(name), device="cpu")


def test_each_distinct_text_and_image_is_encoded_once_across_chunks(checkpoints, images):
    from comptool.score import ClipEncoder, Scorer

    encoder = ClipEncoder(load_tiny(checkpoints), batch_size=2)
    scorer = Scorer(encoder, image_root=images, chunk_size=2, workers=2)  # records 1-2, 3-4, 5
    records = json.loads(json.dumps(SHARED_RECORDS))
    out = list(scorer(iter(records)))
    assert [r["id"] for r in out] == [1, 2, 3, 4, 5]
    texts = {r["caption"] for r in SHARED_RECORDS} | {n["text"] for r in SHARED_RECORDS for n in r["negatives"]}
    assert encoder.texts_encoded == len(texts) == 7
    assert encoder.images_encoded == 3
    # The same image and text give the same number wherever they recur.
    assert out[0]["negatives"][0]["score"] == out[2]["negatives"][0]["score"]


def test_a_small_cache_evicts_and_still_scores_right(checkpoints, images):
    from comptool.score import ClipEncoder, Scorer

    def run(**cache):
        encoder = ClipEncoder(load_tiny(checkpoints), batch_size=2, text_cache_size=cache.get("texts", 1000))
        scorer = Scorer(encoder, image_root=images, chunk_size=1, image_cache_size=cache.get("images", 1000))
        return list(scorer(iter(json.loads(json.dumps(SHARED_RECORDS))))), encoder

    roomy, roomy_encoder = run()
    tight, tight_encoder = run(texts=1, images=1)
    assert tight_encoder.images_encoded > roomy_encoder.images_encoded  # a.png came back after eviction
    for a, b in zip(roomy, tight):
        assert a["score"] == pytest.approx(b["score"], abs=1e-6)


# --------------------------------------------------------------------------- fast text encoding


TEXTS = [
    "a cat",
    "a white cat and a black dog sitting on a red sofa next to a window",
    "",
    "dog",
    " ".join(["a very long caption"] * 30),  # truncated by the tokenizer: its end-of-text is at 76
    "two birds on a wire",
    "a man riding a horse on the beach at sunset",
]


@pytest.mark.parametrize("name", [TINY, TINY_CUSTOM_TEXT])
def test_bucketed_text_encoding_equals_full_context(checkpoints, name):
    from comptool.score import CausalTextTower, ClipEncoder

    clip = load_tiny(checkpoints, name)
    tokens = clip.tokenizer(TEXTS[:4] + TEXTS[5:])  # no 77-token text: every batch is cut short
    tower = CausalTextTower.of(clip.model)
    assert tower is not None
    with torch.no_grad():
        full = clip.model.encode_text(tokens)
        prefix = tower.encode(tokens)
    assert tower.pooled_positions(tokens).max() + 1 < 20
    assert (prefix - full).abs().max() < 1e-5

    lengths = []
    encode = tower.encode
    tower.encode = lambda batch, length: lengths.append(length) or encode(batch, length)
    encoder = ClipEncoder(clip, batch_size=2)
    encoder.tower = tower
    all_tokens = clip.tokenizer(TEXTS)
    fast = encoder.encode_tokens(all_tokens)
    assert lengths == sorted(lengths) and lengths[-1] == 77 and lengths[0] <= 4  # bucketed by length
    assert (fast - F.normalize(clip.model.encode_text(all_tokens).detach(), dim=-1)).abs().max() < 1e-5


def test_bidirectional_text_tower_takes_the_full_path(checkpoints):
    from comptool.score import CausalTextTower, ClipEncoder

    clip = load_tiny(checkpoints, TINY_BIDIRECTIONAL)
    assert CausalTextTower.of(clip.model) is None
    encoder = ClipEncoder(clip, batch_size=3)
    assert encoder.tower is None
    tokens = clip.tokenizer(TEXTS)
    expected = F.normalize(clip.model.encode_text(tokens).detach(), dim=-1)
    assert (encoder.encode_tokens(tokens) - expected).abs().max() < 1e-5


# --------------------------------------------------------------------------- text tower without open_clip


def quick_gelu_config(tmp_path) -> Path:
    """comptool-tiny with QuickGELU (as OpenAI's weights use), registered under its own name."""
    config = json.loads(config_path(TINY).read_text())
    config["quick_gelu"] = True
    path = tmp_path / "comptool-tiny-quickgelu.json"
    path.write_text(json.dumps(config))
    return path


def open_clip_text(config: Path, checkpoint: Path, texts):
    open_clip.add_model_config(config)
    model = open_clip.create_model(config.stem, pretrained=str(checkpoint)).eval()
    with torch.no_grad():
        return model.encode_text(open_clip.get_tokenizer(config.stem)(texts))


@pytest.mark.parametrize("variant", ["classic", "custom-text", "quick-gelu"])
def test_text_only_tower_equals_open_clip(checkpoints, tmp_path, variant):
    from comptool.clip_text import TextTower
    from comptool.models import load_clip

    if variant == "quick-gelu":
        config = quick_gelu_config(tmp_path)
        open_clip.add_model_config(config)
        torch.manual_seed(1)
        checkpoint = tmp_path / "quick.pt"
        torch.save(open_clip.create_model(config.stem).state_dict(), checkpoint)
    else:
        name = TINY if variant == "classic" else TINY_CUSTOM_TEXT
        config, checkpoint = config_path(name), checkpoints(name)
    clip = load_clip(pretrained=str(checkpoint), model_config=config, device="cpu", text_only=True)
    assert isinstance(clip.model, TextTower) and clip.preprocess is None
    with torch.no_grad():
        ours = clip.model.encode_text(clip.tokenizer(TEXTS))
    assert (ours - open_clip_text(config, checkpoint, TEXTS)).abs().max() < 1e-5


def test_text_only_scoring_does_not_import_open_clip(checkpoints):
    # What makes --text-only quick to start: open_clip's import (torchvision, timm, torch._dynamo)
    # costs seconds per process; sympy (which torch's shape checks import on first use) a second.
    code = (
        "import json, sys\n"
        "from comptool.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(json.dumps(sorted(m for m in ('open_clip', 'torchvision', 'timm', 'torch._dynamo', 'sympy') if m in sys.modules)))\n"
    )
    records = jsonl([{"caption": "a white cat and a black dog", "negatives": [{"text": "a black cat and a white dog"}]}])
    result = subprocess.run([sys.executable, "-c", code, *tiny_args(checkpoints, "--text-only")], input=records,
                            capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert json.loads(result.stderr.strip().splitlines()[-1]) == [], result.stderr
    assert -1 <= read_jsonl(result.stdout)[0]["negatives"][0]["text_sim"] <= 1


def test_tokenizer_is_open_clips_own(checkpoints):
    from comptool.models import load_clip

    clip = load_clip(pretrained=str(checkpoints(TINY)), model_config=config_path(TINY), device="cpu", text_only=True)
    texts = TEXTS + ["Ein Hund &amp; eine Katze", "狗和猫", "a dog 🐕 on a   sofa\n", "A  RED car, parked.", "x" * 400]
    assert torch.equal(clip.tokenizer(texts), open_clip.get_tokenizer(TINY)(texts))


@pytest.mark.parametrize("case", ["bidirectional", "fp16", "random weights"])
def test_text_only_falls_back_to_open_clip_where_its_tower_does_not_apply(checkpoints, case):
    from comptool.clip_text import TextTower
    from comptool.models import load_clip

    name, pretrained, precision = TINY, str(checkpoints(TINY)), "fp32"
    if case == "bidirectional":
        name, pretrained = TINY_BIDIRECTIONAL, str(checkpoints(TINY_BIDIRECTIONAL))
    elif case == "fp16":
        precision = "fp16"
    else:
        pretrained = "none"
    clip = load_clip(pretrained=pretrained, model_config=config_path(name), device="cpu", precision=precision, text_only=True)
    assert not isinstance(clip.model, TextTower)
    assert isinstance(clip.model, (open_clip.CLIP, open_clip.CustomTextCLIP))


# --------------------------------------------------------------------------- report, ties, hardest


def test_report_counts_a_tie_as_wrong(cli, checkpoints, images, tmp_path):
    records = [
        {"filename": "a.png", "caption": "a cat on a mat",
         "negatives": [{"text": "a cat on a mat", "ops": swap()},  # same text: exactly equal scores
                       {"text": "a dog on a mat", "ops": [{"op": "replace", "type": "object"}]}]},
        {"filename": "b.jpg", "caption": "two birds", "negatives": [{"text": "three birds", "ops": swap("attribute", 3)}]},
    ]
    report_path = tmp_path / "report.json"
    result = cli(tiny_args(checkpoints, "--image-root", str(images), "--report", str(report_path)), input=records)
    assert result.exit_code == 0, result.stderr
    out = read_jsonl(result.stdout)
    assert out[0]["negatives"][0]["score"] == out[0]["score"]
    wins = [r["score"] > n["score"] for r in out for n in r["negatives"]]

    report = json.loads(report_path.read_text())
    assert report["model"] == TINY and report["precision"] == "fp32" and report["pretrained"] == str(checkpoints(TINY))
    assert report["records"] == 2 and report["pairs"] == 3 and report["ties"] == 1
    assert report["accuracy"] == pytest.approx(sum(wins) / 3)
    assert set(report["by_op"]) == {"swap:attribute", "replace:object"}
    assert report["by_op"]["swap:attribute"]["pairs"] == 2 and report["by_op"]["swap:attribute"]["ties"] == 1
    assert report["by_op"]["swap:attribute"]["accuracy"] == pytest.approx(wins[2] / 2)
    assert report["by_op"]["replace:object"]["accuracy"] == float(wins[1])
    assert {k: v["pairs"] for k, v in report["by_depth"].items()} == {"1": 2, "3": 1}
    assert "swap:attribute" in result.stderr and "depth 3" in result.stderr  # the table on stderr


def test_report_accumulator_on_given_scores():
    from comptool.score import ScoreReport

    report = ScoreReport("m", "p", "fp32")
    report.add({"score": 0.5, "negatives": [
        {"score": 0.5, "ops": swap()},  # tie: wrong
        {"score": 0.4, "ops": swap()},  # right
        {"score": 0.6, "ops": swap("object", 2)},  # wrong
        {"score": 0.1},  # no ops: unknown, depth 0
    ]})
    report.add({"score": 0.2})
    data = report.to_dict()
    assert (data["records"], data["pairs"], data["ties"]) == (2, 4, 1)
    assert data["accuracy"] == 0.5
    assert data["by_op"]["swap:attribute"] == {"pairs": 2, "accuracy": 0.5, "ties": 1, "mean_margin": pytest.approx(0.05)}
    assert data["by_op"]["swap:object"]["accuracy"] == 0.0
    assert data["by_op"]["unknown"]["accuracy"] == 1.0
    assert {k: v["pairs"] for k, v in data["by_depth"].items()} == {"0": 1, "1": 2, "2": 1}


def test_text_only_report_gives_mean_text_sim_not_accuracy(cli, checkpoints, tmp_path):
    report_path = tmp_path / "r.json"
    records = [{"caption": "a cat", "negatives": [{"text": "a dog", "ops": swap()}, {"text": "a cow", "ops": swap()}]}]
    result = cli(tiny_args(checkpoints, "--text-only", "--report", str(report_path)), input=records)
    assert result.exit_code == 0, result.stderr
    sims = [n["text_sim"] for n in read_jsonl(result.stdout)[0]["negatives"]]
    report = json.loads(report_path.read_text())
    assert report["mode"] == "text-only" and report["accuracy"] is None and report["ties"] is None
    assert report["pairs"] == 2 and report["mean_text_sim"] == pytest.approx(sum(sims) / 2)
    assert report["by_op"]["swap:attribute"]["mean_text_sim"] == pytest.approx(sum(sims) / 2)


@pytest.mark.parametrize("text_only", [False, True])
def test_keep_hardest_keeps_the_k_closest_negatives_in_order(cli, checkpoints, images, text_only, tmp_path):
    negatives = [{"text": t, "ops": swap()} for t in
                 ["a dog on a mat", "a cat under a mat", "a mat on a cat", "two cats", "a cat on a red mat"]]
    records = [{"filename": "a.png", "caption": "a cat on a mat", "negatives": negatives},
               {"filename": "b.jpg", "caption": "a bird", "negatives": negatives[:1]}]
    mode = ["--text-only"] if text_only else []
    key = "text_sim" if text_only else "score"
    common = tiny_args(checkpoints, "--image-root", str(images), *mode)
    everything = read_jsonl(cli(common, input=records).stdout)
    report_path = tmp_path / "r.json"
    result = cli([*common, "--keep-hardest", "2", "--report", str(report_path)], input=records)
    assert result.exit_code == 0, result.stderr
    hardest = read_jsonl(result.stdout)

    all_values = [n[key] for n in everything[0]["negatives"]]
    top_two = sorted(range(5), key=lambda i: -all_values[i])[:2]
    assert [n["text"] for n in hardest[0]["negatives"]] == [negatives[i]["text"] for i in sorted(top_two)]
    assert hardest[1]["negatives"] == everything[1]["negatives"]  # fewer than K: all kept
    assert json.loads(report_path.read_text())["pairs"] == 6  # the report sees every negative


# --------------------------------------------------------------------------- errors


MISSING_IMAGE_RECORDS = [
    {"id": 1, "filename": "a.png", "caption": "a cat", "negatives": [{"text": "a dog"}]},
    {"id": 2, "filename": "nowhere.png", "caption": "a cat", "negatives": [{"text": "a dog"}]},
    {"id": 3, "filename": "b.jpg", "caption": "a cat", "negatives": [{"text": "a dog"}]},
]


@pytest.mark.parametrize("on_error", ["fail", "skip", "keep"])
def test_missing_image_is_a_record_error(cli, checkpoints, images, on_error):
    missing = os.path.normpath(images / "nowhere.png")
    result = cli(tiny_args(checkpoints, "--image-root", str(images), "--on-error", on_error), input=MISSING_IMAGE_RECORDS)
    assert f"comptool score: <stdin>:2: image not found: {missing}" in result.stderr.splitlines()
    out = read_jsonl(result.stdout)
    if on_error == "fail":
        assert result.exit_code == 1
        assert [r["id"] for r in out] == [1]
    elif on_error == "skip":
        assert result.exit_code == 0
        assert [r["id"] for r in out] == [1, 3]
    else:
        assert result.exit_code == 0
        assert [r.get("id") for r in out] == [1, None, 3]
        assert out[1]["error"]["line"] == 2 and missing in out[1]["error"]["message"]
        assert json.loads(out[1]["error"]["input"])["id"] == 2


def test_unreadable_image_and_missing_image_field_are_record_errors(cli, checkpoints, images):
    records = [{"filename": "broken.png", "caption": "a cat"}, {"caption": "no image here"},
               {"filename": "c.png", "caption": "fine"}]
    result = cli(tiny_args(checkpoints, "--image-root", str(images), "--on-error", "keep"), input=records)
    assert result.exit_code == 0
    out = read_jsonl(result.stdout)
    assert "cannot read image" in out[0]["error"]["message"] and "broken.png" in out[0]["error"]["message"]
    assert "no image field 'filename' or 'image'" in out[1]["error"]["message"]
    assert "score" in out[2]


def test_image_field_names_the_key(cli, checkpoints, images):
    records = [{"img": "a.png", "filename": "nowhere.png", "caption": "a cat"}]
    result = cli(tiny_args(checkpoints, "--image-root", str(images), "--image-field", "img"), input=records)
    assert result.exit_code == 0, result.stderr
    assert "score" in read_jsonl(result.stdout)[0]


def test_cuda_out_of_memory_halves_the_batch_and_goes_on(checkpoints, images):
    from comptool.score import ClipEncoder, Scorer

    def run(batch_size, fail_above=None):
        clip = load_tiny(checkpoints)
        encode_image = clip.model.encode_image
        if fail_above is not None:
            def encode_image_or_oom(pixels, *args, **kwargs):
                if len(pixels) > fail_above:
                    raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
                return encode_image(pixels, *args, **kwargs)
            clip.model.encode_image = encode_image_or_oom
        warnings = []
        encoder = ClipEncoder(clip, batch_size=batch_size, warn=warnings.append)
        records = [{"filename": name, "caption": "a cat"} for name in ["a.png", "b.jpg", "c.png"] * 2]
        return [r["score"] for r in Scorer(encoder, image_root=images, chunk_size=6)(iter(records))], encoder, warnings

    expected, _, _ = run(8)
    scores, encoder, warnings = run(8, fail_above=1)
    assert scores == pytest.approx(expected, abs=1e-6)
    assert encoder.batch_size == 1
    assert warnings == [f"out of memory on cpu; continuing with batch size {size}" for size in (4, 2, 1)]


def test_bad_negatives_are_record_errors(cli, checkpoints):
    records = [{"caption": "a cat", "negatives": "a dog"}, {"caption": "a cat", "negatives": [{"txt": "a dog"}]}]
    result = cli(tiny_args(checkpoints, "--text-only", "--on-error", "skip"), input=records)
    assert result.exit_code == 0 and result.stdout == ""
    assert "<stdin>:1: 'negatives' must be a list" in result.stderr
    assert "<stdin>:2: negatives[0] must be an object with a string 'text'" in result.stderr


# --------------------------------------------------------------------------- model loading


def run_comptool(args, env=None, input=b"", timeout=120):
    env = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "comptool", *args], input=input, capture_output=True, env=env, timeout=timeout)
    return result, time.monotonic() - started


def test_offline_pretrained_tag_fails_fast_with_what_to_do(tmp_path):
    # An empty home and hub cache, and HF_HUB_OFFLINE: the default openai weights cannot be there.
    env = {"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf"), "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result, seconds = run_comptool(["score", "--text-only", "--pretrained", "openai"], env=env, input=jsonl([{"caption": "a cat"}]).encode())
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert seconds < 60
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert stderr.startswith("comptool score: pretrained weights ViT-B-32/openai are not cached and the network is unreachable")
    for advice in ("--pretrained PATH", "local-dir:PATH", "HF_HUB_OFFLINE=1"):
        assert advice in stderr
    assert result.stdout == b""


def test_unreachable_hub_is_detected_without_hf_hub_offline(monkeypatch, tmp_path):
    from huggingface_hub import constants

    import comptool.models as models

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setattr(models, "_reachable", lambda url, timeout: False)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path))  # nothing cached
    started = time.monotonic()
    with pytest.raises(models.ComptoolError, match="not cached and the network is unreachable; without network access"):
        models.load_clip("ViT-B-32", "laion2b_s34b_b79k", device="cpu")
    assert time.monotonic() - started < 10
    assert constants.HF_HUB_OFFLINE is False  # offline mode was only for the attempt


def test_reachability_probe_is_quick():
    from comptool.models import _reachable

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    try:
        assert _reachable(f"http://127.0.0.1:{port}", 2.0)
    finally:
        server.close()
    started = time.monotonic()
    assert not _reachable(f"http://127.0.0.1:{port}", 2.0)  # closed now: refused
    assert time.monotonic() - started < 2.5


def test_weights_errors_say_what_is_wrong(cli, checkpoints, tmp_path):
    config = str(config_path(TINY))
    result = cli(["score", "--model-config", config, "--text-only"], input="")
    assert result.exit_code == 1
    assert "comptool-tiny has no known pretrained weights: pass a checkpoint with --pretrained PATH" in result.stderr
    result = cli(["score", "--model-config", config, "--pretrained", "laion9000", "--text-only"], input="")
    assert result.exit_code == 1
    assert "--pretrained 'laion9000' is neither a checkpoint file nor a pretrained tag of comptool-tiny" in result.stderr
    result = cli(["score", "--model", "ViT-B-99", "--text-only"], input="")
    assert result.exit_code == 1 and "unknown model 'ViT-B-99'" in result.stderr
    wrong = save_random_checkpoint(TINY_BIDIRECTIONAL, tmp_path / "wrong.pt")
    result = cli(["score", "--model-config", config, "--pretrained", str(wrong), "--text-only"], input="")
    assert result.exit_code == 1 and f"cannot load weights {wrong} into comptool-tiny" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_device_flag(cli, checkpoints):
    from comptool.models import ComptoolError, resolve_device

    assert resolve_device("cpu").type == "cpu"
    assert resolve_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    with pytest.raises(ComptoolError, match="device must be auto, cpu, cuda or cuda:N"):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(ComptoolError, match="no CUDA device is available here; use --device cpu"):
            resolve_device("cuda:1")
    result = cli(tiny_args(checkpoints, "--device", "tpu"), input="")
    assert result.exit_code == 2 and "use auto, cpu, cuda or cuda:N" in result.stderr


def test_help_has_an_example_and_does_not_import_torch():
    code = (
        "import sys\n"
        "from comptool.cli import main\n"
        "try:\n    main(['score', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('TORCH' if 'torch' in sys.modules or 'open_clip' in sys.modules else 'NO TORCH')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("NO TORCH")
    assert "comptool score --text-only --keep-hardest 2" in result.stdout
    for flag in ("--model", "--pretrained", "--model-config", "--image-root", "--image-field", "--text-only",
                 "--batch-size", "--device", "--precision", "--report", "--keep-hardest", "--on-error"):
        assert flag in result.stdout


def test_checkpoint_files_of_every_kind_give_the_same_model(checkpoints, tmp_path):
    from safetensors.torch import save_file

    from comptool.models import load_clip
    from comptool.score import ClipEncoder

    state = torch.load(checkpoints(TINY), weights_only=True)
    legacy = tmp_path / "legacy.pt"  # not a zip archive: cannot be memory-mapped, open_clip loads it
    torch.save(state, legacy, _use_new_zipfile_serialization=False)
    wrapped = tmp_path / "wrapped.bin"  # a training checkpoint: {"state_dict": {"module.…": …}}
    torch.save({"state_dict": {f"module.{k}": v for k, v in state.items()}, "epoch": 3}, wrapped)
    folder = tmp_path / "folder"
    folder.mkdir()
    save_file(state, folder / "open_clip_model.safetensors")
    half = tmp_path / "half.pt"
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in state.items()}, half)

    def embed(path, text_only=False):
        clip = load_clip(pretrained=str(path), model_config=config_path(TINY), device="cpu", text_only=text_only)
        assert all(p.dtype == torch.float32 for p in clip.model.parameters())
        return ClipEncoder(clip).encode_tokens(clip.tokenizer(TEXTS))

    expected = embed(checkpoints(TINY))
    for text_only in (False, True):
        for path in (legacy, wrapped, folder):
            assert (embed(path, text_only) - expected).abs().max() < 1e-6, (path, text_only)
        assert (embed(half, text_only) - expected).abs().max() < 1e-2  # fp16-rounded weights, run in fp32


def test_amp_precision_runs_and_is_reported(cli, checkpoints, tmp_path, reference):
    report_path = tmp_path / "r.json"
    records = [{"caption": "a cat on a mat", "negatives": [{"text": "a mat on a cat"}]}]
    result = cli(tiny_args(checkpoints, "--text-only", "--precision", "amp", "--report", str(report_path)), input=records)
    assert result.exit_code == 0, result.stderr
    sim = read_jsonl(result.stdout)[0]["negatives"][0]["text_sim"]
    assert_close(sim, reference.text("a mat on a cat") @ reference.text("a cat on a mat"), 2e-2)
    assert json.loads(report_path.read_text())["precision"] == "amp"


def test_zip_checkpoints_take_the_mapped_path(checkpoints, tmp_path):
    # The fast loader must really run for ordinary checkpoints (a silent fallback would only be slow).
    from comptool.models import _create_mapped

    model, _ = _create_mapped(TINY, str(checkpoints(TINY)), torch.device("cpu"), {})
    state = torch.load(checkpoints(TINY), weights_only=True)
    assert all(torch.equal(value, model.state_dict()[key]) for key, value in state.items())
    legacy = tmp_path / "legacy.pt"
    torch.save(state, legacy, _use_new_zipfile_serialization=False)
    with pytest.raises(RuntimeError):
        _create_mapped(TINY, str(legacy), torch.device("cpu"), {})


def test_a_tag_brings_its_preprocessing_and_quick_gelu(monkeypatch):
    import comptool.models as models

    monkeypatch.setattr(models, "_fetch_tag_weights", lambda name, tag, cfg: f"/cache/{tag}.safetensors")
    path, options = models._resolve_weights("ViT-B-32", "openai")
    assert path == "/cache/openai.safetensors"
    assert options["force_quick_gelu"] is True  # OpenAI trained ViT-B-32 with QuickGELU
    assert options["image_mean"] == open_clip.OPENAI_DATASET_MEAN and options["image_resize_mode"] == "shortest"
    _, options = models._resolve_weights("ViT-B-32", "laion2b_s34b_b79k")
    assert "force_quick_gelu" not in options
