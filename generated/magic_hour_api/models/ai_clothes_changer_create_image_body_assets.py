from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_clothes_changer_create_image_body_assets_garment_type import (
    AiClothesChangerCreateImageBodyAssetsGarmentType,
    check_ai_clothes_changer_create_image_body_assets_garment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiClothesChangerCreateImageBodyAssets")


@_attrs_define
class AiClothesChangerCreateImageBodyAssets:
    """Provide the assets for clothes changer

    Attributes:
        person_file_path (str): The image with the person. This value is either
            - a direct URL to the video file
            - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls).

            See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
            for details.
             Example: api-assets/id/model.png.
        garment_file_path (str): The image of the outfit. This value is either
            - a direct URL to the video file
            - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls).

            See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
            for details.
             Example: api-assets/id/outfit.png.
        garment_type (AiClothesChangerCreateImageBodyAssetsGarmentType | Unset): Type of clothing item to swap. If not
            provided, swaps the entire outfit.
            * `upper_body` - for shirts/jackets
            * `lower_body` - for pants/skirts
            * `dresses` - for entire outfit (deprecated, use `entire_outfit` instead)
            * `entire_outfit` - for entire outfit Example: entire_outfit.
    """

    person_file_path: str
    garment_file_path: str
    garment_type: AiClothesChangerCreateImageBodyAssetsGarmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_file_path = self.person_file_path

        garment_file_path = self.garment_file_path

        garment_type: str | Unset = UNSET
        if not isinstance(self.garment_type, Unset):
            garment_type = self.garment_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "person_file_path": person_file_path,
                "garment_file_path": garment_file_path,
            }
        )
        if garment_type is not UNSET:
            field_dict["garment_type"] = garment_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        person_file_path = d.pop("person_file_path")

        garment_file_path = d.pop("garment_file_path")

        _garment_type = d.pop("garment_type", UNSET)
        garment_type: AiClothesChangerCreateImageBodyAssetsGarmentType | Unset
        if isinstance(_garment_type, Unset):
            garment_type = UNSET
        else:
            garment_type = (
                check_ai_clothes_changer_create_image_body_assets_garment_type(
                    _garment_type
                )
            )

        ai_clothes_changer_create_image_body_assets = cls(
            person_file_path=person_file_path,
            garment_file_path=garment_file_path,
            garment_type=garment_type,
        )

        ai_clothes_changer_create_image_body_assets.additional_properties = d
        return ai_clothes_changer_create_image_body_assets

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
