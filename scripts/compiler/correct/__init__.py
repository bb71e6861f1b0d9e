"""Stage: correct (see compiler/__init__.py)."""
