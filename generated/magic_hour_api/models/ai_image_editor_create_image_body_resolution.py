from typing import Literal

AiImageEditorCreateImageBodyResolution = Literal["1k", "2k", "4k", "640px", "auto"]

AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES: set[
    AiImageEditorCreateImageBodyResolution
] = {
    "1k",
    "2k",
    "4k",
    "640px",
    "auto",
}


def check_ai_image_editor_create_image_body_resolution(
    value: str,
) -> AiImageEditorCreateImageBodyResolution:
    if value in AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES!r}"
    )
