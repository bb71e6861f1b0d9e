from typing import Literal

LipSyncCreateVideoBodyAssetsVideoSource = Literal["file", "youtube"]

LIP_SYNC_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES: set[
    LipSyncCreateVideoBodyAssetsVideoSource
] = {
    "file",
    "youtube",
}


def check_lip_sync_create_video_body_assets_video_source(
    value: str,
) -> LipSyncCreateVideoBodyAssetsVideoSource:
    if value in LIP_SYNC_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIP_SYNC_CREATE_VIDEO_BODY_ASSETS_VIDEO_SOURCE_VALUES!r}"
    )
