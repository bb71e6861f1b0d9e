from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_to_video_create_video_body_assets_video_source import (
    VideoToVideoCreateVideoBodyAssetsVideoSource,
    check_video_to_video_create_video_body_assets_video_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoToVideoCreateVideoBodyAssets")


@_attrs_define
class VideoToVideoCreateVideoBodyAssets:
    """Provide the assets for video-to-video. For video, The `video_source` field determines whether `video_file_path` or
    `youtube_url` field is used

        Attributes:
            video_source (VideoToVideoCreateVideoBodyAssetsVideoSource): Choose your video source. Example: file.
            video_file_path (str | Unset): Your video file. Required if `video_source` is `file`. This value is either
                - a direct URL to the video file
                - `file_path` field from the response of the [upload urls API](https://docs.magichour.ai/api-
                reference/files/generate-asset-upload-urls).

                See the [file upload guide](https://docs.magichour.ai/api-reference/files/generate-asset-upload-urls#input-file)
                for details.
                 Example: api-assets/id/1234.mp4.
            youtube_url (str | Unset): YouTube URL (required if `video_source` is `youtube`).
    """

    video_source: VideoToVideoCreateVideoBodyAssetsVideoSource
    video_file_path: str | Unset = UNSET
    youtube_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_source: str = self.video_source

        video_file_path = self.video_file_path

        youtube_url = self.youtube_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_source": video_source,
            }
        )
        if video_file_path is not UNSET:
            field_dict["video_file_path"] = video_file_path
        if youtube_url is not UNSET:
            field_dict["youtube_url"] = youtube_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        video_source = check_video_to_video_create_video_body_assets_video_source(
            d.pop("video_source")
        )

        video_file_path = d.pop("video_file_path", UNSET)

        youtube_url = d.pop("youtube_url", UNSET)

        video_to_video_create_video_body_assets = cls(
            video_source=video_source,
            video_file_path=video_file_path,
            youtube_url=youtube_url,
        )

        video_to_video_create_video_body_assets.additional_properties = d
        return video_to_video_create_video_body_assets

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
