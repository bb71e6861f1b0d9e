from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_to_video_create_video_body_resolution import (
    AudioToVideoCreateVideoBodyResolution,
    check_audio_to_video_create_video_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_to_video_create_video_body_assets import (
        AudioToVideoCreateVideoBodyAssets,
    )
    from ..models.audio_to_video_create_video_body_style import (
        AudioToVideoCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="AudioToVideoCreateVideoBody")


@_attrs_define
class AudioToVideoCreateVideoBody:
    """
    Attributes:
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        assets (AudioToVideoCreateVideoBodyAssets): Provide the audio file and an optional reference image.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Audio To Video - dateTime'.
            Example: My Audio To Video video.
        start_seconds (float | Unset): Start time of your clip (seconds). Must be ≥ 0. Default: 0.0. Example: 0.
        resolution (AudioToVideoCreateVideoBodyResolution | Unset): Output video resolution. Defaults to `720p` on paid
            tiers and `480p` on free tiers. Example: 720p.
        style (AudioToVideoCreateVideoBodyStyle | Unset): Attributes used to dictate the style of the output
    """

    end_seconds: float
    assets: AudioToVideoCreateVideoBodyAssets
    name: str | Unset = "Audio To Video - dateTime"
    start_seconds: float | Unset = 0.0
    resolution: AudioToVideoCreateVideoBodyResolution | Unset = UNSET
    style: AudioToVideoCreateVideoBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        name = self.name

        start_seconds = self.start_seconds

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_seconds": end_seconds,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if start_seconds is not UNSET:
            field_dict["start_seconds"] = start_seconds
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audio_to_video_create_video_body_assets import (
            AudioToVideoCreateVideoBodyAssets,
        )
        from ..models.audio_to_video_create_video_body_style import (
            AudioToVideoCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        end_seconds = d.pop("end_seconds")

        assets = AudioToVideoCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        start_seconds = d.pop("start_seconds", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: AudioToVideoCreateVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_audio_to_video_create_video_body_resolution(_resolution)

        _style = d.pop("style", UNSET)
        style: AudioToVideoCreateVideoBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = AudioToVideoCreateVideoBodyStyle.from_dict(_style)

        audio_to_video_create_video_body = cls(
            end_seconds=end_seconds,
            assets=assets,
            name=name,
            start_seconds=start_seconds,
            resolution=resolution,
            style=style,
        )

        audio_to_video_create_video_body.additional_properties = d
        return audio_to_video_create_video_body

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
