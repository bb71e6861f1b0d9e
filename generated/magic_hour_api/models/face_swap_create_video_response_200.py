from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapCreateVideoResponse200")


@_attrs_define
class FaceSwapCreateVideoResponse200:
    """Success

    Attributes:
        id (str): Unique ID of the video. Use it with the [Get video Project API](https://docs.magichour.ai/api-
            reference/video-projects/get-video-details) to fetch status and downloads. Example: cuid-example.
        credits_charged (int): The amount of credits deducted from your account to generate the video. If the status is
            not 'complete', this value is an estimate and may be adjusted upon completion based on the actual FPS of the
            output video.

            If video generation fails, credits will be refunded, and this field will be updated to include the refund.
            Example: 450.
        estimated_frame_cost (int | Unset): Deprecated: the credits (once called frames) the video costs, as
            credits_charged says. Use credits_charged. Example: 450.
    """

    id: str
    credits_charged: int
    estimated_frame_cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credits_charged = self.credits_charged

        estimated_frame_cost = self.estimated_frame_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credits_charged": credits_charged,
            }
        )
        if estimated_frame_cost is not UNSET:
            field_dict["estimated_frame_cost"] = estimated_frame_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        credits_charged = d.pop("credits_charged")

        estimated_frame_cost = d.pop("estimated_frame_cost", UNSET)

        face_swap_create_video_response_200 = cls(
            id=id,
            credits_charged=credits_charged,
            estimated_frame_cost=estimated_frame_cost,
        )

        face_swap_create_video_response_200.additional_properties = d
        return face_swap_create_video_response_200

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
