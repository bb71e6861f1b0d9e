from enum import StrEnum


class VideoProjectStatus(StrEnum):
    CANCELED = "canceled"
    COMPLETE = "complete"
    DRAFT = "draft"
    ERROR = "error"
    QUEUED = "queued"
    RENDERING = "rendering"

    def __str__(self) -> str:
        return str(self.value)
