from typing import Literal

AiImageUpscalerCreateImageBodyStyleEnhancement = Literal[
    "Balanced", "Creative", "Resemblance"
]

AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_ENHANCEMENT_VALUES: set[
    AiImageUpscalerCreateImageBodyStyleEnhancement
] = {
    "Balanced",
    "Creative",
    "Resemblance",
}


def check_ai_image_upscaler_create_image_body_style_enhancement(
    value: str,
) -> AiImageUpscalerCreateImageBodyStyleEnhancement:
    if value in AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_ENHANCEMENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_UPSCALER_CREATE_IMAGE_BODY_STYLE_ENHANCEMENT_VALUES!r}"
    )
