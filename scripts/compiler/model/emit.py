"""The only ways text from a vendor document reaches generated Python and Markdown.

A document is text written by people: a description may hold a backslash, a quote, `<!--`, a `%`, a line
separator or a lone surrogate, and a field may be called `self`, `class` or `max_retries`. Every writer (the
surface, the docs, the webhook events) turns such text into code only through these functions, so no byte of a
document can change what the generated code means. Each function is total: any input gives valid output.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

#: How much of a description a docstring or a help line keeps.
SENTENCE_LIMIT = 300

_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")
_SENTENCE = re.compile(r"(.+?[.!?])(\s|$)")
_NOT_WORD = re.compile(r"[^0-9A-Za-z_]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_QUOTE = re.compile(r"\s*(>\s*)+")


def sentence(text: object, limit: int = SENTENCE_LIMIT) -> str:
    """The first sentence of a description as plain text: markdown links and emphasis gone, one line, cut."""
    plain = " ".join(str(text or "").replace("*", "").split())
    plain = _LINK.sub(r"\1", plain)
    match = _SENTENCE.match(plain)
    first = match.group(1) if match else plain
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first


def _escape_char(char: str) -> str:
    code = ord(char)
    if char == "\n":
        return "\\n"
    if char == "\\":
        return "\\\\"
    if char == '"':
        return '\\"'
    if 0xD800 <= code <= 0xDFFF or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
    return char


def docstring(text: str) -> str:
    """A triple-quoted docstring literal whose value is exactly `text` (quotes, backslashes and controls escaped)."""
    body = "\n".join("".join(_escape_char(c) for c in line) for line in text.split("\n"))
    return f'"""{body}"""'


def string(text: str) -> str:
    """A Python string literal whose value is exactly `text`."""
    return '"' + "".join(_escape_char(c) for c in text) + '"'


def literal(value: object) -> str:
    """A Python literal for a JSON scalar from the document (an enum value, a default)."""
    if isinstance(value, str):
        return string(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    if isinstance(value, int | float):
        return repr(value)
    raise TypeError(f"not a JSON scalar: {type(value).__name__}")


def markdown(text: object) -> str:
    """Text safe inside a Markdown table cell or paragraph: one line, no HTML, no comment markers, pipes escaped."""
    return _no_html(" ".join(str(text or "").split())).replace("|", "\\|")


def _no_html(line: str) -> str:
    """Outside code spans `<` and `>` become entities; inside them (shown literally) an HTML comment marker is
    broken up, so no description can forge the CUSTOM DOCS markers that guard hand-written text."""
    line = "".join(c if not (0xD800 <= ord(c) <= 0xDFFF) else "\ufffd" for c in line)
    parts = line.split("`")
    last_code = len(parts) - 1 if len(parts) % 2 == 0 else len(parts)  # an unclosed ` opens no code span
    for n, part in enumerate(parts):
        if n % 2 and n < last_code:
            parts[n] = part.replace("<!--", "<!\u2010\u2010").replace("-->", "\u2010\u2010>")
        else:
            parts[n] = part.replace("<", "&lt;").replace(">", "&gt;")
    return "`".join(parts)


def markdown_block(text: object) -> str:
    """Multi-line prose (an operation's description) as Markdown that cannot hold HTML or comment markers.

    Lines keep their Markdown (lists, links, emphasis); inside a fenced block the text is shown literally, so
    only its comment markers are broken up."""
    out, fenced = [], False
    for line in str(text or "").strip().splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            out.append(line)
        elif fenced:
            out.append(line.replace("<!--", "<!\u2010\u2010").replace("-->", "\u2010\u2010>"))
        else:  # a leading `>` is a block quote, not HTML
            quote = _QUOTE.match(line)
            out.append(
                line[: quote.end()] + _no_html(line[quote.end() :].replace("\r", "")) if quote else _no_html(line)
            )
    if fenced:
        out.append("```")
    return "\n".join(out)


#: Names no generated parameter may take: Python keywords, and the names generated method bodies use.
GENERATED_NAMES = frozenset(
    {
        "self",
        "cls",
        "body",
        "options",
        "project",
        "paths",
        "cast",
        "fields",
        "extra_body",
        "max_retries",
        "wait_for_completion",
        "download_outputs",
        "download_directory",
        "output_name",
        "poll_interval",
        "wait_timeout",
        "on_progress",
        "WaitOptions",
    }
)


def identifier(name: str, reserved: Iterable[str] = GENERATED_NAMES) -> str:
    """A Python identifier for `name`: other characters become `_`, and a keyword or reserved name gets a `_`."""
    text = name if name.isascii() and name.isidentifier() else _NOT_WORD.sub("_", name)
    text = text.lstrip("_") or "field"  # a leading `_` would make it private, or shadow the module's own names
    if text[0].isdigit():
        text = f"n{text}"
    taken = set(reserved)
    while keyword.iskeyword(text) or text in taken:
        text += "_"
    return text


def pascal(text: str) -> str:
    """`face_swap` / `face-swap` -> FaceSwap, from ASCII letters and digits only."""
    return "".join(part[:1].upper() + part[1:] for part in _NOT_ALNUM.split(text) if part)


class Names:
    """Python names for one scope, given out in order: the same input always gets the same names."""

    def __init__(self, reserved: Iterable[str] = GENERATED_NAMES) -> None:
        self._taken = set(reserved)
        self.renamed: list[tuple[str, str]] = []  # (name in the document, name in Python) where they differ

    def take(self, name: str) -> str:
        """The name `name` gets in this scope (its own where it is free, else with `_` until it is)."""
        python = identifier(name, self._taken)
        self._taken.add(python)
        if python != name:
            self.renamed.append((name, python))
        return python
