"""Magic Hour's webhook events, one typed class each: written from spec/magic-hour-webhooks.openapi.json by scripts/generate; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

import attrs

from ..models import (
    AudioProjectsGetDetailsResponse200,
    ImageProjectsGetDetailsResponse200,
    VideoProjectsGetDetailsResponse200,
)


@attrs.define
class VideoStartedEvent:
    """'video.started' (Video Started): its payload is the project as GET /v1/video-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["video.started"] = "video.started"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: VideoProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> VideoProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = VideoProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class VideoCompletedEvent:
    """'video.completed' (Video Completed): its payload is the project as GET /v1/video-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["video.completed"] = "video.completed"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: VideoProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> VideoProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = VideoProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class VideoErroredEvent:
    """'video.errored' (Video Errored): its payload is the project as GET /v1/video-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["video.errored"] = "video.errored"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: VideoProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> VideoProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = VideoProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class ImageStartedEvent:
    """'image.started' (Image Started): its payload is the project as GET /v1/image-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["image.started"] = "image.started"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: ImageProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> ImageProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = ImageProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class ImageCompletedEvent:
    """'image.completed' (Image Completed): its payload is the project as GET /v1/image-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["image.completed"] = "image.completed"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: ImageProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> ImageProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = ImageProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class ImageErroredEvent:
    """'image.errored' (Image Errored): its payload is the project as GET /v1/image-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["image.errored"] = "image.errored"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: ImageProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> ImageProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = ImageProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class AudioStartedEvent:
    """'audio.started' (Audio Started): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["audio.started"] = "audio.started"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: AudioProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> AudioProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = AudioProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class AudioCompletedEvent:
    """'audio.completed' (Audio Completed): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["audio.completed"] = "audio.completed"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: AudioProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> AudioProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = AudioProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class AudioErroredEvent:
    """'audio.errored' (Audio Errored): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    raw_payload: dict[str, Any]  # the payload as sent
    type: Literal["audio.errored"] = "audio.errored"
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()  # where the payload differs from the webhook document (unwrap warned)
    _payload: AudioProjectsGetDetailsResponse200 | None = attrs.field(default=None, init=False, repr=False, eq=False)

    @property
    def payload(self) -> AudioProjectsGetDetailsResponse200:
        """The payload, typed on first use (unwrap checked that it parses)."""
        if self._payload is None:
            self._payload = AudioProjectsGetDetailsResponse200.from_dict(self.raw_payload)
        return self._payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        return cls(dict(data.pop("payload")), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.raw_payload}


@attrs.define
class UnknownWebhookEvent:
    """An event this SDK cannot type: a type it was not generated with (a newer API), or a known type whose
    payload drifted too far to parse (`drift` says how; unwrap warned). Its type and payload as sent."""

    type: str
    payload: Any
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    drift: tuple[str, ...] = ()

    @property
    def raw_payload(self) -> Any:
        """The payload as sent (the same as `payload`, as on the typed events)."""
        return self.payload

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UnknownWebhookEvent:
        data = dict(src)
        return cls(type=str(data.pop("type")), payload=data.pop("payload", None), additional_properties=data)

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload}


#: Every event the document defines.
WebhookEvent: TypeAlias = (
    VideoStartedEvent
    | VideoCompletedEvent
    | VideoErroredEvent
    | ImageStartedEvent
    | ImageCompletedEvent
    | ImageErroredEvent
    | AudioStartedEvent
    | AudioCompletedEvent
    | AudioErroredEvent
)
