"""Results that show themselves in Jupyter: the picture, a player for audio and video, a failed project's error.

Nothing here is imported with `magic_hour` unless IPython already runs (a notebook or an IPython shell); then
`enable_notebook_display()` registers an HTML formatter for every project kind's result (and the API's project
model under it). The kinds are the spec's project modules; what an output is comes from the file itself.
"""

from __future__ import annotations

import base64
import html
import importlib
import mimetypes
import os
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from magic_hour_api.types import Unset

from . import _spec
from ._media import sniff
from ._types import ProgressCallback, ProgressEvent

#: Outputs up to this size are embedded in the notebook (base64 grows them by a third); larger ones are linked.
MAX_INLINE_BYTES = 10 * 1024 * 1024
#: When a name says nothing: what the first bytes hold, as a type a browser plays (it sniffs the exact format).
_SNIFFED = {
    "image": "image/png",
    "animation": "image/gif",
    "audio": "audio/mpeg",
    "video": "video/mp4",
    "media": "video/mp4",
}


def _project_modules() -> list[tuple[str, _spec.ProjectRules]]:
    """(module, rules) of every project kind: the GETs with `x-sdk-project`."""
    found = []
    for method, path, op in _spec.operations():
        if method == "GET" and "x-sdk-project" in op and _spec.sdk_module(op):
            found.append((_spec.sdk_module(op), _spec.project_rules(method, path)))
    return found


@cache
def _rules() -> dict[str, _spec.ProjectRules]:
    return dict(_project_modules())


def _module_of(project: Any) -> str:
    """The project module a result or project model belongs to (`video_projects`), or "" for anything else."""
    kinds = _kinds()
    return next((kinds[cls] for cls in type(project).__mro__ if cls in kinds), "")


def _field(project: Any, name: str) -> Any:
    value = getattr(project, name, None)
    return None if isinstance(value, Unset) else value


def _mime(path: Path) -> str:
    guessed = mimetypes.guess_type(path.name)[0]
    if guessed and guessed.split("/")[0] in ("image", "audio", "video"):
        return guessed
    try:
        with path.open("rb") as file:
            kind = sniff(file.read(64))
    except OSError:
        return "application/octet-stream"
    return _SNIFFED.get(kind or "", "application/octet-stream")


def _output(path: Path, max_inline: int) -> str:
    """One saved output as HTML: inline when small enough, else its path."""
    name = html.escape(str(path))
    try:
        size = path.stat().st_size
    except OSError:
        return f"<div><code>{name}</code> (no longer there)</div>"
    mime = _mime(path)
    kind = mime.split("/")[0]
    if kind not in ("image", "audio", "video"):
        return f"<div><code>{name}</code> ({size} bytes)</div>"
    if size > max_inline:
        return f"<div><code>{name}</code> ({size / 1_048_576:.1f} MiB: too large to show here; open the file)</div>"
    data = f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"
    if kind == "image":
        element = f'<img src="{data}" alt="{name}" style="max-width: 100%; max-height: 480px">'
    else:
        element = f'<{kind} controls src="{data}" style="max-width: 100%"></{kind}>'
    return f"<div>{element}<div><small><code>{name}</code></small></div></div>"


def _header(project: Any, module: str) -> Iterator[str]:
    status = _field(project, "status")
    credits = _field(project, "credits_charged")
    what = html.escape(module.replace("_", " ") or type(project).__name__)
    money = f" · {credits} credits" if isinstance(credits, int) else ""
    yield (
        f"<div><b>{what}</b> <code>{html.escape(str(_field(project, 'id')))}</code>: "
        f"<b>{html.escape(str(status))}</b>{money}</div>"
    )
    rules = _rules().get(module)
    error = _field(project, "error")
    if (rules is not None and str(status) in rules.failure) or error is not None:
        code = html.escape(str(_field(error, "code") or status))
        message = html.escape(str(_field(error, "message") or "no reason given"))
        yield f'<div style="color: #b00020">Failed ({code}): {message}</div>'


def result_html(project: Any, max_inline_bytes: int = MAX_INLINE_BYTES) -> str:
    """HTML for a result (or a project as `get()` returns it): status, credits, error, and every saved output
    (embedded up to `max_inline_bytes` each: a notebook keeps what it shows)."""
    module = _module_of(project)
    parts = list(_header(project, module))
    paths = [Path(os.fspath(p)) for p in getattr(project, "downloaded_paths", ()) or ()]
    parts.extend(_output(path, max_inline_bytes) for path in paths)
    rules = _rules().get(module)
    if not paths and rules is not None and str(_field(project, "status")) in rules.success:
        hint = f"client.v1.{module}.check_result(id=..., download_directory=...)"
        parts.append(f"<div><small>Outputs not downloaded here; {html.escape(hint)} saves them.</small></div>")
    return f'<div class="magic-hour-result">{"".join(parts)}</div>'


