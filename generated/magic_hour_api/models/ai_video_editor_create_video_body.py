from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_video_editor_create_video_body_model import (
    AiVideoEditorCreateVideoBodyModel,
    check_ai_video_editor_create_video_body_model,
)
from ..models.ai_video_editor_create_video_body_resolution import (
    AiVideoEditorCreateVideoBodyResolution,
    check_ai_video_editor_create_video_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_video_editor_create_video_body_assets import (
        AiVideoEditorCreateVideoBodyAssets,
    )
    from ..models.ai_video_editor_create_video_body_style import (
        AiVideoEditorCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="AiVideoEditorCreateVideoBody")


@_attrs_define
class AiVideoEditorCreateVideoBody:
    """
    Attributes:
        end_seconds (float): End time of your clip in seconds. Must be greater than `start_seconds`. Minimum duration
            depends on model: `gemini-omni-1.1`: 3s, LTX 2.5: 0.5s. Maximum duration depends on model: `gemini-omni-1.1`:
            10s, LTX 2.5: 20s. Example: 5.
        style (AiVideoEditorCreateVideoBodyStyle):
        assets (AiVideoEditorCreateVideoBodyAssets): Provide the assets for video editing.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Video Editor - dateTime'.
            Example: My Video Editor video.
        start_seconds (float | Unset): Start time of your clip (seconds). Must be ≥ 0. Default: 0.0. Example: 0.
        model (AiVideoEditorCreateVideoBodyModel | Unset): Editing model. Defaults to LTX 2.5 for free tier and `gemini-
            omni-1.1` for paid. `gemini-omni` is deprecated; use `gemini-omni-1.1` instead. Example: gemini-omni-1.1.
        resolution (AiVideoEditorCreateVideoBodyResolution | Unset): Output resolution. Defaults to `480p` for free tier
            and `720p` for paid. `gemini-omni-1.1` and deprecated `gemini-omni` support 720p and 1080p; LTX 2.5 supports
            480p, 720p, and 1080p. Example: 720p.
    """

    end_seconds: float
    style: AiVideoEditorCreateVideoBodyStyle
    assets: AiVideoEditorCreateVideoBodyAssets
    name: str | Unset = "Video Editor - dateTime"
    start_seconds: float | Unset = 0.0
    model: AiVideoEditorCreateVideoBodyModel | Unset = UNSET
    resolution: AiVideoEditorCreateVideoBodyResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_seconds = self.end_seconds

        style = self.style.to_dict()

        assets = self.assets.to_dict()

        name = self.name

        start_seconds = self.start_seconds

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_seconds": end_seconds,
                "style": style,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if start_seconds is not UNSET:
            field_dict["start_seconds"] = start_seconds
        if model is not UNSET:
            field_dict["model"] = model
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_video_editor_create_video_body_assets import (
            AiVideoEditorCreateVideoBodyAssets,
        )
        from ..models.ai_video_editor_create_video_body_style import (
            AiVideoEditorCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        end_seconds = d.pop("end_seconds")

        style = AiVideoEditorCreateVideoBodyStyle.from_dict(d.pop("style"))

        assets = AiVideoEditorCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        start_seconds = d.pop("start_seconds", UNSET)

        _model = d.pop("model", UNSET)
        model: AiVideoEditorCreateVideoBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_ai_video_editor_create_video_body_model(_model)

        _resolution = d.pop("resolution", UNSET)
        resolution: AiVideoEditorCreateVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_video_editor_create_video_body_resolution(_resolution)

        ai_video_editor_create_video_body = cls(
            end_seconds=end_seconds,
            style=style,
            assets=assets,
            name=name,
            start_seconds=start_seconds,
            model=model,
            resolution=resolution,
        )

        ai_video_editor_create_video_body.additional_properties = d
        return ai_video_editor_create_video_body

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
