from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_subtitle_generator_create_video_body_style_template import (
    AutoSubtitleGeneratorCreateVideoBodyStyleTemplate,
    check_auto_subtitle_generator_create_video_body_style_template,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_subtitle_generator_create_video_body_style_custom_config import (
        AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig,
    )


T = TypeVar("T", bound="AutoSubtitleGeneratorCreateVideoBodyStyle")


@_attrs_define
class AutoSubtitleGeneratorCreateVideoBodyStyle:
    """Style of the subtitle. At least one of `.style.template` or `.style.custom_config` must be provided.
    * If only `.style.template` is provided, default values for the template will be used.
    * If both are provided, the fields in `.style.custom_config` will be used to overwrite the fields in
    `.style.template`.
    * If only `.style.custom_config` is provided, then all fields in `.style.custom_config` will be used.

    To use custom config only, the following `custom_config` params are required:
    * `.style.custom_config.font`
    * `.style.custom_config.text_color`
    * `.style.custom_config.vertical_position`
    * `.style.custom_config.horizontal_position`

        Attributes:
            template (AutoSubtitleGeneratorCreateVideoBodyStyleTemplate | Unset): Preset subtitle templates. Please visit
                https://magichour.ai/create/auto-subtitle-generator to see the style of the existing templates.
            custom_config (AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig | Unset): Custom subtitle configuration.
    """

    template: AutoSubtitleGeneratorCreateVideoBodyStyleTemplate | Unset = UNSET
    custom_config: AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template: str | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template

        custom_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_config, Unset):
            custom_config = self.custom_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template is not UNSET:
            field_dict["template"] = template
        if custom_config is not UNSET:
            field_dict["custom_config"] = custom_config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auto_subtitle_generator_create_video_body_style_custom_config import (
            AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig,
        )

        d = dict(src_dict)
        _template = d.pop("template", UNSET)
        template: AutoSubtitleGeneratorCreateVideoBodyStyleTemplate | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = check_auto_subtitle_generator_create_video_body_style_template(
                _template
            )

        _custom_config = d.pop("custom_config", UNSET)
        custom_config: AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig | Unset
        if isinstance(_custom_config, Unset):
            custom_config = UNSET
        else:
            custom_config = (
                AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig.from_dict(
                    _custom_config
                )
            )

        auto_subtitle_generator_create_video_body_style = cls(
            template=template,
            custom_config=custom_config,
        )

        auto_subtitle_generator_create_video_body_style.additional_properties = d
        return auto_subtitle_generator_create_video_body_style

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
