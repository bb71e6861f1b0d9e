from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generation_mode import GenerationMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TalkingPhotoStyle")


@_attrs_define
class TalkingPhotoStyle:
    """Attributes used to dictate the style of the output

    Example:
        {'generation_mode': 'pro', 'intensity': 1.5}

    Attributes:
        generation_mode (GenerationMode | Unset): Controls overall motion style. * `pro` -  Higher fidelity, realistic
            detail, accurate lip sync, and faster generation. * `standard` -  More expressive motion, but lower visual
            fidelity.  * `expressive` - More motion and facial expressiveness; may introduce visual artifacts. (Deprecated:
            passing this value will be treated as `standard`) * `stable` -  Reduced motion for cleaner output; may result in
            minimal animation. (Deprecated: passing this value will be treated as `pro`) Example: pro.
        intensity (float | Unset): Note: this value is only applicable when generation_mode is `expressive`. The value
            can include up to 2 decimal places. * Lower values yield more stability but can suppress mouth movement. *
            Higher values increase motion and expressiveness, with a higher risk of distortion. Example: 1.5.
    """

    generation_mode: GenerationMode | Unset = UNSET
    intensity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_mode: str | Unset = UNSET
        if not isinstance(self.generation_mode, Unset):
            generation_mode = self.generation_mode.value

        intensity = self.intensity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode
        if intensity is not UNSET:
            field_dict["intensity"] = intensity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _generation_mode = d.pop("generation_mode", UNSET)
        generation_mode: GenerationMode | Unset
        if isinstance(_generation_mode, Unset):
            generation_mode = UNSET
        else:
            generation_mode = GenerationMode(_generation_mode)

        intensity = d.pop("intensity", UNSET)

        talking_photo_style = cls(
            generation_mode=generation_mode,
            intensity=intensity,
        )

        talking_photo_style.additional_properties = d
        return talking_photo_style

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
