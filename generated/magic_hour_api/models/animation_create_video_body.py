from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.animation_create_video_body_assets import (
        AnimationCreateVideoBodyAssets,
    )
    from ..models.animation_create_video_body_style import AnimationCreateVideoBodyStyle


T = TypeVar("T", bound="AnimationCreateVideoBody")


@_attrs_define
class AnimationCreateVideoBody:
    """
    Attributes:
        fps (float): The desire output video frame rate Example: 12.
        end_seconds (float): This value determines the duration of the output video. Example: 15.
        height (int): The height of the final output video. The maximum height depends on your subscription. Please
            refer to our [pricing page](https://magichour.ai/pricing) for more details Example: 960.
        width (int): The width of the final output video. The maximum width depends on your subscription. Please refer
            to our [pricing page](https://magichour.ai/pricing) for more details Example: 512.
        style (AnimationCreateVideoBodyStyle): Defines the style of the output video
        assets (AnimationCreateVideoBodyAssets): Provide the assets for animation.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Animation - dateTime'.
            Example: My Animation video.
    """

    fps: float
    end_seconds: float
    height: int
    width: int
    style: AnimationCreateVideoBodyStyle
    assets: AnimationCreateVideoBodyAssets
    name: str | Unset = "Animation - dateTime"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fps = self.fps

        end_seconds = self.end_seconds

        height = self.height

        width = self.width

        style = self.style.to_dict()

        assets = self.assets.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fps": fps,
                "end_seconds": end_seconds,
                "height": height,
                "width": width,
                "style": style,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.animation_create_video_body_assets import (
            AnimationCreateVideoBodyAssets,
        )
        from ..models.animation_create_video_body_style import (
            AnimationCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        fps = d.pop("fps")

        end_seconds = d.pop("end_seconds")

        height = d.pop("height")

        width = d.pop("width")

        style = AnimationCreateVideoBodyStyle.from_dict(d.pop("style"))

        assets = AnimationCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        animation_create_video_body = cls(
            fps=fps,
            end_seconds=end_seconds,
            height=height,
            width=width,
            style=style,
            assets=assets,
            name=name,
        )

        animation_create_video_body.additional_properties = d
        return animation_create_video_body

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
