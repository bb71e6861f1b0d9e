from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_projects_get_details_response_200_downloads_item import (
        ImageProjectsGetDetailsResponse200DownloadsItem,
    )
    from ..models.image_projects_get_details_response_200_error_type_0 import (
        ImageProjectsGetDetailsResponse200ErrorType0,
    )


T = TypeVar("T", bound="ImageProjectsGetDetailsResponse200")


@_attrs_define
class ImageProjectsGetDetailsResponse200:
    """Success

    Attributes:
        id (str): Unique ID of the image. Use it with the [Get image Project API](https://docs.magichour.ai/api-
            reference/image-projects/get-image-details) to fetch status and downloads. Example: cuid-example.
        name (None | str): The name of the image. Example: Example Name.
        status (str): The status of the image.

            - `draft` - the project was created but has not been submitted for rendering
            - `queued` - the job is waiting for an available server
            - `rendering` - the job is being processed; the `image.started` webhook event fires when rendering begins
            - `complete` - the job finished successfully; fires `image.completed`
            - `error` - the job failed during processing; fires `image.errored`
            - `canceled` - the job was manually canceled (for example from the Magic Hour web app)

            **Note:** `rendering`, `complete`, and `error` have matching webhook events; `canceled` does not - a canceled
            job emits no webhook event, so poll this endpoint to detect cancellation. Example: complete.
        image_count (int): Number of images generated Example: 1.
        type_ (str): The type of the image project. Possible values are FACE_EDITOR, AI_IMAGE_EDITOR, GENERATIVE_FILL,
            AI_SELFIE, AI_HEADSHOT, AI_INFLUENCER, AI_IMAGE, AI_MEME, CLOTHES_CHANGER, BACKGROUND_REMOVER, FACE_SWAP,
            IMAGE_UPSCALER, IMAGE_ENHANCER, AI_GIF, QR_CODE, PHOTO_EDITOR, PHOTO_COLORIZER, IMAGE_COLOR_GRADER, HEAD_SWAP,
            BODY_SWAP, STORYBOARD, IMAGE_EXPANDER Example: AI_IMAGE.
        created_at (datetime.datetime):
        enabled (bool): Whether this resource is active. If false, it is deleted.
        credits_charged (int): The amount of credits deducted from your account to generate the image. We charge credits
            right when the request is made.

            If an error occurred while generating the image(s), credits will be refunded and this field will be updated to
            include the refund. Example: 5.
        downloads (list[ImageProjectsGetDetailsResponse200DownloadsItem]):
        error (ImageProjectsGetDetailsResponse200ErrorType0 | None): In the case of an error, this object will contain
            the error encountered during video render
        total_frame_cost (int | Unset): Deprecated: the credits (once called frames) the images cost. Use
            credits_charged. Example: 5.
    """

    id: str
    name: None | str
    status: str
    image_count: int
    type_: str
    created_at: datetime.datetime
    enabled: bool
    credits_charged: int
    downloads: list[ImageProjectsGetDetailsResponse200DownloadsItem]
    error: ImageProjectsGetDetailsResponse200ErrorType0 | None
    total_frame_cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type(self) -> str:
        """`type_`, by the name the API gives it."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_projects_get_details_response_200_error_type_0 import (
            ImageProjectsGetDetailsResponse200ErrorType0,
        )

        id = self.id

        name: None | str
        name = self.name

        status = self.status

        image_count = self.image_count

        type_ = self.type_

        created_at = self.created_at.isoformat()

        enabled = self.enabled

        credits_charged = self.credits_charged

        downloads = []
        for downloads_item_data in self.downloads:
            downloads_item = downloads_item_data.to_dict()
            downloads.append(downloads_item)

        error: dict[str, Any] | None
        if isinstance(self.error, ImageProjectsGetDetailsResponse200ErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        total_frame_cost = self.total_frame_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "image_count": image_count,
                "type": type_,
                "created_at": created_at,
                "enabled": enabled,
                "credits_charged": credits_charged,
                "downloads": downloads,
                "error": error,
            }
        )
        if total_frame_cost is not UNSET:
            field_dict["total_frame_cost"] = total_frame_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_projects_get_details_response_200_downloads_item import (
            ImageProjectsGetDetailsResponse200DownloadsItem,
        )
        from ..models.image_projects_get_details_response_200_error_type_0 import (
            ImageProjectsGetDetailsResponse200ErrorType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = d.pop("status")

        image_count = d.pop("image_count")

        type_ = d.pop("type")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        enabled = d.pop("enabled")

        credits_charged = d.pop("credits_charged")

        downloads = []
        _downloads = d.pop("downloads")
        for downloads_item_data in _downloads:
            downloads_item = ImageProjectsGetDetailsResponse200DownloadsItem.from_dict(
                downloads_item_data
            )

            downloads.append(downloads_item)

        def _parse_error(
            data: object,
        ) -> ImageProjectsGetDetailsResponse200ErrorType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ImageProjectsGetDetailsResponse200ErrorType0.from_dict(
                    data
                )

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageProjectsGetDetailsResponse200ErrorType0 | None, data)

        error = _parse_error(d.pop("error"))

        total_frame_cost = d.pop("total_frame_cost", UNSET)

        image_projects_get_details_response_200 = cls(
            id=id,
            name=name,
            status=status,
            image_count=image_count,
            type_=type_,
            created_at=created_at,
            enabled=enabled,
            credits_charged=credits_charged,
            downloads=downloads,
            error=error,
            total_frame_cost=total_frame_cost,
        )

        image_projects_get_details_response_200.additional_properties = d
        return image_projects_get_details_response_200

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
