"""What the runtime reads of the API: written from openapi.yaml by scripts/generate; do not edit.

Every operation with its references followed (`catalog.json`; scripts/compiler/writers/catalog.py says why).
"""

import json
import os
from typing import Any

# Read through the package's own loader (zip installs included): importlib.resources would load its readers
# and zipfile on a process's first call.
_WHERE = os.path.join(os.path.dirname(__file__), "catalog.json")
DOCUMENT: dict[str, Any] = json.loads(__loader__.get_data(_WHERE))  # type: ignore[name-defined]
