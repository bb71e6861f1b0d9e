from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FaceDetectionGetDetailsResponse200FacesItem")


@_attrs_define
class FaceDetectionGetDetailsResponse200FacesItem:
    """
    Attributes:
        path (str): The path to the face image. This should be used in face swap photo/video API calls as
            `.assets.face_mappings.original_face` Example: api-assets/id/0-0.png.
        url (str): The url to the face image. This is used to render the image in your applications. Example:
            https://videos.magichour.ai/api-assets/id/0-0.png.
    """

    path: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path")

        url = d.pop("url")

        face_detection_get_details_response_200_faces_item = cls(
            path=path,
            url=url,
        )

        face_detection_get_details_response_200_faces_item.additional_properties = d
        return face_detection_get_details_response_200_faces_item

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
