from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountGetResponse200SubscriptionType0DiscountType0")


@_attrs_define
class AccountGetResponse200SubscriptionType0DiscountType0:
    """Discount applied to the subscription. `null` if no discount is applied.

    Attributes:
        percent_off (float | None): Percentage taken off `price.amount` each billing interval. `null` if the discount is
            a fixed amount. Example: 20.
        amount_off (int | None): Fixed amount taken off `price.amount` each billing interval, in the smallest unit of
            the currency. `null` if the discount is a percentage.
    """

    percent_off: float | None
    amount_off: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent_off: float | None
        percent_off = self.percent_off

        amount_off: int | None
        amount_off = self.amount_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percent_off": percent_off,
                "amount_off": amount_off,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_percent_off(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent_off = _parse_percent_off(d.pop("percent_off"))

        def _parse_amount_off(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_off = _parse_amount_off(d.pop("amount_off"))

        account_get_response_200_subscription_type_0_discount_type_0 = cls(
            percent_off=percent_off,
            amount_off=amount_off,
        )

        account_get_response_200_subscription_type_0_discount_type_0.additional_properties = d
        return account_get_response_200_subscription_type_0_discount_type_0

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
