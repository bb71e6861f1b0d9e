"""``magic-hour``: talking photos from the shell, built on the public `Client`.

Exit codes: 0 done, 1 the project failed or was canceled, 2 usage error, 3 API or network error,
130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import _spec
from .._client import Client
from .._config import BASE_URL_ENV, NOT_GIVEN, TOKEN_ENV, NotGiven
from .._errors import (
    APIError,
    DownloadError,
    MagicHourError,
    ProjectFailedError,
    ValidationError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from .._files import inspect
from .._types import GenerateResult
from ._progress import Progress

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_API, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

_EPILOG = f"""\
Token: --token or {TOKEN_ENV}. Base URL: --base-url or {BASE_URL_ENV} (default https://api.magichour.ai).
Exit codes: 0 done, 1 the project failed or was canceled, 2 usage error, 3 API or network error
(or a wait that timed out), 130 interrupted.
"""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--token", help=f"API token (default: ${TOKEN_ENV})")
    common.add_argument("--base-url", help=f"API base URL (default: ${BASE_URL_ENV} or https://api.magichour.ai)")
    common.add_argument("--json", action="store_true", help="print one JSON object on stdout, nothing else")
    common.add_argument("--debug", action="store_true", help="show tracebacks and debug logging")
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common()
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="magic-hour",
        description="Magic Hour AI Talking Photo from the shell.",
        epilog=_EPILOG,
        formatter_class=fmt,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    tp = sub.add_parser(
        "talking-photo",
        parents=[common],
        formatter_class=fmt,
        help="make a talking photo: upload, create, wait, download",
        description="Upload a photo and a voice clip, create the talking photo, wait for it and download the video.",
        epilog="example:\n  magic-hour talking-photo face.png speech.mp3 --start 0 --end 15 -o outputs\n\n" + _EPILOG,
    )
    tp.add_argument("image", help="the photo: a local file, an http(s) URL or an api-assets/... path")
    tp.add_argument("audio", help="the voice clip: a local file, an http(s) URL or an api-assets/... path")
    tp.add_argument("--start", type=float, required=True, help="start of the clip in the audio, in seconds")
    tp.add_argument("--end", type=float, required=True, help="end of the clip in the audio, in seconds")
    tp.add_argument("--name", help="a name for the project")
    modes = _spec.schema("GenerationMode").get("enum", [])
    tp.add_argument("--mode", choices=modes, help="generation mode")
    tp.add_argument("--intensity", type=float, help="motion intensity")
    tp.add_argument("-o", "--output", default=".", help="download directory (default: the current directory)")
    tp.add_argument("--no-wait", action="store_true", help="create the project and print its id without waiting")
    tp.add_argument("--no-download", action="store_true", help="wait, but do not download the video")
    tp.add_argument("--timeout", type=float, help="give up waiting after this many seconds (resume later)")

    projects = sub.add_parser("projects", help="get, wait for or delete a project", formatter_class=fmt, epilog=_EPILOG)
    psub = projects.add_subparsers(dest="action", required=True, metavar="ACTION")
    get = psub.add_parser(
        "get",
        parents=[common],
        help="show a project",
        epilog="example:\n  magic-hour projects get cm123",
        formatter_class=fmt,
    )
    get.add_argument("id")
    wait = psub.add_parser(
        "wait",
        parents=[common],
        formatter_class=fmt,
        help="wait for a project and download it",
        epilog="example:\n  magic-hour projects wait cm123 -o outputs",
    )
    wait.add_argument("id")
    wait.add_argument("-o", "--output", default=".", help="download directory (default: the current directory)")
    wait.add_argument("--no-download", action="store_true", help="do not download the video")
    wait.add_argument("--timeout", type=float, help="give up waiting after this many seconds")
    delete = psub.add_parser(
        "delete",
        parents=[common],
        help="delete a project's video",
        epilog="example:\n  magic-hour projects delete cm123",
        formatter_class=fmt,
    )
    delete.add_argument("id")

    files = sub.add_parser("files", help="upload files to Magic Hour storage", formatter_class=fmt, epilog=_EPILOG)
    fsub = files.add_subparsers(dest="action", required=True, metavar="ACTION")
    upload = fsub.add_parser(
        "upload",
        parents=[common],
        help="upload files and print their api-assets/... paths",
        formatter_class=fmt,
        epilog="example:\n  magic-hour files upload face.png speech.mp3",
    )
    upload.add_argument("paths", nargs="+", metavar="PATH")

    sandbox = sub.add_parser(
        "sandbox",
        help="run the local sandbox API in the foreground",
        formatter_class=fmt,
        epilog="example:\n  magic-hour sandbox --port 8080 --render-seconds 2",
    )
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8080)
    sandbox.add_argument("--render-seconds", type=float, default=2.0)
    return parser


def _client(args: argparse.Namespace) -> Client:
    return Client(args.token, base_url=args.base_url)


def _wait_timeout(args: argparse.Namespace) -> float | NotGiven:
    """--timeout, or the client's default wait timeout when it was not given."""
    return NOT_GIVEN if args.timeout is None else float(args.timeout)


def _project_json(result: GenerateResult) -> dict[str, Any]:
    return {"project": result.project.to_dict(), "downloaded_paths": [str(p) for p in result.downloaded_paths]}


def _report(args: argparse.Namespace, result: GenerateResult, progress: Progress) -> None:
    if args.json:
        print(json.dumps(_project_json(result)))
        return
    progress.finish()
    if result.downloaded_paths:
        for path in result.downloaded_paths:
            print(path)
    else:
        print(f"{result.id} {result.status}")


def _resume_hint(project_id: str, args: argparse.Namespace) -> str:
    output = getattr(args, "output", ".")
    return f"magic-hour projects wait {project_id}" + (f" -o {output}" if output != "." else "")


def _talking_photo(args: argparse.Namespace, progress: Progress) -> int:
    style: dict[str, Any] = {}
    if args.mode is not None:
        style["generation_mode"] = args.mode
    if args.intensity is not None:
        style["intensity"] = args.intensity
    extra: dict[str, Any] = {"style": style} if style else {}
    if args.name is not None:
        extra["name"] = args.name
    with _client(args) as client:
        result = client.v1.ai_talking_photo.generate(
            assets={"image_file_path": args.image, "audio_file_path": args.audio},
            start_seconds=args.start,
            end_seconds=args.end,
            wait_for_completion=not args.no_wait,
            download_outputs=not args.no_download,
            download_directory=args.output,
            timeout=_wait_timeout(args),
            on_progress=progress,
            **extra,
        )
    _report(args, result, progress)
    return EXIT_OK


def _projects(args: argparse.Namespace, progress: Progress) -> int:
    with _client(args) as client:
        projects = client.v1.video_projects
        if args.action == "get":
            project = projects.get(id=args.id)
            print(json.dumps(project.to_dict()) if args.json else f"{project.id} {project.status}")
        elif args.action == "delete":
            projects.delete(id=args.id)
            print(json.dumps({"id": args.id, "deleted": True}) if args.json else f"deleted {args.id}")
        else:
            result = projects.check_result(
                id=args.id,
                download_outputs=not args.no_download,
                download_directory=args.output,
                timeout=_wait_timeout(args),
                on_progress=progress,
            )
            _report(args, result, progress)
    return EXIT_OK


def _files(args: argparse.Namespace, progress: Progress) -> int:
    files = [inspect(Path(p), field=p, asset_type=None) for p in args.paths]  # all checked before any upload
    with _client(args) as client:
        paths = client.v1.files.upload_many(files, on_progress=progress, max_retries=None)
    progress.finish()
    print(json.dumps({"file_paths": paths}) if args.json else "\n".join(paths))
    return EXIT_OK


def _sandbox(args: argparse.Namespace) -> int:
    try:
        from ..sandbox.__main__ import main as sandbox_main
    except ImportError as exc:  # the sandbox is an optional extra
        print(f"magic-hour: {exc}", file=sys.stderr)
        return EXIT_USAGE

    return sandbox_main(["--host", args.host, "--port", str(args.port), "--render-seconds", str(args.render_seconds)])


_COMMANDS: dict[str, Callable[[argparse.Namespace, Progress], int]] = {
    "talking-photo": _talking_photo,
    "projects": _projects,
    "files": _files,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "sandbox":
        return _sandbox(args)
    if args.debug:
        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    progress = Progress(sys.stderr, quiet=False)

    def fail(code: int, message: str) -> int:
        progress.finish()
        if args.debug:
            traceback.print_exc()
        print(f"magic-hour: {message}", file=sys.stderr)
        return code

    try:
        return _COMMANDS[args.command](args, progress)
    except WaitInterruptedError as exc:
        return fail(
            EXIT_INTERRUPTED,
            f"interrupted; project {exc.project_id} keeps rendering. Resume with: {_resume_hint(exc.project_id, args)}",
        )
    except KeyboardInterrupt:
        return fail(EXIT_INTERRUPTED, "interrupted before a project was created; nothing was charged.")
    except ProjectFailedError as exc:
        if args.json:
            print(json.dumps({"project": exc.project.to_dict(), "downloaded_paths": []}))
        return fail(EXIT_FAILED, str(exc))
    except WaitTimeoutError as exc:
        return fail(
            EXIT_API,
            f"project {exc.project_id} was still {exc.last_status} after {exc.timeout:g} s and keeps rendering. "
            f"Resume with: {_resume_hint(exc.project_id, args)}",
        )
    except ValidationError as exc:
        return fail(EXIT_USAGE, str(exc))
    except (APIError, DownloadError, MagicHourError) as exc:
        hint = f" Resume with: {_resume_hint(exc.project_id, args)}" if exc.project_id else ""
        return fail(EXIT_API, f"{exc}{hint}")


def run() -> None:
    """Console-script entry point."""
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
