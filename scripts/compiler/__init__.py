"""The compiler: Magic Hour's documents in, openapi.yaml, generated/ and docs/v1/ out, one stage per folder.

read/     a document as plain values, within limits, written back byte-stable
correct/  our overlay applied and what the document says in prose inferred (openapi.yaml's contract)
model/    the contract read once into typed objects, with the names and escaping every writer uses
writers/  the surface, catalog, validators, docs and webhook events, each reading the model
release/  the change report, the version and CHANGELOG entry, and the all-or-nothing swap into the tree

A stage imports only from the stages above it (tests/test_compiler_layout.py checks it). `generate` and
`update_spec` run the stages; `python scripts/compiler COMMAND` is how scripts/ calls them.
"""
