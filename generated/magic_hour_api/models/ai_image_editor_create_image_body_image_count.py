from typing import Literal

AiImageEditorCreateImageBodyImageCount = Literal[1, 4, 9, 16]

AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_IMAGE_COUNT_VALUES: set[
    AiImageEditorCreateImageBodyImageCount
] = {
    1,
    4,
    9,
    16,
}


def check_ai_image_editor_create_image_body_image_count(
    value: int,
) -> AiImageEditorCreateImageBodyImageCount:
    if value in AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_IMAGE_COUNT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_IMAGE_COUNT_VALUES!r}"
    )
