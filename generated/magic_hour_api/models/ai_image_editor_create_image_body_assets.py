from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiImageEditorCreateImageBodyAssets")


@_attrs_define
class AiImageEditorCreateImageBodyAssets:
    """Provide the assets for image edit

    Attributes:
        image_file_paths (list[str] | Unset): The image(s) used in the edit, maximum of 10 images. This value is either
            - a direct URL to the video file
            - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls).

            See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
            for details.
             Example: ['api-assets/id/1234.png', 'api-assets/id/1235.png'].
    """

    image_file_paths: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_file_paths: list[str] | Unset = UNSET
        if not isinstance(self.image_file_paths, Unset):
            image_file_paths = self.image_file_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_file_paths is not UNSET:
            field_dict["image_file_paths"] = image_file_paths

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_file_paths = cast(list[str], d.pop("image_file_paths", UNSET))

        ai_image_editor_create_image_body_assets = cls(
            image_file_paths=image_file_paths,
        )

        ai_image_editor_create_image_body_assets.additional_properties = d
        return ai_image_editor_create_image_body_assets

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
