from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_subtitle_generator_create_video_body_assets import (
        AutoSubtitleGeneratorCreateVideoBodyAssets,
    )
    from ..models.auto_subtitle_generator_create_video_body_style import (
        AutoSubtitleGeneratorCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="AutoSubtitleGeneratorCreateVideoBody")


@_attrs_define
class AutoSubtitleGeneratorCreateVideoBody:
    """
    Attributes:
        start_seconds (float): Start time of your clip (seconds). Must be ≥ 0. Example: 0.
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        assets (AutoSubtitleGeneratorCreateVideoBodyAssets): Provide the assets for auto subtitle generator
        style (AutoSubtitleGeneratorCreateVideoBodyStyle): Style of the subtitle. At least one of `.style.template` or
            `.style.custom_config` must be provided.
            * If only `.style.template` is provided, default values for the template will be used.
            * If both are provided, the fields in `.style.custom_config` will be used to overwrite the fields in
            `.style.template`.
            * If only `.style.custom_config` is provided, then all fields in `.style.custom_config` will be used.

            To use custom config only, the following `custom_config` params are required:
            * `.style.custom_config.font`
            * `.style.custom_config.text_color`
            * `.style.custom_config.vertical_position`
            * `.style.custom_config.horizontal_position`
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Auto Subtitle - dateTime'.
            Example: My Auto Subtitle video.
    """

    start_seconds: float
    end_seconds: float
    assets: AutoSubtitleGeneratorCreateVideoBodyAssets
    style: AutoSubtitleGeneratorCreateVideoBodyStyle
    name: str | Unset = "Auto Subtitle - dateTime"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        style = self.style.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
                "style": style,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auto_subtitle_generator_create_video_body_assets import (
            AutoSubtitleGeneratorCreateVideoBodyAssets,
        )
        from ..models.auto_subtitle_generator_create_video_body_style import (
            AutoSubtitleGeneratorCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        assets = AutoSubtitleGeneratorCreateVideoBodyAssets.from_dict(d.pop("assets"))

        style = AutoSubtitleGeneratorCreateVideoBodyStyle.from_dict(d.pop("style"))

        name = d.pop("name", UNSET)

        auto_subtitle_generator_create_video_body = cls(
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            assets=assets,
            style=style,
            name=name,
        )

        auto_subtitle_generator_create_video_body.additional_properties = d
        return auto_subtitle_generator_create_video_body

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
