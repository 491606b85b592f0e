"""order tracking that cannot lose a fill: send deadlines, set-aside orders, fill cursors

Revision ID: 0004_order_tracking
Revises: 0003_trading_journal
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_order_tracking"
down_revision = "0003_trading_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL deadline: an order signed before this version; reconciliation then falls back to
    # the venue's grace measured from when it was journaled.
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("send_deadline_ms", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("set_aside", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "fill_cursors",
        sa.Column("account_id", sa.String(32), nullable=False),
        sa.Column("symbol", sa.String(64), nullable=False),
        sa.Column("ts_ms", sa.BigInteger(), nullable=False),
        sa.Column("trade_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "symbol", name="pk_fill_cursors"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name="fk_fill_cursors_account_id_accounts"),
    )


def downgrade() -> None:
    op.drop_table("fill_cursors")
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("set_aside")
        batch.drop_column("send_deadline_ms")
