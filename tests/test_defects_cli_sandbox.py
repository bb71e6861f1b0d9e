"""Defects found by probing the CLI and the sandbox with hostile input: each test failed before its fix.

The CLI is built from hostile copies of the spec (fields named like the CLI's own options, fields that flatten
to one flag, `%` in descriptions, recursive schemas); the sandbox gets raw HTTP over a socket.
"""

from __future__ import annotations

import copy
import io
import json
import socket
import struct
import sys
from pathlib import Path
from typing import Any

import pytest
from magic_hour import _spec
from magic_hour.cli import CLIBuildError, _flags, build_parser, check_help, main
from magic_hour.sandbox import Sandbox

from .conftest import TOKEN

FACE_SWAP = "/v1/face-swap"


# ----- the CLI: no document can break it --------------------------------------------------------------------


def _hostile(**extra: Any) -> dict[str, Any]:
    """A copy of the shipped spec whose face-swap body has `extra` as additional top-level fields."""
    doc = copy.deepcopy(_spec.document())
    body = _spec.body_schema(doc["paths"][FACE_SWAP]["post"], doc)
    assert body is not None
    body["properties"].update(extra)
    return doc


def _face_swap_flags(doc: dict[str, Any]) -> dict[tuple[str, ...], _flags.Flag]:
    body = _spec.body_schema(doc["paths"][FACE_SWAP]["post"], doc)
    return {flag.where: flag for flag in _flags.flags(body or {}, doc)}


def _parse(doc: dict[str, Any], *argv: str) -> dict[tuple[str, ...], Any]:
    """The body fields `argv` sets on the face-swap command built from `doc`, by where they go in the body."""
    args = build_parser(doc).parse_args(["face-swap", "--start", "0", "--end", "1", "--video-source", "file", *argv])
    return {flag.where: getattr(args, flag.dest) for flag in _face_swap_flags(doc).values() if getattr(args, flag.dest)}


def test_fields_named_like_the_commands_own_options_get_body_names() -> None:
    doc = _hostile(
        timeout={"type": "number", "description": "Server-side timeout."},
        download={"type": "boolean"},
        wait={"type": "boolean"},
        json={"type": "string"},
        token={"type": "string"},
        output={"type": "string"},
    )
    found = _face_swap_flags(doc)
    assert found[("timeout",)].names == ("--body-timeout",)
    assert found[("download",)].names == ("--body-download",)  # --no-download is the command's own
    assert found[("wait",)].names == ("--body-wait",)
    assert found[("json",)].names == ("--body-json",)
    parsed = _parse(doc, "--body-timeout", "7", "--timeout", "30", "--body-json", "x", "--json", "--body-wait",
                    "--no-body-download")  # fmt: skip
    assert parsed[("timeout",)] == 7.0 and parsed[("json",)] == "x" and parsed[("wait",)] is True
    assert ("download",) not in parsed  # False: given, and sent as false

    args = build_parser(doc).parse_args(["face-swap", "--start", "0", "--end", "1", "--video-source", "file",
                                         "--timeout", "30", "--no-download", "--json"])  # fmt: skip
    assert args.timeout == 30.0 and args.no_download and args.json  # the command's own options still work


def test_fields_that_flatten_to_one_flag_get_distinct_deterministic_names() -> None:
    doc = _hostile(
        style_version={"type": "string"},  # flattens like style.version, which takes --style-version first
        **{"style-version": {"type": "string"}, "ünïcode field!": {"type": "string"}, "": {"type": "string"}},
    )
    found = _face_swap_flags(doc)
    names = [n for flag in found.values() for n in flag.names]
    assert len(names) == len(set(names))
    assert found[("style", "version")].names == ("--style-version",)
    assert found[("style_version",)].names == ("--body-style-version",)
    assert found[("style-version",)].names == ("--body-style-version-2",)
    assert found[("ünïcode field!",)].names[0] == "--n-code-field"
    assert found[("",)].names == ("--field",)
    assert _face_swap_flags(copy.deepcopy(doc)) == found  # the same every time
    parsed = _parse(doc, "--body-style-version-2", "b", "--body-style-version", "a", "--style-version", "v2")
    assert parsed.items() >= {("style_version",): "a", ("style-version",): "b", ("style", "version"): "v2"}.items()


