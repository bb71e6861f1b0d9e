from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.face_swap_create_video_body_assets_face_swap_mode import (
    FaceSwapCreateVideoBodyAssetsFaceSwapMode,
    check_face_swap_create_video_body_assets_face_swap_mode,
)
from ..models.face_swap_create_video_body_assets_video_source import (
    FaceSwapCreateVideoBodyAssetsVideoSource,
    check_face_swap_create_video_body_assets_video_source,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.face_swap_create_video_body_assets_face_mappings_item import (
        FaceSwapCreateVideoBodyAssetsFaceMappingsItem,
    )


T = TypeVar("T", bound="FaceSwapCreateVideoBodyAssets")


@_attrs_define
class FaceSwapCreateVideoBodyAssets:
    """Provide the assets for face swap. For video, The `video_source` field determines whether `video_file_path` or
    `youtube_url` field is used

        Attributes:
            video_source (FaceSwapCreateVideoBodyAssetsVideoSource): Choose your video source. Example: file.
            face_swap_mode (FaceSwapCreateVideoBodyAssetsFaceSwapMode | Unset): Choose how to swap faces:
                - **all-faces** (recommended) — swap all detected faces using one source image (`source_file_path` required)
                - **individual-faces** — specify exact mappings using `face_mappings` Default: 'all-faces'. Example: all-faces.
            image_file_path (str | Unset): The path of the input image with the face to be swapped.  The value is required
                if `face_swap_mode` is `all-faces`.

                This value is either
                - a direct URL to the video file
                - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
                reference/files/generate-asset-upload-urls).

                See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
                for details.
                 Example: image/id/1234.png.
            face_mappings (list[FaceSwapCreateVideoBodyAssetsFaceMappingsItem] | Unset): This is the array of face mappings
                used for multiple face swap. The value is required if `face_swap_mode` is `individual-faces`. Example:
                [{'original_face': 'api-assets/id/0-0.png', 'new_face': 'api-assets/id/1234.png'}].
            video_file_path (str | Unset): Your video file. Required if `video_source` is `file`. This value is either
                - a direct URL to the video file
                - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
                reference/files/generate-asset-upload-urls).

                See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
                for details.
                 Example: api-assets/id/1234.mp4.
            youtube_url (str | Unset): YouTube URL (required if `video_source` is `youtube`).
    """

    video_source: FaceSwapCreateVideoBodyAssetsVideoSource
    face_swap_mode: FaceSwapCreateVideoBodyAssetsFaceSwapMode | Unset = "all-faces"
    image_file_path: str | Unset = UNSET
    face_mappings: list[FaceSwapCreateVideoBodyAssetsFaceMappingsItem] | Unset = UNSET
    video_file_path: str | Unset = UNSET
    youtube_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_source: str = self.video_source

        face_swap_mode: str | Unset = UNSET
        if not isinstance(self.face_swap_mode, Unset):
            face_swap_mode = self.face_swap_mode

        image_file_path = self.image_file_path

        face_mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.face_mappings, Unset):
            face_mappings = []
            for face_mappings_item_data in self.face_mappings:
                face_mappings_item = face_mappings_item_data.to_dict()
                face_mappings.append(face_mappings_item)

        video_file_path = self.video_file_path

        youtube_url = self.youtube_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_source": video_source,
            }
        )
        if face_swap_mode is not UNSET:
            field_dict["face_swap_mode"] = face_swap_mode
        if image_file_path is not UNSET:
            field_dict["image_file_path"] = image_file_path
        if face_mappings is not UNSET:
            field_dict["face_mappings"] = face_mappings
        if video_file_path is not UNSET:
            field_dict["video_file_path"] = video_file_path
        if youtube_url is not UNSET:
            field_dict["youtube_url"] = youtube_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.face_swap_create_video_body_assets_face_mappings_item import (
            FaceSwapCreateVideoBodyAssetsFaceMappingsItem,
        )

        d = dict(src_dict)
        video_source = check_face_swap_create_video_body_assets_video_source(
            d.pop("video_source")
        )

        _face_swap_mode = d.pop("face_swap_mode", UNSET)
        face_swap_mode: FaceSwapCreateVideoBodyAssetsFaceSwapMode | Unset
        if isinstance(_face_swap_mode, Unset):
            face_swap_mode = UNSET
        else:
            face_swap_mode = check_face_swap_create_video_body_assets_face_swap_mode(
                _face_swap_mode
            )

        image_file_path = d.pop("image_file_path", UNSET)

        _face_mappings = d.pop("face_mappings", UNSET)
        face_mappings: list[FaceSwapCreateVideoBodyAssetsFaceMappingsItem] | Unset = (
            UNSET
        )
        if _face_mappings is not UNSET:
            face_mappings = []
            for face_mappings_item_data in _face_mappings:
                face_mappings_item = (
                    FaceSwapCreateVideoBodyAssetsFaceMappingsItem.from_dict(
                        face_mappings_item_data
                    )
                )

                face_mappings.append(face_mappings_item)

        video_file_path = d.pop("video_file_path", UNSET)

        youtube_url = d.pop("youtube_url", UNSET)

        face_swap_create_video_body_assets = cls(
            video_source=video_source,
            face_swap_mode=face_swap_mode,
            image_file_path=image_file_path,
            face_mappings=face_mappings,
            video_file_path=video_file_path,
            youtube_url=youtube_url,
        )

        face_swap_create_video_body_assets.additional_properties = d
        return face_swap_create_video_body_assets

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
