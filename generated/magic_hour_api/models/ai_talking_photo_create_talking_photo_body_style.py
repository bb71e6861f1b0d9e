from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_talking_photo_create_talking_photo_body_style_generation_mode import (
    AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode,
    check_ai_talking_photo_create_talking_photo_body_style_generation_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiTalkingPhotoCreateTalkingPhotoBodyStyle")


@_attrs_define
class AiTalkingPhotoCreateTalkingPhotoBodyStyle:
    """Attributes used to dictate the style of the output

    Attributes:
        generation_mode (AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode | Unset): Controls overall motion
            style.
            * `realistic` - Maintains likeness well, high quality, and reliable.
            * `prompted` - Slightly lower likeness; allows option to prompt scene.

            **Deprecated values (maintained for backward compatibility):**
            * `pro` - Deprecated: use `realistic`
            * `standard` - Deprecated: use `prompted`
            * `stable` - Deprecated: use `realistic`
            * `expressive` - Deprecated: use `prompted` Default: 'realistic'. Example: realistic.
        prompt (str | Unset): A text prompt to guide the generation. Only applicable when generation_mode is `prompted`.
            This field is ignored for other modes.
    """

    generation_mode: AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode | Unset = (
        "realistic"
    )
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_mode: str | Unset = UNSET
        if not isinstance(self.generation_mode, Unset):
            generation_mode = self.generation_mode

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _generation_mode = d.pop("generation_mode", UNSET)
        generation_mode: AiTalkingPhotoCreateTalkingPhotoBodyStyleGenerationMode | Unset
        if isinstance(_generation_mode, Unset):
            generation_mode = UNSET
        else:
            generation_mode = (
                check_ai_talking_photo_create_talking_photo_body_style_generation_mode(
                    _generation_mode
                )
            )

        prompt = d.pop("prompt", UNSET)

        ai_talking_photo_create_talking_photo_body_style = cls(
            generation_mode=generation_mode,
            prompt=prompt,
        )

        ai_talking_photo_create_talking_photo_body_style.additional_properties = d
        return ai_talking_photo_create_talking_photo_body_style

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
