"""What a job will cost, from what the document says before its create is sent: the one place the cap reads prices.

The document's prices (`x-pricing`, CONTRIBUTING) are read by `magic_hour._pricing.estimate`, the same reading the
sandbox charges by: outputs, characters of text and runs exactly, frames where the body sets the frame rate.
Operations whose price follows what only the input file or the render can tell (most video, priced by the frames
of the input) have no estimate here: the cap then uses the highest price their answers showed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _pricing
from ._jobs import generators


def estimate(module: str, body: Mapping[str, Any]) -> int | None:
    """Credits the create of `module` with `body` costs, as the document states; None if it cannot be known."""
    generator = generators().get(module)
    if generator is None:
        return None
    return _pricing.estimate(generator.method, generator.path, body)
