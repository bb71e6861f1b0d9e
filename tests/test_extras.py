"""The `aiohttp` extra: loaded only when DefaultAioHttpClient is named, and a clear error without it."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)


def test_importing_the_sdk_does_not_import_aiohttp() -> None:
    result = _run("import sys, magic_hour; from magic_hour import Client, AsyncClient; print('aiohttp' in sys.modules)")
    assert result.returncode == 0 and result.stdout.strip() == "False", result.stderr


def test_default_aiohttp_client_is_an_httpx_client_on_aiohttp() -> None:
    result = _run(
        "import httpx, magic_hour; from magic_hour import DefaultAioHttpClient as D; "
        "print(issubclass(D, httpx.AsyncClient), D.__module__, D.__qualname__, magic_hour.DefaultAioHttpClient is D)"
    )
    assert result.stdout.split() == ["True", "magic_hour", "DefaultAioHttpClient", "True"], result.stderr


def test_without_the_extra_the_error_names_what_to_install() -> None:
    result = _run(
        "import sys; sys.modules['httpx_aiohttp'] = None\n"
        "from magic_hour import DefaultAioHttpClient\n"
        "try:\n    DefaultAioHttpClient()\nexcept RuntimeError as error:\n    print(error)\n"
    )
    assert result.returncode == 0 and "pip install 'magic-hour-sdk[aiohttp]'" in result.stdout, result.stderr
