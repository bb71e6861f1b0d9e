from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AiQrCodeGeneratorCreateImageBodyStyle")


@_attrs_define
class AiQrCodeGeneratorCreateImageBodyStyle:
    """
    Attributes:
        art_style (str): To use our templates, pass in one of Watercolor, Cyberpunk City, Ink Landscape, Interior
            Painting, Japanese Street, Mech, Minecraft, Picasso Painting, Game Map, Spaceship, Chinese Painting, Winter
            Village, or pass any custom art style. Example: Watercolor.
    """

    art_style: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        art_style = self.art_style

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "art_style": art_style,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        art_style = d.pop("art_style")

        ai_qr_code_generator_create_image_body_style = cls(
            art_style=art_style,
        )

        ai_qr_code_generator_create_image_body_style.additional_properties = d
        return ai_qr_code_generator_create_image_body_style

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
