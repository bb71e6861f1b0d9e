from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_upscaler_create_image_body_style_enhancement import (
    AiImageUpscalerCreateImageBodyStyleEnhancement,
    check_ai_image_upscaler_create_image_body_style_enhancement,
)
from ..models.ai_image_upscaler_create_image_body_style_mode import (
    AiImageUpscalerCreateImageBodyStyleMode,
    check_ai_image_upscaler_create_image_body_style_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiImageUpscalerCreateImageBodyStyle")


@_attrs_define
class AiImageUpscalerCreateImageBodyStyle:
    """Style settings for the upscale. Use `mode` to select between `"pro"` (faster, no enhancement required) and
    `"creative"` (defaults to `"Balanced"` enhancement). Defaults to `"creative"`.

        Attributes:
            mode (AiImageUpscalerCreateImageBodyStyleMode | Unset): The upscaling mode. `"pro"` is faster and does not
                require `enhancement`. `"creative"` requires `enhancement`. Defaults to `"creative"`. Example: creative.
            enhancement (AiImageUpscalerCreateImageBodyStyleEnhancement | Unset):
            prompt (str | Unset): A prompt to guide the final image. This value is ignored if `enhancement` is not Creative
    """

    mode: AiImageUpscalerCreateImageBodyStyleMode | Unset = UNSET
    enhancement: AiImageUpscalerCreateImageBodyStyleEnhancement | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        enhancement: str | Unset = UNSET
        if not isinstance(self.enhancement, Unset):
            enhancement = self.enhancement

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if enhancement is not UNSET:
            field_dict["enhancement"] = enhancement
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: AiImageUpscalerCreateImageBodyStyleMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_ai_image_upscaler_create_image_body_style_mode(_mode)

        _enhancement = d.pop("enhancement", UNSET)
        enhancement: AiImageUpscalerCreateImageBodyStyleEnhancement | Unset
        if isinstance(_enhancement, Unset):
            enhancement = UNSET
        else:
            enhancement = check_ai_image_upscaler_create_image_body_style_enhancement(
                _enhancement
            )

        prompt = d.pop("prompt", UNSET)

        ai_image_upscaler_create_image_body_style = cls(
            mode=mode,
            enhancement=enhancement,
            prompt=prompt,
        )

        ai_image_upscaler_create_image_body_style.additional_properties = d
        return ai_image_upscaler_create_image_body_style

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
