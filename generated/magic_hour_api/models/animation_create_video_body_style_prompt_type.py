from typing import Literal

AnimationCreateVideoBodyStylePromptType = Literal["ai_choose", "custom", "use_lyrics"]

ANIMATION_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES: set[
    AnimationCreateVideoBodyStylePromptType
] = {
    "ai_choose",
    "custom",
    "use_lyrics",
}


def check_animation_create_video_body_style_prompt_type(
    value: str,
) -> AnimationCreateVideoBodyStylePromptType:
    if value in ANIMATION_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANIMATION_CREATE_VIDEO_BODY_STYLE_PROMPT_TYPE_VALUES!r}"
    )
