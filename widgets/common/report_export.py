"""The "Export report…" dialog: Excel, PDF or both, where to write them, the period (for an
account or a bot), and the job's progress while the engine writes them in its worker pool.

The words of the report come from the UI's language and its number format, its chart
colours from the theme in use (desktop.shell.report_texts)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.events import ReportProgressEvent
from desktop.core.reports import REPORT_STAGES, ReportTargets
from desktop.shell.context import AppContext
from desktop.shell.messages import tr_message
from desktop.shell.report_texts import report_style
from widgets.common.labels import error_label, muted_label

DAY_MS = 86_400_000
#: (targets, job id, start ms, end ms) -> the client's report coroutine
Starter = Callable[[ReportTargets, str, int, int], Coroutine[Any, Any, list[str]]]


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportExport", text)


def stage_text(stage: str) -> str:
    return {"analysing": _t("Computing the figures…"), "excel": _t("Writing the Excel file…"),
            "pdf": _t("Writing the PDF…")}.get(stage, stage)


class ExportReportDialog(QDialog):
    FORMATS = ("both", "xlsx", "pdf")

    def __init__(self, ctx: AppContext, subject: str, default_name: str, start: Starter,
                 period_days: int | None = None, parent: QWidget | None = None) -> None:
        """`period_days`: show a period (the last that many days by default); None: the
        report covers the whole of what it is about (a backtest)."""
        super().__init__(parent)
        self.setObjectName("exportReportDialog")
        self.setWindowTitle(_t("Export report"))
        self.setMinimumWidth(620)
        self._ctx = ctx
        self._start = start
        self.job_id = ""
        self.written: list[str] = []
        form = QFormLayout()
        form.addRow(_t("Report of"), QLabel(subject))
        self.format = QComboBox()
        for key, text in zip(self.FORMATS, (_t("Excel and PDF"), _t("Excel"), _t("PDF")),
                             strict=True):
            self.format.addItem(text, key)
        form.addRow(_t("Format"), self.format)
        folder = Path(str(ctx.settings.value("reports/folder", str(Path.home()))))
        self.path = QLineEdit(str(folder / default_name))
        self.path.setToolTip(_t("The file name; .xlsx and .pdf are added"))
        browse = QPushButton(_t("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(_t("File"), row)
        self.path_error = error_label()
        form.addRow("", self.path_error)
        self.start_date = self.end_date = None
        if period_days is not None:
            today = QDate.currentDate()
            self.start_date = QDateEdit(today.addDays(-period_days))
            self.end_date = QDateEdit(today)
            for edit in (self.start_date, self.end_date):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("yyyy-MM-dd")
            period = QHBoxLayout()
            period.addWidget(self.start_date)
            period.addWidget(QLabel("—"))
            period.addWidget(self.end_date)
            period.addStretch(1)
            label = QLabel(_t("Period"))
            label.setToolTip(_t("Period (UTC, both days included)"))
            form.addRow(label, period)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(REPORT_STAGES))
        self.progress.hide()
        self.status = muted_label("")
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(_t("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._unsubscribe = ctx.bridge.subscribe(ReportProgressEvent, self._on_progress)
        self.finished.connect(lambda _result: self._unsubscribe())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, _t("Export report"), self.path.text())
        if name:
            self.path.setText(name)

    def targets(self) -> ReportTargets | None:
        """The files to write, or None with the reason next to the file field."""
        text = self.path.text().strip()
        self.path_error.setText("")
        if not text:
            self.path_error.setText(_t("Give a file name"))
            return None
        base = Path(text).expanduser()
        if base.suffix.lower() in (".xlsx", ".pdf"):
            base = base.with_suffix("")
        if not base.parent.is_dir():
            self.path_error.setText(_t("The folder {folder} does not exist").format(
                folder=str(base.parent)))
            return None
        fmt = self.format.currentData()
        style = report_style("", "dark" if self._ctx.dark else "light")
        return ReportTargets(
            xlsx=str(base.with_suffix(".xlsx")) if fmt in ("both", "xlsx") else "",
            pdf=str(base.with_suffix(".pdf")) if fmt in ("both", "pdf") else "",
            style=style)

    def period(self) -> tuple[int, int]:
        if self.start_date is None or self.end_date is None:
            return 0, 0
        return _day_ms(self.start_date.date()), _day_ms(self.end_date.date()) + DAY_MS

    def export(self) -> None:
        targets = self.targets()
        if targets is None:
            return
        start, end = self.period()
        if self.start_date is not None and end <= start:
            self.error.setText(_t("The period ends before it starts"))
            return
        self._ctx.settings.setValue("reports/folder", str(Path(self.path.text()).parent))
        self.job_id = uuid.uuid4().hex
        self.export_button.setEnabled(False)
        self.error.setText("")
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(stage_text("analysing"))
        self._ctx.spawn(self._run(targets, start, end), _t("Export report"))

    async def _run(self, targets: ReportTargets, start: int, end: int) -> None:
        try:
            self.written = await self._start(targets, self.job_id, start, end)
        except Exception as exc:  # the job's reason, shown where the trader asked
            self.error.setText(tr_message(exc))
            self.status.setText("")
            self.progress.hide()
        else:
            self.progress.setValue(len(REPORT_STAGES))
            self.status.setText(_t("Written: {files}").format(
                files=", ".join(Path(f).name for f in self.written)))
        finally:
            self.export_button.setEnabled(True)

    def _on_progress(self, event: ReportProgressEvent) -> None:
        if event.job_id != self.job_id:
            return
        self.progress.setValue(event.done)
        if event.done < event.total:
            self.status.setText(stage_text(event.stage))


def _day_ms(date: QDate) -> int:
    day = dt.datetime(date.year(), date.month(), date.day(), tzinfo=dt.UTC)
    return int(day.timestamp() * 1000)
