"""chart drawings per symbol

Revision ID: 0011_chart_drawings
Revises: 0010_paper_balances
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_chart_drawings"
down_revision = "0010_paper_balances"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chart_drawings",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("venue", sa.String(64), nullable=False),
        sa.Column("symbol", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("drawing_json", sa.Text(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_chart_drawings"),
    )
    op.create_index("ix_chart_drawings_symbol", "chart_drawings", ["venue", "symbol"])


def downgrade() -> None:
    op.drop_index("ix_chart_drawings_symbol", table_name="chart_drawings")
    op.drop_table("chart_drawings")
