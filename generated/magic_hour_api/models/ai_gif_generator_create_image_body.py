from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_gif_generator_create_image_body_output_format import (
    AiGifGeneratorCreateImageBodyOutputFormat,
    check_ai_gif_generator_create_image_body_output_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_gif_generator_create_image_body_style import (
        AiGifGeneratorCreateImageBodyStyle,
    )


T = TypeVar("T", bound="AiGifGeneratorCreateImageBody")


@_attrs_define
class AiGifGeneratorCreateImageBody:
    """
    Attributes:
        style (AiGifGeneratorCreateImageBodyStyle):
        name (str | Unset): Give your gif a custom name for easy identification. Default: 'Ai Gif - dateTime'. Example:
            My Ai Gif gif.
        output_format (AiGifGeneratorCreateImageBodyOutputFormat | Unset): The output file format for the generated
            animation. Default: 'gif'. Example: gif.
    """

    style: AiGifGeneratorCreateImageBodyStyle
    name: str | Unset = "Ai Gif - dateTime"
    output_format: AiGifGeneratorCreateImageBodyOutputFormat | Unset = "gif"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style = self.style.to_dict()

        name = self.name

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "style": style,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if output_format is not UNSET:
            field_dict["output_format"] = output_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_gif_generator_create_image_body_style import (
            AiGifGeneratorCreateImageBodyStyle,
        )

        d = dict(src_dict)
        style = AiGifGeneratorCreateImageBodyStyle.from_dict(d.pop("style"))

        name = d.pop("name", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: AiGifGeneratorCreateImageBodyOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_ai_gif_generator_create_image_body_output_format(
                _output_format
            )

        ai_gif_generator_create_image_body = cls(
            style=style,
            name=name,
            output_format=output_format,
        )

        ai_gif_generator_create_image_body.additional_properties = d
        return ai_gif_generator_create_image_body

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
