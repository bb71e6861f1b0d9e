from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.character_replace_create_video_body_style_mode import (
    CharacterReplaceCreateVideoBodyStyleMode,
    check_character_replace_create_video_body_style_mode,
)
from ..models.character_replace_create_video_body_style_selection_mode import (
    CharacterReplaceCreateVideoBodyStyleSelectionMode,
    check_character_replace_create_video_body_style_selection_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.character_replace_create_video_body_style_points_item import (
        CharacterReplaceCreateVideoBodyStylePointsItem,
    )


T = TypeVar("T", bound="CharacterReplaceCreateVideoBodyStyle")


@_attrs_define
class CharacterReplaceCreateVideoBodyStyle:
    """Optional style controls for replace vs animate mode and subject selection.

    Example:
        {'mode': 'replace', 'selection_mode': 'auto'}

    Attributes:
        mode (CharacterReplaceCreateVideoBodyStyleMode | Unset): Processing mode. `replace` swaps the detected subject
            with your reference character. `animate` transfers motion from the video onto your character image. Example:
            replace.
        selection_mode (CharacterReplaceCreateVideoBodyStyleSelectionMode | Unset): How to locate the subject in the
            source video. `auto` detects a person automatically. `point` uses your `points` to mark the subject and is
            supported by `wan-animate`. Defaults to `auto`. Example: auto.
        points (list[CharacterReplaceCreateVideoBodyStylePointsItem] | Unset): On-frame markers for manual subject
            selection. Required when `selection_mode` is `point`. Ignored when `selection_mode` is `auto` or omitted.
            Rejected for models without subject selection (supported by `wan-animate`).
    """

    mode: CharacterReplaceCreateVideoBodyStyleMode | Unset = UNSET
    selection_mode: CharacterReplaceCreateVideoBodyStyleSelectionMode | Unset = UNSET
    points: list[CharacterReplaceCreateVideoBodyStylePointsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        selection_mode: str | Unset = UNSET
        if not isinstance(self.selection_mode, Unset):
            selection_mode = self.selection_mode

        points: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = []
            for points_item_data in self.points:
                points_item = points_item_data.to_dict()
                points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if selection_mode is not UNSET:
            field_dict["selection_mode"] = selection_mode
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.character_replace_create_video_body_style_points_item import (
            CharacterReplaceCreateVideoBodyStylePointsItem,
        )

        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: CharacterReplaceCreateVideoBodyStyleMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_character_replace_create_video_body_style_mode(_mode)

        _selection_mode = d.pop("selection_mode", UNSET)
        selection_mode: CharacterReplaceCreateVideoBodyStyleSelectionMode | Unset
        if isinstance(_selection_mode, Unset):
            selection_mode = UNSET
        else:
            selection_mode = (
                check_character_replace_create_video_body_style_selection_mode(
                    _selection_mode
                )
            )

        _points = d.pop("points", UNSET)
        points: list[CharacterReplaceCreateVideoBodyStylePointsItem] | Unset = UNSET
        if _points is not UNSET:
            points = []
            for points_item_data in _points:
                points_item = CharacterReplaceCreateVideoBodyStylePointsItem.from_dict(
                    points_item_data
                )

                points.append(points_item)

        character_replace_create_video_body_style = cls(
            mode=mode,
            selection_mode=selection_mode,
            points=points,
        )

        character_replace_create_video_body_style.additional_properties = d
        return character_replace_create_video_body_style

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
