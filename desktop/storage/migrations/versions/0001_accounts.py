"""accounts: exchange and paper accounts (their keys live in the system keyring)

Revision ID: 0001_accounts
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_accounts"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("exchange", sa.String(64), nullable=False),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("sandbox", sa.Boolean(), nullable=False),
        sa.Column("key_hint", sa.String(32), nullable=False),
        sa.Column("is_paper", sa.Boolean(), nullable=False),
        sa.Column("paper_quote", sa.String(16), nullable=True),
        sa.Column("paper_balance", sa.Float(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
        sa.UniqueConstraint("label", name="uq_accounts_label"),
    )


def downgrade() -> None:
    op.drop_table("accounts")
