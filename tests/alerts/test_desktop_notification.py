"""The native desktop notification on a private D-Bus session bus: dbus-monitor sees Pregão's
Notify call with the app name, title and body, and a notification server answers it; with no
notification server the tray message takes over while a window is open."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import threading
import time

import pytest

from desktop.alerts.delivery.local_channels import DesktopChannel
from desktop.alerts.delivery.outbox import Outgoing
from desktop.alerts.delivery.policy import DeliveryError
from desktop.alerts.delivery.service import DeliveryService
from desktop.core.alert_delivery import DESKTOP, SENT, AlertNotifyEvent, DeliveryTexts
from tests.alerts.delivery_helpers import Events, message, migrated_database, wait_final

NAME = "org.freedesktop.Notifications"


@pytest.fixture
def session_bus(tmp_path, monkeypatch):
    for binary in ("dbus-daemon", "dbus-monitor"):
        if shutil.which(binary) is None:
            pytest.skip(f"needs {binary} (Debian packages dbus-daemon, dbus-bin)")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], env=env, capture_output=True, text=True,
                         timeout=15, check=True)
    address, pid = out.stdout.split()[:2]
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    os.kill(int(pid), signal.SIGTERM)


class NotificationServer:
    """Owns org.freedesktop.Notifications and answers Notify with an id, as a desktop does."""

    def __init__(self, address: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.calls: list[tuple] = []
        self._stop = threading.Event()
        self._connection = open_dbus_connection(bus=address)
        reply = self._connection.send_and_get_reply(message_bus.RequestName(NAME))
        assert reply.body[0] == 1  # primary owner
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self._stop.is_set():
            try:
                msg = self._connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            if msg.header.message_type is MessageType.method_call and \
                    msg.header.fields.get(3) == "Notify":  # 3: the member header field
                self.calls.append(msg.body)
                self._connection.send(new_method_return(msg, "u", (len(self.calls),)))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._connection.close()


def _monitor(address: str) -> subprocess.Popen:
    monitor = subprocess.Popen(
        ["dbus-monitor", "--address", address,
         f"type='method_call',interface='{NAME}',member='Notify'"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(0.3)  # it registers as a monitor before the call goes out
    return monitor


def _stop(monitor: subprocess.Popen) -> str:
    time.sleep(0.2)
    monitor.terminate()
    return monitor.communicate(timeout=10)[0]


def test_dbus_monitor_sees_pregaos_notify_call_and_the_alert_is_sent(tmp_path, session_bus):
    server = NotificationServer(session_bus)
    monitor = _monitor(session_bus)

    async def run():
        service = DeliveryService(Events())
        await service.start(migrated_database(tmp_path))
        service.submit(message(5, (DESKTOP,), severity="critical"))
        statuses = await wait_final(service, 1)
        await service.stop()
        return statuses

    try:
        (status,) = asyncio.run(run())
    finally:
        seen = _stop(monitor)
        server.close()
    assert status.state == SENT and status.last_error == ""
    assert 'member=Notify' in seen
    for text in ('string "Pregão"', 'string "BTC/USDT crossed 80005"',
                 'string "Price rule a5: last 85,100"'):
        assert text in seen, seen
    ((app, _replaces, _icon, title, body, _actions, hints, _timeout),) = server.calls
    assert (app, title, body) == ("Pregão", "BTC/USDT crossed 80005", "Price rule a5: last 85,100")
    assert hints["urgency"] == ("y", 2)  # critical


def test_without_a_notification_server_the_tray_message_takes_over(session_bus):
    events = Events()
    window = {"open": True}
    channel = DesktopChannel(events, lambda: window["open"], DeliveryTexts())
    out = Outgoing("k", "ETH/USDT below 3,000", "Price rule b1", "warning")

    note = asyncio.run(channel.send(out))
    assert note.startswith("The desktop notification failed (")
    assert note.endswith("shown in the system tray")
    (shown,) = events.of(AlertNotifyEvent)
    assert (shown.kind, shown.title, shown.body) == ("tray", "ETH/USDT below 3,000",
                                                    "Price rule b1")
    window["open"] = False  # no window, no tray: a failure the outbox retries
    with pytest.raises(DeliveryError, match="The desktop notification failed"):
        asyncio.run(channel.send(out))
