from typing import Literal

AudioToVideoCreateVideoBodyResolution = Literal["1080p", "480p", "720p"]

AUDIO_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    AudioToVideoCreateVideoBodyResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_audio_to_video_create_video_body_resolution(
    value: str,
) -> AudioToVideoCreateVideoBodyResolution:
    if value in AUDIO_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIO_TO_VIDEO_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
