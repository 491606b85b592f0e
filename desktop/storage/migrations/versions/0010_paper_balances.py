"""paper accounts start from balances in any currencies, and their resets are kept

Revision ID: 0010_paper_balances
Revises: 0009_alert_rules
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_paper_balances"
down_revision = "0009_alert_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL reads as the older single starting balance (paper_quote, paper_balance).
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("paper_balances", sa.Text(), nullable=True))
    op.create_table(
        "paper_resets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("ts_ms", sa.BigInteger(), nullable=False),
        sa.Column("balances_json", sa.Text(), nullable=False),
        sa.Column("canceled_orders", sa.Integer(), nullable=False),
        sa.Column("cleared_orders", sa.Integer(), nullable=False),
        sa.Column("cleared_fills", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_paper_resets"),
    )
    op.create_index("ix_paper_resets_account_id", "paper_resets", ["account_id"])


def downgrade() -> None:
    op.drop_index("ix_paper_resets_account_id", table_name="paper_resets")
    op.drop_table("paper_resets")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("paper_balances")
