from typing import Literal

AiVideoTranslatorCreateVideoBodyResolution = Literal["1080p", "480p", "720p"]

AI_VIDEO_TRANSLATOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    AiVideoTranslatorCreateVideoBodyResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_ai_video_translator_create_video_body_resolution(
    value: str,
) -> AiVideoTranslatorCreateVideoBodyResolution:
    if value in AI_VIDEO_TRANSLATOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_VIDEO_TRANSLATOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
