"""Stage: release (see compiler/__init__.py)."""
