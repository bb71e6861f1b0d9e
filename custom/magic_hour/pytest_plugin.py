"""Pytest fixtures for your own suite: ``def test_x(magic_hour_client): ...`` (or ``magic_hour_sandbox``).

Installed as a pytest plugin with the package. It lives outside `magic_hour.sandbox` and imports it only
when a test asks for a fixture, so pytest still starts where the sandbox extra is not installed. Both are fast
by default: the sandbox renders instantly and its clients poll every 10 ms, so a `generate()` takes a tenth of a
second, not the second a client polling the real API waits before its first look.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._client import Client
    from .sandbox import Sandbox


@pytest.fixture
def magic_hour_sandbox() -> Iterator[Sandbox]:
    """A running sandbox that renders instantly; stopped (and its storage removed) after the test.

    `magic_hour_sandbox.client()` is a Client for it that polls as fast as it renders.
    """
    from .sandbox import Sandbox

    with Sandbox(render_seconds=0) as sandbox:
        yield sandbox


@pytest.fixture
def magic_hour_client(magic_hour_sandbox: Sandbox) -> Iterator[Client]:
    """A Client pointed at `magic_hour_sandbox`, polling every 10 ms; closed after the test."""
    with magic_hour_sandbox.client() as client:
        yield client