def test_a_percent_or_a_control_character_in_a_description_cannot_break_help() -> None:
    doc = _hostile(
        ratio={"type": "integer", "description": "50% done, 100%(prog)s %s %(default)s \x1b[31mred"},
        mode={"type": "string", "enum": ["50%", "%(prog)s"], "description": "%"},
    )
    doc["paths"][FACE_SWAP]["post"]["summary"] = "Face swap at 100% %(prog)s"
    parser = build_parser(doc)
    check_help(parser)
    text = _subparser(parser, "face-swap").format_help()
    assert "50% done, 100%(prog)s %s %(default)s [31mred" in " ".join(text.split())
    assert "\x1b" not in text and "Face swap at 100% %(prog)s" in parser.format_help()
    assert "{50%,%(prog)s}" in text and _parse(doc, "--mode", "50%")[("mode",)] == "50%"
    assert "Face swap at 100% %(prog)s: upload" in text
    doc["paths"][FACE_SWAP]["post"]["summary"] = "Face swap, 50% faster"
    assert "Face swap, 50% faster: upload" in _subparser(build_parser(doc), "face-swap").format_help()


def _subparser(parser: Any, name: str) -> Any:
    return next(a for a in parser._actions if hasattr(a, "choices") and a.choices and name in a.choices).choices[name]


def test_recursive_and_odd_schemas_still_build() -> None:
    doc = _hostile(
        tree={"$ref": "#/components/schemas/Tree"},
        mixed={"type": "string", "enum": ["720p", 1080]},
    )
    doc.setdefault("components", {}).setdefault("schemas", {})["Tree"] = {
        "type": "object",
        "properties": {"child": {"$ref": "#/components/schemas/Tree"}, "label": {"type": "string"}},
    }
    # As generation hands it to the CLI: the recursion cut by the pipeline, the references followed.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from compiler.correct import spec_pipeline
    from compiler.model import api as model
    from compiler.writers import catalog as catalog_writer

    spec_pipeline._break_cycles(doc, spec_pipeline.Notes())
    doc = catalog_writer.document(model.build(doc))
    found = _face_swap_flags(doc)
    assert any(where[:2] == ("tree", "child") for where in found)
    assert _parse(doc, "--mixed", "1080")[("mixed",)] == "1080"


def test_an_operation_named_like_a_cli_command_is_refused_when_built() -> None:
    doc = copy.deepcopy(_spec.document())
    doc["paths"][FACE_SWAP]["post"]["x-sdk-module"] = "files"
    with pytest.raises(CLIBuildError, match=r"'files'.*x-sdk-module"):
        build_parser(doc)


def test_the_shipped_spec_builds_and_every_help_renders() -> None:
    check_help(build_parser())


