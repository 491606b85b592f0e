"""strategy bots: the bots table, and the bot that owns each journaled order

Revision ID: 0006_strategy_bots
Revises: 0005_risk_states
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_strategy_bots"
down_revision = "0005_risk_states"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bots",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("spec_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("state_json", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_bots"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_bots_account_id_accounts"),
    )
    # "" for the trader's own orders: existing rows keep meaning what they meant.
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("bot_id", sa.String(32), nullable=False,
                                   server_default=""))
        batch.create_index("ix_orders_bot_id", ["bot_id"])


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_index("ix_orders_bot_id")
        batch.drop_column("bot_id")
    op.drop_table("bots")
