"""`python -m magic_hour.mcp`: the MCP server over stdio (the same as `magic-hour mcp`)."""

from ._options import main

raise SystemExit(main())