class ResultView:
    """A result as a notebook shows it; `show(result)` as the last line of a cell displays it anywhere."""

    def __init__(self, project: Any, max_inline_bytes: int = MAX_INLINE_BYTES) -> None:
        self.project = project
        self.max_inline_bytes = max_inline_bytes

    def _repr_html_(self) -> str:
        return result_html(self.project, self.max_inline_bytes)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        return {"text/html": self._repr_html_(), "text/plain": repr(self.project)}


def show(project: Any, max_inline_bytes: int = MAX_INLINE_BYTES) -> ResultView:
    """The notebook view of a result: `show(client.v1.image_projects.get(id=...))`."""
    return ResultView(project, max_inline_bytes)


@cache
def _kinds() -> dict[type, str]:
    """Every project kind's result class, and the API model it extends, with its project module."""
    kinds: dict[type, str] = {}
    for module in _rules():
        for home in ("magic_hour_api.sdk.v1", "magic_hour_api.sdk"):
            try:
                loaded = importlib.import_module(f"{home}.{module}")
            except ImportError:
                continue
            for value in vars(loaded).values():
                if isinstance(value, type) and attrs.has(value) and "downloaded_paths" in attrs.fields_dict(value):
                    kinds[value] = module
                    kinds.update((base, module) for base in value.__bases__ if base is not object)
            break
    return kinds


def enable_notebook_display() -> bool:
    """Register the HTML view of results with the running IPython; False when none runs. Safe to call twice."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return False
    formatter = shell.display_formatter.formatters["text/html"]
    for cls in _kinds():
        formatter.for_type(cls, result_html)
    return True


class NotebookProgress:
    """A progress callback that draws bars in a notebook: tqdm's (`tqdm.auto`) when installed, else an HTML
    `<progress>` element IPython updates in place, else nothing. Pass it as `on_progress=`."""

    def __init__(self, **tqdm_options: Any) -> None:
        self._options = tqdm_options
        self._bars: dict[str, Any] = {}
        self._status: Any = None
        try:  # tqdm.auto: a widget bar in a notebook (ipywidgets), a text bar elsewhere
            self._tqdm: Any = importlib.import_module("tqdm.auto").tqdm
        except ImportError:
            self._tqdm = None

    def __call__(self, event: ProgressEvent) -> None:
        if event.stage in ("upload", "download"):
            self._transfer(event)
        else:
            self._say(_line(event))

    def _transfer(self, event: ProgressEvent) -> None:
        key = f"{event.stage}:{event.name}"
        label = f"{'uploading' if event.stage == 'upload' else 'downloading'} {event.name}"
        if self._tqdm is not None:
            bar = self._bars.get(key)
            if bar is None:
                options = {"unit": "B", "unit_scale": True, "desc": label, **self._options}
                bar = self._bars[key] = self._tqdm(total=event.total, **options)
            bar.update(event.done - bar.n)
            if event.total is not None and event.done >= event.total:
                bar.close()
            return
        percent = f"{100 * event.done // event.total}%" if event.total else f"{event.done} bytes"
        bar_html = f'<progress value="{event.done}" max="{event.total or 0}"></progress>' if event.total else ""
        self._display(key, f"{bar_html} {html.escape(label)}: {percent}")

    def _say(self, line: str) -> None:
        if self._tqdm is not None:
            if self._status is None:
                self._status = self._tqdm(total=None, bar_format="{desc}", **self._options)
            self._status.set_description_str(line)
            return
        self._display("status", html.escape(line))

    def _display(self, key: str, markup: str) -> None:
        ipython = sys.modules.get("IPython")
        if ipython is None or ipython.get_ipython() is None:
            return
        shown: Any = importlib.import_module("IPython.display")
        handle = self._bars.get(key)
        if handle is None:
            self._bars[key] = shown.display(shown.HTML(markup), display_id=True)
        else:
            handle.update(shown.HTML(markup))

    def close(self) -> None:
        """Close every bar still open (tqdm keeps them otherwise)."""
        for bar in [*self._bars.values(), self._status]:
            if bar is not None and hasattr(bar, "close"):
                bar.close()


def _line(event: ProgressEvent) -> str:
    if event.stage == "creating":
        return "creating the project"
    if event.stage == "created":
        return f"project {event.project_id} created"
    return f"project {event.project_id}: {event.status} ({event.elapsed:.0f} s)"


def notebook_progress(**tqdm_options: Any) -> ProgressCallback:
    """A progress callback for notebooks (see NotebookProgress)."""
    return NotebookProgress(**tqdm_options)
