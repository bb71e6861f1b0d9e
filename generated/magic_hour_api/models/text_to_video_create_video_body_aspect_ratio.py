from typing import Literal

TextToVideoCreateVideoBodyAspectRatio = Literal["16:9", "1:1", "9:16"]

TEXT_TO_VIDEO_CREATE_VIDEO_BODY_ASPECT_RATIO_VALUES: set[
    TextToVideoCreateVideoBodyAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_text_to_video_create_video_body_aspect_ratio(
    value: str,
) -> TextToVideoCreateVideoBodyAspectRatio:
    if value in TEXT_TO_VIDEO_CREATE_VIDEO_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_VIDEO_CREATE_VIDEO_BODY_ASPECT_RATIO_VALUES!r}"
    )
