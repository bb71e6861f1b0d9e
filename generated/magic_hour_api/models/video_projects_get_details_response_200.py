from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_projects_get_details_response_200_download_type_0 import (
        VideoProjectsGetDetailsResponse200DownloadType0,
    )
    from ..models.video_projects_get_details_response_200_downloads_item import (
        VideoProjectsGetDetailsResponse200DownloadsItem,
    )
    from ..models.video_projects_get_details_response_200_error_type_0 import (
        VideoProjectsGetDetailsResponse200ErrorType0,
    )


T = TypeVar("T", bound="VideoProjectsGetDetailsResponse200")


@_attrs_define
class VideoProjectsGetDetailsResponse200:
    """Success

    Attributes:
        id (str): Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-
            reference/video-projects/get-video-details) to fetch status and downloads. Example: cuid-example.
        name (None | str): The name of the video. Example: Example Name.
        status (str): The status of the video.

            - `draft` - the project was created but has not been submitted for rendering
            - `queued` - the job is waiting for an available server
            - `rendering` - the job is being processed; the `video.started` webhook event fires when rendering begins
            - `complete` - the job finished successfully; fires `video.completed`
            - `error` - the job failed during processing; fires `video.errored`
            - `canceled` - the job was manually canceled (for example from the Magic Hour web app)

            **Note:** `rendering`, `complete`, and `error` have matching webhook events; `canceled` does not - a canceled
            job emits no webhook event, so poll this endpoint to detect cancellation. Example: complete.
        type_ (str): The type of the video project. Possible values are ANIMATION, AUTO_SUBTITLE, VIDEO_TO_VIDEO,
            FACE_SWAP, TEXT_TO_VIDEO, IMAGE_TO_VIDEO, LIP_SYNC, TALKING_PHOTO, AVATAR, VIDEO_UPSCALER, VIDEO_EDITOR,
            CHARACTER_REPLACE, VIDEO_COLORIZER, VIDEO_WATERMARK_REMOVER, VIDEO_COLOR_GRADER, VIDEO_TRANSLATOR, MUSIC_VIDEO,
            EXTEND, AUDIO_TO_VIDEO, VIDEO_EXPANDER, UGC_AD Example: FACE_SWAP.
        created_at (datetime.datetime):
        width (int): The width of the final output video. A value of -1 indicates the width can be ignored. Example:
            512.
        height (int): The height of the final output video. A value of -1 indicates the height can be ignored. Example:
            960.
        enabled (bool): Whether this resource is active. If false, it is deleted.
        start_seconds (float): Start time of your clip (seconds). Must be ≥ 0. Example: 0.
        end_seconds (float): End time of your clip (seconds). Must be greater than start_seconds. Example: 15.
        credits_charged (int): The amount of credits deducted from your account to generate the video. If the status is
            not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the
            output video.

            If video generation fails, credits will be refunded, and this field will be updated to include the refund.
            Example: 450.
        fps (float): Frame rate of the video. If the status is not 'complete', the frame rate is an estimate and will be
            adjusted when the video completes. Example: 30.
        error (None | VideoProjectsGetDetailsResponse200ErrorType0): In the case of an error, this object will contain
            the error encountered during video render
        downloads (list[VideoProjectsGetDetailsResponse200DownloadsItem]):
        total_frame_cost (int | Unset): Deprecated: the credits (once called frames) the video cost. Use
            credits_charged. Example: 450.
        download (None | Unset | VideoProjectsGetDetailsResponse200DownloadType0): Deprecated: the first item of
            downloads, or null while there is none. Use downloads.
    """

    id: str
    name: None | str
    status: str
    type_: str
    created_at: datetime.datetime
    width: int
    height: int
    enabled: bool
    start_seconds: float
    end_seconds: float
    credits_charged: int
    fps: float
    error: None | VideoProjectsGetDetailsResponse200ErrorType0
    downloads: list[VideoProjectsGetDetailsResponse200DownloadsItem]
    total_frame_cost: int | Unset = UNSET
    download: None | Unset | VideoProjectsGetDetailsResponse200DownloadType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type(self) -> str:
        """`type_`, by the name the API gives it."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        from ..models.video_projects_get_details_response_200_download_type_0 import (
            VideoProjectsGetDetailsResponse200DownloadType0,
        )
        from ..models.video_projects_get_details_response_200_error_type_0 import (
            VideoProjectsGetDetailsResponse200ErrorType0,
        )

        id = self.id

        name: None | str
        name = self.name

        status = self.status

        type_ = self.type_

        created_at = self.created_at.isoformat()

        width = self.width

        height = self.height

        enabled = self.enabled

        start_seconds = self.start_seconds

        end_seconds = self.end_seconds

        credits_charged = self.credits_charged

        fps = self.fps

        error: dict[str, Any] | None
        if isinstance(self.error, VideoProjectsGetDetailsResponse200ErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        downloads = []
        for downloads_item_data in self.downloads:
            downloads_item = downloads_item_data.to_dict()
            downloads.append(downloads_item)

        total_frame_cost = self.total_frame_cost

        download: dict[str, Any] | None | Unset
        if isinstance(self.download, Unset):
            download = UNSET
        elif isinstance(self.download, VideoProjectsGetDetailsResponse200DownloadType0):
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
                "credits_charged": credits_charged,
                "fps": fps,
                "error": error,
                "downloads": downloads,
            }
        )
        if total_frame_cost is not UNSET:
            field_dict["total_frame_cost"] = total_frame_cost
        if download is not UNSET:
            field_dict["download"] = download

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_projects_get_details_response_200_download_type_0 import (
            VideoProjectsGetDetailsResponse200DownloadType0,
        )
        from ..models.video_projects_get_details_response_200_downloads_item import (
            VideoProjectsGetDetailsResponse200DownloadsItem,
        )
        from ..models.video_projects_get_details_response_200_error_type_0 import (
            VideoProjectsGetDetailsResponse200ErrorType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = d.pop("status")

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        width = d.pop("width")

        height = d.pop("height")

        enabled = d.pop("enabled")

        start_seconds = d.pop("start_seconds")

        end_seconds = d.pop("end_seconds")

        credits_charged = d.pop("credits_charged")

        fps = d.pop("fps")

        def _parse_error(
            data: object,
        ) -> None | VideoProjectsGetDetailsResponse200ErrorType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = VideoProjectsGetDetailsResponse200ErrorType0.from_dict(
                    data
                )

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VideoProjectsGetDetailsResponse200ErrorType0, data)

        error = _parse_error(d.pop("error"))

        downloads = []
        _downloads = d.pop("downloads")
        for downloads_item_data in _downloads:
            downloads_item = VideoProjectsGetDetailsResponse200DownloadsItem.from_dict(
                downloads_item_data
            )

            downloads.append(downloads_item)

        total_frame_cost = d.pop("total_frame_cost", UNSET)

        def _parse_download(
            data: object,
        ) -> None | Unset | VideoProjectsGetDetailsResponse200DownloadType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                download_type_0 = (
                    VideoProjectsGetDetailsResponse200DownloadType0.from_dict(data)
                )

                return download_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | Unset | VideoProjectsGetDetailsResponse200DownloadType0, data
            )

        download = _parse_download(d.pop("download", UNSET))

        video_projects_get_details_response_200 = cls(
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
            credits_charged=credits_charged,
            fps=fps,
            error=error,
            downloads=downloads,
            total_frame_cost=total_frame_cost,
            download=download,
        )

        video_projects_get_details_response_200.additional_properties = d
        return video_projects_get_details_response_200

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
