from typing import Literal

FaceSwapCreateVideoBodyStyleVersion = Literal["default", "v1", "v2"]

FACE_SWAP_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES: set[
    FaceSwapCreateVideoBodyStyleVersion
] = {
    "default",
    "v1",
    "v2",
}


def check_face_swap_create_video_body_style_version(
    value: str,
) -> FaceSwapCreateVideoBodyStyleVersion:
    if value in FACE_SWAP_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FACE_SWAP_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES!r}"
    )
