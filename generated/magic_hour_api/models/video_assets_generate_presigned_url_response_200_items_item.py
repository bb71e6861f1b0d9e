from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoAssetsGeneratePresignedUrlResponse200ItemsItem")


@_attrs_define
class VideoAssetsGeneratePresignedUrlResponse200ItemsItem:
    """
    Attributes:
        upload_url (str): Used to upload the file to storage, send a PUT request with the file as data to upload.
            Example: https://videos.magichour.ai/id/video.mp4?auth-value=1234567890.
        expires_at (datetime.datetime): when the upload url expires, and will need to request a new one. Example:
            2024-07-21T17:32:28Z.
        file_path (str): this value is used in APIs that needs assets, such as image_file_path, video_file_path, and
            audio_file_path Example: video/id/1234.mp4.
    """

    upload_url: str
    expires_at: datetime.datetime
    file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_url = self.upload_url

        expires_at = self.expires_at.isoformat()

        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_url": upload_url,
                "expires_at": expires_at,
                "file_path": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        upload_url = d.pop("upload_url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        file_path = d.pop("file_path")

        video_assets_generate_presigned_url_response_200_items_item = cls(
            upload_url=upload_url,
            expires_at=expires_at,
            file_path=file_path,
        )

        video_assets_generate_presigned_url_response_200_items_item.additional_properties = d
        return video_assets_generate_presigned_url_response_200_items_item

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
