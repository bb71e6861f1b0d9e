from typing import Literal

VideoAssetsGeneratePresignedUrlBodyItemsItemType = Literal["audio", "image", "video"]

VIDEO_ASSETS_GENERATE_PRESIGNED_URL_BODY_ITEMS_ITEM_TYPE_VALUES: set[
    VideoAssetsGeneratePresignedUrlBodyItemsItemType
] = {
    "audio",
    "image",
    "video",
}


def check_video_assets_generate_presigned_url_body_items_item_type(
    value: str,
) -> VideoAssetsGeneratePresignedUrlBodyItemsItemType:
    if value in VIDEO_ASSETS_GENERATE_PRESIGNED_URL_BODY_ITEMS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_ASSETS_GENERATE_PRESIGNED_URL_BODY_ITEMS_ITEM_TYPE_VALUES!r}"
    )
