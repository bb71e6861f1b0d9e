from typing import Literal

AiImageGeneratorCreateImageBodyAspectRatio = Literal["16:9", "1:1", "9:16"]

AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES: set[
    AiImageGeneratorCreateImageBodyAspectRatio
] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_ai_image_generator_create_image_body_aspect_ratio(
    value: str,
) -> AiImageGeneratorCreateImageBodyAspectRatio:
    if value in AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_ASPECT_RATIO_VALUES!r}"
    )
