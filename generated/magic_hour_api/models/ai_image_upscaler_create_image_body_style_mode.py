from typing import Literal

AiImageUpscalerCreateImageBodyStyleMode = Literal[
    "balanced", "creative", "preserve", "pro"
]

AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_MODE_VALUES: set[
    AiImageUpscalerCreateImageBodyStyleMode
] = {
    "balanced",
    "creative",
    "preserve",
    "pro",
}


def check_ai_image_upscaler_create_image_body_style_mode(
    value: str,
) -> AiImageUpscalerCreateImageBodyStyleMode:
    if value in AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_MODE_VALUES!r}"
    )
