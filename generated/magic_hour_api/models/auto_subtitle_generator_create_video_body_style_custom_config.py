from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig")


@_attrs_define
class AutoSubtitleGeneratorCreateVideoBodyStyleCustomConfig:
    """Custom subtitle configuration.

    Attributes:
        font (str | Unset): Font name from Google Fonts. Not all fonts support all languages or character sets.
            We recommend verifying language support and appearance directly on https://fonts.google.com before use. Example:
            Noto Sans.
        font_size (float | Unset): Font size in pixels. If not provided, the font size is automatically calculated based
            on the video resolution. Example: 24.
        font_style (str | Unset): Font style (e.g., normal, italic, bold) Example: normal.
        text_color (str | Unset): Primary text color in hex format Example: #FFFFFF.
        highlighted_text_color (str | Unset): Color used to highlight the current spoken text Example: #FFD700.
        stroke_color (str | Unset): Stroke (outline) color of the text Example: #000000.
        stroke_width (float | Unset): Width of the text stroke in pixels. If `stroke_color` is provided, but
            `stroke_width` is not, the `stroke_width` will be calculated automatically based on the font size. Example: 1.
        vertical_position (str | Unset): Vertical alignment of the text (e.g., top, center, bottom) Example: bottom.
        horizontal_position (str | Unset): Horizontal alignment of the text (e.g., left, center, right) Example: center.
    """

    font: str | Unset = UNSET
    font_size: float | Unset = UNSET
    font_style: str | Unset = UNSET
    text_color: str | Unset = UNSET
    highlighted_text_color: str | Unset = UNSET
    stroke_color: str | Unset = UNSET
    stroke_width: float | Unset = UNSET
    vertical_position: str | Unset = UNSET
    horizontal_position: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        font = self.font

        font_size = self.font_size

        font_style = self.font_style

        text_color = self.text_color

        highlighted_text_color = self.highlighted_text_color

        stroke_color = self.stroke_color

        stroke_width = self.stroke_width

        vertical_position = self.vertical_position

        horizontal_position = self.horizontal_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if font is not UNSET:
            field_dict["font"] = font
        if font_size is not UNSET:
            field_dict["font_size"] = font_size
        if font_style is not UNSET:
            field_dict["font_style"] = font_style
        if text_color is not UNSET:
            field_dict["text_color"] = text_color
        if highlighted_text_color is not UNSET:
            field_dict["highlighted_text_color"] = highlighted_text_color
        if stroke_color is not UNSET:
            field_dict["stroke_color"] = stroke_color
        if stroke_width is not UNSET:
            field_dict["stroke_width"] = stroke_width
        if vertical_position is not UNSET:
            field_dict["vertical_position"] = vertical_position
        if horizontal_position is not UNSET:
            field_dict["horizontal_position"] = horizontal_position

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        font = d.pop("font", UNSET)

        font_size = d.pop("font_size", UNSET)

        font_style = d.pop("font_style", UNSET)

        text_color = d.pop("text_color", UNSET)

        highlighted_text_color = d.pop("highlighted_text_color", UNSET)

        stroke_color = d.pop("stroke_color", UNSET)

        stroke_width = d.pop("stroke_width", UNSET)

        vertical_position = d.pop("vertical_position", UNSET)

        horizontal_position = d.pop("horizontal_position", UNSET)

        auto_subtitle_generator_create_video_body_style_custom_config = cls(
            font=font,
            font_size=font_size,
            font_style=font_style,
            text_color=text_color,
            highlighted_text_color=highlighted_text_color,
            stroke_color=stroke_color,
            stroke_width=stroke_width,
            vertical_position=vertical_position,
            horizontal_position=horizontal_position,
        )

        auto_subtitle_generator_create_video_body_style_custom_config.additional_properties = d
        return auto_subtitle_generator_create_video_body_style_custom_config

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
