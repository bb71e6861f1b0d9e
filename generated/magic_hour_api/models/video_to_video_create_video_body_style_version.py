from typing import Literal

VideoToVideoCreateVideoBodyStyleVersion = Literal["default", "v1", "v2"]

VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES: set[
    VideoToVideoCreateVideoBodyStyleVersion
] = {
    "default",
    "v1",
    "v2",
}


def check_video_to_video_create_video_body_style_version(
    value: str,
) -> VideoToVideoCreateVideoBodyStyleVersion:
    if value in VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_VERSION_VALUES!r}"
    )
