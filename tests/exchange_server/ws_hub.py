"""The test peer's WebSocket connections: each with its subscriptions and an ordered outbox.

Every message to a connection goes through its outbox and one writer task, so events leave in
the order the exchange produced them (an acknowledgement before the snapshot it announces, a
NEW report before the fill) even when they are produced from synchronous code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web


@dataclass(eq=False)
class Connection:
    socket: web.WebSocketResponse
    path: str
    kind: str  # "market" (/ws/<n>), "user" (/ws/<listenKey>) or "api" (/ws-api/v3)
    streams: set[str] = field(default_factory=set)
    user_subscription: int | None = None  # WebSocket API user data stream, once subscribed
    outbox: asyncio.Queue = field(default_factory=asyncio.Queue)

    def send(self, payload: dict | list | str) -> None:  # str: a raw (maybe broken) frame
        self.outbox.put_nowait(payload)


Handler = Callable[[Connection, dict], Awaitable[None]]
CLOSE = "\x00close"  # put in an outbox: the socket closes once what came before is sent


class WsHub:
    def __init__(self) -> None:
        self.connections: list[Connection] = []
        self.refuse = False  # answer upgrades with 503, as during an exchange's maintenance

    async def serve(self, request: web.Request, kind: str,
                    on_message: Handler) -> web.StreamResponse:
        if self.refuse:
            return web.json_response({"code": -1008, "msg": "Service unavailable."}, status=503)
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        connection = Connection(socket, request.path, kind)
        self.connections.append(connection)
        writer = asyncio.ensure_future(self._write(connection))
        try:
            async for message in socket:
                if message.type is WSMsgType.TEXT:
                    await on_message(connection, json.loads(message.data))
        finally:
            self.connections.remove(connection)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer
        return socket

    def broadcast(self, messages_for: Callable[[Connection], list[dict]]) -> None:
        for connection in self.connections:
            for payload in messages_for(connection):
                connection.send(payload)

    async def close_all(self) -> None:
        for connection in list(self.connections):
            await connection.socket.close()

    @staticmethod
    async def _write(connection: Connection) -> None:
        while True:
            payload = await connection.outbox.get()
            if connection.socket.closed:
                return
            if payload == CLOSE:
                await connection.socket.close()
                return
            try:
                if isinstance(payload, str):
                    await connection.socket.send_str(payload)
                else:
                    await connection.socket.send_json(payload)
            except ConnectionError:
                return
