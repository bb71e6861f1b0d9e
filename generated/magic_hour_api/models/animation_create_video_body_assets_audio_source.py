from typing import Literal

AnimationCreateVideoBodyAssetsAudioSource = Literal["file", "none", "youtube"]

ANIMATION_CREATE_VIDEO_BODY_ASSETS_AUDIO_SOURCE_VALUES: set[
    AnimationCreateVideoBodyAssetsAudioSource
] = {
    "file",
    "none",
    "youtube",
}


def check_animation_create_video_body_assets_audio_source(
    value: str,
) -> AnimationCreateVideoBodyAssetsAudioSource:
    if value in ANIMATION_CREATE_VIDEO_BODY_ASSETS_AUDIO_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANIMATION_CREATE_VIDEO_BODY_ASSETS_AUDIO_SOURCE_VALUES!r}"
    )
