"""Stage: model (see compiler/__init__.py)."""
