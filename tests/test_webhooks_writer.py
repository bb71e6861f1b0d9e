"""scripts/compiler/writers/webhooks.py: a new event arrives with no edit in custom/, and document text stays data."""

from __future__ import annotations

import ast
import copy
import functools
import importlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._repo_copy import copy_repo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from compiler.correct import webhooks as corrected  # noqa: E402
from compiler.model import api as model  # noqa: E402
from compiler.model import events as events_model  # noqa: E402
from compiler.model import names  # noqa: E402
from compiler.release import webhooks as webhook_release  # noqa: E402
from compiler.writers import webhooks as webhooks_writer  # noqa: E402

HOSTILE = 'x"""; import os; os.system("echo pwned") #'


def _stored() -> dict[str, Any]:
    return json.loads((ROOT / "spec" / corrected.DOCUMENT).read_text(encoding="utf-8"))


OPENAPI_JSON = ROOT / "generated" / "magic_hour_api" / "openapi.json"  # openapi.yaml as the package ships it


@functools.cache
def _api_text() -> str:  # JSON: parsed in milliseconds
    return OPENAPI_JSON.read_text(encoding="utf-8")


def _plain_api() -> model.Api:
    """The API's model as update-spec reads it: no generated code's names."""
    return model.build(json.loads(_api_text()))


def _api() -> model.Api:
    """The API's model as generate.py hands it to the writer: with the names of the generated code."""
    api = _plain_api()
    names.attach(api, OPENAPI_JSON, ROOT / "openapi-python-client.yaml")
    return api


def _events(doc: dict[str, Any], api: model.Api | None = None) -> events_model.Events:
    return events_model.build_events(doc, api or _api())


def _models() -> dict[str, str]:
    """The API's project GET models by "GET path", found apart from the model: the generated result classes'
    bases (`VideoProjectsResult(VideoProjectsGetDetailsResponse200)`)."""
    import magic_hour_api.sdk as sdk

    out = {}
    for path, item in json.loads(_api_text())["paths"].items():
        get = item.get("get", {})
        if "x-sdk-project" in get:
            module = importlib.import_module(f"magic_hour_api.sdk.v1.{get['x-sdk-module']}")
            result = next(v for k, v in vars(module).items() if k.endswith("Result") and isinstance(v, type))
            out[f"GET {path}"] = result.__bases__[0].__name__
    assert sdk and out
    return out


def _add_event(doc: dict[str, Any], event_type: str, summary: str, *, like: str = "/video.started") -> None:
    op = copy.deepcopy(doc["paths"][like]["post"])
    op["summary"] = summary
    op["requestBody"]["content"]["application/json"]["schema"]["properties"]["type"]["enum"] = [event_type]
    op["x-sdk-status"] = "queued"
    doc["paths"][f"/{event_type}"] = {"post": op}


def test_a_new_event_gets_its_class_and_hostile_text_reaches_code_only_as_string_literals(tmp_path: Path) -> None:
    doc = _stored()
    _add_event(doc, "video.queued", "Video Queued")
    _add_event(doc, HOSTILE, HOSTILE + '\\ """')
    _add_event(doc, "class", "a keyword")
    cat = _events(doc)
    named = {e.type: e.class_name for e in cat.events}
    assert named["video.queued"] == "VideoQueuedEvent"
    assert named["class"] == "ClassEvent" and named[HOSTILE].isidentifier()
    assert next(e for e in cat.events if e.type == "video.queued").status == "queued"  # from the overlay's fact

    files = webhooks_writer.render(cat)
    for name, data in files.items():
        tree = ast.parse(data, name)  # it is Python, and the hostile text is in it only as string constants
        assert HOSTILE not in "".join(n.id for n in ast.walk(tree) if isinstance(n, ast.Name))
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom) and "os" in ast.dump(n)]
        assert not [n for n in ast.walk(tree) if isinstance(n, ast.Call) and "system" in ast.dump(n.func)]

    package = tmp_path / "wh_copy"
    (package / "webhooks").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    models = sorted({e.model for e in cat.events if e.model})
    (package / "models.py").write_text(f"from magic_hour_api.models import {', '.join(models)}\n", encoding="utf-8")
    for name, data in files.items():
        (package / name).write_bytes(data)
    sys.path.insert(0, str(tmp_path))
    try:
        generated = importlib.import_module("wh_copy.webhooks")
        info = generated.BY_TYPE[HOSTILE]
        event = info.event_class.from_dict(info.example())
        assert event.type == HOSTILE and info.summary.startswith(HOSTILE)
        assert "video.queued" in generated.EVENT_TYPES and len(generated.EVENTS) == len(cat.events)
    finally:
        sys.path.remove(str(tmp_path))
        for key in [k for k in sys.modules if k.startswith("wh_copy")]:
            del sys.modules[key]


