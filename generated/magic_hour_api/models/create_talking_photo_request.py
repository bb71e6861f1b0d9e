from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.talking_photo_assets import TalkingPhotoAssets
    from ..models.talking_photo_style import TalkingPhotoStyle


T = TypeVar("T", bound="CreateTalkingPhotoRequest")


@_attrs_define
class CreateTalkingPhotoRequest:
    """Provide the assets for creating a talking photo

    Example:
        {'assets': {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-assets/id/1234.png'},
            'end_seconds': 15.0, 'name': 'Talking Photo image', 'start_seconds': 0.0}

    Attributes:
        assets (TalkingPhotoAssets): Provide the assets for creating a talking photo Example: {'audio_file_path': 'api-
            assets/id/1234.mp3', 'image_file_path': 'api-assets/id/1234.png'}.
        start_seconds (float): The start time of the input audio in seconds. The maximum duration allowed is 60 seconds.
            Example: 0.0.
        end_seconds (float): The end time of the input audio in seconds. The maximum duration allowed is 60 seconds.
            Example: 15.0.
        name (str | Unset): The name of image. This value is mainly used for your own identification of the image.
            Example: Talking Photo image.
        style (TalkingPhotoStyle | Unset): Attributes used to dictate the style of the output Example:
            {'generation_mode': 'pro', 'intensity': 1.5}.
    """

    assets: TalkingPhotoAssets
    start_seconds: float
    end_seconds: float
    name: str | Unset = UNSET
    style: TalkingPhotoStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        name = self.name

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.talking_photo_assets import TalkingPhotoAssets
        from ..models.talking_photo_style import TalkingPhotoStyle

        d = dict(src_dict)
        assets = TalkingPhotoAssets.from_dict(d.pop("assets"))

        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        name = d.pop("name", UNSET)

        _style = d.pop("style", UNSET)
        style: TalkingPhotoStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = TalkingPhotoStyle.from_dict(_style)

        create_talking_photo_request = cls(
            assets=assets,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            name=name,
            style=style,
        )

        create_talking_photo_request.additional_properties = d
        return create_talking_photo_request

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
