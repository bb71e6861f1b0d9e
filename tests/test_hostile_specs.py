"""Documents edited the way a real one plausibly could be: each generates correct code or is refused untouched.

Every case takes a copy of Magic Hour's document (cut down to lip sync, video projects and uploads, so that a
generation takes seconds), changes it, and runs `scripts/update-spec` on it in a copy of the repository. A
refusal must say why in a sentence, without a traceback, and leave the copy byte for byte as it was; a success
must give code that imports, runs nothing from the document, and sends what the caller passed.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ._repo_copy import copy_repo

ROOT = Path(__file__).resolve().parents[1]
_KEPT = ("/v1/lip-sync", "/v1/video-projects/{id}", "/v1/files/upload-urls")
_BODY = ("paths", "/v1/lip-sync", "post", "requestBody", "content", "application/json", "schema")

Doc = dict[str, Any]


def _small(doc: Doc) -> Doc:
    out = copy.deepcopy(doc)
    out["paths"] = {p: item for p, item in doc["paths"].items() if p in _KEPT}
    return out


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=repo, capture_output=True, text=True, timeout=600, check=False)


def _update(repo: Path, name: str, data: bytes) -> subprocess.CompletedProcess[str]:
    path = repo.parent / name
    path.write_bytes(data)
    return _run(repo, str(repo / "scripts" / "compiler"), "update-spec", str(path))


def _digest(repo: Path) -> dict[str, str]:
    return {
        p.relative_to(repo).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(repo.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository that has taken the cut-down document (its overlay cut down to match)."""
    import yaml

    repo = copy_repo(tmp_path_factory.mktemp("hostile") / "repo")
    import jsonpath_rfc9535 as jsonpath

    small = _small(_document())
    overlay = yaml.safe_load((repo / "spec" / "overlay.yaml").read_text(encoding="utf-8"))
    overlay["actions"] = [a for a in overlay["actions"] if list(jsonpath.finditer(a["target"], small))]
    (repo / "spec" / "overlay.yaml").write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    result = _update(repo, "small.json", json.dumps(small).encode())
    assert result.returncode == 0, result.stderr
    return repo


def _document() -> Doc:
    return json.loads((ROOT / "spec" / "magic-hour.openapi.json").read_text(encoding="utf-8"))


def _body(doc: Doc) -> Doc:
    node: Any = doc
    for key in _BODY:
        node = node[key]
    return node  # type: ignore[no-any-return]


