from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_assets_generate_presigned_url_body_items_item_type import (
    VideoAssetsGeneratePresignedUrlBodyItemsItemType,
    check_video_assets_generate_presigned_url_body_items_item_type,
)

T = TypeVar("T", bound="VideoAssetsGeneratePresignedUrlBodyItemsItem")


@_attrs_define
class VideoAssetsGeneratePresignedUrlBodyItemsItem:
    """
    Attributes:
        type_ (VideoAssetsGeneratePresignedUrlBodyItemsItemType): The type of asset to upload. Possible types are video,
            audio, image Example: video.
        extension (str): The extension of the file to upload. Do not include the dot (.) before the extension. Possible
            extensions are mp4,m4v,mov,webm,mp3,wav,aac,flac,webm,weba,m4a,opus,ogg,oga,aiff,amr,png,jpg,jpeg,jfif,heic,heif
            ,webp,avif,jp2,tiff,tif,bmp,gif,webp,webm Example: mp4.
    """

    type_: VideoAssetsGeneratePresignedUrlBodyItemsItemType
    extension: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type(self) -> VideoAssetsGeneratePresignedUrlBodyItemsItemType:
        """`type_`, by the name the API gives it."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        extension = self.extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "extension": extension,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_video_assets_generate_presigned_url_body_items_item_type(
            d.pop("type")
        )

        extension = d.pop("extension")

        video_assets_generate_presigned_url_body_items_item = cls(
            type_=type_,
            extension=extension,
        )

        video_assets_generate_presigned_url_body_items_item.additional_properties = d
        return video_assets_generate_presigned_url_body_items_item

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
