<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../widgets/account_form.py" line="128"/>
        <source>A name you will recognise, e.g. “Binance main”</source>
        <translation>Un nombre que reconozca, p. ej. “Binance principal”</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="168"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="109"/>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="75"/>
        <source>Bracket</source>
        <translation>Bracket</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="62"/>
        <source>Connected. Balances: {list}</source>
        <translation>Conectado. Saldos: {list}</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="59"/>
        <source>Connected: the account holds no funds</source>
        <translation>Conectado: la cuenta no tiene fondos</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="91"/>
        <source>Demo market</source>
        <translation>Mercado de demostración</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="109"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="165"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="156"/>
        <source>Fetch the balances with these keys, without saving</source>
        <translation>Consultar los saldos con estas claves, sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="74"/>
        <source>Iceberg</source>
        <translation>Iceberg</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="166"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="68"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="251"/>
        <source>Load order types</source>
        <translation>Cargar tipos de orden</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="195"/>
        <source>Load price sources</source>
        <translation>Cargar fuentes de precios</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="199"/>
        <source>Load starting balances</source>
        <translation>Cargar saldos iniciales</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="249"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="67"/>
        <source>Market</source>
        <translation>A mercado</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="144"/>
        <source>Native: the exchange runs the order. Emulated: Pregão runs it on top of the exchange's own order types, while Pregão is running.</source>
        <translation>Nativo: el exchange ejecuta la orden. Emulado: Pregão la ejecuta sobre los tipos de orden propios del exchange, mientras Pregão está abierto.</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="83"/>
        <source>No order types known</source>
        <translation>Ningún tipo de orden conocido</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="73"/>
        <source>OCO</source>
        <translation>OCO</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="176"/>
        <source>Order types</source>
        <translation>Tipos de orden</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="170"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="130"/>
        <source>Practice with test funds; sandbox keys are separate keys</source>
        <translation>Practique con fondos de prueba; las claves del sandbox son otras claves</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="173"/>
        <source>Price source</source>
        <translation>Fuente de precios</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="93"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="93"/>
        <source>Replay (none open)</source>
        <translation>Replay (ninguno abierto)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="353"/>
        <source>Save account</source>
        <translation>Guardar cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="113"/>
        <source>Search {n} exchanges</source>
        <translation>Buscar entre {n} exchanges</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="169"/>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="134"/>
        <source>Show keys</source>
        <translation>Mostrar claves</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="174"/>
        <source>Starting balances</source>
        <translation>Saldos iniciales</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="70"/>
        <source>Stop limit</source>
        <translation>Stop límite</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="69"/>
        <source>Stop market</source>
        <translation>Stop a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="71"/>
        <source>Take profit</source>
        <translation>Take profit</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="155"/>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="332"/>
        <source>Test account</source>
        <translation>Probar cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="330"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="72"/>
        <source>Trailing stop</source>
        <translation>Stop dinámico</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="150"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Sin cambios (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="129"/>
        <source>Use the exchange's sandbox (testnet)</source>
        <translation>Usar el sandbox del exchange (testnet)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="140"/>
        <source>What the paper account starts with, and what a reset takes it back to</source>
        <translation>Con lo que empieza la cuenta simulada, y a lo que la devuelve un reinicio</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="137"/>
        <source>Where the paper account's prices come from</source>
        <translation>De dónde vienen los precios de la cuenta simulada</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="95"/>
        <source>{name} (account's public data)</source>
        <translation>{name} (datos públicos de la cuenta)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="84"/>
        <source>{name} (emulated)</source>
        <translation>{name} (emulado)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="84"/>
        <source>{name} (native)</source>
        <translation>{name} (nativo)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="96"/>
        <source>{name} (public data)</source>
        <translation>{name} (datos públicos)</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="42"/>
        <source>An account named “{label}” already exists.</source>
        <translation>Ya existe una cuenta llamada “{label}”.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="87"/>
        <source>Choose a price source from the list.</source>
        <translation>Elige una fuente de precios de la lista.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="83"/>
        <source>Choose an exchange account as the price source.</source>
        <translation>Elige una cuenta de plataforma como fuente de precios.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="50"/>
        <source>Choose an exchange from the list.</source>
        <translation>Elige una plataforma de la lista.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="61"/>
        <source>Enter the API key {exchange} gave you.</source>
        <translation>Indica la clave de API que te dio {exchange}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="64"/>
        <source>Enter the API secret {exchange} gave you.</source>
        <translation>Indica el secreto de API que te dio {exchange}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="35"/>
        <source>Give the account a name.</source>
        <translation>Ponle un nombre a la cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="37"/>
        <source>Keep the name under 120 characters.</source>
        <translation>Usa un nombre de menos de 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="167"/>
        <source>Only a database file can be moved aside or restored: check the database setting.</source>
        <translation>Solo un archivo de base de datos se puede apartar o restaurar: revisa el ajuste de la base de datos.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_reset.py" line="42"/>
        <source>Only a paper account can be reset: “{label}” trades on the exchange.</source>
        <translation>Solo una cuenta simulada puede reiniciarse: “{label}” opera en el exchange.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="97"/>
        <source>Start with at most {n} currencies.</source>
        <translation>Empiece con {n} monedas como máximo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_reset.py" line="46"/>
        <source>Stop the bots trading on “{label}” first ({n}): a reset would take their positions from under them.</source>
        <translation>Detenga antes los bots que operan en “{label}” ({n}): un reinicio les quitaría sus posiciones.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="542"/>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="151"/>
        <source>The account database could not be opened ({why}).</source>
        <translation>No se pudo abrir la base de datos de las cuentas ({why}).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="232"/>
        <source>The account “{label}” is not connected.</source>
        <translation>La cuenta “{label}” no está conectada.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="441"/>
        <source>The keyring holds no API key for “{label}”: edit the account and enter its key and secret again.</source>
        <translation>El llavero no tiene clave de API para “{label}”: edita la cuenta e introduce de nuevo su clave y secreto.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="110"/>
        <source>The starting {currency} must be more than zero.</source>
        <translation>El saldo inicial en {currency} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="518"/>
        <source>The system keyring did not answer within {seconds:.0f} s: unlock it and try again.</source>
        <translation>El llavero del sistema no respondió en {seconds:.0f} s: desbloquéalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_accounts.py" line="183"/>
        <source>Unknown price source {source!r} for “{label}”.</source>
        <translation>Fuente de precios {source!r} desconocida para “{label}”.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="106"/>
        <source>{currency} is listed twice.</source>
        <translation>{currency} aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="52"/>
        <source>{exchange} has no sandbox (testnet).</source>
        <translation>{exchange} no tiene sandbox (testnet).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="68"/>
        <source>{exchange} needs the passphrase you chose with the key.</source>
        <translation>{exchange} necesita la frase de contraseña que elegiste con la clave.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="102"/>
        <source>“{currency}” is not a currency code: letters and digits, e.g. USDT or BTC.</source>
        <translation>“{currency}” no es un código de moneda: letras y dígitos, p. ej. USDT o BTC.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/public_trades.py" line="43"/>
        <source>“{label}” offers no public trades.</source>
        <translation>“{label}” no ofrece operaciones públicas.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="92"/>
        <source>API keys are kept in the system keyring, never in Pregão's files.</source>
        <translation>Las claves de API se guardan en el llavero del sistema, nunca en los archivos de Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="352"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="72"/>
        <source>Add an exchange or paper account</source>
        <translation>Añadir una cuenta de exchange o simulada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="71"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="47"/>
        <source>Banned</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="279"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="76"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="43"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="44"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="46"/>
        <source>Degraded</source>
        <translation>Inestable</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="77"/>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="45"/>
        <source>Disconnected</source>
        <translation>Desconectada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="73"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="357"/>
        <source>Exchange and paper accounts: add keys, test, connect</source>
        <translation>Cuentas de exchange y simuladas: añadir claves, probar, conectar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="271"/>
        <source>It goes back to its starting balances ({start}). Its open orders are canceled, its positions, orders and fills are cleared. The log and the database keep a record of the reset.</source>
        <translation>Vuelve a sus saldos iniciales ({start}). Sus órdenes abiertas se cancelan; posiciones, órdenes y ejecuciones se borran. El registro y la base de datos guardan constancia del reinicio.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="249"/>
        <source>Its API key, secret and passphrase are deleted from the system keyring too.</source>
        <translation>Su clave de API, secreto y frase de contraseña también se borran del llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="140"/>
        <source>Load accounts</source>
        <translation>Cargar cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="206"/>
        <source>Load order types</source>
        <translation>Cargar tipos de orden</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="88"/>
        <source>Native: the exchange runs the order. Emulated: Pregão runs it on top of the exchange's own order types, while Pregão is running.</source>
        <translation>Nativo: el exchange ejecuta la orden. Emulado: Pregão la ejecuta sobre los tipos de orden propios del exchange, mientras Pregão está abierto.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="214"/>
        <source>Order types: {list}</source>
        <translation>Tipos de orden: {list}</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="74"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="251"/>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="75"/>
        <source>Remove the account and its keys from the keyring</source>
        <translation>Eliminar la cuenta y sus claves del llavero</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="248"/>
        <source>Remove the account “{label}”?</source>
        <translation>¿Eliminar la cuenta “{label}”?</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="278"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="274"/>
        <source>Reset paper account</source>
        <translation>Reiniciar cuenta simulada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="361"/>
        <source>Reset paper account…</source>
        <translation>Reiniciar cuenta simulada…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="270"/>
        <source>Reset the paper account “{label}”?</source>
        <translation>¿Reiniciar la cuenta simulada “{label}”?</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="78"/>
        <source>Reset…</source>
        <translation>Reiniciar…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="366"/>
        <source>Take a paper account back to its starting balances (asks first)</source>
        <translation>Devuelve una cuenta simulada a sus saldos iniciales (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="79"/>
        <source>Take a paper account back to its starting balances: open orders canceled, positions and history cleared</source>
        <translation>Devuelve una cuenta simulada a sus saldos iniciales: órdenes abiertas canceladas, posiciones e historial borrados</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="153"/>
        <source>The list of exchanges is still loading; try again.</source>
        <translation>La lista de exchanges aún se está cargando; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="165"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="291"/>
        <source>“{label}” is back to its starting balances</source>
        <translation>“{label}” volvió a sus saldos iniciales</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../desktop/shell/actions.py" line="115"/>
        <source>{key} is already used by “{label}”</source>
        <translation>{key} ya está asignado a “{label}”</translation>
    </message>
</context>
<context>
    <name>AlertChannelCommands</name>
    <message>
        <location filename="../widgets/alert_channels/__init__.py" line="37"/>
        <source>Alert channels…</source>
        <translation>Canales de alerta…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/__init__.py" line="39"/>
        <source>Where alerts go: desktop, sound, email, Telegram, Discord, Slack, webhook</source>
        <translation>Adónde van las alertas: escritorio, sonido, correo, Telegram, Discord, Slack, webhook</translation>
    </message>
</context>
<context>
    <name>AlertChannelNames</name>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="14"/>
        <source>Desktop notification</source>
        <translation>Notificación del escritorio</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="20"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="18"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="16"/>
        <source>In-app message</source>
        <translation>Mensaje en la app</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="21"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="17"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="15"/>
        <source>System tray message</source>
        <translation>Mensaje en la bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="19"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="22"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="28"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="27"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="27"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="27"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
</context>
<context>
    <name>AlertChannels</name>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="63"/>
        <source>A bot token looks like 123456789:ABC-def… (ask @BotFather).</source>
        <translation>Un token de bot tiene el formato 123456789:ABC-def… (pídalo a @BotFather).</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="65"/>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation>Elija STARTTLS, SSL o ninguna.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="60"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="61"/>
        <source>Type a port number from 1 to 65535.</source>
        <translation>Escriba un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="64"/>
        <source>Type one or more email addresses, separated by commas.</source>
        <translation>Escriba una o más direcciones de correo, separadas por comas.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="62"/>
        <source>Type the full address, starting with https://</source>
        <translation>Escriba la dirección completa, empezando por https://</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="66"/>
        <source>Unknown channel.</source>
        <translation>Canal desconocido.</translation>
    </message>
</context>
<context>
    <name>AlertChannelsDialog</name>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="187"/>
        <source> — failing</source>
        <translation> — fallando</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="70"/>
        <source>A JSON POST to your own address, with an Idempotency-Key header so a repeat can be dropped.</source>
        <translation>Un POST JSON a su propia dirección, con la cabecera Idempotency-Key para que una repetición pueda descartarse.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="61"/>
        <source>A message from Pregão's icon in the system tray.</source>
        <translation>Un mensaje del icono de Pregão en la bandeja del sistema.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="65"/>
        <source>A message from your Telegram bot to a chat. Create the bot with @BotFather; the chat id is yours or your group's.</source>
        <translation>Un mensaje de su bot de Telegram a un chat. Cree el bot con @BotFather; el id del chat es el suyo o el de su grupo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="67"/>
        <source>A message to a Discord channel through its webhook (channel settings › Integrations › Webhooks).</source>
        <translation>Un mensaje a un canal de Discord mediante su webhook (ajustes del canal › Integraciones › Webhooks).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="69"/>
        <source>A message to a Slack channel through an incoming webhook.</source>
        <translation>Un mensaje a un canal de Slack mediante un incoming webhook.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="62"/>
        <source>A short message in the corner of the Pregão window.</source>
        <translation>Un mensaje corto en la esquina de la ventana de Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="63"/>
        <source>A short sound; critical alerts sound different from warnings.</source>
        <translation>Un sonido corto; las alertas críticas suenan distinto de los avisos.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="105"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="170"/>
        <source>Alert channels</source>
        <translation>Canales de alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="64"/>
        <source>An email through your mail server (SMTP).</source>
        <translation>Un correo a través de su servidor de correo (SMTP).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="52"/>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="104"/>
        <source>Chat id</source>
        <translation>Id del chat</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="198"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="162"/>
        <source>Failing: {0}</source>
        <translation>Fallando: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="195"/>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="303"/>
        <source>Forgotten: settings and secret removed.</source>
        <translation>Olvidado: ajustes y secreto eliminados.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="101"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="112"/>
        <source>Kept in the system keyring, never in Pregão's files.</source>
        <translation>Guardado en el llavero del sistema, nunca en los archivos de Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="96"/>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo relay local)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="52"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="92"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="196"/>
        <source>Remove this channel's settings and its secret from the keyring</source>
        <translation>Quitar los ajustes de este canal y su secreto del llavero</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="95"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (puerto 465)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="94"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="194"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="279"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="272"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="99"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="192"/>
        <source>Send a test alert through this channel as typed, without saving</source>
        <translation>Enviar una alerta de prueba por este canal tal como está escrito, sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="191"/>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="283"/>
        <source>Sending a test alert…</source>
        <translation>Enviando una alerta de prueba…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="292"/>
        <source>Sent: check that it arrived in {0}.</source>
        <translation>Enviado: compruebe que llegó a {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="91"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="145"/>
        <source>Stored in the keyring: leave empty to keep it</source>
        <translation>Guardado en el llavero: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="102"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="54"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="82"/>
        <source>Use this channel</source>
        <translation>Usar este canal</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="100"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="53"/>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="59"/>
        <source>Your desktop's own notification. If it cannot be shown, the system tray message is used instead.</source>
        <translation>La notificación de su propio escritorio. Si no se puede mostrar, se usa en su lugar el mensaje de la bandeja del sistema.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="100"/>
        <source>empty: no login</source>
        <translation>vacío: sin inicio de sesión</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="102"/>
        <source>you@example.org, desk@example.org</source>
        <translation>usted@example.org, mesa@example.org</translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message>
        <location filename="../desktop/alerts/delivery/local_channels.py" line="109"/>
        <source>The desktop notification failed ({reason}); shown in the system tray</source>
        <translation>La notificación de escritorio falló ({reason}); mostrada en la bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>AlertForm</name>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="161"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="157"/>
        <source>Average of</source>
        <translation>Media de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="164"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="325"/>
        <source>Choose the symbol to watch, e.g. BTC/USDT</source>
        <translation>Elija el símbolo a vigilar, p. ej. BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="151"/>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="144"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="160"/>
        <source>Cooldown</source>
        <translation>Enfriamiento</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="82"/>
        <source>Edit alert</source>
        <translation>Editar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="126"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="146"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="153"/>
        <source>Its parameters</source>
        <translation>Sus parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="238"/>
        <source>Lower edge</source>
        <translation>Borde inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="165"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="143"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="82"/>
        <source>New alert</source>
        <translation>Nueva alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="86"/>
        <source>Optional: what the notification is titled</source>
        <translation>Opcional: el título de la notificación</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="133"/>
        <source>Optional: your own text for the notification</source>
        <translation>Opcional: su propio texto para la notificación</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="152"/>
        <source>Other indicator</source>
        <translation>Otro indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="148"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="147"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="305"/>
        <source>Parameters: numbers separated by commas, e.g. 20, 2</source>
        <translation>Parámetros: números separados por comas, p. ej. 20, 2</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="344"/>
        <source>Saving the alert</source>
        <translation>Guardando la alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="163"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="145"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="322"/>
        <source>The upper edge must be above the lower edge</source>
        <translation>El borde superior debe estar por encima del inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="149"/>
        <source>Timeframe</source>
        <translation>Marco temporal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="159"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="155"/>
        <source>Upper edge</source>
        <translation>Borde superior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="154"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="150"/>
        <source>When</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="158"/>
        <source>Which one</source>
        <translation>Cuál</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="156"/>
        <source>Within</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="111"/>
        <source>a value</source>
        <translation>un valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="240"/>
        <source>account id (empty: any)</source>
        <translation>id de la cuenta (vacío: cualquiera)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="112"/>
        <source>another indicator</source>
        <translation>otro indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="240"/>
        <source>bot id (empty: any bot)</source>
        <translation>id del bot (vacío: cualquier bot)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>histogram</source>
        <translation>histograma</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>lower</source>
        <translation>inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>middle</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="125"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="244"/>
        <source>saved model name (empty: any)</source>
        <translation>nombre del modelo guardado (vacío: cualquiera)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>signal</source>
        <translation>señal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>upper</source>
        <translation>superior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="242"/>
        <source>venue, e.g. binance (empty: any)</source>
        <translation>exchange, p. ej. binance (vacío: cualquiera)</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="117"/>
        <source>Alert channels (failing: {0})…</source>
        <translation>Canales de alerta (fallando: {0})…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="70"/>
        <source>Alert delivery</source>
        <translation>Entrega de alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="114"/>
        <source>Alerts failing: {0}</source>
        <translation>Alertas fallando: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="45"/>
        <source>If you can read this, alerts reach you here.</source>
        <translation>Si puede leer esto, las alertas le llegan aquí.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="43"/>
        <source>No Pregão window was open to show it.</source>
        <translation>No había ninguna ventana de Pregão abierta para mostrarla.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="39"/>
        <source>Pregão stopped while sending this alert and this channel cannot tell whether it arrived, so it was not sent again (no duplicate).</source>
        <translation>Pregão se detuvo mientras enviaba esta alerta y este canal no indica si llegó, así que no se volvió a enviar (sin duplicado).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="44"/>
        <source>Pregão test alert</source>
        <translation>Alerta de prueba de Pregão</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="41"/>
        <source>This channel is not set up: open Alert channels to set it up.</source>
        <translation>Este canal no está configurado: abra Canales de alerta para configurarlo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="42"/>
        <source>This channel is turned off in Alert channels.</source>
        <translation>Este canal está desactivado en Canales de alerta.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="38"/>
        <source>…and {count} more alerts:</source>
        <translation>…y {count} alertas más:</translation>
    </message>
</context>
<context>
    <name>AlertWording</name>
    <message>
        <location filename="../desktop/alerts/wording.py" line="48"/>
        <source>A risk breaker tripped on {who}</source>
        <translation>Un disyuntor de riesgo saltó en {who}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="97"/>
        <source>An order {event}</source>
        <translation>Una orden: {event}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="46"/>
        <source>Bot {who} stopped on an error</source>
        <translation>El bot {who} se detuvo por un error</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="49"/>
        <source>Connection to {who} lost</source>
        <translation>Conexión con {who} perdida</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="50"/>
        <source>Connection to {who} restored</source>
        <translation>Conexión con {who} restablecida</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="102"/>
        <source>Margin use of {who} above {value} %</source>
        <translation>Uso de margen de {who} por encima de {value} %</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="45"/>
        <source>Signal from bot {who}</source>
        <translation>Señal del bot {who}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="52"/>
        <source>The features of model {who} drifted</source>
        <translation>Las variables del modelo {who} derivaron</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="47"/>
        <source>Trading state of {who} changed</source>
        <translation>El estado de negociación de {who} cambió</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>a bot</source>
        <translation>un bot</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>a model</source>
        <translation>un modelo</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="103"/>
        <source>a venue</source>
        <translation>un exchange</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>an account</source>
        <translation>una cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="116"/>
        <source>{message} (now {value})</source>
        <translation>{message} (ahora {value})</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="18"/>
        <source>{symbol} crossed above {value}</source>
        <translation>{symbol} cruzó por encima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="19"/>
        <source>{symbol} crossed below {value}</source>
        <translation>{symbol} cruzó por debajo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="20"/>
        <source>{symbol} crossed {value}</source>
        <translation>{symbol} cruzó {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="23"/>
        <source>{symbol} entered the channel {low}–{high}</source>
        <translation>{symbol} entró en el canal {low}–{high}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="28"/>
        <source>{symbol} fell {value} % within {window} s</source>
        <translation>{symbol} bajó {value} % en {window} s</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="21"/>
        <source>{symbol} is above {value}</source>
        <translation>{symbol} está por encima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="22"/>
        <source>{symbol} is below {value}</source>
        <translation>{symbol} está por debajo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="24"/>
        <source>{symbol} left the channel {low}–{high}</source>
        <translation>{symbol} salió del canal {low}–{high}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="96"/>
        <source>{symbol} order {event}</source>
        <translation>Orden de {symbol}: {event}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="38"/>
        <source>{symbol} position P&amp;L crossed above {value}</source>
        <translation>El PyG de la posición en {symbol} cruzó por encima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="39"/>
        <source>{symbol} position P&amp;L crossed below {value}</source>
        <translation>El PyG de la posición en {symbol} cruzó por debajo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="40"/>
        <source>{symbol} position P&amp;L crossed {value}</source>
        <translation>El PyG de la posición en {symbol} cruzó {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="41"/>
        <source>{symbol} position P&amp;L is above {value}</source>
        <translation>El PyG de la posición en {symbol} está por encima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="42"/>
        <source>{symbol} position P&amp;L is below {value}</source>
        <translation>El PyG de la posición en {symbol} está por debajo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="27"/>
        <source>{symbol} rose {value} % within {window} s</source>
        <translation>{symbol} subió {value} % en {window} s</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="93"/>
        <source>{symbol} spread above {value} bps</source>
        <translation>Spread de {symbol} por encima de {value} pb</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="90"/>
        <source>{symbol} volume above {value}× its average</source>
        <translation>Volumen de {symbol} por encima de {value}× su media</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="31"/>
        <source>{symbol} {left} crossed above {right}</source>
        <translation>{symbol} {left} cruzó por encima de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="32"/>
        <source>{symbol} {left} crossed below {right}</source>
        <translation>{symbol} {left} cruzó por debajo de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="33"/>
        <source>{symbol} {left} crossed {right}</source>
        <translation>{symbol} {left} cruzó {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="34"/>
        <source>{symbol} {left} is above {right}</source>
        <translation>{symbol} {left} está por encima de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="35"/>
        <source>{symbol} {left} is below {right}</source>
        <translation>{symbol} {left} está por debajo de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="51"/>
        <source>{who} banned us for the request rate</source>
        <translation>{who} nos bloqueó por el ritmo de solicitudes</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="364"/>
        <source>A channel's upper edge must be above its lower edge.</source>
        <translation>El borde superior de un canal debe estar por encima del inferior.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/service.py" line="135"/>
        <source>An alert trigger needs an id to be delivered once</source>
        <translation>Un disparo de alerta necesita un id para entregarse una sola vez</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="224"/>
        <source>At most {limit:,} alert rules; delete some first.</source>
        <translation>Como máximo {limit:,} reglas de alerta; borra algunas antes.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="299"/>
        <source>That alert rule no longer exists.</source>
        <translation>Esa regla de alerta ya no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="244"/>
        <source>Unknown edge {edge!r}</source>
        <translation>Borde {edge!r} desconocido</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="95"/>
        <source>A price alert at the right-clicked price of the chart</source>
        <translation>Una alerta de precio en el precio del gráfico pulsado con el botón derecho</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="85"/>
        <source>Acknowledge</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="87"/>
        <source>Acknowledge all</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="42"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="93"/>
        <source>Alert here</source>
        <translation>Alerta aquí</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="201"/>
        <source>Alert set: {0} {1} {2}</source>
        <translation>Alerta creada: {0} {1} {2}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="89"/>
        <source>Alert: {0}</source>
        <translation>Alerta: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="80"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="80"/>
        <source>An armed copy of the selected alert</source>
        <translation>Una copia armada de la alerta seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="107"/>
        <source>Armed</source>
        <translation>Armada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="58"/>
        <source>At most once a minute</source>
        <translation>Como mucho una vez por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="29"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="76"/>
        <source>Change the selected alert (double-click it)</source>
        <translation>Cambiar la alerta seleccionada (doble clic en ella)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="45"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="31"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="74"/>
        <source>Create an alert on a price, an indicator, an order, a bot, risk or a connection</source>
        <translation>Crear una alerta de precio, indicador, orden, bot, riesgo o conexión</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="64"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="83"/>
        <source>Delete alert</source>
        <translation>Eliminar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="265"/>
        <source>Delete alerts</source>
        <translation>Eliminar alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="84"/>
        <source>Delete the selected alerts (their history stays)</source>
        <translation>Eliminar las alertas seleccionadas (su historial se conserva)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="266"/>
        <source>Delete {0} alert(s)? Their trigger history stays.</source>
        <translation>¿Eliminar {0} alerta(s)? Su historial de disparos se conserva.</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="101"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="69"/>
        <source>Desktop notification</source>
        <translation>Notificación de escritorio</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="108"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="78"/>
        <source>Disarm the selected alerts, or arm them again</source>
        <translation>Desarmar las alertas seleccionadas, o armarlas de nuevo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="79"/>
        <source>Duplicate alert</source>
        <translation>Duplicar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="75"/>
        <source>Edit alert…</source>
        <translation>Editar alerta…</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="70"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="77"/>
        <source>Enable/disable alert</source>
        <translation>Activar/desactivar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="107"/>
        <source>Every state</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="178"/>
        <source>Every symbol</source>
        <translation>Todos los símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="56"/>
        <source>Every time</source>
        <translation>Cada vez</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="116"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="109"/>
        <source>Expired or used up</source>
        <translation>Caducada o agotada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="43"/>
        <source>Fired</source>
        <translation>Disparos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="209"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="209"/>
        <source>History — {0} unread</source>
        <translation>Historial — {0} sin leer</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="70"/>
        <source>In-app toast</source>
        <translation>Aviso en la aplicación</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="23"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="63"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="44"/>
        <source>Last fired</source>
        <translation>Último disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="28"/>
        <source>Margin use</source>
        <translation>Uso de margen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="107"/>
        <source>Margin use above {0} %</source>
        <translation>Uso de margen por encima de {0} %</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="88"/>
        <source>Mark every trigger as read</source>
        <translation>Marcar todos los disparos como leídos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="86"/>
        <source>Mark the selected triggers as read</source>
        <translation>Marcar los disparos seleccionados como leídos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="33"/>
        <source>Model drift</source>
        <translation>Deriva de modelo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="73"/>
        <source>New alert…</source>
        <translation>Nueva alerta…</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="114"/>
        <source>No alerts yet. Create one ({0}), or right-click a price on a chart and choose “Alert here”.</source>
        <translation>Todavía no hay alertas. Cree una ({0}), o pulse con el botón derecho un precio del gráfico y elija “Alerta aquí”.</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="187"/>
        <source>No price to set an alert at yet</source>
        <translation>Todavía no hay precio para crear una alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="55"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="57"/>
        <source>Once per bar close</source>
        <translation>Una vez por cierre de vela</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="68"/>
        <source>Open a chart first</source>
        <translation>Abra un gráfico primero</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="26"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="27"/>
        <source>Position P&amp;L</source>
        <translation>PyG de la posición</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="105"/>
        <source>Position P&amp;L {0} {1}</source>
        <translation>PyG de la posición {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="21"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="22"/>
        <source>Price move</source>
        <translation>Movimiento de precio</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="92"/>
        <source>Price {0} {1}</source>
        <translation>Precio {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="94"/>
        <source>Price {0} {1} % within {2} s</source>
        <translation>Precio {0} {1} % en {2} s</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="91"/>
        <source>Price {0} {1}–{2}</source>
        <translation>Precio {0} {1}–{2}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="32"/>
        <source>Rate-limit ban</source>
        <translation>Bloqueo por exceso de peticiones</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="30"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="193"/>
        <source>Saving the alert</source>
        <translation>Guardando la alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="273"/>
        <source>Select a trigger in the history first</source>
        <translation>Seleccione primero un disparo en el historial</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="290"/>
        <source>Select an alert first</source>
        <translation>Seleccione una alerta primero</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="44"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="81"/>
        <source>Snooze alert for an hour</source>
        <translation>Posponer alerta una hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="108"/>
        <source>Snoozed</source>
        <translation>Pospuesta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>Pospuesta hasta {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="70"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="25"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="103"/>
        <source>Spread above {0} bps</source>
        <translation>Spread por encima de {0} pb</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="42"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="82"/>
        <source>The selected alerts stay quiet for an hour</source>
        <translation>Las alertas seleccionadas quedan en silencio una hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="99"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="69"/>
        <source>Tray message</source>
        <translation>Mensaje de la bandeja</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="43"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="34"/>
        <source>Unread alerts: open the alert center</source>
        <translation>Alertas sin leer: abrir el centro de alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="118"/>
        <source>Used up</source>
        <translation>Agotada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="100"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="101"/>
        <source>Volume above {0}× its average</source>
        <translation>Volumen por encima de {0}× su media</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="24"/>
        <source>Volume spike</source>
        <translation>Pico de volumen</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="63"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="72"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="46"/>
        <source>a breaker trips</source>
        <translation>salta un disyuntor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="48"/>
        <source>banned for the request rate</source>
        <translation>bloqueado por el ritmo de peticiones</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="44"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="47"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="47"/>
        <source>connection restored</source>
        <translation>conexión restablecida</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>crosses</source>
        <translation>cruza</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="39"/>
        <source>crosses above</source>
        <translation>cruza por encima de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="39"/>
        <source>crosses below</source>
        <translation>cruza por debajo de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="41"/>
        <source>enters the channel</source>
        <translation>entra en el canal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="41"/>
        <source>exits the channel</source>
        <translation>sale del canal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="135"/>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="42"/>
        <source>falls by</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="49"/>
        <source>features drifted</source>
        <translation>variables derivaron</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="43"/>
        <source>filled</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="45"/>
        <source>gives a signal</source>
        <translation>da una señal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>is above</source>
        <translation>está por encima de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>is below</source>
        <translation>está por debajo de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="43"/>
        <source>partially filled</source>
        <translation>ejecutada parcialmente</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="134"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="44"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="42"/>
        <source>rises by</source>
        <translation>sube</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="134"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="134"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="45"/>
        <source>stops on an error</source>
        <translation>se detiene por un error</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="46"/>
        <source>trading state changes</source>
        <translation>cambia el estado de negociación</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="56"/>
        <source>{0} unread alert(s)</source>
        <translation>{0} alerta(s) sin leer</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="114"/>
        <source>Fill: {side} {amount} {symbol} at {price} (fee {fee} {currency}, {liquidity}) · {account} · by {origin} · order {id}</source>
        <translation>Ejecución: {side} {amount} {symbol} a {price} (comisión {fee} {currency}, {liquidity}) · {account} · por {origin} · orden {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="51"/>
        <source>OCO</source>
        <translation>OCO</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="80"/>
        <source>Order refused: {order} · {account} · by {origin} · {reason}</source>
        <translation>Orden rechazada: {order} · {account} · por {origin} · {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="108"/>
        <source>Order {status}: {order} · {account} · by {origin} · id {id}</source>
        <translation>Orden {status}: {order} · {account} · por {origin} · id {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="105"/>
        <source>Order {status}: {order} · {account} · by {origin} · id {id} · {reason}</source>
        <translation>Orden {status}: {order} · {account} · por {origin} · id {id} · {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="141"/>
        <source>account {id}</source>
        <translation>cuenta {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="140"/>
        <source>account {label} ({id})</source>
        <translation>cuenta {label} ({id})</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="64"/>
        <source>bot {id}</source>
        <translation>bot {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="51"/>
        <source>bracket</source>
        <translation>bracket</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="40"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="44"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="39"/>
        <source>chart</source>
        <translation>gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="39"/>
        <source>engine</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="45"/>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="43"/>
        <source>filled</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="38"/>
        <source>hotkey</source>
        <translation>atajo de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="51"/>
        <source>iceberg</source>
        <translation>iceberg</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="48"/>
        <source>limit</source>
        <translation>límite</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="118"/>
        <source>maker</source>
        <translation>maker</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="38"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="48"/>
        <source>market</source>
        <translation>a mercado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="42"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="38"/>
        <source>order book</source>
        <translation>libro de órdenes</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="43"/>
        <source>partially filled</source>
        <translation>parcialmente ejecutada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="42"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="44"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="40"/>
        <source>sell</source>
        <translation>venta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="49"/>
        <source>stop limit</source>
        <translation>stop límite</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="49"/>
        <source>stop market</source>
        <translation>stop a mercado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="50"/>
        <source>take profit</source>
        <translation>take profit</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="118"/>
        <source>taker</source>
        <translation>taker</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="50"/>
        <source>trailing stop</source>
        <translation>stop dinámico</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="150"/>
        <source>{side} {amount} {symbol} {type}</source>
        <translation>{side} {amount} {symbol} {type}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="151"/>
        <source>{side} {amount} {symbol} {type} at {price}</source>
        <translation>{side} {amount} {symbol} {type} a {price}</translation>
    </message>
</context>
<context>
    <name>BacktestJob</name>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="161"/>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="209"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="167"/>
        <source>Finished in {0} s</source>
        <translation>Terminado en {0} s</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="63"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="183"/>
        <source>{0}: {1} of {2} · {3}</source>
        <translation>{0}: {1} de {2} · {3}</translation>
    </message>
</context>
<context>
    <name>BacktestML</name>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="105"/>
        <source> candles</source>
        <translation> velas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="36"/>
        <source>A Gaussian mixture over volatility and trend, refitted on past candles only; regimes are numbered calmest first. Returns and volatility are per candle.</source>
        <translation>Una mezcla gaussiana sobre volatilidad y tendencia, reajustada solo con velas pasadas; los regímenes se numeran del más tranquilo al más agitado. Rendimientos y volatilidad son por vela.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="102"/>
        <source>A new bot running the {0} strategy with this model and horizon on the chosen market</source>
        <translation>Un nuevo bot que ejecuta la estrategia {0} con este modelo y horizonte en el mercado elegido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="59"/>
        <source>ATR % of price ({0})</source>
        <translation>ATR % del precio ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="82"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="96"/>
        <source>Backtest the {0} strategy with this model and horizon: it retrains the model on a rolling window of past candles (every feature) as the backtest moves on</source>
        <translation>Hacer el backtest de la estrategia {0} con este modelo y horizonte: reentrena el modelo en una ventana móvil de velas pasadas (todas las variables) a medida que avanza el backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="121"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="116"/>
        <source>Candles kept out of training beside each test window; training rows whose label reaches into it are purged too</source>
        <translation>Velas excluidas del entrenamiento junto a cada ventana de prueba; las filas de entrenamiento cuya etiqueta llega a ella también se purgan</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="69"/>
        <source>Check drift</source>
        <translation>Comprobar deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="315"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="205"/>
        <source>Choose at least one feature</source>
        <translation>Elija al menos una variable</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="148"/>
        <source>Classifier</source>
        <translation>Clasificador</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="70"/>
        <source>Compare each feature on the chosen market's latest candles with the model's training window</source>
        <translation>Comparar cada variable en las últimas velas del mercado elegido con la ventana de entrenamiento del modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="120"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="67"/>
        <source>Day of week (cosine)</source>
        <translation>Día de la semana (coseno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="66"/>
        <source>Day of week (sine)</source>
        <translation>Día de la semana (seno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="32"/>
        <source>Detect regimes</source>
        <translation>Detectar regímenes</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="106"/>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="184"/>
        <source>Drift in {0} of {1} features on the {2}: {3}</source>
        <translation>Deriva en {0} de {1} variables en las {2}: {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="89"/>
        <source>Drifted</source>
        <translation>Derivó</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="152"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="39"/>
        <source>Ensemble (soft vote of all four)</source>
        <translation>Conjunto (voto suave de los cuatro)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="78"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="33"/>
        <source>Fit the regimes of every ticked market on its past candles only, in the chosen timeframe</source>
        <translation>Ajustar los regímenes de cada mercado marcado solo con sus velas pasadas, en el marco temporal elegido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="54"/>
        <source>Fitting the final model</source>
        <translation>Ajustando el modelo final</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="209"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Fold</source>
        <translation>Pliegue</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="151"/>
        <source>Folds</source>
        <translation>Pliegues</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="51"/>
        <source>Gathering candles…</source>
        <translation>Reuniendo velas…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="36"/>
        <source>Histogram gradient boosting</source>
        <translation>Gradient boosting por histograma</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="67"/>
        <source>Hit rate ≥ 60 %</source>
        <translation>Acierto ≥ 60 %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="68"/>
        <source>Hit rate ≥ 60 %: how often the predicted side was right when the model was at least 60 % sure</source>
        <translation>Acierto ≥ 60 %: con qué frecuencia el lado previsto acertó cuando el modelo tenía al menos un 60 % de certeza</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="142"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="122"/>
        <source>Importance</source>
        <translation>Importancia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="89"/>
        <source>KS p-value</source>
        <translation>Valor p KS</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>KS statistic</source>
        <translation>Estadístico KS</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="77"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="57"/>
        <source>Letters, digits, '.', '-' or '_'</source>
        <translation>Letras, dígitos, '.', '-' o '_'</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Log-loss</source>
        <translation>Log-loss</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="35"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="199"/>
        <source>Loss in log-loss score when shuffled</source>
        <translation>Pérdida en la puntuación de log-loss al barajar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="63"/>
        <source>MACD histogram % of price</source>
        <translation>Histograma MACD % del precio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="155"/>
        <source>Marker size follows the number of rows in the bin.</source>
        <translation>El tamaño del marcador sigue el número de filas del intervalo.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="76"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="41"/>
        <source>Mean return</source>
        <translation>Rendimiento medio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="201"/>
        <source>Measured on each fold's test rows; bars at or below zero: the model does not rely on that feature.</source>
        <translation>Medido en las filas de prueba de cada pliegue; barras en cero o por debajo: el modelo no depende de esa variable.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="76"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="102"/>
        <source>Model card</source>
        <translation>Ficha del modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="56"/>
        <source>Model name</source>
        <translation>Nombre del modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="302"/>
        <source>Model saved as {0}</source>
        <translation>Modelo guardado como {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="343"/>
        <source>Model {0} drifted on {1}: {2}</source>
        <translation>El modelo {0} derivó en {1}: {2}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="38"/>
        <source>Neural network (MLP)</source>
        <translation>Red neuronal (MLP)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="174"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="189"/>
        <source>No drift on the {0}</source>
        <translation>Sin deriva en las {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="92"/>
        <source>No model yet: choose the features, label, model and validation, then press Train.</source>
        <translation>Aún no hay modelo: elija las variables, la etiqueta, el modelo y la validación y pulse Entrenar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="86"/>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="223"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="68"/>
        <source>Order-book imbalance</source>
        <translation>Desequilibrio del libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="137"/>
        <source>Out-of-sample rows of every fold. Share that went up: {0}.</source>
        <translation>Filas fuera de muestra de todos los pliegues. Proporción que subió: {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="53"/>
        <source>Permutation importance</source>
        <translation>Importancia por permutación</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="116"/>
        <source>Predicted down</source>
        <translation>Previsto bajada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="151"/>
        <source>Predicted probability of up</source>
        <translation>Probabilidad prevista de subida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="116"/>
        <source>Predicted up</source>
        <translation>Previsto subida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="57"/>
        <source>RSI ({0})</source>
        <translation>RSI ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="37"/>
        <source>Random forest</source>
        <translation>Bosque aleatorio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="67"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="126"/>
        <source>Regimes</source>
        <translation>Regímenes</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="52"/>
        <source>Return of the last candle</source>
        <translation>Rendimiento de la última vela</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="53"/>
        <source>Return over {0} candles</source>
        <translation>Rendimiento en {0} velas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="101"/>
        <source>Run as bot…</source>
        <translation>Ejecutar como bot…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="58"/>
        <source>Save model</source>
        <translation>Guardar modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="59"/>
        <source>Save the trained model with its model card</source>
        <translation>Guardar el modelo entrenado con su ficha</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="98"/>
        <source>Saved model</source>
        <translation>Modelo guardado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="115"/>
        <source>Saved models</source>
        <translation>Modelos guardados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Share of time</source>
        <translation>Proporción del tiempo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="152"/>
        <source>Share that went up</source>
        <translation>Proporción que subió</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="44"/>
        <source>Sign of the forward return</source>
        <translation>Signo del rendimiento futuro</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="144"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="80"/>
        <source>Stop the running training at once</source>
        <translation>Detener de inmediato el entrenamiento en curso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="143"/>
        <source>Take profit</source>
        <translation>Toma de ganancias</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="141"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Test from</source>
        <translation>Prueba desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Test rows</source>
        <translation>Filas de prueba</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Test to</source>
        <translation>Prueba hasta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="97"/>
        <source>The inputs of the model; each uses past candles only</source>
        <translation>Las entradas del modelo; cada una usa solo velas pasadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="329"/>
        <source>Tick a market in the setup first</source>
        <translation>Marque primero un mercado en la configuración</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="309"/>
        <source>Tick a market in the setup to check drift on</source>
        <translation>Marque un mercado en la configuración para comprobar la deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="145"/>
        <source>Time limit</source>
        <translation>Límite de tiempo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="65"/>
        <source>Time of day (cosine)</source>
        <translation>Hora del día (coseno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="64"/>
        <source>Time of day (sine)</source>
        <translation>Hora del día (seno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="76"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="77"/>
        <source>Train and validate the model in a worker process</source>
        <translation>Entrenar y validar el modelo en un proceso auxiliar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="215"/>
        <source>Train model</source>
        <translation>Entrenar modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Train rows</source>
        <translation>Filas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="77"/>
        <source>Trained on</source>
        <translation>Entrenado con</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="45"/>
        <source>Triple barrier</source>
        <translation>Triple barrera</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="95"/>
        <source>Use as strategy</source>
        <translation>Usar como estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="78"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="41"/>
        <source>Volatility</source>
        <translation>Volatilidad</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="55"/>
        <source>Volatility over {0} candles</source>
        <translation>Volatilidad en {0} velas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="61"/>
        <source>Volume z-score ({0})</source>
        <translation>Puntuación z del volumen ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="52"/>
        <source>Walk-forward folds</source>
        <translation>Pliegues walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="113"/>
        <source>Walk-forward folds: each tests on a later block and trains on the blocks before it</source>
        <translation>Pliegues walk-forward: cada uno prueba en un bloque posterior y entrena con los bloques anteriores</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="117"/>
        <source>Went down</source>
        <translation>Bajó</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="117"/>
        <source>Went up</source>
        <translation>Subió</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="104"/>
        <source>What the model learns to predict</source>
        <translation>Lo que el modelo aprende a predecir</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="174"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="79"/>
        <source>scikit-learn</source>
        <translation>scikit-learn</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="153"/>
        <source>{0} folds, embargo {1} candles: accuracy {2}, log-loss {3}</source>
        <translation>{0} pliegues, embargo de {1} velas: exactitud {2}, log-loss {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="180"/>
        <source>{0} latest candles of {1} ({2} to {3})</source>
        <translation>{0} últimas velas de {1} ({2} a {3})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="242"/>
        <source>{0} on {1} {2}: {3} folds, {4} out-of-sample rows, accuracy {5} (share up {6}), log-loss {7}.</source>
        <translation>{0} en {1} {2}: {3} pliegues, {4} filas fuera de muestra, exactitud {5} (proporción de subida {6}), log-loss {7}.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="150"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="39"/>
        <source>{0}, {1} candles ahead</source>
        <translation>{0}, {1} velas adelante</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="42"/>
        <source>{0}: take profit {1}, stop {2}, {3} candles</source>
        <translation>{0}: toma de ganancias {1}, stop {2}, {3} velas</translation>
    </message>
</context>
<context>
    <name>BacktestOptimise</name>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="295"/>
        <source> bars</source>
        <translation> barras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="151"/>
        <source>5th percentile</source>
        <translation>Percentil 5</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="151"/>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="137"/>
        <source>A heatmap needs a strategy with two parameters.</source>
        <translation>Un mapa de calor necesita una estrategia con dos parámetros.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="86"/>
        <source>Across</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="300"/>
        <source>Anchored</source>
        <translation>Ancladas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="151"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="231"/>
        <source>Bayesian (TPE)</source>
        <translation>Bayesiana (TPE)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="260"/>
        <source>Best: {0} ({1} {2}).</source>
        <translation>Mejor: {0} ({1} {2}).</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="88"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="397"/>
        <source>Choose an objective</source>
        <translation>Elija un objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="139"/>
        <source>Choose two different parameters.</source>
        <translation>Elija dos parámetros distintos.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="224"/>
        <source>Chosen parameters</source>
        <translation>Parámetros elegidos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="174"/>
        <source>Dashed lines: the 5th, 50th and 95th percentiles.</source>
        <translation>Líneas discontinuas: percentiles 5, 50 y 95.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="107"/>
        <source>Double-click a set to backtest it</source>
        <translation>Haga doble clic en un conjunto para hacer el backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="144"/>
        <source>Each cell: the best {0} over the other parameters; empty: no ranked set</source>
        <translation>Cada celda: el mejor {0} entre los demás parámetros; vacía: ningún conjunto clasificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="47"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="208"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="89"/>
        <source>Fixed</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="61"/>
        <source>Gathering candles…</source>
        <translation>Reuniendo velas…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="232"/>
        <source>Genetic</source>
        <translation>Genética</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="229"/>
        <source>Grid: every set</source>
        <translation>Cuadrícula: todos los conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="123"/>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="102"/>
        <source>Highest value to try</source>
        <translation>Valor más alto a probar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="239"/>
        <source>How many distinct parameter sets to try</source>
        <translation>Cuántos conjuntos de parámetros distintos probar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="318"/>
        <source>How many resampled trade sequences to simulate</source>
        <translation>Cuántas secuencias remuestreadas de operaciones simular</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="226"/>
        <source>IS return</source>
        <translation>Rentabilidad DM</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="225"/>
        <source>IS {0}</source>
        <translation>DM {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="303"/>
        <source>In-sample</source>
        <translation>Dentro de muestra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="221"/>
        <source>In-sample from</source>
        <translation>Dentro de muestra desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="46"/>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="101"/>
        <source>Lowest value to try</source>
        <translation>Valor más bajo a probar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="76"/>
        <source>Max drawdown {0} over the limit {1}</source>
        <translation>Drawdown máximo {0} por encima del límite de {1}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="136"/>
        <source>Max drawdown, %</source>
        <translation>Drawdown máximo, %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="267"/>
        <source>Max. drawdown</source>
        <translation>Drawdown máx.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="151"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="237"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="258"/>
        <source>Min. trades</source>
        <translation>Mín. de operaciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="312"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="161"/>
        <source>Monte Carlo skipped: there were no trades to resample.</source>
        <translation>Monte Carlo omitido: no hubo operaciones que remuestrear.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="116"/>
        <source>No optimisation yet: choose the ranges and press Optimise.</source>
        <translation>Aún no hay optimización: elija los rangos y pulse Optimizar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="258"/>
        <source>No set met the constraints.</source>
        <translation>Ningún conjunto cumplió las restricciones.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="223"/>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="229"/>
        <source>OOS max drawdown</source>
        <translation>Drawdown máx. FM</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="228"/>
        <source>OOS return</source>
        <translation>Rentabilidad FM</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="230"/>
        <source>OOS trades</source>
        <translation>Operaciones FM</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="227"/>
        <source>OOS {0}</source>
        <translation>FM {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="251"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="85"/>
        <source>Optimise</source>
        <translation>Optimizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="290"/>
        <source>Optimise on each in-sample window, then trade the winner on the next, unseen window</source>
        <translation>Optimizar en cada ventana dentro de muestra y operar el ganador en la ventana siguiente, no vista</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="58"/>
        <source>Out-of-sample</source>
        <translation>Fuera de muestra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="222"/>
        <source>Out-of-sample from</source>
        <translation>Fuera de muestra desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="66"/>
        <source>Parameter across</source>
        <translation>Parámetro en horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="122"/>
        <source>Parameter sets</source>
        <translation>Conjuntos de parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="67"/>
        <source>Parameter up</source>
        <translation>Parámetro en vertical</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="205"/>
        <source>Parameters to try</source>
        <translation>Parámetros a probar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="70"/>
        <source>Point at a cell to read its value</source>
        <translation>Señale una celda para leer su valor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="112"/>
        <source>Put the selected set's parameters in the form and backtest them</source>
        <translation>Llevar los parámetros del conjunto seleccionado al formulario y hacer el backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="230"/>
        <source>Random sets</source>
        <translation>Conjuntos aleatorios</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="88"/>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="44"/>
        <source>Ranked</source>
        <translation>Clasificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="45"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="313"/>
        <source>Resample the trades (of the best set, or out-of-sample with walk-forward) to see how much their order mattered</source>
        <translation>Remuestrear las operaciones (del mejor conjunto o, con walk-forward, las fuera de muestra) para ver cuánto importó su orden</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="299"/>
        <source>Rolling</source>
        <translation>Móviles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="301"/>
        <source>Rolling: a fixed-length in-sample window moves forward; anchored: every in-sample window starts at the first bar</source>
        <translation>Móviles: una ventana dentro de muestra de longitud fija avanza; ancladas: cada ventana dentro de muestra empieza en la primera barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="135"/>
        <source>Run an optimisation to see the map.</source>
        <translation>Ejecute una optimización para ver el mapa.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="110"/>
        <source>Run this set</source>
        <translation>Ejecutar este conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="89"/>
        <source>Runs</source>
        <translation>Simulaciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="225"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="276"/>
        <source>Select a parameter set first</source>
        <translation>Seleccione primero un conjunto de parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="247"/>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="265"/>
        <source>Sets that draw down further are shown but not ranked (0: no limit)</source>
        <translation>Los conjuntos con mayor drawdown se muestran, pero no se clasifican (0: sin límite)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="257"/>
        <source>Sets with fewer trades are shown but not ranked</source>
        <translation>Los conjuntos con menos operaciones se muestran, pero no se clasifican</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="135"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="103"/>
        <source>Step between the values tried</source>
        <translation>Paso entre los valores probados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="91"/>
        <source>Stop the running optimisation at once</source>
        <translation>Detener de inmediato la optimización en curso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="87"/>
        <source>Sweep the strategy's parameters in a worker process</source>
        <translation>Barrer los parámetros de la estrategia en un proceso de trabajo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="62"/>
        <source>Sweeping parameter sets</source>
        <translation>Barriendo conjuntos de parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="282"/>
        <source>That strategy is no longer listed</source>
        <translation>Esa estrategia ya no figura en la lista</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="177"/>
        <source>The highest value is below the lowest</source>
        <translation>El valor más alto es inferior al más bajo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="250"/>
        <source>The metric the sets are ranked by</source>
        <translation>La métrica con la que se clasifican los conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="241"/>
        <source>The same seed draws the same sets (and Monte Carlo runs)</source>
        <translation>La misma semilla extrae los mismos conjuntos (y simulaciones de Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="175"/>
        <source>The step must be above zero</source>
        <translation>El paso debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="104"/>
        <source>The value every set uses</source>
        <translation>El valor que usan todos los conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="214"/>
        <source>This strategy has no parameters to optimise.</source>
        <translation>Esta estrategia no tiene parámetros que optimizar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="124"/>
        <source>Tick Monte Carlo before optimising to see it here.</source>
        <translation>Marque Monte Carlo antes de optimizar para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="33"/>
        <source>Tick Walk-forward before optimising to see it here.</source>
        <translation>Marque Walk-forward antes de optimizar para verlo aquí.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="135"/>
        <source>Total return, %</source>
        <translation>Rentabilidad total, %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="90"/>
        <source>Try a range of values, or keep this parameter fixed</source>
        <translation>Probar un rango de valores o mantener fijo este parámetro</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="233"/>
        <source>Try every combination, a seeded random sample of them, or let Bayesian (Optuna's TPE) or genetic search choose each batch of sets from the results so far</source>
        <translation>Prueba todas las combinaciones, una muestra aleatoria con semilla, o deja que la búsqueda bayesiana (TPE de Optuna) o genética elija cada lote de conjuntos según los resultados hasta ahora</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="88"/>
        <source>Up</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="289"/>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="63"/>
        <source>Walk-forward windows</source>
        <translation>Ventanas de walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="137"/>
        <source>Why not ranked</source>
        <translation>Por qué no se clasificó</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="220"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="305"/>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="436"/>
        <source>again in each walk-forward window</source>
        <translation>de nuevo en cada ventana de walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="59"/>
        <source>anchored</source>
        <translation>ancladas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="263"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="53"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="95"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="59"/>
        <source>rolling</source>
        <translation>móviles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="244"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="168"/>
        <source>the best set's trades</source>
        <translation>las operaciones del mejor conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="167"/>
        <source>the out-of-sample trades</source>
        <translation>las operaciones fuera de muestra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="223"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="166"/>
        <source>{0} = {1}, {2} = {3}: {4} {5}</source>
        <translation>{0} = {1}, {2} = {3}: {4} {5}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="431"/>
        <source>{0} of {1} parameter sets, chosen from the results so far</source>
        <translation>{0} de {1} conjuntos de parámetros, elegidos según los resultados hasta ahora</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="428"/>
        <source>{0} of {1} parameter sets, drawn at random</source>
        <translation>{0} de {1} conjuntos de parámetros, extraídos al azar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="434"/>
        <source>{0} parameter sets</source>
        <translation>{0} conjuntos de parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="171"/>
        <source>{0} runs, each drawing {1} trades at random (with replacement) from {2}. Chance of ending below the starting capital: {3}</source>
        <translation>{0} simulaciones, cada una extrayendo al azar {1} operaciones (con reemplazo) de {2}. Probabilidad de terminar por debajo del capital inicial: {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="253"/>
        <source>{0} sets on {1} {2}: {3} ranked, {4} rejected, {5} invalid, {6} failed.</source>
        <translation>{0} conjuntos en {1} {2}: {3} clasificados, {4} rechazados, {5} inválidos, {6} fallidos.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="72"/>
        <source>{0} trades, fewer than the minimum {1}</source>
        <translation>{0} operaciones, menos que el mínimo de {1}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="62"/>
        <source>{0} windows ({1}, {2} in-sample / {3} out-of-sample bars). Stitched out-of-sample: {4} {5}, {6} {7}, {8} {9}</source>
        <translation>{0} ventanas ({1}, {2} barras dentro de muestra / {3} fuera de muestra). Fuera de muestra, encadenado: {4} {5}, {6} {7}, {8} {9}</translation>
    </message>
</context>
<context>
    <name>BacktestPanel</name>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="176"/>
        <source> bps</source>
        <translation> bps</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="413"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="197"/>
        <source>% of equity</source>
        <translation>% del patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="168"/>
        <source>Account and costs</source>
        <translation>Cuenta y costos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="196"/>
        <source>All in</source>
        <translation>Todo el capital</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="51"/>
        <source>Annual return (CAGR)</source>
        <translation>Rentabilidad anual (CAGR)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="67"/>
        <source>Average loss</source>
        <translation>Pérdida media</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="66"/>
        <source>Average win</source>
        <translation>Ganancia media</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="92"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="51"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="245"/>
        <source>Backtest runs</source>
        <translation>Ejecuciones de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="61"/>
        <source>Backtest the chosen strategy in a worker process</source>
        <translation>Hacer el backtest de la estrategia elegida en un proceso aparte</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="399"/>
        <source>Backtest the selected parameter set</source>
        <translation>Hacer backtest del conjunto de parámetros seleccionado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="131"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="84"/>
        <source>Built-in strategies, then the Python files in your strategies folder</source>
        <translation>Estrategias integradas y, después, los archivos Python de su carpeta de estrategias</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="52"/>
        <source>Buy &amp; hold return</source>
        <translation>Rentabilidad buy &amp; hold</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="61"/>
        <source>CVaR 95 % (per bar)</source>
        <translation>CVaR 95 % (por barra)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="58"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="63"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="70"/>
        <source>Cancel backtest</source>
        <translation>Cancelar backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="417"/>
        <source>Cancel model training</source>
        <translation>Cancelar entrenamiento del modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="391"/>
        <source>Cancel optimisation</source>
        <translation>Cancelar optimización</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="117"/>
        <source>Candle file (CSV or Parquet)</source>
        <translation>Archivo de velas (CSV o Parquet)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="426"/>
        <source>Candle file to backtest</source>
        <translation>Archivo de velas para el backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="145"/>
        <source>Candles are resampled from one minute to this timeframe</source>
        <translation>Las velas de un minuto se reagrupan en esta temporalidad</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="174"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="327"/>
        <source>Capital must be above zero</source>
        <translation>El capital debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="317"/>
        <source>Choose a candle file</source>
        <translation>Elija un archivo de velas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="310"/>
        <source>Choose a strategy</source>
        <translation>Elija una estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="87"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="359"/>
        <source>Compare backtest runs</source>
        <translation>Comparar ejecuciones de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="262"/>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="363"/>
        <source>Compare the two runs selected in the backtest run list</source>
        <translation>Comparar las dos ejecuciones seleccionadas en la lista de ejecuciones del backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="112"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="151"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="139"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="278"/>
        <source>Delete runs</source>
        <translation>Eliminar ejecuciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="140"/>
        <source>Delete the selected runs from disk</source>
        <translation>Eliminar del disco las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="236"/>
        <source>Double-click a trade to see it on the focused chart</source>
        <translation>Haga doble clic en una operación para verla en el gráfico activo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="41"/>
        <source>Drawdown %</source>
        <translation>Drawdown %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="134"/>
        <source>End of data</source>
        <translation>Fin de los datos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="116"/>
        <source>Engine markets (demo or replay)</source>
        <translation>Mercados del motor (demo o repetición)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="222"/>
        <source>Enter a number</source>
        <translation>Introduzca un número</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Entry price</source>
        <translation>P. entrada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="40"/>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="57"/>
        <source>Equity, % of start</source>
        <translation>Patrimonio, % del inicial</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Exit price</source>
        <translation>P. salida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="143"/>
        <source>Exit reason</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="65"/>
        <source>Expectancy per trade</source>
        <translation>Expectativa por operación</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="70"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="179"/>
        <source>Fee on limit orders, in basis points (10 bps = 0.1 %)</source>
        <translation>Comisión en órdenes límite, en puntos básicos (10 bps = 0,1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="182"/>
        <source>Fee on market orders, in basis points (10 bps = 0.1 %)</source>
        <translation>Comisión en órdenes de mercado, en puntos básicos (10 bps = 0,1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="138"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="194"/>
        <source>Fill at</source>
        <translation>Ejecutar en</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="72"/>
        <source>Final equity</source>
        <translation>Patrimonio final</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="226"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primero los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="198"/>
        <source>Fixed quantity</source>
        <translation>Cantidad fija</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="161"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="38"/>
        <source>Gathering candles…</source>
        <translation>Reuniendo velas…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="69"/>
        <source>Largest loss</source>
        <translation>Mayor pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="68"/>
        <source>Largest win</source>
        <translation>Mayor ganancia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="124"/>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="55"/>
        <source>Longest drawdown (bars)</source>
        <translation>Drawdown más largo (barras)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="54"/>
        <source>Longest drawdown (days)</source>
        <translation>Drawdown más largo (días)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="91"/>
        <source>Machine learning</source>
        <translation>Aprendizaje automático</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="183"/>
        <source>Maker fee</source>
        <translation>Comisión maker</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="53"/>
        <source>Max drawdown</source>
        <translation>Drawdown máximo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="87"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="191"/>
        <source>Next bar's open</source>
        <translation>Apertura de la siguiente barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="228"/>
        <source>No results yet: set up a backtest and press Run.</source>
        <translation>Aún no hay resultados: configure un backtest y presione Ejecutar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="236"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="135"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="297"/>
        <source>Open a chart to see the trade</source>
        <translation>Abra un gráfico para ver la operación</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="254"/>
        <source>Open run</source>
        <translation>Abrir ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="89"/>
        <source>Optimise</source>
        <translation>Optimizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="383"/>
        <source>Optimise strategy parameters</source>
        <translation>Optimizar parámetros de la estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>P&amp;L</source>
        <translation>G/P</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="206"/>
        <source>Position size</source>
        <translation>Tamaño de la posición</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="187"/>
        <source>Price moved against each market fill, in basis points</source>
        <translation>Movimiento del precio en contra de cada orden de mercado ejecutada, en puntos básicos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="64"/>
        <source>Profit factor</source>
        <translation>Factor de beneficio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="403"/>
        <source>Put the parameter set selected in the optimisation results in the form and backtest it</source>
        <translation>Llevar al formulario el conjunto de parámetros seleccionado en los resultados de la optimización y hacer el backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="379"/>
        <source>Read the strategies folder again (new, changed or fixed files)</source>
        <translation>Volver a leer la carpeta de estrategias (archivos nuevos, modificados o corregidos)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="210"/>
        <source>Reload strategies</source>
        <translation>Recargar estrategias</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="367"/>
        <source>Reset strategy parameters</source>
        <translation>Restablecer parámetros de la estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="96"/>
        <source>Reset to defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="85"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Return</source>
        <translation>Rentabilidad</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="133"/>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="199"/>
        <source>Risk % of equity to the stop</source>
        <translation>Riesgo % del patrimonio hasta el stop</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="208"/>
        <source>Risk sizing needs a strategy that sets a stop-loss; without one no trade opens.</source>
        <translation>El dimensionamiento por riesgo requiere una estrategia que fije un stop-loss; sin él no se abre ninguna operación.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="60"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Run at</source>
        <translation>Ejecutado el</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="232"/>
        <source>Run backtest</source>
        <translation>Ejecutar backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="91"/>
        <source>Run {0}</source>
        <translation>Ejecución {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="39"/>
        <source>Running in a worker process…</source>
        <translation>Ejecutando en un proceso aparte…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="86"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="268"/>
        <source>Select exactly two runs to compare</source>
        <translation>Seleccione exactamente dos ejecuciones para comparar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="309"/>
        <source>Select two runs in the Runs tab and press Compare.</source>
        <translation>Seleccione dos ejecuciones en la pestaña Ejecuciones y presione Comparar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="138"/>
        <source>Select two runs to compare them side by side</source>
        <translation>Seleccione dos ejecuciones para compararlas lado a lado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="97"/>
        <source>Set every parameter back to the strategy's default</source>
        <translation>Devolver todos los parámetros al valor predeterminado de la estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="371"/>
        <source>Set the backtest strategy's parameters back to their defaults</source>
        <translation>Devolver los parámetros de la estrategia del backtest a sus valores predeterminados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="65"/>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="56"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="124"/>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="136"/>
        <source>Show the selected run's results</source>
        <translation>Mostrar los resultados de la ejecución seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="129"/>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="192"/>
        <source>Signal bar's close</source>
        <translation>Cierre de la barra de la señal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="188"/>
        <source>Slippage</source>
        <translation>Deslizamiento</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="57"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="119"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="173"/>
        <source>Starting cash, shared by every symbol of the run</source>
        <translation>Efectivo inicial, compartido por todos los símbolos de la ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="71"/>
        <source>Starting equity</source>
        <translation>Patrimonio inicial</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="355"/>
        <source>Stop the running backtest at once</source>
        <translation>Detener de inmediato el backtest en curso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="421"/>
        <source>Stop the running model training at once</source>
        <translation>Detener de inmediato el entrenamiento del modelo en curso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="395"/>
        <source>Stop the running parameter optimisation at once</source>
        <translation>Detener de inmediato la optimización de parámetros en curso</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="130"/>
        <source>Stop-loss</source>
        <translation>Stop-loss</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="208"/>
        <source>Strategies reloaded</source>
        <translation>Estrategias recargadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="387"/>
        <source>Sweep the backtest strategy's parameters (grid or random search)</source>
        <translation>Barrer los parámetros de la estrategia del backtest (búsqueda en cuadrícula o aleatoria)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="323"/>
        <source>Symbols of one run must come from the same market</source>
        <translation>Los símbolos de una ejecución deben ser del mismo mercado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="131"/>
        <source>Take-profit</source>
        <translation>Take-profit</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="184"/>
        <source>Taker fee</source>
        <translation>Comisión taker</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="329"/>
        <source>The size must be above zero</source>
        <translation>El tamaño debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="325"/>
        <source>The start must be before the end</source>
        <translation>El inicio debe ser anterior al final</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="312"/>
        <source>This strategy file does not load; fix it and press Reload</source>
        <translation>Este archivo de estrategia no se carga; corríjalo y presione Recargar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="71"/>
        <source>This strategy has no parameters.</source>
        <translation>Esta estrategia no tiene parámetros.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="321"/>
        <source>Tick at least one symbol</source>
        <translation>Marque al menos un símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="122"/>
        <source>Tick one symbol, or several to trade them together from one cash account</source>
        <translation>Marque un símbolo, o varios para operarlos juntos desde una sola cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Timeframe</source>
        <translation>Temporalidad</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="162"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="226"/>
        <source>Too large: the highest allowed is {0}</source>
        <translation>Demasiado grande: el máximo permitido es {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="224"/>
        <source>Too small: the lowest allowed is {0}</source>
        <translation>Demasiado pequeño: el mínimo permitido es {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="50"/>
        <source>Total return</source>
        <translation>Rentabilidad total</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="62"/>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="132"/>
        <source>Trailing stop</source>
        <translation>Trailing stop</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="408"/>
        <source>Train a machine-learning model</source>
        <translation>Entrenar un modelo de aprendizaje automático</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="412"/>
        <source>Train and validate the classifier set up in the backtest dock's Machine learning view</source>
        <translation>Entrenar y validar el clasificador configurado en la vista Aprendizaje automático del panel de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="60"/>
        <source>VaR 95 % (per bar)</source>
        <translation>VaR 95 % (por barra)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="90"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="59"/>
        <source>Volatility (annual)</source>
        <translation>Volatilidad (anual)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="193"/>
        <source>When a signal decided at a bar's close is filled</source>
        <translation>Cuándo se ejecuta una señal generada al cierre de una barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="148"/>
        <source>Whole history</source>
        <translation>Historial completo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="63"/>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="141"/>
        <source>at least {0}</source>
        <translation>como mínimo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="139"/>
        <source>at most {0}</source>
        <translation>como máximo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="130"/>
        <source>timestamp, open, high, low, close, volume</source>
        <translation>timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="226"/>
        <source>{0} (your strategy)</source>
        <translation>{0} (su estrategia)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="291"/>
        <source>{0} is not an open market; open its file in Replay to chart it</source>
        <translation>{0} no es un mercado abierto; abra su archivo en Repetición para verlo en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="163"/>
        <source>{0} stored runs</source>
        <translation>{0} ejecuciones guardadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="224"/>
        <source>{0} — failed to load</source>
        <translation>{0} — error al cargar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="266"/>
        <source>{0} — {1} to {2}, {3} bars</source>
        <translation>{0} — de {1} a {2}, {3} barras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="99"/>
        <source>{0}; capital {1}, fees {2}/{3} bps, slippage {4} bps, sizing {5}</source>
        <translation>{0}; capital {1}, comisiones {2}/{3} bps, deslizamiento {4} bps, tamaño {5}</translation>
    </message>
</context>
<context>
    <name>Backtests</name>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="136"/>
        <source>A backtest job {job} already exists</source>
        <translation>Ya existe un backtest {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="81"/>
        <source>An optimisation job {job} already exists</source>
        <translation>Ya existe una optimización {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="211"/>
        <source>Choose at least one symbol</source>
        <translation>Elige al menos un símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="146"/>
        <source>Monte Carlo runs must be between 0 and {limit:,}</source>
        <translation>Las simulaciones de Monte Carlo deben estar entre 0 y {limit:,}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="93"/>
        <source>No optimisation result {job_id!r} (finished long ago?)</source>
        <translation>Ningún resultado de optimización {job_id!r} (¿terminó hace mucho?)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="207"/>
        <source>No such file: {data_file}</source>
        <translation>No existe el archivo: {data_file}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="39"/>
        <source>Not a backtest run id: {run_id!r}</source>
        <translation>No es un id de backtest: {run_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="124"/>
        <source>Random search needs at least 1 set</source>
        <translation>La búsqueda aleatoria necesita al menos 1 conjunto</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="126"/>
        <source>Say how many parameter sets the search tries</source>
        <translation>Indique cuántos conjuntos de parámetros prueba la búsqueda</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="86"/>
        <source>The backtest run file {path} is unreadable: {exc}</source>
        <translation>El archivo del backtest {path} es ilegible: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="83"/>
        <source>The backtest run {run_id} is no longer stored in {folder}</source>
        <translation>El backtest {run_id} ya no está guardado en {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="139"/>
        <source>The drawdown limit must be above 0 and at most 100 %</source>
        <translation>El límite de drawdown debe ser mayor que 0 y como máximo 100 %</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="130"/>
        <source>The grid has {size:,} parameter sets (limit {limit:,}); narrow the ranges or use random search</source>
        <translation>La cuadrícula tiene {size:,} conjuntos de parámetros (límite {limit:,}); reduce los rangos o usa la búsqueda aleatoria</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="136"/>
        <source>The minimum trades must not be negative</source>
        <translation>El mínimo de operaciones no puede ser negativo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="225"/>
        <source>The sizing value must be a positive number</source>
        <translation>El valor del dimensionamiento debe ser un número positivo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="204"/>
        <source>The start date must be before the end date</source>
        <translation>La fecha de inicio debe ser anterior a la de fin</translation>
    </message>
    <message>
        <location filename="../desktop/engine/worker_jobs.py" line="59"/>
        <source>The {worker} worker process stopped unexpectedly</source>
        <translation>El proceso de trabajo {worker} se detuvo inesperadamente</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="220"/>
        <source>Unknown fill mode {fill!r}</source>
        <translation>Modo de ejecución {fill!r} desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="110"/>
        <source>Unknown objective {objective!r}</source>
        <translation>Objetivo {objective!r} desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="121"/>
        <source>Unknown search method {method!r}</source>
        <translation>Método de búsqueda desconocido {method!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="222"/>
        <source>Unknown sizing {sizing!r}</source>
        <translation>Dimensionamiento {sizing!r} desconocido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="189"/>
        <source>Unknown strategy {strategy!r}</source>
        <translation>Estrategia {strategy!r} desconocida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="186"/>
        <source>Unknown strategy {strategy!r} (files that failed to load: {files})</source>
        <translation>Estrategia {strategy!r} desconocida (archivos que no se cargaron: {files})</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="200"/>
        <source>Unknown timeframe {timeframe!r}</source>
        <translation>Temporalidad {timeframe!r} desconocida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="143"/>
        <source>Walk-forward windows need at least 2 bars each</source>
        <translation>Las ventanas de walk-forward necesitan al menos 2 barras cada una</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_worker.py" line="150"/>
        <source>Walk-forward: {exc}</source>
        <translation>Walk-forward: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_worker.py" line="35"/>
        <source>{name} no longer defines {strategy!r}</source>
        <translation>{name} ya no define {strategy!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="216"/>
        <source>{symbols} is not a market of {venue}</source>
        <translation>{symbols} no es un mercado de {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_worker.py" line="88"/>
        <source>{symbol} has {count} {timeframe} candles in the chosen dates; a backtest needs at least 2</source>
        <translation>{symbol} tiene {count} velas de {timeframe} en las fechas elegidas; un backtest necesita al menos 2</translation>
    </message>
</context>
<context>
    <name>Bots</name>
    <message>
        <location filename="../desktop/engine/bots/port.py" line="66"/>
        <source>Canceled by its bot.</source>
        <translation>Cancelada por su bot.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="559"/>
        <source>Choose at least one symbol for the bot.</source>
        <translation>Elige al menos un símbolo para el bot.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="331"/>
        <source>Could not start: {why}</source>
        <translation>No se pudo iniciar: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="187"/>
        <source>Created: {strategy} {params} on {symbols} {timeframe}</source>
        <translation>Creado: {strategy} {params} en {symbols} {timeframe}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="210"/>
        <source>Entries paused: exits and protective orders still managed</source>
        <translation>Entradas en pausa: las salidas y las órdenes de protección se siguen gestionando</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="197"/>
        <source>Entries resumed</source>
        <translation>Entradas reanudadas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="425"/>
        <source>No candles from the venue now: {why}</source>
        <translation>Sin velas de la plataforma ahora: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="247"/>
        <source>Parameters changed to {params}</source>
        <translation>Parámetros cambiados a {params}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="214"/>
        <source>Start the bot first: a stopped bot takes no entries anyway.</source>
        <translation>Inicia el bot antes: un bot detenido no hace entradas de todos modos.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="265"/>
        <source>Stop the bot before deleting it.</source>
        <translation>Detén el bot antes de borrarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="232"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="230"/>
        <source>Stopped and flattened</source>
        <translation>Detenido y cerrado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="220"/>
        <source>Stopped by an error in the strategy: {error}</source>
        <translation>Detenido por un error en la estrategia: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="541"/>
        <source>That bot no longer exists.</source>
        <translation>Ese bot ya no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="552"/>
        <source>The account has no market {symbol}.</source>
        <translation>La cuenta no tiene el mercado {symbol}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="536"/>
        <source>The bots are still loading; try again in a moment.</source>
        <translation>Los bots aún se están cargando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="269"/>
        <source>This bot still holds a position or has working orders: stop and flatten it before deleting it.</source>
        <translation>Este bot aún tiene una posición u órdenes activas: detenlo y ciérralo antes de borrarlo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="318"/>
        <source>Waiting for its account to connect</source>
        <translation>Esperando a que su cuenta se conecte</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="321"/>
        <source>Warming up on {count} candles</source>
        <translation>Calentando con {count} velas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="66"/>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="66"/>
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="279"/>
        <source>{symbol}: could not cancel order {id}: {why}</source>
        <translation>{symbol}: no se pudo cancelar la orden {id}: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="306"/>
        <source>{symbol}: no price to size the entry on; skipped</source>
        <translation>{symbol}: sin precio para dimensionar la entrada; omitida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="394"/>
        <source>{symbol}: price {last:g} is already past the stop {stop:g}</source>
        <translation>{symbol}: el precio {last:g} ya superó el stop {stop:g}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="293"/>
        <source>{symbol}: short entry skipped (this bot does not sell short)</source>
        <translation>{symbol}: entrada en corto omitida (este bot no vende en corto)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="496"/>
        <source>{symbol}: {left:g} left, less than the smallest order ({least:g}): counted as flat</source>
        <translation>{symbol}: quedan {left:g}, menos que la orden mínima ({least:g}): se cuenta como sin posición</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="288"/>
        <source>{symbol}: {side} entry skipped (entries are paused)</source>
        <translation>{symbol}: entrada en {side} omitida (las entradas están en pausa)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="316"/>
        <source>{symbol}: {side} entry skipped: the sizing rule {sizing!r} gives no amount with {cash:g} {quote}</source>
        <translation>{symbol}: entrada en {side} omitida: la regla de dimensionamiento {sizing!r} no da cantidad con {cash:g} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="447"/>
        <source>{symbol}: {side} {kind} {amount:g} refused: {why}</source>
        <translation>{symbol}: {side} {kind} {amount:g} rechazada: {why}</translation>
    </message>
</context>
<context>
    <name>BotsDock</name>
    <message>
        <location filename="../widgets/bots/__init__.py" line="83"/>
        <source>A bot with the parameter set selected in the optimisation results</source>
        <translation>Un bot con el conjunto de parámetros seleccionado en los resultados de la optimización</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="80"/>
        <source>A bot with the strategy, parameters and market of the shown backtest result</source>
        <translation>Un bot con la estrategia, los parámetros y el mercado del backtest mostrado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="71"/>
        <source>A stopped copy with the same settings</source>
        <translation>Una copia detenida con la misma configuración</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="84"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="73"/>
        <source>As in pregao backtest --size: all, pct=P, fixed=Q, risk=R, vol=V, kelly=F</source>
        <translation>Como en pregao backtest --size: all, pct=P, fixed=Q, risk=R, vol=V, kelly=F</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="183"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="74"/>
        <source>Bot log</source>
        <translation>Registro del bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="186"/>
        <source>Bot trades</source>
        <translation>Operaciones del bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="76"/>
        <source>Bot trades on the chart</source>
        <translation>Operaciones del bot en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="54"/>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="69"/>
        <source>Change the selected bot's strategy parameters</source>
        <translation>Cambia los parámetros de la estrategia del bot seleccionado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="96"/>
        <source>Create bot</source>
        <translation>Crear bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="72"/>
        <source>Delete bot</source>
        <translation>Eliminar bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="233"/>
        <source>Delete bots</source>
        <translation>Eliminar bots</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="233"/>
        <source>Delete {0} bot(s)? Their trades stay in the journal.</source>
        <translation>¿Eliminar {0} bot(s)? Sus operaciones quedan en el diario.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="70"/>
        <source>Duplicate bot</source>
        <translation>Duplicar bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="251"/>
        <source>Edit bot</source>
        <translation>Editar bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="54"/>
        <source>Edit bot parameters</source>
        <translation>Editar parámetros del bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="68"/>
        <source>Edit parameters…</source>
        <translation>Editar parámetros…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="160"/>
        <source>Enter at least one symbol, e.g. BTC/USDT.</source>
        <translation>Indique al menos un símbolo, por ejemplo BTC/USDT.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="31"/>
        <source>Entries paused</source>
        <translation>Entradas en pausa</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="33"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="52"/>
        <source>Flat</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>Last signal</source>
        <translation>Última señal</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="77"/>
        <source>Mark the selected bot's fills on the chart</source>
        <translation>Marca en el gráfico las ejecuciones del bot seleccionado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="82"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="76"/>
        <source>Needs an account that can sell what it does not hold (a spot paper account cannot)</source>
        <translation>Requiere una cuenta que pueda vender lo que no tiene (una cuenta de simulación al contado no puede)</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="54"/>
        <source>New bot</source>
        <translation>Nuevo bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="56"/>
        <source>New bot…</source>
        <translation>Nuevo bot…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="72"/>
        <source>No bots yet. Create one ({0}), or run a backtest result as a bot from the backtest dock.</source>
        <translation>Aún no hay bots. Cree uno ({0}) o ejecute un resultado de backtest como bot desde el panel de backtest.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="62"/>
        <source>No new entries; exits, stops and targets are still managed</source>
        <translation>Sin nuevas entradas; salidas, stops y objetivos siguen gestionados</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="68"/>
        <source>One or more symbols, separated by commas</source>
        <translation>Uno o más símbolos, separados por comas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="73"/>
        <source>Only a stopped bot with no position and no working orders</source>
        <translation>Solo un bot detenido, sin posición y sin órdenes activas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="39"/>
        <source>Open a backtest result first</source>
        <translation>Abra primero un resultado de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/bots/chart_trades.py" line="45"/>
        <source>Open a chart to see the bot's trades</source>
        <translation>Abra un gráfico para ver las operaciones del bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>Open orders</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="58"/>
        <source>Optional: a name to tell it apart</source>
        <translation>Opcional: un nombre para distinguirlo</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="108"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="60"/>
        <source>Pause entries</source>
        <translation>Pausar entradas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="73"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="39"/>
        <source>Protect</source>
        <translation>Protección</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="74"/>
        <source>Realised P&amp;L</source>
        <translation>P&amp;L realizado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="57"/>
        <source>Run a strategy as a bot on an account</source>
        <translation>Ejecutar una estrategia como bot en una cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="81"/>
        <source>Run the selected set as a bot…</source>
        <translation>Ejecutar el conjunto seleccionado como bot…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="78"/>
        <source>Run this backtest as a bot…</source>
        <translation>Ejecutar este backtest como bot…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="30"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="96"/>
        <source>Save parameters</source>
        <translation>Guardar parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="184"/>
        <source>Select a bot first</source>
        <translation>Seleccione primero un bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="78"/>
        <source>Select a bot to read its log.</source>
        <translation>Seleccione un bot para leer su registro.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="48"/>
        <source>Select a parameter set in the optimisation results first</source>
        <translation>Seleccione primero un conjunto de parámetros en los resultados de la optimización</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="87"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="58"/>
        <source>Start bot</source>
        <translation>Iniciar bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="73"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="65"/>
        <source>Stop and flatten</source>
        <translation>Detener y cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="63"/>
        <source>Stop bot</source>
        <translation>Detener bot</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="64"/>
        <source>Stop deciding; its protective orders keep working</source>
        <translation>Deja de decidir; sus órdenes de protección siguen activas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="222"/>
        <source>Stop {0} bot(s), cancel their orders and close their positions at market?</source>
        <translation>¿Detener {0} bot(s), cancelar sus órdenes y cerrar sus posiciones a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="67"/>
        <source>Stop, cancel its orders and close its positions at market</source>
        <translation>Detiene, cancela sus órdenes y cierra sus posiciones a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="32"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="83"/>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="85"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="75"/>
        <source>Take short entries</source>
        <translation>Tomar entradas cortas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="75"/>
        <source>The selected bot's log (double-click a bot)</source>
        <translation>El registro del bot seleccionado (doble clic en un bot)</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="86"/>
        <source>Timeframe</source>
        <translation>Temporalidad</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="75"/>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="74"/>
        <source>Unrealised P&amp;L</source>
        <translation>P&amp;L no realizado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="59"/>
        <source>Warm up and run the selected bots, or take entries again</source>
        <translation>Calienta y ejecuta los bots seleccionados, o vuelve a tomar entradas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="29"/>
        <source>Warming up</source>
        <translation>Calentando</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="75"/>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="54"/>
        <source>dust {0}</source>
        <translation>residuo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="64"/>
        <source>paper</source>
        <translation>simulación</translation>
    </message>
    <message>
        <location filename="../widgets/bots/chart_trades.py" line="54"/>
        <source>{0} has no trades in {1} yet</source>
        <translation>{0} aún no tiene operaciones en {1}</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="101"/>
        <source>{name}: {strategy} on {symbols} {timeframe}. A running bot warms up again with the new parameters.</source>
        <translation>{name}: {strategy} en {symbols} {timeframe}. Un bot en marcha vuelve a calentar con los nuevos parámetros.</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <location filename="../widgets/chart/readout.py" line="64"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../widgets/chart/readout.py" line="62"/>
        <source>H</source>
        <translation>Máx</translation>
    </message>
    <message>
        <location filename="../widgets/chart/readout.py" line="63"/>
        <source>L</source>
        <translation>Mín</translation>
    </message>
    <message>
        <location filename="../widgets/chart/readout.py" line="61"/>
        <source>O</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/chart/readout.py" line="65"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_panes.py" line="274"/>
        <source>{0} needs {1} candles; this timeframe has {2}</source>
        <translation>{0} necesita {1} velas; este intervalo tiene {2}</translation>
    </message>
</context>
<context>
    <name>ChartDrawings</name>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="69"/>
        <source>A price alert at the selected horizontal line</source>
        <translation>Una alerta de precio en la línea horizontal seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="67"/>
        <source>Alert at this line</source>
        <translation>Alerta en esta línea</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="267"/>
        <source>Click a drawing to select it first</source>
        <translation>Haga clic en un dibujo para seleccionarlo primero</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="59"/>
        <source>Delete drawing</source>
        <translation>Eliminar dibujo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="61"/>
        <source>Delete the selected drawing (Delete on the chart does it too)</source>
        <translation>Elimina el dibujo seleccionado (Supr en el gráfico también)</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="270"/>
        <source>Deleting the drawing</source>
        <translation>Eliminando el dibujo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="283"/>
        <source>Deleting the drawings</source>
        <translation>Eliminando los dibujos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="57"/>
        <source>Draw on the focused chart: {0} (Escape cancels)</source>
        <translation>Dibujar en el gráfico activo: {0} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="54"/>
        <source>Draw: {0}</source>
        <translation>Dibujar: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="168"/>
        <source>Drawing cancelled</source>
        <translation>Dibujo cancelado</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="78"/>
        <source>Drawing tools</source>
        <translation>Herramientas de dibujo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Fibonacci retracement</source>
        <translation>Retroceso de Fibonacci</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Horizontal line</source>
        <translation>Línea horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="144"/>
        <source>No candles to draw on yet</source>
        <translation>Aún no hay velas para dibujar</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="44"/>
        <source>Open a chart first</source>
        <translation>Abra un gráfico primero</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Ray</source>
        <translation>Rayo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="63"/>
        <source>Remove all drawings</source>
        <translation>Quitar todos los dibujos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="278"/>
        <source>Remove all {0} drawing(s) of {1}?</source>
        <translation>¿Quitar los {0} dibujo(s) de {1}?</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="65"/>
        <source>Remove every drawing of the focused chart's symbol</source>
        <translation>Quita todos los dibujos del símbolo del gráfico activo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="296"/>
        <source>Saving the drawing</source>
        <translation>Guardando el dibujo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="289"/>
        <source>Select a horizontal line first</source>
        <translation>Seleccione una línea horizontal primero</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="223"/>
        <source>Text to show on the chart:</source>
        <translation>Texto a mostrar en el gráfico:</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="274"/>
        <source>This chart has no drawings</source>
        <translation>Este gráfico no tiene dibujos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Trend line</source>
        <translation>Línea de tendencia</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="153"/>
        <source>{0}: click on the chart to place it (Escape cancels)</source>
        <translation>{0}: haga clic en el gráfico para colocarlo (Esc cancela)</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../widgets/chart_grid.py" line="116"/>
        <source>A symbol chosen on one live chart shows on every live chart</source>
        <translation>Un símbolo elegido en un gráfico en vivo se muestra en todos los gráficos en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="117"/>
        <source>A timeframe chosen on one live chart applies to every live chart</source>
        <translation>Un intervalo elegido en un gráfico en vivo se aplica a todos los gráficos en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="104"/>
        <source>Chart grid: 1 chart</source>
        <translation>Cuadrícula de gráficos: 1 gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="104"/>
        <source>Chart grid: 2 charts side by side</source>
        <translation>Cuadrícula de gráficos: 2 gráficos lado a lado</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="105"/>
        <source>Chart grid: 2×2 charts</source>
        <translation>Cuadrícula de gráficos: 2×2 gráficos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="111"/>
        <source>Lay the live charts out in this grid (opening charts if needed)</source>
        <translation>Disponer los gráficos en vivo en esta cuadrícula (abriendo gráficos si hace falta)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="115"/>
        <source>Link charts: crosshair</source>
        <translation>Vincular gráficos: cruz del cursor</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="114"/>
        <source>Link charts: symbol</source>
        <translation>Vincular gráficos: símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="114"/>
        <source>Link charts: timeframe</source>
        <translation>Vincular gráficos: intervalo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="118"/>
        <source>The crosshair's time shows on every live chart</source>
        <translation>La hora de la cruz del cursor se muestra en todos los gráficos en vivo</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../widgets/chart_panel.py" line="348"/>
        <source>Add, edit or remove the focused chart's indicators</source>
        <translation>Añadir, editar o quitar los indicadores del gráfico activo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="102"/>
        <source>Add, edit or remove this chart's indicators</source>
        <translation>Añadir, editar o quitar los indicadores de este gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="53"/>
        <source>Candles</source>
        <translation>Velas</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="63"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="107"/>
        <source>Chart type</source>
        <translation>Tipo de gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="355"/>
        <source>Chart type: {0}</source>
        <translation>Tipo de gráfico: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="360"/>
        <source>Draw the focused chart as {0}</source>
        <translation>Dibujar el gráfico enfocado como {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="53"/>
        <source>Heikin-Ashi</source>
        <translation>Heikin-Ashi</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="99"/>
        <source>Indicators…</source>
        <translation>Indicadores…</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="53"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="134"/>
        <source>Loading symbols</source>
        <translation>Cargando símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="169"/>
        <source>Loading {0}</source>
        <translation>Cargando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="323"/>
        <source>Show the focused chart in {0} candles</source>
        <translation>Mostrar el gráfico activo en velas de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="78"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/chart/toolbar_fit.py" line="42"/>
        <source>Timeframe</source>
        <translation>Temporalidad</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="92"/>
        <source>Timeframe {0}</source>
        <translation>Temporalidad {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="335"/>
        <source>Toggle {0}</source>
        <translation>Activar/desactivar {0}</translation>
    </message>
</context>
<context>
    <name>ChartRegimes</name>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="54"/>
        <source>Per-regime statistics (per candle):</source>
        <translation>Estadísticas por régimen (por vela):</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="143"/>
        <source>Regime</source>
        <translation>Régimen</translation>
    </message>
    <message>
        <location filename="../widgets/chart_regimes.py" line="77"/>
        <source>Regime band</source>
        <translation>Banda de regímenes</translation>
    </message>
    <message>
        <location filename="../widgets/chart_regimes.py" line="105"/>
        <source>Show or hide the market regimes (calm, normal, turbulent) under the focused chart</source>
        <translation>Mostrar u ocultar los regímenes de mercado (tranquilo, normal, turbulento) bajo el gráfico enfocado</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="34"/>
        <source>regime {0}</source>
        <translation>régimen {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>turbulent</source>
        <translation>turbulento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="31"/>
        <source>warming up</source>
        <translation>calentando</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="56"/>
        <source>{0}: {1} of the time, mean return {2}, volatility {3}</source>
        <translation>{0}: {1} del tiempo, rendimiento medio {2}, volatilidad {3}</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="120"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="197"/>
        <source>Run this command?</source>
        <translation>¿Ejecutar este comando?</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="128"/>
        <source>Type a command…</source>
        <translation>Escriba un comando…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="198"/>
        <source>“{typed}” matched “{command}”. Run it?</source>
        <translation>“{typed}” coincide con “{command}”. ¿Ejecutarlo?</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="112"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="111"/>
        <source>An unexpected error stopped an action: {0}: {1}</source>
        <translation>Un error inesperado detuvo una acción: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="92"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="66"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="58"/>
        <source>Pregão keeps running; if the window misbehaves, restart it.</source>
        <translation>Pregão sigue funcionando; si la ventana se comporta de forma extraña, reinícielo.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="56"/>
        <source>The details were written to the log file {0}.</source>
        <translation>Los detalles se escribieron en el archivo de registro {0}.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="57"/>
        <source>There is no log file; copy the details to keep them.</source>
        <translation>No hay archivo de registro; copie los detalles para conservarlos.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="86"/>
        <source>{0} unexpected errors; the latest: {1}</source>
        <translation>{0} errores inesperados; el más reciente: {1}</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../desktop/data/candle_files.py" line="283"/>
        <source>a file without a header needs at least {count} columns ({columns}); found {found}</source>
        <translation>un archivo sin cabecera necesita al menos {count} columnas ({columns}); encontradas {found}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="152"/>
        <source>amount {value} is not positive</source>
        <translation>la cantidad {value} no es positiva</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="341"/>
        <source>column {key!r} appears twice</source>
        <translation>la columna {key!r} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="580"/>
        <source>duplicate timestamp {when}: the row before has the same time</source>
        <translation>marca de tiempo duplicada {when}: la fila anterior tiene la misma hora</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="98"/>
        <source>high {high} is below low {low}</source>
        <translation>el máximo {high} está por debajo del mínimo {low}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="380"/>
        <source>missing column {col!r}</source>
        <translation>falta la columna {col!r}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="249"/>
        <source>not a readable CSV file: {exc}</source>
        <translation>no es un archivo CSV legible: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="300"/>
        <source>not a readable Parquet file: {exc}</source>
        <translation>no es un archivo Parquet legible: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="269"/>
        <source>not a well-formed CSV file: {exc}</source>
        <translation>no es un archivo CSV bien formado: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="150"/>
        <source>price {value} is not positive</source>
        <translation>el precio {value} no es positivo</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="157"/>
        <source>side {text!r} is neither buy nor sell</source>
        <translation>el lado {text!r} no es buy ni sell</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="216"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="81"/>
        <source>the file has no candles</source>
        <translation>el archivo no tiene velas</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="125"/>
        <source>the file has no trades</source>
        <translation>el archivo no tiene operaciones</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="233"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../desktop/data/funding.py" line="46"/>
        <source>the {column} column has {rows} rows for {candles} candles</source>
        <translation>la columna {column} tiene {rows} filas para {candles} velas</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="485"/>
        <source>timestamp is empty</source>
        <translation>la marca de tiempo está vacía</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="470"/>
        <source>timestamp is missing</source>
        <translation>falta la marca de tiempo</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="504"/>
        <source>timestamp is missing or NaN</source>
        <translation>falta la marca de tiempo o es NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="540"/>
        <source>timestamp {text!r} is after 2100</source>
        <translation>la marca de tiempo {text!r} es posterior a 2100</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="509"/>
        <source>timestamp {text!r} is after 2100 in any unit</source>
        <translation>la marca de tiempo {text!r} es posterior a 2100 en cualquier unidad</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="506"/>
        <source>timestamp {text!r} is before 1970</source>
        <translation>la marca de tiempo {text!r} es anterior a 1970</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="501"/>
        <source>timestamp {text!r} is not a finite number</source>
        <translation>la marca de tiempo {text!r} no es un número finito</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="488"/>
        <source>timestamp {text!r} is not a number or ISO-8601 date</source>
        <translation>la marca de tiempo {text!r} no es un número ni una fecha ISO-8601</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="574"/>
        <source>timestamps not increasing: {when} after {before}</source>
        <translation>marcas de tiempo no crecientes: {when} después de {before}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="222"/>
        <source>unsupported file type {suffix!r}; use .csv or .parquet</source>
        <translation>tipo de archivo {suffix!r} no admitido; usa .csv o .parquet</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="97"/>
        <source>volume {value} is negative</source>
        <translation>el volumen {value} es negativo</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="446"/>
        <source>{col} is NaN</source>
        <translation>{col} es NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="443"/>
        <source>{col} is empty</source>
        <translation>{col} está vacío</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="426"/>
        <source>{col} is infinite ({value})</source>
        <translation>{col} es infinito ({value})</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="425"/>
        <source>{col} is missing or NaN</source>
        <translation>falta {col} o es NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="444"/>
        <source>{col} {text!r} is not a number</source>
        <translation>{col} {text!r} no es un número</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="101"/>
        <source>{col} {value} is above high {high}</source>
        <translation>{col} {value} está por encima del máximo {high}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="104"/>
        <source>{col} {value} is below low {low}</source>
        <translation>{col} {value} está por debajo del mínimo {low}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="95"/>
        <source>{col} {value} is not a positive price</source>
        <translation>{col} {value} no es un precio positivo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../desktop/storage/db.py" line="264"/>
        <source>Not saved: the database cannot be written (a read-only file or disk). Make it writable and try again.</source>
        <translation>No guardado: la base de datos no se puede escribir (un archivo o disco de solo lectura). Hazla escribible e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/db.py" line="256"/>
        <source>Not saved: the database is locked by another program (a database tool, a backup, another Pregão). Close it and try again.</source>
        <translation>No guardado: la base de datos está bloqueada por otro programa (una herramienta de bases de datos, una copia de seguridad, otro Pregão). Ciérralo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/db.py" line="260"/>
        <source>Not saved: the disk holding the database is full. Free some space and try again.</source>
        <translation>No guardado: el disco de la base de datos está lleno. Libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="197"/>
        <source>The backup {backup} does not exist.</source>
        <translation>La copia de seguridad {backup} no existe.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="94"/>
        <source>The data folder {folder} cannot be used ({why}).</source>
        <translation>La carpeta de datos {folder} no se puede usar ({why}).</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="137"/>
        <source>The database {path} cannot be opened ({exc}).</source>
        <translation>La base de datos {path} no se puede abrir ({exc}).</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <location filename="../widgets/database_recovery.py" line="107"/>
        <source>Backups beside the file (newest first):</source>
        <translation>Copias de seguridad junto al archivo (la más reciente primero):</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="133"/>
        <source>Close Pregão and leave the file as it is</source>
        <translation>Cerrar Pregão y dejar el archivo como está</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="194"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="84"/>
        <source>Database problem</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="90"/>
        <source>Details: {message}</source>
        <translation>Detalles: {message}</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="110"/>
        <source>Open backup…</source>
        <translation>Abrir copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="126"/>
        <source>Open the same file again (after closing the other program, freeing space or making the folder writable)</source>
        <translation>Abrir el mismo archivo de nuevo (después de cerrar el otro programa, liberar espacio o hacer escribible la carpeta)</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="131"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="119"/>
        <source>Rename the file beside itself and start a new, empty database</source>
        <translation>Renombrar el archivo en el mismo lugar y empezar una base de datos nueva y vacía</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="117"/>
        <source>Start fresh (move the old file aside)</source>
        <translation>Empezar de cero (apartar el archivo antiguo)</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="53"/>
        <source>The data folder of {path} is read-only: Pregão cannot save orders or settings there. Make it writable (its permissions, or a disk mounted read-only), or start Pregão with --database pointing at a writable place, then try again.</source>
        <translation>La carpeta de datos de {path} es de solo lectura: Pregão no puede guardar órdenes ni ajustes allí. Hágala escribible (sus permisos, o un disco montado como solo lectura), o inicie Pregão con --database apuntando a un lugar escribible, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="204"/>
        <source>The database is open again.</source>
        <translation>La base de datos vuelve a estar abierta.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="68"/>
        <source>The database {path} cannot be opened.</source>
        <translation>La base de datos {path} no se puede abrir.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="65"/>
        <source>The database {path} could not be upgraded to this version of Pregão. It was left unchanged; a copy was saved as {backup}.</source>
        <translation>La base de datos {path} no se pudo actualizar a esta versión de Pregão. No se modificó; se guardó una copia como {backup}.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="46"/>
        <source>The database {path} is damaged. It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>La base de datos {path} está dañada. Se dejó como está: abra una copia de seguridad o empiece de cero con una base de datos nueva (el archivo dañado se conserva al lado).</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="49"/>
        <source>The database {path} is locked by another program (another Pregão window or a database tool). Close it and try again, or start fresh with a new database (the locked file is kept beside it).</source>
        <translation>La base de datos {path} está bloqueada por otro programa (otra ventana de Pregão o una herramienta de bases de datos). Ciérrelo e inténtelo de nuevo, o empiece de cero con una base de datos nueva (el archivo bloqueado se conserva al lado).</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="61"/>
        <source>The database {path} was written by a newer version of Pregão. It was left unchanged (a copy is kept as {backup}): open it with that version, or start fresh with a new database.</source>
        <translation>La base de datos {path} fue escrita por una versión más nueva de Pregão. Se dejó sin cambios (se conserva una copia como {backup}): ábrala con esa versión, o empiece de cero con una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="58"/>
        <source>The disk holding the database {path} is full: Pregão cannot save orders. Free some space on it, then try again.</source>
        <translation>El disco que contiene la base de datos {path} está lleno: Pregão no puede guardar órdenes. Libere espacio en él y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="108"/>
        <source>There is no backup beside the file.</source>
        <translation>No hay ninguna copia de seguridad junto al archivo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="124"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="112"/>
        <source>Use the chosen backup; the current file is renamed beside it, nothing is deleted</source>
        <translation>Usar la copia elegida; el archivo actual se renombra a su lado, no se borra nada</translation>
    </message>
</context>
<context>
    <name>DockManager</name>
    <message>
        <location filename="../desktop/shell/docks.py" line="376"/>
        <source>A workspace name cannot be empty or contain slashes.</source>
        <translation>El nombre del espacio de trabajo no puede estar vacío ni contener barras.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/docks.py" line="384"/>
        <source>There is no workspace named “{name}”.</source>
        <translation>No existe ningún espacio de trabajo llamado “{name}”.</translation>
    </message>
</context>
<context>
    <name>Drawings</name>
    <message>
        <location filename="../desktop/core/drawings.py" line="68"/>
        <source>A drawing needs a symbol.</source>
        <translation>Un dibujo necesita un símbolo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="66"/>
        <source>A drawing needs an id of at most 32 characters.</source>
        <translation>Un dibujo necesita un id de 32 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="74"/>
        <source>A drawing's price must be a number.</source>
        <translation>El precio de un dibujo debe ser un número.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="78"/>
        <source>A drawing's text is limited to {0} characters.</source>
        <translation>El texto de un dibujo está limitado a {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="76"/>
        <source>A text drawing needs some text.</source>
        <translation>Un dibujo de texto necesita algún texto.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="70"/>
        <source>This drawing needs {0} point(s), not {1}.</source>
        <translation>Este dibujo necesita {0} punto(s), no {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="64"/>
        <source>Unknown drawing tool {0}.</source>
        <translation>Herramienta de dibujo desconocida: {0}.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../desktop/engine/engine.py" line="304"/>
        <source>No market data source named {venue!r} is open</source>
        <translation>No hay ninguna fuente de datos de mercado llamada {venue!r} abierta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/engine.py" line="297"/>
        <source>Unknown replay command {command!r}</source>
        <translation>Comando de replay {command!r} desconocido</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/core/errors.py" line="148"/>
        <source>The data folder {folder} is read-only: Pregão cannot save orders or settings there. Make it writable (its permissions, or a disk mounted read-only), or start Pregão with --database pointing at a writable place, then try again.</source>
        <translation>La carpeta de datos {folder} es de solo lectura: Pregão no puede guardar órdenes ni ajustes en ella. Hazla escribible (sus permisos, o un disco montado como solo lectura), o inicia Pregão con --database apuntando a un lugar escribible, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="133"/>
        <source>The database {path} could not be upgraded to this version of Pregão ({detail}). It was left unchanged; a copy was saved as {backup}.</source>
        <translation>La base de datos {path} no se pudo actualizar a esta versión de Pregão ({detail}). Quedó sin cambios; se guardó una copia como {backup}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="99"/>
        <source>The database {path} is damaged ({detail}). It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>La base de datos {path} está dañada ({detail}). Se dejó tal cual: abre una copia de seguridad o empieza de cero con una base de datos nueva (el archivo dañado se guarda al lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="103"/>
        <source>The database {path} is damaged. It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>La base de datos {path} está dañada. Se dejó tal cual: abre una copia de seguridad o empieza de cero con una base de datos nueva (el archivo dañado se guarda al lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="117"/>
        <source>The database {path} is locked by another program (another Pregão window or a database tool). Close it and try again, or start fresh with a new database (the locked file is kept beside it).</source>
        <translation>La base de datos {path} está bloqueada por otro programa (otra ventana de Pregão o una herramienta de bases de datos). Ciérralo e inténtalo de nuevo, o empieza de cero con una base de datos nueva (el archivo bloqueado se guarda al lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="178"/>
        <source>The database {path} was written by a newer version of Pregão (schema {revision}). It was left unchanged (a copy is kept as {backup}): open it with that version, or start fresh with a new database.</source>
        <translation>La base de datos {path} la escribió una versión más nueva de Pregão (esquema {revision}). Quedó sin cambios (se guarda una copia como {backup}): ábrela con esa versión o empieza de cero con una base de datos nueva.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="163"/>
        <source>The disk holding the database {path} is full: Pregão cannot save orders. Free some space on it, then try again.</source>
        <translation>El disco de la base de datos {path} está lleno: Pregão no puede guardar órdenes. Libera espacio en él e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="26"/>
        <source>{path} (row {row}): {problem}</source>
        <translation>{path} (fila {row}): {problem}</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="193"/>
        <source>Cannot reach {exchange}: check the internet connection.</source>
        <translation>No se puede alcanzar {exchange}: compruebe la conexión a internet.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="212"/>
        <source>Could not reach {exchange}: {detail}</source>
        <translation>No se pudo conectar con {exchange}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="236"/>
        <source>Insufficient balance on {exchange} for this order.</source>
        <translation>Saldo insuficiente en {exchange} para esta orden.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="281"/>
        <source>No API key for {exchange}: add one in Settings &gt; Exchanges to trade or see balances</source>
        <translation>No hay clave de API para {exchange}: añade una en Configuración &gt; Plataformas para operar o ver saldos</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="196"/>
        <source>The connection to {exchange} dropped.</source>
        <translation>Se cortó la conexión con {exchange}.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="255"/>
        <source>The {name} connection is closed</source>
        <translation>La conexión con {name} está cerrada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="58"/>
        <source>The {what} order may or may not have been placed: {failure} Looking it up failed too ({lookup}); it will be checked again when {exchange} answers (client id {id}).</source>
        <translation>La orden de {what} puede o no haberse colocado: {failure} La consulta también falló ({lookup}); se comprobará de nuevo cuando {exchange} responda (id de cliente {id}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="73"/>
        <source>The {what} order may or may not have been placed: {failure} {exchange} does not show it yet, but the request could still arrive until {until}; it is being checked (client id {id}). Do not send it again.</source>
        <translation>La orden de {what} puede o no haberse colocado: {failure} {exchange} aún no la muestra, pero la solicitud aún podría llegar hasta {until}; se está comprobando (id de cliente {id}). No la envíes de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="66"/>
        <source>The {what} order was not placed: {failure} {exchange} has no order with client id {id}, asked twice after the request could no longer be accepted; it is safe to send again.</source>
        <translation>La orden de {what} no se colocó: {failure} {exchange} no tiene ninguna orden con el id de cliente {id}, consultado dos veces cuando la solicitud ya no podía aceptarse; es seguro enviarla de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="228"/>
        <source>banned until {until}</source>
        <translation>bloqueado hasta {until}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="166"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="100"/>
        <source>ccxt does not know the exchange {exchange_id!r}</source>
        <translation>ccxt no conoce la plataforma {exchange_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="134"/>
        <source>connection restored</source>
        <translation>conexión restablecida</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="236"/>
        <source>rate limited, retrying in {wait:.0f} s</source>
        <translation>límite de solicitudes, se reintenta en {wait:.0f} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="167"/>
        <source>sell</source>
        <translation>venta</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="218"/>
        <source>the ban has ended</source>
        <translation>el bloqueo terminó</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="214"/>
        <source>the {stream} WebSocket stream failed ({why}); polling over REST every {every:g} s</source>
        <translation>el flujo WebSocket de {stream} falló ({why}); consultando por REST cada {every:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="232"/>
        <source>the {stream} stream reconnected</source>
        <translation>el flujo de {stream} se reconectó</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="221"/>
        <source>the {stream} stream was interrupted ({why}); reconnecting</source>
        <translation>el flujo de {stream} se interrumpió ({why}); reconectando</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="154"/>
        <source>{exchange} answered with an error: {detail}</source>
        <translation>{exchange} respondió con un error: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="184"/>
        <source>{exchange} did not answer within {timeout:g} s.</source>
        <translation>{exchange} no respondió en {timeout:g} s.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="186"/>
        <source>{exchange} did not answer.</source>
        <translation>{exchange} no respondió.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="241"/>
        <source>{exchange} does not know this order.</source>
        <translation>{exchange} no conoce esta orden.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="250"/>
        <source>{exchange} does not list this market: {detail}</source>
        <translation>{exchange} no lista este mercado: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="260"/>
        <source>{exchange} does not support this: {detail}</source>
        <translation>{exchange} no admite esto: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="61"/>
        <source>{exchange} does not take {type} orders</source>
        <translation>{exchange} no acepta órdenes {type}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="63"/>
        <source>{exchange} has banned this IP address for sending too many requests; no request will be sent until {until}.</source>
        <translation>{exchange} bloqueó esta dirección IP por exceso de solicitudes; no se enviará ninguna solicitud hasta {until}.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="120"/>
        <source>{exchange} has no sandbox/testnet in ccxt</source>
        <translation>{exchange} no tiene sandbox/testnet en ccxt</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="135"/>
        <source>{exchange} has no {symbol} order with client id {client_order_id}</source>
        <translation>{exchange} no tiene ninguna orden de {symbol} con el id de cliente {client_order_id}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="120"/>
        <source>{exchange} has no {symbol} order {order_id}</source>
        <translation>{exchange} no tiene la orden {order_id} de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="176"/>
        <source>{exchange} is limiting our request rate.</source>
        <translation>{exchange} está limitando nuestra tasa de solicitudes.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="177"/>
        <source>{exchange} is limiting our request rate; retrying after {wait:g} s.</source>
        <translation>{exchange} está limitando nuestra tasa de solicitudes; se reintenta en {wait:g} s.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="125"/>
        <source>{exchange} is not answering ({failures} failed requests in a row); requests are paused, the next try is in {left:.0f} s</source>
        <translation>{exchange} no responde ({failures} solicitudes fallidas seguidas); las solicitudes están en pausa, el próximo intento es en {left:.0f} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="200"/>
        <source>{exchange} is temporarily unavailable (HTTP {code}).</source>
        <translation>{exchange} no está disponible por el momento (HTTP {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="202"/>
        <source>{exchange} is temporarily unavailable.</source>
        <translation>{exchange} no está disponible por el momento.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="148"/>
        <source>{exchange} is temporarily unavailable: {detail}</source>
        <translation>{exchange} no está disponible por el momento: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_market_data.py" line="133"/>
        <source>{exchange} offers no public trades stream</source>
        <translation>{exchange} no ofrece flujo de operaciones públicas</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="230"/>
        <source>{exchange} refused the API credentials: {detail}</source>
        <translation>{exchange} rechazó las credenciales de la API: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="255"/>
        <source>{exchange} refused the request: {detail}</source>
        <translation>{exchange} rechazó la solicitud: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="227"/>
        <source>{exchange} rejected the API key: check the key, its IP whitelist and that it may trade.</source>
        <translation>{exchange} rechazó la clave de API: revisa la clave, su lista de IP permitidas y que pueda operar.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="245"/>
        <source>{exchange} rejected the order: {detail}</source>
        <translation>{exchange} rechazó la orden: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="224"/>
        <source>{exchange} rejected the request signature: check the API secret in File &gt; Accounts….</source>
        <translation>{exchange} rechazó la firma de la solicitud: revisa el secreto de la API en Archivo &gt; Cuentas….</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="217"/>
        <source>{exchange} rejected the request time: this computer's clock differs from the exchange's ({detail}).</source>
        <translation>{exchange} rechazó la hora de la solicitud: el reloj de este equipo difiere del de la plataforma ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="207"/>
        <source>{exchange} sent an answer that could not be read (cut off or not JSON).</source>
        <translation>{exchange} envió una respuesta ilegible (cortada o no JSON).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="119"/>
        <source>{exchange}: trying one request</source>
        <translation>{exchange}: probando una solicitud</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="144"/>
        <source>{failures} failed requests in a row ({why}); pausing {pause:g} s</source>
        <translation>{failures} solicitudes fallidas seguidas ({why}); pausa de {pause:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="147"/>
        <source>{failures} failed requests in a row; pausing {pause:g} s</source>
        <translation>{failures} solicitudes fallidas seguidas; pausa de {pause:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="111"/>
        <source>{order} on {symbol} cannot be looked up: {why}</source>
        <translation>{order} en {symbol} no se puede consultar: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="166"/>
        <source>{side} {amount:g} {symbol}</source>
        <translation>{side} de {amount:g} {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_derivatives.py" line="115"/>
        <source>{symbol} is not a margined market: it has no leverage</source>
        <translation>{symbol} no es un mercado con margen: no tiene apalancamiento</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_derivatives.py" line="125"/>
        <source>{symbol} is not a margined market: it has no margin mode</source>
        <translation>{symbol} no es un mercado con margen: no tiene modo de margen</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_market_data.py" line="56"/>
        <source>{symbol} is not a market on {exchange}</source>
        <translation>{symbol} no es un mercado en {exchange}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_orders.py" line="41"/>
        <source>{type} orders are not sent to exchanges directly</source>
        <translation>Las órdenes {type} no se envían directamente a las plataformas</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="126"/>
        <source>A trading terminal for crypto markets: charts, order entry, paper trading and backtests.</source>
        <translation>Un terminal de trading para mercados cripto: gráficos, entrada de órdenes, trading simulado y backtests.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="121"/>
        <source>About Pregão</source>
        <translation>Acerca de Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="83"/>
        <source>Change any key in Settings › Keyboard shortcuts.</source>
        <translation>Cambie cualquier tecla en Configuración › Atajos de teclado.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="57"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="136"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="54"/>
        <source>Keyboard cheat sheet</source>
        <translation>Chuleta de atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="57"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="136"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="137"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="104"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="97"/>
        <source>About Pregão</source>
        <translation>Acerca de Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="60"/>
        <source>Buy and sell on the paper account (pretend money, real prices) or on an exchange you connect. Every field is checked before anything is sent.</source>
        <translation>Compre y venda en la cuenta simulada (dinero ficticio, precios reales) o en un exchange que conecte. Cada campo se comprueba antes de enviar nada.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="52"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="66"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="96"/>
        <source>Every command that has a key</source>
        <translation>Todos los comandos que tienen tecla</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="94"/>
        <source>Keyboard cheat sheet</source>
        <translation>Chuleta de atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="53"/>
        <source>Live candles with volume. Scroll to zoom, drag to pan, pick the timeframe at the top; {0} opens another chart.</source>
        <translation>Velas en vivo con volumen. Desplace para hacer zoom, arrastre para moverse, elija el marco temporal arriba; {0} abre otro gráfico.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="63"/>
        <source>Monitors</source>
        <translation>Monitores</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="64"/>
        <source>Open orders, positions, order history, fills and balances share these tabs. Right-click a row to cancel, modify or close.</source>
        <translation>Órdenes abiertas, posiciones, historial de órdenes, ejecuciones y saldos comparten estas pestañas. Haga clic derecho en una fila para cancelar, modificar o cerrar.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="59"/>
        <source>Order entry</source>
        <translation>Entrada de órdenes</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="67"/>
        <source>Press {0} and type a few letters of any command.</source>
        <translation>Pulse {0} y escriba unas letras de cualquier comando.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="57"/>
        <source>Prices as they tick. Enter or a double click shows the symbol in the chart you last clicked.</source>
        <translation>Precios al instante. Enter o un doble clic muestra el símbolo en el último gráfico en que hizo clic.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="70"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="93"/>
        <source>Six steps through the window</source>
        <translation>Seis pasos por la ventana</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="92"/>
        <source>Take the tour</source>
        <translation>Hacer el recorrido</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="71"/>
        <source>Theme, language, order confirmations and every keyboard shortcut ({0}). Help lists the keys ({1}) and shows this tour again ({2}).</source>
        <translation>Tema, idioma, confirmaciones de órdenes y todos los atajos de teclado ({0}). La Ayuda lista las teclas ({1}) y muestra este recorrido otra vez ({2}).</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="56"/>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="300"/>
        <source>A download {job} is already running</source>
        <translation>Ya hay una descarga {job} en curso</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="212"/>
        <source>Accounts are not available</source>
        <translation>Las cuentas no están disponibles</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="519"/>
        <source>Choose a symbol to download</source>
        <translation>Elige un símbolo para descargar</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="223"/>
        <source>No candle source named {source_id!r}</source>
        <translation>Ninguna fuente de velas llamada {source_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="376"/>
        <source>No candle sources are available</source>
        <translation>No hay ninguna fuente de velas disponible</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="526"/>
        <source>The start date must be before the end date</source>
        <translation>La fecha de inicio debe ser anterior a la de fin</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="228"/>
        <source>The {name} market is not running</source>
        <translation>El mercado {name} no está en marcha</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="522"/>
        <source>Unknown timeframe {timeframe!r}; expected one of {expected}</source>
        <translation>Temporalidad {timeframe!r} desconocida; se esperaba una de {expected}</translation>
    </message>
    <message>
        <location filename="../desktop/data/history_store.py" line="239"/>
        <source>the cached candles cannot be read ({exc}); delete the dataset and download it again</source>
        <translation>las velas en caché no se pueden leer ({exc}); borra el conjunto de datos y descárgalo de nuevo</translation>
    </message>
    <message>
        <location filename="../desktop/data/history_store.py" line="212"/>
        <source>the candle at {when} does not start on a {timeframe} boundary: is this a {timeframe} file?</source>
        <translation>la vela de {when} no empieza en un límite de {timeframe}: ¿es un archivo de {timeframe}?</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="304"/>
        <source>{symbol} {timeframe} of {exchange} is already being downloaded</source>
        <translation>{symbol} {timeframe} de {exchange} ya se está descargando</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="382"/>
        <source>{symbol} {timeframe} of {exchange} is being downloaded; cancel the download first</source>
        <translation>{symbol} {timeframe} de {exchange} se está descargando; cancela la descarga antes</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/history_panel.py" line="236"/>
        <source>Add a CSV or Parquet candle file to the cache; a file with a bad row is refused</source>
        <translation>Añadir un archivo de velas CSV o Parquet a la caché; un archivo con una fila errónea se rechaza</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="578"/>
        <source>Add a CSV or Parquet candle file to the candle cache</source>
        <translation>Añadir un archivo de velas CSV o Parquet a la caché de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="399"/>
        <source>Already up to date: no new candles</source>
        <translation>Ya actualizado: no hay velas nuevas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="425"/>
        <source>Cached candles</source>
        <translation>Velas en caché</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="564"/>
        <source>Cancel candle download</source>
        <translation>Cancelar descarga de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="374"/>
        <source>Cancel download</source>
        <translation>Cancelar descarga</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="407"/>
        <source>Canceled; {0} candles fetched were kept</source>
        <translation>Cancelado; se conservaron {0} velas descargadas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="373"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="142"/>
        <source>Candle history</source>
        <translation>Historial de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="289"/>
        <source>Candle sources</source>
        <translation>Fuentes de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="101"/>
        <source>Candles</source>
        <translation>Velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="221"/>
        <source>Candles missing inside the selected dataset (UTC)</source>
        <translation>Velas que faltan en el conjunto seleccionado (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="344"/>
        <source>Choose a symbol to download.</source>
        <translation>Elija un símbolo para descargar.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="341"/>
        <source>Choose where to download from.</source>
        <translation>Elija de dónde descargar.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="248"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="477"/>
        <source>Delete dataset</source>
        <translation>Eliminar conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="486"/>
        <source>Deleted {0} {1} of {2}</source>
        <translation>{0} {1} de {2} eliminado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="306"/>
        <source>Demo market</source>
        <translation>Mercado de demostración</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="182"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="555"/>
        <source>Download candle history</source>
        <translation>Descargar historial de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="177"/>
        <source>Download up to the start of this day (UTC)</source>
        <translation>Descargar hasta el inicio de este día (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="551"/>
        <source>Download, import and inspect cached candle history</source>
        <translation>Descargar, importar e inspeccionar el historial de velas en caché</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="396"/>
        <source>Downloaded {0} new candles of {1} {2}</source>
        <translation>Descargadas {0} velas nuevas de {1} {2}</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="354"/>
        <source>Downloading {0} {1}…</source>
        <translation>Descargando {0} {1}…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="96"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="560"/>
        <source>Fetch the candles of the history panel's market the cache lacks</source>
        <translation>Obtener las velas del mercado del panel de historial que faltan en la caché</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="183"/>
        <source>Fetch the candles the cache does not have yet</source>
        <translation>Obtener las velas que la caché aún no tiene</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="176"/>
        <source>First day to download (UTC)</source>
        <translation>Primer día a descargar (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="202"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="99"/>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="102"/>
        <source>Gaps</source>
        <translation>Huecos</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="460"/>
        <source>Gaps in {0} {1}: {2} candles missing</source>
        <translation>Huecos en {0} {1}: faltan {2} velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="519"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="506"/>
        <source>Import candle file</source>
        <translation>Importar archivo de velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="573"/>
        <source>Import candle file…</source>
        <translation>Importar archivo de velas…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="234"/>
        <source>Import file…</source>
        <translation>Importar archivo…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="531"/>
        <source>Imported {0} candles as {1} {2} of {3}</source>
        <translation>Importadas {0} velas como {1} {2} de {3}</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="526"/>
        <source>Not imported: {0}</source>
        <translation>No importado: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="250"/>
        <source>Open in chart</source>
        <translation>Abrir en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="249"/>
        <source>Remove the selected dataset from the cache</source>
        <translation>Quitar de la caché el conjunto seleccionado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="251"/>
        <source>Replay the selected dataset in the active chart</source>
        <translation>Reproducir el conjunto seleccionado en el gráfico activo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="196"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="185"/>
        <source>Stop the download; what was fetched is kept</source>
        <translation>Detener la descarga; se conserva lo descargado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="569"/>
        <source>Stop the running download; what was fetched is kept</source>
        <translation>Detener la descarga en curso; se conserva lo descargado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="409"/>
        <source>Stopped; {0} candles fetched were kept</source>
        <translation>Detenido; se conservaron {0} velas descargadas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="97"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="241"/>
        <source>Symbol, e.g. ETH/BTC</source>
        <translation>Símbolo, p. ej. ETH/BTC</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="314"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="384"/>
        <source>The exchange asked us to slow down; waiting {0} s</source>
        <translation>El exchange pidió ir más despacio; esperando {0} s</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="239"/>
        <source>The exchange the file's candles are filed under</source>
        <translation>El exchange bajo el que se guardan las velas del archivo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="166"/>
        <source>The market, e.g. BTC/USDT</source>
        <translation>El mercado, p. ej. BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="349"/>
        <source>The start date must be before the end date.</source>
        <translation>La fecha inicial debe ser anterior a la final.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="98"/>
        <source>Timeframe</source>
        <translation>Temporalidad</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="204"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="100"/>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="514"/>
        <source>Type the symbol the file's candles are of.</source>
        <translation>Escriba el símbolo al que pertenecen las velas del archivo.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="178"/>
        <source>Up to now</source>
        <translation>Hasta ahora</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="162"/>
        <source>Where the candles come from</source>
        <translation>De dónde vienen las velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="129"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="466"/>
        <source>{0} (1 candle)</source>
        <translation>{0} (1 vela)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="309"/>
        <source>{0} (account)</source>
        <translation>{0} (cuenta)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="308"/>
        <source>{0} (public data)</source>
        <translation>{0} (datos públicos)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="129"/>
        <source>{0} ({1} candles)</source>
        <translation>{0} ({1} velas)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="387"/>
        <source>{0} of about {1} candles</source>
        <translation>{0} de unas {1} velas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="469"/>
        <source>{0} – {1} ({2} candles)</source>
        <translation>{0} – {1} ({2} velas)</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="130"/>
        <source>A number of 0 or more</source>
        <translation>Un número igual o mayor que 0</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="127"/>
        <source>A whole number of candles from 1 to {0}</source>
        <translation>Un número entero de velas, de 1 a {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="75"/>
        <source>ATR multiplier</source>
        <translation>Multiplicador del ATR</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="76"/>
        <source>ATR period</source>
        <translation>Período del ATR</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="173"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="174"/>
        <source>Add this indicator with these parameters (one more instance if it is already on the chart)</source>
        <translation>Añadir este indicador con estos parámetros (una instancia más si ya está en el gráfico)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="177"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="42"/>
        <source>Average directional index</source>
        <translation>Índice direccional medio (ADX)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="43"/>
        <source>Average true range</source>
        <translation>Rango verdadero medio (ATR)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="44"/>
        <source>Bollinger Bands</source>
        <translation>Bandas de Bollinger</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="171"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="161"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="45"/>
        <source>Donchian channel</source>
        <translation>Canal de Donchian</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="46"/>
        <source>Exponential moving average</source>
        <translation>Media móvil exponencial</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="74"/>
        <source>Fast %D period</source>
        <translation>Período del %D rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="71"/>
        <source>Fast %K period</source>
        <translation>Período del %K rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="67"/>
        <source>Fast period</source>
        <translation>Período rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="178"/>
        <source>Give the selected instance these parameters and colour</source>
        <translation>Dar a la instancia seleccionada estos parámetros y este color</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="47"/>
        <source>Ichimoku (unshifted)</source>
        <translation>Ichimoku (sin desplazar)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="165"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="243"/>
        <source>Indicator colour</source>
        <translation>Color del indicador</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="144"/>
        <source>Indicators: {0}</source>
        <translation>Indicadores: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="48"/>
        <source>Keltner channel</source>
        <translation>Canal de Keltner</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="78"/>
        <source>Kijun period</source>
        <translation>Período Kijun</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="49"/>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="50"/>
        <source>Minus directional indicator (−DI)</source>
        <translation>Indicador direccional negativo (−DI)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="197"/>
        <source>On this chart</source>
        <translation>En este gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="51"/>
        <source>On-balance volume</source>
        <translation>Volumen en balance (OBV)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="66"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="52"/>
        <source>Plus directional indicator (+DI)</source>
        <translation>Indicador direccional positivo (+DI)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="193"/>
        <source>Prices (averages, bands) draw over the candles; oscillators each get a pane below. The chart's layout keeps its indicators.</source>
        <translation>Los precios (medias, bandas) se dibujan sobre las velas; cada oscilador tiene un panel debajo. El diseño del gráfico guarda sus indicadores.</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="53"/>
        <source>Relative strength index</source>
        <translation>Índice de fuerza relativa (RSI)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="181"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="79"/>
        <source>Senkou B period</source>
        <translation>Período Senkou B</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="69"/>
        <source>Signal period</source>
        <translation>Período de la señal</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="54"/>
        <source>Simple moving average</source>
        <translation>Media móvil simple</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="73"/>
        <source>Slow %D period</source>
        <translation>Período del %D lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="72"/>
        <source>Slow %K period</source>
        <translation>Período del %K lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="68"/>
        <source>Slow period</source>
        <translation>Período lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="70"/>
        <source>Standard deviations</source>
        <translation>Desviaciones estándar</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="55"/>
        <source>Stochastic (slow)</source>
        <translation>Estocástico (lento)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="56"/>
        <source>Stochastic RSI</source>
        <translation>RSI estocástico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="57"/>
        <source>SuperTrend</source>
        <translation>SuperTrend</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="182"/>
        <source>Take the selected instance off the chart</source>
        <translation>Quitar la instancia seleccionada del gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="77"/>
        <source>Tenkan period</source>
        <translation>Período Tenkan</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="257"/>
        <source>The indicator refused these values: {0}</source>
        <translation>El indicador rechazó estos valores: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="239"/>
        <source>This indicator has no parameters.</source>
        <translation>Este indicador no tiene parámetros.</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="124"/>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="58"/>
        <source>VWAP (daily session)</source>
        <translation>VWAP (sesión diaria)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="59"/>
        <source>Weighted moving average</source>
        <translation>Media móvil ponderada</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../desktop/secrets.py" line="43"/>
        <source>No system keyring is available: install and unlock GNOME Keyring or KWallet (Secret Service), then restart Pregão.</source>
        <translation>No hay ningún llavero del sistema disponible: instala y desbloquea GNOME Keyring o KWallet (Secret Service) y reinicia Pregão.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="52"/>
        <source>The API keys could not be read.</source>
        <translation>No se pudieron leer las claves de API.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="53"/>
        <source>The API keys were not deleted.</source>
        <translation>Las claves de API no se borraron.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="55"/>
        <source>The channel's secret could not be read.</source>
        <translation>No se pudo leer el secreto del canal.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="56"/>
        <source>The channel's secret was not deleted.</source>
        <translation>El secreto del canal no se borró.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="54"/>
        <source>The channel's secret was not saved.</source>
        <translation>El secreto del canal no se guardó.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="47"/>
        <source>The system keyring is locked and was not unlocked: unlock it (GNOME Keyring or KWallet asks for your login password) and try again.</source>
        <translation>El llavero del sistema está bloqueado y no se desbloqueó: desbloquéalo (GNOME Keyring o KWallet piden tu contraseña de inicio de sesión) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="51"/>
        <source>Your API keys were not saved.</source>
        <translation>Tus claves de API no se guardaron.</translation>
    </message>
</context>
<context>
    <name>KillSwitch</name>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="109"/>
        <source>Already gone at the exchange</source>
        <translation>Ya no existía en la plataforma</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="125"/>
        <source>Already {status}</source>
        <translation>Ya {status}</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="36"/>
        <source>Cancel every open order, close every position and halt trading on the chosen accounts (asks first)</source>
        <translation>Cancela todas las órdenes abiertas, cierra todas las posiciones y detiene la negociación en las cuentas elegidas (pregunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="56"/>
        <source>Cancel orders, close positions and halt</source>
        <translation>Cancelar órdenes, cerrar posiciones y detener</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="124"/>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="105"/>
        <source>Canceled by the kill switch.</source>
        <translation>Cancelada por el botón de emergencia.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="122"/>
        <source>Canceling and closing… (retrying while the exchange rate-limits or fails)</source>
        <translation>Cancelando y cerrando… (reintentando mientras el exchange limita o falla)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="162"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="158"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="142"/>
        <source>Done: every order canceled, every position closed; trading is halted on the chosen accounts until you resume it.</source>
        <translation>Hecho: todas las órdenes canceladas, todas las posiciones cerradas; la negociación está detenida en las cuentas elegidas hasta que la reanudes.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="38"/>
        <source>Kill switch</source>
        <translation>Interruptor de emergencia</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="46"/>
        <source>Kill switch: every order canceled and every position closed</source>
        <translation>Botón de emergencia: todas las órdenes canceladas y todas las posiciones cerradas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="34"/>
        <source>Kill switch…</source>
        <translation>Interruptor de emergencia…</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="43"/>
        <source>Looking up open orders and positions…</source>
        <translation>Buscando órdenes abiertas y posiciones…</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="99"/>
        <source>No account is connected: there is nothing to stop.</source>
        <translation>No hay ninguna cuenta conectada: no hay nada que detener.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="134"/>
        <source>Not canceled yet: {why}</source>
        <translation>Aún no cancelada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="114"/>
        <source>Not canceled: {why}</source>
        <translation>No cancelada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="154"/>
        <source>Not closed yet: the closing order's outcome is still unknown; it is being looked up</source>
        <translation>Aún no cerrada: el resultado de la orden de cierre sigue siendo desconocido; se está consultando</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="184"/>
        <source>Not closed yet: {why}</source>
        <translation>Aún no cerrada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="177"/>
        <source>Not closed: {why}</source>
        <translation>No cerrada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="87"/>
        <source>Not connected ({why}); connect it and press again</source>
        <translation>No conectada ({why}); conéctala y pulsa de nuevo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="158"/>
        <source>Nothing left to close</source>
        <translation>No queda nada por cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="109"/>
        <source>This cancels {orders} open order(s) and closes {positions} position(s) at market on {accounts}, then halts trading there until you resume it (Settings › Risk). While the exchange rate-limits or fails it keeps trying for a minute and then reports what is not done yet.</source>
        <translation>Esto cancela {orders} orden(es) abierta(s) y cierra {positions} posición(es) a mercado en {accounts}, luego detiene la negociación hasta que la reanudes (Ajustes › Riesgo). Mientras el exchange limite o falle, sigue intentándolo durante un minuto y luego informa lo que aún no está hecho.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="103"/>
        <source>Tick the accounts to stop.</source>
        <translation>Marca las cuentas que quieres detener.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="150"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="47"/>
        <source>no answer from the exchange</source>
        <translation>sin respuesta de la plataforma</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="152"/>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="149"/>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="149"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="170"/>
        <source>the closing order is {status}</source>
        <translation>la orden de cierre está {status}</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="152"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="137"/>
        <source>{0} item(s) are not done yet: press the kill switch again once the exchange answers. Trading is halted on the chosen accounts.</source>
        <translation>{0} elemento(s) aún sin hacer: pulsa el interruptor de nuevo cuando el exchange responda. La negociación está detenida en las cuentas elegidas.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.py" line="169"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="167"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="168"/>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="42"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="49"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="44"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="48"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="147"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="213"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="165"/>
        <source>Search the log…</source>
        <translation>Buscar en el registro…</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="46"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>MLModels</name>
    <message>
        <location filename="../desktop/ml/model_store.py" line="64"/>
        <source>The model card {file} is damaged</source>
        <translation>La ficha del modelo {file} está dañada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="61"/>
        <source>The model card {file} is missing: the model cannot be checked</source>
        <translation>Falta la ficha del modelo {file}: no se puede verificar el modelo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="83"/>
        <source>The model expects its features in another order: {order}</source>
        <translation>El modelo espera las variables en otro orden: {order}</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="72"/>
        <source>The model was saved with scikit-learn {saved}, this is scikit-learn {running}: train it again</source>
        <translation>El modelo se guardó con scikit-learn {saved}, este es scikit-learn {running}: vuelva a entrenarlo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="79"/>
        <source>The model was trained on other features (missing: {missing}; not in the model: {extra})</source>
        <translation>El modelo se entrenó con otras variables (faltan: {missing}; no están en el modelo: {extra})</translation>
    </message>
</context>
<context>
    <name>MLTraining</name>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="167"/>
        <source>A model name is 1 to 64 letters, digits, '.', '-' or '_'</source>
        <translation>El nombre de un modelo tiene de 1 a 64 letras, dígitos, '.', '-' o '_'</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="107"/>
        <source>A training job {job} already exists</source>
        <translation>Ya existe un entrenamiento {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="123"/>
        <source>Choose at least one feature</source>
        <translation>Elija al menos una variable</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="137"/>
        <source>Enter a percentage above 0 and below 100</source>
        <translation>Introduzca un porcentaje mayor que 0 y menor que 100</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="205"/>
        <source>No candles for {symbol}</source>
        <translation>No hay velas para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_worker.py" line="52"/>
        <source>No candles for {symbol} in the chosen range</source>
        <translation>No hay velas para {symbol} en el rango elegido</translation>
    </message>
    <message>
        <location filename="../desktop/ml/training.py" line="70"/>
        <source>No fold had both outcomes to learn from: choose a longer range or another label</source>
        <translation>Ningún pliegue tuvo ambos resultados para aprender: elija un rango más largo u otra etiqueta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="155"/>
        <source>No training result {job_id!r} (finished long ago?)</source>
        <translation>No hay resultado de entrenamiento {job_id!r} (¿terminó hace mucho?)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="149"/>
        <source>The embargo must be 0 to 10,000 candles</source>
        <translation>El embargo debe ser de 0 a 10.000 velas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="132"/>
        <source>The horizon must be 1 to 10,000 candles</source>
        <translation>El horizonte debe ser de 1 a 10.000 velas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="202"/>
        <source>The model {name} has no training sample to compare with</source>
        <translation>El modelo {name} no tiene muestra de entrenamiento con la que comparar</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="140"/>
        <source>The time limit must be 1 to 10,000 candles</source>
        <translation>El límite de tiempo debe ser de 1 a 10.000 velas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="126"/>
        <source>Unknown features: {names}</source>
        <translation>Variables desconocidas: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="129"/>
        <source>Unknown label {label!r}</source>
        <translation>Etiqueta desconocida {label!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="143"/>
        <source>Unknown model {model!r}</source>
        <translation>Modelo desconocido {model!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="146"/>
        <source>Use 2 to {limit} folds</source>
        <translation>Use de 2 a {limit} pliegues</translation>
    </message>
    <message>
        <location filename="../desktop/ml/training.py" line="61"/>
        <source>{rows} labelled candles are too few for {folds} folds (at least {need}): choose a longer range or a shorter timeframe</source>
        <translation>{rows} velas etiquetadas son pocas para {folds} pliegues (al menos {need}): elija un rango más largo o un marco temporal más corto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/shell/main_window.py" line="248"/>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="245"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="251"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="260"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="249"/>
        <source>&amp;Replay</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="250"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="246"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="96"/>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espacios de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="165"/>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="346"/>
        <source>Delete workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="220"/>
        <source>Delete workspace…</source>
        <translation>Eliminar espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="204"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="235"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="286"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="175"/>
        <source>New chart</source>
        <translation>Nuevo gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="181"/>
        <source>Open another chart dock</source>
        <translation>Abrir otro panel de gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="227"/>
        <source>Reset to default layout</source>
        <translation>Restablecer diseño predeterminado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="322"/>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="212"/>
        <source>Save workspace as…</source>
        <translation>Guardar espacio de trabajo como…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="171"/>
        <source>Search and run any command</source>
        <translation>Buscar y ejecutar cualquier comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="154"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="187"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="125"/>
        <source>Starting the accounts</source>
        <translation>Iniciando las cuentas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="247"/>
        <source>T&amp;rade</source>
        <translation>&amp;Operar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="160"/>
        <source>Theme, language and shortcuts</source>
        <translation>Tema, idioma y atajos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="343"/>
        <source>There are no saved workspaces</source>
        <translation>No hay espacios de trabajo guardados</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="195"/>
        <source>Toggle light/dark theme</source>
        <translation>Alternar tema claro/oscuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="322"/>
        <source>Workspace name:</source>
        <translation>Nombre del espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="338"/>
        <source>Workspace “{0}”</source>
        <translation>Espacio de trabajo “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="330"/>
        <source>Workspace “{0}” saved</source>
        <translation>Espacio de trabajo “{0}” guardado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="346"/>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="336"/>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <location filename="../desktop/margin/account.py" line="73"/>
        <source>Leverage for {symbol} must be between 1 and {top:g}, got {leverage:g}</source>
        <translation>El apalancamiento de {symbol} debe estar entre 1 y {top:g}; se indicó {leverage:g}</translation>
    </message>
    <message>
        <location filename="../desktop/margin/account.py" line="79"/>
        <source>Lowering the leverage of the open isolated {symbol} position needs more margin than it holds; close or reduce it first</source>
        <translation>Bajar el apalancamiento de la posición aislada abierta en {symbol} requiere más margen del que tiene; ciérrela o redúzcala antes</translation>
    </message>
    <message>
        <location filename="../desktop/margin/account.py" line="86"/>
        <source>The margin mode of {symbol} cannot change while a position is open; close it first</source>
        <translation>El modo de margen de {symbol} no puede cambiar con una posición abierta; ciérrela antes</translation>
    </message>
</context>
<context>
    <name>Monitors</name>
    <message>
        <location filename="../widgets/monitors/positions.py" line="117"/>
        <source>% of equity</source>
        <translation>% del patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="64"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="80"/>
        <source>All sides</source>
        <translation>Todos los lados</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="82"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="59"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="85"/>
        <source>Amount to fill</source>
        <translation>Cantidad por ejecutar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="105"/>
        <source>Avg entry</source>
        <translation>Entrada media</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="88"/>
        <source>Avg price</source>
        <translation>Precio medio</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="43"/>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="24"/>
        <source>Buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="53"/>
        <source>Cancel the orders selected in the orders monitor</source>
        <translation>Cancelar las órdenes seleccionadas en el monitor de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="52"/>
        <source>Cancel the selected orders</source>
        <translation>Cancelar las órdenes seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="121"/>
        <source>Cancel {0}</source>
        <translation>Cancelar {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="37"/>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="171"/>
        <source>Change the price or the amount first</source>
        <translation>Cambie antes el precio o la cantidad</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="56"/>
        <source>Change the price or the amount of the selected open order</source>
        <translation>Cambiar el precio o la cantidad de la orden abierta seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="46"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="58"/>
        <source>Close the selected positions</source>
        <translation>Cerrar las posiciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="59"/>
        <source>Close the selected positions at the market</source>
        <translation>Cerrar las posiciones seleccionadas a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="234"/>
        <source>Close {0}</source>
        <translation>Cerrar {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="276"/>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valores separados por comas (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="319"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="57"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="49"/>
        <source>Enter a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="51"/>
        <source>Entry filled, exits working</source>
        <translation>Entrada ejecutada, salidas activas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="276"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="39"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="66"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="280"/>
        <source>Export rows</source>
        <translation>Exportar filas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="71"/>
        <source>Export rows to CSV…</source>
        <translation>Exportar filas a CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="76"/>
        <source>Export rows to Excel…</source>
        <translation>Exportar filas a Excel…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="67"/>
        <source>Export the rows shown to CSV or Excel</source>
        <translation>Exportar las filas mostradas a CSV o Excel</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="271"/>
        <source>Exported {0} rows to {1}</source>
        <translation>{0} filas exportadas a {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="63"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="115"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="36"/>
        <source>Filled</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="36"/>
        <source>Fills</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="75"/>
        <source>Filter symbol</source>
        <translation>Filtrar símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Flat</source>
        <translation>Sin posición</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="58"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="143"/>
        <source>Funding</source>
        <translation>Financiación</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="60"/>
        <source>In orders</source>
        <translation>En órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="136"/>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="141"/>
        <source>Liq. price</source>
        <translation>Precio de liq.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="88"/>
        <source>Liquidation {0} {1}</source>
        <translation>Liquidación {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="65"/>
        <source>Liquidity</source>
        <translation>Liquidez</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="114"/>
        <source>Loading orders for the chart</source>
        <translation>Cargando órdenes para el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="101"/>
        <source>Loading {0}</source>
        <translation>Cargando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Long</source>
        <translation>Largo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="65"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="137"/>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="139"/>
        <source>Margin ratio</source>
        <translation>Ratio de margen</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="107"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="92"/>
        <source>Modify</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="68"/>
        <source>Modify order</source>
        <translation>Modificar orden</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="55"/>
        <source>Modify the selected order…</source>
        <translation>Modificar la orden seleccionada…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="34"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="40"/>
        <source>Open a monitor (orders, fills, positions…) first</source>
        <translation>Abra antes un monitor (órdenes, ejecuciones, posiciones…)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="146"/>
        <source>Open orders</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="66"/>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="163"/>
        <source>Order history</source>
        <translation>Historial de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="187"/>
        <source>Order not modified: {0}</source>
        <translation>Orden no modificada: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="59"/>
        <source>Outcome unknown: being checked at the exchange. Do not send it again.</source>
        <translation>Resultado desconocido: se está verificando en el exchange. No la envíe de nuevo.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="35"/>
        <source>Partially filled</source>
        <translation>Parcialmente ejecutada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="33"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="70"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="57"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="163"/>
        <source>Price × amount must be at least {0}</source>
        <translation>Precio × cantidad debe ser al menos {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="112"/>
        <source>Realised P&amp;L</source>
        <translation>PyG realizado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="94"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="38"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="61"/>
        <source>Reverse the selected position</source>
        <translation>Invertir la posición seleccionada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="238"/>
        <source>Reverse {0}</source>
        <translation>Invertir {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="295"/>
        <source>Rows: {0}</source>
        <translation>Filas: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="296"/>
        <source>Rows: {0} of {1}</source>
        <translation>Filas: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="61"/>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="73"/>
        <source>Save the rows the monitor shows (filtered and sorted) as a CSV file</source>
        <translation>Guardar las filas que muestra el monitor (filtradas y ordenadas) en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="78"/>
        <source>Save the rows the monitor shows (filtered and sorted) as an Excel workbook</source>
        <translation>Guardar las filas que muestra el monitor (filtradas y ordenadas) en un libro de Excel</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="60"/>
        <source>Select a position to close</source>
        <translation>Seleccione una posición para cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="54"/>
        <source>Select an open order to cancel</source>
        <translation>Seleccione una orden abierta para cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="57"/>
        <source>Select one open order to modify</source>
        <translation>Seleccione una orden abierta para modificar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="63"/>
        <source>Select one position to reverse</source>
        <translation>Seleccione una posición para invertir</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="24"/>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="48"/>
        <source>Set aside</source>
        <translation>Apartada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Short</source>
        <translation>Corto</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="318"/>
        <source>Show on chart</source>
        <translation>Mostrar en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="78"/>
        <source>Show only rows whose symbol contains this text</source>
        <translation>Mostrar solo las filas cuyo símbolo contiene este texto</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="55"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="54"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="59"/>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="65"/>
        <source>Taker</source>
        <translation>Taker</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="154"/>
        <source>The amount must be a multiple of the step {0}</source>
        <translation>La cantidad debe ser múltiplo del paso {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="153"/>
        <source>The amount must be above zero</source>
        <translation>La cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="61"/>
        <source>The exchange cannot be asked about this order: check it on the exchange; the rest of the account is followed as usual.</source>
        <translation>No se puede consultar esta orden al exchange: revísela en el exchange; el resto de la cuenta se sigue con normalidad.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="160"/>
        <source>The exchange's minimum amount is {0}</source>
        <translation>La cantidad mínima del exchange es {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="142"/>
        <source>The price must be a multiple of the tick {0}</source>
        <translation>El precio debe ser múltiplo del tick {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="141"/>
        <source>The price must be above zero</source>
        <translation>El precio debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="113"/>
        <source>Tick {0} · step {1} · filled {2}</source>
        <translation>Tick {0} · paso {1} · ejecutado {2}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="53"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="82"/>
        <source>Trigger</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="79"/>
        <source>Trigger price</source>
        <translation>Precio de activación</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="62"/>
        <source>Turn the selected position to the other side at the market</source>
        <translation>Dar la vuelta a la posición seleccionada a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="79"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="109"/>
        <source>Unrealised P&amp;L</source>
        <translation>PyG no realizado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="61"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="54"/>
        <source>cross</source>
        <translation>cruzado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="54"/>
        <source>isolated</source>
        <translation>aislado</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <location filename="../widgets/order_book/commands.py" line="92"/>
        <source>A limit buy of the order entry's amount at the ladder's cursor level</source>
        <translation>Una compra limitada de la cantidad de la boleta en el nivel del cursor del libro</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="95"/>
        <source>A limit sell of the order entry's amount at the ladder's cursor level</source>
        <translation>Una venta limitada de la cantidad de la boleta en el nivel del cursor del libro</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="90"/>
        <source>Buy at the order book's cursor</source>
        <translation>Comprar en el cursor del libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="78"/>
        <source>Click a bid to buy or an ask to sell at that level (the order entry's amount); drag your order to another level to move it. Keys: ↑/↓ move the cursor, B buy, S sell, Space picks your order, M moves it to the cursor.</source>
        <translation>Haga clic en un bid para comprar o en un ask para vender en ese nivel (la cantidad de la boleta); arrastre su orden a otro nivel para moverla. Teclas: ↑/↓ mueven el cursor, B compra, S vende, Espacio elige su orden, M la mueve al cursor.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="71"/>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="66"/>
        <source>Group price levels by a multiple of the price tick</source>
        <translation>Agrupar los niveles de precio por un múltiplo del tick de precio</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="74"/>
        <source>Imbalance</source>
        <translation>Desequilibrio</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="109"/>
        <source>Loading markets</source>
        <translation>Cargando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="110"/>
        <source>Loading open orders</source>
        <translation>Cargando órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="99"/>
        <source>Move the picked order to the order book's cursor</source>
        <translation>Mover la orden elegida al cursor del libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="101"/>
        <source>Move the picked order's limit price to the cursor's level</source>
        <translation>Mueve el precio límite de la orden elegida al nivel del cursor</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="71"/>
        <source>None of your orders is at the cursor's level.</source>
        <translation>Ninguna de sus órdenes está en el nivel del cursor.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="48"/>
        <source>Order book</source>
        <translation>Libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="74"/>
        <source>Order picked: move the cursor and press M to move it.</source>
        <translation>Orden elegida: mueva el cursor y pulse M para moverla.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="96"/>
        <source>Pick my order at the order book's cursor</source>
        <translation>Elegir mi orden en el cursor del libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="80"/>
        <source>Pick one of your orders first (Space on its level).</source>
        <translation>Primero elija una de sus órdenes (Espacio en su nivel).</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="98"/>
        <source>Pick your open order at the cursor's level, to move it with the keyboard</source>
        <translation>Elige su orden abierta en el nivel del cursor, para moverla con el teclado</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="61"/>
        <source>Put the cursor on a level first (click it, or ↑/↓).</source>
        <translation>Primero ponga el cursor en un nivel (haga clic en él o use ↑/↓).</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="93"/>
        <source>Sell at the order book's cursor</source>
        <translation>Vender en el cursor del libro de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="74"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="52"/>
        <source>The order entry's account does not trade {symbol}: nothing was sent.</source>
        <translation>La cuenta de la boleta no opera {symbol}: no se envió nada.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="47"/>
        <source>The order entry's account is priced by another market than this book ({venue}): nothing was sent.</source>
        <translation>La cuenta de la boleta sigue los precios de otro mercado que no es el de este libro ({venue}): no se envió nada.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Total</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="75"/>
        <source>{spread} ({bps} bp)</source>
        <translation>{spread} ({bps} pb)</translation>
    </message>
</context>
<context>
    <name>OrderChecks</name>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="51"/>
        <source>A bracket order needs a take-profit or a stop-loss price.</source>
        <translation>Una orden bracket necesita un precio de take-profit o de stop-loss.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="54"/>
        <source>A trailing stop needs a trailing distance.</source>
        <translation>Un stop dinámico necesita una distancia.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="46"/>
        <source>A {type} order needs a price.</source>
        <translation>Una orden {type} necesita un precio.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="48"/>
        <source>A {type} order needs a trigger price.</source>
        <translation>Una orden {type} necesita un precio de disparo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Indica una cantidad mayor que cero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="57"/>
        <source>Prices must be above zero.</source>
        <translation>Los precios deben ser mayores que cero.</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="37"/>
        <source>% of equity</source>
        <translation>% del patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="325"/>
        <source>A distance in percent must be below 100.</source>
        <translation>Una distancia en porcentaje debe ser menor que 100.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="43"/>
        <source>A limit buy of the order entry's amount at the best bid</source>
        <translation>Una compra limitada de la cantidad de la boleta en el mejor bid</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="46"/>
        <source>A limit sell of the order entry's amount at the best ask</source>
        <translation>Una venta limitada de la cantidad de la boleta en el mejor ask</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="359"/>
        <source>A post-only buy must be below the ask {price}.</source>
        <translation>Una compra post-only debe estar por debajo del ask {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="361"/>
        <source>A post-only sell must be above the bid {price}.</source>
        <translation>Una venta post-only debe estar por encima del bid {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="218"/>
        <source>A price, a % from the entry, or (target) a multiple R of the distance to the stop-loss</source>
        <translation>Un precio, un % desde la entrada o (objetivo) un múltiplo R de la distancia al stop-loss</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="227"/>
        <source>A trailing distance in percent must be below 100.</source>
        <translation>Una distancia móvil en porcentaje debe ser menor que 100.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="180"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="113"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="116"/>
        <source>Amount in the base or the quote currency</source>
        <translation>Cantidad en la moneda base o en la de cotización</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="128"/>
        <source>Amount set to {0} {1}.</source>
        <translation>Cantidad fijada en {0} {1}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="330"/>
        <source>An R multiple needs a valid stop-loss.</source>
        <translation>Un múltiplo R necesita un stop-loss válido.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="142"/>
        <source>Attach exit orders: sent as a bracket (entry, target, stop)</source>
        <translation>Adjuntar órdenes de salida: se envía como bracket (entrada, objetivo, stop)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="185"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="95"/>
        <source>Buy</source>
        <translation>Comprar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="36"/>
        <source>Buy at market</source>
        <translation>Comprar a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="42"/>
        <source>Buy at the bid</source>
        <translation>Comprar en el bid</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="37"/>
        <source>Buy the order entry's amount of its symbol at market</source>
        <translation>Comprar la cantidad de la boleta, en su símbolo, a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="465"/>
        <source>Buy {base}</source>
        <translation>Comprar {base}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="48"/>
        <source>Cancel all orders of the symbol</source>
        <translation>Cancelar todas las órdenes del símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="51"/>
        <source>Cancel all orders on all symbols</source>
        <translation>Cancelar todas las órdenes de todos los símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="49"/>
        <source>Cancel every open order of the order entry's symbol and account</source>
        <translation>Cancelar todas las órdenes abiertas del símbolo y la cuenta de la boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="48"/>
        <source>Cancel every open order of {symbol} on “{account}”?</source>
        <translation>¿Cancelar todas las órdenes abiertas de {symbol} en “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="55"/>
        <source>Cancel every open order on every symbol of “{account}”?</source>
        <translation>¿Cancelar todas las órdenes abiertas de todos los símbolos en “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="50"/>
        <source>Canceled {n} open orders of {symbol}.</source>
        <translation>Se cancelaron {n} órdenes abiertas de {symbol}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="57"/>
        <source>Canceled {n} open orders on all symbols.</source>
        <translation>{n} órdenes abiertas canceladas en todos los símbolos.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="374"/>
        <source>Cannot exceed the order amount.</source>
        <translation>No puede superar la cantidad de la orden.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="78"/>
        <source>Choose an account and a symbol first.</source>
        <translation>Elija primero una cuenta y un símbolo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="56"/>
        <source>Close the position in the order entry's symbol at market</source>
        <translation>Cerrar la posición en el símbolo de la boleta a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="64"/>
        <source>Close the whole {symbol} position on “{account}” at market?</source>
        <translation>¿Cerrar toda la posición de {symbol} en “{account}” a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/confirm_box.py" line="19"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="51"/>
        <source>Cross</source>
        <translation>Cruzado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="53"/>
        <source>Cross: the whole wallet backs the position. Isolated: only its own margin can be lost</source>
        <translation>Cruzado: toda la cartera respalda la posición. Aislado: solo se puede perder su propio margen</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="136"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="212"/>
        <source>Enter a limit price.</source>
        <translation>Escriba un precio límite.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="118"/>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="313"/>
        <source>Enter a stop-loss.</source>
        <translation>Escriba un stop-loss.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="312"/>
        <source>Enter a take-profit.</source>
        <translation>Escriba un take-profit.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="215"/>
        <source>Enter a trigger price.</source>
        <translation>Escriba un precio de activación.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="233"/>
        <source>Enter an amount.</source>
        <translation>Escriba una cantidad.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="222"/>
        <source>Enter the trailing distance.</source>
        <translation>Escriba la distancia móvil.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="372"/>
        <source>Enter the visible amount.</source>
        <translation>Escriba la cantidad visible.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="150"/>
        <source>Fill or kill</source>
        <translation>Todo o nada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="62"/>
        <source>Fill the amount by this sizing rule (the backtester's)</source>
        <translation>Rellena la cantidad con esta regla de dimensionamiento (la del backtest)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="41"/>
        <source>Fixed amount</source>
        <translation>Cantidad fija</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="55"/>
        <source>Flatten the order entry's position</source>
        <translation>Cerrar la posición de la boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="94"/>
        <source>Follows the focused chart and the watchlist</source>
        <translation>Sigue el gráfico activo y la lista de seguimiento</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="40"/>
        <source>Fractional Kelly</source>
        <translation>Kelly fraccional</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="148"/>
        <source>Good till canceled</source>
        <translation>Válida hasta cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="149"/>
        <source>Immediate or cancel</source>
        <translation>Inmediata o cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="52"/>
        <source>Isolated</source>
        <translation>Aislado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="58"/>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="47"/>
        <source>Leverage of this symbol on the account: the position's margin is its notional divided by it</source>
        <translation>Apalancamiento de este símbolo en la cuenta: el margen de la posición es su nocional dividido por él</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="166"/>
        <source>Leverage of {symbol}: {leverage}×</source>
        <translation>Apalancamiento de {symbol}: {leverage}×</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="134"/>
        <source>Limit price</source>
        <translation>Precio límite</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="306"/>
        <source>Limit price (empty: market)</source>
        <translation>Precio límite (vacío: a mercado)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="281"/>
        <source>Limit price ({quote})</source>
        <translation>Precio límite ({quote})</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="34"/>
        <source>Liq. price</source>
        <translation>Precio de liq.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="201"/>
        <source>Loading accounts</source>
        <translation>Cargando cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="283"/>
        <source>Loading the account</source>
        <translation>Cargando la cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="64"/>
        <source>Lower the leverage</source>
        <translation>Bajar el apalancamiento</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="179"/>
        <source>Margin mode of {symbol}: {mode}</source>
        <translation>Modo de margen de {symbol}: {mode}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="34"/>
        <source>Margin used</source>
        <translation>Margen usado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="56"/>
        <source>Move the {side} order of {amount} {base} from {old} to {new} on “{account}”?</source>
        <translation>¿Mover la orden ({side}) de {amount} {base} de {old} a {new} en “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="301"/>
        <source>Must be above the entry {price}.</source>
        <translation>Debe estar por encima de la entrada {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="302"/>
        <source>Must be below the entry {price}.</source>
        <translation>Debe estar por debajo de la entrada {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="169"/>
        <source>Must be greater than zero.</source>
        <translation>Debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="279"/>
        <source>Needs {cost} {quote}; {free} {quote} available.</source>
        <translation>Necesita {cost} {quote}; {free} {quote} disponibles.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="275"/>
        <source>No account yet: add one in Tools › Accounts.</source>
        <translation>Aún no hay cuentas: añada una en Herramientas › Cuentas.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="541"/>
        <source>No bid and ask for {symbol} yet: nothing was sent.</source>
        <translation>Aún no hay bid y ask de {symbol}: no se envió nada.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="321"/>
        <source>No entry price yet: give this as a price.</source>
        <translation>Aún no hay precio de entrada: indíquelo como precio.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="241"/>
        <source>No price yet to convert {quote} into {base}: enter the amount in {base}.</source>
        <translation>Aún no hay precio para convertir {quote} a {base}: escriba la cantidad en {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="198"/>
        <source>Not a multiple of the step {step} {base}.</source>
        <translation>No es múltiplo del paso {step} {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="180"/>
        <source>Not a multiple of the tick {tick} {quote}.</source>
        <translation>No es múltiplo del tick {tick} {quote}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="520"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>No se envió nada: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="57"/>
        <source>Nothing was sent: {reason}</source>
        <translation>No se envió nada: {reason}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="65"/>
        <source>One less × of leverage on the order entry's perpetual symbol</source>
        <translation>Un × menos de apalancamiento en el símbolo perpetuo de la boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="62"/>
        <source>One more × of leverage on the order entry's perpetual symbol</source>
        <translation>Un × más de apalancamiento en el símbolo perpetuo de la boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="76"/>
        <source>One-click trading</source>
        <translation>Operar con un clic</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="116"/>
        <source>One-click trading is on: orders go out without confirmation.</source>
        <translation>Operar con un clic está activado: las órdenes salen sin confirmación.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="91"/>
        <source>One-click trading off</source>
        <translation>Operar con un clic desactivado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="90"/>
        <source>One-click trading on: orders go out without confirmation</source>
        <translation>Operar con un clic activado: las órdenes salen sin confirmación</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="153"/>
        <source>Only rest on the book (maker); never take liquidity</source>
        <translation>Solo queda en el libro (maker); nunca toma liquidez</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="155"/>
        <source>Only shrink a derivatives position, never grow it</source>
        <translation>Solo reduce una posición en derivados, nunca la aumenta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="194"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="91"/>
        <source>Order entry</source>
        <translation>Boleta de órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="268"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}.</source>
        <translation>Valor de la orden {value} {quote} por debajo del mínimo de {minimum} {quote}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="79"/>
        <source>Orders go out without confirmation; the “One-click trading” command turns it off</source>
        <translation>Las órdenes salen sin confirmación; el comando “Operar con un clic” lo desactiva</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="52"/>
        <source>Panic key: cancel every open order of the order entry's account, every symbol (always asks first)</source>
        <translation>Tecla de pánico: cancela todas las órdenes abiertas de la cuenta de la boleta, en todos los símbolos (siempre pregunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Position after</source>
        <translation>Posición después</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="152"/>
        <source>Post-only</source>
        <translation>Solo maker (post-only)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="187"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="54"/>
        <source>Proceeds</source>
        <translation>Importe a recibir</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="61"/>
        <source>Raise the leverage</source>
        <translation>Subir el apalancamiento</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="154"/>
        <source>Reduce-only</source>
        <translation>Solo reducir</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="366"/>
        <source>Reduce-only applies to derivatives; {symbol} is spot.</source>
        <translation>Solo reducir se aplica a derivados; {symbol} es al contado.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="72"/>
        <source>Rejected: {reason}</source>
        <translation>Rechazada: {reason}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="58"/>
        <source>Reverse the order entry's position</source>
        <translation>Invertir la posición de la boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="71"/>
        <source>Reverse the {symbol} position on “{account}” at market?</source>
        <translation>¿Invertir la posición de {symbol} en “{account}” a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="38"/>
        <source>Risk % of equity to the stop</source>
        <translation>Riesgo % del patrimonio hasta el stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="96"/>
        <source>Sell</source>
        <translation>Vender</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="39"/>
        <source>Sell at market</source>
        <translation>Vender a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="45"/>
        <source>Sell at the ask</source>
        <translation>Vender en el ask</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="40"/>
        <source>Sell the order entry's amount of its symbol at market</source>
        <translation>Vender la cantidad de la boleta, en su símbolo, a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="465"/>
        <source>Sell {base}</source>
        <translation>Vender {base}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="285"/>
        <source>Sells {amount} {base}; {free} {base} available.</source>
        <translation>Vende {amount} {base}; {free} {base} disponibles.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/confirm_box.py" line="22"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="96"/>
        <source>Send orders from the order entry and the keyboard without confirmation</source>
        <translation>Enviar órdenes desde la boleta y el teclado sin confirmación</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="130"/>
        <source>Send the order (Enter)</source>
        <translation>Enviar la orden (Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="41"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="124"/>
        <source>Share of the available balance</source>
        <translation>Parte del saldo disponible</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="140"/>
        <source>Shown amount</source>
        <translation>Cantidad visible</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="182"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="60"/>
        <source>Size</source>
        <translation>Dimensionar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="115"/>
        <source>Sizing by risk needs the stop-loss as a price (tick “Take-profit and stop-loss”).</source>
        <translation>Dimensionar por riesgo requiere el stop-loss como precio (marca “Take-profit y stop-loss”).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="118"/>
        <source>Sizing…</source>
        <translation>Dimensionando…</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="145"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="192"/>
        <source>Stop-loss</source>
        <translation>Stop-loss</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="67"/>
        <source>Switch cross / isolated margin</source>
        <translation>Cambiar margen cruzado / aislado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="68"/>
        <source>Switch the order entry's perpetual symbol between cross and isolated margin</source>
        <translation>Cambia el símbolo perpetuo de la boleta entre margen cruzado y aislado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="181"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="191"/>
        <source>Take-profit</source>
        <translation>Take-profit</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="141"/>
        <source>Take-profit and stop-loss</source>
        <translation>Take-profit y stop-loss</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="143"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="147"/>
        <source>That number is too long: use at most 15 significant digits.</source>
        <translation>Número demasiado largo: use como máximo 15 dígitos significativos.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="335"/>
        <source>That puts the price at or below zero.</source>
        <translation>Eso deja el precio en cero o por debajo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="92"/>
        <source>The account the order goes to</source>
        <translation>La cuenta a la que va la orden</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="364"/>
        <source>Time in force applies to limit orders only.</source>
        <translation>La validez solo se aplica a órdenes limitadas.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>To stop</source>
        <translation>Hasta el stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="194"/>
        <source>Too many decimals: at most {n} (step {step} {base}).</source>
        <translation>Demasiados decimales: como máximo {n} (paso {step} {base}).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="188"/>
        <source>Trail</source>
        <translation>Distancia móvil</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="186"/>
        <source>Trigger</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="135"/>
        <source>Trigger price</source>
        <translation>Precio de activación</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="59"/>
        <source>Turn the position in the order entry's symbol to the other side at market</source>
        <translation>Dar la vuelta a la posición en el símbolo de la boleta a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="183"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="78"/>
        <source>Type numbers in your locale (e.g. 1,5 in Portuguese); a point decimal like 1.5 is accepted where it cannot be a thousands group.</source>
        <translation>Escriba los números en el formato de su idioma (p. ej. 1,5); un decimal con punto como 1.5 se acepta cuando no puede ser un separador de miles.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="193"/>
        <source>Validity</source>
        <translation>Validez</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="189"/>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="39"/>
        <source>Volatility target (a year)</source>
        <translation>Volatilidad objetivo (al año)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="110"/>
        <source>What the account's exchange runs itself, and what Pregão emulates on top of it</source>
        <translation>Lo que el exchange de la cuenta ejecuta y lo que Pregão emula encima</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="44"/>
        <source>at market</source>
        <translation>a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="43"/>
        <source>at {price}</source>
        <translation>a {price}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="30"/>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="178"/>
        <source>cross</source>
        <translation>cruzado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="32"/>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="29"/>
        <source>filled</source>
        <translation>ejecutada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="178"/>
        <source>isolated</source>
        <translation>aislado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="79"/>
        <source>maker</source>
        <translation>maker</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="27"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="28"/>
        <source>partially filled</source>
        <translation>parcialmente ejecutada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="26"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="139"/>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="31"/>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="79"/>
        <source>taker</source>
        <translation>taker</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="85"/>
        <source>target {r} R</source>
        <translation>objetivo {r} R</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="255"/>
        <source>{amount} {base} is above the maximum {maximum} {base}.</source>
        <translation>{amount} {base} está por encima del máximo de {maximum} {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="250"/>
        <source>{amount} {base} is below the minimum {minimum} {base}.</source>
        <translation>{amount} {base} está por debajo del mínimo de {minimum} {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="267"/>
        <source>{label} (paper)</source>
        <translation>{label} (papel)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="269"/>
        <source>{name} (emulated)</source>
        <translation>{name} (emulada)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="45"/>
        <source>{side} {amount} {base} {where} ({type}) on “{account}”?</source>
        <translation>¿{side} {amount} {base} {where} ({type}) en “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="74"/>
        <source>{side} {amount} {base}: outcome unknown, being checked at the exchange. Do not send it again.</source>
        <translation>{side} {amount} {base}: resultado desconocido, se está verificando en el exchange. No la envíe de nuevo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="80"/>
        <source>{side} {amount} {base}: {status}.</source>
        <translation>{side} {amount} {base}: {status}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="77"/>
        <source>{side} {filled} {base} at {price} ({status}).</source>
        <translation>{side} {filled} {base} a {price} ({status}).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="142"/>
        <source>{symbol} is not a perpetual: it has no leverage or margin mode</source>
        <translation>{symbol} no es un perpetuo: no tiene apalancamiento ni modo de margen</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="43"/>
        <source>“{account}” prices {symbol} from the demo market, not from the replay on the chart. To trade the replay, choose an account whose price source is the replay (Tools › Accounts can add one).</source>
        <translation>“{account}” toma los precios de {symbol} del mercado de demostración, no de la repetición del gráfico. Para operar la repetición, elija una cuenta cuya fuente de precios sea la repetición (Herramientas › Cuentas puede crear una).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="47"/>
        <source>“{account}” prices {symbol} from the replay, not from the demo market on the chart. To trade the demo market, choose an account whose price source is the demo market, or show the replay on the chart.</source>
        <translation>“{account}” toma los precios de {symbol} de la repetición, no del mercado de demostración del gráfico. Para operar el mercado de demostración, elija una cuenta cuya fuente de precios sea el mercado de demostración, o muestre la repetición en el gráfico.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="133"/>
        <source>“{text}” is ambiguous: write {grouped} for a thousands group or {decimal} for a decimal.</source>
        <translation>“{text}” es ambiguo: escriba {grouped} para miles o {decimal} para un decimal.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="139"/>
        <source>“{text}” is not a number in your locale: write decimals like {example}.</source>
        <translation>“{text}” no es un número en su idioma: escriba los decimales como {example}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="127"/>
        <source>“{text}” is not a number: use the digits 0–9 and “{point}” for decimals.</source>
        <translation>“{text}” no es un número: use los dígitos 0–9 y “{point}” para los decimales.</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="82"/>
        <source>A bracket order needs a take-profit and a stop-loss</source>
        <translation>Una orden bracket necesita un take-profit y un stop-loss</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="78"/>
        <source>A trailing stop needs a trail distance or percentage</source>
        <translation>Un stop dinámico necesita una distancia o un porcentaje</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="43"/>
        <source>A {type} order cannot be modified: cancel it and place a new one.</source>
        <translation>Una orden {type} no se puede modificar: cancélala y coloca una nueva.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="63"/>
        <source>Adopted from the exchange: placed outside this app or before its journal knew it.</source>
        <translation>Adoptada de la plataforma: colocada fuera de esta aplicación o antes de que su diario la conociera.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_recording.py" line="64"/>
        <source>Adopted from the exchange: placed outside this app.</source>
        <translation>Adoptada de la plataforma: colocada fuera de esta aplicación.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="80"/>
        <source>An OCO order needs a take-profit price and a stop price</source>
        <translation>Una orden OCO necesita un precio de take-profit y un precio de stop</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="70"/>
        <source>An order with client id {id} exists already</source>
        <translation>Ya existe una orden con el id de cliente {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="206"/>
        <source>Canceled by the trader</source>
        <translation>Cancelada por el operador</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="475"/>
        <source>Canceled by the trader.</source>
        <translation>Cancelada por el operador.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="72"/>
        <source>Found at the exchange after it was taken for never placed (its request arrived late): followed again.</source>
        <translation>Encontrada en la plataforma después de darse por no colocada (su solicitud llegó tarde): se vigila de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="37"/>
        <source>Give a new price or a new amount.</source>
        <translation>Indica un nuevo precio o una nueva cantidad.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="191"/>
        <source>Its {role} order ended at {venue}</source>
        <translation>Su orden de {role} terminó en {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="65"/>
        <source>Never sent: the app stopped before sending it, and the exchange does not know it.</source>
        <translation>Nunca enviada: la aplicación se detuvo antes de enviarla y la plataforma no la conoce.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/journal.py" line="138"/>
        <source>No journaled order has the client order id {client_order_id}.</source>
        <translation>Ninguna orden del diario tiene el id de cliente {client_order_id}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="45"/>
        <source>Not resumed after the restart: {why}.</source>
        <translation>No se reanudó tras reiniciar: {why}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="202"/>
        <source>Order {id} is not a {symbol} order</source>
        <translation>La orden {id} no es de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="337"/>
        <source>Reduce-only: no {base} left to sell</source>
        <translation>Solo-reducir: no queda {base} para vender</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="290"/>
        <source>Replaced by an exit for a larger fill</source>
        <translation>Sustituida por una salida para una ejecución mayor</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="65"/>
        <source>Replaced by order {id}.</source>
        <translation>Sustituida por la orden {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="74"/>
        <source>Set aside: {error} Check it on the exchange itself; the rest of the account is followed as usual.</source>
        <translation>Apartada: {error} Revísala en la propia plataforma; el resto de la cuenta se sigue como siempre.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/journal.py" line="118"/>
        <source>The client order id {client_order_id} is already in the journal; an order needs a new one.</source>
        <translation>El id de cliente {client_order_id} ya está en el diario; una orden necesita uno nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="256"/>
        <source>The connection closed; the engine no longer watched it</source>
        <translation>La conexión se cerró; el motor dejó de vigilarla</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="69"/>
        <source>The engine could not resume this order after the app stopped (emulated by the engine, its saved state was missing or unreadable); its orders at the exchange were canceled so none works unwatched.</source>
        <translation>El motor no pudo reanudar esta orden tras detenerse la aplicación (emulada por el motor, su estado guardado faltaba o era ilegible); sus órdenes en la plataforma se cancelaron para que ninguna quede sin vigilancia.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="67"/>
        <source>The exchange never received this order (it has no order with its client id).</source>
        <translation>La plataforma nunca recibió esta orden (no tiene ninguna orden con su id de cliente).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="68"/>
        <source>The order filled before it could be modified.</source>
        <translation>La orden se ejecutó antes de poder modificarse.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="76"/>
        <source>The paper account restarted without this order: it was not saved before the app stopped, or could not be restored.</source>
        <translation>La cuenta simulada se reinició sin esta orden: no se guardó antes de detenerse la aplicación, o no se pudo restaurar.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="225"/>
        <source>The stop for the rest could not be placed: {why}</source>
        <translation>No se pudo colocar el stop del resto: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="271"/>
        <source>The take-profit and stop-loss could not be placed: {why}</source>
        <translation>No se pudieron colocar el take-profit y el stop-loss: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="305"/>
        <source>The {venue} connection is closed</source>
        <translation>La conexión con {venue} está cerrada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="88"/>
        <source>There is no {symbol} position to close.</source>
        <translation>No hay posición en {symbol} para cerrar.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="105"/>
        <source>There is no {symbol} position to reverse.</source>
        <translation>No hay posición en {symbol} para invertir.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="487"/>
        <source>This order has not reached the exchange yet; it is being checked and can be canceled once it is known.</source>
        <translation>Esta orden aún no ha llegado a la plataforma; se está comprobando y podrá cancelarse en cuanto se conozca.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="41"/>
        <source>This order is no longer open.</source>
        <translation>Esta orden ya no está abierta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="517"/>
        <source>This order is not in the journal of this account.</source>
        <translation>Esta orden no está en el diario de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="52"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="53"/>
        <source>exit</source>
        <translation>salida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="119"/>
        <source>it ended at {venue} while Pregão was closed</source>
        <translation>terminó en {venue} mientras Pregão estaba cerrado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="141"/>
        <source>its {role} order {id} is no longer known to {venue}</source>
        <translation>su orden de {role} {id} ya no es conocida en {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="53"/>
        <source>market</source>
        <translation>a mercado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="52"/>
        <source>stop-loss</source>
        <translation>stop-loss</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="52"/>
        <source>take-profit</source>
        <translation>take-profit</translation>
    </message>
    <message>
        <location filename="../desktop/engine/margin_settings.py" line="32"/>
        <source>{account} has no margined markets: {symbol} has no leverage</source>
        <translation>{account} no tiene mercados con margen: {symbol} no tiene apalancamiento</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="101"/>
        <source>{symbol} is a spot market: a position can be closed but not reversed into a short.</source>
        <translation>{symbol} es un mercado al contado: la posición se puede cerrar, pero no invertir a corto.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="359"/>
        <source>{symbol} is not a market on {venue}</source>
        <translation>{symbol} no es un mercado en {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="446"/>
        <source>{venue} accepted the order but the journal could not record it ({why}); it is being checked at the exchange. Do not send it again.</source>
        <translation>{venue} aceptó la orden, pero el diario no pudo registrarla ({why}); se está comprobando en la plataforma. No la envíes de nuevo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="172"/>
        <source>{venue} does not take {type} orders</source>
        <translation>{venue} no acepta órdenes {type}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="356"/>
        <source>{venue} does not take {type} orders.</source>
        <translation>{venue} no acepta órdenes {type}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="176"/>
        <source>{venue} has no market and limit orders to emulate {type} orders on</source>
        <translation>{venue} no tiene órdenes a mercado y limitadas sobre las que emular órdenes {type}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="523"/>
        <source>{venue} has no market {symbol}.</source>
        <translation>{venue} no tiene el mercado {symbol}.</translation>
    </message>
</context>
<context>
    <name>PaperVenue</name>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="98"/>
        <source>A trailing stop needs either a trail amount or a trail percent</source>
        <translation>Un stop dinámico necesita una distancia o un porcentaje</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="64"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="79"/>
        <source>An iceberg order needs a visible amount</source>
        <translation>Una orden iceberg necesita una cantidad visible</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="249"/>
        <source>Canceled by the trader</source>
        <translation>Cancelada por el operador</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="244"/>
        <source>Canceled: the position was liquidated</source>
        <translation>Cancelada: la posición fue liquidada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="93"/>
        <source>Fill-or-kill: only {available} {base} was available at {limit} or better; nothing filled</source>
        <translation>Todo-o-nada: solo había {available} {base} disponible a {limit} o mejor; no se ejecutó nada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="133"/>
        <source>Filled {done} of {total} {base}; the rest was canceled because {why}</source>
        <translation>Ejecutado {done} de {total} {base}; el resto se canceló porque {why}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="101"/>
        <source>Immediate-or-cancel: the unfilled rest was canceled</source>
        <translation>Inmediata-o-cancelar: el resto no ejecutado se canceló</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/ledger.py" line="81"/>
        <source>Insufficient {currency}: need {need}, have {have}</source>
        <translation>{currency} insuficiente: necesitas {need}, tienes {have}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="72"/>
        <source>Limit price</source>
        <translation>Precio límite</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="262"/>
        <source>Liquidated at the mark price {mark} {quote}: the margin ratio reached 100 %</source>
        <translation>Liquidada al precio de marca {mark} {quote}: el ratio de margen llegó al 100 %</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="233"/>
        <source>No order book for {symbol} yet</source>
        <translation>Aún no hay libro de órdenes para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="155"/>
        <source>No order with client id {id} reached the paper venue</source>
        <translation>Ninguna orden con el id de cliente {id} llegó a la cuenta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="223"/>
        <source>No price for {symbol} yet</source>
        <translation>Aún no hay precio para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="108"/>
        <source>No price for {symbol} yet: a trailing stop starts from the last price</source>
        <translation>Aún no hay precio para {symbol}: un stop dinámico parte del último precio</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="32"/>
        <source>No price for {symbol} yet: the paper venue fills market orders once its price source has sent one</source>
        <translation>Aún no hay precio para {symbol}: la cuenta simulada ejecuta órdenes a mercado en cuanto su fuente de precios envía uno</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="213"/>
        <source>Not enough {currency} to place the take-profit and stop-loss; the position is unprotected</source>
        <translation>No hay suficiente {currency} para colocar el take-profit y el stop-loss; la posición está desprotegida</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="139"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}</source>
        <translation>El valor de la orden, {value} {quote}, está por debajo del mínimo de {minimum} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="348"/>
        <source>Order {id} is not a {symbol} order</source>
        <translation>La orden {id} no es de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="148"/>
        <source>Order {id} is unknown to the paper venue</source>
        <translation>La orden {id} es desconocida en la cuenta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="80"/>
        <source>Post-only {side} at {limit} would take liquidity at {best} {quote}; it was rejected to keep it a maker order</source>
        <translation>{side} solo-maker a {limit} tomaría liquidez a {best} {quote}; se rechazó para que siga siendo una orden maker</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="66"/>
        <source>Reduce-only and close-position apply to derivatives; {symbol} is a spot market</source>
        <translation>Solo-reducir y cerrar posición se aplican a derivados; {symbol} es un mercado al contado</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="301"/>
        <source>Reduce-only {side}: there is no {symbol} position it could reduce</source>
        <translation>{side} solo-reducción: no hay posición en {symbol} que pueda reducir</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="407"/>
        <source>Reduce-only: filled {done} {base}; nothing was left to reduce</source>
        <translation>Solo-reducción: se ejecutó {done} {base}; no quedó nada que reducir</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="74"/>
        <source>Stop price</source>
        <translation>Precio de stop</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="251"/>
        <source>Stop price {stop} is already reached (last {last} {quote}); the order would trigger immediately</source>
        <translation>El precio de stop {stop} ya se alcanzó (último {last} {quote}); la orden se dispararía de inmediato</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="85"/>
        <source>Stop-loss price</source>
        <translation>Precio de stop-loss</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="84"/>
        <source>Take-profit price</source>
        <translation>Precio de take-profit</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="230"/>
        <source>The bracket's exit started; the unfilled entry was canceled</source>
        <translation>La salida del bracket empezó; la entrada no ejecutada se canceló</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="181"/>
        <source>The other leg of the OCO filled or triggered</source>
        <translation>La otra pata de la OCO se ejecutó o se disparó</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="52"/>
        <source>The paper venue does not support {type} orders</source>
        <translation>La cuenta simulada no admite órdenes {type}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="333"/>
        <source>The paper venue has no {stream} stream</source>
        <translation>La cuenta simulada no tiene el flujo {stream}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="354"/>
        <source>The paper venue is closed</source>
        <translation>La cuenta simulada está cerrada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="201"/>
        <source>The paper venue keeps only the {kept} candles its price source sent, not {timeframe}</source>
        <translation>La cuenta simulada solo guarda las velas de {kept} que envió su fuente de precios, no de {timeframe}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="82"/>
        <source>The visible amount cannot exceed the order amount</source>
        <translation>La cantidad visible no puede superar la cantidad de la orden</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="69"/>
        <source>Time in force {tif} applies to limit orders only</source>
        <translation>La vigencia {tif} solo se aplica a órdenes limitadas</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="100"/>
        <source>Trail amount</source>
        <translation>Distancia del stop dinámico</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="102"/>
        <source>Trail percent must be between 0 and 100</source>
        <translation>El porcentaje del stop dinámico debe estar entre 0 y 100</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="80"/>
        <source>Visible amount</source>
        <translation>Cantidad visible</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="83"/>
        <source>buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="83"/>
        <source>sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="66"/>
        <source>the book had no more depth</source>
        <translation>el libro no tenía más profundidad</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="77"/>
        <source>the market had no more depth or funds ran out</source>
        <translation>el mercado no tenía más profundidad o se acabó el saldo</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="67"/>
        <source>the market had no more depth or margin ran out</source>
        <translation>el mercado no tenía más profundidad o se acabó el margen</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="372"/>
        <source>{symbol} is a spot market: it has no leverage or margin mode</source>
        <translation>{symbol} es un mercado al contado: no tiene apalancamiento ni modo de margen</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="340"/>
        <source>{symbol} is not traded on the paper venue</source>
        <translation>{symbol} no se negocia en la cuenta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="51"/>
        <source>{what} is required for this order type</source>
        <translation>{what}: obligatorio para este tipo de orden</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="33"/>
        <source>{what} must be greater than zero</source>
        <translation>{what}: debe ser mayor que cero</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="41"/>
        <source>{what} {shown} {base} is above the maximum {maximum} {base}</source>
        <translation>{what} {shown} {base} está por encima del máximo de {maximum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="37"/>
        <source>{what} {shown} {base} is below the minimum {minimum} {base}</source>
        <translation>{what} {shown} {base} está por debajo del mínimo de {minimum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="45"/>
        <source>{what} {shown} {base} is not a multiple of the step {step} {base}</source>
        <translation>{what} {shown} {base} no es múltiplo del paso de {step} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="57"/>
        <source>{what} {shown} {quote} is not a multiple of the tick {tick} {quote}</source>
        <translation>{what} {shown} {quote} no es múltiplo del tick de {tick} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="114"/>
        <source>{what} {side} needs the take-profit {tp} above and the stop {sl} below {ref} {quote}</source>
        <translation>{what} ({side}) necesita el take-profit {tp} por encima y el stop {sl} por debajo de {ref} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="118"/>
        <source>{what} {side} needs the take-profit {tp} below and the stop {sl} above {ref} {quote}</source>
        <translation>{what} ({side}) necesita el take-profit {tp} por debajo y el stop {sl} por encima de {ref} {quote}</translation>
    </message>
</context>
<context>
    <name>PerformanceDock</name>
    <message>
        <location filename="../widgets/performance/panel.py" line="272"/>
        <source>Account: {name}</source>
        <translation>Cuenta: {name}</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="86"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="207"/>
        <source>Benchmark: {name}, bought and held from the same capital</source>
        <translation>Referencia: {name}, comprado y mantenido con el mismo capital</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="277"/>
        <source>Bot: {name}</source>
        <translation>Bot: {name}</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="200"/>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="259"/>
        <source>Loading accounts</source>
        <translation>Cargando cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="104"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="284"/>
        <source>No account yet: add one in File → Accounts.</source>
        <translation>Aún no hay cuentas: añada una en Archivo → Cuentas.</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="209"/>
        <source>No benchmark: no price feed has BTC/USDT</source>
        <translation>Sin referencia: ninguna fuente de precios tiene BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="72"/>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="97"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="95"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="83"/>
        <source>The account or the bot whose performance is shown</source>
        <translation>La cuenta o el bot cuyo rendimiento se muestra</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="104"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="86"/>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
</context>
<context>
    <name>PositionRules</name>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="78"/>
        <source>Closed by the time rule: open {hours:.1f} h</source>
        <translation>Cerrada por la regla de tiempo: abierta {hours:.1f} h</translation>
    </message>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="87"/>
        <source>Initial stop {atr:g} ATR away</source>
        <translation>Stop inicial a {atr:g} ATR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="96"/>
        <source>Stop to break-even at +{r:g} R</source>
        <translation>Stop a break-even en +{r:g} R</translation>
    </message>
    <message>
        <location filename="../desktop/engine/position_rules_runner.py" line="92"/>
        <source>The position was closed by the time rule.</source>
        <translation>La posición se cerró por la regla de tiempo.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../widgets/protection.py" line="88"/>
        <source>Bots are running</source>
        <translation>Hay bots en marcha</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="304"/>
        <source>Hide the window; Pregão and its orders keep working</source>
        <translation>Oculta la ventana; Pregão y sus órdenes siguen funcionando</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="92"/>
        <source>If you quit, nothing watches them until Pregão starts again; then they resume where they were. Keep Pregão running in the tray to keep them working.</source>
        <translation>Si sale, nada las vigila hasta que Pregão vuelva a abrirse; entonces se reanudan donde estaban. Mantenga Pregão en la bandeja para que sigan funcionando.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="95"/>
        <source>Keep running in the tray</source>
        <translation>Seguir ejecutándose en la bandeja</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="81"/>
        <source>Pregão itself runs these orders; they only work while it runs:</source>
        <translation>El propio Pregão ejecuta estas órdenes; solo funcionan mientras está abierto:</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="225"/>
        <source>Pregão keeps running: {0} protective orders are working.</source>
        <translation>Pregão sigue ejecutándose: {0} órdenes de protección activas.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="255"/>
        <source>Pregão: {0} protective orders working</source>
        <translation>Pregão: {0} órdenes de protección activas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="88"/>
        <source>Protective orders are working</source>
        <translation>Hay órdenes de protección activas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="275"/>
        <source>Protective orders not resumed</source>
        <translation>Órdenes de protección no reanudadas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="97"/>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="306"/>
        <source>Show Pregão</source>
        <translation>Mostrar Pregão</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="280"/>
        <source>The order monitors show them as canceled, with the reason; place them again if the position still needs them.</source>
        <translation>Los monitores de órdenes las muestran como canceladas, con el motivo; vuelva a enviarlas si la posición aún las necesita.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="87"/>
        <source>These bots stop deciding while Pregão is closed: {0}</source>
        <translation>Estos bots dejan de decidir mientras Pregão esté cerrado: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="271"/>
        <source>These orders could not be resumed after the restart and no longer work:</source>
        <translation>Estas órdenes no se pudieron reanudar tras el reinicio y ya no funcionan:</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="216"/>
        <source>This desktop has no system tray</source>
        <translation>Este escritorio no tiene bandeja del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="51"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="293"/>
        <source>order {0}</source>
        <translation>orden {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="51"/>
        <source>sell</source>
        <translation>venta</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="61"/>
        <source>stop {0}</source>
        <translation>stop {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="63"/>
        <source>target {0}</source>
        <translation>objetivo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="269"/>
        <source>• {what} on {venue}: {why}</source>
        <translation>• {what} en {venue}: {why}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="80"/>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../widgets/replay_panel.py" line="48"/>
        <source>A CSV or Parquet file with timestamp, open, high, low, close, volume</source>
        <translation>Archivo CSV o Parquet con las columnas timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="62"/>
        <source>Advance one candle (while paused)</source>
        <translation>Avanzar una vela (en pausa)</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="50"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="116"/>
        <source>Choose a file to replay.</source>
        <translation>Elija un archivo para reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="63"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="151"/>
        <source>Close replay</source>
        <translation>Cerrar repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="66"/>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="51"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="107"/>
        <source>Open candle file</source>
        <translation>Abrir archivo de velas</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="199"/>
        <source>Open replay file…</source>
        <translation>Abrir archivo de repetición…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="60"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="209"/>
        <source>Pause or resume replay</source>
        <translation>Pausar o reanudar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="205"/>
        <source>Play a candle file as a live market</source>
        <translation>Reproducir un archivo de velas como mercado en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="42"/>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="225"/>
        <source>Replay faster</source>
        <translation>Acelerar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="233"/>
        <source>Replay slower</source>
        <translation>Ralentizar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="59"/>
        <source>Replay speed: 1× plays a 1-minute candle in a minute</source>
        <translation>Velocidad de repetición: a 1× una vela de 1 minuto dura un minuto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="134"/>
        <source>Replaying {0}</source>
        <translation>Reproduciendo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="178"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="73"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="61"/>
        <source>Step</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="217"/>
        <source>Step replay one candle</source>
        <translation>Avanzar la repetición una vela</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="187"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="187"/>
        <source>playing</source>
        <translation>reproduciendo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="22"/>
        <source>Account report</source>
        <translation>Informe de la cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="102"/>
        <source>Against the benchmark</source>
        <translation>Frente a la referencia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="148"/>
        <source>Alpha (annualised)</source>
        <translation>Alfa (anualizado)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="87"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="107"/>
        <source>Annualised return</source>
        <translation>Rendimiento anualizado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="153"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="155"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="90"/>
        <source>Average</source>
        <translation>Precio medio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="144"/>
        <source>Average MAE</source>
        <translation>MAE medio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="145"/>
        <source>Average MFE</source>
        <translation>MFE medio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="141"/>
        <source>Average bars held</source>
        <translation>Media de barras en posición</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="136"/>
        <source>Average loss</source>
        <translation>Pérdida media</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="135"/>
        <source>Average win</source>
        <translation>Ganancia media</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="19"/>
        <source>Backtest report</source>
        <translation>Informe de backtest</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="81"/>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="25"/>
        <source>Benchmark</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="146"/>
        <source>Benchmark return</source>
        <translation>Rendimiento de la referencia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="109"/>
        <source>Best day</source>
        <translation>Mejor día</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="111"/>
        <source>Best month</source>
        <translation>Mejor mes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="147"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="21"/>
        <source>Bot report</source>
        <translation>Informe del bot</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="68"/>
        <source>Bottom</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="108"/>
        <source>Buy and hold return</source>
        <translation>Rendimiento de comprar y mantener</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="43"/>
        <source>By symbol</source>
        <translation>Por símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="121"/>
        <source>CVaR 95 % (one bar)</source>
        <translation>CVaR 95 % (una barra)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="116"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="149"/>
        <source>Correlation</source>
        <translation>Correlación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="63"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="93"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="70"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="157"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="66"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="40"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="50"/>
        <source>Distribution of daily returns</source>
        <translation>Distribución de los rendimientos diarios</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="59"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="46"/>
        <source>Drawdown (underwater)</source>
        <translation>Drawdown (bajo el máximo)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="74"/>
        <source>Entry price</source>
        <translation>Precio de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="73"/>
        <source>Entry time</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="38"/>
        <source>Equity</source>
        <translation>Patrimonio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="45"/>
        <source>Equity and benchmark</source>
        <translation>Patrimonio y referencia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="123"/>
        <source>Excess kurtosis</source>
        <translation>Curtosis en exceso</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="84"/>
        <source>Exit</source>
        <translation>Motivo de salida</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="76"/>
        <source>Exit price</source>
        <translation>Precio de salida</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="75"/>
        <source>Exit time</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="133"/>
        <source>Expectancy per trade</source>
        <translation>Esperanza por operación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="142"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="152"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="91"/>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="92"/>
        <source>Fee currency</source>
        <translation>Moneda de la comisión</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="80"/>
        <source>Fees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="143"/>
        <source>Fees paid</source>
        <translation>Comisiones pagadas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="88"/>
        <source>Filled</source>
        <translation>Ejecutado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="42"/>
        <source>Fills</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="105"/>
        <source>Final equity</source>
        <translation>Patrimonio final</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="64"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="32"/>
        <source>Generated by Pregão on {date}</source>
        <translation>Generado por Pregão el {date}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="150"/>
        <source>Information ratio</source>
        <translation>Ratio de información</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="152"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="155"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="154"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="138"/>
        <source>Largest loss</source>
        <translation>Mayor pérdida</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="137"/>
        <source>Largest win</source>
        <translation>Mayor ganancia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="129"/>
        <source>Longest drawdown (days)</source>
        <translation>Drawdown más largo (días)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="82"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="83"/>
        <source>MFE</source>
        <translation>MFE</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="153"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="140"/>
        <source>Max consecutive losses</source>
        <translation>Máx. de pérdidas seguidas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="139"/>
        <source>Max consecutive wins</source>
        <translation>Máx. de ganancias seguidas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="124"/>
        <source>Max drawdown</source>
        <translation>Drawdown máximo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="126"/>
        <source>Max drawdown: bottom</source>
        <translation>Drawdown máximo: mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="128"/>
        <source>Max drawdown: days</source>
        <translation>Drawdown máximo: días</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="125"/>
        <source>Max drawdown: peak</source>
        <translation>Drawdown máximo: máximo previo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="127"/>
        <source>Max drawdown: recovery</source>
        <translation>Drawdown máximo: recuperación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="154"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="29"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="30"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="61"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="39"/>
        <source>Monthly returns</source>
        <translation>Rendimientos mensuales</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="157"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="156"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="117"/>
        <source>Omega ratio</source>
        <translation>Ratio Omega</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="34"/>
        <source>One row every {step} bars ({bars} bars in the run)</source>
        <translation>Una fila cada {step} barras ({bars} barras en la ejecución)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="20"/>
        <source>Optimisation report</source>
        <translation>Informe de optimización</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="41"/>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="78"/>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="31"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="27"/>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="26"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="134"/>
        <source>Payoff ratio</source>
        <translation>Ratio ganancia/pérdida</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="67"/>
        <source>Peak</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="23"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="89"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="132"/>
        <source>Profit factor</source>
        <translation>Factor de beneficio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="96"/>
        <source>Realised P&amp;L</source>
        <translation>P&amp;L realizado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="69"/>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="62"/>
        <source>Return</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="98"/>
        <source>Returns</source>
        <translation>Rendimientos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="99"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="51"/>
        <source>Rolling Sharpe (30 days)</source>
        <translation>Sharpe móvil (30 días)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="156"/>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="114"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="72"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="77"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="122"/>
        <source>Skew</source>
        <translation>Asimetría</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="115"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="104"/>
        <source>Starting equity</source>
        <translation>Patrimonio inicial</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="86"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="36"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="71"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="24"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="119"/>
        <source>Tail ratio</source>
        <translation>Ratio de colas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="57"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="65"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="106"/>
        <source>Total return</source>
        <translation>Rendimiento total</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="49"/>
        <source>Trade P&amp;L distribution</source>
        <translation>Distribución del P&amp;L de las operaciones</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="37"/>
        <source>Trades</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="85"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="118"/>
        <source>Ulcer index</source>
        <translation>Índice Ulcer</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="120"/>
        <source>VaR 95 % (one bar)</source>
        <translation>VaR 95 % (una barra)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="28"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="113"/>
        <source>Volatility (annualised)</source>
        <translation>Volatilidad (anualizada)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="95"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="131"/>
        <source>Win rate</source>
        <translation>Tasa de acierto</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="110"/>
        <source>Worst day</source>
        <translation>Peor día</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="52"/>
        <source>Worst drawdowns</source>
        <translation>Peores drawdowns</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="112"/>
        <source>Worst month</source>
        <translation>Peor mes</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="60"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="48"/>
        <source>Yearly returns</source>
        <translation>Rendimientos anuales</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="158"/>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="33"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="159"/>
        <source>short</source>
        <translation>corto</translation>
    </message>
    <message>
        <location filename="../desktop/reports/account.py" line="118"/>
        <source>{name}: {count} equity point(s) between {start} and {end} UTC; a report needs at least two (the app records the equity every minute while the account is connected)</source>
        <translation>{name}: {count} punto(s) de patrimonio entre {start} y {end} UTC; un informe necesita al menos dos (la app registra el patrimonio cada minuto mientras la cuenta está conectada)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="54"/>
        <source>… and {count} more trades (all of them are in the Excel report)</source>
        <translation>… y {count} operaciones más (todas están en el informe Excel)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../widgets/performance/commands.py" line="87"/>
        <source>Choose an account or a bot in the Performance dock</source>
        <translation>Elija una cuenta o un bot en el panel Rendimiento</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="110"/>
        <source>Excel and/or PDF report of the account or bot shown in the Performance dock, over a period</source>
        <translation>Informe Excel y/o PDF de la cuenta o del bot mostrado en el panel Rendimiento, en un período</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="102"/>
        <source>Excel and/or PDF report of the backtest result shown</source>
        <translation>Informe Excel y/o PDF del resultado de backtest mostrado</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="105"/>
        <source>Excel and/or PDF report of the parameter set selected in the optimisation results</source>
        <translation>Informe Excel y/o PDF del conjunto de parámetros seleccionado en los resultados de la optimización</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="108"/>
        <source>Excel and/or PDF report of the selected bot over a period</source>
        <translation>Informe Excel y/o PDF del bot seleccionado en un período</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="101"/>
        <source>Export backtest report…</source>
        <translation>Exportar informe del backtest…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="107"/>
        <source>Export bot report…</source>
        <translation>Exportar informe del bot…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="103"/>
        <source>Export report of the selected set…</source>
        <translation>Exportar informe del conjunto seleccionado…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="109"/>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="42"/>
        <source>Open a backtest result first</source>
        <translation>Abra primero un resultado de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="75"/>
        <source>Select a bot first</source>
        <translation>Seleccione primero un bot</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="62"/>
        <source>Select a parameter set in the optimisation results first</source>
        <translation>Seleccione primero un conjunto de parámetros en los resultados de la optimización</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="66"/>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../widgets/common/report_export.py" line="78"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="49"/>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="71"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="71"/>
        <source>Excel and PDF</source>
        <translation>Excel y PDF</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="108"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="62"/>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="83"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="74"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="132"/>
        <source>Give a file name</source>
        <translation>Indique un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="71"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="99"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="100"/>
        <source>Period (UTC, both days included)</source>
        <translation>Período (UTC, ambos días incluidos)</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="69"/>
        <source>Report of</source>
        <translation>Informe de</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="77"/>
        <source>The file name; .xlsx and .pdf are added</source>
        <translation>El nombre del archivo; se añaden .xlsx y .pdf</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="138"/>
        <source>The folder {folder} does not exist</source>
        <translation>La carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="159"/>
        <source>The period ends before it starts</source>
        <translation>El período termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="49"/>
        <source>Writing the Excel file…</source>
        <translation>Escribiendo el archivo Excel…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="50"/>
        <source>Writing the PDF…</source>
        <translation>Escribiendo el PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="179"/>
        <source>Written: {files}</source>
        <translation>Escrito: {files}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="141"/>
        <source>Choose Excel, PDF or both</source>
        <translation>Elige Excel, PDF o ambos</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="120"/>
        <source>No account {account_id!r}</source>
        <translation>Ninguna cuenta {account_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="129"/>
        <source>No bot {bot_id!r}</source>
        <translation>Ningún bot {bot_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="98"/>
        <source>Not a performance scope: {scope!r}</source>
        <translation>No es un ámbito de rendimiento: {scope!r}</translation>
    </message>
</context>
<context>
    <name>RiskBook</name>
    <message>
        <location filename="../desktop/risk/book_service.py" line="70"/>
        <source>The confidence level must be 95 % or 99 %</source>
        <translation>El nivel de confianza debe ser 95 % o 99 %</translation>
    </message>
    <message>
        <location filename="../desktop/risk/book_service.py" line="67"/>
        <source>The window must be one of {windows} days</source>
        <translation>La ventana debe ser de uno de estos números de días: {windows}</translation>
    </message>
</context>
<context>
    <name>RiskBreakers</name>
    <message>
        <location filename="../desktop/risk/breakers.py" line="132"/>
        <source>Daily loss limit reached: {lost} of {limit} allowed</source>
        <translation>Límite de pérdida diaria alcanzado: {lost} de {limit} permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="141"/>
        <source>Drawdown limit reached: equity is {dd:.2f} % below its peak of {peak}, {limit:g} % allowed</source>
        <translation>Límite de drawdown alcanzado: el patrimonio está {dd:.2f} % por debajo de su máximo de {peak}, {limit:g} % permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="112"/>
        <source>Margin use {use:.1f} % reached the {limit:g} % level</source>
        <translation>El uso de margen de {use:.1f} % alcanzó el nivel de {limit:g} %</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="150"/>
        <source>{streak} losing trades in a row ({limit} allowed): cooling down for {minutes:g} min</source>
        <translation>{streak} operaciones perdedoras seguidas ({limit} permitidas): pausa de {minutes:g} min</translation>
    </message>
</context>
<context>
    <name>RiskDock</name>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>% equity</source>
        <translation>% patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="39"/>
        <source>1-day VaR 99%</source>
        <translation>VaR 1 día 99%</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="107"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="60"/>
        <source>Annualised volatility of hourly log-returns over the window</source>
        <translation>Volatilidad anualizada de los log-rendimientos horarios en la ventana</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="78"/>
        <source>Asset</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="63"/>
        <source>Beta to BTC</source>
        <translation>Beta al BTC</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>Book P&amp;L</source>
        <translation>Resultado de la cartera</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="43"/>
        <source>COVID crash (Black Thursday)</source>
        <translation>Caída del COVID (Jueves negro)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="124"/>
        <source>Click to show {0} in the chart and the positions</source>
        <translation>Haga clic para ver {0} en el gráfico y en las posiciones</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="105"/>
        <source>Confidence of the value at risk</source>
        <translation>Confianza del valor en riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="38"/>
        <source>Correlated exposure</source>
        <translation>Exposición correlacionada</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="174"/>
        <source>Correlation (clustered)</source>
        <translation>Correlación (agrupada)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="34"/>
        <source>Daily loss</source>
        <translation>Pérdida diaria</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="66"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="241"/>
        <source>Equity {0} · gross exposure {1} · net {2} · 1-day VaR {3}% {4}</source>
        <translation>Patrimonio {0} · exposición bruta {1} · neta {2} · VaR 1 día {3}% {4}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="53"/>
        <source>Exposure % equity</source>
        <translation>Exposición % patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="46"/>
        <source>FTX collapse</source>
        <translation>Colapso de FTX</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="30"/>
        <source>Gross exposure</source>
        <translation>Exposición bruta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="167"/>
        <source>Held assets</source>
        <translation>Activos en cartera</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="246"/>
        <source>Historical {0} · Cornish–Fisher {1} · expected shortfall {2} · Monte Carlo {3} — from {4} hourly returns</source>
        <translation>Histórico {0} · Cornish–Fisher {1} · pérdida esperada {2} · Monte Carlo {3} — de {4} rendimientos horarios</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="63"/>
        <source>How much the asset moves per 1 % move of BTC (hourly returns over the window)</source>
        <translation>Cuánto se mueve el activo por cada 1 % del BTC (rendimientos horarios en la ventana)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="42"/>
        <source>January 2018 crash</source>
        <translation>Caída de enero de 2018</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="37"/>
        <source>Largest asset exposure</source>
        <translation>Mayor exposición a un activo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="29"/>
        <source>Largest position</source>
        <translation>Mayor posición</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="261"/>
        <source>Ledoit–Wolf shrinkage {0} on hourly log-returns</source>
        <translation>Contracción Ledoit–Wolf {0} sobre log-rendimientos horarios</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="198"/>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="210"/>
        <source>Loading accounts</source>
        <translation>Cargando cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="36"/>
        <source>Losing trades in a row</source>
        <translation>Pérdidas seguidas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="42"/>
        <source>Margin use (halt)</source>
        <translation>Uso de margen (detener)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="41"/>
        <source>Margin use (reduce only)</source>
        <translation>Uso de margen (solo reducir)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="44"/>
        <source>May 2021 crash</source>
        <translation>Caída de mayo de 2021</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="329"/>
        <source>No account is connected: connect one in File → Accounts.</source>
        <translation>Ninguna cuenta conectada: conecte una en Archivo → Cuentas.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="142"/>
        <source>No limits are on for this account.</source>
        <translation>Ningún límite activo en esta cuenta.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="31"/>
        <source>Open orders</source>
        <translation>Órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="28"/>
        <source>Order size</source>
        <translation>Tamaño de la orden</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="33"/>
        <source>Orders per minute</source>
        <translation>Órdenes por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="32"/>
        <source>Orders per second</source>
        <translation>Órdenes por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="68"/>
        <source>P&amp;L today</source>
        <translation>Resultado hoy</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="40"/>
        <source>Reward:risk</source>
        <translation>Beneficio:riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="81"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="267"/>
        <source>Scenarios appear when the account holds something</source>
        <translation>Los escenarios aparecen cuando la cuenta tenga activos</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="68"/>
        <source>Since 00:00 UTC: the holding's change in value, today's trades included</source>
        <translation>Desde las 00:00 UTC: el cambio de valor de la tenencia, con las operaciones de hoy</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="180"/>
        <source>Stress tests</source>
        <translation>Pruebas de estrés</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="45"/>
        <source>Terra/LUNA collapse</source>
        <translation>Colapso de Terra/LUNA</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="93"/>
        <source>The account whose book is shown</source>
        <translation>La cuenta cuya cartera se muestra</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="113"/>
        <source>The account's trading state: active, reducing only (orders that reduce exposure pass) or halted</source>
        <translation>El estado de negociación de la cuenta: activa, solo reducción (pasan las órdenes que reducen la exposición) o detenida</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="56"/>
        <source>The asset's share of the book's 1-day parametric VaR (the column adds up to it); negative when it hedges the rest</source>
        <translation>La parte del activo en el VaR paramétrico a 1 día de la cartera (la columna suma el total); negativa cuando cubre el resto</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="99"/>
        <source>The history the volatility, beta, VaR and correlations are measured over (hourly returns)</source>
        <translation>El histórico sobre el que se miden volatilidad, beta, VaR y correlaciones (rendimientos horarios)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="66"/>
        <source>The price below its highest close of the window</source>
        <translation>El precio por debajo del cierre más alto de la ventana</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="256"/>
        <source>This account holds nothing yet: buy or sell something and its risk shows here. Meanwhile the correlations are those of the account's markets.</source>
        <translation>Esta cuenta aún no tiene activos: compre o venda algo y su riesgo aparece aquí. Mientras tanto, las correlaciones son las de los mercados de la cuenta.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="263"/>
        <source>Two assets with history are needed for a correlation</source>
        <translation>Una correlación necesita dos activos con histórico</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="56"/>
        <source>VaR contribution</source>
        <translation>Contribución al VaR</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="103"/>
        <source>VaR {0}%</source>
        <translation>VaR {0}%</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="53"/>
        <source>Value at the last price over the account's equity; negative for a short</source>
        <translation>Valor al último precio sobre el patrimonio de la cuenta; negativo en una posición corta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="60"/>
        <source>Volatility</source>
        <translation>Volatilidad</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="151"/>
        <source>Waiting for the account…</source>
        <translation>Esperando la cuenta…</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="109"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="55"/>
        <source>Worst day of {0}</source>
        <translation>Peor día de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="54"/>
        <source>Worst hour of {0}</source>
        <translation>Peor hora de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="56"/>
        <source>Worst week of {0}</source>
        <translation>Peor semana de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="48"/>
        <source>orders</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="50"/>
        <source>orders/min</source>
        <translation>órdenes/min</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="49"/>
        <source>orders/s</source>
        <translation>órdenes/s</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="72"/>
        <source>parametric</source>
        <translation>paramétrico</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="51"/>
        <source>trades</source>
        <translation>operaciones</translation>
    </message>
    <message>
        <location filename="../widgets/risk/correlation_view.py" line="81"/>
        <source>{0} and {1}: {2}</source>
        <translation>{0} y {1}: {2}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="96"/>
        <source>{0} d</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="64"/>
        <source>{0} {1}, all correlations 1</source>
        <translation>{0} {1}, todas las correlaciones 1</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="62"/>
        <source>{0} {1}, others by beta</source>
        <translation>{0} {1}, los demás por su beta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="95"/>
        <source>{0}: {1} used ({2}%)</source>
        <translation>{0}: {1} usado ({2}%)</translation>
    </message>
</context>
<context>
    <name>RiskGuard</name>
    <message>
        <location filename="../desktop/risk/guard.py" line="197"/>
        <source>Exposure to {asset} would be {pct:.1f} % of equity across its symbols, above the {limit:g} % allowed</source>
        <translation>La exposición a {asset} sería el {pct:.1f} % del patrimonio sumando sus símbolos, por encima del {limit:g} % permitido</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="189"/>
        <source>Gross exposure would be {pct:.1f} % of equity, above the {limit:g} % allowed</source>
        <translation>La exposición bruta sería el {pct:.1f} % del patrimonio, por encima del {limit:g} % permitido</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="212"/>
        <source>No {symbol} price history to measure its correlation and VaR with, so those limits cannot be checked; try again shortly</source>
        <translation>No hay historial de precios de {symbol} para medir su correlación y el VaR, así que esos límites no se pueden comprobar; inténtalo de nuevo en breve</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="135"/>
        <source>Order rate limit: {count} orders in the last minute, {limit} allowed; wait a moment</source>
        <translation>Límite de órdenes: {count} órdenes en el último minuto, {limit} permitidas; espera un momento</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="141"/>
        <source>Order rate limit: {count} orders in the last second, {limit} allowed; wait a moment</source>
        <translation>Límite de órdenes: {count} órdenes en el último segundo, {limit} permitidas; espera un momento</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="168"/>
        <source>Order value {value} is above the max order notional of {limit}</source>
        <translation>El valor de la orden, {value}, supera el valor máximo por orden de {limit}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="207"/>
        <source>Reward:risk is {ratio:.2f}, below the minimum of {limit:g}</source>
        <translation>La relación beneficio:riesgo es {ratio:.2f}, por debajo del mínimo de {limit:g}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="183"/>
        <source>The account's equity is not known yet, so the exposure limits cannot be checked; try again in a moment</source>
        <translation>El patrimonio de la cuenta aún no se conoce, así que no se pueden comprobar los límites de exposición; inténtalo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="227"/>
        <source>The book's 1-day 99 % VaR would be {pct:.2f} % of equity, above the {limit:g} % allowed</source>
        <translation>El VaR a 1 día al 99 % de la cartera sería el {pct:.2f} % del patrimonio, por encima del {limit:g} % permitido</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="163"/>
        <source>The order's value cannot be measured now (no {symbol} price), so the risk limits cannot be checked; try again when prices arrive</source>
        <translation>El valor de la orden no se puede medir ahora (sin precio de {symbol}), así que no se pueden comprobar los límites de riesgo; inténtalo de nuevo cuando lleguen los precios</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="175"/>
        <source>The {symbol} position would be worth {value}, above the {limit} allowed per symbol</source>
        <translation>La posición en {symbol} valdría {value}, por encima de los {limit} permitidos por símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="117"/>
        <source>This account only reduces positions</source>
        <translation>Esta cuenta solo reduce posiciones</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="112"/>
        <source>Trading is halted on this account</source>
        <translation>La negociación está detenida en esta cuenta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="154"/>
        <source>{count} orders are open already, {limit} allowed; cancel one first</source>
        <translation>Ya hay {count} órdenes abiertas, {limit} permitidas; cancela una antes</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="118"/>
        <source>{reason}; only orders that reduce a position are accepted {until}</source>
        <translation>{reason}; solo se aceptan órdenes que reducen una posición {until}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="113"/>
        <source>{reason}; trading halted {until}</source>
        <translation>{reason}; negociación detenida {until}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="219"/>
        <source>{symbol} exposure weighted by its correlation with the book would be {pct:.1f} % of equity, above the {limit:g} % allowed</source>
        <translation>La exposición a {symbol} ponderada por su correlación con la cartera sería el {pct:.1f} % del patrimonio, por encima del {limit:g} % permitido</translation>
    </message>
</context>
<context>
    <name>RiskLimits</name>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="62"/>
        <source> (account currency)</source>
        <translation> (moneda de la cuenta)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="192"/>
        <source> bars</source>
        <translation> velas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="165"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="140"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="136"/>
        <source>:00 UTC</source>
        <translation>:00 UTC</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="75"/>
        <source>A breaker moves the account to reduce-only or halted.</source>
        <translation>Un disyuntor lleva la cuenta a solo reducir o a detenida.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="152"/>
        <source>A daily loss halt ends at the next day start, a losing streak after the cooldown, a drawdown halt only when you resume trading.</source>
        <translation>Una detención por pérdida diaria termina al empezar el día siguiente, una racha de pérdidas tras la pausa, una detención por caída solo cuando reanudes.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="194"/>
        <source>ATR of</source>
        <translation>ATR de</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="195"/>
        <source>ATR period</source>
        <translation>Periodo del ATR</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="207"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="193"/>
        <source>Bars of</source>
        <translation>Velas de</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="132"/>
        <source>Breakers</source>
        <translation>Cortacircuitos</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="272"/>
        <source>Choose an account to see and change its trading state.</source>
        <translation>Elige una cuenta para ver y cambiar su estado de negociación.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="165"/>
        <source>Close a position after</source>
        <translation>Cerrar la posición tras</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="167"/>
        <source>Close a position after (bars)</source>
        <translation>Cerrar la posición tras (velas)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="151"/>
        <source>Cool down after a losing streak for</source>
        <translation>Pausa tras una racha de pérdidas durante</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="77"/>
        <source>Daily loss limit (equity)</source>
        <translation>Límite de pérdida diaria (patrimonio)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="143"/>
        <source>Daily loss limit reached:</source>
        <translation>Límite de pérdida diaria alcanzado:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="94"/>
        <source>Default for every account</source>
        <translation>Predeterminado para todas las cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="144"/>
        <source>Drawdown limit reached:</source>
        <translation>Límite de caída alcanzado:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="101"/>
        <source>Halt trading</source>
        <translation>Detener negociación</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="169"/>
        <source>Initial stop when none is set</source>
        <translation>Stop inicial cuando no hay ninguno</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="112"/>
        <source>Limits (off unless ticked)</source>
        <translation>Límites (desactivados si no están marcados)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="243"/>
        <source>Loading accounts</source>
        <translation>Cargando cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="145"/>
        <source>Losing streak reached:</source>
        <translation>Racha de pérdidas alcanzada:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="79"/>
        <source>Losing trades in a row</source>
        <translation>Operaciones perdedoras seguidas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="80"/>
        <source>Margin use from which only reducing orders pass (perpetuals)</source>
        <translation>Uso de margen a partir del cual solo pasan órdenes que reducen (perpetuos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="82"/>
        <source>Margin use from which trading halts (perpetuals)</source>
        <translation>Uso de margen a partir del cual se detiene la operativa (perpetuos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="71"/>
        <source>Max 1-day 99 % VaR of the book</source>
        <translation>VaR máximo a 1 día al 99 % de la cartera</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="69"/>
        <source>Max correlation-weighted exposure</source>
        <translation>Exposición máxima ponderada por la correlación</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="78"/>
        <source>Max drawdown from peak equity</source>
        <translation>Caída máxima desde el pico del patrimonio</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="67"/>
        <source>Max exposure to one asset (all its symbols)</source>
        <translation>Exposición máxima a un activo (todos sus símbolos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="66"/>
        <source>Max gross exposure</source>
        <translation>Exposición bruta máxima</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="72"/>
        <source>Max open orders</source>
        <translation>Máximo de órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="64"/>
        <source>Max order value</source>
        <translation>Valor máximo por orden</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="74"/>
        <source>Max orders per minute</source>
        <translation>Máximo de órdenes por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="73"/>
        <source>Max orders per second</source>
        <translation>Máximo de órdenes por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="65"/>
        <source>Max position value per symbol</source>
        <translation>Valor máximo de la posición por símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="75"/>
        <source>Min reward:risk (orders with stop and target)</source>
        <translation>Beneficio:riesgo mínimo (órdenes con stop y objetivo)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="158"/>
        <source>Position rules (off unless ticked)</source>
        <translation>Reglas de posición (desactivadas si no están marcadas)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="100"/>
        <source>Reduce only</source>
        <translation>Solo reducir</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="99"/>
        <source>Resume trading</source>
        <translation>Reanudar negociación</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="39"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="107"/>
        <source>Save limits</source>
        <translation>Guardar límites</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="352"/>
        <source>Saved: the guard checks every order against these limits now.</source>
        <translation>Guardado: la protección comprueba cada orden con estos límites desde ahora.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="234"/>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="164"/>
        <source>Stop to break-even at</source>
        <translation>Stop al punto de equilibrio a</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="82"/>
        <source>The ATR multiple</source>
        <translation>El múltiplo de ATR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="91"/>
        <source>The ATR period must be from 1 to 1000 bars.</source>
        <translation>El periodo del ATR debe ser de 1 a 1000 barras.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="27"/>
        <source>The VaR limit</source>
        <translation>El límite de VaR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="89"/>
        <source>The bars before closing must be at least 1.</source>
        <translation>Las barras antes de cerrar deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="80"/>
        <source>The break-even distance</source>
        <translation>La distancia al break-even</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="67"/>
        <source>The cooldown must be above 0 minutes.</source>
        <translation>La pausa debe ser mayor que 0 minutos.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="25"/>
        <source>The correlation-weighted exposure</source>
        <translation>La exposición ponderada por correlación</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="21"/>
        <source>The daily loss limit</source>
        <translation>El límite de pérdida diaria</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="64"/>
        <source>The day starts at an hour from 0 to 23.</source>
        <translation>El día empieza a una hora de 0 a 23.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="81"/>
        <source>The hours before closing</source>
        <translation>Las horas antes de cerrar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="23"/>
        <source>The losing trades in a row</source>
        <translation>Las operaciones perdedoras seguidas</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="30"/>
        <source>The margin use to halt</source>
        <translation>El uso de margen para detener</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="71"/>
        <source>The margin use to halt must be above the one to reduce only.</source>
        <translation>El uso de margen para detener debe estar por encima del de solo reducir.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="29"/>
        <source>The margin use to reduce only</source>
        <translation>El uso de margen para solo reducir</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="22"/>
        <source>The max drawdown</source>
        <translation>El drawdown máximo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="24"/>
        <source>The max exposure to one asset</source>
        <translation>La exposición máxima a un activo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="17"/>
        <source>The max gross exposure</source>
        <translation>La exposición bruta máxima</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="18"/>
        <source>The max open orders</source>
        <translation>El máximo de órdenes abiertas</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="15"/>
        <source>The max order notional</source>
        <translation>El valor máximo por orden</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="16"/>
        <source>The max position notional</source>
        <translation>El valor máximo por posición</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="28"/>
        <source>The minimum reward:risk</source>
        <translation>El beneficio:riesgo mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="20"/>
        <source>The orders per minute</source>
        <translation>Las órdenes por minuto</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="19"/>
        <source>The orders per second</source>
        <translation>Las órdenes por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="142"/>
        <source>The trading day starts at</source>
        <translation>El día de negociación empieza a las</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="197"/>
        <source>Trading state</source>
        <translation>Estado de la negociación</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="95"/>
        <source>Use the default limits and rules</source>
        <translation>Usar los límites y reglas predeterminados</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="147"/>
        <source>halt trading</source>
        <translation>detener negociación</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="148"/>
        <source>reduce only</source>
        <translation>solo reducir</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="59"/>
        <source>{label} can be at most {high:,g}.</source>
        <translation>{label}: puede ser como máximo {high:,g}.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="49"/>
        <source>{label} must be a number.</source>
        <translation>{label}: debe ser un número.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="51"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}: debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="85"/>
        <source>{label} must be above 0.</source>
        <translation>{label}: debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="56"/>
        <source>{label} must be above {low:g}.</source>
        <translation>{label}: debe ser mayor que {low:g}.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="53"/>
        <source>{label} must be at least {low:g}.</source>
        <translation>{label}: debe ser al menos {low:g}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="55"/>
        <source>A new language applies the next time Pregão starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Pregão.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="60"/>
        <source>Confirm orders on live accounts</source>
        <translation>Confirmar órdenes en cuentas reales</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="62"/>
        <source>Confirm orders on paper accounts</source>
        <translation>Confirmar órdenes en cuentas de papel (simuladas)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="46"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="74"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="58"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="47"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="70"/>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="67"/>
        <source>No log file</source>
        <translation>Sin archivo de registro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="51"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="57"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="64"/>
        <source>Trading</source>
        <translation>Operaciones</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="111"/>
        <source>Already used by “{0}”</source>
        <translation>Ya asignado a “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="40"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="41"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="30"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="28"/>
        <source>Filter commands…</source>
        <translation>Filtrar comandos…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="47"/>
        <source>New shortcut:</source>
        <translation>Nuevo atajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="42"/>
        <source>Reset all to defaults</source>
        <translation>Restablecer atajos predeterminados</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="30"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Sizing</name>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="64"/>
        <source>No price history of {symbol} to measure its volatility.</source>
        <translation>No hay historial de precios de {symbol} para medir su volatilidad.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="69"/>
        <source>Sizing by risk needs a stop-loss price.</source>
        <translation>Dimensionar por riesgo necesita un precio de stop-loss.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="80"/>
        <source>That sizing gives nothing to trade (no free funds, or a stop at the price).</source>
        <translation>Ese dimensionamiento no da nada para operar (sin saldo libre, o un stop en el precio).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="49"/>
        <source>The account's equity is not known yet; try again in a moment.</source>
        <translation>El patrimonio de la cuenta aún no se conoce; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="39"/>
        <source>The sizing value must be above zero.</source>
        <translation>El valor del dimensionamiento debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="37"/>
        <source>Unknown sizing mode {mode!r}.</source>
        <translation>Modo de dimensionamiento {mode!r} desconocido.</translation>
    </message>
</context>
<context>
    <name>StartingBalances</name>
    <message>
        <location filename="../widgets/starting_balances.py" line="45"/>
        <source>Add a currency</source>
        <translation>Añadir moneda</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="77"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="73"/>
        <source>Currency, e.g. BTC</source>
        <translation>Moneda, p. ej. BTC</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="126"/>
        <source>Enter the currency of {amount}.</source>
        <translation>Indique la moneda de {amount}.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="116"/>
        <source>Give the account at least one currency to start with.</source>
        <translation>Dé a la cuenta al menos una moneda para empezar.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="80"/>
        <source>Remove this currency</source>
        <translation>Quitar esta moneda</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="46"/>
        <source>Start with another currency too (BTC to trade BTC-quoted markets, say)</source>
        <translation>Empiece también con otra moneda (BTC para operar mercados cotizados en BTC, por ejemplo)</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="75"/>
        <source>The currency's code as exchanges write it: USDT, BTC, ETH…</source>
        <translation>El código de la moneda como lo escriben los exchanges: USDT, BTC, ETH…</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="137"/>
        <source>The starting {code} must be more than zero.</source>
        <translation>El saldo inicial en {code} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="131"/>
        <source>{code} is listed twice.</source>
        <translation>{code} aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="128"/>
        <source>“{code}” is not a currency code: letters and digits, e.g. USDT or BTC.</source>
        <translation>“{code}” no es un código de moneda: letras y dígitos, p. ej. USDT o BTC.</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="98"/>
        <source>0 logistic, 1 gradient boosting, 2 random forest, 3 MLP, 4 ensemble</source>
        <translation>0 logística, 1 gradient boosting, 2 bosque aleatorio, 3 MLP, 4 conjunto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="26"/>
        <source>ADX length</source>
        <translation>Periodo del ADX</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="26"/>
        <source>ADX length (bars)</source>
        <translation>periodo del ADX (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="33"/>
        <source>ATR length</source>
        <translation>Periodo del ATR</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="33"/>
        <source>ATR length (bars)</source>
        <translation>periodo del ATR (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="24"/>
        <source>ATR multiple of the bands</source>
        <translation>múltiplo del ATR de las bandas</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="24"/>
        <source>ATR multiplier</source>
        <translation>Multiplicador del ATR</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="102"/>
        <source>Allow shorts</source>
        <translation>Permitir cortos</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="24"/>
        <source>Band width</source>
        <translation>Anchura de las bandas</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="22"/>
        <source>Bollinger length</source>
        <translation>Periodo de Bollinger</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="22"/>
        <source>Bollinger length (bars)</source>
        <translation>periodo de las bandas de Bollinger (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="100"/>
        <source>Calibrate probabilities</source>
        <translation>Calibrar probabilidades</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="28"/>
        <source>Donchian breakout</source>
        <translation>Ruptura de Donchian</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="18"/>
        <source>Donchian channel breakout, long and short.

Rules: go long when the close rises above the highest high of the previous
`entry_period` bars; close the long when it falls below the lowest low of the previous
`exit_period` bars. Mirror image for shorts when `shorts` is on. Every entry carries a
stop-loss `atr_stop` ATRs away from the signal bar's close.</source>
        <translation>Ruptura del canal de Donchian, largo y corto.

Reglas: entra largo cuando el cierre supera el máximo más alto de las
`entry_period` barras anteriores; cierra el largo cuando cae por debajo del mínimo más bajo de las
`exit_period` barras anteriores. Lo mismo a la inversa para los cortos cuando `shorts` está activado. Toda entrada lleva un
stop-loss a `atr_stop` ATR del cierre de la barra de la señal.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="20"/>
        <source>EMA 200 + RSI</source>
        <translation>EMA 200 + RSI</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="11"/>
        <source>EMA 200 trend filter + RSI pullback, long only.

Rules: when the close is above its EMA(ema_period) (an uptrend) and RSI(rsi_period)
crosses back above `oversold`, go long. Exit when RSI crosses above `overbought` (the
bounce is done) or the close crosses below the EMA (the trend is gone).</source>
        <translation>Filtro de tendencia con la EMA 200 + retroceso del RSI, solo largo.

Reglas: cuando el cierre está por encima de su EMA(ema_period) (tendencia alcista) y el RSI(rsi_period)
vuelve a cruzar por encima de `oversold`, entra largo. Sale cuando el RSI cruza por encima de `overbought` (el
rebote terminó) o el cierre cruza por debajo de la EMA (la tendencia terminó).</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="29"/>
        <source>Entry channel</source>
        <translation>Canal de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="94"/>
        <source>Entry probability</source>
        <translation>Probabilidad de entrada</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="31"/>
        <source>Exit channel</source>
        <translation>Canal de salida</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="96"/>
        <source>Exit probability</source>
        <translation>Probabilidad de salida</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="21"/>
        <source>Fast SMA</source>
        <translation>SMA rápida</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="84"/>
        <source>L2 penalty of the gradient descent (larger: simpler model)</source>
        <translation>penalización L2 del descenso de gradiente (mayor: modelo más simple)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="88"/>
        <source>Label horizon</source>
        <translation>Horizonte de la etiqueta</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="86"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="77"/>
        <source>ML classifier (online)</source>
        <translation>Clasificador ML (en línea)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="87"/>
        <source>ML classifier (rolling retrain)</source>
        <translation>Clasificador ML (reentrenamiento móvil)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="76"/>
        <source>Machine-learning classifier, retrained on a rolling window of past candles.

Every `retrain_every` candles a fresh model learns, from the last `train_window` candles
whose outcome is already known, whether the close `horizon` candles later will be higher.
Training labels never reach the candle being traded (purged walk-forward). Go long when
the predicted probability of a rise is above the threshold and close below the exit
level; shorts mirror this when allowed.</source>
        <translation>Clasificador de aprendizaje automático, reentrenado en una ventana móvil de velas pasadas.

Cada `retrain_every` velas un modelo nuevo aprende, con las últimas `train_window` velas
cuyo resultado ya se conoce, si el cierre `horizon` velas después será más alto.
Las etiquetas de entrenamiento nunca alcanzan la vela que se opera (walk-forward purgado). Compra
cuando la probabilidad prevista de subida supera el umbral y cierra por debajo del nivel de salida;
las ventas en corto lo reflejan cuando se permiten.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="28"/>
        <source>Minimum ADX</source>
        <translation>ADX mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="98"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="67"/>
        <source>Online machine-learning classifier, updated on every closed candle.

A logistic model (stochastic gradient descent) learns one row per candle, as soon as that
row's outcome is known: whether the close rose over the next `horizon` candles. Go long
when the predicted probability of a rise is above the threshold and close below the exit
level; shorts mirror this when allowed. It starts to trade after `min_updates` rows.</source>
        <translation>Clasificador de aprendizaje automático en línea, actualizado con cada vela cerrada.

Un modelo logístico (descenso de gradiente estocástico) aprende una fila por vela, en cuanto
se conoce el resultado de esa fila: si el cierre subió en las siguientes `horizon` velas. Compra
cuando la probabilidad prevista de subida supera el umbral y cierra por debajo del nivel de salida;
las ventas en corto lo reflejan cuando se permiten. Empieza a operar tras `min_updates` filas.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="27"/>
        <source>Overbought level</source>
        <translation>Nivel de sobrecompra</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="25"/>
        <source>Oversold level</source>
        <translation>Nivel de sobreventa</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="11"/>
        <source>RSI + Bollinger bands mean reversion, long and short.

Rules: go long when the close is below the lower band and RSI is below `rsi_low`;
close the long when the close gets back to the middle band. Mirror image for shorts
(close above the upper band and RSI above `rsi_high`; cover at the middle band) when
`shorts` is on.</source>
        <translation>Reversión a la media con RSI + bandas de Bollinger, largo y corto.

Reglas: entra largo cuando el cierre está por debajo de la banda inferior y el RSI por debajo de `rsi_low`;
cierra el largo cuando el cierre vuelve a la banda media. Lo mismo a la inversa para los cortos
(cierre por encima de la banda superior y RSI por encima de `rsi_high`; se cubre en la banda media) cuando
`shorts` está activado.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="21"/>
        <source>RSI + Bollinger mean reversion</source>
        <translation>Reversión a la media RSI + Bollinger</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="30"/>
        <source>RSI above this confirms a short</source>
        <translation>un RSI por encima de esto confirma un corto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="28"/>
        <source>RSI below this confirms a long</source>
        <translation>un RSI por debajo de esto confirma un largo</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="30"/>
        <source>RSI high</source>
        <translation>RSI alto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="23"/>
        <source>RSI length</source>
        <translation>Periodo del RSI</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="23"/>
        <source>RSI length (bars)</source>
        <translation>periodo del RSI (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="25"/>
        <source>RSI level of a dip</source>
        <translation>nivel del RSI que marca una caída</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="27"/>
        <source>RSI level to take profit</source>
        <translation>nivel del RSI para tomar beneficios</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="28"/>
        <source>RSI low</source>
        <translation>RSI bajo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="84"/>
        <source>Regularisation</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="92"/>
        <source>Retrain every</source>
        <translation>Reentrenar cada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="88"/>
        <source>Rows before trading</source>
        <translation>Filas antes de operar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="20"/>
        <source>SMA crossover</source>
        <translation>Cruce de SMA</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="11"/>
        <source>SMA crossover, long only.

Rules: go long at the next fill when the fast SMA of the close crosses above the slow
SMA; close the position when the fast SMA crosses below the slow one. A cross is
backtesting.py's rule: fast[i-1] &lt; slow[i-1] and fast[i] &gt; slow[i] (strict).</source>
        <translation>Cruce de medias móviles simples, solo largo.

Reglas: entra largo en la siguiente ejecución cuando la SMA rápida del cierre cruza por encima de la
lenta; cierra la posición cuando la SMA rápida cruza por debajo de la lenta. Un cruce sigue la
regla de backtesting.py: fast[i-1] &lt; slow[i-1] y fast[i] &gt; slow[i] (estricto).</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="23"/>
        <source>Slow SMA</source>
        <translation>SMA lenta</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="35"/>
        <source>Stop distance</source>
        <translation>Distancia del stop</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="21"/>
        <source>SuperTrend + ADX</source>
        <translation>SuperTrend + ADX</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="11"/>
        <source>SuperTrend + ADX trend following, long and short.

Rules: when the SuperTrend(period, multiplier) direction turns up and ADX(adx_period)
is at least `adx_min`, go long; when it turns down under the same ADX condition, go
short. A flip always closes the position against it, trending or not. The SuperTrend
line at entry is the position's stop-loss.</source>
        <translation>Seguimiento de tendencia SuperTrend + ADX, largo y corto.

Reglas: cuando la dirección del SuperTrend(period, multiplier) gira al alza y el ADX(adx_period)
es al menos `adx_min`, entra largo; cuando gira a la baja con la misma condición de ADX,
entra corto. Un giro siempre cierra la posición contraria, haya tendencia o no. La línea del SuperTrend
en la entrada es el stop-loss de la posición.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="22"/>
        <source>SuperTrend ATR length (bars)</source>
        <translation>periodo del ATR del SuperTrend (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="22"/>
        <source>SuperTrend length</source>
        <translation>Periodo del SuperTrend</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="37"/>
        <source>Trade shorts</source>
        <translation>Operar en corto</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="90"/>
        <source>Training window</source>
        <translation>Ventana de entrenamiento</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="21"/>
        <source>Trend EMA</source>
        <translation>EMA de tendencia</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="37"/>
        <source>also trade the short side</source>
        <translation>también opera el lado corto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="24"/>
        <source>band width in standard deviations</source>
        <translation>anchura de las bandas en desviaciones típicas</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="29"/>
        <source>breakout channel length (bars)</source>
        <translation>longitud del canal de ruptura (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="88"/>
        <source>candles ahead whose close the model predicts</source>
        <translation>velas adelante cuyo cierre predice el modelo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="92"/>
        <source>candles between retrains</source>
        <translation>velas entre reentrenamientos</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="96"/>
        <source>close a long when the probability falls below this</source>
        <translation>cierra una compra cuando la probabilidad cae por debajo de esto</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="94"/>
        <source>enter when the probability of a rise is above this</source>
        <translation>entra cuando la probabilidad de subida supera esto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="31"/>
        <source>exit channel length (bars)</source>
        <translation>longitud del canal de salida (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="42"/>
        <source>exit_period must not exceed entry_period</source>
        <translation>el período de salida no debe superar el período de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="99"/>
        <source>exit_threshold must not be above threshold</source>
        <translation>el umbral de salida no debe estar por encima del umbral</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="28"/>
        <source>fast ({fast}) must be below slow ({slow})</source>
        <translation>la rápida ({fast}) debe ser menor que la lenta ({slow})</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="21"/>
        <source>fast SMA length (bars)</source>
        <translation>periodo de la SMA rápida (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="88"/>
        <source>labelled rows the model must have learned before it trades</source>
        <translation>filas etiquetadas que el modelo debe haber aprendido antes de operar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="28"/>
        <source>minimum ADX to enter</source>
        <translation>ADX mínimo para entrar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="32"/>
        <source>oversold must be below overbought</source>
        <translation>el nivel de sobreventa debe ser menor que el de sobrecompra</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="53"/>
        <source>parameter {name!r} is given twice</source>
        <translation>el parámetro {name!r} aparece dos veces</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="127"/>
        <source>parameter {name!r} must be &lt;= {high}, got {value}</source>
        <translation>el parámetro {name!r} debe ser &lt;= {high}, recibido {value}</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="124"/>
        <source>parameter {name!r} must be &gt;= {low}, got {value}</source>
        <translation>el parámetro {name!r} debe ser &gt;= {low}, recibido {value}</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="120"/>
        <source>parameter {name!r} must be {kind}, got {value!r}</source>
        <translation>el parámetro {name!r} debe ser de tipo {kind}, recibido {value!r}</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="99"/>
        <source>parameter {name!r}: no values to try</source>
        <translation>parámetro {name!r}: ningún valor que probar</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="79"/>
        <source>parameter {name!r}: range {spec!r} has hi below lo</source>
        <translation>parámetro {name!r}: en el rango {spec!r} el máximo es menor que el mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="67"/>
        <source>parameter {name!r}: range {spec!r} is not lo:hi[:step]</source>
        <translation>parámetro {name!r}: el rango {spec!r} no tiene la forma mín:máx[:paso]</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="76"/>
        <source>parameter {name!r}: range {spec!r} needs a positive step</source>
        <translation>parámetro {name!r}: el rango {spec!r} necesita un paso positivo</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="73"/>
        <source>parameter {name!r}: range {spec!r} needs numbers (lo:hi[:step])</source>
        <translation>parámetro {name!r}: el rango {spec!r} necesita números (mín:máx[:paso])</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="90"/>
        <source>rows the model learns from at each retrain</source>
        <translation>filas de las que aprende el modelo en cada reentrenamiento</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="37"/>
        <source>rsi_low must be below rsi_high</source>
        <translation>el RSI bajo debe ser menor que el RSI alto</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="102"/>
        <source>sell short when the probability of a rise is low</source>
        <translation>vende en corto cuando la probabilidad de subida es baja</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="100"/>
        <source>sigmoid calibration on time-ordered folds of the training window</source>
        <translation>calibración sigmoide en partes ordenadas en el tiempo de la ventana de entrenamiento</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="23"/>
        <source>slow SMA length (bars)</source>
        <translation>periodo de la SMA lenta (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="86"/>
        <source>step of each gradient update</source>
        <translation>paso de cada actualización del gradiente</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="35"/>
        <source>stop distance in ATRs</source>
        <translation>distancia del stop en ATR</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="21"/>
        <source>trend EMA length (bars)</source>
        <translation>periodo de la EMA de tendencia (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="128"/>
        <source>unknown parameter {name!r} for strategy {strategy!r} (known: {known})</source>
        <translation>parámetro {name!r} desconocido para la estrategia {strategy!r} (conocidos: {known})</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="50"/>
        <source>{part!r} is not name=lo:hi[:step], name=a|b|c or name=value</source>
        <translation>{part!r} no tiene la forma nombre=mín:máx[:paso], nombre=a|b|c o nombre=valor</translation>
    </message>
</context>
<context>
    <name>TerminalStatusBar</name>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="144"/>
        <source>&lt;span style='color:{0}'&gt;◆&lt;/span&gt; Margin {1}: {2} %</source>
        <translation>&lt;span style='color:{0}'&gt;◆&lt;/span&gt; Margen {1}: {2} %</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="69"/>
        <source>A panel failed: {0} (see Log)</source>
        <translation>Falló un panel: {0} (ver Registro)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="173"/>
        <source>Engine loop latency; {0} events/s</source>
        <translation>Latencia del bucle del motor; {0} eventos/s</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="170"/>
        <source>Engine {0} ms</source>
        <translation>Motor {0} ms</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="42"/>
        <source>Engine: starting…</source>
        <translation>Motor: iniciando…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="181"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="79"/>
        <source>banned</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="76"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="77"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="78"/>
        <source>degraded</source>
        <translation>inestable</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="80"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="146"/>
        <source>{0}: margin use {1} % (initial margin {2} of margin balance {3} {4}); margin ratio {5} % — positions are liquidated at 100 %; available {6} {4}</source>
        <translation>{0}: uso de margen {1} % (margen inicial {2} de un saldo de margen de {3} {4}); ratio de margen {5} % — las posiciones se liquidan al 100 %; disponible {6} {4}</translation>
    </message>
</context>
<context>
    <name>TimeAndSales</name>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="76"/>
        <source>Chart's market</source>
        <translation>Mercado del gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="176"/>
        <source>Following the prints</source>
        <translation>Siguiendo las operaciones</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="61"/>
        <source>Hide prints worth less than this</source>
        <translation>Ocultar operaciones de valor menor que este</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="64"/>
        <source>Highlight prints worth at least this (0: none)</source>
        <translation>Resaltar operaciones de valor desde este (0: ninguna)</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="82"/>
        <source>Large</source>
        <translation>Grandes</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="100"/>
        <source>Loading accounts</source>
        <translation>Cargando cuentas</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="102"/>
        <source>Loading markets</source>
        <translation>Cargando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="82"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="41"/>
        <source>Time and sales</source>
        <translation>Tiempo y ventas</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="74"/>
        <source>Where the prints come from: the focused chart's market, or its symbol on one of your exchange accounts</source>
        <translation>De dónde vienen las operaciones: el mercado del gráfico enfocado o su símbolo en una de sus cuentas de exchange</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="63"/>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="66"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../desktop/shell/tour.py" line="57"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="128"/>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="58"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="56"/>
        <source>Skip tour</source>
        <translation>Saltar recorrido</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>TradingState</name>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="45"/>
        <source> on “{0}”</source>
        <translation> en “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="27"/>
        <source>Reduce only</source>
        <translation>Solo reducir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="26"/>
        <source>Trading active</source>
        <translation>Negociación activa</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="28"/>
        <source>Trading halted</source>
        <translation>Negociación detenida</translation>
    </message>
    <message>
        <location filename="../desktop/risk/states.py" line="29"/>
        <source>until you resume it</source>
        <translation>hasta que la reanudes</translation>
    </message>
    <message>
        <location filename="../desktop/risk/states.py" line="33"/>
        <source>until {0} UTC</source>
        <translation>hasta las {0} UTC</translation>
    </message>
</context>
<context>
    <name>VenueSentences</name>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="69"/>
        <source>Amount {amount} {base} is above the maximum {maximum} {base}</source>
        <translation>La cantidad {amount} {base} está por encima del máximo de {maximum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="65"/>
        <source>Amount {amount} {base} is below the minimum {minimum} {base}</source>
        <translation>La cantidad {amount} {base} está por debajo del mínimo de {minimum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="55"/>
        <source>Amount {amount} {base} is not a multiple of the step {step} {base}</source>
        <translation>La cantidad {amount} {base} no es múltiplo del paso de {step} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="101"/>
        <source>Insufficient {currency}: need {need}, have {have}</source>
        <translation>{currency} insuficiente: necesitas {need}, tienes {have}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="76"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}</source>
        <translation>El valor de la orden, {value} {quote}, está por debajo del mínimo de {minimum} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="46"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="46"/>
        <source>Stop price</source>
        <translation>Precio de stop</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="48"/>
        <source>{what} {price} is not a multiple of the tick size {tick}</source>
        <translation>{what} {price} no es múltiplo del tick de {tick}</translation>
    </message>
</context>
<context>
    <name>Watchlist</name>
    <message>
        <location filename="../widgets/watchlist.py" line="68"/>
        <source>24h Vol</source>
        <translation>Vol 24h</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="421"/>
        <source>Add a symbol from any open market</source>
        <translation>Añadir un símbolo de cualquier mercado abierto</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="383"/>
        <source>Add symbol</source>
        <translation>Añadir símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="416"/>
        <source>Add symbol to watchlist…</source>
        <translation>Añadir símbolo a la lista de seguimiento…</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="70"/>
        <source>Ask</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="69"/>
        <source>Bid</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="67"/>
        <source>Chg %</source>
        <translation>Var %</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="391"/>
        <source>Every available symbol is already listed</source>
        <translation>Todos los símbolos disponibles ya están en la lista</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="66"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="296"/>
        <source>Loading markets</source>
        <translation>Cargando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="404"/>
        <source>Open in chart</source>
        <translation>Abrir en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="287"/>
        <source>Remove from watchlist</source>
        <translation>Quitar de la lista de seguimiento</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="71"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="65"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="393"/>
        <source>Symbol:</source>
        <translation>Símbolo:</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="398"/>
        <source>Unknown symbol: {0}</source>
        <translation>Símbolo desconocido: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="262"/>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
</context>
</TS>