# ----- the CLI: usage errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["face-swap", "--json"], "required"),
        (["ai-image-generator", "--image-count", "1", "--prompt", "x", "--bogus", "--json"], "unrecognized"),
        (["face-swap", "--start", "0", "--end", "1", "--video-source", "vimeo", "--json"], "invalid choice"),
        (["face-swap", "--start", "zero", "--end", "1", "--video-source", "file", "--json"], "invalid float"),
        (["no-such-command", "--json"], "invalid choice"),
    ],
)
def test_json_usage_errors_are_one_object_on_stdout(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    out = capsys.readouterr().out
    error = json.loads(out)["error"]
    assert said in error["message"] and error["exit_code"] == 2 and error["usage"].startswith("usage: magic-hour")


def test_a_value_may_start_with_a_dash(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["ai-image-generator", "--image-count", "1", "--prompt", "-fox", "--dry-run", "--json"]
    assert main([*argv, "--token", TOKEN, "--base-url", sandbox.base_url]) == 0
    assert json.loads(capsys.readouterr().out)["request"]["body"]["style"]["prompt"] == "-fox"


def test_help_says_an_image_and_its_example_shows_the_file_flags() -> None:
    text = _subparser(build_parser(), "face-swap").format_help()
    assert "an image file" in text and "a image" not in text
    example = text.split("example:", 1)[1].splitlines()[1]
    assert "--image image.png" in example and "--video video.mp4" in example and "..." not in example


class _Stdin(io.TextIOWrapper):
    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"{garbage\n", "line 1 starts with { but is not a JSON object"),
        (b'{"project": "abc"}\n', "line 1 is a JSON object without an id"),
        (b"x" * 1_000_000 + b"\n", "line 1 is not a project id"),
        (b"\n\xff\xfe\n", "line 2 is not UTF-8"),
        (b"\n\n", "no project id"),
    ],
    ids=["broken-json", "object-without-id", "1MB-line", "invalid-utf8", "empty"],
)
def test_garbage_on_stdin_is_a_usage_error(
    data: bytes, said: str, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    code = main(["video-projects", "get", "-", "--token", TOKEN, "--base-url", sandbox.base_url])
    err = capsys.readouterr().err
    assert code == 2 and said in err and "Traceback" not in err
    assert sandbox.requests == []


# ----- the sandbox: hostile HTTP gets a 4xx, never a 500 ----------------------------------------------------


def _raw(sandbox: Sandbox, data: bytes) -> bytes:
    """Send `data` on a fresh connection and read until the server closes it (or 5 s pass)."""
    host, port = sandbox.base_url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(data)
        received = b""
        try:
            while chunk := conn.recv(65536):
                received += chunk
        except TimeoutError:
            pass
        return received


def _post(path: str, body: bytes, *headers: str) -> bytes:
    head = [f"POST {path} HTTP/1.1", "Host: sandbox", f"Authorization: Bearer {TOKEN}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def test_a_request_with_both_content_length_and_transfer_encoding_is_refused(sandbox: Sandbox) -> None:
    body = json.dumps({"image_count": 1, "style": {"prompt": "a fox"}}).encode()
    smuggled = f"GET /v1/image-projects/smuggled HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n\r\n"
    data = _post(
        "/v1/ai-image-generator",
        body + smuggled.encode(),
        "Content-Type: application/json",
        f"Content-Length: {len(body)}",
        "Transfer-Encoding: chunked",
    )
    answer = _raw(sandbox, data)
    assert answer.startswith(b"HTTP/1.1 400") and answer.count(b"HTTP/1.1 ") == 1  # then the connection closed
    assert b"both Content-Length and Transfer-Encoding" in answer
    assert sandbox.projects_created() == 0 and not any("smuggled" in r.path for r in sandbox.requests)


@pytest.mark.parametrize(
    "length", ["\xb2", "9" * 400, "9" * 5000, "-1", "1, 2"], ids=["superscript", "400", "5000", "neg", "list"]
)
@pytest.mark.parametrize("path", ["/v1/ai-image-generator", "/storage/api-assets/abc/image.png?expires=1&signature=x"])
def test_a_content_length_that_is_no_number_is_a_400(sandbox: Sandbox, length: str, path: str) -> None:
    # Latin-1, as HTTP reads header bytes: "\xb2" is "²", a digit to str.isdigit() that int() refuses.
    data = _post(path, b"{}", "Content-Type: application/json", f"Content-Length: {length}")
    answer = _raw(sandbox, data.decode().encode("latin-1").replace(b"POST /storage", b"PUT /storage"))
    assert answer.startswith(b"HTTP/1.1 400") and answer.count(b"HTTP/1.1 ") == 1, answer[:300]
    assert all(r.status != 500 for r in sandbox.requests) and sandbox.projects_created() == 0


def _finished_output(sandbox: Sandbox, client: Any) -> str:
    created = client.v1.ai_image_generator.create(image_count=1, style={"prompt": "a fox"})
    assert sandbox.wait_rendered(created.id)
    project = client.v1.image_projects.get(id=created.id)
    return str(project.downloads[0].url)


@pytest.mark.parametrize(
    "value",
    [b"bytes=" + b"9" * 5000 + b"-", b"bytes=-" + b"9" * 5000, b"bytes=\xb2-"],  # \xb2 is "²" read as Latin-1
    ids=["start-5000-digits", "suffix-5000-digits", "superscript"],
)
def test_a_range_of_thousands_of_digits_is_a_416(sandbox: Sandbox, client: Any, value: bytes) -> None:
    url = _finished_output(sandbox, client)
    import httpx

    assert httpx.get(url, headers={"Range": value}).status_code == 416
    assert httpx.get(url, headers={"Range": "bytes=0-3"}).status_code == 206
    assert all(r.status != 500 for r in sandbox.requests)


@pytest.mark.parametrize("content_type", ["text/plain; x=json", "text/json-ish", "application/jsonp", ""])
def test_a_body_that_is_not_declared_json_is_refused_before_any_charge(sandbox: Sandbox, content_type: str) -> None:
    body = json.dumps({"image_count": 1, "style": {"prompt": "a fox"}}).encode()
    data = _post("/v1/ai-image-generator", body, f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
                 "Connection: close")  # fmt: skip
    before = sandbox.balance
    assert _raw(sandbox, data).startswith(b"HTTP/1.1 400")  # the status the spec documents for a bad request
    assert sandbox.projects_created() == 0 and sandbox.balance == before


def test_json_media_types_with_parameters_are_accepted(sandbox: Sandbox) -> None:
    body = json.dumps({"image_count": 1, "style": {"prompt": "a fox"}}).encode()
    for content_type in ("application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json"):
        data = _post("/v1/ai-image-generator", body, f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
                     "Connection: close")  # fmt: skip
        assert _raw(sandbox, data).startswith(b"HTTP/1.1 200")


def test_another_tokens_upload_is_not_a_file_of_yours(sandbox: Sandbox, samples: dict[str, Path]) -> None:
    from magic_hour import Client, UnprocessableEntityError

    with Client("token-a", base_url=sandbox.base_url) as a, Client("token-b", base_url=sandbox.base_url) as b:
        uploaded = a.v1.files.upload_file(str(samples["image"]))
        before = sandbox.balance
        with pytest.raises(UnprocessableEntityError, match="is not an uploaded file"):
            b.v1.ai_headshot_generator.create(assets={"image_file_path": uploaded})
        assert sandbox.projects_created("token-b") == 0 and sandbox.balance == before
        assert a.v1.ai_headshot_generator.create(assets={"image_file_path": uploaded}).id


def test_client_resets_leave_no_traceback(sandbox: Sandbox, capfd: pytest.CaptureFixture[str]) -> None:
    from magic_hour import Client

    with Client(TOKEN, base_url=sandbox.base_url) as client:
        url = _finished_output(sandbox, client)
    host, port = sandbox.base_url.removeprefix("http://").rsplit(":", 1)
    put = "PUT /storage/api-assets/abc/image.png?expires=1&signature=x HTTP/1.1\r\nHost: x\r\nContent-Length: 99999"
    requests = [
        _post("/v1/ai-image-generator", b'{"image_count"', "Content-Type: application/json", "Content-Length: 9999"),
        f"GET {url.removeprefix(sandbox.base_url)} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
        f"{put}\r\n\r\nab".encode(),
        b"GET /v1/image-projects/x HTTP/1.1\r\nHost: x\r\nAuthorization: Bea",  # reset in the middle of the head
    ]
    for data in requests:
        conn = socket.create_connection((host, int(port)))
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close() sends a reset
        conn.sendall(data)
        conn.close()
    server = sandbox._server
    assert server is not None and server.wait_idle(10)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception occurred" not in err, err
    assert all(r.status != 500 for r in sandbox.requests)


def test_the_pytest_fixtures_are_fast_by_default(magic_hour_client: Any, magic_hour_sandbox: Sandbox) -> None:
    from magic_hour import ProgressEvent

    seen: list[ProgressEvent] = []
    res = magic_hour_client.v1.ai_image_generator.generate(
        image_count=1, style={"prompt": "a fox"}, download_outputs=False, on_progress=seen.append
    )
    assert res.status == "complete" and magic_hour_sandbox.projects_created(magic_hour_sandbox.token) == 1
    first_look = next(e for e in seen if e.stage == "status")
    assert first_look.elapsed < 0.5  # a client with the default 1 s interval waits a whole second first
    assert magic_hour_sandbox.poll_interval() == 0.01


# ----- the docs -----------------------------------------------------------------------------------------------


def _page(top: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from compiler.model import api
    from compiler.writers import docs

    return str(docs.render_module(api.build(_spec.document()), top, f"{docs.START}\n{docs.END}"))


def test_fields_of_an_arrays_items_are_shown_under_the_array() -> None:
    page = _page("face_swap")
    assert "| `└─ face_mappings[].new_face` | ✓ |" in page and "| `└─ new_face` |" not in page
    rows = [line.split("|")[1].strip() for line in page.splitlines() if line.startswith("| `")]
    at = rows.index("`└─ face_mappings`")
    assert rows[at + 1 : at + 3] == ["`└─ face_mappings[].new_face`", "`└─ face_mappings[].original_face`"]


def test_a_list_of_files_keeps_its_description_and_articles_are_right() -> None:
    page = _page("ai_image_editor")
    row = next(line for line in page.splitlines() if line.startswith("| `└─ image_file_paths`"))
    assert "A list of image files" in row and "maximum of 10 images" in row
    assert "A image" not in _page("face_swap") and "An image file" in _page("face_swap")


def test_no_example_edits_nothing() -> None:
    page = _page("ai_image_editor")
    assert "assets={}" not in page
    assert 'assets={"image_file_paths": ["/path/to/1234.png"]}' in page
    assert 'assets={"image_file_paths": ["api-assets/id/1234.png"]}' in page


def test_the_docs_refuse_a_model_with_problems_naming_the_operation(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from compiler.model import api
    from compiler.writers import docs

    doc = copy.deepcopy(_spec.document())
    del doc["paths"]["/v1/face-swap"]["post"]["x-sdk-method"]
    with pytest.raises(docs.DocsError, match="POST /v1/face-swap: no SDK method"):
        docs.render_all(api.build(doc), tmp_path)


def test_upload_files_is_documented_with_an_example() -> None:
    page = _page("files")
    assert '<a name="upload-files"></a>' in page and "client.v1.files.upload_files(" in page
