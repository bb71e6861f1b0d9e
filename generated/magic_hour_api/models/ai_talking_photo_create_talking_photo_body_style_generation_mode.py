from typing import Literal

AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode = Literal[
    "expressive", "pro", "prompted", "realistic", "stable", "standard"
]

AI_TALKING_PHOTO_CREATE_TALKING_PHOTO_BODY_STYLE_GENERATION_MODE_VALUES: set[
    AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode
] = {
    "expressive",
    "pro",
    "prompted",
    "realistic",
    "stable",
    "standard",
}


def check_ai_talking_photo_create_talking_photo_body_style_generation_mode(
    value: str,
) -> AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode:
    if value in AI_TALKING_PHOTO_CREATE_TALKING_PHOTO_BODY_STYLE_GENERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_TALKING_PHOTO_CREATE_TALKING_PHOTO_BODY_STYLE_GENERATION_MODE_VALUES!r}"
    )
