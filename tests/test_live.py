"""An opt-in smoke test against a live API: skipped unless MAGIC_HOUR_LIVE_BASE_URL and _API_TOKEN are set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from magic_hour import Client

BASE_URL = os.environ.get("MAGIC_HOUR_LIVE_BASE_URL")
TOKEN = os.environ.get("MAGIC_HOUR_LIVE_API_TOKEN")

pytestmark = pytest.mark.skipif(not (BASE_URL and TOKEN), reason="set MAGIC_HOUR_LIVE_BASE_URL and _API_TOKEN")


def test_live_generate(samples: dict[str, Path], tmp_path: Path) -> None:
    with Client(TOKEN, base_url=BASE_URL) as client:
        res = client.v1.ai_talking_photo.generate(
            assets={"image_file_path": samples["image"], "audio_file_path": samples["audio"]},
            start_seconds=0.0,
            end_seconds=1.0,
            download_directory=tmp_path,
        )
    assert res.status == "complete" and Path(res.downloaded_paths[0]).stat().st_size > 0
