from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.account_get_response_200_subscription_type_0 import (
        AccountGetResponse200SubscriptionType0,
    )


T = TypeVar("T", bound="AccountGetResponse200")


@_attrs_define
class AccountGetResponse200:
    """
    Attributes:
        id (str): Unique ID of the account that owns the API key. Example: cuid-example.
        email (None | str): Email address of the account. Example: user@example.com.
        tier (str): Subscription tier in effect for the account. `free` if there is no active subscription, including
            while a subscription is `past_due`. Example: pro.
        credits_ (int): Credits currently available to spend. Includes subscription credits and any purchased credit
            packs. Example: 12500.
        subscription (AccountGetResponse200SubscriptionType0 | None): Details of the account's subscription plan. `null`
            if the account has no subscription, e.g. a free account, an account that only purchased credit packs, or an
            account on usage-based API pricing.

            Reflects the plan currently configured on the subscription. If a plan change is scheduled, `tier` stays on the
            current plan until the next payment succeeds, so `tier` and `name` can briefly disagree.
    """

    id: str
    email: None | str
    tier: str
    credits_: int
    subscription: AccountGetResponse200SubscriptionType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def credits(self) -> int:
        """`credits_`, by the name the API gives it."""
        return self.credits_

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_get_response_200_subscription_type_0 import (
            AccountGetResponse200SubscriptionType0,
        )

        id = self.id

        email: None | str
        email = self.email

        tier = self.tier

        credits_ = self.credits_

        subscription: dict[str, Any] | None
        if isinstance(self.subscription, AccountGetResponse200SubscriptionType0):
            subscription = self.subscription.to_dict()
        else:
            subscription = self.subscription

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "tier": tier,
                "credits": credits_,
                "subscription": subscription,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_get_response_200_subscription_type_0 import (
            AccountGetResponse200SubscriptionType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        tier = d.pop("tier")

        credits_ = d.pop("credits")

        def _parse_subscription(
            data: object,
        ) -> AccountGetResponse200SubscriptionType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_type_0 = AccountGetResponse200SubscriptionType0.from_dict(
                    data
                )

                return subscription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountGetResponse200SubscriptionType0 | None, data)

        subscription = _parse_subscription(d.pop("subscription"))

        account_get_response_200 = cls(
            id=id,
            email=email,
            tier=tier,
            credits_=credits_,
            subscription=subscription,
        )

        account_get_response_200.additional_properties = d
        return account_get_response_200

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
