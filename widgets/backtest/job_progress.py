"""One engine job at a time, as the backtest dock's views show it while it runs.

The single-backtest runner and the optimiser both send one job to the engine's worker
process, watch its progress events by job id and hand control back when it ends, fails or is
canceled. `JobProgress` is that shared part: the job's id, a progress bar, a status line with
the elapsed time, and an error line. Each view keeps what differs: how it builds the request,
which fields a refused request marks, and how it shows the result.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QLayout, QProgressBar, QVBoxLayout

from desktop.core import PregaoError
from desktop.core.backtests import BacktestRequestError
from desktop.core.events import BacktestFailedEvent, BacktestProgressEvent
from desktop.shell.messages import tr_message
from widgets.common.labels import error_label, muted_label
from widgets.common.numbers import localize_digits

TICK_MS = 200  # the elapsed time counts in tenths of a second: a few updates a second suffice


def _t(text: str) -> str:
    return QCoreApplication.translate("BacktestJob", text)


class JobProgress(QObject):
    """Emits `runningChanged(bool)` when a job starts or control comes back, for the view's
    buttons. The status label carries the job's stage in its "stage" property."""

    runningChanged = Signal(bool)

    def __init__(
        self,
        subscribe: Callable[[type, Callable[[Any], None]], None],
        stage_text: Callable[[str], str],
        cancel_job: Callable[[str], None],
        *,
        counted: bool,
        parent: QObject | None = None,
    ) -> None:
        """`stage_text` names an engine stage in the view's words; `cancel_job(job_id)` asks
        the engine to stop one. `counted`: the job's progress events count work done of a
        total (a sweep); without it one worker call has no inner progress to show."""
        super().__init__(parent)
        self.job_id = ""
        self._stage_text = stage_text
        self._cancel_job = cancel_job
        self._counted = counted
        self._started = 0.0
        self._counts = (0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        self.status = muted_label(_t("Ready"))
        self.error = error_label()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        subscribe(BacktestProgressEvent, self._on_progress)
        subscribe(BacktestFailedEvent, self._on_failed)

    def controls(self, buttons: QLayout) -> QVBoxLayout:
        """The view's run/cancel buttons above the bar, the status and the error."""
        box = QVBoxLayout()
        box.setContentsMargins(6, 0, 6, 0)
        box.addLayout(buttons)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        box.addWidget(self.error)
        return box

    # -- state -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.job_id)

    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def stage(self) -> str:
        return self.status.property("stage") or "loading"

    def stop(self) -> None:
        """The view is closing: a running job goes on in the engine, unwatched."""
        self._ticker.stop()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- a job's life ------------------------------------------------------------------------
    def start(self) -> str:
        """A new job id, busy bar and ticker running; the first stage is gathering candles."""
        self.job_id = uuid.uuid4().hex
        self._started = time.monotonic()
        self._counts = (0, 0)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._ticker.start()
        self.status.setProperty("stage", "loading")
        self.status.setText(self._stage_text("loading"))
        self.runningChanged.emit(True)
        return self.job_id

    def submit(
        self, call: Awaitable[Any], refused: Callable[[BacktestRequestError], None]
    ) -> Coroutine[Any, Any, None]:
        """Await the engine's `call` for the current job (to spawn). A refused request hands
        control back and `refused(exc)` marks the field it names; only the job still watched
        may touch the view."""
        return self._submit(call, self.job_id, refused)

    async def _submit(
        self, call: Awaitable[Any], job_id: str, refused: Callable[[BacktestRequestError], None]
    ) -> None:
        try:
            await call
        except BacktestRequestError as exc:
            if job_id != self.job_id:
                return
            self.finish()
            self.show_error(tr_message(exc))
            refused(exc)
        except PregaoError as exc:
            if job_id == self.job_id:
                self.finish()
                self.show_error(tr_message(exc))

    def result_of(self, job_id: str, fetch: Callable[[str], Awaitable[Any]],
                  show: Callable[[Any], None]) -> Coroutine[Any, Any, None] | None:
        """A done event for `job_id`: if it is the job watched, a coroutine (to spawn) that
        fetches its result with `fetch(job_id)` and, if the job is still the one watched when
        it comes, hands control back and calls `show(result)`; None for another job."""
        if job_id != self.job_id:
            return None
        return self._fetch(job_id, self.elapsed(), fetch, show)

    async def _fetch(self, job_id: str, elapsed: float, fetch: Callable[[str], Awaitable[Any]],
                     show: Callable[[Any], None]) -> None:
        result = await fetch(job_id)
        if job_id != self.job_id:
            return  # canceled or replaced meanwhile
        self.succeeded(elapsed)
        show(result)

    def cancel(self) -> None:
        """Hand control back now; the engine ends the job (stopping its worker) meanwhile."""
        if not self.running:
            return
        job_id = self.job_id
        self.finish()
        self.status.setText(_t("Canceled"))
        self._cancel_job(job_id)

    def succeeded(self, elapsed: float) -> None:
        """The result is shown: control comes back, saying how long the job took."""
        self.finish()
        self.status.setText(_t("Finished in {0} s").format(localize_digits(f"{elapsed:.1f}")))

    def finish(self) -> None:
        self.job_id = ""
        self.progress.hide()
        self._ticker.stop()
        self.runningChanged.emit(False)

    def tick(self) -> None:
        if not self.running:
            return
        elapsed = f"{localize_digits(f'{self.elapsed():.1f}')} s"
        stage = self._stage_text(self.stage())
        done, total = self._counts
        if total:
            loc = QLocale()
            self.status.setText(_t("{0}: {1} of {2} · {3}").format(
                stage, loc.toString(done), loc.toString(total), elapsed))
        else:
            self.status.setText(f"{stage} {elapsed}")

    # -- the engine's events -----------------------------------------------------------------
    def _on_progress(self, event: BacktestProgressEvent) -> None:
        if event.job_id != self.job_id:
            return
        self.status.setProperty("stage", event.message)
        if self._counted and event.total:
            self._counts = (event.done, event.total)
            self.progress.setRange(0, event.total)
            self.progress.setValue(event.done)
        else:
            self._counts = (0, 0)
            self.progress.setRange(0, 0)  # busy while the worker computes
        self.tick()

    def _on_failed(self, event: BacktestFailedEvent) -> None:
        if event.job_id != self.job_id:
            return
        self.finish()
        if event.canceled:
            self.status.setText(_t("Canceled"))
        else:
            self.status.setText(_t("Failed"))
            self.show_error(tr_message(event.message))
