"""Shared set-up of the delivery tests: a migrated database file, the delivery service on an
asyncio loop, and waiting for outbox states."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

from desktop.alerts.delivery.service import DeliveryService
from desktop.core.alert_delivery import FAILED, SENT, DeliveryMessage, DeliveryStatus
from desktop.core.events import Event
from desktop.storage import Database, upgrade_to_head


def migrated_database(tmp_path: Path) -> Database:
    url = f"sqlite:///{tmp_path / 'pregao.db'}"
    upgrade_to_head(url)
    return Database(url)


def message(n: int, channels: tuple[str, ...], severity: str = "warning") -> DeliveryMessage:
    return DeliveryMessage(f"trig-{n}", f"BTC/USDT crossed {80_000 + n}",
                           f"Price rule a{n}: last 8{n},100", severity, channels, f"a{n}",
                           "BTC/USDT")


async def wait_final(service: DeliveryService, count: int, timeout: float = 15.0,
                     done: Callable[[DeliveryStatus], bool] = lambda s: s.state in (SENT, FAILED),
                     ) -> list[DeliveryStatus]:
    deadline = time.monotonic() + timeout
    while True:
        statuses = service.statuses()
        if len(statuses) >= count and all(done(s) for s in statuses):
            return statuses
        if time.monotonic() > deadline:
            raise AssertionError(f"deliveries not final after {timeout} s: {statuses}")
        await asyncio.sleep(0.02)


class Events:
    """What the service published, by type."""

    def __init__(self) -> None:
        self.all: list[Event] = []

    def __call__(self, event: Event) -> None:
        self.all.append(event)

    def of(self, kind: type) -> list:
        return [e for e in self.all if isinstance(e, kind)]
