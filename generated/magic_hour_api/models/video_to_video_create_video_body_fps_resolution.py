from typing import Literal

VideoToVideoCreateVideoBodyFpsResolution = Literal["FULL", "HALF"]

VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_FPS_RESOLUTION_VALUES: set[
    VideoToVideoCreateVideoBodyFpsResolution
] = {
    "FULL",
    "HALF",
}


def check_video_to_video_create_video_body_fps_resolution(
    value: str,
) -> VideoToVideoCreateVideoBodyFpsResolution:
    if value in VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_FPS_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_FPS_RESOLUTION_VALUES!r}"
    )
