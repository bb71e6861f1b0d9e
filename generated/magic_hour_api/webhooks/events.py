"""Magic Hour's webhook events, one typed class each: written from spec/magic-hour-webhooks.openapi.json by scripts/generate; do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

import attrs

from ..models import AudioProjectsGetDetailsResponse200


@attrs.define
class VideoStartedEvent:
    """'video.started' (Video Started): its payload is a mapping."""

    payload: dict[str, Any]
    type: Literal["video.started"] = "video.started"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": dict(self.payload)}


@attrs.define
class VideoCompletedEvent:
    """'video.completed' (Video Completed): its payload is a mapping."""

    payload: dict[str, Any]
    type: Literal["video.completed"] = "video.completed"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": dict(self.payload)}


@attrs.define
class VideoErroredEvent:
    """'video.errored' (Video Errored): its payload is a mapping."""

    payload: dict[str, Any]
    type: Literal["video.errored"] = "video.errored"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> VideoErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": dict(self.payload)}


@attrs.define
class ImageStartedEvent:
    """'image.started' (Image Started): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["image.started"] = "image.started"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class ImageCompletedEvent:
    """'image.completed' (Image Completed): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["image.completed"] = "image.completed"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class ImageErroredEvent:
    """'image.errored' (Image Errored): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["image.errored"] = "image.errored"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ImageErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class AudioStartedEvent:
    """'audio.started' (Audio Started): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["audio.started"] = "audio.started"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioStartedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class AudioCompletedEvent:
    """'audio.completed' (Audio Completed): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["audio.completed"] = "audio.completed"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioCompletedEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class AudioErroredEvent:
    """'audio.errored' (Audio Errored): its payload is the project as GET /v1/audio-projects/{id} answers it."""

    payload: AudioProjectsGetDetailsResponse200
    type: Literal["audio.errored"] = "audio.errored"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AudioErroredEvent:
        """The event from its JSON body (already known to be of this type)."""
        data = dict(src)
        data.pop("type", None)
        event = cls(payload=AudioProjectsGetDetailsResponse200.from_dict(data.pop("payload")))
        event.additional_properties = data
        return event

    def to_dict(self) -> dict[str, Any]:
        return {**self.additional_properties, "type": self.type, "payload": self.payload.to_dict()}


@attrs.define
class UnknownWebhookEvent:
    """An event of a type this SDK was not generated with (a newer API): its type and payload as sent."""

    type: str
    payload: Any
    additional_properties: dict[str, Any] = attrs.field(factory=dict)

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
