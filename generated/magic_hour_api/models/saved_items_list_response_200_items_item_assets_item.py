from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SavedItemsListResponse200ItemsItemAssetsItem")


@_attrs_define
class SavedItemsListResponse200ItemsItemAssetsItem:
    """
    Attributes:
        file_path (str): Durable asset path. Pass it to a compatible API asset field without uploading it again.
            Example: saved-items/user-id/item-id/image.png.
        media_kind (str): Media type of the asset. Example: IMAGE.
        is_primary (bool): Whether this asset is the saved item's primary asset. Example: True.
        url (str): Signed URL for previewing or downloading the asset. Expires after 24 hours.
        url_expires_at (datetime.datetime): When the signed URL expires. The saved asset and file_path do not expire.
            Example: 2026-09-17T00:00:00.000Z.
    """

    file_path: str
    media_kind: str
    is_primary: bool
    url: str
    url_expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path = self.file_path

        media_kind = self.media_kind

        is_primary = self.is_primary

        url = self.url

        url_expires_at = self.url_expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_path": file_path,
                "media_kind": media_kind,
                "is_primary": is_primary,
                "url": url,
                "url_expires_at": url_expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_path = d.pop("file_path")

        media_kind = d.pop("media_kind")

        is_primary = d.pop("is_primary")

        url = d.pop("url")

        url_expires_at = datetime.datetime.fromisoformat(d.pop("url_expires_at"))

        saved_items_list_response_200_items_item_assets_item = cls(
            file_path=file_path,
            media_kind=media_kind,
            is_primary=is_primary,
            url=url,
            url_expires_at=url_expires_at,
        )

        saved_items_list_response_200_items_item_assets_item.additional_properties = d
        return saved_items_list_response_200_items_item_assets_item

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