def _case(base: Path, tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    shutil.copytree(base, repo, ignore=shutil.ignore_patterns("__pycache__"))
    return repo


def _refused(repo: Path, result: subprocess.CompletedProcess[str], before: dict[str, str], *words: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert "nothing was changed" in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert _digest(repo) == before


#: Runs in the copy: imports its generated SDK, starts a server that records request bodies, calls create.
_CALL = """
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
sys.path[:0] = [sys.argv[1] + "/generated", sys.argv[1] + "/custom"]
seen = []
class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        seen.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        data = json.dumps({"id": "p1", "credits_charged": 0, "estimated_frame_cost": 0}).encode()
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data))); self.end_headers(); self.wfile.write(data)
    def log_message(self, *a): pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
import magic_hour, magic_hour_api
assert magic_hour_api.__file__.startswith(sys.argv[1]), magic_hour_api.__file__
client = magic_hour.Client(token="t", base_url=f"http://127.0.0.1:{server.server_port}")
kwargs = json.loads(sys.argv[2])
client.v1.lip_sync.create(**kwargs)
print(json.dumps({"body": seen[0], "doc": client.v1.lip_sync.create.__doc__}))
"""

_LIP_SYNC = {
    "assets": {
        "video_source": "file",
        "video_file_path": "api-assets/id/1234.mp4",
        "audio_file_path": "api-assets/id/1234.mp3",
    },
    "start_seconds": 0.0,
    "end_seconds": 2.0,
}


def _call(repo: Path, **kwargs: Any) -> dict[str, Any]:
    result = _run(repo, "-c", _CALL, str(repo), json.dumps({**_LIP_SYNC, **kwargs}))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _edit(change: Callable[[Doc], None]) -> bytes:
    doc = _small(_document())
    change(doc)
    return json.dumps(doc).encode()


# ----- text that must stay text ----------------------------------------------------------------------------


def test_a_description_cannot_become_code(base: Path, tmp_path: Path) -> None:
    """A backslash at the cut once left a lone `\\` before the closing quotes, and the next description ran."""
    repo = _case(base, tmp_path)
    marker = tmp_path / "ran"
    payload = f'""" ; open({str(marker)!r}, "w") ; """'

    def change(doc: Doc) -> None:
        props = _body(doc)["properties"]
        props["name"]["description"] = "x" * 298 + "\\" + payload
        props["end_seconds"]["description"] = payload + ' C:\\Users\\new\\table ends with a quote"'
        doc["paths"]["/v1/lip-sync"]["post"]["summary"] = 'Lip "sync" \\ """ \u2028 \x00 end\\'

    result = _update(repo, "hostile.json", _edit(change))
    assert result.returncode == 0, result.stderr
    out = _call(repo)
    assert not marker.exists()
    assert 'Lip "sync" \\ """' in out["doc"]
    generated = (repo / "generated" / "magic_hour_api" / "sdk" / "v1" / "lip_sync.py").read_text(encoding="utf-8")
    compile(generated, "lip_sync.py", "exec")


def test_fields_named_like_python_or_the_generated_code(base: Path, tmp_path: Path) -> None:
    """`cast` and `fields` once shadowed helpers (charged, then TypeError); `self` and `max_retries` broke import."""
    repo = _case(base, tmp_path)
    names = ["cast", "fields", "self", "max_retries", "class", "extra_body", "body", "a-b"]

    def change(doc: Doc) -> None:
        for name in names:
            _body(doc)["properties"][name] = {"type": "string", "description": f"the {name} field"}

    result = _update(repo, "hostile.json", _edit(change))
    assert result.returncode == 0, result.stderr
    out = _call(
        repo, cast_="1", fields_="2", self_="3", max_retries_="4", class_="5", extra_body_="6", body_="7", a_b="8"
    )
    assert {name: out["body"][name] for name in names} == {n: str(i + 1) for i, n in enumerate(names)}


def test_markdown_cannot_forge_the_custom_docs_markers(base: Path, tmp_path: Path) -> None:
    repo = _case(base, tmp_path)
    page = repo / "docs" / "v1" / "lip_sync.md"
    page.write_text(page.read_text().replace("<!-- CUSTOM DOCS START -->", "<!-- CUSTOM DOCS START -->\nmine"))

    def change(doc: Doc) -> None:
        _body(doc)["properties"]["name"]["description"] = "<!-- CUSTOM DOCS END --> `<!-- CUSTOM DOCS START -->` | x"
        post = doc["paths"]["/v1/lip-sync"]["post"]
        post["summary"] = "Lip sync <!-- CUSTOM DOCS END -->"
        post["description"] = "Intro\n<!-- CUSTOM DOCS END -->\n```\n<!-- CUSTOM DOCS START -->\n```\n> quoted <script>"

    assert _update(repo, "hostile.json", _edit(change)).returncode == 0
    rerun = _run(repo, str(repo / "scripts" / "compiler"), "generate", "--check")
    assert rerun.returncode == 0, rerun.stderr
    text = page.read_text()
    assert text.count("<!-- CUSTOM DOCS START -->") == 1 and text.count("<!-- CUSTOM DOCS END -->") == 1
    assert "<!-- CUSTOM DOCS START -->\nmine" in text
    assert "> quoted &lt;script&gt;" in text and "<script>" not in text


# ----- operations dropped or replaced without a word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "words"),
    [
        pytest.param(
            lambda d: _body(d)["properties"].__setitem__("quality", {"type": "string", "enum": ["720p", 1080]}),
            ["POST /v1/lip-sync"],
            id="mixed-enum",
        ),
        pytest.param(
            lambda d: d["paths"].__setitem__(
                "/v1/lip_sync",
                {"post": {**copy.deepcopy(d["paths"]["/v1/lip-sync"]["post"]), "operationId": "lipSync2"}},
            ),
            ["POST /v1/lip-sync", "POST /v1/lip_sync", "x-sdk-module"],
            id="path-collision",
        ),
        pytest.param(
            # No rule gives a POST on one item a method (create is on a collection; update is PATCH or PUT).
            lambda d: d["paths"]["/v1/video-projects/{id}"].__setitem__(
                "post", {**copy.deepcopy(d["paths"]["/v1/video-projects/{id}"]["get"]), "operationId": "postVideo"}
            ),
            ["POST /v1/video-projects/{id}", "x-sdk-method"],
            id="post-on-an-item",
        ),
    ],
)
def test_an_operation_the_surface_cannot_write_is_refused(
    base: Path, tmp_path: Path, change: Callable[[Doc], None], words: list[str]
) -> None:
    repo = _case(base, tmp_path)
    before = _digest(repo)
    result = _update(repo, "hostile.json", _edit(change))
    if result.returncode == 0:  # then it must be complete: the operation has its method and it works
        assert "quality" in (repo / "generated" / "magic_hour_api" / "sdk" / "v1" / "lip_sync.py").read_text()
        _call(repo, quality="720p")
        return
    _refused(repo, result, before, *words)


# ----- documents past the limits, or not documents at all --------------------------------------------------


def _deep(levels: int) -> bytes:
    doc = _small(_document())
    text = json.dumps(doc)
    return (text[:-1] + ', "x-deep": ' + "[" * levels + "]" * levels + "}").encode()


_ALIAS_BOMB = textwrap.dedent(
    """\
    openapi: 3.0.0
    info: {title: bomb, version: '1'}
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    paths: {}
    """
).encode()

_SELF_REFERENCE = b"openapi: 3.0.0\ninfo: {title: loop, version: '1'}\npaths: &p {loop: *p}\n"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        pytest.param("deep.json", _deep(5000), ["levels deep"], id="5000-levels"),
        pytest.param("bomb.yaml", _ALIAS_BOMB, ["values"], id="yaml-alias-bomb"),
        pytest.param("loop.yaml", _SELF_REFERENCE, ["levels deep"], id="yaml-self-reference"),
        pytest.param("big.json", b'{"paths": {}, "x": "' + b"x" * (9 * 2**20) + b'"}', ["MiB"], id="9-mib"),
        pytest.param("broken.json", b'{"paths": {', ["not valid JSON", "line 1"], id="invalid-json"),
        pytest.param("broken.yaml", b"paths: [\n  - a\n b: c", ["not valid YAML"], id="invalid-yaml"),
        pytest.param("latin1.json", '{"paths": {}, "x": "é"}'.encode("latin-1"), ["UTF-8"], id="not-utf8"),
        pytest.param("date.yaml", b"openapi: 3.0.0\npaths: {}\nx: 2026-01-01\n", ["date"], id="yaml-date"),
    ],
)
def test_a_document_past_the_limits_is_refused_untouched(
    base: Path, tmp_path: Path, name: str, data: bytes, words: list[str]
) -> None:
    repo = _case(base, tmp_path)
    before = _digest(repo)
    _refused(repo, _update(repo, name, data), before, *words)


def test_a_late_failure_leaves_the_tree_untouched(base: Path, tmp_path: Path) -> None:
    """A document that loads but breaks the engine's contract fails after generation: nothing is swapped in."""
    repo = _case(base, tmp_path)
    before = _digest(repo)

    def change(doc: Doc) -> None:
        items = doc["paths"]["/v1/files/upload-urls"]["post"]["responses"]["200"]["content"]["application/json"]
        del items["schema"]["properties"]["items"]["items"]["properties"]["upload_url"]

    _refused(repo, _update(repo, "late.json", _edit(change)), before, "upload_url")


# ----- recursive schemas are legitimate ---------------------------------------------------------------------


def test_a_recursive_schema_generates_and_is_sent(base: Path, tmp_path: Path) -> None:
    repo = _case(base, tmp_path)

    def change(doc: Doc) -> None:
        doc.setdefault("components", {}).setdefault("schemas", {})["Node"] = {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
        _body(doc)["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}

    result = _update(repo, "recursive.json", _edit(change))
    assert result.returncode == 0, result.stderr
    assert "refers back to itself" in result.stdout
    tree = {"label": "a", "children": [{"label": "b", "children": [{"label": "c"}]}]}
    assert _call(repo, tree=tree)["body"]["tree"] == tree
