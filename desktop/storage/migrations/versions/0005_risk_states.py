"""risk: trading states with their breakers' bookkeeping; a reason code on orders

Revision ID: 0005_risk_states
Revises: 0004_order_tracking
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_risk_states"
down_revision = "0004_order_tracking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trading_states",
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("resumes_at_ms", sa.BigInteger(), nullable=True),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.Column("day_start_ms", sa.BigInteger(), nullable=False),
        sa.Column("day_start_equity", sa.Float(), nullable=True),
        sa.Column("peak_equity", sa.Float(), nullable=True),
        sa.Column("loss_streak", sa.Integer(), nullable=False),
        sa.Column("open_trades_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("account_id", name="pk_trading_states"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_trading_states_account_id_accounts"),
    )
    # Existing orders have no reason code: "" (the guard's refusals carry one from now on).
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("reason_code", sa.String(40), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("reason_code")
    op.drop_table("trading_states")
