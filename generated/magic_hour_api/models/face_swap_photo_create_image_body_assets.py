from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.face_swap_photo_create_image_body_assets_face_swap_mode import (
    FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode,
    check_face_swap_photo_create_image_body_assets_face_swap_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_swap_photo_create_image_body_assets_face_mappings_item import (
        FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem,
    )


T = TypeVar("T", bound="FaceSwapPhotoCreateImageBodyAssets")


@_attrs_define
class FaceSwapPhotoCreateImageBodyAssets:
    """Provide the assets for face swap photo

    Attributes:
        target_file_path (str): This is the image where the face from the source image will be placed. This value is
            either
            - a direct URL to the video file
            - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls).

            See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
            for details.
             Example: api-assets/id/1234.png.
        face_swap_mode (FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode | Unset): Choose how to swap faces:
            - **all-faces** (recommended) — swap all detected faces using one source image (`source_file_path` required)
            - **individual-faces** — specify exact mappings using `face_mappings` Default: 'all-faces'. Example: all-faces.
        source_file_path (str | Unset): This is the image from which the face is extracted. The value is required if
            `face_swap_mode` is `all-faces`.

            This value is either
            - a direct URL to the video file
            - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
            reference/files/generate-asset-upload-urls).

            See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
            for details.
             Example: api-assets/id/1234.png.
        face_mappings (list[FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem] | Unset): This is the array of face
            mappings used for multiple face swap. The value is required if `face_swap_mode` is `individual-faces`. Example:
            [{'original_face': 'api-assets/id/0-0.png', 'new_face': 'api-assets/id/1234.png'}].
    """

    target_file_path: str
    face_swap_mode: FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode | Unset = "all-faces"
    source_file_path: str | Unset = UNSET
    face_mappings: list[FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_file_path = self.target_file_path

        face_swap_mode: str | Unset = UNSET
        if not isinstance(self.face_swap_mode, Unset):
            face_swap_mode = self.face_swap_mode

        source_file_path = self.source_file_path

        face_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.face_mappings, Unset):
            face_mappings = []
            for face_mappings_item_data in self.face_mappings:
                face_mappings_item = face_mappings_item_data.to_dict()
                face_mappings.append(face_mappings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_file_path": target_file_path,
            }
        )
        if face_swap_mode is not UNSET:
            field_dict["face_swap_mode"] = face_swap_mode
        if source_file_path is not UNSET:
            field_dict["source_file_path"] = source_file_path
        if face_mappings is not UNSET:
            field_dict["face_mappings"] = face_mappings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_swap_photo_create_image_body_assets_face_mappings_item import (
            FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem,
        )

        d = dict(src_dict)
        target_file_path = d.pop("target_file_path")

        _face_swap_mode = d.pop("face_swap_mode", UNSET)
        face_swap_mode: FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode | Unset
        if isinstance(_face_swap_mode, Unset):
            face_swap_mode = UNSET
        else:
            face_swap_mode = (
                check_face_swap_photo_create_image_body_assets_face_swap_mode(
                    _face_swap_mode
                )
            )

        source_file_path = d.pop("source_file_path", UNSET)

        _face_mappings = d.pop("face_mappings", UNSET)
        face_mappings: (
            list[FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem] | Unset
        ) = UNSET
        if _face_mappings is not UNSET:
            face_mappings = []
            for face_mappings_item_data in _face_mappings:
                face_mappings_item = (
                    FaceSwapPhotoCreateImageBodyAssetsFaceMappingsItem.from_dict(
                        face_mappings_item_data
                    )
                )

                face_mappings.append(face_mappings_item)

        face_swap_photo_create_image_body_assets = cls(
            target_file_path=target_file_path,
            face_swap_mode=face_swap_mode,
            source_file_path=source_file_path,
            face_mappings=face_mappings,
        )

        face_swap_photo_create_image_body_assets.additional_properties = d
        return face_swap_photo_create_image_body_assets

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
