"""working orders: engine-emulated groups and paper orders kept across a restart

Revision ID: 0007_working_orders
Revises: 0006_strategy_bots
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_working_orders"
down_revision = "0006_strategy_bots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "working_orders",
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("order_id", sa.String(64), nullable=False),
        sa.Column("owner", sa.String(16), nullable=False),
        sa.Column("state_json", sa.Text(), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "order_id", name="pk_working_orders"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_working_orders_account_id_accounts"),
    )


def downgrade() -> None:
    op.drop_table("working_orders")
