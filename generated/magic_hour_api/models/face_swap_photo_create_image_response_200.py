from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapPhotoCreateImageResponse200")


@_attrs_define
class FaceSwapPhotoCreateImageResponse200:
    """Success

    Attributes:
        id (str): Unique ID of the image. Use it with the [Get image Project API](https://docs.magichour.ai/api-
            reference/image-projects/get-image-details) to fetch status and downloads. Example: cuid-example.
        credits_charged (int): The amount of credits deducted from your account to generate the image. We charge credits
            right when the request is made.

            If an error occurred while generating the image(s), credits will be refunded and this field will be updated to
            include the refund. Example: 10.
        frame_cost (int | Unset): Deprecated: the credits (once called frames) the image costs, as credits_charged says.
            Use credits_charged. Example: 5.
    """

    id: str
    credits_charged: int
    frame_cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        credits_charged = self.credits_charged

        frame_cost = self.frame_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "credits_charged": credits_charged,
            }
        )
        if frame_cost is not UNSET:
            field_dict["frame_cost"] = frame_cost

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        credits_charged = d.pop("credits_charged")

        frame_cost = d.pop("frame_cost", UNSET)

        face_swap_photo_create_image_response_200 = cls(
            id=id,
            credits_charged=credits_charged,
            frame_cost=frame_cost,
        )

        face_swap_photo_create_image_response_200.additional_properties = d
        return face_swap_photo_create_image_response_200

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
