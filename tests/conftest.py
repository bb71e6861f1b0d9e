"""Shared fixtures: sample media, a running sandbox and clients pointed at it."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from magic_hour import AsyncClient, Client, RetryPolicy
from magic_hour.sandbox import Sandbox
from magic_hour.sandbox.samples import make_portrait_png, make_speech_wav

from ._postgres import postgres_server, postgres_url  # noqa: F401  (a real PostgreSQL, for the batch journal)

#: Clients made without a poll interval (the CLI in process and in subprocesses, the examples of the docs) poll
#: the sandbox as the fixtures' clients do: at the default 1 s, every command that waits for a render of 0 s
#: waited a second on the clock (about 60 tests). A test about the interval itself sets its own.
os.environ.setdefault("MAGIC_HOUR_POLL_INTERVAL", "0.02")

TOKEN = "test-token-5f3a9c"
#: Retries as in production, but with millisecond backoff so fault tests stay fast.
FAST_RETRY = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.05)


@pytest.fixture
def ctrl_c_raises() -> Iterator[None]:
    """Ctrl-C (SIGINT) raises KeyboardInterrupt in this process and in those the test starts, as in a terminal,
    even when the suite was started with it ignored (`scripts/test &` from a script): an ignored signal stays
    ignored across exec, a handler does not (the new program starts with the default)."""
    saved = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, saved)


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("samples")
    return {
        "image": make_portrait_png(folder / "face.png", size=64),
        "audio": make_speech_wav(folder / "speech.wav", seconds=2.0, rate=8000),
    }


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small sample of each asset type, by asset type: an image, a 3 s voice clip and a 3 s video."""
    from magic_hour.sandbox._render import render_video

    folder = tmp_path_factory.mktemp("media")
    image = make_portrait_png(folder / "face.png", size=64)
    audio = make_speech_wav(folder / "speech.wav", seconds=3.0, rate=8000)
    video = render_video(folder / "clip.mp4", seconds=3.0, image=image, audio=audio).path
    return {"image": image, "audio": audio, "video": video}


@pytest.fixture
def assets(samples: dict[str, Path]) -> dict[str, str]:
    return {"image_file_path": str(samples["image"]), "audio_file_path": str(samples["audio"])}


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(render_seconds=0) as running:
        yield running


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Client]:
    with Client(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, retry=FAST_RETRY, timeout=10) as c:
        yield c


@pytest.fixture
async def aclient(sandbox: Sandbox) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(TOKEN, base_url=sandbox.base_url, poll_interval=0.02, retry=FAST_RETRY, timeout=10) as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the fault matrix (client x stage x fault -> outcome, projects created) when it ran."""
    test_faults = sys.modules.get(f"{__package__}.test_faults") if __package__ else None
    if test_faults is None or not test_faults.MATRIX:
        return
    terminalreporter.section("fault matrix: generate() under injected faults")
    terminalreporter.write_line(f"{'client':<7} {'stage':<12} {'fault':<12} {'outcome':<22} projects created")
    for mode, stage, kind, outcome, created in sorted(test_faults.MATRIX):
        terminalreporter.write_line(f"{mode:<7} {stage:<12} {kind:<12} {outcome:<22} {created}")
