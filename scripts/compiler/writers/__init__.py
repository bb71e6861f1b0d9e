"""Stage: writers (see compiler/__init__.py)."""
