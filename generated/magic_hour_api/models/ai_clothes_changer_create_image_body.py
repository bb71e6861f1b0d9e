from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_clothes_changer_create_image_body_assets import (
        AiClothesChangerCreateImageBodyAssets,
    )


T = TypeVar("T", bound="AiClothesChangerCreateImageBody")


@_attrs_define
class AiClothesChangerCreateImageBody:
    """
    Attributes:
        assets (AiClothesChangerCreateImageBodyAssets): Provide the assets for clothes changer
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Clothes Changer -
            dateTime'. Example: My Clothes Changer image.
    """

    assets: AiClothesChangerCreateImageBodyAssets
    name: str | Unset = "Clothes Changer - dateTime"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_clothes_changer_create_image_body_assets import (
            AiClothesChangerCreateImageBodyAssets,
        )

        d = dict(src_dict)
        assets = AiClothesChangerCreateImageBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        ai_clothes_changer_create_image_body = cls(
            assets=assets,
            name=name,
        )

        ai_clothes_changer_create_image_body.additional_properties = d
        return ai_clothes_changer_create_image_body

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
