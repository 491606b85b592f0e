"""Alembic migrations of the Pregão database (see desktop/storage/alembic.ini)."""
