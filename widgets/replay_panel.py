"""Replay: play any candle file as a live feed, 1x to 1000x, with pause and step."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop.core import TIMEFRAMES, PregaoError, ReplayStateEvent
from desktop.shell.context import AppContext
from desktop.shell.docks import DockManager
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from desktop.shell.panel import Panel
from widgets.common.numbers import localize_digits

SPEEDS = (1.0, 10.0, 60.0, 100.0, 300.0, 1000.0)
FILE_FILTER = "Candles (*.csv *.parquet *.pq)"


def _t(text: str) -> str:
    return QCoreApplication.translate("ReplayPanel", text)


class ReplayPanel(Panel):
    panel_type = "replay"
    icon_name = "play"

    @classmethod
    def display_name(cls) -> str:
        return _t("Replay")

    def __init__(self, ctx: AppContext, config: dict[str, Any] | None = None) -> None:
        super().__init__(ctx, config)
        self.path = QLineEdit((config or {}).get("path", ""))
        self.path.setPlaceholderText(
            _t("A CSV or Parquet file with timestamp, open, high, low, close, volume")
        )
        browse = QPushButton(icon("open"), _t("Browse…"))
        self.open_button = QPushButton(icon("play"), _t("Open"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.speed = QComboBox()
        for s in SPEEDS:
            self.speed.addItem(f"{localize_digits(f'{s:g}')}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(float((config or {}).get("speed", 60.0))))
        self.speed.setToolTip(_t("Replay speed: 1× plays a 1-minute candle in a minute"))
        self.play = QPushButton(icon("pause"), _t("Pause"))
        self.step = QPushButton(icon("step"), _t("Step"))
        self.step.setToolTip(_t("Advance one candle (while paused)"))
        self.stop = QPushButton(icon("stop"), _t("Close"))
        self.progress = QProgressBar()
        self.progress.setFormat("%v / %m")
        self.status = QLabel(_t("No file open"))
        self.status.setProperty("role", "muted")
        row1 = QHBoxLayout()
        row1.addWidget(self.path, 1)
        row1.addWidget(browse)
        row1.addWidget(self.open_button)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(_t("Speed")))
        row2.addWidget(self.speed)
        row2.addWidget(self.play)
        row2.addWidget(self.step)
        row2.addWidget(self.stop)
        row2.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addWidget(self.error)
        layout.addLayout(row2)
        layout.addWidget(self.status)
        layout.addStretch(1)
        browse.clicked.connect(self.browse)
        self.open_button.clicked.connect(lambda: self.open_file(self.path.text()))
        self.path.returnPressed.connect(lambda: self.open_file(self.path.text()))
        self.speed.currentIndexChanged.connect(
            lambda _i: self._send("speed", self.speed.currentData())
        )
        self.play.clicked.connect(self.toggle_pause)
        self.step.clicked.connect(lambda: self._send("step", 1))
        self.stop.clicked.connect(self.close_replay)
        self.subscribe(ReplayStateEvent, self._on_state)
        self.paused = False
        self.active = False
        self._follow: str | None = None  # the symbol whose file's timeframe the chart takes
        self._last_state: ReplayStateEvent | None = None
        self._set_controls(False)

    def config(self) -> dict[str, Any]:
        return {"path": self.path.text(), "speed": self.speed.currentData()}

    # -- commands ----------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _t("Open candle file"), self.path.text(), FILE_FILTER
        )
        if path:
            self.path.setText(path)
            self.open_file(path)

    def open_file(self, path: str) -> None:
        path = path.strip()
        if not path:
            self._show_error(_t("Choose a file to replay."))
            return
        self.ctx.spawn(self._open(path))

    async def _open(self, path: str) -> None:
        self.error.clear()
        self._last_state = None
        self.open_button.setEnabled(False)
        try:
            market = await self.ctx.client.open_replay(path, self.speed.currentData())
        except (PregaoError, OSError) as exc:
            self._show_error(tr_message(exc))
            return
        finally:
            self.open_button.setEnabled(True)
        self.active = True
        self.paused = False
        self._set_controls(True)
        self.status.setText(_t("Replaying {0}").format(market.symbol))
        self.ctx.symbolActivated.emit(market.venue or "replay", market.symbol)
        # The first state says the file's candle length; it may have come while the open
        # was on its way back (the next one comes a candle later: minutes at 1×).
        self._follow = market.symbol
        if self._last_state is not None:
            self._on_state(self._last_state)

    def toggle_pause(self) -> None:
        if self.active:
            self._send("resume" if self.paused else "pause")

    def change_speed(self, steps: int) -> None:
        i = min(max(self.speed.currentIndex() + steps, 0), self.speed.count() - 1)
        self.speed.setCurrentIndex(i)

    def close_replay(self) -> None:
        self.ctx.spawn(self.ctx.client.close_replay(), _t("Close replay"))
        self.active = False
        self._set_controls(False)
        self.status.setText(_t("No file open"))

    def _send(self, command: str, value: float | None = None) -> None:
        if self.active:
            self.ctx.spawn(self.ctx.client.replay_control(command, value), _t("Replay"))

    # -- view --------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)

    def _set_controls(self, active: bool) -> None:
        for w in (self.play, self.step, self.stop):
            w.setEnabled(active)

    def _on_state(self, event: ReplayStateEvent) -> None:
        self._last_state = event
        if self._follow == event.symbol and event.timeframe_ms:
            self._follow = None
            timeframe = next((tf for tf, ms in TIMEFRAMES.items()
                              if ms == event.timeframe_ms), "")
            chart = self.ctx.active_chart
            if timeframe and chart is not None and hasattr(chart, "set_timeframe"):
                chart.set_timeframe(timeframe)  # a 1h file is charted in 1h candles
        self.paused = event.paused
        self.play.setText(_t("Resume") if event.paused else _t("Pause"))
        self.play.setIcon(icon("play" if event.paused else "pause"))
        self.progress.setMaximum(max(1, event.total))
        self.progress.setValue(event.position)
        when = (
            datetime.fromtimestamp(event.ts / 1000, UTC).strftime("%Y-%m-%d %H:%M")
            if event.ts
            else ""
        )
        state = _t("paused") if event.paused else _t("playing")
        speed = localize_digits(f"{event.speed:g}")
        self.status.setText(f"{event.symbol} · {when} UTC · {speed}× · {state}")


def install_replay_commands(ctx: AppContext, docks: DockManager) -> None:
    def panel() -> ReplayPanel:
        return docks.show_panel("replay")

    reg = ctx.actions.register
    reg(
        "replay.open",
        _t("Open replay file…"),
        lambda: panel().browse(),
        shortcut="Ctrl+O",
        icon_name="open",
        menu="file",
        toolbar=True,
        tooltip=_t("Play a candle file as a live market"),
    )
    reg(
        "replay.pause",
        _t("Pause or resume replay"),
        lambda: panel().toggle_pause(),
        shortcut="Ctrl+Shift+P",
        icon_name="pause",
        menu="replay",
    )
    reg(
        "replay.step",
        _t("Step replay one candle"),
        lambda: panel()._send("step", 1),
        shortcut="Ctrl+Shift+Right",
        icon_name="step",
        menu="replay",
    )
    reg(
        "replay.faster",
        _t("Replay faster"),
        lambda: panel().change_speed(1),
        shortcut="Ctrl+Shift+Up",
        icon_name="add",
        menu="replay",
    )
    reg(
        "replay.slower",
        _t("Replay slower"),
        lambda: panel().change_speed(-1),
        shortcut="Ctrl+Shift+Down",
        icon_name="remove",
        menu="replay",
    )
    reg(
        "replay.close",
        _t("Close replay"),
        lambda: panel().close_replay(),
        icon_name="stop",
        menu="replay",
    )
