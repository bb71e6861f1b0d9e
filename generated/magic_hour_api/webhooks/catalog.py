"""The webhook events' catalog: types, headers, statuses and examples: written from spec/magic-hour-webhooks.openapi.json by scripts/generate; do not edit."""

from __future__ import annotations

import json
from typing import Any

import attrs

from .events import (
    AudioCompletedEvent,
    AudioErroredEvent,
    AudioStartedEvent,
    ImageCompletedEvent,
    ImageErroredEvent,
    ImageStartedEvent,
    VideoCompletedEvent,
    VideoErroredEvent,
    VideoStartedEvent,
)


@attrs.frozen
class EventInfo:
    """One event of the document: what the sandbox sends, `trigger` imitates and `unwrap` parses."""

    type: str
    event_class: type[Any]
    summary: str
    project_get: str | None  # the API GET whose answer the payload is
    project_module: str | None  # the SDK module whose check_result() follows that project
    status: str | None  # the project status the event announces (None: not stated)
    example_json: str  # a sample body built from the document's examples
    shape_json: str  # the payload's fields, kinds and enums, for unwrap's drift check

    def example(self) -> dict[str, Any]:
        """A fresh copy of the sample body."""
        return dict(json.loads(self.example_json))


SIGNATURE_HEADER = "magic-hour-event-signature"
TIMESTAMP_HEADER = "magic-hour-event-timestamp"

