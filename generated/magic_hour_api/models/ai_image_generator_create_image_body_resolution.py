from typing import Literal

AiImageGeneratorCreateImageBodyResolution = Literal["1k", "2k", "4k", "640px", "auto"]

AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES: set[
    AiImageGeneratorCreateImageBodyResolution
] = {
    "1k",
    "2k",
    "4k",
    "640px",
    "auto",
}


def check_ai_image_generator_create_image_body_resolution(
    value: str,
) -> AiImageGeneratorCreateImageBodyResolution:
    if value in AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_RESOLUTION_VALUES!r}"
    )
