from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ai_voice_cloner_create_audio_body_assets import (
        AiVoiceClonerCreateAudioBodyAssets,
    )
    from ..models.ai_voice_cloner_create_audio_body_style import (
        AiVoiceClonerCreateAudioBodyStyle,
    )


T = TypeVar("T", bound="AiVoiceClonerCreateAudioBody")


@_attrs_define
class AiVoiceClonerCreateAudioBody:
    """
    Attributes:
        assets (AiVoiceClonerCreateAudioBodyAssets): Provide the assets for voice cloning.
        style (AiVoiceClonerCreateAudioBodyStyle):
        name (str | Unset): Give your audio a custom name for easy identification. Default: 'Voice Cloner - dateTime'.
            Example: My Voice Cloner audio.
    """

    assets: AiVoiceClonerCreateAudioBodyAssets
    style: AiVoiceClonerCreateAudioBodyStyle
    name: str | Unset = "Voice Cloner - dateTime"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets = self.assets.to_dict()

        style = self.style.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assets": assets,
                "style": style,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ai_voice_cloner_create_audio_body_assets import (
            AiVoiceClonerCreateAudioBodyAssets,
        )
        from ..models.ai_voice_cloner_create_audio_body_style import (
            AiVoiceClonerCreateAudioBodyStyle,
        )

        d = dict(src_dict)
        assets = AiVoiceClonerCreateAudioBodyAssets.from_dict(d.pop("assets"))

        style = AiVoiceClonerCreateAudioBodyStyle.from_dict(d.pop("style"))

        name = d.pop("name", UNSET)

        ai_voice_cloner_create_audio_body = cls(
            assets=assets,
            style=style,
            name=name,
        )

        ai_voice_cloner_create_audio_body.additional_properties = d
        return ai_voice_cloner_create_audio_body

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
