from typing import Literal

AiMemeGeneratorCreateImageBodyStyleTemplate = Literal[
    "Bike Fall",
    "Change My Mind",
    "Disappointed Guy",
    "Drake Hotline Bling",
    "Galaxy Brain",
    "Gru's Plan",
    "Is This a Pigeon",
    "Panik Kalm Panik",
    "Random",
    "Side Eyeing Chloe",
    "Tuxedo Winnie The Pooh",
    "Two Buttons",
    "Waiting Skeleton",
]

AI_MEME_GENERATOR_CREATE_IMAGE_BODY_STYLE_TEMPLATE_VALUES: set[
    AiMemeGeneratorCreateImageBodyStyleTemplate
] = {
    "Bike Fall",
    "Change My Mind",
    "Disappointed Guy",
    "Drake Hotline Bling",
    "Galaxy Brain",
    "Gru's Plan",
    "Is This a Pigeon",
    "Panik Kalm Panik",
    "Random",
    "Side Eyeing Chloe",
    "Tuxedo Winnie The Pooh",
    "Two Buttons",
    "Waiting Skeleton",
}


def check_ai_meme_generator_create_image_body_style_template(
    value: str,
) -> AiMemeGeneratorCreateImageBodyStyleTemplate:
    if value in AI_MEME_GENERATOR_CREATE_IMAGE_BODY_STYLE_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_MEME_GENERATOR_CREATE_IMAGE_BODY_STYLE_TEMPLATE_VALUES!r}"
    )
