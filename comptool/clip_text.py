"""A CLIP text tower in plain torch, so that `score --text-only` need not import open_clip.

Importing open_clip imports torchvision and timm, and with them torch._dynamo: 2 to 4 seconds of
every process, more than a text-only run over a few hundred texts spends on the model. For the
classic CLIP text transformer this module builds the text tower alone from open_clip's own JSON
config, reads only its weights from a local checkpoint (memory-mapped), and tokenizes with
open_clip's own tokenizer module, loaded from its file without the package around it.

"Classic" is narrow on purpose: a causal mask, pooling at the end-of-text token (the highest
token id), plain pre-norm blocks (nn.MultiheadAttention, GELU or QuickGELU) and a projection
matrix, in fp32 weights. :func:`load_text_tower` returns None for anything else (pretrained tags,
Hugging Face towers, SigLIP, CoCa, layer scale, custom blocks, pure half precision, a checkpoint
whose text weights do not fit), and the caller loads the whole model through open_clip. The
layers are open_clip's, in the same order with the same parameter names, so a checkpoint loads
strictly and the embeddings equal open_clip's (tests/test_score.py compares them).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable

import torch
import torch.nn.functional as F
from torch import nn

# text_cfg keys the classic tower may carry, with a test of the value it must have
# (open_clip's CLIPTextCfg defaults for everything that changes the computation).
_TEXT_CFG = {
    "context_length": lambda v: isinstance(v, int) and v > 1,
    "vocab_size": lambda v: isinstance(v, int) and v > 0,
    "width": lambda v: isinstance(v, int) and v > 0,
    "heads": lambda v: isinstance(v, int) and v > 0,
    "layers": lambda v: isinstance(v, int) and v > 0,
    "mlp_ratio": lambda v: isinstance(v, (int, float)) and v > 0,
    "pool_type": lambda v: v == "argmax",
    "pad_id": lambda v: v == 0,
    "eos_id": lambda v: True,  # read only by 'eos' pooling
    "proj_type": lambda v: v == "linear",
    "proj_bias": lambda v: not v,
    "no_causal_mask": lambda v: not v,
    "embed_cls": lambda v: not v,
    "final_ln_after_pool": lambda v: not v,
    "output_tokens": lambda v: not v,
    "ls_init_value": lambda v: v is None,
    "act_kwargs": lambda v: not v,
    "norm_kwargs": lambda v: not v,
    "tokenizer_kwargs": lambda v: not v,
    "hf_tokenizer_name": lambda v: not v,
    "hf_model_name": lambda v: not v,
    "block_type": lambda v: v in (None, "default"),
}
# Top-level config keys that leave the text tower as it is.
_TOP_LEVEL = {"embed_dim", "vision_cfg", "text_cfg", "quick_gelu", "custom_text", "init_logit_scale", "init_logit_bias"}
# Precisions whose weights stay fp32 ("amp*" adds autocast, which the encoder applies).
_FP32_WEIGHTS = ("fp32", "amp", "amp_bf16")


class LayerNorm(nn.LayerNorm):
    """LayerNorm that returns its input's dtype (as open_clip's does under autocast)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps).to(x.dtype)


