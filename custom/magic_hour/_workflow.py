"""The decisions of the generate workflow, shared by the sync and async engines.

Nothing here talks to the network: which files to upload, the checked request body, what a polled status
means, which outputs to save, and what an error must say once a project exists. All of it is read from the
spec through `_spec` and `_validation`, so it is the same code for every operation.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit

from magic_hour_api.sdk import Operation, ProgressCallback, ProgressEvent, WaitOptions
from magic_hour_api.types import Unset

from . import _deprecation, _spec, _validation
from ._config import NOT_GIVEN, NotGiven, WaitSettings, check_retries, wait_settings
from ._errors import (
    DownloadError,
    MagicHourError,
    NotFoundError,
    ProjectDeletedError,
    ProjectFailedError,
    ValidationError,
    WaitInterruptedError,
    WaitTimeoutError,
)
from ._files import LocalFile, inspect, is_remote
from ._spellings import wire_names
from ._transfer import check_directory, check_output_name_fits

_PLACEHOLDER = "api-assets/pending/upload.bin"
log = logging.getLogger("magic_hour")


def to_plain(value: Any) -> Any:
    """Generated models become dicts (their wire form); mappings and lists are copied, never modified."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    return value


def _fspath(value: Any) -> Any:
    return os.fspath(value) if isinstance(value, os.PathLike) else value


class Plan(NamedTuple):
    """A request fully checked: its body (local files still as placeholders), the uploads and the directory."""

    body: dict[str, Any]
    uploads: tuple[tuple[tuple[str | int, ...], LocalFile], ...] = ()
    directory: Path | None = None

    def body_with(self, file_paths: list[str]) -> dict[str, Any]:
        """The body with each uploaded file's placeholder replaced by its `api-assets/...` path."""
        body: Any = self.body
        for (where, _), file_path in zip(self.uploads, file_paths, strict=True):
            body = _validation.replace(body, where, file_path)
        return dict(body)


def plan_body(operation: Operation, body: Mapping[str, Any], *, uploads_allowed: bool) -> Plan:
    """Check `body` for `operation`; local files become uploads when allowed, else they are refused."""
    if not isinstance(body, Mapping):
        raise ValidationError(f"The request body must be a mapping of fields, not {type(body).__name__}.")
    schema = _spec.body_schema(_spec.operation(operation.method, operation.path)) or {}
    plain: Any = wire_names(schema, to_plain(dict(body)))
    local: list[tuple[_validation.FileField, Any]] = []
    for found in _validation.file_fields(schema, plain):
        value = _fspath(found.value)
        if is_remote(value):
            continue
        if not found.selected:
            # Another source is selected (e.g. a YouTube URL): the API would ignore this file, so it is neither
            # uploaded nor sent (a local path means nothing to the API, and is the caller's business).
            plain = _validation.remove(plain, found.where)
            continue
        local.append((found, value))
        plain = _validation.replace(plain, found.where, _PLACEHOLDER)
    # The body's shape first (counts such as "at most 10 images" included), then the files one by one: fixing a
    # missing file is no help to a request that must lose 990 of them anyway.
    _validation.check(operation.method, operation.path, plain)
    if local and not uploads_allowed:
        found, value = local[0]
        raise ValidationError(
            f"{found.label} {value!r} is neither an http(s) URL nor a {_spec.storage_path_words()} path. "
            "create() takes uploaded files; upload it with client.v1.files.upload_file(), or use generate(), "
            "which uploads."
        )
    uploads = [(found.where, inspect(value, field=found.label, asset_type=found.asset_types)) for found, value in local]
    _check_media_lengths(schema, plain, uploads)
    _warn_deprecated(schema, plain, "")
    plain = _deprecation.warn_and_apply(schema, plain)  # names the document dropped, kept for a while
    return Plan(plain, tuple(uploads))


def _check_media_lengths(
    schema: Mapping[str, Any], body: Mapping[str, Any], uploads: list[tuple[tuple[str | int, ...], LocalFile]]
) -> None:
    """Refuse a clip that ends past the end of a local input (`x-clip.sources`) before uploading it."""
    clip = schema.get("x-clip")
    if not isinstance(clip, Mapping) or not clip.get("sources"):
        return
    end_field = str(clip.get("end", ""))
    end = body.get(end_field)
    if not isinstance(end, int | float) or isinstance(end, bool):
        return
    from ._media_length import media_seconds

    sources = set(clip["sources"])
    for where, local in uploads:
        label = ".".join(str(p) for p in where)
        if label not in sources or local.path is None:
            continue
        seconds = media_seconds(local.path)
        if seconds is not None and end > seconds + 0.05:
            raise ValidationError(
                f"{end_field} is {end:g} s but {label} ({local.label}) is only {seconds:.2f} s long. Lower "
                f"{end_field} to at most {seconds:.2f}. Nothing was uploaded or charged."
            )


