from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.character_replace_create_video_body_model import (
    CharacterReplaceCreateVideoBodyModel,
    check_character_replace_create_video_body_model,
)
from ..models.character_replace_create_video_body_resolution import (
    CharacterReplaceCreateVideoBodyResolution,
    check_character_replace_create_video_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character_replace_create_video_body_assets import (
        CharacterReplaceCreateVideoBodyAssets,
    )
    from ..models.character_replace_create_video_body_style import (
        CharacterReplaceCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="CharacterReplaceCreateVideoBody")


@_attrs_define
class CharacterReplaceCreateVideoBody:
    """
    Attributes:
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        assets (CharacterReplaceCreateVideoBodyAssets): Source video and reference character image for the job.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Character Replace -
            dateTime'. Example: My Character Replace video.
        start_seconds (float | Unset): Start time of your clip (seconds). Must be ≥ 0. Default: 0.0. Example: 0.
        model (CharacterReplaceCreateVideoBodyModel | Unset): Model to use. Defaults to `wan-animate`.

            * **`wan-animate`**: 480p, 720p. Supports `points` subject selection.
            * **`kling-3.0`**: 720p, 1080p. Clips of 3–10 seconds in `replace` mode or 3–30 seconds in `animate` mode. Picks
            the main person automatically, so `points` are rejected. Default: 'wan-animate'. Example: wan-animate.
        resolution (CharacterReplaceCreateVideoBodyResolution | Unset): Output video resolution. Must be supported by
            `model`. Defaults to the lowest resolution available on your plan for that model. Example: 720p.
        style (CharacterReplaceCreateVideoBodyStyle | Unset): Optional style controls for replace vs animate mode and
            subject selection. Example: {'mode': 'replace', 'selection_mode': 'auto'}.
    """

    end_seconds: float
    assets: CharacterReplaceCreateVideoBodyAssets
    name: str | Unset = "Character Replace - dateTime"
    start_seconds: float | Unset = 0.0
    model: CharacterReplaceCreateVideoBodyModel | Unset = "wan-animate"
    resolution: CharacterReplaceCreateVideoBodyResolution | Unset = UNSET
    style: CharacterReplaceCreateVideoBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        name = self.name

        start_seconds = self.start_seconds

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

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
        if model is not UNSET:
            field_dict["model"] = model
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.character_replace_create_video_body_assets import (
            CharacterReplaceCreateVideoBodyAssets,
        )
        from ..models.character_replace_create_video_body_style import (
            CharacterReplaceCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        end_seconds = d.pop("end_seconds")

        assets = CharacterReplaceCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        start_seconds = d.pop("start_seconds", UNSET)

        _model = d.pop("model", UNSET)
        model: CharacterReplaceCreateVideoBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_character_replace_create_video_body_model(_model)

        _resolution = d.pop("resolution", UNSET)
        resolution: CharacterReplaceCreateVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_character_replace_create_video_body_resolution(
                _resolution
            )

        _style = d.pop("style", UNSET)
        style: CharacterReplaceCreateVideoBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = CharacterReplaceCreateVideoBodyStyle.from_dict(_style)

        character_replace_create_video_body = cls(
            end_seconds=end_seconds,
            assets=assets,
            name=name,
            start_seconds=start_seconds,
            model=model,
            resolution=resolution,
            style=style,
        )

        character_replace_create_video_body.additional_properties = d
        return character_replace_create_video_body

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
