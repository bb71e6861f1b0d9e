"""Types for annotating your own code: request parameters (`params`) and results, as the official SDK names them."""

from magic_hour_api.sdk import params

from . import models

__all__ = ["models", "params"]
