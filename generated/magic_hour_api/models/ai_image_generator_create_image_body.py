from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_generator_create_image_body_aspect_ratio import (
    AiImageGeneratorCreateImageBodyAspectRatio,
    check_ai_image_generator_create_image_body_aspect_ratio,
)
from ..models.ai_image_generator_create_image_body_model import (
    AiImageGeneratorCreateImageBodyModel,
    check_ai_image_generator_create_image_body_model,
)
from ..models.ai_image_generator_create_image_body_resolution import (
    AiImageGeneratorCreateImageBodyResolution,
    check_ai_image_generator_create_image_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_image_generator_create_image_body_style import (
        AiImageGeneratorCreateImageBodyStyle,
    )


T = TypeVar("T", bound="AiImageGeneratorCreateImageBody")


@_attrs_define
class AiImageGeneratorCreateImageBody:
    """
    Attributes:
        image_count (int): Number of images to generate. Maximum varies by model. Example: 1.
        style (AiImageGeneratorCreateImageBodyStyle): The art style to use for image generation.
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Ai Image - dateTime'.
            Example: My Ai Image image.
        model (AiImageGeneratorCreateImageBodyModel | Unset): The AI model to use for image generation. Each model has
            different capabilities and costs.

            **Models:**
            - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a
            specific model. This is the default behavior.
            - `flux-2-klein` - from 5 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Image count allowed: 1
            - `flux-schnell` - from 5 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `gpt-image-2` - from 50 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `gpt-image-2.5-flare` - from 100 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `krea-2` - from 10 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: free, creator, pro, business
              - Image count allowed: 1
            - `nano-banana` - from 50 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `nano-banana-2` - from 100 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 4, 9, 16
            - `nano-banana-2-lite` - from 50 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `nano-banana-2.1` - from 50 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 4, 9, 16
            - `nano-banana-pro` - from 150 credits/image
              - Supported resolutions: 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 4, 9, 16
            - `qwen-image-2.1` - from 10 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `seedream-v4` - from 40 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `seedream-v5-pro` - from 75 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: creator, pro, business
              - Image count allowed: 1, 2, 3, 4
            - `z-image-turbo` - from 5 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Image count allowed: 1, 2, 3, 4

            **Deprecated Enum Values:**
            - `seedream` - Use `seedream-v4` instead.
             Example: default.
        aspect_ratio (AiImageGeneratorCreateImageBodyAspectRatio | Unset): The aspect ratio of the output image(s). If
            not specified, defaults to `1:1` (square). Example: 1:1.
        resolution (AiImageGeneratorCreateImageBodyResolution | Unset): Maximum resolution (longest edge) for the output
            image.

            **Options:**
            - `640px` — up to 640px
            - `1k` — up to 1024px
            - `2k` — up to 2048px
            - `4k` — up to 4096px
            - `auto` — **Deprecated.** Mapped server-side from your subscription tier to the best matching resolution the
            model supports

            **Per-model support:**
            - `flux-2-klein` - 640px, 1k, 2k
            - `flux-schnell` - 640px, 1k, 2k
            - `gpt-image-2` - 640px, 1k, 2k, 4k
            - `gpt-image-2.5-flare` - 640px, 1k, 2k, 4k
            - `krea-2` - 640px, 1k
            - `nano-banana` - 640px, 1k
            - `nano-banana-2` - 640px, 1k, 2k, 4k
            - `nano-banana-2-lite` - 640px, 1k
            - `nano-banana-2.1` - 640px, 1k, 2k, 4k
            - `nano-banana-pro` - 1k, 2k, 4k
            - `qwen-image-2.1` - 640px, 1k, 2k
            - `seedream-v4` - 640px, 1k, 2k, 4k
            - `seedream-v5-pro` - 640px, 1k, 2k
            - `z-image-turbo` - 640px, 1k, 2k

            Note: Resolution availability depends on the model and your subscription tier. Default: 'auto'. Example: 1k.
    """

    image_count: int
    style: AiImageGeneratorCreateImageBodyStyle
    name: str | Unset = "Ai Image - dateTime"
    model: AiImageGeneratorCreateImageBodyModel | Unset = UNSET
    aspect_ratio: AiImageGeneratorCreateImageBodyAspectRatio | Unset = UNSET
    resolution: AiImageGeneratorCreateImageBodyResolution | Unset = "auto"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_count = self.image_count

        style = self.style.to_dict()

        name = self.name

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_count": image_count,
                "style": style,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_image_generator_create_image_body_style import (
            AiImageGeneratorCreateImageBodyStyle,
        )

        d = dict(src_dict)
        image_count = d.pop("image_count")

        style = AiImageGeneratorCreateImageBodyStyle.from_dict(d.pop("style"))

        name = d.pop("name", UNSET)

        _model = d.pop("model", UNSET)
        model: AiImageGeneratorCreateImageBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_ai_image_generator_create_image_body_model(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AiImageGeneratorCreateImageBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ai_image_generator_create_image_body_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: AiImageGeneratorCreateImageBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_image_generator_create_image_body_resolution(
                _resolution
            )

        ai_image_generator_create_image_body = cls(
            image_count=image_count,
            style=style,
            name=name,
            model=model,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )

        ai_image_generator_create_image_body.additional_properties = d
        return ai_image_generator_create_image_body

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
