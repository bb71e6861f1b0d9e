"""Values handed to callbacks; declared beside the generated surface (`magic_hour_api.sdk`), re-exported here."""

from magic_hour_api.sdk import ProgressCallback, ProgressEvent

__all__ = ["ProgressCallback", "ProgressEvent"]
