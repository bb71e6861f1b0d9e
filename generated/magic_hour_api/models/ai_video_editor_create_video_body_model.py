from typing import Literal

AiVideoEditorCreateVideoBodyModel = Literal[
    "gemini-omni", "gemini-omni-1.1", "ltx-2.3", "ltx-2.5"
]

AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES: set[
    AiVideoEditorCreateVideoBodyModel
] = {
    "gemini-omni",
    "gemini-omni-1.1",
    "ltx-2.3",
    "ltx-2.5",
}


def check_ai_video_editor_create_video_body_model(
    value: str,
) -> AiVideoEditorCreateVideoBodyModel:
    if value in AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_VIDEO_EDITOR_CREATE_VIDEO_BODY_MODEL_VALUES!r}"
    )
