from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_video_translator_create_video_body_resolution import (
    AiVideoTranslatorCreateVideoBodyResolution,
    check_ai_video_translator_create_video_body_resolution,
)
from ..models.ai_video_translator_create_video_body_target_language import (
    AiVideoTranslatorCreateVideoBodyTargetLanguage,
    check_ai_video_translator_create_video_body_target_language,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_video_translator_create_video_body_assets import (
        AiVideoTranslatorCreateVideoBodyAssets,
    )


T = TypeVar("T", bound="AiVideoTranslatorCreateVideoBody")


@_attrs_define
class AiVideoTranslatorCreateVideoBody:
    """
    Attributes:
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. The clip must be 1-30
            seconds long. Example: 15.
        target_language (AiVideoTranslatorCreateVideoBodyTargetLanguage): Language to translate the video's speech into.
            Example: Spanish.
        assets (AiVideoTranslatorCreateVideoBodyAssets): Source video for the translation job.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Video Translator -
            dateTime'. Example: My Video Translator video.
        start_seconds (float | Unset): Start time of your clip (seconds). Must be ≥ 0. Default: 0.0. Example: 0.
        resolution (AiVideoTranslatorCreateVideoBodyResolution | Unset): Output video resolution. Defaults to 480p. 720p
            and 1080p require a paid plan. Example: 720p.
    """

    end_seconds: float
    target_language: AiVideoTranslatorCreateVideoBodyTargetLanguage
    assets: AiVideoTranslatorCreateVideoBodyAssets
    name: str | Unset = "Video Translator - dateTime"
    start_seconds: float | Unset = 0.0
    resolution: AiVideoTranslatorCreateVideoBodyResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_seconds = self.end_seconds

        target_language: str = self.target_language

        assets = self.assets.to_dict()

        name = self.name

        start_seconds = self.start_seconds

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_seconds": end_seconds,
                "target_language": target_language,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if start_seconds is not UNSET:
            field_dict["start_seconds"] = start_seconds
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_video_translator_create_video_body_assets import (
            AiVideoTranslatorCreateVideoBodyAssets,
        )

        d = dict(src_dict)
        end_seconds = d.pop("end_seconds")

        target_language = check_ai_video_translator_create_video_body_target_language(
            d.pop("target_language")
        )

        assets = AiVideoTranslatorCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        start_seconds = d.pop("start_seconds", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiVideoTranslatorCreateVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_video_translator_create_video_body_resolution(
                _resolution
            )

        ai_video_translator_create_video_body = cls(
            end_seconds=end_seconds,
            target_language=target_language,
            assets=assets,
            name=name,
            start_seconds=start_seconds,
            resolution=resolution,
        )

        ai_video_translator_create_video_body.additional_properties = d
        return ai_video_translator_create_video_body

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
