from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ai_meme_generator_create_image_body_style_template import (
    AiMemeGeneratorCreateImageBodyStyleTemplate,
    check_ai_meme_generator_create_image_body_style_template,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AiMemeGeneratorCreateImageBodyStyle")


@_attrs_define
class AiMemeGeneratorCreateImageBodyStyle:
    """
    Attributes:
        topic (str): The topic of the meme. Example: When the code finally works.
        template (AiMemeGeneratorCreateImageBodyStyleTemplate): To use our templates, pass in one of the enum values.
            Example: Drake Hotline Bling.
        search_web (bool | Unset): Whether to search the web for meme content. Default: False. Example: False.
    """

    topic: str
    template: AiMemeGeneratorCreateImageBodyStyleTemplate
    search_web: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        template: str = self.template

        search_web = self.search_web

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "template": template,
            }
        )
        if search_web is not UNSET:
            field_dict["searchWeb"] = search_web

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        topic = d.pop("topic")

        template = check_ai_meme_generator_create_image_body_style_template(
            d.pop("template")
        )

        search_web = d.pop("searchWeb", UNSET)

        ai_meme_generator_create_image_body_style = cls(
            topic=topic,
            template=template,
            search_web=search_web,
        )

        ai_meme_generator_create_image_body_style.additional_properties = d
        return ai_meme_generator_create_image_body_style

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
