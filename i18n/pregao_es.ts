<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../desktop/shell/actions.py" line="115"/>
        <source>{key} is already used by “{label}”</source>
        <translation>{key} ya está asignado a “{label}”</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="607"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="605"/>
        <source>H</source>
        <translation>Máx</translation>
    </message>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="606"/>
        <source>L</source>
        <translation>Mín</translation>
    </message>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="604"/>
        <source>O</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="608"/>
        <source>V</source>
        <translation>V</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../widgets/chart_panel.py" line="44"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="101"/>
        <source>Loading symbols</source>
        <translation>Cargando símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="128"/>
        <source>Loading {0}</source>
        <translation>Cargando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="213"/>
        <source>Show the focused chart in {0} candles</source>
        <translation>Mostrar el gráfico activo en velas de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="79"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="54"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="68"/>
        <source>Timeframe {0}</source>
        <translation>Temporalidad {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="225"/>
        <source>Toggle {0}</source>
        <translation>Activar/desactivar {0}</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="50"/>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="58"/>
        <source>Type a command…</source>
        <translation>Escriba un comando…</translation>
    </message>
</context>
<context>
    <name>DockManager</name>
    <message>
        <location filename="../desktop/shell/docks.py" line="215"/>
        <source>A workspace name cannot be empty or contain slashes.</source>
        <translation>El nombre del espacio de trabajo no puede estar vacío ni contener barras.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/docks.py" line="223"/>
        <source>There is no workspace named “{name}”.</source>
        <translation>No existe ningún espacio de trabajo llamado “{name}”.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.py" line="160"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="158"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="159"/>
        <source>Copy the selected lines</source>
        <translation>Copiar las líneas seleccionadas</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="148"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="151"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="149"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="138"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="207"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="156"/>
        <source>Search the log…</source>
        <translation>Buscar en el registro…</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="150"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/shell/main_window.py" line="167"/>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="165"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="179"/>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="168"/>
        <source>&amp;Replay</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="169"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="59"/>
        <source>&amp;Workspaces</source>
        <translation>&amp;Espacios de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="161"/>
        <source>About Pregão</source>
        <translation>Acerca de Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="85"/>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="268"/>
        <source>Delete workspace</source>
        <translation>Eliminar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="140"/>
        <source>Delete workspace…</source>
        <translation>Eliminar espacio de trabajo…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="124"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="205"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="95"/>
        <source>New chart</source>
        <translation>Nuevo gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="101"/>
        <source>Open another chart dock</source>
        <translation>Abrir otro panel de gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="288"/>
        <source>Pregão — a trading terminal for crypto markets.
Press Ctrl+K to search every command.</source>
        <translation>Pregão — terminal de trading para mercados de criptomonedas.
Presione Ctrl+K para buscar cualquier comando.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="82"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="147"/>
        <source>Reset to default layout</source>
        <translation>Restablecer diseño predeterminado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="244"/>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="132"/>
        <source>Save workspace as…</source>
        <translation>Guardar espacio de trabajo como…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="91"/>
        <source>Search and run any command</source>
        <translation>Buscar y ejecutar cualquier comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="75"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="107"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="80"/>
        <source>Theme, language and shortcuts</source>
        <translation>Tema, idioma y atajos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="265"/>
        <source>There are no saved workspaces</source>
        <translation>No hay espacios de trabajo guardados</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="115"/>
        <source>Toggle light/dark theme</source>
        <translation>Alternar tema claro/oscuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="244"/>
        <source>Workspace name:</source>
        <translation>Nombre del espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="260"/>
        <source>Workspace “{0}”</source>
        <translation>Espacio de trabajo “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="252"/>
        <source>Workspace “{0}” saved</source>
        <translation>Espacio de trabajo “{0}” guardado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="268"/>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="258"/>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../widgets/replay_panel.py" line="46"/>
        <source>A CSV or Parquet file with timestamp, open, high, low, close, volume</source>
        <translation>Archivo CSV o Parquet con las columnas timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="60"/>
        <source>Advance one candle (while paused)</source>
        <translation>Avanzar una vela (en pausa)</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="48"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="112"/>
        <source>Choose a file to replay.</source>
        <translation>Elija un archivo para reproducir.</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="61"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="141"/>
        <source>Close replay</source>
        <translation>Cerrar repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="64"/>
        <source>No file open</source>
        <translation>Ningún archivo abierto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="49"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="103"/>
        <source>Open candle file</source>
        <translation>Abrir archivo de velas</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="183"/>
        <source>Open replay file…</source>
        <translation>Abrir archivo de repetición…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="58"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="193"/>
        <source>Pause or resume replay</source>
        <translation>Pausar o reanudar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="189"/>
        <source>Play a candle file as a live market</source>
        <translation>Reproducir un archivo de velas como mercado en vivo</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="40"/>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="209"/>
        <source>Replay faster</source>
        <translation>Acelerar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="217"/>
        <source>Replay slower</source>
        <translation>Ralentizar la repetición</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="57"/>
        <source>Replay speed: 1× plays a 1-minute candle in a minute</source>
        <translation>Velocidad de repetición: a 1× una vela de 1 minuto dura un minuto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="129"/>
        <source>Replaying {0}</source>
        <translation>Reproduciendo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="160"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="71"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="59"/>
        <source>Step</source>
        <translation>Avanzar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="201"/>
        <source>Step replay one candle</source>
        <translation>Avanzar la repetición una vela</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="169"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="169"/>
        <source>playing</source>
        <translation>reproduciendo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="42"/>
        <source>A new language applies the next time Pregão starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Pregão.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="33"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="48"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="45"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="34"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="44"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="108"/>
        <source>Already used by “{0}”</source>
        <translation>Ya asignado a “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="37"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="38"/>
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
        <location filename="../desktop/shell/shortcut_editor.py" line="44"/>
        <source>New shortcut:</source>
        <translation>Nuevo atajo:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="39"/>
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
    <name>TerminalStatusBar</name>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="52"/>
        <source>A panel failed: {0} (see Log)</source>
        <translation>Falló un panel: {0} (ver Registro)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="81"/>
        <source>Engine loop latency; {0:,.0f} events/s</source>
        <translation>Latencia del bucle del motor; {0:,.0f} eventos/s</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="79"/>
        <source>Engine {0:.1f} ms</source>
        <translation>Motor {0:.1f} ms</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="27"/>
        <source>Engine: starting…</source>
        <translation>Motor: iniciando…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="87"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="62"/>
        <source>banned</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="59"/>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="60"/>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="61"/>
        <source>degraded</source>
        <translation>inestable</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="63"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
</context>
<context>
    <name>Watchlist</name>
    <message>
        <location filename="../widgets/watchlist.py" line="66"/>
        <source>24h Vol</source>
        <translation>Vol 24h</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="375"/>
        <source>Add a symbol from any open market</source>
        <translation>Añadir un símbolo de cualquier mercado abierto</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="335"/>
        <source>Add symbol</source>
        <translation>Añadir símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="370"/>
        <source>Add symbol to watchlist…</source>
        <translation>Añadir símbolo a la lista de seguimiento…</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="68"/>
        <source>Ask</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="67"/>
        <source>Bid</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="65"/>
        <source>Chg %</source>
        <translation>Var %</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="343"/>
        <source>Every available symbol is already listed</source>
        <translation>Todos los símbolos disponibles ya están en la lista</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="64"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="280"/>
        <source>Loading markets</source>
        <translation>Cargando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="356"/>
        <source>Open in chart</source>
        <translation>Abrir en el gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="271"/>
        <source>Remove from watchlist</source>
        <translation>Quitar de la lista de seguimiento</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="69"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="63"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="345"/>
        <source>Symbol:</source>
        <translation>Símbolo:</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="350"/>
        <source>Unknown symbol: {0}</source>
        <translation>Símbolo desconocido: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="247"/>
        <source>Watchlist</source>
        <translation>Lista de seguimiento</translation>
    </message>
</context>
</TS>
