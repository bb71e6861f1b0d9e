from typing import Literal

ImageToVideoCreateVideoBodyResolution = Literal["1080p", "360p", "480p", "4k", "720p"]

IMAGE_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    ImageToVideoCreateVideoBodyResolution
] = {
    "1080p",
    "360p",
    "480p",
    "4k",
    "720p",
}


def check_image_to_video_create_video_body_resolution(
    value: str,
) -> ImageToVideoCreateVideoBodyResolution:
    if value in IMAGE_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