def test_the_stored_document_maps_every_event_onto_a_project_model_and_a_status() -> None:
    cat = _events(_stored())
    assert cat.problems == () and cat.refusals == ()
    assert all(e.model and e.project_module and e.status for e in cat.events)
    models = _models()
    assert all(e.model == models[f"GET {e.project_get}"] for e in cat.events)  # the generated result's base
    assert cat.signature_header == "magic-hour-event-signature"
    assert cat.timestamp_header == "magic-hour-event-timestamp"


def test_update_stores_a_new_version_and_names_the_corrections_it_needs(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    shutil.copy2(ROOT / "spec" / corrected.DOCUMENT, tmp_path / "spec" / corrected.DOCUMENT)
    shutil.copy2(ROOT / "spec" / corrected.OVERLAY, tmp_path / "spec" / corrected.OVERLAY)
    doc = _stored()
    _add_event(doc, "video.queued", "Video Queued")
    del doc["paths"]["/video.queued"]["post"]["x-sdk-status"]  # a version that does not say which status sends it
    del doc["paths"]["/audio.errored"]
    payload = doc["paths"]["/video.started"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    del payload["properties"]["payload"]["properties"]["name"]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(doc), encoding="utf-8")
    code, report = webhook_release.update(new, _plain_api(), tmp_path)
    text = "\n".join(report)
    assert code == 0
    assert "event added:       video.queued" in text and "event removed:     audio.errored" in text
    assert "field removed:     video.started: payload.name" in text and "video.completed:" not in text
    assert "which project status sends 'video.queued'" in text and "x-sdk-status" in text
    assert (tmp_path / "spec" / corrected.DOCUMENT).read_bytes() == new.read_bytes()  # stored as received

    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.1.0"}', encoding="utf-8")
    code, report = webhook_release.update(broken, _plain_api(), tmp_path)
    assert code == 1 and "nothing was changed" in report[0]
    assert (tmp_path / "spec" / corrected.DOCUMENT).read_bytes() == new.read_bytes()


def test_an_overlay_action_that_no_longer_applies_stops_the_update(tmp_path: Path) -> None:
    (tmp_path / "spec").mkdir()
    shutil.copy2(ROOT / "spec" / corrected.DOCUMENT, tmp_path / "spec" / corrected.DOCUMENT)
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "t", "version": "1"},
        "actions": [
            {"description": "Gone.", "target": "$.paths['/video.vanished'].post", "update": {"x-sdk-status": "queued"}}
        ],
    }
    (tmp_path / "spec" / corrected.OVERLAY).write_text(yaml.safe_dump(overlay), encoding="utf-8")
    code, report = webhook_release.update(ROOT / "spec" / corrected.DOCUMENT, _plain_api(), tmp_path)
    assert code == 1 and "no longer applies" in report[0] and "video.vanished" in report[1]
    with pytest.raises(corrected.WebhooksError, match="no longer applies"):
        events_model.read(_api(), tmp_path)


