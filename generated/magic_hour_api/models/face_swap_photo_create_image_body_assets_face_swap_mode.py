from typing import Literal

FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode = Literal[
    "all-faces", "individual-faces"
]

FACE_SWAP_PHOTO_CREATE_IMAGE_BODY_ASSETS_FACE_SWAP_MODE_VALUES: set[
    FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode
] = {
    "all-faces",
    "individual-faces",
}


def check_face_swap_photo_create_image_body_assets_face_swap_mode(
    value: str,
) -> FaceSwapPhotoCreateImageBodyAssetsFaceSwapMode:
    if value in FACE_SWAP_PHOTO_CREATE_IMAGE_BODY_ASSETS_FACE_SWAP_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FACE_SWAP_PHOTO_CREATE_IMAGE_BODY_ASSETS_FACE_SWAP_MODE_VALUES!r}"
    )
