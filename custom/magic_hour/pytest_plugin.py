"""A pytest fixture for your own suite: ``def test_x(magic_hour_sandbox): ...``.

Installed as a pytest plugin with the package. It lives outside `magic_hour.sandbox` and imports it only
when a test asks for the fixture, so pytest still starts where the sandbox extra is not installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .sandbox import Sandbox


@pytest.fixture
def magic_hour_sandbox() -> Iterator[Sandbox]:
    """A running sandbox that renders instantly; stopped (and its storage removed) after the test."""
    from .sandbox import Sandbox

    with Sandbox(render_seconds=0) as sandbox:
        yield sandbox
