"""Everything the custom layer uses from the spec is still there: a regenerated spec that drops a field
fails here, naming it, instead of somewhere obscure at run time."""

from __future__ import annotations

from magic_hour import _spec


def test_the_spec_has_everything_the_custom_layer_uses() -> None:
    problems = _spec.contract_problems()
    assert not problems, "openapi.yaml no longer has what custom/ depends on: " + "; ".join(problems)


def test_spec_facts_are_read_not_retyped() -> None:
    assert _spec.max_clip_seconds() == 60
    assert "png" in _spec.extensions_by_asset_type()["image"]
    assert _spec.deprecated_generation_modes() == {"expressive": "standard", "stable": "pro"}
    assert _spec.asset_fields() == {"audio_file_path": "audio", "image_file_path": "image"}
