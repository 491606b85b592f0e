<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../desktop/shell/actions.py" line="115"/>
        <source>{key} is already used by “{label}”</source>
        <translation>{key} já está em uso por “{label}”</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <location filename="../widgets/chart/candle_chart.py" line="607"/>
        <source>C</source>
        <translation>F</translation>
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
        <translation>Carregando ativos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="128"/>
        <source>Loading {0}</source>
        <translation>Carregando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="213"/>
        <source>Show the focused chart in {0} candles</source>
        <translation>Exibir o gráfico em foco em candles de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="79"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="54"/>
        <source>Symbol</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="68"/>
        <source>Timeframe {0}</source>
        <translation>Tempo gráfico {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="225"/>
        <source>Toggle {0}</source>
        <translation>Ativar/desativar {0}</translation>
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
        <translation>Digite um comando…</translation>
    </message>
</context>
<context>
    <name>DockManager</name>
    <message>
        <location filename="../desktop/shell/docks.py" line="215"/>
        <source>A workspace name cannot be empty or contain slashes.</source>
        <translation>O nome da área de trabalho não pode ficar vazio nem conter barras.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/docks.py" line="223"/>
        <source>There is no workspace named “{name}”.</source>
        <translation>Não existe área de trabalho chamada “{name}”.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.py" line="160"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="158"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="159"/>
        <source>Copy the selected lines</source>
        <translation>Copiar as linhas selecionadas</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="148"/>
        <source>Debug</source>
        <translation>Depuração</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="151"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="149"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="138"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="207"/>
        <source>Search the log</source>
        <translation>Pesquisar no log</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="156"/>
        <source>Search the log…</source>
        <translation>Pesquisar no log…</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="45"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="150"/>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="179"/>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="168"/>
        <source>&amp;Replay</source>
        <translation>&amp;Replay</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="169"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="166"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="59"/>
        <source>&amp;Workspaces</source>
        <translation>Á&amp;reas de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="161"/>
        <source>About Pregão</source>
        <translation>Sobre o Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="85"/>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="268"/>
        <source>Delete workspace</source>
        <translation>Excluir área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="140"/>
        <source>Delete workspace…</source>
        <translation>Excluir área de trabalho…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="124"/>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="155"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="205"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="95"/>
        <source>New chart</source>
        <translation>Novo gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="101"/>
        <source>Open another chart dock</source>
        <translation>Abrir outro painel de gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="288"/>
        <source>Pregão — a trading terminal for crypto markets.
Press Ctrl+K to search every command.</source>
        <translation>Pregão — terminal de trading para o mercado de criptoativos.
Pressione Ctrl+K para pesquisar todos os comandos.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="82"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="147"/>
        <source>Reset to default layout</source>
        <translation>Restaurar layout padrão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="244"/>
        <source>Save workspace</source>
        <translation>Salvar área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="132"/>
        <source>Save workspace as…</source>
        <translation>Salvar área de trabalho como…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="91"/>
        <source>Search and run any command</source>
        <translation>Pesquisar e executar qualquer comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="75"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="107"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="80"/>
        <source>Theme, language and shortcuts</source>
        <translation>Tema, idioma e atalhos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="265"/>
        <source>There are no saved workspaces</source>
        <translation>Não há áreas de trabalho salvas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="115"/>
        <source>Toggle light/dark theme</source>
        <translation>Alternar tema claro/escuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="244"/>
        <source>Workspace name:</source>
        <translation>Nome da área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="260"/>
        <source>Workspace “{0}”</source>
        <translation>Área de trabalho “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="252"/>
        <source>Workspace “{0}” saved</source>
        <translation>Área de trabalho “{0}” salva</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="268"/>
        <source>Workspace:</source>
        <translation>Área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="258"/>
        <source>Workspaces</source>
        <translation>Áreas de trabalho</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../widgets/replay_panel.py" line="46"/>
        <source>A CSV or Parquet file with timestamp, open, high, low, close, volume</source>
        <translation>Arquivo CSV ou Parquet com as colunas timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="60"/>
        <source>Advance one candle (while paused)</source>
        <translation>Avançar um candle (em pausa)</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="48"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="112"/>
        <source>Choose a file to replay.</source>
        <translation>Escolha um arquivo para o replay.</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="61"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="141"/>
        <source>Close replay</source>
        <translation>Fechar replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="64"/>
        <source>No file open</source>
        <translation>Nenhum arquivo aberto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="49"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="103"/>
        <source>Open candle file</source>
        <translation>Abrir arquivo de candles</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="183"/>
        <source>Open replay file…</source>
        <translation>Abrir arquivo de replay…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="58"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="193"/>
        <source>Pause or resume replay</source>
        <translation>Pausar ou retomar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="189"/>
        <source>Play a candle file as a live market</source>
        <translation>Reproduzir um arquivo de candles como mercado ao vivo</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="40"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="209"/>
        <source>Replay faster</source>
        <translation>Acelerar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="217"/>
        <source>Replay slower</source>
        <translation>Desacelerar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="57"/>
        <source>Replay speed: 1× plays a 1-minute candle in a minute</source>
        <translation>Velocidade do replay: em 1× um candle de 1 minuto dura um minuto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="129"/>
        <source>Replaying {0}</source>
        <translation>Reproduzindo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="160"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="71"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="59"/>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="201"/>
        <source>Step replay one candle</source>
        <translation>Avançar o replay um candle</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="169"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="169"/>
        <source>playing</source>
        <translation>reproduzindo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="42"/>
        <source>A new language applies the next time Pregão starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Pregão for iniciado.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="33"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="48"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="49"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Configurações</translation>
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
        <translation>Já em uso por “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="37"/>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="38"/>
        <source>Clear</source>
        <translation>Limpar</translation>
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
        <translation>Novo atalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="39"/>
        <source>Reset all to defaults</source>
        <translation>Restaurar atalhos padrão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="30"/>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>TerminalStatusBar</name>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="52"/>
        <source>A panel failed: {0} (see Log)</source>
        <translation>Falha em um painel: {0} (veja o Log)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="81"/>
        <source>Engine loop latency; {0:,.0f} events/s</source>
        <translation>Latência do loop do motor; {0:,.0f} eventos/s</translation>
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
        <translation>instável</translation>
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
        <translation>Adicionar um ativo de qualquer mercado aberto</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="335"/>
        <source>Add symbol</source>
        <translation>Adicionar ativo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="370"/>
        <source>Add symbol to watchlist…</source>
        <translation>Adicionar ativo às cotações…</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="68"/>
        <source>Ask</source>
        <translation>Venda</translation>
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
        <translation>Todos os ativos disponíveis já estão na lista</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="64"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="280"/>
        <source>Loading markets</source>
        <translation>Carregando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="356"/>
        <source>Open in chart</source>
        <translation>Abrir no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="271"/>
        <source>Remove from watchlist</source>
        <translation>Remover da lista de cotações</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="69"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="63"/>
        <source>Symbol</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="345"/>
        <source>Symbol:</source>
        <translation>Ativo:</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="350"/>
        <source>Unknown symbol: {0}</source>
        <translation>Ativo desconhecido: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="247"/>
        <source>Watchlist</source>
        <translation>Cotações</translation>
    </message>
</context>
</TS>
