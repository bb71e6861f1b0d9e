from typing import Literal

CharacterReplaceCreateVideoBodyModel = Literal["kling-3.0", "wan-animate"]

CHARACTER_REPLACE_CREATE_VIDEO_BODY_MODEL_VALUES: set[
    CharacterReplaceCreateVideoBodyModel
] = {
    "kling-3.0",
    "wan-animate",
}


def check_character_replace_create_video_body_model(
    value: str,
) -> CharacterReplaceCreateVideoBodyModel:
    if value in CHARACTER_REPLACE_CREATE_VIDEO_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_REPLACE_CREATE_VIDEO_BODY_MODEL_VALUES!r}"
    )
