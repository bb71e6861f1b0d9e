from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_assets_generate_presigned_url_response_200_items_item import (
        VideoAssetsGeneratePresignedUrlResponse200ItemsItem,
    )


T = TypeVar("T", bound="VideoAssetsGeneratePresignedUrlResponse200")


@_attrs_define
class VideoAssetsGeneratePresignedUrlResponse200:
    """Success

    Attributes:
        items (list[VideoAssetsGeneratePresignedUrlResponse200ItemsItem]): The list of upload URLs and file paths for
            the assets. The response array will match the order of items in the request body. Refer to the [Input Files
            Guide](https://docs.magichour.ai/integration/inputs-and-outputs) for more details. Example: [{'upload_url':
            'https://videos.magichour.ai/api-assets/id/video.mp4?auth-value=1234567890', 'expires_at':
            '2024-07-25T16:56:21.932Z', 'file_path': 'api-assets/id/video.mp4'}, {'upload_url':
            'https://videos.magichour.ai/api-assets/id/audio.mp3?auth-value=1234567890', 'expires_at':
            '2024-07-25T16:56:21.932Z', 'file_path': 'api-assets/id/audio.mp3'}].
    """

    items: list[VideoAssetsGeneratePresignedUrlResponse200ItemsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_assets_generate_presigned_url_response_200_items_item import (
            VideoAssetsGeneratePresignedUrlResponse200ItemsItem,
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VideoAssetsGeneratePresignedUrlResponse200ItemsItem.from_dict(
                items_item_data
            )

            items.append(items_item)

        video_assets_generate_presigned_url_response_200 = cls(
            items=items,
        )

        video_assets_generate_presigned_url_response_200.additional_properties = d
        return video_assets_generate_presigned_url_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
