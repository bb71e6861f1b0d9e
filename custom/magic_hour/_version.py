"""The SDK's version, kept apart so the client can name it without importing importlib.metadata (50 ms)."""

__version__ = "0.4.0"
