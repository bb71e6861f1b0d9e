"""The decisions of the generate workflow, shared by the sync and async clients.

Nothing here talks to the network: which assets to upload, the create body, and what a polled status means.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from magic_hour_api.models.video_project import VideoProject

from . import _spec, _validation
from ._config import NotGiven, WaitSettings, check_retries, wait_settings
from ._errors import MagicHourError, ProjectFailedError, ValidationError
from ._files import LocalFile, inspect, is_remote
from ._transfer import check_directory

#: Statuses after which a project will not change again.
FINAL_STATUSES = frozenset({"complete", "error", "canceled"})
_PLACEHOLDER = "api-assets/pending/upload.bin"


def to_plain(value: Any) -> Any:
    """Generated models become dicts (their wire form); mappings are copied, so callers' objects stay unchanged."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def create_body(
    *,
    assets: Any,
    start_seconds: Any,
    end_seconds: Any,
    name: Any,
    style: Any,
    extra: Mapping[str, Any],
    caller_depth: int = 1,
) -> dict[str, Any]:
    """The create request's JSON body, checked against the spec; raises ValidationError before any request.

    Fields the SDK does not name (`extra`) pass through, so a field added to the spec and regenerated works
    without a change here; a field the spec does not know is refused.
    """
    body: dict[str, Any] = {"assets": to_plain(assets), "start_seconds": start_seconds, "end_seconds": end_seconds}
    if not isinstance(name, NotGiven):
        body["name"] = name
    if not isinstance(style, NotGiven):
        body["style"] = to_plain(style)
    body.update({k: to_plain(v) for k, v in extra.items()})
    _validation.check(body, "CreateTalkingPhotoRequest", what="talking photo request")
    _validation.check_clip(float(start_seconds), float(end_seconds))
    for field in _spec.asset_fields():
        value = body["assets"].get(field)
        if isinstance(value, str) and not is_remote(value):
            raise ValidationError(
                f"assets.{field} {value!r} is neither an http(s) URL nor an 'api-assets/...' path. create() takes "
                "uploaded files; upload it with client.v1.files.upload_file(), or use generate(), which uploads."
            )
    _warn_deprecated(body.get("style"), stacklevel=3 + caller_depth)
    return body


def _warn_deprecated(style: Any, stacklevel: int) -> None:
    mode = style.get("generation_mode") if isinstance(style, Mapping) else None
    replacement = _spec.deprecated_generation_modes().get(str(mode)) if mode is not None else None
    if replacement:
        warnings.warn(
            f"generation_mode {mode!r} is deprecated; the API treats it as {replacement!r}. Pass {replacement!r}.",
            DeprecationWarning,
            stacklevel=stacklevel,
        )


def plan_assets(assets: Any) -> tuple[dict[str, Any], dict[str, LocalFile]]:
    """Split `assets` into values sent as they are and local files to upload (checked, by field name).

    The caller's mapping is never modified: the result is a new dict.
    """
    if not isinstance(assets, Mapping):
        raise ValidationError(
            "assets must be a dict like {'image_file_path': ..., 'audio_file_path': ...}, "
            f"not {type(assets).__name__}."
        )
    fields = _spec.asset_fields()
    plain = dict(assets)
    local: dict[str, LocalFile] = {}
    for field, value in plain.items():
        if field in fields and not is_remote(value):
            local[field] = inspect(value, field=field, asset_type=fields[field])
    with_placeholders = {k: (_PLACEHOLDER if k in local else v) for k, v in plain.items()}
    return with_placeholders, local


@attrs.frozen
class GeneratePlan:
    """A generate() call, fully checked: the create body (local assets still as placeholders) and the uploads."""

    body: dict[str, Any]
    uploads: dict[str, LocalFile]
    directory: Path | None  # where outputs go; None when nothing is to be downloaded

    def body_with(self, file_paths: list[str]) -> dict[str, Any]:
        """The create body with each uploaded asset's placeholder replaced by its `api-assets/...` path."""
        assets = {**self.body["assets"], **dict(zip(self.uploads, file_paths, strict=True))}
        return {**self.body, "assets": assets}


def plan_generate(
    wait: WaitSettings,
    *,
    assets: Any,
    start_seconds: Any,
    end_seconds: Any,
    name: Any,
    style: Any,
    extra: Mapping[str, Any],
    download_directory: Any,
    will_download: bool,
    poll_interval: float | None,
    timeout: float | NotGiven | None,
    max_retries: int | None,
) -> GeneratePlan:
    """Check everything a generate() call was given before it uploads a byte or spends a credit."""
    check_call_options(wait, poll_interval=poll_interval, timeout=timeout, max_retries=max_retries)
    planned, uploads = plan_assets(assets)
    body = create_body(
        assets=planned,
        start_seconds=start_seconds,
        end_seconds=end_seconds,
        name=name,
        style=style,
        extra=extra,
        caller_depth=2,
    )
    directory = check_directory(directory_arg(download_directory)) if will_download else None
    return GeneratePlan(body, uploads, directory)


def check_call_options(
    wait: WaitSettings, *, poll_interval: float | None, timeout: float | NotGiven | None, max_retries: int | None
) -> None:
    """Refuse bad per-call options up front, before a workflow uploads or charges anything."""
    wait_settings(wait, poll_interval=poll_interval, timeout=timeout)
    if max_retries is not None:
        check_retries(max_retries)


def is_final(project: VideoProject) -> bool:
    return str(project.status) in FINAL_STATUSES


def outputs_to_save(project: VideoProject, directory: Path | None) -> list[tuple[str, Path, str]]:
    """(url, directory, fallback file name) of each output to download; raises ProjectFailedError on failure.

    Nothing is saved when there is no directory (downloads off) or the project is not complete (not waited for).
    """
    if str(project.status) in ("error", "canceled"):
        raise ProjectFailedError(project)
    if directory is None or str(project.status) != "complete":
        return []
    return [
        (d.url, directory, f"{project.id}-{n}.mp4" if n else f"{project.id}.mp4")
        for n, d in enumerate(project.downloads)
    ]


def with_project_id(error: MagicHourError, project_id: str) -> MagicHourError:
    """Attach the id of the project that exists despite the error, and say how to pick it up again."""
    if error.project_id is None:
        error.project_id = project_id
        error.args = (
            f"{error.args[0] if error.args else error} Project {project_id} was created; resume with "
            f"client.v1.video_projects.check_result(id={project_id!r}).",
        )
    return error


def check_project_id(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(f"id must be a project id string (as returned by create), not {value!r}.")
    return value


def directory_arg(value: Any) -> str | os.PathLike[str] | None:
    if value is not None and not isinstance(value, str | os.PathLike):
        raise ValidationError(f"download_directory must be a path, not {type(value).__name__}.")
    return value
