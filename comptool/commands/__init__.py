"""One module per command, each defining a click command named like the module.

Modules are found by name, so adding a command means adding a module here.
"""

from __future__ import annotations

import importlib
import pkgutil

COMMANDS = [
    getattr(importlib.import_module(f"{__name__}.{module.name}"), module.name)
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name)
    if not module.name.startswith("_")
]