def _warn_deprecated(schema: Any, value: Any, where: str) -> None:
    schema = schema
    if not isinstance(schema, Mapping):
        return
    replaced = schema.get("x-deprecated-values")
    if isinstance(replaced, Mapping) and isinstance(value, str) and value in replaced:
        warnings.warn(
            f"{where} {value!r} is deprecated; the API treats it as {replaced[value]!r}. Pass {replaced[value]!r}.",
            DeprecationWarning,
            stacklevel=5,
        )
    if isinstance(value, Mapping):
        for key, item in value.items():
            prop = schema.get("properties", {}).get(key)
            if prop is not None:
                if prop.get("deprecated"):
                    warnings.warn(f"{where}{key} is deprecated by the API.", DeprecationWarning, stacklevel=5)
                _warn_deprecated(prop, item, f"{where}{key}." if isinstance(item, Mapping) else f"{where}{key}")
    elif isinstance(value, list):
        for item in value:
            _warn_deprecated(schema.get("items", {}), item, where)


def wait_for(base: WaitSettings, options: WaitOptions) -> WaitSettings:
    """The wait settings of one call: the client's, with the call's own poll interval and wait timeout."""
    timeout: float | NotGiven | None = NOT_GIVEN if isinstance(options.wait_timeout, Unset) else options.wait_timeout
    return wait_settings(base, poll_interval=options.poll_interval, timeout=timeout)


def check_options(base: WaitSettings, options: WaitOptions) -> Path | None:
    """Refuse bad per-call options up front; returns the checked download directory (None: no download)."""
    wait_for(base, options)
    if options.max_retries is not None:
        check_retries(options.max_retries)
    if options.output_name is not None:
        check_output_name(options.output_name)
    directory = options.download_directory
    if directory is not None and not isinstance(directory, str | os.PathLike):
        raise ValidationError(f"download_directory must be a path, not {type(directory).__name__}.")
    if not (options.download_outputs and options.wait_for_completion):
        return None
    return check_directory(directory)


def check_output_name(name: Any) -> str:
    """Refuse an output_name that cannot be honoured as given, rather than save under another name."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(f"output_name must be a file name with at least one visible character, not {name!r}.")
    if "/" in name or "\\" in name or name.strip(".") == "":
        raise ValidationError(
            f"output_name {name!r} is not a plain file name: it names a folder or a path. Put folders in "
            "download_directory and pass only the name (e.g. output_name='portrait')."
        )
    if any(not char.isprintable() for char in name) or name != name.strip():
        raise ValidationError(
            f"output_name {name!r} holds a control character or surrounding whitespace; pass a plain file name."
        )
    check_output_name_fits(name)
    return name


#: Ids are the API's own (cuid-like). Keeping them to URL-safe characters means no id can change the path it is
#: sent to (`..` would climb to another endpoint), and the length bound keeps a runaway value out of a URL.
_ID = re.compile(r"[A-Za-z0-9._~-]{1,256}")


def _shown(value: str, room: int = 40) -> str:
    return repr(value) if len(value) <= room else f"{value[:room]!r}... ({len(value)} characters)"


def check_project_id(value: Any) -> str:
    """The id as given, or a ValidationError before any request: ids become part of the request's path."""
    if not isinstance(value, str):
        raise ValidationError(f"id must be a project id string (as returned by create), not {type(value).__name__}.")
    if not _ID.fullmatch(value) or value.strip(".") == "":
        raise ValidationError(
            f"id must be a project id as create returns it (at most 256 letters, digits, '-', '_', '.' and '~', "
            f"not just dots), not {_shown(value)}. Nothing was sent."
        )
    return value


