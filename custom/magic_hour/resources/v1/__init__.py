"""Version 1 of the API: ``client.v1.ai_talking_photo``, ``client.v1.files``, ``client.v1.video_projects``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .ai_talking_photo import AiTalkingPhoto, AsyncAiTalkingPhoto
from .files import AsyncFiles, Files
from .video_projects import AsyncVideoProjects, VideoProjects

if TYPE_CHECKING:
    from ..._client import AsyncClient, Client


class V1:
    def __init__(self, client: Client) -> None:
        self.files = Files(client)
        self.video_projects = VideoProjects(client)
        self.ai_talking_photo = AiTalkingPhoto(client, self.files, self.video_projects)


class AsyncV1:
    def __init__(self, client: AsyncClient) -> None:
        self.files = AsyncFiles(client)
        self.video_projects = AsyncVideoProjects(client)
        self.ai_talking_photo = AsyncAiTalkingPhoto(client, self.files, self.video_projects)