def test_update_spec_takes_a_new_webhook_document_and_regenerates_the_events(tmp_path: Path) -> None:
    """The real `scripts/update-spec --webhooks PATH`, in a copy of the repository: a new event whose status the
    document states in prose arrives in generated/ with custom/ untouched."""
    import subprocess

    repo = copy_repo(tmp_path / "repo")
    doc = _stored()
    _add_event(doc, "video.queued", "Video Queued")
    op = doc["paths"]["/video.queued"]["post"]
    del op["x-sdk-status"]
    status = op["requestBody"]["content"]["application/json"]["schema"]["properties"]["payload"]["properties"]["status"]
    status["description"] += "\n- `queued` - waiting for a server; fires `video.queued`"
    new = tmp_path / "webhooks.json"
    new.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    before = {p: p.read_bytes() for p in (repo / "custom").rglob("*.py") if p.name != "_version.py"}
    result = subprocess.run(
        [sys.executable, str(repo / "scripts" / "compiler"), "update-spec", "--webhooks", str(new)],
        cwd=repo, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "event added:       video.queued" in result.stdout
    catalog = (repo / "generated" / "magic_hour_api" / "webhooks" / "catalog.py").read_text(encoding="utf-8")
    assert 'type="video.queued"' in catalog and 'status="queued"' in catalog
    assert "class VideoQueuedEvent" in (repo / "generated" / "magic_hour_api" / "webhooks" / "events.py").read_text()
    assert (repo / "spec" / corrected.DOCUMENT).read_bytes() == new.read_bytes()
    assert {p: p.read_bytes() for p in (repo / "custom").rglob("*.py") if p.name != "_version.py"} == before
    assert "(no breaking webhook changes); CHANGELOG.md has the entry" in result.stdout  # a new event: additive


def _first(doc: dict[str, Any], path: str) -> None:
    """Move a path to the front of the document, as a new version listing a new event first would."""
    doc["paths"] = {path: doc["paths"][path], **{k: v for k, v in doc["paths"].items() if k != path}}


def test_class_names_come_from_each_type_alone_and_a_collision_is_refused_naming_both() -> None:
    """A new `video_started` listed before `video.started` must not take VideoStartedEvent from it: handlers'
    isinstance() checks would silently stop matching the real events."""
    api = _api()
    stored = {e.type: e.class_name for e in _events(_stored(), api).events}
    shuffled = _stored()
    shuffled["paths"] = dict(reversed(list(shuffled["paths"].items())))
    del shuffled["paths"]["/audio.errored"]
    _add_event(shuffled, "video.queued", "Video Queued")
    _first(shuffled, "/video.queued")
    named = {e.type: e.class_name for e in _events(shuffled, api).events}
    assert {t: n for t, n in named.items() if t in stored} == {t: n for t, n in stored.items() if t in named}
    assert stored["video.started"] == "VideoStartedEvent" and named["video.queued"] == "VideoQueuedEvent"

    clash = _stored()
    _add_event(clash, "video_started", "Video started, spelled anew")
    _first(clash, "/video_started")
    with pytest.raises(corrected.WebhooksError, match=r"'video_started' and 'video\.started'.*x-sdk-class"):
        webhooks_writer.render(_events(clash, api))
    clash["paths"]["/video_started"]["post"]["x-sdk-class"] = "VideoStartedAnewEvent"  # the overlay's way out
    named = {e.type: e.class_name for e in _events(clash, api).events}
    assert named["video.started"] == "VideoStartedEvent" and named["video_started"] == "VideoStartedAnewEvent"

    reserved = _stored()
    _add_event(reserved, "unknown.webhook", "would shadow the SDK's own class")
    with pytest.raises(corrected.WebhooksError, match="UnknownWebhookEvent"):
        webhooks_writer.render(_events(reserved, api))
    odd = events_model.class_name("\u00e9v\u00e9nement.\u00e9")  # no ASCII identifier: named by code points
    assert odd.isidentifier() and odd == events_model.class_name("\u00e9v\u00e9nement.\u00e9")


def test_the_generated_files_are_the_same_bytes_on_every_run() -> None:
    once = webhooks_writer.render(_events(_stored()))
    twice = webhooks_writer.render(_events(_stored()))
    assert once == twice
    for name, data in once.items():
        assert (ROOT / "generated" / "magic_hour_api" / name).read_bytes() == data, name


def test_the_model_of_events_collects_what_is_wrong_as_values() -> None:
    """An odd event is left out or kept untyped with a problem named; only what makes writing impossible refuses."""
    doc = _stored()
    _add_event(doc, "video.queued", "Video Queued")
    twice = copy.deepcopy(doc["paths"]["/video.started"])
    doc["paths"]["/video.started.again"] = twice
    two = copy.deepcopy(doc["paths"]["/video.queued"])
    two["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["type"]["enum"] = ["a", "b"]
    doc["paths"]["/two.types"] = two
    lone = doc["paths"]["/video.queued"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    lone["properties"]["payload"] = {"type": "object", "properties": {"id": {"type": "string"}}}
    built = _events(doc)
    assert built.refusals == ()
    assert [e.type for e in built.events].count("video.started") == 1
    queued = next(e for e in built.events if e.type == "video.queued")
    assert queued.project is None and queued.model is None and queued.status == "queued"
    assert any("'video.started' is defined twice" in p for p in built.problems)
    assert any("/two.types: the body's `type` is not one fixed string" in p for p in built.problems)
    assert any("/video.queued: the payload matches no project GET" in p for p in built.problems)
    assert _events({}).refusals == ("the webhook document defines no events",)
