from typing import Literal

TextToVideoCreateVideoBodyModel = Literal[
    "default",
    "gemini-omni-1.1",
    "kling-1.6",
    "kling-2.5",
    "kling-2.5-audio",
    "kling-2.6",
    "kling-3.0",
    "ltx-2",
    "ltx-2.3",
    "ltx-2.5",
    "minimax-h3",
    "seedance",
    "seedance-1.5",
    "seedance-2.0",
    "seedance-2.0-mini",
    "seedance-2.5",
    "sora-2",
    "veo3.1",
    "veo3.1-audio",
    "veo3.1-lite",
    "wan-2.2",
    "wan-3.0",
]

TEXT_TO_VIDEO_CREATE_VIDEO_BODY_MODEL_VALUES: set[TextToVideoCreateVideoBodyModel] = {
    "default",
    "gemini-omni-1.1",
    "kling-1.6",
    "kling-2.5",
    "kling-2.5-audio",
    "kling-2.6",
    "kling-3.0",
    "ltx-2",
    "ltx-2.3",
    "ltx-2.5",
    "minimax-h3",
    "seedance",
    "seedance-1.5",
    "seedance-2.0",
    "seedance-2.0-mini",
    "seedance-2.5",
    "sora-2",
    "veo3.1",
    "veo3.1-audio",
    "veo3.1-lite",
    "wan-2.2",
    "wan-3.0",
}


def check_text_to_video_create_video_body_model(
    value: str,
) -> TextToVideoCreateVideoBodyModel:
    if value in TEXT_TO_VIDEO_CREATE_VIDEO_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_VIDEO_CREATE_VIDEO_BODY_MODEL_VALUES!r}"
    )
