"""Both this SDK and Magic Hour's official `magic-hour` distribution install a package named `magic_hour`.

Installed side by side, each overwrites the other's files and imports fail in confusing ways. The official
package ships `magic_hour/core/` and `magic_hour/resources/`, which this one never has, so one look at the
package folder (a stat, not importlib.metadata's 50 ms) tells whether they were mixed.
"""

from __future__ import annotations

from pathlib import Path

_THEIRS = ("core", "resources")


def refuse_the_other_distribution(package: Path = Path(__file__).parent) -> None:
    """Raise ImportError with the fix when the official `magic-hour` distribution shares this package folder."""
    if any((package / name).is_dir() for name in _THEIRS):
        raise ImportError(
            "Both magic-hour-sdk and the official magic-hour distribution are installed, and both provide the "
            "`magic_hour` package, so neither works. Keep one: `pip uninstall magic-hour` (then `pip install "
            "--force-reinstall magic-hour-sdk`), or `pip uninstall magic-hour-sdk`."
        )


refuse_the_other_distribution()