class QuickGELU(nn.Module):
    """The GELU approximation OpenAI's CLIP weights were trained with."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.sigmoid(1.702 * x)


class Block(nn.Module):
    """One pre-norm transformer block; parameter names as open_clip's ResidualAttentionBlock."""

    def __init__(self, width: int, heads: int, mlp_width: int, activation: Callable[[], nn.Module], device=None):
        super().__init__()
        self.ln_1 = LayerNorm(width, device=device)
        self.attn = nn.MultiheadAttention(width, heads, batch_first=True, device=device)
        self.ln_2 = LayerNorm(width, device=device)
        self.mlp = nn.Sequential(OrderedDict([
            ("c_fc", nn.Linear(width, mlp_width, device=device)),
            ("gelu", activation()),
            ("c_proj", nn.Linear(mlp_width, width, device=device)),
        ]))

    def forward(self, x: torch.Tensor, attn_mask: torch.Tensor) -> torch.Tensor:
        normed = self.ln_1(x)  # one tensor as query, key and value: attention's packed projection
        x = x + self.attn(normed, normed, normed, need_weights=False, attn_mask=attn_mask.to(x.dtype))[0]
        return x + self.mlp(self.ln_2(x))

    def forward_at(self, x: torch.Tensor, attn_mask: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """The block's output at one position per text, ``(batch, width)``: what the last block
        must give, since only the pooled position is read. Each position attends through its own
        row of the causal mask; the other rows' queries and MLP are skipped."""
        rows = torch.arange(x.shape[0], device=x.device)
        normed = self.ln_1(x)
        query = normed[rows, positions].unsqueeze(1)
        # One mask row per text and head, as attention takes a 3-d mask. (Not key_padding_mask:
        # torch checks that one with a helper whose first call imports sympy, about a second.)
        mask = attn_mask[positions].to(x.dtype).repeat_interleave(self.attn.num_heads, dim=0).unsqueeze(1)
        h = x[rows, positions].unsqueeze(1) + self.attn(query, normed, normed, need_weights=False, attn_mask=mask)[0]
        return (h + self.mlp(self.ln_2(h))).squeeze(1)


class _Blocks(nn.Module):
    def __init__(self, blocks: list[Block]):
        super().__init__()
        self.resblocks = nn.ModuleList(blocks)


class TextTower(nn.Module):
    """The CLIP text encoder: token and position embeddings, causal blocks, final norm, projection.

    :meth:`encode` may stop at any length past the last end-of-text token: with a causal mask no
    position sees a later one, so the pooled features are those of the full context (the same
    contract as :class:`comptool.score.CausalTextTower`, which wraps open_clip's towers).
    """

    def __init__(self, *, context_length: int, vocab_size: int, width: int, heads: int, layers: int,
                 mlp_ratio: float, embed_dim: int, quick_gelu: bool, device=None):
        super().__init__()
        activation = QuickGELU if quick_gelu else nn.GELU
        self.context_length = context_length
        self.token_embedding = nn.Embedding(vocab_size, width, device=device)
        self.positional_embedding = nn.Parameter(torch.empty(context_length, width, device=device))
        blocks = [Block(width, heads, int(width * mlp_ratio), activation, device) for _ in range(layers)]
        self.transformer = _Blocks(blocks)
        self.ln_final = LayerNorm(width, device=device)
        self.text_projection = nn.Parameter(torch.empty(width, embed_dim, device=device))
        # Made on the CPU even for a meta-device build: small, not in checkpoints, moved by .to().
        self.register_buffer("attn_mask", _causal_mask(context_length), persistent=False)

    def pooled_positions(self, tokens: torch.Tensor) -> torch.Tensor:
        """Each text's end-of-text position: its highest token id, as open_clip pools."""
        return tokens.argmax(dim=-1)

    def encode(self, tokens: torch.Tensor, length: int | None = None) -> torch.Tensor:
        """Unnormalised features of ``tokens[:, :length]`` (default: up to the last end-of-text)."""
        positions = self.pooled_positions(tokens)
        length = prefix_length(positions, length)
        tokens = tokens[:, :length]
        x = self.token_embedding(tokens) + self.positional_embedding[:length]
        mask = self.attn_mask[:length, :length]
        *blocks, last = self.transformer.resblocks
        for block in blocks:
            x = block(x, mask)
        return self.ln_final(last.forward_at(x, mask, positions)) @ self.text_projection

    def encode_text(self, tokens: torch.Tensor) -> torch.Tensor:
        """Features over the whole context, as open_clip's ``encode_text``."""
        return self.encode(tokens, tokens.shape[1])


def prefix_length(positions: torch.Tensor, length: int | None) -> int:
    """How far a causal tower must run for texts pooled at ``positions``: ``length``, checked to
    keep every pooled position, or (None) up to the last one."""
    last = int(positions.max())
    if length is None:
        return last + 1
    if last >= length:
        raise ValueError(f"length {length} cuts off a pooled position ({last})")
    return length


def _causal_mask(size: int) -> torch.Tensor:
    return torch.full((size, size), float("-inf")).triu_(1)


# --------------------------------------------------------------------------- loading


def open_clip_folder() -> Path | None:
    """Where the open_clip package lies, found without importing it."""
    spec = importlib.util.find_spec("open_clip")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def builtin_config(name: str) -> dict | None:
    """open_clip's JSON config of a model name, read from the package's model_configs folder."""
    import json

    folder = open_clip_folder()
    path = folder / "model_configs" / f"{name}.json" if folder and "/" not in name else None
    if path is None or not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def classic_text_config(name: str, config: dict) -> dict | None:
    """The tower's sizes when ``config`` describes a classic CLIP text tower, else None."""
    text = config.get("text_cfg")
    if not isinstance(text, dict) or "siglip" in name.lower() or set(config) - _TOP_LEVEL:
        return None
    if any(key not in _TEXT_CFG or not _TEXT_CFG[key](value) for key, value in text.items()):
        return None
    embed_dim = config.get("embed_dim")
    if not isinstance(embed_dim, int):
        return None
    return {
        "context_length": text.get("context_length", 77),
        "vocab_size": text.get("vocab_size", 49408),
        "width": text.get("width", 512),
        "heads": text.get("heads", 8),
        "layers": text.get("layers", 12),
        "mlp_ratio": text.get("mlp_ratio", 4.0),
        "embed_dim": embed_dim,
        "quick_gelu": bool(config.get("quick_gelu", False)),
    }


def load_text_tower(name: str, config: dict, checkpoint: str, precision: str, device) -> tuple[TextTower, Callable] | None:
    """The text tower of ``name`` with the checkpoint's weights, and its tokenizer; or None when
    this model, file or precision needs open_clip's own loading (see the module docstring)."""
    sizes = classic_text_config(name, config)
    if sizes is None or precision not in _FP32_WEIGHTS:
        return None
    state = _text_state(checkpoint, custom_text=bool(config.get("custom_text")))
    tokenizer = _tokenizer(sizes["context_length"])
    if state is None or tokenizer is None:
        return None
    from comptool.models import skip_weight_init

    # Built on the meta device without initialisation: no memory, no random weights (every
    # parameter comes from the file), and no torch._dynamo, which initialising meta tensors imports.
    with skip_weight_init(True):
        tower = TextTower(**sizes, device="meta")
    try:
        tower.load_state_dict(state, strict=True, assign=True)
    except RuntimeError:  # other names or shapes: open_clip's loader says what is wrong
        return None
    if any(p.dtype != torch.float32 for p in tower.parameters()):
        tower.float()  # an fp16/bf16 file: assigned tensors kept its dtype
    return tower.to(device).eval(), tokenizer


def _text_state(checkpoint: str, custom_text: bool) -> dict[str, torch.Tensor] | None:
    """The text tower's tensors of a checkpoint, under TextTower's names; None when unreadable here.

    The file is opened as open_clip's ``load_state_dict`` opens it (a ``state_dict`` entry,
    ``module.`` prefixes); a CustomTextCLIP keeps its tower under ``text.``.
    """
    try:
        if checkpoint.endswith(".safetensors"):
            from safetensors.torch import load_file

            loaded: Any = load_file(checkpoint, device="cpu")
        else:
            loaded = torch.load(checkpoint, map_location="cpu", weights_only=True, mmap=True)
    except Exception:  # legacy or TorchScript archives, pickles that need code: open_clip loads those
        return None
    if isinstance(loaded, dict) and isinstance(loaded.get("state_dict"), dict):
        loaded = loaded["state_dict"]
    if not isinstance(loaded, dict) or not loaded:
        return None
    if next(iter(loaded)).startswith("module"):
        loaded = {key[len("module."):]: value for key, value in loaded.items()}
    prefix = "text." if custom_text and "text.token_embedding.weight" in loaded else ""
    names = ("token_embedding.", "positional_embedding", "transformer.", "ln_final.", "text_projection")
    return {key[len(prefix):]: value for key, value in loaded.items()
            if key.startswith(prefix) and key[len(prefix):].startswith(names)}


def _tokenizer(context_length: int) -> Callable | None:
    """open_clip's ``tokenize`` (its SimpleTokenizer), from the module file alone (the package
    would import torchvision)."""
    import functools

    module = _open_clip_module("tokenizer")
    if module is None or not callable(getattr(module, "tokenize", None)):
        return None
    return functools.partial(module.tokenize, context_length=context_length)


def _open_clip_module(name: str):
    """One self-contained module file of open_clip, loaded on its own (once per process)."""
    alias = f"comptool._open_clip_{name}"
    if alias in sys.modules:
        return sys.modules[alias]
    folder = open_clip_folder()
    path = folder / f"{name}.py" if folder else None
    if path is None or not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(alias, path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception:  # a future open_clip whose tokenizer needs the package: use the package
        return None
    sys.modules[alias] = module
    return module
