from typing import Literal

CharacterReplaceCreateVideoBodyStyleMode = Literal["animate", "replace"]

CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_MODE_VALUES: set[
    CharacterReplaceCreateVideoBodyStyleMode
] = {
    "animate",
    "replace",
}


def check_character_replace_create_video_body_style_mode(
    value: str,
) -> CharacterReplaceCreateVideoBodyStyleMode:
    if value in CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_MODE_VALUES!r}"
    )
