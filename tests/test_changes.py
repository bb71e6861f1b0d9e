"""The change report, in process: each kind of change judged as code calling the SDK meets it, the facts that
follow from the document's prose, corrections flagged when their source moved, and the version it implies."""

from __future__ import annotations

import copy
import hashlib
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from compiler.correct import spec_pipeline  # noqa: E402
from compiler.release import changes  # noqa: E402
from compiler.release import versions as release  # noqa: E402

from .history import corpus, replay  # noqa: E402

#: A document and its corrections that do not move: the history's first (the stored one moves on with updates).
UPSTREAM: dict[str, Any] = corpus.base()
OVERLAY = spec_pipeline.load(replay.OVERLAY)


def _body(doc: dict[str, Any], path: str) -> dict[str, Any]:
    schema: dict[str, Any] = doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _report(new: dict[str, Any], docs_dir: Path | None = None) -> changes.Report:
    old_built, old_notes = spec_pipeline.build(UPSTREAM, OVERLAY)
    new_built, new_notes = spec_pipeline.build(new, OVERLAY)
    return changes.report(old_built, new_built, old_notes, new_notes, docs_dir=docs_dir, since="9.9.9")


def _lines(report: changes.Report) -> list[str]:
    return [c.line() for c in report.changes]


def test_each_kind_of_change_is_judged_for_callers() -> None:
    doc = copy.deepcopy(UPSTREAM)
    lip = _body(doc, "/v1/lip-sync")["properties"]
    lip["end_seconds"]["type"] = "integer"  # number -> integer: values that were fine are refused
    _body(doc, "/v1/lip-sync")["required"].append("name")  # a field newly required
    confidence = _body(doc, "/v1/face-detection")["properties"]["confidence_score"]
    confidence["default"] = 0.7  # calls that leave it out now behave differently
    image = _body(doc, "/v1/image-to-video")["properties"]
    image["name"]["maxLength"] = 10  # a range narrowed
    video = doc["paths"]["/v1/video-projects/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    del video["schema"]["properties"]["fps"]  # code reading it fails
    face = _body(doc, "/v1/face-swap")["properties"]
    face["start_seconds"]["description"] = "Only prose changed."  # nothing for callers
    report = _report(doc)
    judged = {(c.kind, c.operation, c.where): c.breaking for c in report.changes}
    assert judged == {
        ("type changed", "POST /v1/lip-sync", "request end_seconds"): True,
        ("field newly required", "POST /v1/lip-sync", "request name"): True,
        ("default changed", "POST /v1/face-detection", "request confidence_score"): True,
        ("range narrowed", "POST /v1/image-to-video", "request name"): True,
        ("field removed", "GET /v1/video-projects/{id}", "response fps"): True,
    }, judged
    assert report.breaking and release.next_version("0.4.2", report) == "0.5.0"
    assert release.next_version("1.4.2", report) == "2.0.0"
    text = "\n".join(_lines(report))
    assert "0.5 -> 0.7 (breaking: calls that leave out the `confidence_score=` parameter of" in text
    assert "number -> integer (breaking: values the `end_seconds=` parameter of" in text


def test_additive_changes_bump_the_patch_in_0x_and_the_minor_from_1() -> None:
    doc = copy.deepcopy(UPSTREAM)
    lip = _body(doc, "/v1/lip-sync")
    lip["properties"]["end_seconds"]["type"] = "number"
    lip["required"].remove("start_seconds")  # looser: may be left out
    _body(doc, "/v1/face-swap")["properties"]["style"]["properties"]["version"]["enum"].append("v9")
    report = _report(doc)
    assert report.changes and not report.breaking, _lines(report)
    assert "field no longer required: POST /v1/lip-sync: request start_seconds (additive" in "\n".join(_lines(report))
    assert release.next_version("0.4.2", report) == "0.4.3"
    assert release.next_version("1.4.2", report) == "1.5.0"
    assert release.next_version("1.4.2", changes.Report()) == "1.4.3"  # prose only


def test_a_removed_module_says_what_goes_and_warns_about_its_hand_written_docs(tmp_path: Path) -> None:
    doc = copy.deepcopy(UPSTREAM)
    del doc["paths"]["/v1/photo-colorizer"]
    (tmp_path / "photo_colorizer.md").write_text(
        "# Photo colorizer\n\n<!-- CUSTOM DOCS START -->\nOur notes on colour.\nTwo lines.\n<!-- CUSTOM DOCS END -->\n",
        encoding="utf-8",
    )
    report = _report(doc, docs_dir=tmp_path)
    assert (
        "operation removed: POST /v1/photo-colorizer (breaking: `client.v1.photo_colorizer`, its CLI command "
        "`magic-hour photo-colorizer` and its doc page docs/v1/photo_colorizer.md go)"
    ) in _lines(report)
    assert any(
        "docs/v1/photo_colorizer.md goes with its hand-written CUSTOM DOCS section (2 lines)" in w
        for w in report.warnings
    )
    (tmp_path / "photo_colorizer.md").write_text("<!-- CUSTOM DOCS START -->\n\n<!-- CUSTOM DOCS END -->\n")
    assert not any("CUSTOM DOCS" in w for w in _report(doc, docs_dir=tmp_path).warnings)  # nothing hand-written


def test_removed_fields_and_values_come_with_the_correction_that_keeps_them() -> None:
    doc = copy.deepcopy(UPSTREAM)
    style = _body(doc, "/v1/face-swap")["properties"]["style"]["properties"]
    style["version"]["enum"].remove(style["version"]["enum"][0])
    del _body(doc, "/v1/lip-sync")["properties"]["max_fps_limit"]
    text = _report(doc).text()
    assert "x-sdk-deprecated-values:" in text and "x-sdk-deprecated:\n        max_fps_limit:" in text
    assert "since: 9.9.9" in text and "send: as-is" in text
    assert (
        "target: $.paths['/v1/face-swap'].post.requestBody.content['application/json'].schema.properties.style" in text
    )


def test_upload_extensions_follow_the_upload_operations_description() -> None:
    doc = copy.deepcopy(UPSTREAM)
    upload = doc["paths"]["/v1/files/upload-urls"]["post"]
    upload["description"] = upload["description"].replace("- image: png, jpg,", "- image: png, jfif, jpg,")
    built, notes = spec_pipeline.build(doc, OVERLAY)
    item = _body(built, "/v1/files/upload-urls")["properties"]["items"]["items"]
    assert "jfif" in item["x-extensions"]["image"] and item["x-extensions"]["video"][-1] == "gif"  # overlay's extra
    assert "upload extensions added: upload: image files .jfif (additive" in "\n".join(_lines(_report(doc)))
    assert any("correction 2 " in line and "prose that changed" in line for line in notes.review), notes.review
    upload["description"] = "Upload URLs."  # the list is gone: keep the overlay's, and say so
    _, notes = spec_pipeline.build(doc, OVERLAY)
    assert any("no longer lists the file extensions" in line for line in notes.needed), notes.needed


def test_a_new_operations_clip_is_inferred_or_asked_for() -> None:
    doc = copy.deepcopy(UPSTREAM)
    op = copy.deepcopy(doc["paths"]["/v1/auto-subtitle-generator"]["post"])
    op["operationId"] = "videoTrimmer.create"
    doc["paths"]["/v1/video-trimmer"] = {"post": op}
    odd = copy.deepcopy(op)
    odd["operationId"] = "videoStretcher.create"
    props = _body({"paths": {"x": {"post": odd}}}, "x")["properties"]
    props["duration_seconds"] = props.pop("end_seconds")
    doc["paths"]["/v1/video-stretcher"] = {"post": odd}
    built, notes = spec_pipeline.build(doc, OVERLAY)
    assert _body(built, "/v1/video-trimmer")["x-clip"] == {
        "start": "start_seconds",
        "end": "end_seconds",
        "sources": ["assets.video_file_path"],
    }
    assert "x-clip" not in _body(built, "/v1/video-stretcher")
    assert any(line.startswith("POST /v1/video-stretcher: its clip") for line in notes.needed), notes.needed


def test_a_correction_whose_prose_changed_or_whose_values_are_gone_is_flagged() -> None:
    doc = copy.deepcopy(UPSTREAM)
    end = _body(doc, "/v1/ai-talking-photo")["properties"]["end_seconds"]
    end["description"] = "Maximum clip length depends on style.generation_mode: realistic 120s, prompted 30s."
    mode = _body(doc, "/v1/ai-talking-photo")["properties"]["style"]["properties"]["generation_mode"]
    mode["enum"] = [v for v in mode["enum"] if v != "realistic"]
    _, notes = spec_pipeline.build(doc, OVERLAY)
    stale = [line for line in notes.review if "prose that changed" in line]
    assert len(stale) == 1 and stale[0].startswith("correction 15 (Talking photo clip limits per mode)"), notes.review
    assert "end_seconds" in stale[0] and "set that x-source's sha256 to" in stale[0]
    unknown = [line for line in notes.review if "does not list" in line]
    assert unknown and all("'realistic'" in line for line in unknown), notes.review
    assert spec_pipeline.build(UPSTREAM, OVERLAY)[1].review == []  # the stored document: nothing to review


def test_only_new_and_fixed_undefined_required_fields_are_reported() -> None:
    doc = copy.deepcopy(UPSTREAM)
    _, notes = spec_pipeline.build(doc, OVERLAY)
    assert notes.dropped_required  # the stored document has some
    assert _report(doc).required_new == [] and _report(doc).required_fixed == []
    ok = doc["paths"]["/v1/face-swap"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    ok["required"].append("nonexistent")
    fixed = next(line for line in notes.dropped_required if " 200 response: " in line)
    head, name = fixed.split(" 200 response: ")
    method, path = head.split(" ")
    answer = doc["paths"][path][method.lower()]["responses"]["200"]["content"]["application/json"]["schema"]
    answer["properties"][name] = {"type": "number"}
    report = _report(doc)
    assert report.required_new == ["POST /v1/face-swap 200 response: nonexistent"]
    assert report.required_fixed == [f"{fixed} (now defined)"]


def test_a_changelog_entry_is_written_once_per_document(tmp_path: Path) -> None:
    (tmp_path / "custom" / "magic_hour").mkdir(parents=True)
    version = tmp_path / "custom" / "magic_hour" / "_version.py"
    version.write_text('"""The version."""\n\n__version__ = "0.3.1"\n', encoding="utf-8")
    doc = copy.deepcopy(UPSTREAM)
    del _body(doc, "/v1/lip-sync")["properties"]["max_fps_limit"]
    report = _report(doc)
    assert release.record(tmp_path, report, b"document one") == ("0.3.1", "0.4.0")
    snapshot = {p: p.read_bytes() for p in (version, tmp_path / "CHANGELOG.md")}
    assert release.record(tmp_path, report, b"document one") is None  # the same update again: nothing new
    assert {p: p.read_bytes() for p in snapshot} == snapshot
    assert release.record(tmp_path, changes.Report(), b"document two") == ("0.4.0", "0.4.1")
    log = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 0.4.1") < log.index("## 0.4.0") and "only in its prose" in log
    assert "Breaking for code written for 0.3.1:\n\n- field removed: POST /v1/lip-sync: request max_fps_limit" in log
    assert version.read_text(encoding="utf-8").endswith('__version__ = "0.4.1"\n')


@pytest.mark.parametrize("broken", ['__version__ = "1.2"\n', "VERSION = 3\n"])
def test_a_version_file_it_cannot_read_is_refused(tmp_path: Path, broken: str) -> None:
    (tmp_path / "_version.py").write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        release.current(tmp_path / "_version.py")


def test_a_removal_the_corrections_keep_accepted_is_not_breaking() -> None:
    doc = copy.deepcopy(UPSTREAM)
    del _body(doc, "/v1/lip-sync")["properties"]["max_fps_limit"]
    voices = _body(doc, "/v1/ai-voice-generator")["properties"]["style"]["properties"]["voice_name"]["enum"]
    gone = voices.pop(0)
    overlay = copy.deepcopy(OVERLAY)
    entry = {"since": "0.2.0", "replacement": None, "send": "as-is"}
    body = "$.paths['{}'].post.requestBody.content['application/json'].schema"
    overlay["actions"] += [
        {
            "target": body.format("/v1/lip-sync"),
            "update": {"x-sdk-deprecated": {"max_fps_limit": {"schema": {"type": "number"}, **entry}}},
        },
        {
            "target": body.format("/v1/ai-voice-generator") + ".properties.style.properties.voice_name",
            "update": {"x-sdk-deprecated-values": {gone: entry}},
        },
    ]
    old_built, old_notes = spec_pipeline.build(UPSTREAM, overlay)
    new_built, new_notes = spec_pipeline.build(doc, overlay)
    report = changes.report(old_built, new_built, old_notes, new_notes)
    assert not report.breaking and not report.removed, _lines(report)
    assert {c.kind for c in report.changes} == {"field deprecated", "enum value deprecated"}


def test_names_from_the_document_stay_data_in_the_report_and_the_changelog(tmp_path: Path) -> None:
    doc = copy.deepcopy(UPSTREAM)
    props = _body(doc, "/v1/lip-sync")["properties"]
    props["x\n## 9.9.9\n<!-- document sha256 0 -->"] = {"type": "string", "maximum": "ten"}
    props["max_fps_limit"]["enum"] = [{"odd": 1}, 12]
    props["name"]["required"] = "not a list"
    del _body(doc, "/v1/face-swap")["properties"]["style"]["properties"]["version"]["enum"][0]
    report = _report(doc)
    assert all("\n" not in c.line() for c in report.changes)
    (tmp_path / "custom" / "magic_hour").mkdir(parents=True)
    (tmp_path / "custom" / "magic_hour" / "_version.py").write_text('__version__ = "0.1.0"\n', encoding="utf-8")
    release.record(tmp_path, report, b"hostile")
    log = (tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "\n## 9.9.9" not in log and "<!-- document sha256 0" not in log and "&lt;!-- document" in log
    assert report.text().count("x-sdk-deprecated-values") == 1  # the face swap version; no proposal for a dict


def test_a_correction_that_no_longer_applies_is_explained_by_the_change_that_took_its_target() -> None:
    doc = copy.deepcopy(UPSTREAM)
    del _body(doc, "/v1/body-swap")["properties"]["assets"]["properties"]["scene_file_path"]
    del doc["paths"]["/v1/head-swap"]
    _, notes = spec_pipeline.build(doc, OVERLAY)
    explained = changes.explain_vanished(notes.vanished, _report(doc))
    scene = next(line for line in explained if "scene_file_path matches nothing" in line)
    assert scene.endswith(
        "because: field removed: POST /v1/body-swap: request assets.scene_file_path (breaking: the "
        "`assets.scene_file_path` key of `client.v1.body_swap.create`/`generate`'s `assets`: code passing it fails)"
    )
    head = [line for line in explained if "head-swap" in line]
    assert len(head) == 2 and all("because: operation removed: POST /v1/head-swap" in line for line in head)


def test_a_deprecation_the_document_makes_moot_is_pointed_out() -> None:
    doc = copy.deepcopy(UPSTREAM)
    _body(doc, "/v1/text-to-video")["properties"]["orientation"] = {"type": "string", "enum": ["portrait"]}
    warnings = _report(doc).warnings
    assert warnings == [
        "POST /v1/text-to-video: the request body lists orientation again; remove its x-sdk-deprecated entry from "
        "spec/overlay.yaml"
    ], warnings


def test_patterns_nullability_and_query_parameters_are_judged_for_callers() -> None:
    """Each narrows what a call may send (or widens what a caller reads): breaking, or it was versioned as prose."""
    base = copy.deepcopy(UPSTREAM)
    _body(base, "/v1/lip-sync")["properties"]["name"]["pattern"] = "^a"
    _body(base, "/v1/lip-sync")["properties"]["end_seconds"]["nullable"] = True
    get = base["paths"]["/v1/video-projects/{id}"]["get"]
    get["parameters"].append({"name": "old", "in": "query", "schema": {"type": "string"}})
    doc = copy.deepcopy(base)
    lip = _body(doc, "/v1/lip-sync")["properties"]
    lip["name"]["pattern"] = "^b"  # a value matching the old pattern may be refused
    del lip["end_seconds"]["nullable"]  # None refused
    _body(doc, "/v1/face-swap")["properties"]["name"]["pattern"] = "^x"  # a new pattern
    params = doc["paths"]["/v1/video-projects/{id}"]["get"]["parameters"]
    params[:] = [p for p in params if p["name"] != "old"]  # code passing it fails
    params.append({"name": "page", "in": "query", "schema": {"type": "integer"}})  # optional: additive
    params.append({"name": "must", "in": "query", "required": True, "schema": {"type": "string"}})
    video = doc["paths"]["/v1/video-projects/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    video["schema"]["properties"]["fps"]["nullable"] = True  # code reading it may get None
    old_built, old_notes = spec_pipeline.build(base, OVERLAY)
    new_built, new_notes = spec_pipeline.build(doc, OVERLAY)
    report = changes.report(old_built, new_built, old_notes, new_notes, since="9.9.9")
    judged = {(c.kind, c.operation, c.where): c.breaking for c in report.changes}
    assert judged == {
        ("pattern changed", "POST /v1/lip-sync", "request name"): True,
        ("nullable dropped", "POST /v1/lip-sync", "request end_seconds"): True,
        ("pattern added", "POST /v1/face-swap", "request name"): True,
        ("field removed", "GET /v1/video-projects/{id}", "query old"): True,
        ("field added", "GET /v1/video-projects/{id}", "query page"): False,
        ("field added", "GET /v1/video-projects/{id}", "query must"): True,
        ("nullable added", "GET /v1/video-projects/{id}", "response fps"): True,
    }, judged
    assert release.next_version("0.4.2", report) == "0.5.0" and release.next_version("1.4.2", report) == "2.0.0"
    assert not report.removed  # no body-field correction is proposed for a query parameter
    back = changes.report(new_built, old_built, new_notes, old_notes, since="9.9.9")
    loosened = {(c.kind, c.where): c.breaking for c in back.changes if c.operation == "POST /v1/lip-sync"}
    assert loosened == {("pattern changed", "request name"): True, ("nullable added", "request end_seconds"): False}


def test_a_document_that_returns_gets_a_new_entry(tmp_path: Path) -> None:
    """A -> B -> A: the newest entry is B's, so A's return is a step of its own (one version per API)."""
    (tmp_path / "custom" / "magic_hour").mkdir(parents=True)
    version = tmp_path / "custom" / "magic_hour" / "_version.py"
    version.write_text('__version__ = "0.3.1"\n', encoding="utf-8")
    assert release.record(tmp_path, changes.Report(), b"A") == ("0.3.1", "0.3.2")
    assert release.record(tmp_path, changes.Report(), b"B") == ("0.3.2", "0.3.3")
    assert release.record(tmp_path, changes.Report(), b"A") == ("0.3.3", "0.3.4")
    assert release.record(tmp_path, changes.Report(), b"A") is None
    assert release.latest((tmp_path / "CHANGELOG.md").read_text(encoding="utf-8")) == hashlib.sha256(b"A").hexdigest()


def test_a_vanished_correction_is_listed_even_when_the_new_document_cannot_be_modelled() -> None:
    from compiler import update_spec

    doc = copy.deepcopy(UPSTREAM)
    del doc["paths"]["/v1/head-swap"]  # the corrections name its body and head fields
    _body(doc, "/v1/face-swap")["properties"]["style"] = {"$ref": "#/components/schemas/Nowhere"}
    _, notes = spec_pipeline.build(doc, OVERLAY)
    lines = update_spec.explained(notes.vanished, UPSTREAM, doc, OVERLAY)
    assert lines[:-1] == notes.vanished and len(notes.vanished) == 2, lines
    assert lines[-1] == (
        "(the changes that took their targets cannot be named: the reference #/components/schemas/Nowhere points "
        "at nothing in the document)"
    )


def _style_behind_a_reference(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with face swap's `style` moved to components and referred to, as other APIs write it."""
    doc = copy.deepcopy(doc)
    doc["components"]["schemas"] = {"FaceSwapStyle": _body(doc, "/v1/face-swap")["properties"]["style"]}
    _body(doc, "/v1/face-swap")["properties"]["style"] = {"$ref": "#/components/schemas/FaceSwapStyle"}
    return doc


def test_a_field_behind_a_reference_is_compared_like_any_other() -> None:
    base = _style_behind_a_reference(UPSTREAM)
    doc = copy.deepcopy(base)
    doc["components"]["schemas"]["FaceSwapStyle"]["properties"]["version"]["enum"].remove("v1")
    old_built, old_notes = spec_pipeline.build(base, OVERLAY)
    new_built, new_notes = spec_pipeline.build(doc, OVERLAY)
    report = changes.report(old_built, new_built, old_notes, new_notes, since="9.9.9")
    judged = {(c.kind, c.operation, c.where, c.detail): c.breaking for c in report.changes}
    assert judged == {("enum value removed", "POST /v1/face-swap", "request style.version", "-= 'v1'"): True}, judged
