"""The engine client's commands for alerts, their delivery channels and the chart's drawings
(a part of EngineClient, kept apart to keep the facade's module small; widgets still call
them on EngineClient).

Events: AlertDeliveryEvent (a delivery changed state), AlertChannelHealthEvent (a channel
started or stopped failing), AlertNotifyEvent (a toast or tray message to show),
DrawingsChangedEvent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from desktop.alerts.model import AlertRule, TriggerRecord
from desktop.core.alert_delivery import (
    ChannelConfig,
    ChannelDraft,
    ChannelHealth,
    DeliveryStatus,
    DeliveryTexts,
)
from desktop.core.drawings import Drawing


class AlertCommands:
    """A mixin of EngineClient: `call` runs a function on the engine loop, `_on_engine`
    names a service's method there."""

    call: Callable[..., Awaitable[Any]]
    _on_engine: Callable[[str], Callable[..., Any]]

    # -- alert delivery ----------------------------------------------------------------------
    async def alert_delivery_submit(self, trigger: Any) -> list[DeliveryStatus]:
        """Queue an alert trigger (desktop.alerts.model.AlertTrigger or DeliveryMessage) for
        each of its channels; the same trigger id again is a no-op."""
        return await self.call(self._on_engine("alert_delivery.submit_now"), trigger)

    async def alert_delivery_statuses(self, trigger_ids: list[str] | None = None,
                                      ) -> list[DeliveryStatus]:
        """Per trigger and channel: pending, sending, sent or failed with the reason."""
        return await self.call(self._on_engine("alert_delivery.statuses"), trigger_ids)

    async def alert_channel_health(self) -> list[ChannelHealth]:
        return await self.call(self._on_engine("alert_delivery.health"))

    async def alert_channels(self) -> list[ChannelConfig]:
        return await self.call(self._on_engine("alert_delivery.channel_configs"))

    async def alert_channel_save(self, draft: ChannelDraft) -> ChannelConfig:
        """ChannelSettingError names a wrong field; SecretStoreUnavailable: nothing saved."""
        return await self.call(self._on_engine("alert_delivery.save_channel"), draft)

    async def alert_channel_remove(self, channel: str) -> None:
        await self.call(self._on_engine("alert_delivery.remove_channel"), channel)

    async def alert_channel_test(self, draft: ChannelDraft) -> str:
        """Send a test message now; PregaoError with the reason when it did not arrive."""
        return await self.call(self._on_engine("alert_delivery.send_test"), draft)

    async def alert_delivery_window(self, is_open: bool, texts: DeliveryTexts) -> None:
        """A window that shows toasts and tray messages is open (or closed), and the
        translated sentences delivery writes."""
        await self.call(self._on_engine("alert_delivery.set_texts"), texts)
        await self.call(self._on_engine("alert_delivery.set_window_open"), is_open)

    # -- alerts (alert_service.py) -----------------------------------------------------------
    async def alert_rules(self) -> list[AlertRule]:
        return await self.call(self._on_engine("alerts.rules"))

    async def alert_save(self, rule: AlertRule) -> AlertRule:
        """Create (empty id) or replace a rule; PregaoError names what is wrong with it."""
        return await self.call(self._on_engine("alerts.save_rule"), rule)

    async def alert_set_enabled(self, rule_ids: list[str], enabled: bool) -> None:
        await self.call(self._on_engine("alerts.set_enabled"), rule_ids, enabled)

    async def alert_snooze(self, rule_ids: list[str], until_ms: int | None) -> None:
        await self.call(self._on_engine("alerts.snooze"), rule_ids, until_ms)

    async def alert_move(self, rule_id: str, value: float, edge: str = "value") -> AlertRule:
        """A price line dragged on the chart: the rule's level (a channel's "value2": its
        upper edge) becomes `value`."""
        return await self.call(self._on_engine("alerts.move"), rule_id, value, edge)

    async def alert_duplicate(self, rule_id: str) -> AlertRule:
        return await self.call(self._on_engine("alerts.duplicate"), rule_id)

    async def alert_delete(self, rule_ids: list[str]) -> None:
        await self.call(self._on_engine("alerts.delete"), rule_ids)

    async def alert_triggers(self, limit: int = 500) -> list[TriggerRecord]:
        """The trigger history, newest first, with per-channel delivery status."""
        return await self.call(self._on_engine("alerts.triggers"), limit)

    async def alert_acknowledge(self, trigger_ids: list[str] | None = None) -> int:
        """Mark triggers read (None: all); returns how many are still unread."""
        return await self.call(self._on_engine("alerts.acknowledge"), trigger_ids)

    async def alert_unread_count(self) -> int:
        return await self.call(self._on_engine("alerts.unread_count"))

    # -- chart drawings (drawing_service.py) -------------------------------------------------
    async def drawings(self, venue: str, symbol: str) -> list[Drawing]:
        """A symbol's chart drawings, oldest first."""
        return await self.call(self._on_engine("drawings.drawings"), venue, symbol)

    async def drawing_save(self, drawing: Drawing) -> Drawing:
        """Create or replace a drawing; PregaoError naming what is wrong with it."""
        return await self.call(self._on_engine("drawings.save"), drawing)

    async def drawing_delete(self, venue: str, symbol: str, ids: list[str] | None = None) -> int:
        """Delete a symbol's drawings by id (None: every drawing of the symbol)."""
        return await self.call(self._on_engine("drawings.delete"), venue, symbol, ids)
