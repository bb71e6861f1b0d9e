from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.face_detection_get_details_response_200_faces_item import (
        FaceDetectionGetDetailsResponse200FacesItem,
    )


T = TypeVar("T", bound="FaceDetectionGetDetailsResponse200")


@_attrs_define
class FaceDetectionGetDetailsResponse200:
    """
    Attributes:
        id (str): The id of the task. This value is returned by the [face detection API](https://docs.magichour.ai/api-
            reference/files/face-detection#response-id). Example: uuid-example.
        credits_charged (int): The credits charged for the task. Example: 0.
        status (str): The status of the detection. Example: complete.
        faces (list[FaceDetectionGetDetailsResponse200FacesItem]): The faces detected in the image or video. The list is
            populated as faces are detected. Example: [{'path': 'api-assets/id/0-0.png', 'url':
            'https://videos.magichour.ai/api-assets/id/0-0.png'}].
    """

    id: str
    credits_charged: int
    status: str
    faces: list[FaceDetectionGetDetailsResponse200FacesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credits_charged = self.credits_charged

        status = self.status

        faces = []
        for faces_item_data in self.faces:
            faces_item = faces_item_data.to_dict()
            faces.append(faces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credits_charged": credits_charged,
                "status": status,
                "faces": faces,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_detection_get_details_response_200_faces_item import (
            FaceDetectionGetDetailsResponse200FacesItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        credits_charged = d.pop("credits_charged")

        status = d.pop("status")

        faces = []
        _faces = d.pop("faces")
        for faces_item_data in _faces:
            faces_item = FaceDetectionGetDetailsResponse200FacesItem.from_dict(
                faces_item_data
            )

            faces.append(faces_item)

        face_detection_get_details_response_200 = cls(
            id=id,
            credits_charged=credits_charged,
            status=status,
            faces=faces,
        )

        face_detection_get_details_response_200.additional_properties = d
        return face_detection_get_details_response_200

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
