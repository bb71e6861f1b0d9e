from typing import Literal

AiImageGeneratorCreateImageBodyModel = Literal[
    "default",
    "flux-2-klein",
    "flux-schnell",
    "gpt-image-2",
    "gpt-image-2.5-flare",
    "krea-2",
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-2.1",
    "nano-banana-pro",
    "qwen-image-2.1",
    "seedream",
    "seedream-v4",
    "seedream-v5-pro",
    "z-image-turbo",
]

AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_MODEL_VALUES: set[
    AiImageGeneratorCreateImageBodyModel
] = {
    "default",
    "flux-2-klein",
    "flux-schnell",
    "gpt-image-2",
    "gpt-image-2.5-flare",
    "krea-2",
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-2.1",
    "nano-banana-pro",
    "qwen-image-2.1",
    "seedream",
    "seedream-v4",
    "seedream-v5-pro",
    "z-image-turbo",
}


def check_ai_image_generator_create_image_body_model(
    value: str,
) -> AiImageGeneratorCreateImageBodyModel:
    if value in AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_GENERATOR_CREATE_IMAGE_BODY_MODEL_VALUES!r}"
    )
