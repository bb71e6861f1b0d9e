"""Python SDK for Magic Hour's AI Talking Photo API."""
