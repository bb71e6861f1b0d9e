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


#: (status, code) -> the class raised for it, where the code has its own.
BY_CODE: dict[tuple[int, str], type[ErrorCode]] = {}

#: (status, code) -> what the document says to do, for every documented code.
ADVICE: dict[tuple[int, str], str] = {}

__all__ = [
    "ErrorCode",
]
