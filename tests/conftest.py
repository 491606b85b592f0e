"""Shared fixtures: offscreen Qt, a qasync loop, a real engine runtime, an isolated window."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["QT_API"] = "pyside6"  # qasync would otherwise pick PyQt6 (finplot installs it)

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def shared_file(name: str) -> Path:
    path = SHARED_DATA / name
    if not path.exists():
        pytest.skip(f"reference data {path} is absent (it lives in ../shared/data)")
    return path


class Aio:
    """Drive the qasync loop from a test: await coroutines, wait for conditions."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def run(self, coro, timeout: float = 10.0):
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))

    def wait_until(
        self, condition: Callable[[], bool], timeout: float = 10.0, what: str = ""
    ) -> None:
        async def poll() -> None:
            while not condition():
                await asyncio.sleep(0.01)

        try:
            self.run(poll(), timeout)
        except TimeoutError:
            raise AssertionError(
                f"timed out after {timeout} s waiting for {what or condition}"
            ) from None

    def sleep(self, seconds: float) -> None:
        self.run(asyncio.sleep(seconds), seconds + 5)


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path, monkeypatch):
    """Every test gets its own database and candle cache: never the user's real ones."""
    monkeypatch.setenv("PREGAO_DATABASE_URL", f"sqlite:///{tmp_path / 'pregao.db'}")
    monkeypatch.setenv("PREGAO_CANDLE_CACHE", str(tmp_path / "candles"))


@pytest.fixture(scope="session")
def qasync_loop(qapp):
    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    # Close while the QApplication still exists: qasync disconnects Qt signals on close.
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def aio(qasync_loop) -> Aio:
    # Tests that use asyncio.run() leave no current loop behind: make ours current again.
    asyncio.set_event_loop(qasync_loop)
    return Aio(qasync_loop)


@pytest.fixture
def bridge(qapp):
    from desktop.shell.bridge import EventBridge

    b = EventBridge()
    yield b
    b.deleteLater()


@pytest.fixture
def runtime(bridge) -> Iterator:
    """A real engine on its own thread, with a small (2-day) demo history for speed."""
    from desktop.engine.runtime import EngineRuntime

    rt = EngineRuntime(demo_days=2)
    rt.bus.add_sink(bridge.post)
    rt.start()
    yield rt
    # Generous: on a loaded 2-core CI machine a stop takes seconds; a hang still fails here.
    assert rt.stop(timeout=10.0), "engine thread did not stop within 10 s"


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "pregao.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, runtime, bridge, settings, aio):
    """Build main windows on the real engine; each is closed at teardown."""
    from desktop.shell.main_window import MainWindow
    from widgets.common.ui_collector import collect_on_ui_thread
    from widgets.registry import COMMAND_INSTALLERS, PANEL_TYPES

    windows = []

    def make():
        collect_on_ui_thread()  # as the app does once started: collect between UI events only
        w = MainWindow(runtime.client, bridge, settings, PANEL_TYPES, COMMAND_INSTALLERS)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w

    yield make
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    # A closed window is deleted by Qt (deleteLater), at a point of our choosing. Left to
    # Python's collector, its C++ side could be destroyed in the middle of an event that
    # Qt is still delivering to it (seen as a rare segfault while the loop ran).
    collecting = gc.isenabled()  # off once the UI-thread collector runs
    gc.disable()
    try:
        for w in windows:
            if shiboken6.isValid(w):
                w.ctx.cancel_tasks()
                w.quit_without_asking()  # bots or protective orders left working would ask
        aio.sleep(0.05)  # let the cancelled tasks unwind
        for w in windows:
            if shiboken6.isValid(w):
                w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        if collecting:
            gc.enable()
    gc.collect()


@pytest.fixture
def window(make_window):
    return make_window()
