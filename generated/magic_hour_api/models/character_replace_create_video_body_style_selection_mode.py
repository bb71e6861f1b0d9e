from typing import Literal

CharacterReplaceCreateVideoBodyStyleSelectionMode = Literal["auto", "point"]

CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_SELECTION_MODE_VALUES: set[
    CharacterReplaceCreateVideoBodyStyleSelectionMode
] = {
    "auto",
    "point",
}


def check_character_replace_create_video_body_style_selection_mode(
    value: str,
) -> CharacterReplaceCreateVideoBodyStyleSelectionMode:
    if value in CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_SELECTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_REPLACE_CREATE_VIDEO_BODY_STYLE_SELECTION_MODE_VALUES!r}"
    )
