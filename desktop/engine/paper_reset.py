"""Resetting a paper account: back to its starting balances, as if it had never traded.

A part of OrderManager (desktop/engine/order_manager.py): the open orders are canceled
through it first (so every view sees them end, and the audit trail logs each cancel), then the
account's venue closes, its history is cleared with an audit record kept in the database
(desktop/storage/paper_resets.py) and a line in the log, and the venue opens again from the
starting balances alone.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from desktop.core import PregaoError
from desktop.core.accounts import AccountInfo, AccountsChanged, PaperAccountReset
from desktop.core.messages import marker

if TYPE_CHECKING:
    from desktop.engine.accounts import AccountService
    from desktop.engine.bus import EventBus

_t = marker("Accounts")
audit = logging.getLogger("pregao.audit")


class PaperReset:
    bus: EventBus
    accounts: AccountService
    _venues: dict

    # and, from OrderManager: cancel_all().

    async def reset_paper(self, account_id: str) -> AccountInfo:
        """Cancel the account's open orders, clear its orders, fills and positions, and open
        it again from its starting balances. Live accounts are refused: their funds are real."""
        from desktop.storage.paper_resets import active_bots, clear_paper_history

        await self.accounts.wait_ready()
        info = self.accounts.account(account_id)
        if not info.is_paper:
            raise PregaoError(_t("Only a paper account can be reset: “{label}” trades on "
                                 "the exchange.", label=info.label))
        bots = active_bots(self.accounts.database(), account_id)
        if bots:
            raise PregaoError(_t("Stop the bots trading on “{label}” first ({n}): a reset "
                                 "would take their positions from under them.",
                                 label=info.label, n=bots))
        canceled = await self.cancel_all(account_id) if account_id in self._venues else []
        await self.accounts.disconnect(account_id)
        reset = clear_paper_history(self.accounts.database(), account_id, info.label,
                                    dict(info.starting_balances), len(canceled))
        audit.warning("Paper account reset: %s · back to %s · %d open orders canceled, "
                      "%d orders and %d fills cleared", info.label,
                      ", ".join(f"{a:,.8g} {c}" for c, a in info.starting_balances),
                      reset.canceled_orders, reset.cleared_orders, reset.cleared_fills)
        self.bus.publish(PaperAccountReset(account_id))
        try:
            return await self.accounts.connect(account_id)
        finally:
            self.bus.publish(AccountsChanged(account_id))
