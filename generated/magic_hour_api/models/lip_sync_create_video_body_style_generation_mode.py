from typing import Literal

LipSyncCreateVideoBodyStyleGenerationMode = Literal["lite", "pro", "standard"]

LIP_SYNC_CREATE_VIDEO_BODY_STYLE_GENERATION_MODE_VALUES: set[
    LipSyncCreateVideoBodyStyleGenerationMode
] = {
    "lite",
    "pro",
    "standard",
}


def check_lip_sync_create_video_body_style_generation_mode(
    value: str,
) -> LipSyncCreateVideoBodyStyleGenerationMode:
    if value in LIP_SYNC_CREATE_VIDEO_BODY_STYLE_GENERATION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIP_SYNC_CREATE_VIDEO_BODY_STYLE_GENERATION_MODE_VALUES!r}"
    )
