from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateTalkingPhotoResponse")


@_attrs_define
class CreateTalkingPhotoResponse:
    """The video project that was created, and what it costs.

    Example:
        {'credits_charged': 450, 'estimated_frame_cost': 450, 'id': 'cuid-example'}

    Attributes:
        id (str): Unique ID of the video. Use it with the Get video Project API to fetch status and downloads. Example:
            cuid-example.
        credits_charged (int): The amount of credits deducted from your account to generate the video. If the status is
            not 'complete', this value is an estimate and may be adjusted upon completion. If video generation fails,
            credits will be refunded, and this field will be updated to include the refund. Example: 450.
        estimated_frame_cost (int): The estimated number of frames the video will cost. Example: 450.
    """

    id: str
    credits_charged: int
    estimated_frame_cost: int
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
                "estimated_frame_cost": estimated_frame_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        credits_charged = d.pop("credits_charged")

        estimated_frame_cost = d.pop("estimated_frame_cost")

        create_talking_photo_response = cls(
            id=id,
            credits_charged=credits_charged,
            estimated_frame_cost=estimated_frame_cost,
        )

        create_talking_photo_response.additional_properties = d
        return create_talking_photo_response

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
