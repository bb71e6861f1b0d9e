from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_url import UploadUrl


T = TypeVar("T", bound="CreateUploadUrlsResponse")


@_attrs_define
class CreateUploadUrlsResponse:
    """
    Example:
        {'items': [{'upload_url': 'https://videos.magichour.ai/api-assets/id/video.mp4?auth-value=1234567890',
            'expires_at': '2024-07-25T16:56:21.932Z', 'file_path': 'api-assets/id/video.mp4'}, {'upload_url':
            'https://videos.magichour.ai/api-assets/id/audio.mp3?auth-value=1234567890', 'expires_at':
            '2024-07-25T16:56:21.932Z', 'file_path': 'api-assets/id/audio.mp3'}]}

    Attributes:
        items (list[UploadUrl]): The list of upload URLs and file paths for the assets, in the order of the request's
            items.
    """

    items: list[UploadUrl]
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
        from ..models.upload_url import UploadUrl

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = UploadUrl.from_dict(items_item_data)

            items.append(items_item)

        create_upload_urls_response = cls(
            items=items,
        )

        create_upload_urls_response.additional_properties = d
        return create_upload_urls_response

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
