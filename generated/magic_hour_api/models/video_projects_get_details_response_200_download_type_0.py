from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VideoProjectsGetDetailsResponse200DownloadType0")


@_attrs_define
class VideoProjectsGetDetailsResponse200DownloadType0:
    """Deprecated: the first item of downloads, or null while there is none. Use downloads.

    Attributes:
        url (str):  Example: https://videos.magichour.ai/id/output.mp4.
        expires_at (datetime.datetime):  Example: 2024-10-19T05:16:19.027Z.
    """

    url: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        video_projects_get_details_response_200_download_type_0 = cls(
            url=url,
            expires_at=expires_at,
        )

        video_projects_get_details_response_200_download_type_0.additional_properties = d
        return video_projects_get_details_response_200_download_type_0

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
