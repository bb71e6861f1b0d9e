from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_swap_create_video_body_assets import (
        FaceSwapCreateVideoBodyAssets,
    )
    from ..models.face_swap_create_video_body_style import FaceSwapCreateVideoBodyStyle


T = TypeVar("T", bound="FaceSwapCreateVideoBody")


@_attrs_define
class FaceSwapCreateVideoBody:
    """
    Attributes:
        start_seconds (float): Start time of your clip (seconds). Must be ≥ 0. Example: 0.
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        assets (FaceSwapCreateVideoBodyAssets): Provide the assets for face swap. For video, The `video_source` field
            determines whether `video_file_path` or `youtube_url` field is used
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Face Swap - dateTime'.
            Example: My Face Swap video.
        style (FaceSwapCreateVideoBodyStyle | Unset): Style of the face swap video. Example: {'version': 'default'}.
    """

    start_seconds: float
    end_seconds: float
    assets: FaceSwapCreateVideoBodyAssets
    name: str | Unset = "Face Swap - dateTime"
    style: FaceSwapCreateVideoBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        name = self.name

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_swap_create_video_body_assets import (
            FaceSwapCreateVideoBodyAssets,
        )
        from ..models.face_swap_create_video_body_style import (
            FaceSwapCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        assets = FaceSwapCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _style = d.pop("style", UNSET)
        style: FaceSwapCreateVideoBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = FaceSwapCreateVideoBodyStyle.from_dict(_style)

        face_swap_create_video_body = cls(
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            assets=assets,
            name=name,
            style=style,
        )

        face_swap_create_video_body.additional_properties = d
        return face_swap_create_video_body

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
