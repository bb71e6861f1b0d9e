from typing import Literal

AiGifGeneratorCreateImageBodyOutputFormat = Literal["gif", "mp4", "webm"]

AI_GIF_GENERATOR_CREATE_IMAGE_BODY_OUTPUT_FORMAT_VALUES: set[
    AiGifGeneratorCreateImageBodyOutputFormat
] = {
    "gif",
    "mp4",
    "webm",
}


def check_ai_gif_generator_create_image_body_output_format(
    value: str,
) -> AiGifGeneratorCreateImageBodyOutputFormat:
    if value in AI_GIF_GENERATOR_CREATE_IMAGE_BODY_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_GIF_GENERATOR_CREATE_IMAGE_BODY_OUTPUT_FORMAT_VALUES!r}"
    )
