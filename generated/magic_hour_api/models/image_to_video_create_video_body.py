from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_to_video_create_video_body_model import (
    ImageToVideoCreateVideoBodyModel,
    check_image_to_video_create_video_body_model,
)
from ..models.image_to_video_create_video_body_resolution import (
    ImageToVideoCreateVideoBodyResolution,
    check_image_to_video_create_video_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_to_video_create_video_body_assets import (
        ImageToVideoCreateVideoBodyAssets,
    )
    from ..models.image_to_video_create_video_body_style import (
        ImageToVideoCreateVideoBodyStyle,
    )


T = TypeVar("T", bound="ImageToVideoCreateVideoBody")


@_attrs_define
class ImageToVideoCreateVideoBody:
    """
    Attributes:
        end_seconds (float): The total duration of the output video in seconds. Supported durations depend on the chosen
            model:

            * **`gemini-omni-1.1`**: any integer from 3 to 10
            * **`kling-2.6`**: 5, 10
            * **`kling-3.0`**: any integer from 3 to 15
            * **`ltx-2.5`**: any integer from 1 to 60
            * **`minimax-h3`**: any integer from 1 to 30
            * **`seedance-1.5`**: any integer from 4 to 12
            * **`seedance-2.0`**: any integer from 4 to 15
            * **`seedance-2.0-mini`**: any integer from 4 to 15
            * **`seedance-2.5`**: any integer from 4 to 30
            * **`veo3.1`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
            * **`veo3.1-lite`**: 4, 6, 8, 16, 24, 32, 40, 48, 56
            * **`wan-2.2`**: 3, 4, 5, 6, 7, 8, 9, 10, 15
            * **`wan-3.0`**: 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30
             Example: 5.
        assets (ImageToVideoCreateVideoBodyAssets): Provide the assets for image-to-video.
        name (str | Unset): Give your video a custom name for easy identification. Default: 'Image To Video - dateTime'.
            Example: My Image To Video video.
        model (ImageToVideoCreateVideoBodyModel | Unset): The AI model to use for video generation.

            * `default`: uses our currently recommended model for general use. For paid tiers, defaults to `kling-3.0`. For
            free tiers, it defaults to `ltx-2.5`.
            * `gemini-omni-1.1`: Best for precise short clips, first/last frames, and high-resolution output.
            * `kling-2.6`: Best for action, motion blur, and controlled camera moves.
            * `kling-3.0`: Best for cinematic stories, references, and optional audio.
            * `ltx-2.5`: Fastest for general scenes, long clips, audio, and rapid iteration.
            * `minimax-h3`: Great for reference-driven clips with native audio and longer durations.
            * `seedance-1.5`: Best for smooth, consistent motion with an end frame.
            * `seedance-2.0`: Best for reference-led clips with precise subject control.
            * `seedance-2.0-mini`: Faster reference-led clips with consistent motion and audio.
            * `seedance-2.5`: Best for premium realism, detail, and natural motion.
            * `veo3.1`: Best for romantic interactions and expressive action, with realistic detail.
            * `veo3.1-lite`: Balanced realism and audio at a lower cost than Veo 3.1.
            * `wan-2.2`: Best for physical motion, action, and camera movement.
            * `wan-3.0`: High-quality video with native audio, long clips, and end-frame control.

            If you specify the deprecated model value that includes the `-audio` suffix, this will be the same as included
            `audio` as `true`. Default: 'default'. Example: kling-3.0.
        resolution (ImageToVideoCreateVideoBodyResolution | Unset): Controls the output video resolution. Defaults to
            `720p` on paid tiers and `480p` on free tiers.

            * **`gemini-omni-1.1`**: Supports 360p, 720p, 1080p, 4k.
            * **`kling-2.6`**: Supports 720p, 1080p.
            * **`kling-3.0`**: Supports 720p, 1080p, 4k.
            * **`ltx-2.5`**: Supports 480p, 720p, 1080p.
            * **`minimax-h3`**: Supports 480p, 720p, 1080p.
            * **`seedance-1.5`**: Supports 480p, 720p, 1080p.
            * **`seedance-2.0`**: Supports 480p, 720p, 1080p, 4k.
            * **`seedance-2.0-mini`**: Supports 480p, 720p.
            * **`seedance-2.5`**: Supports 480p, 720p, 1080p.
            * **`veo3.1`**: Supports 720p, 1080p.
            * **`veo3.1-lite`**: Supports 720p, 1080p.
            * **`wan-2.2`**: Supports 480p, 720p, 1080p.
            * **`wan-3.0`**: Supports 480p, 720p, 1080p.
             Example: 720p.
        audio (bool | Unset): Whether to include audio in the video. Defaults to `false` if not specified.

            Audio support varies by model:
            * **`gemini-omni-1.1`**: Not supported
            * **`kling-2.6`**: Not supported
            * **`kling-3.0`**: Toggle-able: audio adds extra credits when enabled
            * **`ltx-2.5`**: Toggle-able: no additional credits for audio
            * **`minimax-h3`**: Toggle-able: no additional credits for audio
            * **`seedance-1.5`**: Toggle-able: audio adds extra credits when enabled
            * **`seedance-2.0`**: Toggle-able: no additional credits for audio
            * **`seedance-2.0-mini`**: Toggle-able: no additional credits for audio
            * **`seedance-2.5`**: Toggle-able: no additional credits for audio
            * **`veo3.1`**: Toggle-able: audio adds extra credits when enabled
            * **`veo3.1-lite`**: Toggle-able: audio adds extra credits when enabled
            * **`wan-2.2`**: Not supported
            * **`wan-3.0`**: Toggle-able: no additional credits for audio
             Example: True.
        style (ImageToVideoCreateVideoBodyStyle | Unset): Attributed used to dictate the style of the output
    """

    end_seconds: float
    assets: ImageToVideoCreateVideoBodyAssets
    name: str | Unset = "Image To Video - dateTime"
    model: ImageToVideoCreateVideoBodyModel | Unset = "default"
    resolution: ImageToVideoCreateVideoBodyResolution | Unset = UNSET
    audio: bool | Unset = UNSET
    style: ImageToVideoCreateVideoBodyStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_seconds = self.end_seconds

        assets = self.assets.to_dict()

        name = self.name

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        audio = self.audio

        style: dict[str, Any] | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_seconds": end_seconds,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if audio is not UNSET:
            field_dict["audio"] = audio
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_to_video_create_video_body_assets import (
            ImageToVideoCreateVideoBodyAssets,
        )
        from ..models.image_to_video_create_video_body_style import (
            ImageToVideoCreateVideoBodyStyle,
        )

        d = dict(src_dict)
        end_seconds = d.pop("end_seconds")

        assets = ImageToVideoCreateVideoBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _model = d.pop("model", UNSET)
        model: ImageToVideoCreateVideoBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_image_to_video_create_video_body_model(_model)

        _resolution = d.pop("resolution", UNSET)
        resolution: ImageToVideoCreateVideoBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_image_to_video_create_video_body_resolution(_resolution)

        audio = d.pop("audio", UNSET)

        _style = d.pop("style", UNSET)
        style: ImageToVideoCreateVideoBodyStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = ImageToVideoCreateVideoBodyStyle.from_dict(_style)

        image_to_video_create_video_body = cls(
            end_seconds=end_seconds,
            assets=assets,
            name=name,
            model=model,
            resolution=resolution,
            audio=audio,
            style=style,
        )

        image_to_video_create_video_body.additional_properties = d
        return image_to_video_create_video_body

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
