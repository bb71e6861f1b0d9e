from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.animation_create_video_body_style_art_style import (
    AnimationCreateVideoBodyStyleArtStyle,
    check_animation_create_video_body_style_art_style,
)
from ..models.animation_create_video_body_style_camera_effect import (
    AnimationCreateVideoBodyStyleCameraEffect,
    check_animation_create_video_body_style_camera_effect,
)
from ..models.animation_create_video_body_style_prompt_type import (
    AnimationCreateVideoBodyStylePromptType,
    check_animation_create_video_body_style_prompt_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AnimationCreateVideoBodyStyle")


@_attrs_define
class AnimationCreateVideoBodyStyle:
    """Defines the style of the output video

    Attributes:
        art_style (AnimationCreateVideoBodyStyleArtStyle): The art style used to create the output video Example:
            Painterly Illustration.
        camera_effect (AnimationCreateVideoBodyStyleCameraEffect): The camera effect used to create the output video
            Example: Simple Zoom In.
        prompt_type (AnimationCreateVideoBodyStylePromptType):
            * `custom` - Use your own prompt for the video.
            * `use_lyrics` - Use the lyrics of the audio to create the prompt. If this option is selected, then
            `assets.audio_source` must be `file` or `youtube`.
            * `ai_choose` - Let AI write the prompt. If this option is selected, then `assets.audio_source` must be `file`
            or `youtube`. Example: custom.
        transition_speed (int): Change determines how quickly the video's content changes across frames.
            * Higher = more rapid transitions.
            * Lower = more stable visual experience. Example: 5.
        art_style_custom (str | Unset): Describe custom art style. This field is required if `art_style` is `Custom`
        prompt (str | Unset): The prompt used for the video. Prompt is required if `prompt_type` is `custom`. Otherwise
            this value is ignored Example: Cyberpunk city.
    """

    art_style: AnimationCreateVideoBodyStyleArtStyle
    camera_effect: AnimationCreateVideoBodyStyleCameraEffect
    prompt_type: AnimationCreateVideoBodyStylePromptType
    transition_speed: int
    art_style_custom: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        art_style: str = self.art_style

        camera_effect: str = self.camera_effect

        prompt_type: str = self.prompt_type

        transition_speed = self.transition_speed

        art_style_custom = self.art_style_custom

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "art_style": art_style,
                "camera_effect": camera_effect,
                "prompt_type": prompt_type,
                "transition_speed": transition_speed,
            }
        )
        if art_style_custom is not UNSET:
            field_dict["art_style_custom"] = art_style_custom
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        art_style = check_animation_create_video_body_style_art_style(
            d.pop("art_style")
        )

        camera_effect = check_animation_create_video_body_style_camera_effect(
            d.pop("camera_effect")
        )

        prompt_type = check_animation_create_video_body_style_prompt_type(
            d.pop("prompt_type")
        )

        transition_speed = d.pop("transition_speed")

        art_style_custom = d.pop("art_style_custom", UNSET)

        prompt = d.pop("prompt", UNSET)

        animation_create_video_body_style = cls(
            art_style=art_style,
            camera_effect=camera_effect,
            prompt_type=prompt_type,
            transition_speed=transition_speed,
            art_style_custom=art_style_custom,
            prompt=prompt,
        )

        animation_create_video_body_style.additional_properties = d
        return animation_create_video_body_style

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
