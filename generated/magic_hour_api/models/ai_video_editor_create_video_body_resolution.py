from typing import Literal

AiVideoEditorCreateVideoBodyResolution = Literal["1080p", "480p", "720p"]

AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    AiVideoEditorCreateVideoBodyResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_ai_video_editor_create_video_body_resolution(
    value: str,
) -> AiVideoEditorCreateVideoBodyResolution:
    if value in AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