EVENTS: tuple[EventInfo, ...] = (
    EventInfo(
        type="video.started",
        event_class=VideoStartedEvent,
        summary="Video Started",
        project_get="/v1/video-projects/{id}",
        project_module="video_projects",
        status="rendering",
        example_json='{"type":"video.started","payload":{"id":"cuid-example","name":"Example Name","status":"rendering","type":"FACE_SWAP","created_at":"2024-10-19T05:16:19.027Z","width":512,"height":960,"enabled":true,"start_seconds":0,"end_seconds":15,"credits_charged":450,"fps":30,"error":null,"downloads":[]}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"download":{"kinds":["null","object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"end_seconds":{"kinds":["number"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"fps":{"kinds":["number"]},"height":{"kinds":["integer"]},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"start_seconds":{"kinds":["number"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]},"width":{"kinds":["integer"]}},"required":["created_at","credits_charged","downloads","enabled","end_seconds","error","fps","height","id","name","start_seconds","status","type","width"]}',
    ),
    EventInfo(
        type="video.completed",
        event_class=VideoCompletedEvent,
        summary="Video Completed",
        project_get="/v1/video-projects/{id}",
        project_module="video_projects",
        status="complete",
        example_json='{"type":"video.completed","payload":{"id":"cuid-example","name":"Example Name","status":"complete","type":"FACE_SWAP","created_at":"2024-10-19T05:16:19.027Z","width":512,"height":960,"enabled":true,"start_seconds":0,"end_seconds":15,"credits_charged":450,"fps":30,"error":null,"downloads":[{"url":"https://videos.magichour.ai/id/output.mp4","expires_at":"2024-10-19T05:16:19.027Z"}]}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"download":{"kinds":["null","object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"end_seconds":{"kinds":["number"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"fps":{"kinds":["number"]},"height":{"kinds":["integer"]},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"start_seconds":{"kinds":["number"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]},"width":{"kinds":["integer"]}},"required":["created_at","credits_charged","downloads","enabled","end_seconds","error","fps","height","id","name","start_seconds","status","type","width"]}',
    ),
    EventInfo(
        type="video.errored",
        event_class=VideoErroredEvent,
        summary="Video Errored",
        project_get="/v1/video-projects/{id}",
        project_module="video_projects",
        status="error",
        example_json='{"type":"video.errored","payload":{"id":"cuid-example","name":"Example Name","status":"error","type":"FACE_SWAP","created_at":"2024-10-19T05:16:19.027Z","width":512,"height":960,"enabled":true,"start_seconds":0,"end_seconds":15,"credits_charged":450,"fps":30,"error":{"message":"Please use an image with a detectable face","code":"no_source_face"},"downloads":[]}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"download":{"kinds":["null","object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"end_seconds":{"kinds":["number"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"fps":{"kinds":["number"]},"height":{"kinds":["integer"]},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"start_seconds":{"kinds":["number"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]},"width":{"kinds":["integer"]}},"required":["created_at","credits_charged","downloads","enabled","end_seconds","error","fps","height","id","name","start_seconds","status","type","width"]}',
    ),
    EventInfo(
        type="image.started",
        event_class=ImageStartedEvent,
        summary="Image Started",
        project_get="/v1/image-projects/{id}",
        project_module="image_projects",
        status="rendering",
        example_json='{"type":"image.started","payload":{"id":"cuid-example","name":"Example Name","status":"rendering","image_count":1,"type":"AI_IMAGE","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":5,"downloads":[],"error":null}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"image_count":{"kinds":["integer"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","image_count","name","status","type"]}',
    ),
    EventInfo(
        type="image.completed",
        event_class=ImageCompletedEvent,
        summary="Image Completed",
        project_get="/v1/image-projects/{id}",
        project_module="image_projects",
        status="complete",
        example_json='{"type":"image.completed","payload":{"id":"cuid-example","name":"Example Name","status":"complete","image_count":1,"type":"AI_IMAGE","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":5,"downloads":[{"url":"https://videos.magichour.ai/id/output.png","expires_at":"2024-10-19T05:16:19.027Z"}],"error":null}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"image_count":{"kinds":["integer"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","image_count","name","status","type"]}',
    ),
    EventInfo(
        type="image.errored",
        event_class=ImageErroredEvent,
        summary="Image Errored",
        project_get="/v1/image-projects/{id}",
        project_module="image_projects",
        status="error",
        example_json='{"type":"image.errored","payload":{"id":"cuid-example","name":"Example Name","status":"error","image_count":1,"type":"AI_IMAGE","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":5,"downloads":[],"error":{"message":"Please use an image with a detectable face","code":"no_source_face"}}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"image_count":{"kinds":["integer"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"total_frame_cost":{"kinds":["integer"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","image_count","name","status","type"]}',
    ),
    EventInfo(
        type="audio.started",
        event_class=AudioStartedEvent,
        summary="Audio Started",
        project_get="/v1/audio-projects/{id}",
        project_module="audio_projects",
        status="rendering",
        example_json='{"type":"audio.started","payload":{"id":"cuid-example","name":"Example Name","status":"rendering","type":"VOICE_GENERATOR","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":2,"downloads":[],"error":null}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","name","status","type"]}',
    ),
    EventInfo(
        type="audio.completed",
        event_class=AudioCompletedEvent,
        summary="Audio Completed",
        project_get="/v1/audio-projects/{id}",
        project_module="audio_projects",
        status="complete",
        example_json='{"type":"audio.completed","payload":{"id":"cuid-example","name":"Example Name","status":"complete","type":"VOICE_GENERATOR","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":2,"downloads":[{"url":"https://videos.magichour.ai/id/output.wav","expires_at":"2024-10-19T05:16:19.027Z"}],"error":null}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","name","status","type"]}',
    ),
    EventInfo(
        type="audio.errored",
        event_class=AudioErroredEvent,
        summary="Audio Errored",
        project_get="/v1/audio-projects/{id}",
        project_module="audio_projects",
        status="error",
        example_json='{"type":"audio.errored","payload":{"id":"cuid-example","name":"Example Name","status":"error","type":"VOICE_GENERATOR","created_at":"2024-10-19T05:16:19.027Z","enabled":true,"credits_charged":2,"downloads":[],"error":{"message":"Please use an image with a detectable face","code":"no_source_face"}}}',
        shape_json='{"fields":{"created_at":{"format":"date-time","kinds":["string"]},"credits_charged":{"kinds":["integer"]},"downloads":{"items":{"kinds":["object"],"object":{"fields":{"expires_at":{"format":"date-time","kinds":["string"]},"url":{"kinds":["string"]}},"required":["expires_at","url"]}},"kinds":["array"]},"enabled":{"kinds":["boolean"]},"error":{"kinds":["null","object"],"object":{"fields":{"code":{"kinds":["string"]},"message":{"kinds":["string"]}},"required":["code","message"]}},"id":{"kinds":["string"]},"name":{"kinds":["null","string"]},"status":{"enum":["draft","queued","rendering","complete","error","canceled"],"kinds":["string"]},"type":{"kinds":["string"]}},"required":["created_at","credits_charged","downloads","enabled","error","id","name","status","type"]}',
    ),
)
EVENT_TYPES: tuple[str, ...] = tuple(e.type for e in EVENTS)
BY_TYPE: dict[str, EventInfo] = {e.type: e for e in EVENTS}
