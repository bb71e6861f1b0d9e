"""Lists that page by themselves, and errors typed by the document's codes, over real HTTP: the sandbox for
what it serves, a scripted server for answers the sandbox never gives (an old body, an unknown code, a cursor
that comes back)."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from magic_hour import (
    APIResponseValidationError,
    AsyncClient,
    Client,
    InsufficientCreditsError,
    PaymentRequiredError,
    _spec,
)
from magic_hour.sandbox import Sandbox
from magic_hour_api.sdk import error_codes

from ._scripted_server import Answer, Received, scripted_server


def _listed(sandbox: Sandbox) -> list[str]:
    return [e.path for e in sandbox.requests if e.route == "list"]


def test_a_list_walks_every_page_with_the_cursor_each_page_gives(client: Client, sandbox: Sandbox) -> None:
    first = client.v1.saved_items.list(limit=4)
    assert len(first.items) == 4 and first.has_next_page() and first.next_page_info() == {"cursor": first.next_cursor}
    pages = list(first.iter_pages())
    every = [item for page in pages for item in page.items]
    assert len(pages) == -(-len(every) // 4) and not pages[-1].has_next_page()
    assert [item.id for item in client.v1.saved_items.list(limit=4)] == [item.id for item in every]
    assert len({item.id for item in every}) == len(every)  # no item twice
    assert len(_listed(sandbox)) == 2 * len(pages)  # each page asked for once per walk
    with pytest.raises(RuntimeError, match="last page"):
        pages[-1].get_next_page()


def test_a_filter_is_sent_by_the_api_name_in_either_spelling(client: Client) -> None:
    for given in ({"type": "voice"}, {"type_": "voice"}):
        items = list(client.v1.saved_items.list(**given))
        assert items and {item.type for item in items} == {"voice"}


async def test_the_async_list_is_awaited_for_a_page_or_iterated_for_every_item(aclient: AsyncClient) -> None:
    page = await aclient.v1.saved_items.list(limit=3)
    assert len(page.items) == 3 and page.next_cursor
    second = await page.get_next_page()
    assert {i.id for i in second.items}.isdisjoint({i.id for i in page.items})
    every = [item async for item in aclient.v1.saved_items.list(limit=5)]
    assert len(every) == len(list(every)) > 5


def test_a_cursor_that_comes_back_stops_the_walk_instead_of_looping() -> None:
    def answer(req: Received, base: str) -> Answer:
        body = {"items": [{"id": "a", "type": "voice", "name": None, "assets": []}], "next_cursor": "same"}
        return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()

    with scripted_server(answer) as server, Client("t", base_url=server.base_url, max_retries=0) as client:
        walked = client.v1.saved_items.list()
        with pytest.raises(APIResponseValidationError, match="already given"):
            list(walked)
        assert len(server.received) == 2  # the first page, then the one that repeated its cursor


def test_out_of_credits_is_caught_by_its_code_and_nothing_is_charged(samples: Any) -> None:
    with Sandbox(render_seconds=0, balance=3) as sandbox, sandbox.client() as client:
        with pytest.raises(InsufficientCreditsError) as caught:
            client.v1.ai_image_generator.generate(image_count=1, style={"prompt": "a fox"})
        assert isinstance(caught.value, PaymentRequiredError) and caught.value.code == "insufficient_credits"
        assert caught.value.advice in str(caught.value)  # what the document says to do
        assert client.v1.account.get().credits == 3 and sandbox.app.projects == {}
        again = pickle.loads(pickle.dumps(caught.value))  # made classes travel (a process pool, a batch worker)
        assert type(again) is type(caught.value) and again.code == "insufficient_credits"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"message": "no credits"}, None),  # the body of older documents
        ({"code": "payment_method_expired", "message": "no card"}, "payment_method_expired"),  # a code not listed
        ({"code": "subscription_required", "message": "subscribe"}, "subscription_required"),
    ],
)
def test_every_error_body_parses_and_unknown_codes_fall_back_to_the_status(
    body: dict[str, str], expected: str | None
) -> None:
    def answer(req: Received, base: str) -> Answer:
        return 402, {"Content-Type": "application/json", "x-request-id": "req-1"}, json.dumps(body).encode()

    with scripted_server(answer) as server, Client("t", base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(PaymentRequiredError) as caught:
            client.v1.ai_image_generator.create(image_count=1, style={"prompt": "a fox"})
    error = caught.value
    assert error.code == expected and error.request_id == "req-1" and body["message"] in str(error)
    coded = error_codes.BY_CODE.get((402, expected or ""))
    assert (coded is not None) == isinstance(error, error_codes.ErrorCode)
    if coded is not None:
        assert isinstance(error, coded)


def test_every_status_with_several_codes_has_a_class_per_code_named_from_it() -> None:
    listed: dict[int, set[str]] = {}
    for _, _, op in _spec.operations():
        for status, response in op.get("responses", {}).items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            code = schema.get("properties", {}).get("code", {})
            for value in code.get("enum") or code.get("x-known-values") or []:
                listed.setdefault(int(status), set()).add(value)
    assert listed, "the stored document lists error codes"
    for status, codes in listed.items():
        named = {code for (s, code) in error_codes.BY_CODE if s == status}
        assert named == (codes if len(codes) > 1 else set()), status
