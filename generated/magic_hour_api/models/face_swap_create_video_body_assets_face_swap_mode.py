from typing import Literal

FaceSwapCreateVideoBodyAssetsFaceSwapMode = Literal["all-faces", "individual-faces"]

FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_FACE_SWAP_MODE_VALUES: set[
    FaceSwapCreateVideoBodyAssetsFaceSwapMode
] = {
    "all-faces",
    "individual-faces",
}


def check_face_swap_create_video_body_assets_face_swap_mode(
    value: str,
) -> FaceSwapCreateVideoBodyAssetsFaceSwapMode:
    if value in FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_FACE_SWAP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FACE_SWAP_CREATE_VIDEO_BODY_ASSETS_FACE_SWAP_MODE_VALUES!r}"
    )
