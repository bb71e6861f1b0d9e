from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_image_upscaler_create_image_body_assets import (
        AiImageUpscalerCreateImageBodyAssets,
    )
    from ..models.ai_image_upscaler_create_image_body_style import (
        AiImageUpscalerCreateImageBodyStyle,
    )


T = TypeVar("T", bound="AiImageUpscalerCreateImageBody")


@_attrs_define
class AiImageUpscalerCreateImageBody:
    """
    Attributes:
        scale_factor (float): How much to scale the image. Must be either 2 or 4.

            Note: 4x upscale is only available on Creator, Pro, or Business tier. Example: 2.
        assets (AiImageUpscalerCreateImageBodyAssets): Provide the assets for upscaling
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Image Upscaler - dateTime'.
            Example: My Image Upscaler image.
        style (AiImageUpscalerCreateImageBodyStyle | Unset): Style settings for the upscale. Use `mode` (`"preserve"`,
            `"balanced"`, or `"creative"`). Defaults to `"balanced"`.
    """

    scale_factor: float
    assets: AiImageUpscalerCreateImageBodyAssets
    name: str | Unset = "Image Upscaler - dateTime"
    style: AiImageUpscalerCreateImageBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_factor = self.scale_factor

        assets = self.assets.to_dict()

        name = self.name

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scale_factor": scale_factor,
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
        from ..models.ai_image_upscaler_create_image_body_assets import (
            AiImageUpscalerCreateImageBodyAssets,
        )
        from ..models.ai_image_upscaler_create_image_body_style import (
            AiImageUpscalerCreateImageBodyStyle,
        )

        d = dict(src_dict)
        scale_factor = d.pop("scale_factor")

        assets = AiImageUpscalerCreateImageBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _style = d.pop("style", UNSET)
        style: AiImageUpscalerCreateImageBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = AiImageUpscalerCreateImageBodyStyle.from_dict(_style)

        ai_image_upscaler_create_image_body = cls(
            scale_factor=scale_factor,
            assets=assets,
            name=name,
            style=style,
        )

        ai_image_upscaler_create_image_body.additional_properties = d
        return ai_image_upscaler_create_image_body

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
