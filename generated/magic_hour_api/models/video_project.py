from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_project_status import VideoProjectStatus

if TYPE_CHECKING:
    from ..models.video_download import VideoDownload
    from ..models.video_project_error import VideoProjectError


T = TypeVar("T", bound="VideoProject")


@_attrs_define
class VideoProject:
    """A video project and, once it is rendered, its downloads.

    Example:
        {'id': 'cuid-example', 'name': 'Example Name', 'status': 'complete', 'type': 'TALKING_PHOTO', 'created_at':
            '2024-10-19T05:16:19.027Z', 'width': 512, 'height': 960, 'enabled': True, 'start_seconds': 0.0, 'end_seconds':
            15.0, 'total_frame_cost': 450, 'credits_charged': 450, 'fps': 30, 'error': None, 'downloads': [{'url':
            'https://videos.magichour.ai/id/output.mp4', 'expires_at': '2024-10-19T05:16:19.027Z'}], 'download': {'url':
            'https://videos.magichour.ai/id/output.mp4', 'expires_at': '2024-10-19T05:16:19.027Z'}}

    Attributes:
        id (str): Unique ID of the video. Example: cuid-example.
        name (None | str): The name of the video. Example: Example Name.
        status (VideoProjectStatus): The status of the video. Example: complete.
        type_ (str): The type of the video project, for example TALKING_PHOTO. Example: TALKING_PHOTO.
        created_at (datetime.datetime):  Example: 2024-10-19T05:16:19.027Z.
        width (int): The width of the final output video. A value of -1 indicates the width can be ignored. Example:
            512.
        height (int): The height of the final output video. A value of -1 indicates the height can be ignored. Example:
            960.
        enabled (bool): Whether this resource is active. If false, it is deleted. Example: True.
        start_seconds (float): Start time of your clip (seconds). Must be ≥ 0. Example: 0.0.
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.0.
        total_frame_cost (int): Deprecated, use `credits_charged`. Example: 450.
        credits_charged (int): The amount of credits deducted from your account to generate the video. If the status is
            not 'complete', this value is an estimate. If video generation fails, credits will be refunded, and this field
            will be updated to include the refund. Example: 450.
        fps (float): Frame rate of the video. An estimate until the video completes. Example: 30.
        error (None | VideoProjectError): In the case of an error, this object will contain the error encountered during
            video render
        downloads (list[VideoDownload]):
        download (None | VideoDownload): Deprecated, use `downloads`.
    """

    id: str
    name: None | str
    status: VideoProjectStatus
    type_: str
    created_at: datetime.datetime
    width: int
    height: int
    enabled: bool
    start_seconds: float
    end_seconds: float
    total_frame_cost: int
    credits_charged: int
    fps: float
    error: None | VideoProjectError
    downloads: list[VideoDownload]
    download: None | VideoDownload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_download import VideoDownload
        from ..models.video_project_error import VideoProjectError

        id = self.id

        name: None | str
        name = self.name

        status = self.status.value

        type_ = self.type_

        created_at = self.created_at.isoformat()

        width = self.width

        height = self.height

        enabled = self.enabled

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        total_frame_cost = self.total_frame_cost

        credits_charged = self.credits_charged

        fps = self.fps

        error: dict[str, Any] | None
        if isinstance(self.error, VideoProjectError):
            error = self.error.to_dict()
        else:
            error = self.error

        downloads = []
        for downloads_item_data in self.downloads:
            downloads_item = downloads_item_data.to_dict()
            downloads.append(downloads_item)

        download: dict[str, Any] | None
        if isinstance(self.download, VideoDownload):
            download = self.download.to_dict()
        else:
            download = self.download

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "type": type_,
                "created_at": created_at,
                "width": width,
                "height": height,
                "enabled": enabled,
                "start_seconds": start_seconds,
                "end_seconds": end_seconds,
                "total_frame_cost": total_frame_cost,
                "credits_charged": credits_charged,
                "fps": fps,
                "error": error,
                "downloads": downloads,
                "download": download,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_download import VideoDownload
        from ..models.video_project_error import VideoProjectError

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = VideoProjectStatus(d.pop("status"))

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        width = d.pop("width")

        height = d.pop("height")

        enabled = d.pop("enabled")

        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        total_frame_cost = d.pop("total_frame_cost")

        credits_charged = d.pop("credits_charged")

        fps = d.pop("fps")

        def _parse_error(data: object) -> None | VideoProjectError:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoProjectError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VideoProjectError, data)

        error = _parse_error(d.pop("error"))

        downloads = []
        _downloads = d.pop("downloads")
        for downloads_item_data in _downloads:
            downloads_item = VideoDownload.from_dict(downloads_item_data)

            downloads.append(downloads_item)

        def _parse_download(data: object) -> None | VideoDownload:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                download_type_0 = VideoDownload.from_dict(data)

                return download_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VideoDownload, data)

        download = _parse_download(d.pop("download"))

        video_project = cls(
            id=id,
            name=name,
            status=status,
            type_=type_,
            created_at=created_at,
            width=width,
            height=height,
            enabled=enabled,
            start_seconds=start_seconds,
            end_seconds=end_seconds,
            total_frame_cost=total_frame_cost,
            credits_charged=credits_charged,
            fps=fps,
            error=error,
            downloads=downloads,
            download=download,
        )

        video_project.additional_properties = d
        return video_project

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
