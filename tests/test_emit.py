"""Property tests of scripts/compiler/model/emit.py, the one way document text reaches generated code, docs and help.

Whatever a description or a name holds, the literal it becomes evaluates back to that text, the name is a
usable Python name, and Markdown cannot be broken out of (the CLI escapes its own help: cli/_flags.py).
"""

from __future__ import annotations

import ast
import keyword
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from compiler.model import emit

#: Any code point, lone surrogates included (JSON's `\ud800` decodes to one), weighted toward the dangerous.
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(['"', "'", "\\", "\n", "\r", "\x00", "\u2028", "%", "`", "|", "<", ">", "!", "-", "{", "}"]),
        st.characters(codec=None),
    ),
    max_size=400,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_docstring_or_string_literal_evaluates_to_exactly_its_text(text: str) -> None:
    for literal in (emit.docstring(text), emit.string(text)):
        tree = ast.parse(f"def f():\n    {literal}\n    return 1\n")
        func = tree.body[0]
        assert isinstance(func, ast.FunctionDef) and len(func.body) == 2  # nothing after the literal became code
        value = func.body[0]
        assert isinstance(value, ast.Expr) and isinstance(value.value, ast.Constant)
        assert value.value.value == text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_sentence_is_one_line_and_bounded(text: str) -> None:
    out = emit.sentence(text)
    assert "\n" not in out and "\r" not in out and len(out) <= emit.SENTENCE_LIMIT
    ast.parse(emit.docstring(out))


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.text(alphabet="abcdefgh_-0123456789 ", max_size=20)))
def test_an_identifier_is_usable_and_never_reserved(name: str) -> None:
    out = emit.identifier(name)
    assert out.isascii() and out.isidentifier() and not keyword.iskeyword(out)
    assert out not in emit.GENERATED_NAMES
    ast.parse(f"def f(*, {out}: int) -> None:\n    pass\n")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_TEXT, st.sampled_from(["self", "cast", "a-b", "a_b", "class", "a b", "1"])), max_size=12))
def test_names_in_one_scope_are_distinct_and_the_same_every_time(names: list[str]) -> None:
    first, second = emit.Names(), emit.Names()
    taken = [first.take(n) for n in names]
    assert taken == [second.take(n) for n in names]
    assert len(set(taken)) == len(taken)
    ast.parse("def f(*, " + "".join(f"{n}: int, " for n in taken) + "x_: int) -> None:\n    pass\n")


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_markdown_stays_in_its_table_cell_and_forges_no_comment(text: str) -> None:
    out = emit.markdown(text)
    assert "\n" not in out and "\r" not in out
    assert "<!--" not in out and "-->" not in out
    assert "|" not in out.replace("\\|", "")
    out.encode("utf-8")  # no lone surrogate reaches a file
