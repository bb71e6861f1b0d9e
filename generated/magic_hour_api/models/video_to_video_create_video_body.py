from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_to_video_create_video_body_fps_resolution import (
    VideoToVideoCreateVideoBodyFpsResolution,
    check_video_to_video_create_video_body_fps_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_to_video_create_video_body_assets import (
        VideoToVideoCreateVideoBodyAssets,
    )
    from ..models.video_to_video_create_video_body_style import (
        VideoToVideoCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="VideoToVideoCreateVideoBody")


@_attrs_define
class VideoToVideoCreateVideoBody:
    """
    Attributes:
        start_seconds (float): Start time of your clip (seconds). Must be ≥ 0. Example: 0.
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        style (VideoToVideoCreateVideoBodyStyle):
        assets (VideoToVideoCreateVideoBodyAssets): Provide the assets for video-to-video. For video, The `video_source`
            field determines whether `video_file_path` or `youtube_url` field is used
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Video To Video - dateTime'.
            Example: My Video To Video video.
        fps_resolution (VideoToVideoCreateVideoBodyFpsResolution | Unset): Determines whether the resulting video will
            have the same frame per second as the original video, or half.
            * `FULL` - the result video will have the same FPS as the input video
            * `HALF` - the result video will have half the FPS as the input video Default: 'HALF'. Example: HALF.
    """

    start_seconds: float
    end_seconds: float
    style: VideoToVideoCreateVideoBodyStyle
    assets: VideoToVideoCreateVideoBodyAssets
    name: str | Unset = "Video To Video - dateTime"
    fps_resolution: VideoToVideoCreateVideoBodyFpsResolution | Unset = "HALF"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        style = self.style.to_dict()

        assets = self.assets.to_dict()

        name = self.name

        fps_resolution: str | Unset = UNSET
        if not isinstance(self.fps_resolution, Unset):
            fps_resolution = self.fps_resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if fps_resolution is not UNSET:
            field_dict["fps_resolution"] = fps_resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_to_video_create_video_body_assets import (
            VideoToVideoCreateVideoBodyAssets,
        )
        from ..models.video_to_video_create_video_body_style import (
            VideoToVideoCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        style = VideoToVideoCreateVideoBodyStyle.from_dict(d.pop("style"))

        assets = VideoToVideoCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _fps_resolution = d.pop("fps_resolution", UNSET)
        fps_resolution: VideoToVideoCreateVideoBodyFpsResolution | Unset
        if isinstance(_fps_resolution, Unset):
            fps_resolution = UNSET
        else:
            fps_resolution = check_video_to_video_create_video_body_fps_resolution(
                _fps_resolution
            )

        video_to_video_create_video_body = cls(
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            style=style,
            assets=assets,
            name=name,
            fps_resolution=fps_resolution,
        )

        video_to_video_create_video_body.additional_properties = d
        return video_to_video_create_video_body

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
