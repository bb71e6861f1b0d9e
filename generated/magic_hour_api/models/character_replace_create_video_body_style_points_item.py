from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CharacterReplaceCreateVideoBodyStylePointsItem")


@_attrs_define
class CharacterReplaceCreateVideoBodyStylePointsItem:
    """
    Attributes:
        position_x (int): Horizontal pixel coordinate in the source video frame at `time_seconds`, measured from the
            left edge. Example: 320.
        position_y (int): Vertical pixel coordinate in the source video frame at `time_seconds`, measured from the top
            edge. Example: 180.
        time_seconds (float): Timestamp on the source video timeline in seconds. Uses the same clock as `start_seconds`
            and `end_seconds`. Example: 2.5.
    """

    position_x: int
    position_y: int
    time_seconds: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_x = self.position_x

        position_y = self.position_y

        time_seconds = self.time_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position_x": position_x,
                "position_y": position_y,
                "time_seconds": time_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position_x = d.pop("position_x")

        position_y = d.pop("position_y")

        time_seconds = d.pop("time_seconds")

        character_replace_create_video_body_style_points_item = cls(
            position_x=position_x,
            position_y=position_y,
            time_seconds=time_seconds,
        )

        character_replace_create_video_body_style_points_item.additional_properties = d
        return character_replace_create_video_body_style_points_item

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
