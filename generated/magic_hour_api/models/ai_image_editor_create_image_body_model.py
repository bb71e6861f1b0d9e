from typing import Literal

AiImageEditorCreateImageBodyModel = Literal[
    "default",
    "flux-2-klein",
    "gpt-image-2",
    "gpt-image-2.5-flare",
    "krea-2",
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-2.1",
    "nano-banana-pro",
    "qwen-edit",
    "qwen-image-2.1",
    "seedream-v4",
    "seedream-v4.5",
    "seedream-v5-pro",
]

AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_MODEL_VALUES: set[
    AiImageEditorCreateImageBodyModel
] = {
    "default",
    "flux-2-klein",
    "gpt-image-2",
    "gpt-image-2.5-flare",
    "krea-2",
    "nano-banana",
    "nano-banana-2",
    "nano-banana-2-lite",
    "nano-banana-2.1",
    "nano-banana-pro",
    "qwen-edit",
    "qwen-image-2.1",
    "seedream-v4",
    "seedream-v4.5",
    "seedream-v5-pro",
}


def check_ai_image_editor_create_image_body_model(
    value: str,
) -> AiImageEditorCreateImageBodyModel:
    if value in AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_IMAGE_EDITOR_CREATE_IMAGE_BODY_MODEL_VALUES!r}"
    )
