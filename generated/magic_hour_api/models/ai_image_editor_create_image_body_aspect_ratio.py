from typing import Literal

AiImageEditorCreateImageBodyAspectRatio = Literal[
    "16:9", "1:1", "2:3", "3:2", "4:3", "4:5", "9:16", "auto"
]

AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES: set[
    AiImageEditorCreateImageBodyAspectRatio
] = {
    "16:9",
    "1:1",
    "2:3",
    "3:2",
    "4:3",
    "4:5",
    "9:16",
    "auto",
}


def check_ai_image_editor_create_image_body_aspect_ratio(
    value: str,
) -> AiImageEditorCreateImageBodyAspectRatio:
    if value in AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES!r}"
    )
