from typing import Literal

VideoToVideoCreateVideoBodyStyleModel = Literal[
    "3D Anime",
    "Absolute Reality",
    "default",
    "Dreamshaper",
    "Flat 2D Anime",
    "Kaywaii",
    "Soft Anime",
    "Western Anime",
]

VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_MODEL_VALUES: set[
    VideoToVideoCreateVideoBodyStyleModel
] = {
    "3D Anime",
    "Absolute Reality",
    "default",
    "Dreamshaper",
    "Flat 2D Anime",
    "Kaywaii",
    "Soft Anime",
    "Western Anime",
}


def check_video_to_video_create_video_body_style_model(
    value: str,
) -> VideoToVideoCreateVideoBodyStyleModel:
    if value in VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_TO_VIDEO_CREATE_VIDEO_BODY_STYLE_MODEL_VALUES!r}"
    )
