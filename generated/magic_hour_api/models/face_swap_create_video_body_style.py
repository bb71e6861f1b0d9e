from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.face_swap_create_video_body_style_version import (
    FaceSwapCreateVideoBodyStyleVersion,
    check_face_swap_create_video_body_style_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FaceSwapCreateVideoBodyStyle")


@_attrs_define
class FaceSwapCreateVideoBodyStyle:
    """Style of the face swap video.

    Example:
        {'version': 'default'}

    Attributes:
        version (FaceSwapCreateVideoBodyStyleVersion | Unset): * `v1` - May preserve skin detail and texture better, but
            weaker identity preservation.
            * `v2` - Faster, sharper, better handling of hair and glasses. stronger identity preservation.
            * `default` - Use the version we recommend, which will change over time. This is recommended unless you need a
            specific earlier version. This is the default behavior. Example: default.
    """

    version: FaceSwapCreateVideoBodyStyleVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _version = d.pop("version", UNSET)
        version: FaceSwapCreateVideoBodyStyleVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_face_swap_create_video_body_style_version(_version)

        face_swap_create_video_body_style = cls(
            version=version,
        )

        face_swap_create_video_body_style.additional_properties = d
        return face_swap_create_video_body_style

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
