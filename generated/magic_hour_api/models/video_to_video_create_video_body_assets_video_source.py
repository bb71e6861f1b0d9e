from typing import Literal

VideoToVideoCreateVideoBodyAssetsVideoSource = Literal["file", "youtube"]

VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES: set[
    VideoToVideoCreateVideoBodyAssetsVideoSource
] = {
    "file",
    "youtube",
}


def check_video_to_video_create_video_body_assets_video_source(
    value: str,
) -> VideoToVideoCreateVideoBodyAssetsVideoSource:
    if value in VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES!r}"
    )
