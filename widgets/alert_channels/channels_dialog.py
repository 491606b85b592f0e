"""Tools > Alert channels…: where alerts may go, set up and tested.

One page per channel: the desktop ones need nothing but can be turned off and tried; email,
Telegram, Discord, Slack and the webhook take their settings here, with the token, password or
webhook URL going to the system keyring (the field stays empty afterwards: leave it empty to
keep the stored one). "Send test" sends through the channel as typed, without saving. A
channel that keeps failing says so in the list, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.accounts import SecretStoreUnavailable
from desktop.core.alert_delivery import (
    CHANNELS,
    CONFIGURABLE,
    AlertChannelHealthEvent,
    ChannelConfig,
    ChannelDraft,
    ChannelHealth,
    ChannelSettingError,
)
from desktop.core.errors import PregaoError
from desktop.shell.context import AppContext
from desktop.shell.icons import icon
from desktop.shell.messages import tr_message
from widgets.alert_channels.names import channel_name


def _t(text: str) -> str:
    return QCoreApplication.translate("AlertChannelsDialog", text)


def _secret_label(channel: str) -> str:
    return {"email": _t("Password"), "telegram": _t("Bot token"),
            "discord": _t("Webhook URL"), "slack": _t("Webhook URL"),
            "webhook": _t("URL")}.get(channel, "")


def _about(channel: str) -> str:
    return {
        "desktop": _t("Your desktop's own notification. If it cannot be shown, the system "
                      "tray message is used instead."),
        "tray": _t("A message from Pregão's icon in the system tray."),
        "toast": _t("A short message in the corner of the Pregão window."),
        "sound": _t("A short sound; critical alerts sound different from warnings."),
        "email": _t("An email through your mail server (SMTP)."),
        "telegram": _t("A message from your Telegram bot to a chat. Create the bot with "
                       "@BotFather; the chat id is yours or your group's."),
        "discord": _t("A message to a Discord channel through its webhook (channel settings › "
                      "Integrations › Webhooks)."),
        "slack": _t("A message to a Slack channel through an incoming webhook."),
        "webhook": _t("A JSON POST to your own address, with an Idempotency-Key header so a "
                      "repeat can be dropped."),
    }.get(channel, "")


class ChannelPage(QWidget):
    """The settings of one channel."""

    def __init__(self, channel: str) -> None:
        super().__init__()
        self.channel = channel
        self.setObjectName(f"alert-channel-{channel}")
        self.enabled = QCheckBox(_t("Use this channel"))
        self.enabled.setChecked(channel not in CONFIGURABLE)
        about = QLabel(_about(channel))
        about.setWordWrap(True)
        about.setProperty("role", "muted")
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        form.addRow(self.enabled)
        if channel == "email":
            self._line(form, "host", _t("Server"), "smtp.example.org")
            self._line(form, "port", _t("Port"), "587")
            security = QComboBox()
            for value, text in (("starttls", _t("STARTTLS (port 587)")),
                                ("ssl", _t("SSL/TLS (port 465)")),
                                ("none", _t("None (local relay only)"))):
                security.addItem(text, value)
            self.fields["security"] = security
            form.addRow(_t("Security"), security)
            self._line(form, "username", _t("User name"), _t("empty: no login"))
            self._line(form, "sender", _t("From"), "pregao@example.org")
            self._line(form, "recipients", _t("To"), _t("you@example.org, desk@example.org"))
        elif channel == "telegram":
            self._line(form, "chat_id", _t("Chat id"), "-1001234567890")
            self._line(form, "api_url", _t("API address"), "https://api.telegram.org")
        self.secret: QLineEdit | None = None
        if channel in CONFIGURABLE:
            self.secret = QLineEdit()
            self.secret.setObjectName(f"{channel}-secret")
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(_secret_label(channel), self.secret)
            keyring = QLabel(_t("Kept in the system keyring, never in Pregão's files."))
            keyring.setProperty("role", "muted")
            form.addRow("", keyring)
        self.health = QLabel()
        self.health.setObjectName("alert-channel-health")
        self.health.setProperty("role", "error")
        self.health.setWordWrap(True)
        self.health.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.health)
        layout.addStretch(1)

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"{self.channel}-{name}")
        edit.setPlaceholderText(placeholder)
        self.fields[name] = edit
        form.addRow(label, edit)

    def load(self, config: ChannelConfig) -> None:
        self.enabled.setChecked(config.enabled)
        for name, widget in self.fields.items():
            value = config.settings.get(name, "")
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            else:
                widget.setText(str(value))
        if self.secret is not None:
            self.secret.clear()
            self.secret.setPlaceholderText(
                _t("Stored in the keyring: leave empty to keep it") if config.has_secret
                else "")

    def draft(self) -> ChannelDraft:
        settings = {name: (w.currentData() if isinstance(w, QComboBox) else w.text().strip())
                    for name, w in self.fields.items()}
        secret = self.secret.text().strip() if self.secret is not None else ""
        return ChannelDraft(self.channel, self.enabled.isChecked(), settings, secret)

    def field_widget(self, name: str) -> QWidget | None:
        return self.secret if name == "secret" else self.fields.get(name)

    def show_health(self, health: ChannelHealth | None) -> None:
        failing = health is not None and health.failing
        self.health.setVisible(failing)
        if failing:
            assert health is not None
            self.health.setText(_t("Failing: {0}").format(health.detail))


class ChannelsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("alert-channels-dialog")
        self.setWindowTitle(_t("Alert channels"))
        self.health: dict[str, ChannelHealth] = {}
        self.list = QListWidget()
        self.list.setObjectName("alert-channel-list")
        self.list.setSpacing(2)
        self.pages = QStackedWidget()
        self.page: dict[str, ChannelPage] = {}
        for channel in CHANNELS:
            item = QListWidgetItem(channel_name(channel))
            item.setData(Qt.ItemDataRole.UserRole, channel)
            self.list.addItem(item)
            page = ChannelPage(channel)
            self.page[channel] = page
            self.pages.addWidget(page)
        # wide enough for the longest name with its "failing" mark, in any language
        metrics = self.list.fontMetrics()
        self.list.setFixedWidth(48 + max(metrics.horizontalAdvance(
            channel_name(c) + _t(" — failing")) for c in CHANNELS))
        self.result = QLabel()
        self.result.setObjectName("alert-channel-result")
        self.result.setWordWrap(True)
        self.test_button = QPushButton(icon("play"), _t("Send test"))
        self.test_button.setToolTip(_t("Send a test alert through this channel as typed, "
                                       "without saving"))
        self.save_button = QPushButton(icon("save"), _t("Save"))
        self.remove_button = QPushButton(icon("delete"), _t("Forget"))
        self.remove_button.setToolTip(_t("Remove this channel's settings and its secret from "
                                         "the keyring"))
        close = QPushButton(_t("Close"))
        buttons = QHBoxLayout()
        for b in (self.test_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.result)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(self._select)
        self.test_button.clicked.connect(
            lambda: self.ctx.spawn(self.send_test(), _t("Send test")))
        self.save_button.clicked.connect(lambda: self.ctx.spawn(self.save(), _t("Save")))
        self.remove_button.clicked.connect(lambda: self.ctx.spawn(self.forget(), _t("Forget")))
        close.clicked.connect(self.close)
        self._unsubscribe = ctx.bridge.subscribe(AlertChannelHealthEvent, self._on_health)
        self.destroyed.connect(lambda _o=None, u=self._unsubscribe: u())
        self.list.setCurrentRow(0)
        self.resize(720, 440)

    @property
    def channel(self) -> str:
        return CHANNELS[max(0, self.list.currentRow())]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ctx.spawn(self.load(), _t("Alert channels"))

    async def load(self) -> None:
        configs = await self.ctx.client.alert_channels()
        for config in configs:
            if config.channel in self.page:
                self.page[config.channel].load(config)
        for health in await self.ctx.client.alert_channel_health():
            self._on_health(AlertChannelHealthEvent(health))

    def _select(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.remove_button.setVisible(self.channel in CONFIGURABLE)
        self._say("")

    def _on_health(self, event: AlertChannelHealthEvent) -> None:
        health = event.health
        self.health[health.channel] = health
        if health.channel not in self.page:
            return
        self.page[health.channel].show_health(health)
        item = self.list.item(CHANNELS.index(health.channel))
        item.setIcon(icon("info") if health.failing else icon(""))
        item.setText(channel_name(health.channel) + (_t(" — failing") if health.failing else ""))
        item.setToolTip(health.detail if health.failing else "")

    def _say(self, text: str, error: bool = False) -> None:
        self.result.setText(text)
        self.result.setProperty("role", "error" if error else "")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _problem(self, channel: str, exc: Exception) -> None:
        if isinstance(exc, ChannelSettingError):
            widget = self.page[channel].field_widget(exc.field)
            if widget is not None:
                widget.setFocus()
        self._say(tr_message(exc), error=True)

    async def save(self) -> None:
        channel = self.channel
        page = self.page[channel]
        self._say(_t("Saving…"))
        try:
            config = await self.ctx.client.alert_channel_save(page.draft())
        except (ChannelSettingError, SecretStoreUnavailable, PregaoError) as exc:
            self._problem(channel, exc)
            return
        page.load(config)
        self._say(_t("Saved."))

    async def send_test(self) -> None:
        channel = self.channel
        self._say(_t("Sending a test alert…"))
        self.test_button.setEnabled(False)
        try:
            note = await self.ctx.client.alert_channel_test(self.page[channel].draft())
        except (ChannelSettingError, SecretStoreUnavailable, PregaoError) as exc:
            self._problem(channel, exc)
            return
        finally:
            self.test_button.setEnabled(True)
        self._say(note or _t("Sent: check that it arrived in {0}.").format(
            channel_name(channel)))

    async def forget(self) -> None:
        channel = self.channel
        try:
            await self.ctx.client.alert_channel_remove(channel)
        except (SecretStoreUnavailable, PregaoError) as exc:
            self._problem(channel, exc)
            return
        self.page[channel].load(ChannelConfig(channel))
        self._say(_t("Forgotten: settings and secret removed."))
