from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_upscaler_create_image_body_style_mode import (
    AiImageUpscalerCreateImageBodyStyleMode,
    check_ai_image_upscaler_create_image_body_style_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiImageUpscalerCreateImageBodyStyle")


@_attrs_define
class AiImageUpscalerCreateImageBodyStyle:
    """Style settings for the upscale. Use `mode` (`"preserve"`, `"balanced"`, or `"creative"`). Defaults to `"balanced"`.

    Attributes:
        mode (AiImageUpscalerCreateImageBodyStyleMode | Unset): The upscaling mode. `"preserve"` uses the fast pro
            pipeline (1× credit multiplier). `"balanced"` and `"creative"` use the creative pipeline (2× credit multiplier).
            `"pro"` is deprecated and maps to `"preserve"`. Defaults to `"balanced"`. Example: balanced.
        prompt (str | Unset): A prompt to guide the final image. Only used when mode is `creative`.
    """

    mode: AiImageUpscalerCreateImageBodyStyleMode | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
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

        prompt = d.pop("prompt", UNSET)

        ai_image_upscaler_create_image_body_style = cls(
            mode=mode,
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
