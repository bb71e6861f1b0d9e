"""The typed SDK surface written from openapi.yaml: `V1` and `AsyncV1` over an engine, and their types.

Result classes and request parameter types load on first access (PEP 562), like the models.
"""

from typing import TYPE_CHECKING, Any

from ._engine import (
    AsyncEngine,
    AsyncPage,
    AsyncPager,
    Engine,
    Operation,
    ProgressCallback,
    ProgressEvent,
    RawResponse,
    SyncPage,
    WaitOptions,
)
from .v1 import V1, AsyncV1

if TYPE_CHECKING:
    from .v1.audio_projects import AudioProjectsResult
    from .v1.face_detection import FaceDetectionResult
    from .v1.image_projects import ImageProjectsResult
    from .v1.video_projects import VideoProjectsResult

_LAZY = {
    "AudioProjectsResult": "audio_projects",
    "FaceDetectionResult": "face_detection",
    "ImageProjectsResult": "image_projects",
    "VideoProjectsResult": "video_projects",
}


def __getattr__(name: str) -> Any:
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f".v1.{home}", __name__), name)


__all__ = [
    "AsyncEngine",
    "AsyncPage",
    "AsyncPager",
    "AsyncV1",
    "AudioProjectsResult",
    "Engine",
    "FaceDetectionResult",
    "ImageProjectsResult",
    "Operation",
    "ProgressCallback",
    "ProgressEvent",
    "RawResponse",
    "SyncPage",
    "V1",
    "VideoProjectsResult",
    "WaitOptions",
]
