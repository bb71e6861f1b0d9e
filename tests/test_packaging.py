"""The library stays light: importing it (or loading its pytest plugin) needs none of the sandbox extras."""

from __future__ import annotations

import subprocess
import sys

WITHOUT_EXTRAS = "import sys\nfor name in ('jsonschema', 'imageio_ffmpeg'):\n    sys.modules[name] = None\n"


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", WITHOUT_EXTRAS + code], capture_output=True, text=True, check=False)


def test_the_sdk_and_the_pytest_plugin_import_without_the_sandbox_extra() -> None:
    result = run(
        "import magic_hour, magic_hour.pytest_plugin, magic_hour.cli\n"
        "print(sorted(m for m in sys.modules if 'sandbox' in m))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_sandbox_without_its_extra_says_how_to_install_it() -> None:
    result = run("import magic_hour.sandbox")
    # The distribution is not on PyPI under its own name: the hint says how to install it from a checkout.
    assert result.returncode != 0 and "pip install '.[sandbox]'" in result.stderr
    assert "magic-hour-sdk[" not in result.stderr
    command = run("from magic_hour.cli import main\nsys.exit(main(['sandbox', '--port', '0']))")
    assert command.returncode == 2 and "pip install '.[sandbox]'" in command.stderr, command.stderr
    assert "Traceback" not in command.stderr
