from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountGetResponse200SubscriptionType0Price")


@_attrs_define
class AccountGetResponse200SubscriptionType0Price:
    """
    Attributes:
        amount (int): Price charged per billing interval, in the smallest unit of the currency (e.g. 4900 is $49.00 for
            `usd`). Discounts are not applied. Example: 4900.
        currency (str): Three-letter ISO 4217 currency code, lowercase. Example: usd.
    """

    amount: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        currency = d.pop("currency")

        account_get_response_200_subscription_type_0_price = cls(
            amount=amount,
            currency=currency,
        )

        account_get_response_200_subscription_type_0_price.additional_properties = d
        return account_get_response_200_subscription_type_0_price

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
