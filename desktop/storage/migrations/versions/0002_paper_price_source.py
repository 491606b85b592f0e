"""paper accounts choose their price source (demo, replay, a live venue's public data)

Revision ID: 0002_paper_price_source
Revises: 0001_accounts
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_paper_price_source"
down_revision = "0001_accounts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL reads as "demo": existing paper accounts keep the prices they had.
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("price_source", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("price_source")
