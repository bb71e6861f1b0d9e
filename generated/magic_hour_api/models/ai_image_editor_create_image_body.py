from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_image_editor_create_image_body_aspect_ratio import (
    AiImageEditorCreateImageBodyAspectRatio,
    check_ai_image_editor_create_image_body_aspect_ratio,
)
from ..models.ai_image_editor_create_image_body_image_count import (
    AiImageEditorCreateImageBodyImageCount,
    check_ai_image_editor_create_image_body_image_count,
)
from ..models.ai_image_editor_create_image_body_model import (
    AiImageEditorCreateImageBodyModel,
    check_ai_image_editor_create_image_body_model,
)
from ..models.ai_image_editor_create_image_body_resolution import (
    AiImageEditorCreateImageBodyResolution,
    check_ai_image_editor_create_image_body_resolution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_image_editor_create_image_body_assets import (
        AiImageEditorCreateImageBodyAssets,
    )
    from ..models.ai_image_editor_create_image_body_style import (
        AiImageEditorCreateImageBodyStyle,
    )


T = TypeVar("T", bound="AiImageEditorCreateImageBody")


@_attrs_define
class AiImageEditorCreateImageBody:
    """
    Attributes:
        style (AiImageEditorCreateImageBodyStyle):
        assets (AiImageEditorCreateImageBodyAssets): Provide the assets for image edit
        name (str | Unset): Give your image a custom name for easy identification. Default: 'Ai Image Editor -
            dateTime'. Example: My Ai Image Editor image.
        image_count (AiImageEditorCreateImageBodyImageCount | Unset): Number of images to generate. Maximum varies by
            model. Defaults to 1 if not specified. Default: 1. Example: 1.
        model (AiImageEditorCreateImageBodyModel | Unset): The AI model to use for image editing. Each model has
            different capabilities and costs.

            **Models:**
            - `default` - Use the model we recommend, which will change over time. This is recommended unless you need a
            specific model. This is the default behavior.
            - `flux-2-klein` - from 5 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Max additional input images: 5
            - `gpt-image-2` - from 50 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `gpt-image-2.5-flare` - from 100 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `krea-2` - from 10 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: free, creator, pro, business
              - Max additional input images: 1
            - `nano-banana` - from 50 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `nano-banana-2` - from 100 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `nano-banana-2-lite` - from 50 credits/image
              - Supported resolutions: 640px, 1k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `nano-banana-2.1` - from 50 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `nano-banana-pro` - from 150 credits/image
              - Supported resolutions: 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `qwen-edit` - from 10 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Max additional input images: 2
            - `qwen-image-2.1` - from 10 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: free, creator, pro, business
              - Max additional input images: 2
            - `seedream-v4` - from 40 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `seedream-v4.5` - from 50 credits/image
              - Supported resolutions: 640px, 1k, 2k, 4k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
            - `seedream-v5-pro` - from 75 credits/image
              - Supported resolutions: 640px, 1k, 2k
              - Available for tiers: creator, pro, business
              - Max additional input images: 9
             Example: default.
        aspect_ratio (AiImageEditorCreateImageBodyAspectRatio | Unset): The aspect ratio of the output image(s). If not
            specified, defaults to `auto`. Example: 1:1.
        resolution (AiImageEditorCreateImageBodyResolution | Unset): Maximum resolution (longest edge) for the output
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
            - `gpt-image-2` - 640px, 1k, 2k, 4k
            - `gpt-image-2.5-flare` - 640px, 1k, 2k, 4k
            - `krea-2` - 640px, 1k
            - `nano-banana` - 640px, 1k
            - `nano-banana-2` - 640px, 1k, 2k, 4k
            - `nano-banana-2-lite` - 640px, 1k
            - `nano-banana-2.1` - 640px, 1k, 2k, 4k
            - `nano-banana-pro` - 1k, 2k, 4k
            - `qwen-edit` - 640px, 1k, 2k
            - `qwen-image-2.1` - 640px, 1k, 2k
            - `seedream-v4` - 640px, 1k, 2k, 4k
            - `seedream-v4.5` - 640px, 1k, 2k, 4k
            - `seedream-v5-pro` - 640px, 1k, 2k

            Note: Resolution availability depends on the model and your subscription tier. Example: 1k.
    """

    style: AiImageEditorCreateImageBodyStyle
    assets: AiImageEditorCreateImageBodyAssets
    name: str | Unset = "Ai Image Editor - dateTime"
    image_count: AiImageEditorCreateImageBodyImageCount | Unset = 1
    model: AiImageEditorCreateImageBodyModel | Unset = UNSET
    aspect_ratio: AiImageEditorCreateImageBodyAspectRatio | Unset = UNSET
    resolution: AiImageEditorCreateImageBodyResolution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style = self.style.to_dict()

        assets = self.assets.to_dict()

        name = self.name

        image_count: int | Unset = UNSET
        if not isinstance(self.image_count, Unset):
            image_count = self.image_count

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
                "style": style,
                "assets": assets,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if image_count is not UNSET:
            field_dict["image_count"] = image_count
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_image_editor_create_image_body_assets import (
            AiImageEditorCreateImageBodyAssets,
        )
        from ..models.ai_image_editor_create_image_body_style import (
            AiImageEditorCreateImageBodyStyle,
        )

        d = dict(src_dict)
        style = AiImageEditorCreateImageBodyStyle.from_dict(d.pop("style"))

        assets = AiImageEditorCreateImageBodyAssets.from_dict(d.pop("assets"))

        name = d.pop("name", UNSET)

        _image_count = d.pop("image_count", UNSET)
        image_count: AiImageEditorCreateImageBodyImageCount | Unset
        if isinstance(_image_count, Unset):
            image_count = UNSET
        else:
            image_count = check_ai_image_editor_create_image_body_image_count(
                _image_count
            )

        _model = d.pop("model", UNSET)
        model: AiImageEditorCreateImageBodyModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_ai_image_editor_create_image_body_model(_model)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AiImageEditorCreateImageBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_ai_image_editor_create_image_body_aspect_ratio(
                _aspect_ratio
            )

        _resolution = d.pop("resolution", UNSET)
        resolution: AiImageEditorCreateImageBodyResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_ai_image_editor_create_image_body_resolution(_resolution)

        ai_image_editor_create_image_body = cls(
            style=style,
            assets=assets,
            name=name,
            image_count=image_count,
            model=model,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
        )

        ai_image_editor_create_image_body.additional_properties = d
        return ai_image_editor_create_image_body

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
