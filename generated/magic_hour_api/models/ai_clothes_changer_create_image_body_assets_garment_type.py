from typing import Literal

AiClothesChangerCreateImageBodyAssetsGarmentType = Literal[
    "dresses", "entire_outfit", "lower_body", "upper_body"
]

AI_CLOTHES_CHANGER_CREATE_IMAGE_BODY_ASSETS_GARMENT_TYPE_VALUES: set[
    AiClothesChangerCreateImageBodyAssetsGarmentType
] = {
    "dresses",
    "entire_outfit",
    "lower_body",
    "upper_body",
}


def check_ai_clothes_changer_create_image_body_assets_garment_type(
    value: str,
) -> AiClothesChangerCreateImageBodyAssetsGarmentType:
    if value in AI_CLOTHES_CHANGER_CREATE_IMAGE_BODY_ASSETS_GARMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_CLOTHES_CHANGER_CREATE_IMAGE_BODY_ASSETS_GARMENT_TYPE_VALUES!r}"
    )
