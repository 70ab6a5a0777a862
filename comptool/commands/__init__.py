"""One module per command, each defining a click command named like the module.

Modules are found by name, so adding a command means adding a module here. Each is imported
only when its command is looked up, so `comptool parse` does not import the operators.
"""

from __future__ import annotations

import importlib
import pkgutil

NAMES = sorted(module.name for module in pkgutil.iter_modules(__path__) if not module.name.startswith("_"))


def load(name: str):
    """The click command of module ``name``."""
    return getattr(importlib.import_module(f"{__name__}.{name}"), name)
