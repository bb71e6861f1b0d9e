from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_to_video_create_video_body_style_art_style import (
    VideoToVideoCreateVideoBodyStyleArtStyle,
    check_video_to_video_create_video_body_style_art_style,
)
from ..models.video_to_video_create_video_body_style_model import (
    VideoToVideoCreateVideoBodyStyleModel,
    check_video_to_video_create_video_body_style_model,
)
from ..models.video_to_video_create_video_body_style_prompt_type import (
    VideoToVideoCreateVideoBodyStylePromptType,
    check_video_to_video_create_video_body_style_prompt_type,
)
from ..models.video_to_video_create_video_body_style_version import (
    VideoToVideoCreateVideoBodyStyleVersion,
    check_video_to_video_create_video_body_style_version,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoToVideoCreateVideoBodyStyle")


@_attrs_define
class VideoToVideoCreateVideoBodyStyle:
    """
    Attributes:
        art_style (VideoToVideoCreateVideoBodyStyleArtStyle):
        version (VideoToVideoCreateVideoBodyStyleVersion | Unset): * `v1` - more detail, closer prompt adherence, and
            frame-by-frame previews.
            * `v2` - faster, more consistent, and less noisy.
            * `default` - use the default version for the selected art style. Default: 'default'. Example: default.
        prompt_type (VideoToVideoCreateVideoBodyStylePromptType | Unset): * `default` - Use the default recommended
            prompt for the art style.
            * `custom` - Only use the prompt passed in the API. Note: for v1, lora prompt will still be auto added to apply
            the art style properly.
            * `append_default` - Add the default recommended prompt to the end of the prompt passed in the API. Default:
            'default'. Example: default.
        prompt (None | str | Unset): The prompt used for the video. Prompt is required if `prompt_type` is `custom` or
            `append_default`. If `prompt_type` is `default`, then the `prompt` value passed will be ignored.
        model (VideoToVideoCreateVideoBodyStyleModel | Unset): * `Dreamshaper` - a good all-around model that works for
            both animations as well as realism.
            * `Absolute Reality` - better at realism, but you'll often get similar results with Dreamshaper as well.
            * `Flat 2D Anime` - best for a flat illustration style that's common in most anime.
            * `default` - use the default recommended model for the selected art style. Default: 'default'. Example:
            default.
    """

    art_style: VideoToVideoCreateVideoBodyStyleArtStyle
    version: VideoToVideoCreateVideoBodyStyleVersion | Unset = "default"
    prompt_type: VideoToVideoCreateVideoBodyStylePromptType | Unset = "default"
    prompt: None | str | Unset = UNSET
    model: VideoToVideoCreateVideoBodyStyleModel | Unset = "default"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        art_style: str = self.art_style

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        prompt_type: str | Unset = UNSET
        if not isinstance(self.prompt_type, Unset):
            prompt_type = self.prompt_type

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "art_style": art_style,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if prompt_type is not UNSET:
            field_dict["prompt_type"] = prompt_type
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        art_style = check_video_to_video_create_video_body_style_art_style(
            d.pop("art_style")
        )

        _version = d.pop("version", UNSET)
        version: VideoToVideoCreateVideoBodyStyleVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_video_to_video_create_video_body_style_version(_version)

        _prompt_type = d.pop("prompt_type", UNSET)
        prompt_type: VideoToVideoCreateVideoBodyStylePromptType | Unset
        if isinstance(_prompt_type, Unset):
            prompt_type = UNSET
        else:
            prompt_type = check_video_to_video_create_video_body_style_prompt_type(
                _prompt_type
            )

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        _model = d.pop("model", UNSET)
        model: VideoToVideoCreateVideoBodyStyleModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_video_to_video_create_video_body_style_model(_model)

        video_to_video_create_video_body_style = cls(
            art_style=art_style,
            version=version,
            prompt_type=prompt_type,
            prompt=prompt,
            model=model,
        )

        video_to_video_create_video_body_style.additional_properties = d
        return video_to_video_create_video_body_style

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
