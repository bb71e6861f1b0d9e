from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_detection_detect_faces_body_assets import (
        FaceDetectionDetectFacesBodyAssets,
    )


T = TypeVar("T", bound="FaceDetectionDetectFacesBody")


@_attrs_define
class FaceDetectionDetectFacesBody:
    """
    Attributes:
        assets (FaceDetectionDetectFacesBodyAssets): Provide the assets for face detection
        confidence_score (float | Unset): Confidence threshold for filtering detected faces.
            * Higher values (e.g., 0.9) include only faces detected with high certainty, reducing false positives.
            * Lower values (e.g., 0.3) include more faces, but may increase the chance of incorrect detections. Default:
            0.5. Example: 0.5.
    """

    assets: FaceDetectionDetectFacesBodyAssets
    confidence_score: float | Unset = 0.5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        confidence_score = self.confidence_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if confidence_score is not UNSET:
            field_dict["confidence_score"] = confidence_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_detection_detect_faces_body_assets import (
            FaceDetectionDetectFacesBodyAssets,
        )

        d = dict(src_dict)
        assets = FaceDetectionDetectFacesBodyAssets.from_dict(d.pop("assets"))

        confidence_score = d.pop("confidence_score", UNSET)

        face_detection_detect_faces_body = cls(
            assets=assets,
            confidence_score=confidence_score,
        )

        face_detection_detect_faces_body.additional_properties = d
        return face_detection_detect_faces_body

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
