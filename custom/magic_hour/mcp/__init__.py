"""A local MCP server whose tools are Magic Hour's generators, derived from the same spec as the SDK and CLI.

`magic-hour mcp` (or `python -m magic_hour.mcp`) serves over stdio. Each generator is a tool that takes local
files, runs `generate()` and answers with the saved outputs; reading tools charge nothing; a spending cap and
the folders it may read are the user's, not the agent's. See docs/mcp.md.
"""

from ._options import MAX_CREDITS_ENV, add_options, main, serve

__all__ = ["MAX_CREDITS_ENV", "add_options", "main", "serve"]
