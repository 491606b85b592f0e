"""A local HTTP server that speaks the Telegram bot API, Discord and Slack webhooks and a
generic JSON webhook, for the delivery tests. It checks each request's format as the real
service would (token in the path, required fields), records what arrived, and answers faults
in each service's own shape when told to:

- Telegram: `{"ok": false, "error_code": 429, "description": "Too Many Requests: retry after
  N", "parameters": {"retry_after": N}}`, 401 Unauthorized, 400 chat not found;
- Discord: 429 with `{"message": "You are being rate limited.", "retry_after": N,
  "global": false}` and a Retry-After header; 404 Unknown Webhook; success is 204;
- Slack: 429 with Retry-After, 403 `invalid_token`, 404 `no_service`; success is `ok`;
- the webhook: drops a repeat of an Idempotency-Key it has seen (answering 200 again).

It runs on its own thread and loop so a test (or a subprocess) can talk to it while the test
blocks. `hold` keeps requests of a route unanswered until released (a request in flight).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TELEGRAM_TOKEN = "123456789:AAH-test-token-pregao-xyz"
DISCORD_PATH = "/api/webhooks/111222333/discord-secret-token-abc"
SLACK_PATH = "/services/T000/B000/slack-secret-xyz"
WEBHOOK_PATH = "/hook/webhook-secret-777"


@dataclass
class Fault:
    status: int
    retry_after: float | None = None
    text: str = ""


@dataclass
class Received:
    service: str
    text: str
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


class ChatServer:
    def __init__(self) -> None:
        self.received: list[Received] = []  # accepted messages, in order
        self.requests: dict[str, int] = defaultdict(int)  # every request, faults included
        self.faults: dict[str, deque[Fault]] = defaultdict(deque)
        self.held: set[str] = set()
        self.delay_s = 0.0  # every answer comes this much later (a slow service)
        self.duplicates: list[str] = []  # webhook idempotency keys seen again
        self._seen_keys: set[str] = set()
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    # -- control from the test ---------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def fail(self, service: str, *faults: Fault) -> None:
        with self._lock:
            self.faults[service].extend(faults)

    def hold(self, service: str) -> None:
        self.held.add(service)

    def texts(self, service: str) -> list[str]:
        with self._lock:
            return [r.text for r in self.received if r.service == service]

    def start(self) -> ChatServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        self._release.set()
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/sendMessage", self._telegram)
        app.router.add_post(DISCORD_PATH, self._discord)
        app.router.add_post(SLACK_PATH, self._slack)
        app.router.add_post(WEBHOOK_PATH, self._webhook)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    # -- shared ------------------------------------------------------------------------------
    async def _begin(self, service: str) -> Fault | None:
        with self._lock:
            self.requests[service] += 1
            return self.faults[service].popleft() if self.faults[service] else None

    async def _record(self, service: str, text: str, payload: dict, headers: dict) -> None:
        """Accept the message; a held service then keeps the answer back (the message
        arrived, the sender never hears so)."""
        with self._lock:
            self.received.append(Received(service, text, payload, headers))
        await asyncio.sleep(self.delay_s)
        while service in self.held and not self._release.is_set():
            await asyncio.sleep(0.02)

    # -- Telegram ----------------------------------------------------------------------------
    async def _telegram(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TELEGRAM_TOKEN:
            return _tg_error(401, "Unauthorized")
        payload = await request.json()
        fault = await self._begin("telegram")
        if fault is not None:
            if fault.status == 429:
                wait = int(fault.retry_after or 1)
                return _tg_error(429, f"Too Many Requests: retry after {wait}",
                                 {"retry_after": wait})
            return _tg_error(fault.status, fault.text or "Bad Request: chat not found")
        if not payload.get("chat_id") or not payload.get("text"):
            return _tg_error(400, "Bad Request: message text is empty")
        await self._record("telegram", payload["text"], payload, dict(request.headers))
        return web.json_response({"ok": True, "result": {"message_id": len(self.received),
                                                          "text": payload["text"]}})

    # -- Discord -----------------------------------------------------------------------------
    async def _discord(self, request: web.Request) -> web.Response:
        payload = await request.json()
        fault = await self._begin("discord")
        if fault is not None:
            if fault.status == 429:
                wait = fault.retry_after or 1.0
                return web.json_response(
                    {"message": "You are being rate limited.", "retry_after": wait,
                     "global": False}, status=429, headers={"Retry-After": f"{wait:g}"})
            return web.json_response({"message": fault.text or "Unknown Webhook",
                                      "code": 10015}, status=fault.status)
        if not payload.get("content"):
            return web.json_response({"message": "Cannot send an empty message", "code": 50006},
                                     status=400)
        await self._record("discord", payload["content"], payload, dict(request.headers))
        return web.Response(status=204)

    # -- Slack -------------------------------------------------------------------------------
    async def _slack(self, request: web.Request) -> web.Response:
        payload = await request.json()
        fault = await self._begin("slack")
        if fault is not None:
            if fault.status == 429:
                return web.Response(status=429, text="rate_limited",
                                    headers={"Retry-After": f"{int(fault.retry_after or 1)}"})
            return web.Response(status=fault.status, text=fault.text or "invalid_token")
        if not payload.get("text"):
            return web.Response(status=400, text="invalid_payload")
        await self._record("slack", payload["text"], payload, dict(request.headers))
        return web.Response(text="ok")

    # -- generic webhook ---------------------------------------------------------------------
    async def _webhook(self, request: web.Request) -> web.Response:
        payload = await request.json()
        key = request.headers.get("Idempotency-Key", "")
        fault = await self._begin("webhook")
        if fault is not None:
            return web.Response(status=fault.status, text=fault.text or "error",
                                headers={"Retry-After": f"{int(fault.retry_after)}"}
                                if fault.retry_after else {})
        with self._lock:
            if key and key in self._seen_keys:
                self.duplicates.append(key)
                return web.json_response({"ok": True, "duplicate": True})
            self._seen_keys.add(key)
        await self._record("webhook", payload.get("title", ""), payload, dict(request.headers))
        return web.json_response({"ok": True})


def _tg_error(code: int, description: str, parameters: dict | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.Response(status=code, text=json.dumps(body), content_type="application/json")
