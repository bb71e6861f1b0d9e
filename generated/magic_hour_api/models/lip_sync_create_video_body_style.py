from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lip_sync_create_video_body_style_generation_mode import (
    LipSyncCreateVideoBodyStyleGenerationMode,
    check_lip_sync_create_video_body_style_generation_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LipSyncCreateVideoBodyStyle")


@_attrs_define
class LipSyncCreateVideoBodyStyle:
    """Attributes used to dictate the style of the output

    Attributes:
        generation_mode (LipSyncCreateVideoBodyStyleGenerationMode | Unset): A specific version of our lip sync system,
            optimized for different needs.
            * `lite` -  Fast lip sync - best for simple videos. Costs 1 credit per frame of video.
            * `standard` -  Natural, accurate lip sync - best for most creators. Requires visible mouth movement in the
            opening seconds of the input video. Costs 1 credit per frame of video.
            * `pro` -  Premium fidelity with enhanced detail - best for professionals. Requires visible mouth movement in
            the opening seconds of the input video. Costs 2 credits per frame of video.

            If your source is a still image, including a still image saved as a static video, use [AI Talking
            Photo](https://docs.magichour.ai/api-reference/video-projects/ai-talking-photo) with the original image and your
            audio instead.

            Note: `pro` is only available for users on Creator, Pro, and Business tiers.
                           Default: 'lite'. Example: lite.
    """

    generation_mode: LipSyncCreateVideoBodyStyleGenerationMode | Unset = "lite"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_mode: str | Unset = UNSET
        if not isinstance(self.generation_mode, Unset):
            generation_mode = self.generation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_mode is not UNSET:
            field_dict["generation_mode"] = generation_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _generation_mode = d.pop("generation_mode", UNSET)
        generation_mode: LipSyncCreateVideoBodyStyleGenerationMode | Unset
        if isinstance(_generation_mode, Unset):
            generation_mode = UNSET
        else:
            generation_mode = check_lip_sync_create_video_body_style_generation_mode(
                _generation_mode
            )

        lip_sync_create_video_body_style = cls(
            generation_mode=generation_mode,
        )

        lip_sync_create_video_body_style.additional_properties = d
        return lip_sync_create_video_body_style

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
