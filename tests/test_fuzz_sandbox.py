"""A property-based API fuzzer (schemathesis) runs openapi.yaml against the sandbox: no response breaks the spec."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from magic_hour.sandbox import Sandbox

ROOT = Path(__file__).resolve().parents[1]
schema = schemathesis.openapi.from_path(ROOT / "openapi.yaml")  # the contract itself, not the runtime's catalog


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[Sandbox]:
    with Sandbox(render_seconds=0, tokens=["fuzz-token"]) as sandbox:  # so a forged token is refused
        yield sandbox


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_sandbox_honours_the_contract(case: schemathesis.Case, fuzzed_sandbox: Sandbox) -> None:
    # Schema-valid bodies may still break rules the schema cannot state (assets must be uploaded files):
    # the documented answer to those is 422, so "positive data must be accepted" does not apply here.
    case.call_and_validate(
        base_url=fuzzed_sandbox.base_url,
        headers={"Authorization": "Bearer fuzz-token"},
        excluded_checks=[schemathesis.checks.positive_data_acceptance],
    )
