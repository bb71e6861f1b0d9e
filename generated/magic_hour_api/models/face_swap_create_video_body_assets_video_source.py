from typing import Literal

FaceSwapCreateVideoBodyAssetsVideoSource = Literal["file", "youtube"]

FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES: set[
    FaceSwapCreateVideoBodyAssetsVideoSource
] = {
    "file",
    "youtube",
}


def check_face_swap_create_video_body_assets_video_source(
    value: str,
) -> FaceSwapCreateVideoBodyAssetsVideoSource:
    if value in FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES!r}"
    )
