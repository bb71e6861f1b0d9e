from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_get_response_200_subscription_type_0_discount_type_0 import (
        AccountGetResponse200SubscriptionType0DiscountType0,
    )
    from ..models.account_get_response_200_subscription_type_0_price import (
        AccountGetResponse200SubscriptionType0Price,
    )


T = TypeVar("T", bound="AccountGetResponse200SubscriptionType0")


@_attrs_define
class AccountGetResponse200SubscriptionType0:
    """Details of the account's subscription plan. `null` if the account has no subscription, e.g. a free account, an
    account that only purchased credit packs, or an account on usage-based API pricing.

    Reflects the plan currently configured on the subscription. If a plan change is scheduled, `tier` stays on the
    current plan until the next payment succeeds, so `tier` and `name` can briefly disagree.

        Attributes:
            name (None | str): Name of the current subscription plan, e.g. `Creator`, `Pro`, `Pro Plus`, `Business`. `null`
                if the plan cannot be determined. Use `tier` for a machine-readable value. Example: Pro.
            status (str): Status of the subscription.
                - `active`: payments are up to date.
                - `past_due`: the latest payment failed. `tier` is `free` until payment succeeds. The subscription is canceled
                if payment keeps failing. Example: active.
            price (AccountGetResponse200SubscriptionType0Price):
            discount (AccountGetResponse200SubscriptionType0DiscountType0 | None): Discount applied to the subscription.
                `null` if no discount is applied.
            billing_interval (None | str): How often the subscription is billed. `null` if unknown. Example: month.
            current_period_end (datetime.datetime | None): End of the current billing period, in ISO 8601 format. The
                subscription renews at this time, or ends if `cancel_at_period_end` is `true`. Example:
                2026-10-01T00:00:00.000Z.
            cancel_at_period_end (bool): Whether the subscription is scheduled to end at `current_period_end` instead of
                renewing. The subscription stays usable until then. Example: False.
    """

    name: None | str
    status: str
    price: AccountGetResponse200SubscriptionType0Price
    discount: AccountGetResponse200SubscriptionType0DiscountType0 | None
    billing_interval: None | str
    current_period_end: datetime.datetime | None
    cancel_at_period_end: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_get_response_200_subscription_type_0_discount_type_0 import (
            AccountGetResponse200SubscriptionType0DiscountType0,
        )

        name: None | str
        name = self.name

        status = self.status

        price = self.price.to_dict()

        discount: dict[str, Any] | None
        if isinstance(
            self.discount, AccountGetResponse200SubscriptionType0DiscountType0
        ):
            discount = self.discount.to_dict()
        else:
            discount = self.discount

        billing_interval: None | str
        billing_interval = self.billing_interval

        current_period_end: None | str
        if isinstance(self.current_period_end, datetime.datetime):
            current_period_end = self.current_period_end.isoformat()
        else:
            current_period_end = self.current_period_end

        cancel_at_period_end = self.cancel_at_period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "price": price,
                "discount": discount,
                "billing_interval": billing_interval,
                "current_period_end": current_period_end,
                "cancel_at_period_end": cancel_at_period_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_get_response_200_subscription_type_0_discount_type_0 import (
            AccountGetResponse200SubscriptionType0DiscountType0,
        )
        from ..models.account_get_response_200_subscription_type_0_price import (
            AccountGetResponse200SubscriptionType0Price,
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = d.pop("status")

        price = AccountGetResponse200SubscriptionType0Price.from_dict(d.pop("price"))

        def _parse_discount(
            data: object,
        ) -> AccountGetResponse200SubscriptionType0DiscountType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discount_type_0 = (
                    AccountGetResponse200SubscriptionType0DiscountType0.from_dict(data)
                )

                return discount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AccountGetResponse200SubscriptionType0DiscountType0 | None, data
            )

        discount = _parse_discount(d.pop("discount"))

        def _parse_billing_interval(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        billing_interval = _parse_billing_interval(d.pop("billing_interval"))

        def _parse_current_period_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_period_end_type_0 = datetime.datetime.fromisoformat(data)

                return current_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        current_period_end = _parse_current_period_end(d.pop("current_period_end"))

        cancel_at_period_end = d.pop("cancel_at_period_end")

        account_get_response_200_subscription_type_0 = cls(
            name=name,
            status=status,
            price=price,
            discount=discount,
            billing_interval=billing_interval,
            current_period_end=current_period_end,
            cancel_at_period_end=cancel_at_period_end,
        )

        account_get_response_200_subscription_type_0.additional_properties = d
        return account_get_response_200_subscription_type_0

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
