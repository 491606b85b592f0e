"""The app's delivery half as a real process, for the SIGKILL test: opens the database, starts
the delivery service (which resolves what a previous run left mid-send), submits the same
alerts the rules fired (again after a restart: the outbox drops the repeats) and delivers
until killed.

    python -m tests.alerts.outbox_process DATABASE_URL COUNT CHANNEL[,CHANNEL...]
"""

from __future__ import annotations

import asyncio
import sys

from desktop.alerts.delivery.service import DeliveryService
from desktop.secrets import SecretStore
from desktop.storage import Database
from tests.alerts.delivery_helpers import message


async def main(url: str, count: int, channels: tuple[str, ...]) -> None:
    service = DeliveryService(lambda _event: None, SecretStore())
    await service.start(Database(url))
    for n in range(count):
        service.submit(message(n, channels))
    print("delivering", flush=True)
    await asyncio.Event().wait()  # until killed


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), tuple(sys.argv[3].split(","))))
