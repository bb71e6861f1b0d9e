from typing import Literal

TextToVideoCreateVideoBodyResolution = Literal["1080p", "360p", "480p", "4k", "720p"]

TEXT_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    TextToVideoCreateVideoBodyResolution
] = {
    "1080p",
    "360p",
    "480p",
    "4k",
    "720p",
}


def check_text_to_video_create_video_body_resolution(
    value: str,
) -> TextToVideoCreateVideoBodyResolution:
    if value in TEXT_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
