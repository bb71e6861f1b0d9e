from typing import Literal

AiVideoEditorCreateVideoBodyModel = Literal["gemini-omni", "ltx-2.3"]

AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES: set[
    AiVideoEditorCreateVideoBodyModel
] = {
    "gemini-omni",
    "ltx-2.3",
}


def check_ai_video_editor_create_video_body_model(
    value: str,
) -> AiVideoEditorCreateVideoBodyModel:
    if value in AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES!r}"
    )
