"""What the runtime reads of the API: written from openapi.yaml by scripts/generate; do not edit.

Every operation with its references followed (`catalog.json`; scripts/lib/catalog_writer.py says why).
"""

import json
from importlib import resources
from typing import Any

DOCUMENT: dict[str, Any] = json.loads(resources.files(__package__).joinpath("catalog.json").read_bytes())
