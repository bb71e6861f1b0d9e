from typing import Literal

CharacterReplaceCreateVideoBodyResolution = Literal["1080p", "480p", "720p"]

CHARACTER_REPLACE_CREATE_VIDEO_BODY_RESOLUTION_VALUES: set[
    CharacterReplaceCreateVideoBodyResolution
] = {
    "1080p",
    "480p",
    "720p",
}


def check_character_replace_create_video_body_resolution(
    value: str,
) -> CharacterReplaceCreateVideoBodyResolution:
    if value in CHARACTER_REPLACE_CREATE_VIDEO_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_REPLACE_CREATE_VIDEO_BODY_RESOLUTION_VALUES!r}"
    )
