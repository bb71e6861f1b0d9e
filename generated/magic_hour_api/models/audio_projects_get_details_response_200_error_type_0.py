from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AudioProjectsGetDetailsResponse200ErrorType0")


@_attrs_define
class AudioProjectsGetDetailsResponse200ErrorType0:
    """In the case of an error, this object will contain the error encountered during video render

    Attributes:
        message (str): Details on the reason why a failure happened. Example: Please use an image with a detectable
            face.
        code (str): An error code to indicate why a failure happened. Example: no_source_face.
    """

    message: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        code = d.pop("code")

        audio_projects_get_details_response_200_error_type_0 = cls(
            message=message,
            code=code,
        )

        audio_projects_get_details_response_200_error_type_0.additional_properties = d
        return audio_projects_get_details_response_200_error_type_0

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
