from typing import Literal

VideoToVideoCreateVideoBodyStylePromptType = Literal[
    "append_default", "custom", "default"
]

VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES: set[
    VideoToVideoCreateVideoBodyStylePromptType
] = {
    "append_default",
    "custom",
    "default",
}


def check_video_to_video_create_video_body_style_prompt_type(
    value: str,
) -> VideoToVideoCreateVideoBodyStylePromptType:
    if value in VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES!r}"
    )