class Wait:
    """The bookkeeping of one wait: when to poll next, when to give up, and what to report."""

    def __init__(
        self, project_id: str, settings: WaitSettings, rules: _spec.ProjectRules, progress: ProgressCallback | None
    ) -> None:
        self.project_id = project_id
        self.settings = settings
        self.rules = rules
        self.progress = progress
        self.started = time.monotonic()
        self.interval = settings.poll_interval
        self.last_status: str | None = None

    def seen(self, project: Any) -> bool:
        """Record a polled project; True once it will not change again."""
        status = str(project.status)
        self.last_status = status
        log.debug("project %s is %s", self.project_id, status)
        if self.progress:
            elapsed = time.monotonic() - self.started
            self.progress(
                ProgressEvent("status", self.project_id, status=status, project_id=self.project_id, elapsed=elapsed)
            )
        return self.rules.is_final(status) or is_deleted(project, self.rules)

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raises WaitTimeoutError once the timeout is spent."""
        delay = self.interval
        self.interval = self.settings.next_interval(self.interval)
        if self.settings.timeout is not None:
            left = self.settings.timeout - (time.monotonic() - self.started)
            if left <= 0:
                raise WaitTimeoutError(
                    self.project_id, self.settings.timeout, self.last_status, module=self.rules.module
                )
            delay = min(delay, left)
        return delay


def is_deleted(project: Any, rules: _spec.ProjectRules) -> bool:
    if rules.deleted_field is None:
        return False
    return bool(project.to_dict().get(rules.deleted_field, not rules.deleted_value) == rules.deleted_value)


def _extension(url: str) -> str:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    ext = os.path.splitext(name)[1].lower()
    return ext if 1 < len(ext) <= 6 and ext[1:].isalnum() else ""


def outputs_to_save(
    project: Any, rules: _spec.ProjectRules, directory: Path | None, output_name: str | None
) -> list[tuple[str, str]]:
    """(url, file name) of each output to download; raises if the project failed or was deleted.

    Outputs are named after the project (`<id>.mp4`, `<id>-1.png` …, the extension from the URL) or after
    `output_name`, so that many jobs can share one folder. Nothing is saved without a directory or before the
    project succeeded.
    """
    status = str(project.status)
    if is_deleted(project, rules):
        raise ProjectDeletedError(project.id, module=rules.module)
    if status in rules.failure:
        raise ProjectFailedError(project)
    if directory is None or status not in rules.success or rules.outputs is None:
        return []
    items = project.to_dict().get(rules.outputs) or []
    urls = [str(item[rules.output_url]) for item in items if isinstance(item, Mapping) and item.get(rules.output_url)]
    if len(urls) == 1:
        return [(urls[0], _name(output_name or project.id, "", _extension(urls[0])))]
    return [(url, _name(output_name or project.id, f"-{n}", _extension(url))) for n, url in enumerate(urls)]


def _name(stem: str, number: str, extension: str) -> str:
    """`stem`, its number and the output's extension; a stem that already ends with it keeps one copy."""
    if extension and stem.lower().endswith(extension) and len(stem) > len(extension):
        stem = stem[: -len(extension)]
    return f"{stem}{number}{extension}"


def resume_hint(project_id: str, module: str) -> str:
    return f"client.v1.{module}.check_result(id={project_id!r})"


def owned_by_project(exc: BaseException, project_id: str, module: str) -> BaseException:
    """The exception to raise once a project exists: it carries the id and says how to resume.

    Errors of the SDK get `project_id` and the hint in their message; Ctrl-C becomes WaitInterruptedError;
    anything else (a cancellation, the caller's own callback, the disk) gets `project_id` and a note.
    """
    if isinstance(exc, MagicHourError):
        exc.project_id = exc.project_id or project_id
        text = str(exc.args[0]) if exc.args else str(exc)
        if isinstance(exc, ProjectFailedError | ProjectDeletedError):
            return exc  # it will not change: resuming the wait cannot help, and the message says what can
        if isinstance(exc, DownloadError) and "check_result(" not in text:
            exc.args = (f"{text.rstrip()} Fetch its outputs again with {resume_hint(project_id, module)}.",)
        elif "check_result(" not in text:
            exc.args = (f"{text.rstrip()} Project {project_id} exists; resume with {resume_hint(project_id, module)}.",)
        return exc
    if isinstance(exc, KeyboardInterrupt):
        return WaitInterruptedError(project_id, module=module)
    with contextlib.suppress(AttributeError):  # a few built-in exceptions take no new attributes
        exc.project_id = project_id  # type: ignore[attr-defined]
    exc.add_note(
        f"Magic Hour project {project_id} was created (credits may have been charged); resume with "
        f"{resume_hint(project_id, module)} instead of creating it again."
    )
    return exc


def note_create_interrupted(exc: BaseException, what: str) -> None:
    """A create cut short by a cancellation, a timeout or Ctrl-C: the exception keeps its type and says that a
    project may exist, as the request may have reached the server (the API has no idempotency key)."""
    exc.add_note(
        f"Magic Hour: {what} was in flight when this happened, so a project may have been created and charged; "
        "its id never arrived. Check your Magic Hour projects before creating it again."
    )


def _project_modules() -> list[str]:
    """The SDK modules that fetch projects by id (`x-sdk-project` GETs), in the spec's order."""
    found = [_spec.sdk_module(op) for method, _, op in _spec.operations() if method == "GET" and "x-sdk-project" in op]
    return list(dict.fromkeys(module for module in found if module))


def hint_other_family(exc: NotFoundError, module: str, project_id: str) -> None:
    """A 404 for a project id: the id may be a project of another kind, fetched through another module."""
    others = [name for name in _project_modules() if name != module]
    if others and exc.args:
        calls = ", ".join(f"client.v1.{name}.get(id={project_id!r})" for name in others)
        exc.args = (f"{exc.args[0]} If the id belongs to another kind of project, fetch it there: {calls}.",)
