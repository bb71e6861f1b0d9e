from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_talking_photo_create_talking_photo_body_assets import (
        AiTalkingPhotoCreateTalkingPhotoBodyAssets,
    )
    from ..models.ai_talking_photo_create_talking_photo_body_style import (
        AiTalkingPhotoCreateTalkingPhotoBodyStyle,
    )


T = TypeVar("T", bound="AiTalkingPhotoCreateTalkingPhotoBody")


@_attrs_define
class AiTalkingPhotoCreateTalkingPhotoBody:
    """Provide the assets for creating a talking photo

    Attributes:
        start_seconds (float): The start time of the input audio in seconds. Maximum clip length depends on
            style.generation_mode: realistic 300s, prompted 45s. Example: 0.
        end_seconds (float): The end time of the input audio in seconds. Maximum clip length depends on
            style.generation_mode: realistic 300s, prompted 45s. Example: 15.
        assets (AiTalkingPhotoCreateTalkingPhotoBodyAssets): Provide the assets for creating a talking photo
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Talking Photo - dateTime'.
            Example: My Talking Photo video.
        style (AiTalkingPhotoCreateTalkingPhotoBodyStyle | Unset): Attributes used to dictate the style of the output
        max_resolution (int | Unset): Constrains the larger dimension (height or width) of the output video. Allows you
            to set a lower resolution than your plan's maximum if desired. The value is capped by your plan's max
            resolution. Example: 1024.
    """

    start_seconds: float
    end_seconds: float
    assets: AiTalkingPhotoCreateTalkingPhotoBodyAssets
    name: str | Unset = "Talking Photo - dateTime"
    style: AiTalkingPhotoCreateTalkingPhotoBodyStyle | Unset = UNSET
    max_resolution: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        name = self.name

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        max_resolution = self.max_resolution

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
        if max_resolution is not UNSET:
            field_dict["max_resolution"] = max_resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_talking_photo_create_talking_photo_body_assets import (
            AiTalkingPhotoCreateTalkingPhotoBodyAssets,
        )
        from ..models.ai_talking_photo_create_talking_photo_body_style import (
            AiTalkingPhotoCreateTalkingPhotoBodyStyle,
        )

        d = dict(src_dict)
        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        assets = AiTalkingPhotoCreateTalkingPhotoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _style = d.pop("style", UNSET)
        style: AiTalkingPhotoCreateTalkingPhotoBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = AiTalkingPhotoCreateTalkingPhotoBodyStyle.from_dict(_style)

        max_resolution = d.pop("max_resolution", UNSET)

        ai_talking_photo_create_talking_photo_body = cls(
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            assets=assets,
            name=name,
            style=style,
            max_resolution=max_resolution,
        )

        ai_talking_photo_create_talking_photo_body.additional_properties = d
        return ai_talking_photo_create_talking_photo_body

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
