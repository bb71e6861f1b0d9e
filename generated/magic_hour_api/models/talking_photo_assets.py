from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TalkingPhotoAssets")


@_attrs_define
class TalkingPhotoAssets:
    """Provide the assets for creating a talking photo

    Example:
        {'audio_file_path': 'api-assets/id/1234.mp3', 'image_file_path': 'api-assets/id/1234.png'}

    Attributes:
        audio_file_path (str): The audio file to sync with the image. This value is either - a direct URL to the video
            file - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls). Please refer to the [Input File
            documentation](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) to learn
            more. Example: api-assets/id/1234.mp3.
        image_file_path (str): The source image to animate. This value is either - a direct URL to the video file -
            `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls). Please refer to the [Input File
            documentation](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file) to learn
            more. Example: api-assets/id/1234.png.
    """

    audio_file_path: str
    image_file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_file_path = self.audio_file_path

        image_file_path = self.image_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_file_path": audio_file_path,
                "image_file_path": image_file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audio_file_path = d.pop("audio_file_path")

        image_file_path = d.pop("image_file_path")

        talking_photo_assets = cls(
            audio_file_path=audio_file_path,
            image_file_path=image_file_path,
        )

        talking_photo_assets.additional_properties = d
        return talking_photo_assets

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
