from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.saved_items_list_response_200_items_item_assets_item import (
        SavedItemsListResponse200ItemsItemAssetsItem,
    )


T = TypeVar("T", bound="SavedItemsListResponse200ItemsItem")


@_attrs_define
class SavedItemsListResponse200ItemsItem:
    """
    Attributes:
        id (str): Unique ID of the saved item. Example: cuid-example.
        type_ (str): Saved item type. Example: character.
        name (None | str): User-provided name of the saved item. Example: Alex.
        assets (list[SavedItemsListResponse200ItemsItemAssetsItem]):
    """

    id: str
    type_: str
    name: None | str
    assets: list[SavedItemsListResponse200ItemsItemAssetsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def type(self) -> str:
        """`type_`, by the name the API gives it."""
        return self.type_

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name: None | str
        name = self.name

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "name": name,
                "assets": assets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.saved_items_list_response_200_items_item_assets_item import (
            SavedItemsListResponse200ItemsItemAssetsItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = SavedItemsListResponse200ItemsItemAssetsItem.from_dict(
                assets_item_data
            )

            assets.append(assets_item)

        saved_items_list_response_200_items_item = cls(
            id=id,
            type_=type_,
            name=name,
            assets=assets,
        )

        saved_items_list_response_200_items_item.additional_properties = d
        return saved_items_list_response_200_items_item

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
