from typing import Literal

BodySwapCreateImageBodyResolution = Literal["1k", "2k", "4k", "640px"]

BODY_SWAP_CREATE_IMAGE_BODY_RESOLUTION_VALUES: set[
    BodySwapCreateImageBodyResolution
] = {
    "1k",
    "2k",
    "4k",
    "640px",
}


def check_body_swap_create_image_body_resolution(
    value: str,
) -> BodySwapCreateImageBodyResolution:
    if value in BODY_SWAP_CREATE_IMAGE_BODY_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BODY_SWAP_CREATE_IMAGE_BODY_RESOLUTION_VALUES!r}"
    )
