from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiFaceEditorEditImageBodyStyle")


@_attrs_define
class AiFaceEditorEditImageBodyStyle:
    """Face editing parameters

    Attributes:
        enhance_face (bool | Unset): Enhance face features Default: False. Example: False.
        eyebrow_direction (float | Unset): Eyebrow direction (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        eye_gaze_horizontal (float | Unset): Horizontal eye gaze (-100 to 100), in increments of 5 Default: 0.0.
            Example: 0.
        eye_gaze_vertical (float | Unset): Vertical eye gaze (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        eye_open_ratio (float | Unset): Eye open ratio (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        lip_open_ratio (float | Unset): Lip open ratio (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        head_roll (float | Unset): Head roll (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        mouth_grim (float | Unset): Mouth grim (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        mouth_pout (float | Unset): Mouth pout (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        mouth_purse (float | Unset): Mouth purse (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        mouth_smile (float | Unset): Mouth smile (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        mouth_position_horizontal (float | Unset): Horizontal mouth position (-100 to 100), in increments of 5 Default:
            0.0. Example: 0.
        mouth_position_vertical (float | Unset): Vertical mouth position (-100 to 100), in increments of 5 Default: 0.0.
            Example: 0.
        head_pitch (float | Unset): Head pitch (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
        head_yaw (float | Unset): Head yaw (-100 to 100), in increments of 5 Default: 0.0. Example: 0.
    """

    enhance_face: bool | Unset = False
    eyebrow_direction: float | Unset = 0.0
    eye_gaze_horizontal: float | Unset = 0.0
    eye_gaze_vertical: float | Unset = 0.0
    eye_open_ratio: float | Unset = 0.0
    lip_open_ratio: float | Unset = 0.0
    head_roll: float | Unset = 0.0
    mouth_grim: float | Unset = 0.0
    mouth_pout: float | Unset = 0.0
    mouth_purse: float | Unset = 0.0
    mouth_smile: float | Unset = 0.0
    mouth_position_horizontal: float | Unset = 0.0
    mouth_position_vertical: float | Unset = 0.0
    head_pitch: float | Unset = 0.0
    head_yaw: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enhance_face = self.enhance_face

        eyebrow_direction = self.eyebrow_direction

        eye_gaze_horizontal = self.eye_gaze_horizontal

        eye_gaze_vertical = self.eye_gaze_vertical

        eye_open_ratio = self.eye_open_ratio

        lip_open_ratio = self.lip_open_ratio

        head_roll = self.head_roll

        mouth_grim = self.mouth_grim

        mouth_pout = self.mouth_pout

        mouth_purse = self.mouth_purse

        mouth_smile = self.mouth_smile

        mouth_position_horizontal = self.mouth_position_horizontal

        mouth_position_vertical = self.mouth_position_vertical

        head_pitch = self.head_pitch

        head_yaw = self.head_yaw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enhance_face is not UNSET:
            field_dict["enhance_face"] = enhance_face
        if eyebrow_direction is not UNSET:
            field_dict["eyebrow_direction"] = eyebrow_direction
        if eye_gaze_horizontal is not UNSET:
            field_dict["eye_gaze_horizontal"] = eye_gaze_horizontal
        if eye_gaze_vertical is not UNSET:
            field_dict["eye_gaze_vertical"] = eye_gaze_vertical
        if eye_open_ratio is not UNSET:
            field_dict["eye_open_ratio"] = eye_open_ratio
        if lip_open_ratio is not UNSET:
            field_dict["lip_open_ratio"] = lip_open_ratio
        if head_roll is not UNSET:
            field_dict["head_roll"] = head_roll
        if mouth_grim is not UNSET:
            field_dict["mouth_grim"] = mouth_grim
        if mouth_pout is not UNSET:
            field_dict["mouth_pout"] = mouth_pout
        if mouth_purse is not UNSET:
            field_dict["mouth_purse"] = mouth_purse
        if mouth_smile is not UNSET:
            field_dict["mouth_smile"] = mouth_smile
        if mouth_position_horizontal is not UNSET:
            field_dict["mouth_position_horizontal"] = mouth_position_horizontal
        if mouth_position_vertical is not UNSET:
            field_dict["mouth_position_vertical"] = mouth_position_vertical
        if head_pitch is not UNSET:
            field_dict["head_pitch"] = head_pitch
        if head_yaw is not UNSET:
            field_dict["head_yaw"] = head_yaw

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enhance_face = d.pop("enhance_face", UNSET)

        eyebrow_direction = d.pop("eyebrow_direction", UNSET)

        eye_gaze_horizontal = d.pop("eye_gaze_horizontal", UNSET)

        eye_gaze_vertical = d.pop("eye_gaze_vertical", UNSET)

        eye_open_ratio = d.pop("eye_open_ratio", UNSET)

        lip_open_ratio = d.pop("lip_open_ratio", UNSET)

        head_roll = d.pop("head_roll", UNSET)

        mouth_grim = d.pop("mouth_grim", UNSET)

        mouth_pout = d.pop("mouth_pout", UNSET)

        mouth_purse = d.pop("mouth_purse", UNSET)

        mouth_smile = d.pop("mouth_smile", UNSET)

        mouth_position_horizontal = d.pop("mouth_position_horizontal", UNSET)

        mouth_position_vertical = d.pop("mouth_position_vertical", UNSET)

        head_pitch = d.pop("head_pitch", UNSET)

        head_yaw = d.pop("head_yaw", UNSET)

        ai_face_editor_edit_image_body_style = cls(
            enhance_face=enhance_face,
            eyebrow_direction=eyebrow_direction,
            eye_gaze_horizontal=eye_gaze_horizontal,
            eye_gaze_vertical=eye_gaze_vertical,
            eye_open_ratio=eye_open_ratio,
            lip_open_ratio=lip_open_ratio,
            head_roll=head_roll,
            mouth_grim=mouth_grim,
            mouth_pout=mouth_pout,
            mouth_purse=mouth_purse,
            mouth_smile=mouth_smile,
            mouth_position_horizontal=mouth_position_horizontal,
            mouth_position_vertical=mouth_position_vertical,
            head_pitch=head_pitch,
            head_yaw=head_yaw,
        )

        ai_face_editor_edit_image_body_style.additional_properties = d
        return ai_face_editor_edit_image_body_style

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
