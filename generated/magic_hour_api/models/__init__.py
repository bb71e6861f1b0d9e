"""Contains all the data models used in inputs/outputs"""

from .asset_type import AssetType
from .create_talking_photo_request import CreateTalkingPhotoRequest
from .create_talking_photo_response import CreateTalkingPhotoResponse
from .create_upload_urls_request import CreateUploadUrlsRequest
from .create_upload_urls_response import CreateUploadUrlsResponse
from .error_response import ErrorResponse
from .generation_mode import GenerationMode
from .talking_photo_assets import TalkingPhotoAssets
from .talking_photo_style import TalkingPhotoStyle
from .upload_url import UploadUrl
from .upload_url_request_item import UploadUrlRequestItem
from .video_download import VideoDownload
from .video_project import VideoProject
from .video_project_error import VideoProjectError
from .video_project_status import VideoProjectStatus

__all__ = (
    "AssetType",
    "CreateTalkingPhotoRequest",
    "CreateTalkingPhotoResponse",
    "CreateUploadUrlsRequest",
    "CreateUploadUrlsResponse",
    "ErrorResponse",
    "GenerationMode",
    "TalkingPhotoAssets",
    "TalkingPhotoStyle",
    "UploadUrl",
    "UploadUrlRequestItem",
    "VideoDownload",
    "VideoProject",
    "VideoProjectError",
    "VideoProjectStatus",
)
