"""The error codes of Magic Hour's document: written from openapi.yaml by scripts/generate; do not edit."""

from __future__ import annotations

from typing import ClassVar


class ErrorCode(Exception):
    """An error the API names by its `code`; raised together with the SDK's class for its HTTP status."""

    code: ClassVar[str]
    status: ClassVar[int]
    #: What the document says to do.
    advice: ClassVar[str]
    #: The API's own words.
    message: str
    #: The request id the API answered with, to quote to Magic Hour's support.
    request_id: str | None


class InsufficientCreditsError(ErrorCode):
    """402 `insufficient_credits`: Purchase credits before retrying."""

    code = "insufficient_credits"
    status = 402
    advice = "Purchase credits before retrying."


class PlanUpgradeRequiredError(ErrorCode):
    """402 `plan_upgrade_required`: Upgrade the subscription plan before retrying."""

    code = "plan_upgrade_required"
    status = 402
    advice = "Upgrade the subscription plan before retrying."


class SubscriptionRequiredError(ErrorCode):
    """402 `subscription_required`: Start a subscription before retrying."""

    code = "subscription_required"
    status = 402
    advice = "Start a subscription before retrying."


#: (status, code) -> the class raised for it, where the code has its own.
BY_CODE: dict[tuple[int, str], type[ErrorCode]] = {
    (402, "insufficient_credits"): InsufficientCreditsError,
    (402, "plan_upgrade_required"): PlanUpgradeRequiredError,
    (402, "subscription_required"): SubscriptionRequiredError,
}

#: (status, code) -> what the document says to do, for every documented code.
ADVICE: dict[tuple[int, str], str] = {
    (400, "invalid_request"): "Fix request syntax or validation errors before retrying.",
    (401, "unauthorized"): "Provide a valid API key before retrying.",
    (402, "insufficient_credits"): "Purchase credits before retrying.",
    (402, "plan_upgrade_required"): "Upgrade the subscription plan before retrying.",
    (402, "subscription_required"): "Start a subscription before retrying.",
    (404, "not_found"): "Check the route or resource identifier.",
    (422, "unprocessable_entity"): "Change the request values before retrying.",
    (500, "internal_server_error"): "Retry later or contact support if the error continues.",
}

#: status -> the codes the document lists for it.
CODES: dict[int, tuple[str, ...]] = {
    400: ("invalid_request",),
    401: ("unauthorized",),
    402: (
        "insufficient_credits",
        "plan_upgrade_required",
        "subscription_required",
    ),
    404: ("not_found",),
    422: ("unprocessable_entity",),
    500: ("internal_server_error",),
}

__all__ = [
    "ErrorCode",
    "InsufficientCreditsError",
    "PlanUpgradeRequiredError",
    "SubscriptionRequiredError",
]
