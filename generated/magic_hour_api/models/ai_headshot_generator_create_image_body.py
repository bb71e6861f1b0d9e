from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_headshot_generator_create_image_body_assets import (
        AiHeadshotGeneratorCreateImageBodyAssets,
    )
    from ..models.ai_headshot_generator_create_image_body_style import (
        AiHeadshotGeneratorCreateImageBodyStyle,
    )


T = TypeVar("T", bound="AiHeadshotGeneratorCreateImageBody")


@_attrs_define
class AiHeadshotGeneratorCreateImageBody:
    """
    Attributes:
        assets (AiHeadshotGeneratorCreateImageBodyAssets): Provide the assets for headshot photo
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Ai Headshot - dateTime'.
            Example: My Ai Headshot image.
        style (AiHeadshotGeneratorCreateImageBodyStyle | Unset):
    """

    assets: AiHeadshotGeneratorCreateImageBodyAssets
    name: str | Unset = "Ai Headshot - dateTime"
    style: AiHeadshotGeneratorCreateImageBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        name = self.name

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_headshot_generator_create_image_body_assets import (
            AiHeadshotGeneratorCreateImageBodyAssets,
        )
        from ..models.ai_headshot_generator_create_image_body_style import (
            AiHeadshotGeneratorCreateImageBodyStyle,
        )

        d = dict(src_dict)
        assets = AiHeadshotGeneratorCreateImageBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _style = d.pop("style", UNSET)
        style: AiHeadshotGeneratorCreateImageBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = AiHeadshotGeneratorCreateImageBodyStyle.from_dict(_style)

        ai_headshot_generator_create_image_body = cls(
            assets=assets,
            name=name,
            style=style,
        )

        ai_headshot_generator_create_image_body.additional_properties = d
        return ai_headshot_generator_create_image_body

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
