from typing import Literal

AutoSubtitleGeneratorCreateVideoBodyStyleTemplate = Literal[
    "cinematic", "highlight", "karaoke", "minimalist"
]

AUTO_SUBTITLE_GENERATOR_CREATE_VIDEO_BODY_STYLE_TEMPLATE_VALUES: set[
    AutoSubtitleGeneratorCreateVideoBodyStyleTemplate
] = {
    "cinematic",
    "highlight",
    "karaoke",
    "minimalist",
}


def check_auto_subtitle_generator_create_video_body_style_template(
    value: str,
) -> AutoSubtitleGeneratorCreateVideoBodyStyleTemplate:
    if value in AUTO_SUBTITLE_GENERATOR_CREATE_VIDEO_BODY_STYLE_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTO_SUBTITLE_GENERATOR_CREATE_VIDEO_BODY_STYLE_TEMPLATE_VALUES!r}"
    )
