"""Stage: read (see compiler/__init__.py)."""
