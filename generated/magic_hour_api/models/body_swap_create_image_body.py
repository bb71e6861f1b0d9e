from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_swap_create_image_body_resolution import (
    BodySwapCreateImageBodyResolution,
    check_body_swap_create_image_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.body_swap_create_image_body_assets import (
        BodySwapCreateImageBodyAssets,
    )


T = TypeVar("T", bound="BodySwapCreateImageBody")


@_attrs_define
class BodySwapCreateImageBody:
    """
    Attributes:
        resolution (BodySwapCreateImageBodyResolution): Output resolution. Determines credits charged for the run.
            Example: 1k.
        assets (BodySwapCreateImageBodyAssets): Person image and scene image for body swap
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Body Swap - dateTime'.
            Example: My Body Swap image.
    """

    resolution: BodySwapCreateImageBodyResolution
    assets: BodySwapCreateImageBodyAssets
    name: str | Unset = "Body Swap - dateTime"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolution: str = self.resolution

        assets = self.assets.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolution": resolution,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.body_swap_create_image_body_assets import (
            BodySwapCreateImageBodyAssets,
        )

        d = dict(src_dict)
        resolution = check_body_swap_create_image_body_resolution(d.pop("resolution"))

        assets = BodySwapCreateImageBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        body_swap_create_image_body = cls(
            resolution=resolution,
            assets=assets,
            name=name,
        )

        body_swap_create_image_body.additional_properties = d
        return body_swap_create_image_body

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
