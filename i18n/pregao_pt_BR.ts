<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../widgets/account_form.py" line="128"/>
        <source>A name you will recognise, e.g. “Binance main”</source>
        <translation>Um nome que você reconheça, ex.: “Binance principal”</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="168"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="109"/>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
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
        <translation>Conectado: a conta não tem saldo</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="91"/>
        <source>Demo market</source>
        <translation>Mercado de demonstração</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="109"/>
        <source>Edit account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="165"/>
        <source>Exchange</source>
        <translation>Corretora</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="156"/>
        <source>Fetch the balances with these keys, without saving</source>
        <translation>Consultar os saldos com estas chaves, sem salvar</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="74"/>
        <source>Iceberg</source>
        <translation>Iceberg</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="166"/>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="68"/>
        <source>Limit</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="251"/>
        <source>Load order types</source>
        <translation>Carregar tipos de ordem</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="195"/>
        <source>Load price sources</source>
        <translation>Carregar fontes de preços</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="199"/>
        <source>Load starting balances</source>
        <translation>Carregar saldos iniciais</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="249"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="67"/>
        <source>Market</source>
        <translation>A mercado</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="144"/>
        <source>Native: the exchange runs the order. Emulated: Pregão runs it on top of the exchange's own order types, while Pregão is running.</source>
        <translation>Nativo: a corretora executa a ordem. Emulado: o Pregão a executa sobre os tipos de ordem da própria corretora, enquanto o Pregão está aberto.</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="83"/>
        <source>No order types known</source>
        <translation>Nenhum tipo de ordem conhecido</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="73"/>
        <source>OCO</source>
        <translation>OCO</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="176"/>
        <source>Order types</source>
        <translation>Tipos de ordem</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="170"/>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="130"/>
        <source>Practice with test funds; sandbox keys are separate keys</source>
        <translation>Pratique com saldo de teste; as chaves do sandbox são outras chaves</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="173"/>
        <source>Price source</source>
        <translation>Fonte de preços</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="93"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="93"/>
        <source>Replay (none open)</source>
        <translation>Replay (nenhum aberto)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="353"/>
        <source>Save account</source>
        <translation>Salvar conta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="113"/>
        <source>Search {n} exchanges</source>
        <translation>Pesquisar entre {n} corretoras</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="169"/>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="134"/>
        <source>Show keys</source>
        <translation>Mostrar chaves</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="174"/>
        <source>Starting balances</source>
        <translation>Saldos iniciais</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="70"/>
        <source>Stop limit</source>
        <translation>Stop limitada</translation>
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
        <translation>Testar</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="332"/>
        <source>Test account</source>
        <translation>Testar conta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="330"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="72"/>
        <source>Trailing stop</source>
        <translation>Stop móvel</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="150"/>
        <source>Unchanged (kept in the system keyring)</source>
        <translation>Inalterada (guardada no chaveiro do sistema)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="129"/>
        <source>Use the exchange's sandbox (testnet)</source>
        <translation>Usar o sandbox da corretora (testnet)</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="140"/>
        <source>What the paper account starts with, and what a reset takes it back to</source>
        <translation>Com o que a conta simulada começa, e para onde uma reinicialização a leva de volta</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="137"/>
        <source>Where the paper account's prices come from</source>
        <translation>De onde vêm os preços da conta simulada</translation>
    </message>
    <message>
        <location filename="../widgets/account_form.py" line="95"/>
        <source>{name} (account's public data)</source>
        <translation>{name} (dados públicos da conta)</translation>
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
        <translation>{name} (dados públicos)</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="42"/>
        <source>An account named “{label}” already exists.</source>
        <translation>Já existe uma conta chamada “{label}”.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="87"/>
        <source>Choose a price source from the list.</source>
        <translation>Escolha uma fonte de preços da lista.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="83"/>
        <source>Choose an exchange account as the price source.</source>
        <translation>Escolha uma conta de corretora como fonte de preços.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="50"/>
        <source>Choose an exchange from the list.</source>
        <translation>Escolha uma corretora da lista.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="61"/>
        <source>Enter the API key {exchange} gave you.</source>
        <translation>Informe a chave de API que a {exchange} lhe deu.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="64"/>
        <source>Enter the API secret {exchange} gave you.</source>
        <translation>Informe o segredo de API que a {exchange} lhe deu.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="35"/>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="37"/>
        <source>Keep the name under 120 characters.</source>
        <translation>Use um nome com menos de 120 caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="167"/>
        <source>Only a database file can be moved aside or restored: check the database setting.</source>
        <translation>Só um arquivo de banco de dados pode ser posto de lado ou restaurado: confira a configuração do banco de dados.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_reset.py" line="42"/>
        <source>Only a paper account can be reset: “{label}” trades on the exchange.</source>
        <translation>Só uma conta simulada pode ser reiniciada: “{label}” opera na corretora.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="97"/>
        <source>Start with at most {n} currencies.</source>
        <translation>Comece com no máximo {n} moedas.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_reset.py" line="46"/>
        <source>Stop the bots trading on “{label}” first ({n}): a reset would take their positions from under them.</source>
        <translation>Pare antes os robôs que operam em “{label}” ({n}): uma reinicialização tiraria as posições deles.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="542"/>
        <source>That account no longer exists.</source>
        <translation>Essa conta não existe mais.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="151"/>
        <source>The account database could not be opened ({why}).</source>
        <translation>O banco de dados das contas não pôde ser aberto ({why}).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="232"/>
        <source>The account “{label}” is not connected.</source>
        <translation>A conta “{label}” não está conectada.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="441"/>
        <source>The keyring holds no API key for “{label}”: edit the account and enter its key and secret again.</source>
        <translation>O chaveiro não tem chave de API para “{label}”: edite a conta e informe a chave e o segredo de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="110"/>
        <source>The starting {currency} must be more than zero.</source>
        <translation>O saldo inicial em {currency} deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/accounts.py" line="518"/>
        <source>The system keyring did not answer within {seconds:.0f} s: unlock it and try again.</source>
        <translation>O chaveiro do sistema não respondeu em {seconds:.0f} s: desbloqueie-o e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/paper_accounts.py" line="183"/>
        <source>Unknown price source {source!r} for “{label}”.</source>
        <translation>Fonte de preços {source!r} desconhecida para “{label}”.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="106"/>
        <source>{currency} is listed twice.</source>
        <translation>{currency} aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="52"/>
        <source>{exchange} has no sandbox (testnet).</source>
        <translation>{exchange} não tem sandbox (testnet).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="68"/>
        <source>{exchange} needs the passphrase you chose with the key.</source>
        <translation>{exchange} precisa da frase-senha que você escolheu com a chave.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/account_checks.py" line="102"/>
        <source>“{currency}” is not a currency code: letters and digits, e.g. USDT or BTC.</source>
        <translation>“{currency}” não é um código de moeda: letras e dígitos, p. ex. USDT ou BTC.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/public_trades.py" line="43"/>
        <source>“{label}” offers no public trades.</source>
        <translation>“{label}” não oferece negócios públicos.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="92"/>
        <source>API keys are kept in the system keyring, never in Pregão's files.</source>
        <translation>As chaves de API ficam no chaveiro do sistema, nunca nos arquivos do Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="352"/>
        <source>Accounts…</source>
        <translation>Contas…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="72"/>
        <source>Add an exchange or paper account</source>
        <translation>Adicionar uma conta de corretora ou simulada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="71"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
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
        <translation>Fechar</translation>
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
        <translation>Instável</translation>
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
        <translation>Corretora</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="357"/>
        <source>Exchange and paper accounts: add keys, test, connect</source>
        <translation>Contas de corretora e simuladas: adicionar chaves, testar, conectar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="271"/>
        <source>It goes back to its starting balances ({start}). Its open orders are canceled, its positions, orders and fills are cleared. The log and the database keep a record of the reset.</source>
        <translation>Ela volta aos saldos iniciais ({start}). As ordens abertas são canceladas; posições, ordens e execuções são apagadas. O log e o banco de dados guardam um registro da reinicialização.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="249"/>
        <source>Its API key, secret and passphrase are deleted from the system keyring too.</source>
        <translation>A chave de API, o segredo e a frase-senha também são apagados do chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="65"/>
        <source>Label</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="140"/>
        <source>Load accounts</source>
        <translation>Carregar contas</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="206"/>
        <source>Load order types</source>
        <translation>Carregar tipos de ordem</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="88"/>
        <source>Native: the exchange runs the order. Emulated: Pregão runs it on top of the exchange's own order types, while Pregão is running.</source>
        <translation>Nativo: a corretora executa a ordem. Emulado: o Pregão a executa sobre os tipos de ordem da própria corretora, enquanto o Pregão está aberto.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="214"/>
        <source>Order types: {list}</source>
        <translation>Tipos de ordem: {list}</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="74"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="251"/>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="75"/>
        <source>Remove the account and its keys from the keyring</source>
        <translation>Remover a conta e as chaves dela do chaveiro</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="248"/>
        <source>Remove the account “{label}”?</source>
        <translation>Remover a conta “{label}”?</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="278"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="274"/>
        <source>Reset paper account</source>
        <translation>Reiniciar conta simulada</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="361"/>
        <source>Reset paper account…</source>
        <translation>Reiniciar conta simulada…</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="270"/>
        <source>Reset the paper account “{label}”?</source>
        <translation>Reiniciar a conta simulada “{label}”?</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="366"/>
        <source>Take a paper account back to its starting balances (asks first)</source>
        <translation>Leva uma conta simulada de volta aos saldos iniciais (pergunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="79"/>
        <source>Take a paper account back to its starting balances: open orders canceled, positions and history cleared</source>
        <translation>Leva uma conta simulada de volta aos saldos iniciais: ordens abertas canceladas, posições e histórico apagados</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="153"/>
        <source>The list of exchanges is still loading; try again.</source>
        <translation>A lista de corretoras ainda está carregando; tente de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="165"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../widgets/accounts_dialog.py" line="291"/>
        <source>“{label}” is back to its starting balances</source>
        <translation>“{label}” voltou aos saldos iniciais</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../desktop/shell/actions.py" line="115"/>
        <source>{key} is already used by “{label}”</source>
        <translation>{key} já está em uso por “{label}”</translation>
    </message>
</context>
<context>
    <name>AlertChannelCommands</name>
    <message>
        <location filename="../widgets/alert_channels/__init__.py" line="37"/>
        <source>Alert channels…</source>
        <translation>Canais de alerta…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/__init__.py" line="39"/>
        <source>Where alerts go: desktop, sound, email, Telegram, Discord, Slack, webhook</source>
        <translation>Para onde vão os alertas: área de trabalho, som, e-mail, Telegram, Discord, Slack, webhook</translation>
    </message>
</context>
<context>
    <name>AlertChannelNames</name>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="14"/>
        <source>Desktop notification</source>
        <translation>Notificação da área de trabalho</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="20"/>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="18"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="16"/>
        <source>In-app message</source>
        <translation>Mensagem no app</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="21"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="17"/>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/names.py" line="15"/>
        <source>System tray message</source>
        <translation>Mensagem na bandeja do sistema</translation>
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
        <translation>falhou</translation>
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
        <translation>aguardando</translation>
    </message>
</context>
<context>
    <name>AlertChannels</name>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="63"/>
        <source>A bot token looks like 123456789:ABC-def… (ask @BotFather).</source>
        <translation>Um token de bot tem o formato 123456789:ABC-def… (peça ao @BotFather).</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="65"/>
        <source>Choose STARTTLS, SSL or none.</source>
        <translation>Escolha STARTTLS, SSL ou nenhuma.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="60"/>
        <source>This field is required.</source>
        <translation>Este campo é obrigatório.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="61"/>
        <source>Type a port number from 1 to 65535.</source>
        <translation>Digite uma porta de 1 a 65535.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="64"/>
        <source>Type one or more email addresses, separated by commas.</source>
        <translation>Digite um ou mais endereços de e-mail, separados por vírgulas.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="62"/>
        <source>Type the full address, starting with https://</source>
        <translation>Digite o endereço completo, começando com https://</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/channel_settings.py" line="66"/>
        <source>Unknown channel.</source>
        <translation>Canal desconhecido.</translation>
    </message>
</context>
<context>
    <name>AlertChannelsDialog</name>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="187"/>
        <source> — failing</source>
        <translation> — falhando</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="70"/>
        <source>A JSON POST to your own address, with an Idempotency-Key header so a repeat can be dropped.</source>
        <translation>Um POST JSON para o seu próprio endereço, com o cabeçalho Idempotency-Key para que uma repetição possa ser descartada.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="61"/>
        <source>A message from Pregão's icon in the system tray.</source>
        <translation>Uma mensagem do ícone do Pregão na bandeja do sistema.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="65"/>
        <source>A message from your Telegram bot to a chat. Create the bot with @BotFather; the chat id is yours or your group's.</source>
        <translation>Uma mensagem do seu bot do Telegram para um chat. Crie o bot com o @BotFather; o id do chat é o seu ou o do seu grupo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="67"/>
        <source>A message to a Discord channel through its webhook (channel settings › Integrations › Webhooks).</source>
        <translation>Uma mensagem para um canal do Discord pelo webhook dele (configurações do canal › Integrações › Webhooks).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="69"/>
        <source>A message to a Slack channel through an incoming webhook.</source>
        <translation>Uma mensagem para um canal do Slack por um incoming webhook.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="62"/>
        <source>A short message in the corner of the Pregão window.</source>
        <translation>Uma mensagem curta no canto da janela do Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="63"/>
        <source>A short sound; critical alerts sound different from warnings.</source>
        <translation>Um som curto; alertas críticos soam diferente dos avisos.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="105"/>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="170"/>
        <source>Alert channels</source>
        <translation>Canais de alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="64"/>
        <source>An email through your mail server (SMTP).</source>
        <translation>Um e-mail pelo seu servidor de e-mail (SMTP).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="52"/>
        <source>Bot token</source>
        <translation>Token do bot</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="104"/>
        <source>Chat id</source>
        <translation>Id do chat</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="198"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="162"/>
        <source>Failing: {0}</source>
        <translation>Falhando: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="195"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="303"/>
        <source>Forgotten: settings and secret removed.</source>
        <translation>Esquecido: configurações e segredo removidos.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="101"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="112"/>
        <source>Kept in the system keyring, never in Pregão's files.</source>
        <translation>Guardado no chaveiro do sistema, nunca nos arquivos do Pregão.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="96"/>
        <source>None (local relay only)</source>
        <translation>Nenhuma (só relay local)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="52"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="92"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="196"/>
        <source>Remove this channel's settings and its secret from the keyring</source>
        <translation>Remover as configurações deste canal e o segredo dele do chaveiro</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="95"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (porta 465)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="94"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (porta 587)</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="194"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="279"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="272"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="99"/>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="192"/>
        <source>Send a test alert through this channel as typed, without saving</source>
        <translation>Enviar um alerta de teste por este canal como digitado, sem salvar</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="191"/>
        <source>Send test</source>
        <translation>Enviar teste</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="283"/>
        <source>Sending a test alert…</source>
        <translation>Enviando um alerta de teste…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="292"/>
        <source>Sent: check that it arrived in {0}.</source>
        <translation>Enviado: confira se chegou em {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="91"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="145"/>
        <source>Stored in the keyring: leave empty to keep it</source>
        <translation>Guardado no chaveiro: deixe vazio para mantê-lo</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="53"/>
        <source>Webhook URL</source>
        <translation>URL do webhook</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="59"/>
        <source>Your desktop's own notification. If it cannot be shown, the system tray message is used instead.</source>
        <translation>A notificação do seu próprio desktop. Se ela não puder ser exibida, a mensagem da bandeja do sistema é usada no lugar.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="100"/>
        <source>empty: no login</source>
        <translation>vazio: sem login</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/channels_dialog.py" line="102"/>
        <source>you@example.org, desk@example.org</source>
        <translation>voce@example.org, mesa@example.org</translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message>
        <location filename="../desktop/alerts/delivery/local_channels.py" line="109"/>
        <source>The desktop notification failed ({reason}); shown in the system tray</source>
        <translation>A notificação da área de trabalho falhou ({reason}); mostrada na bandeja do sistema</translation>
    </message>
</context>
<context>
    <name>AlertForm</name>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="161"/>
        <source>At most</source>
        <translation>No máximo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="157"/>
        <source>Average of</source>
        <translation>Média de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="164"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="325"/>
        <source>Choose the symbol to watch, e.g. BTC/USDT</source>
        <translation>Escolha o símbolo a vigiar, ex.: BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="151"/>
        <source>Compare with</source>
        <translation>Comparar com</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="144"/>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="160"/>
        <source>Cooldown</source>
        <translation>Intervalo mínimo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="82"/>
        <source>Edit alert</source>
        <translation>Editar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="126"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="146"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="153"/>
        <source>Its parameters</source>
        <translation>Os seus parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="238"/>
        <source>Lower edge</source>
        <translation>Borda inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="165"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="143"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="82"/>
        <source>New alert</source>
        <translation>Novo alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="86"/>
        <source>Optional: what the notification is titled</source>
        <translation>Opcional: o título da notificação</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="133"/>
        <source>Optional: your own text for the notification</source>
        <translation>Opcional: o seu próprio texto para a notificação</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="152"/>
        <source>Other indicator</source>
        <translation>Outro indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="148"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="147"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="305"/>
        <source>Parameters: numbers separated by commas, e.g. 20, 2</source>
        <translation>Parâmetros: números separados por vírgulas, ex.: 20, 2</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="344"/>
        <source>Saving the alert</source>
        <translation>Salvando o alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="163"/>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="145"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="322"/>
        <source>The upper edge must be above the lower edge</source>
        <translation>A borda superior deve ficar acima da inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="149"/>
        <source>Timeframe</source>
        <translation>Tempo gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="159"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="155"/>
        <source>Upper edge</source>
        <translation>Borda superior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="154"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="150"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="158"/>
        <source>Which one</source>
        <translation>Qual</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="156"/>
        <source>Within</source>
        <translation>Em até</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="111"/>
        <source>a value</source>
        <translation>um valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="240"/>
        <source>account id (empty: any)</source>
        <translation>id da conta (vazio: qualquer)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="112"/>
        <source>another indicator</source>
        <translation>outro indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="240"/>
        <source>bot id (empty: any bot)</source>
        <translation>id do robô (vazio: qualquer robô)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>histogram</source>
        <translation>histograma</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>line</source>
        <translation>linha</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>lower</source>
        <translation>inferior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>middle</source>
        <translation>média</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="125"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="244"/>
        <source>saved model name (empty: any)</source>
        <translation>nome do modelo salvo (vazio: qualquer)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="207"/>
        <source>signal</source>
        <translation>sinal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="208"/>
        <source>upper</source>
        <translation>superior</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/rule_form.py" line="242"/>
        <source>venue, e.g. binance (empty: any)</source>
        <translation>corretora, ex.: binance (vazio: qualquer)</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="117"/>
        <source>Alert channels (failing: {0})…</source>
        <translation>Canais de alerta (falhando: {0})…</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="70"/>
        <source>Alert delivery</source>
        <translation>Entrega de alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="114"/>
        <source>Alerts failing: {0}</source>
        <translation>Alertas falhando: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="45"/>
        <source>If you can read this, alerts reach you here.</source>
        <translation>Se você está lendo isto, os alertas chegam até você aqui.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="43"/>
        <source>No Pregão window was open to show it.</source>
        <translation>Nenhuma janela do Pregão estava aberta para mostrá-lo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="39"/>
        <source>Pregão stopped while sending this alert and this channel cannot tell whether it arrived, so it was not sent again (no duplicate).</source>
        <translation>O Pregão parou enquanto enviava este alerta e este canal não informa se ele chegou, então ele não foi enviado de novo (sem duplicata).</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="44"/>
        <source>Pregão test alert</source>
        <translation>Alerta de teste do Pregão</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="41"/>
        <source>This channel is not set up: open Alert channels to set it up.</source>
        <translation>Este canal não está configurado: abra Canais de alerta para configurá-lo.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="42"/>
        <source>This channel is turned off in Alert channels.</source>
        <translation>Este canal está desligado em Canais de alerta.</translation>
    </message>
    <message>
        <location filename="../widgets/alert_channels/notifier.py" line="38"/>
        <source>…and {count} more alerts:</source>
        <translation>…e mais {count} alertas:</translation>
    </message>
</context>
<context>
    <name>AlertWording</name>
    <message>
        <location filename="../desktop/alerts/wording.py" line="48"/>
        <source>A risk breaker tripped on {who}</source>
        <translation>Um disjuntor de risco disparou em {who}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="97"/>
        <source>An order {event}</source>
        <translation>Uma ordem: {event}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="46"/>
        <source>Bot {who} stopped on an error</source>
        <translation>O robô {who} parou por um erro</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="49"/>
        <source>Connection to {who} lost</source>
        <translation>Conexão com {who} perdida</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="50"/>
        <source>Connection to {who} restored</source>
        <translation>Conexão com {who} restabelecida</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="102"/>
        <source>Margin use of {who} above {value} %</source>
        <translation>Uso de margem de {who} acima de {value} %</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="45"/>
        <source>Signal from bot {who}</source>
        <translation>Sinal do robô {who}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="52"/>
        <source>The features of model {who} drifted</source>
        <translation>As variáveis do modelo {who} derivaram</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="47"/>
        <source>Trading state of {who} changed</source>
        <translation>O estado de negociação de {who} mudou</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>a bot</source>
        <translation>um robô</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>a model</source>
        <translation>um modelo</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="103"/>
        <source>a venue</source>
        <translation>uma corretora</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="54"/>
        <source>an account</source>
        <translation>uma conta</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="116"/>
        <source>{message} (now {value})</source>
        <translation>{message} (agora {value})</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="18"/>
        <source>{symbol} crossed above {value}</source>
        <translation>{symbol} cruzou acima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="19"/>
        <source>{symbol} crossed below {value}</source>
        <translation>{symbol} cruzou abaixo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="20"/>
        <source>{symbol} crossed {value}</source>
        <translation>{symbol} cruzou {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="23"/>
        <source>{symbol} entered the channel {low}–{high}</source>
        <translation>{symbol} entrou no canal {low}–{high}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="28"/>
        <source>{symbol} fell {value} % within {window} s</source>
        <translation>{symbol} caiu {value} % em {window} s</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="21"/>
        <source>{symbol} is above {value}</source>
        <translation>{symbol} está acima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="22"/>
        <source>{symbol} is below {value}</source>
        <translation>{symbol} está abaixo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="24"/>
        <source>{symbol} left the channel {low}–{high}</source>
        <translation>{symbol} saiu do canal {low}–{high}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="96"/>
        <source>{symbol} order {event}</source>
        <translation>Ordem de {symbol}: {event}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="38"/>
        <source>{symbol} position P&amp;L crossed above {value}</source>
        <translation>L&amp;P da posição em {symbol} cruzou acima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="39"/>
        <source>{symbol} position P&amp;L crossed below {value}</source>
        <translation>L&amp;P da posição em {symbol} cruzou abaixo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="40"/>
        <source>{symbol} position P&amp;L crossed {value}</source>
        <translation>L&amp;P da posição em {symbol} cruzou {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="41"/>
        <source>{symbol} position P&amp;L is above {value}</source>
        <translation>L&amp;P da posição em {symbol} está acima de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="42"/>
        <source>{symbol} position P&amp;L is below {value}</source>
        <translation>L&amp;P da posição em {symbol} está abaixo de {value}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="27"/>
        <source>{symbol} rose {value} % within {window} s</source>
        <translation>{symbol} subiu {value} % em {window} s</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="93"/>
        <source>{symbol} spread above {value} bps</source>
        <translation>Spread de {symbol} acima de {value} bps</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="90"/>
        <source>{symbol} volume above {value}× its average</source>
        <translation>Volume de {symbol} acima de {value}× a sua média</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="31"/>
        <source>{symbol} {left} crossed above {right}</source>
        <translation>{symbol} {left} cruzou acima de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="32"/>
        <source>{symbol} {left} crossed below {right}</source>
        <translation>{symbol} {left} cruzou abaixo de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="33"/>
        <source>{symbol} {left} crossed {right}</source>
        <translation>{symbol} {left} cruzou {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="34"/>
        <source>{symbol} {left} is above {right}</source>
        <translation>{symbol} {left} está acima de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="35"/>
        <source>{symbol} {left} is below {right}</source>
        <translation>{symbol} {left} está abaixo de {right}</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/wording.py" line="51"/>
        <source>{who} banned us for the request rate</source>
        <translation>{who} nos bloqueou pelo ritmo de requisições</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="364"/>
        <source>A channel's upper edge must be above its lower edge.</source>
        <translation>A borda superior de um canal deve ficar acima da inferior.</translation>
    </message>
    <message>
        <location filename="../desktop/alerts/delivery/service.py" line="135"/>
        <source>An alert trigger needs an id to be delivered once</source>
        <translation>Um disparo de alerta precisa de um id para ser entregue uma única vez</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="224"/>
        <source>At most {limit:,} alert rules; delete some first.</source>
        <translation>No máximo {limit:,} regras de alerta; apague algumas antes.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="299"/>
        <source>That alert rule no longer exists.</source>
        <translation>Essa regra de alerta não existe mais.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/alert_service.py" line="244"/>
        <source>Unknown edge {edge!r}</source>
        <translation>Borda {edge!r} desconhecida</translation>
    </message>
</context>
<context>
    <name>AlertsDock</name>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="95"/>
        <source>A price alert at the right-clicked price of the chart</source>
        <translation>Um alerta de preço no preço clicado com o botão direito no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="85"/>
        <source>Acknowledge</source>
        <translation>Marcar como lido</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="87"/>
        <source>Acknowledge all</source>
        <translation>Marcar todos como lidos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="42"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="93"/>
        <source>Alert here</source>
        <translation>Alerta aqui</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="201"/>
        <source>Alert set: {0} {1} {2}</source>
        <translation>Alerta criado: {0} {1} {2}</translation>
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
        <translation>Uma cópia armada do alerta selecionado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="107"/>
        <source>Armed</source>
        <translation>Armado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="58"/>
        <source>At most once a minute</source>
        <translation>No máximo uma vez por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="29"/>
        <source>Bot</source>
        <translation>Robô</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="76"/>
        <source>Change the selected alert (double-click it)</source>
        <translation>Alterar o alerta selecionado (clique duplo nele)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="45"/>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="31"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="74"/>
        <source>Create an alert on a price, an indicator, an order, a bot, risk or a connection</source>
        <translation>Criar um alerta de preço, indicador, ordem, robô, risco ou conexão</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="64"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="83"/>
        <source>Delete alert</source>
        <translation>Excluir alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="265"/>
        <source>Delete alerts</source>
        <translation>Excluir alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="84"/>
        <source>Delete the selected alerts (their history stays)</source>
        <translation>Excluir os alertas selecionados (o histórico fica)</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="266"/>
        <source>Delete {0} alert(s)? Their trigger history stays.</source>
        <translation>Excluir {0} alerta(s)? O histórico de disparos fica.</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="101"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="69"/>
        <source>Desktop notification</source>
        <translation>Notificação da área de trabalho</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="108"/>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="78"/>
        <source>Disarm the selected alerts, or arm them again</source>
        <translation>Desarmar os alertas selecionados, ou armá-los de novo</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="77"/>
        <source>Enable/disable alert</source>
        <translation>Ativar/desativar alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="107"/>
        <source>Every state</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="178"/>
        <source>Every symbol</source>
        <translation>Todos os símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="56"/>
        <source>Every time</source>
        <translation>Toda vez</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="116"/>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="109"/>
        <source>Expired or used up</source>
        <translation>Expirado ou esgotado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="43"/>
        <source>Fired</source>
        <translation>Disparos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="209"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="209"/>
        <source>History — {0} unread</source>
        <translation>Histórico — {0} não lidos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="70"/>
        <source>In-app toast</source>
        <translation>Aviso no aplicativo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="23"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="63"/>
        <source>Info</source>
        <translation>Informação</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="44"/>
        <source>Last fired</source>
        <translation>Último disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="28"/>
        <source>Margin use</source>
        <translation>Uso de margem</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="107"/>
        <source>Margin use above {0} %</source>
        <translation>Uso de margem acima de {0} %</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="88"/>
        <source>Mark every trigger as read</source>
        <translation>Marcar todos os disparos como lidos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="86"/>
        <source>Mark the selected triggers as read</source>
        <translation>Marcar os disparos selecionados como lidos</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="33"/>
        <source>Model drift</source>
        <translation>Deriva de modelo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="73"/>
        <source>New alert…</source>
        <translation>Novo alerta…</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="114"/>
        <source>No alerts yet. Create one ({0}), or right-click a price on a chart and choose “Alert here”.</source>
        <translation>Nenhum alerta ainda. Crie um ({0}), ou clique com o botão direito num preço do gráfico e escolha “Alerta aqui”.</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="187"/>
        <source>No price to set an alert at yet</source>
        <translation>Ainda não há preço para criar um alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="55"/>
        <source>Once</source>
        <translation>Uma vez</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="57"/>
        <source>Once per bar close</source>
        <translation>Uma vez por fechamento de barra</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="68"/>
        <source>Open a chart first</source>
        <translation>Abra um gráfico primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="26"/>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="27"/>
        <source>Position P&amp;L</source>
        <translation>L&amp;P da posição</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="105"/>
        <source>Position P&amp;L {0} {1}</source>
        <translation>L&amp;P da posição {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="21"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="22"/>
        <source>Price move</source>
        <translation>Movimento de preço</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="92"/>
        <source>Price {0} {1}</source>
        <translation>Preço {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="94"/>
        <source>Price {0} {1} % within {2} s</source>
        <translation>Preço {0} {1} % em {2} s</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="91"/>
        <source>Price {0} {1}–{2}</source>
        <translation>Preço {0} {1}–{2}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="32"/>
        <source>Rate-limit ban</source>
        <translation>Bloqueio por excesso de requisições</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="30"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/chart_alerts.py" line="193"/>
        <source>Saving the alert</source>
        <translation>Salvando o alerta</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="273"/>
        <source>Select a trigger in the history first</source>
        <translation>Selecione primeiro um disparo no histórico</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="290"/>
        <source>Select an alert first</source>
        <translation>Selecione um alerta primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="44"/>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="81"/>
        <source>Snooze alert for an hour</source>
        <translation>Silenciar alerta por uma hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/panel.py" line="108"/>
        <source>Snoozed</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="120"/>
        <source>Snoozed until {0}</source>
        <translation>Silenciado até {0}</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="70"/>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="25"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="103"/>
        <source>Spread above {0} bps</source>
        <translation>Spread acima de {0} bps</translation>
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
        <translation>Os alertas selecionados ficam em silêncio por uma hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="99"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="69"/>
        <source>Tray message</source>
        <translation>Mensagem da bandeja</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="43"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="34"/>
        <source>Unread alerts: open the alert center</source>
        <translation>Alertas não lidos: abrir a central de alertas</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="118"/>
        <source>Used up</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/models.py" line="100"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="101"/>
        <source>Volume above {0}× its average</source>
        <translation>Volume acima de {0}× a sua média</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="24"/>
        <source>Volume spike</source>
        <translation>Pico de volume</translation>
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
        <translation>um disjuntor dispara</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="48"/>
        <source>banned for the request rate</source>
        <translation>bloqueado pelo ritmo de requisições</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="44"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="47"/>
        <source>connection lost</source>
        <translation>conexão perdida</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="47"/>
        <source>connection restored</source>
        <translation>conexão restabelecida</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>crosses</source>
        <translation>cruza</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="39"/>
        <source>crosses above</source>
        <translation>cruza para cima de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="39"/>
        <source>crosses below</source>
        <translation>cruza para baixo de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="41"/>
        <source>enters the channel</source>
        <translation>entra no canal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="41"/>
        <source>exits the channel</source>
        <translation>sai do canal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="135"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="42"/>
        <source>falls by</source>
        <translation>cai</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="49"/>
        <source>features drifted</source>
        <translation>variáveis derivaram</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="43"/>
        <source>filled</source>
        <translation>executada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="45"/>
        <source>gives a signal</source>
        <translation>dá um sinal</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>is above</source>
        <translation>está acima de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="40"/>
        <source>is below</source>
        <translation>está abaixo de</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="43"/>
        <source>partially filled</source>
        <translation>parcialmente executada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="134"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="44"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="42"/>
        <source>rises by</source>
        <translation>sobe</translation>
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
        <translation>para com um erro</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/wording.py" line="46"/>
        <source>trading state changes</source>
        <translation>o estado de negociação muda</translation>
    </message>
    <message>
        <location filename="../widgets/alerts/__init__.py" line="56"/>
        <source>{0} unread alert(s)</source>
        <translation>{0} alerta(s) não lido(s)</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="114"/>
        <source>Fill: {side} {amount} {symbol} at {price} (fee {fee} {currency}, {liquidity}) · {account} · by {origin} · order {id}</source>
        <translation>Execução: {side} {amount} {symbol} a {price} (taxa {fee} {currency}, {liquidity}) · {account} · por {origin} · ordem {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="51"/>
        <source>OCO</source>
        <translation>OCO</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="80"/>
        <source>Order refused: {order} · {account} · by {origin} · {reason}</source>
        <translation>Ordem recusada: {order} · {account} · por {origin} · {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="108"/>
        <source>Order {status}: {order} · {account} · by {origin} · id {id}</source>
        <translation>Ordem {status}: {order} · {account} · por {origin} · id {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="105"/>
        <source>Order {status}: {order} · {account} · by {origin} · id {id} · {reason}</source>
        <translation>Ordem {status}: {order} · {account} · por {origin} · id {id} · {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="141"/>
        <source>account {id}</source>
        <translation>conta {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="140"/>
        <source>account {label} ({id})</source>
        <translation>conta {label} ({id})</translation>
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
        <translation>expirada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="43"/>
        <source>filled</source>
        <translation>executada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="38"/>
        <source>hotkey</source>
        <translation>atalho de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="51"/>
        <source>iceberg</source>
        <translation>iceberg</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="48"/>
        <source>limit</source>
        <translation>limitada</translation>
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
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="38"/>
        <source>order book</source>
        <translation>livro de ofertas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="43"/>
        <source>partially filled</source>
        <translation>parcialmente executada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="42"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="44"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="40"/>
        <source>sell</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../desktop/engine/audit_trail.py" line="49"/>
        <source>stop limit</source>
        <translation>stop limitada</translation>
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
        <translation>stop móvel</translation>
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
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="167"/>
        <source>Finished in {0} s</source>
        <translation>Concluído em {0} s</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/job_progress.py" line="63"/>
        <source>Ready</source>
        <translation>Pronto</translation>
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
        <translation> candles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="36"/>
        <source>A Gaussian mixture over volatility and trend, refitted on past candles only; regimes are numbered calmest first. Returns and volatility are per candle.</source>
        <translation>Uma mistura gaussiana sobre volatilidade e tendência, reajustada apenas em candles passados; os regimes são numerados do mais calmo ao mais agitado. Retornos e volatilidade são por candle.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="102"/>
        <source>A new bot running the {0} strategy with this model and horizon on the chosen market</source>
        <translation>Um novo robô rodando a estratégia {0} com este modelo e horizonte no mercado escolhido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="59"/>
        <source>ATR % of price ({0})</source>
        <translation>ATR % do preço ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Accuracy</source>
        <translation>Acurácia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="82"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="96"/>
        <source>Backtest the {0} strategy with this model and horizon: it retrains the model on a rolling window of past candles (every feature) as the backtest moves on</source>
        <translation>Fazer o backtest da estratégia {0} com este modelo e horizonte: ela retreina o modelo numa janela móvel de candles passados (todas as variáveis) à medida que o backtest avança</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="121"/>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="116"/>
        <source>Candles kept out of training beside each test window; training rows whose label reaches into it are purged too</source>
        <translation>Candles deixados fora do treino ao lado de cada janela de teste; linhas de treino cujo rótulo alcança a janela também são expurgadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="69"/>
        <source>Check drift</source>
        <translation>Verificar deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="315"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="205"/>
        <source>Choose at least one feature</source>
        <translation>Escolha pelo menos uma variável</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="148"/>
        <source>Classifier</source>
        <translation>Classificador</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="70"/>
        <source>Compare each feature on the chosen market's latest candles with the model's training window</source>
        <translation>Comparar cada variável nos últimos candles do mercado escolhido com a janela de treino do modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="120"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusão</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="67"/>
        <source>Day of week (cosine)</source>
        <translation>Dia da semana (cosseno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="66"/>
        <source>Day of week (sine)</source>
        <translation>Dia da semana (seno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="32"/>
        <source>Detect regimes</source>
        <translation>Detectar regimes</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="106"/>
        <source>Drift</source>
        <translation>Deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="184"/>
        <source>Drift in {0} of {1} features on the {2}: {3}</source>
        <translation>Deriva em {0} de {1} variáveis nos {2}: {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="89"/>
        <source>Drifted</source>
        <translation>Derivou</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="152"/>
        <source>Embargo</source>
        <translation>Embargo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="39"/>
        <source>Ensemble (soft vote of all four)</source>
        <translation>Conjunto (voto suave dos quatro)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>Feature</source>
        <translation>Variável</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="78"/>
        <source>Features</source>
        <translation>Variáveis</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="33"/>
        <source>Fit the regimes of every ticked market on its past candles only, in the chosen timeframe</source>
        <translation>Ajustar os regimes de cada mercado marcado apenas em seus candles passados, no tempo gráfico escolhido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="54"/>
        <source>Fitting the final model</source>
        <translation>Ajustando o modelo final</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="209"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primeiro os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Fold</source>
        <translation>Dobra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="151"/>
        <source>Folds</source>
        <translation>Dobras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="51"/>
        <source>Gathering candles…</source>
        <translation>Reunindo candles…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="36"/>
        <source>Histogram gradient boosting</source>
        <translation>Gradient boosting por histograma</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="67"/>
        <source>Hit rate ≥ 60 %</source>
        <translation>Acerto ≥ 60 %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="68"/>
        <source>Hit rate ≥ 60 %: how often the predicted side was right when the model was at least 60 % sure</source>
        <translation>Acerto ≥ 60 %: com que frequência o lado previsto acertou quando o modelo tinha pelo menos 60 % de certeza</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="142"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="122"/>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="89"/>
        <source>KS p-value</source>
        <translation>Valor-p KS</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>KS statistic</source>
        <translation>Estatística KS</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="77"/>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="57"/>
        <source>Letters, digits, '.', '-' or '_'</source>
        <translation>Letras, dígitos, '.', '-' ou '_'</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Log-loss</source>
        <translation>Log-loss</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="35"/>
        <source>Logistic regression</source>
        <translation>Regressão logística</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="199"/>
        <source>Loss in log-loss score when shuffled</source>
        <translation>Perda no escore de log-loss ao embaralhar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="63"/>
        <source>MACD histogram % of price</source>
        <translation>Histograma MACD % do preço</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="155"/>
        <source>Marker size follows the number of rows in the bin.</source>
        <translation>O tamanho do marcador acompanha o número de linhas na faixa.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="76"/>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="41"/>
        <source>Mean return</source>
        <translation>Retorno médio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="201"/>
        <source>Measured on each fold's test rows; bars at or below zero: the model does not rely on that feature.</source>
        <translation>Medido nas linhas de teste de cada dobra; barras em zero ou abaixo: o modelo não depende dessa variável.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="76"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="102"/>
        <source>Model card</source>
        <translation>Ficha do modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="56"/>
        <source>Model name</source>
        <translation>Nome do modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="302"/>
        <source>Model saved as {0}</source>
        <translation>Modelo salvo como {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="343"/>
        <source>Model {0} drifted on {1}: {2}</source>
        <translation>O modelo {0} derivou em {1}: {2}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="38"/>
        <source>Neural network (MLP)</source>
        <translation>Rede neural (MLP)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="174"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="189"/>
        <source>No drift on the {0}</source>
        <translation>Sem deriva nos {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="92"/>
        <source>No model yet: choose the features, label, model and validation, then press Train.</source>
        <translation>Nenhum modelo ainda: escolha as variáveis, o rótulo, o modelo e a validação e clique em Treinar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="86"/>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="223"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="68"/>
        <source>Order-book imbalance</source>
        <translation>Desequilíbrio do livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="137"/>
        <source>Out-of-sample rows of every fold. Share that went up: {0}.</source>
        <translation>Linhas fora da amostra de todas as dobras. Parcela que subiu: {0}.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="88"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="53"/>
        <source>Permutation importance</source>
        <translation>Importância por permutação</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="116"/>
        <source>Predicted down</source>
        <translation>Previsto queda</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="151"/>
        <source>Predicted probability of up</source>
        <translation>Probabilidade prevista de alta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="116"/>
        <source>Predicted up</source>
        <translation>Previsto alta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="57"/>
        <source>RSI ({0})</source>
        <translation>IFR ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="37"/>
        <source>Random forest</source>
        <translation>Floresta aleatória</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="67"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="126"/>
        <source>Regimes</source>
        <translation>Regimes</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="52"/>
        <source>Return of the last candle</source>
        <translation>Retorno do último candle</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="53"/>
        <source>Return over {0} candles</source>
        <translation>Retorno em {0} candles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="101"/>
        <source>Run as bot…</source>
        <translation>Rodar como robô…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="58"/>
        <source>Save model</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="59"/>
        <source>Save the trained model with its model card</source>
        <translation>Salvar o modelo treinado com sua ficha</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="98"/>
        <source>Saved model</source>
        <translation>Modelo salvo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="115"/>
        <source>Saved models</source>
        <translation>Modelos salvos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="40"/>
        <source>Share of time</source>
        <translation>Parcela do tempo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="152"/>
        <source>Share that went up</source>
        <translation>Parcela que subiu</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="44"/>
        <source>Sign of the forward return</source>
        <translation>Sinal do retorno futuro</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="144"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="80"/>
        <source>Stop the running training at once</source>
        <translation>Parar o treino em andamento imediatamente</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="143"/>
        <source>Take profit</source>
        <translation>Alvo de lucro</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="141"/>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Test from</source>
        <translation>Teste de</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Test rows</source>
        <translation>Linhas de teste</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="66"/>
        <source>Test to</source>
        <translation>Teste até</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="97"/>
        <source>The inputs of the model; each uses past candles only</source>
        <translation>As entradas do modelo; cada uma usa apenas candles passados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="329"/>
        <source>Tick a market in the setup first</source>
        <translation>Marque primeiro um mercado na configuração</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="309"/>
        <source>Tick a market in the setup to check drift on</source>
        <translation>Marque um mercado na configuração para verificar a deriva</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="145"/>
        <source>Time limit</source>
        <translation>Limite de tempo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="65"/>
        <source>Time of day (cosine)</source>
        <translation>Hora do dia (cosseno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="64"/>
        <source>Time of day (sine)</source>
        <translation>Hora do dia (seno)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="76"/>
        <source>Train</source>
        <translation>Treinar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="77"/>
        <source>Train and validate the model in a worker process</source>
        <translation>Treinar e validar o modelo num processo auxiliar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="215"/>
        <source>Train model</source>
        <translation>Treinar modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="65"/>
        <source>Train rows</source>
        <translation>Linhas de treino</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="77"/>
        <source>Trained on</source>
        <translation>Treinado em</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="45"/>
        <source>Triple barrier</source>
        <translation>Barreira tripla</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="95"/>
        <source>Use as strategy</source>
        <translation>Usar como estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="78"/>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_regimes.py" line="41"/>
        <source>Volatility</source>
        <translation>Volatilidade</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="55"/>
        <source>Volatility over {0} candles</source>
        <translation>Volatilidade em {0} candles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="61"/>
        <source>Volume z-score ({0})</source>
        <translation>Escore z do volume ({0})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="52"/>
        <source>Walk-forward folds</source>
        <translation>Dobras walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="113"/>
        <source>Walk-forward folds: each tests on a later block and trains on the blocks before it</source>
        <translation>Dobras walk-forward: cada uma testa num bloco posterior e treina nos blocos anteriores</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="117"/>
        <source>Went down</source>
        <translation>Caiu</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_results.py" line="117"/>
        <source>Went up</source>
        <translation>Subiu</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_setup.py" line="104"/>
        <source>What the model learns to predict</source>
        <translation>O que o modelo aprende a prever</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="174"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="79"/>
        <source>scikit-learn</source>
        <translation>scikit-learn</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="153"/>
        <source>{0} folds, embargo {1} candles: accuracy {2}, log-loss {3}</source>
        <translation>{0} dobras, embargo de {1} candles: acurácia {2}, log-loss {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="180"/>
        <source>{0} latest candles of {1} ({2} to {3})</source>
        <translation>{0} últimos candles de {1} ({2} a {3})</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_view.py" line="242"/>
        <source>{0} on {1} {2}: {3} folds, {4} out-of-sample rows, accuracy {5} (share up {6}), log-loss {7}.</source>
        <translation>{0} em {1} {2}: {3} dobras, {4} linhas fora da amostra, acurácia {5} (parcela de alta {6}), log-loss {7}.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="150"/>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="39"/>
        <source>{0}, {1} candles ahead</source>
        <translation>{0}, {1} candles à frente</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/ml_card.py" line="42"/>
        <source>{0}: take profit {1}, stop {2}, {3} candles</source>
        <translation>{0}: alvo {1}, stop {2}, {3} candles</translation>
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
        <translation>Um mapa de calor precisa de uma estratégia com dois parâmetros.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="86"/>
        <source>Across</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="300"/>
        <source>Anchored</source>
        <translation>Ancoradas</translation>
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
        <translation>Melhor: {0} ({1} {2}).</translation>
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
        <translation>Escolha um objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="139"/>
        <source>Choose two different parameters.</source>
        <translation>Escolha dois parâmetros diferentes.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="224"/>
        <source>Chosen parameters</source>
        <translation>Parâmetros escolhidos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="174"/>
        <source>Dashed lines: the 5th, 50th and 95th percentiles.</source>
        <translation>Linhas tracejadas: percentis 5, 50 e 95.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="107"/>
        <source>Double-click a set to backtest it</source>
        <translation>Clique duas vezes em um conjunto para fazer o backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="144"/>
        <source>Each cell: the best {0} over the other parameters; empty: no ranked set</source>
        <translation>Cada célula: o melhor {0} entre os demais parâmetros; vazia: nenhum conjunto classificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="47"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="208"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primeiro os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="89"/>
        <source>Fixed</source>
        <translation>Fixo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="61"/>
        <source>Gathering candles…</source>
        <translation>Reunindo candles…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="232"/>
        <source>Genetic</source>
        <translation>Genética</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="229"/>
        <source>Grid: every set</source>
        <translation>Grade: todos os conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="123"/>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="102"/>
        <source>Highest value to try</source>
        <translation>Maior valor a testar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="239"/>
        <source>How many distinct parameter sets to try</source>
        <translation>Quantos conjuntos de parâmetros distintos experimentar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="318"/>
        <source>How many resampled trade sequences to simulate</source>
        <translation>Quantas sequências reamostradas de operações simular</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="226"/>
        <source>IS return</source>
        <translation>Retorno DA</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="225"/>
        <source>IS {0}</source>
        <translation>DA {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="303"/>
        <source>In-sample</source>
        <translation>Dentro da amostra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="221"/>
        <source>In-sample from</source>
        <translation>Dentro da amostra desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="46"/>
        <source>Invalid</source>
        <translation>Inválido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="101"/>
        <source>Lowest value to try</source>
        <translation>Menor valor a testar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="76"/>
        <source>Max drawdown {0} over the limit {1}</source>
        <translation>Drawdown máximo {0} acima do limite de {1}</translation>
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
        <translation>Mín. de operações</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="312"/>
        <source>Monte Carlo</source>
        <translation>Monte Carlo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="161"/>
        <source>Monte Carlo skipped: there were no trades to resample.</source>
        <translation>Monte Carlo ignorado: não houve operações para reamostrar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="116"/>
        <source>No optimisation yet: choose the ranges and press Optimise.</source>
        <translation>Nenhuma otimização ainda: escolha os intervalos e clique em Otimizar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="258"/>
        <source>No set met the constraints.</source>
        <translation>Nenhum conjunto atendeu às restrições.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="223"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="229"/>
        <source>OOS max drawdown</source>
        <translation>Drawdown máx. FA</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="228"/>
        <source>OOS return</source>
        <translation>Retorno FA</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="230"/>
        <source>OOS trades</source>
        <translation>Operações FA</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="227"/>
        <source>OOS {0}</source>
        <translation>FA {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="251"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="85"/>
        <source>Optimise</source>
        <translation>Otimizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="290"/>
        <source>Optimise on each in-sample window, then trade the winner on the next, unseen window</source>
        <translation>Otimizar em cada janela dentro da amostra e operar o vencedor na janela seguinte, ainda não vista</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="58"/>
        <source>Out-of-sample</source>
        <translation>Fora da amostra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="222"/>
        <source>Out-of-sample from</source>
        <translation>Fora da amostra desde</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="66"/>
        <source>Parameter across</source>
        <translation>Parâmetro na horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="122"/>
        <source>Parameter sets</source>
        <translation>Conjuntos de parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="67"/>
        <source>Parameter up</source>
        <translation>Parâmetro na vertical</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="205"/>
        <source>Parameters to try</source>
        <translation>Parâmetros a testar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="70"/>
        <source>Point at a cell to read its value</source>
        <translation>Aponte para uma célula para ler seu valor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="112"/>
        <source>Put the selected set's parameters in the form and backtest them</source>
        <translation>Levar os parâmetros do conjunto selecionado ao formulário e fazer o backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="230"/>
        <source>Random sets</source>
        <translation>Conjuntos aleatórios</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="88"/>
        <source>Range</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="44"/>
        <source>Ranked</source>
        <translation>Classificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="45"/>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="313"/>
        <source>Resample the trades (of the best set, or out-of-sample with walk-forward) to see how much their order mattered</source>
        <translation>Reamostrar as operações (do melhor conjunto ou, com walk-forward, as fora da amostra) para ver quanto a ordem delas importou</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="299"/>
        <source>Rolling</source>
        <translation>Móveis</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="301"/>
        <source>Rolling: a fixed-length in-sample window moves forward; anchored: every in-sample window starts at the first bar</source>
        <translation>Móveis: uma janela dentro da amostra de tamanho fixo avança; ancoradas: toda janela dentro da amostra começa na primeira barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="135"/>
        <source>Run an optimisation to see the map.</source>
        <translation>Execute uma otimização para ver o mapa.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="110"/>
        <source>Run this set</source>
        <translation>Executar este conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="89"/>
        <source>Runs</source>
        <translation>Simulações</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="225"/>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="276"/>
        <source>Select a parameter set first</source>
        <translation>Selecione primeiro um conjunto de parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="247"/>
        <source>Sets</source>
        <translation>Conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="265"/>
        <source>Sets that draw down further are shown but not ranked (0: no limit)</source>
        <translation>Conjuntos com drawdown maior são exibidos, mas não classificados (0: sem limite)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="257"/>
        <source>Sets with fewer trades are shown but not ranked</source>
        <translation>Conjuntos com menos operações são exibidos, mas não classificados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="135"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="103"/>
        <source>Step between the values tried</source>
        <translation>Passo entre os valores testados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="91"/>
        <source>Stop the running optimisation at once</source>
        <translation>Interromper imediatamente a otimização em andamento</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="87"/>
        <source>Sweep the strategy's parameters in a worker process</source>
        <translation>Varrer os parâmetros da estratégia em um processo de trabalho</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="62"/>
        <source>Sweeping parameter sets</source>
        <translation>Varrendo conjuntos de parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="282"/>
        <source>That strategy is no longer listed</source>
        <translation>Essa estratégia não está mais na lista</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="177"/>
        <source>The highest value is below the lowest</source>
        <translation>O maior valor está abaixo do menor</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="250"/>
        <source>The metric the sets are ranked by</source>
        <translation>A métrica usada para classificar os conjuntos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="241"/>
        <source>The same seed draws the same sets (and Monte Carlo runs)</source>
        <translation>A mesma semente sorteia os mesmos conjuntos (e simulações de Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="175"/>
        <source>The step must be above zero</source>
        <translation>O passo deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="104"/>
        <source>The value every set uses</source>
        <translation>O valor que todos os conjuntos usam</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="214"/>
        <source>This strategy has no parameters to optimise.</source>
        <translation>Esta estratégia não tem parâmetros a otimizar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="124"/>
        <source>Tick Monte Carlo before optimising to see it here.</source>
        <translation>Marque Monte Carlo antes de otimizar para vê-lo aqui.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="33"/>
        <source>Tick Walk-forward before optimising to see it here.</source>
        <translation>Marque Walk-forward antes de otimizar para vê-lo aqui.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="210"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="135"/>
        <source>Total return, %</source>
        <translation>Retorno total, %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="90"/>
        <source>Try a range of values, or keep this parameter fixed</source>
        <translation>Testar um intervalo de valores ou manter este parâmetro fixo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="233"/>
        <source>Try every combination, a seeded random sample of them, or let Bayesian (Optuna's TPE) or genetic search choose each batch of sets from the results so far</source>
        <translation>Experimenta todas as combinações, uma amostra aleatória com semente, ou deixa a busca bayesiana (TPE do Optuna) ou genética escolher cada lote de conjuntos pelos resultados até agora</translation>
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
        <translation>Janelas de walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="137"/>
        <source>Why not ranked</source>
        <translation>Por que não classificado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="220"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="305"/>
        <source>Windows</source>
        <translation>Janelas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="436"/>
        <source>again in each walk-forward window</source>
        <translation>de novo em cada janela de walk-forward</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="59"/>
        <source>anchored</source>
        <translation>ancoradas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="263"/>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="53"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="95"/>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="59"/>
        <source>rolling</source>
        <translation>móveis</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="244"/>
        <source>seed</source>
        <translation>semente</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="168"/>
        <source>the best set's trades</source>
        <translation>as operações do melhor conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="167"/>
        <source>the out-of-sample trades</source>
        <translation>as operações fora da amostra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="223"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_heatmap.py" line="166"/>
        <source>{0} = {1}, {2} = {3}: {4} {5}</source>
        <translation>{0} = {1}, {2} = {3}: {4} {5}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="431"/>
        <source>{0} of {1} parameter sets, chosen from the results so far</source>
        <translation>{0} de {1} conjuntos de parâmetros, escolhidos pelos resultados até agora</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="428"/>
        <source>{0} of {1} parameter sets, drawn at random</source>
        <translation>{0} de {1} conjuntos de parâmetros, sorteados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_setup.py" line="434"/>
        <source>{0} parameter sets</source>
        <translation>{0} conjuntos de parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="171"/>
        <source>{0} runs, each drawing {1} trades at random (with replacement) from {2}. Chance of ending below the starting capital: {3}</source>
        <translation>{0} simulações, cada uma sorteando {1} operações (com reposição) entre {2}. Probabilidade de terminar abaixo do capital inicial: {3}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_view.py" line="253"/>
        <source>{0} sets on {1} {2}: {3} ranked, {4} rejected, {5} invalid, {6} failed.</source>
        <translation>{0} conjuntos em {1} {2}: {3} classificados, {4} rejeitados, {5} inválidos, {6} com falha.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_tables.py" line="72"/>
        <source>{0} trades, fewer than the minimum {1}</source>
        <translation>{0} operações, menos que o mínimo de {1}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/optimize_analyses.py" line="62"/>
        <source>{0} windows ({1}, {2} in-sample / {3} out-of-sample bars). Stitched out-of-sample: {4} {5}, {6} {7}, {8} {9}</source>
        <translation>{0} janelas ({1}, {2} barras dentro da amostra / {3} fora da amostra). Fora da amostra, encadeado: {4} {5}, {6} {7}, {8} {9}</translation>
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
        <translation>% do patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="168"/>
        <source>Account and costs</source>
        <translation>Conta e custos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="196"/>
        <source>All in</source>
        <translation>Todo o capital</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="51"/>
        <source>Annual return (CAGR)</source>
        <translation>Retorno anual (CAGR)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="67"/>
        <source>Average loss</source>
        <translation>Perda média</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="66"/>
        <source>Average win</source>
        <translation>Ganho médio</translation>
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
        <translation>Execuções de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="61"/>
        <source>Backtest the chosen strategy in a worker process</source>
        <translation>Fazer o backtest da estratégia escolhida em um processo separado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="399"/>
        <source>Backtest the selected parameter set</source>
        <translation>Fazer backtest do conjunto de parâmetros selecionado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="131"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="84"/>
        <source>Built-in strategies, then the Python files in your strategies folder</source>
        <translation>Estratégias embutidas e, em seguida, os arquivos Python da sua pasta de estratégias</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="52"/>
        <source>Buy &amp; hold return</source>
        <translation>Retorno buy &amp; hold</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="61"/>
        <source>CVaR 95 % (per bar)</source>
        <translation>CVaR 95 % (por barra)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="58"/>
        <source>Calmar ratio</source>
        <translation>Índice de Calmar</translation>
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
        <translation>Cancelar treino do modelo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="391"/>
        <source>Cancel optimisation</source>
        <translation>Cancelar otimização</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="117"/>
        <source>Candle file (CSV or Parquet)</source>
        <translation>Arquivo de candles (CSV ou Parquet)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="426"/>
        <source>Candle file to backtest</source>
        <translation>Arquivo de candles para o backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="145"/>
        <source>Candles are resampled from one minute to this timeframe</source>
        <translation>Os candles de um minuto são reagrupados neste tempo gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="174"/>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="327"/>
        <source>Capital must be above zero</source>
        <translation>O capital deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="317"/>
        <source>Choose a candle file</source>
        <translation>Escolha um arquivo de candles</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="310"/>
        <source>Choose a strategy</source>
        <translation>Escolha uma estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="87"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="359"/>
        <source>Compare backtest runs</source>
        <translation>Comparar execuções de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="262"/>
        <source>Compare runs</source>
        <translation>Comparar execuções</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="363"/>
        <source>Compare the two runs selected in the backtest run list</source>
        <translation>Comparar as duas execuções selecionadas na lista de execuções do backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="112"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="151"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="139"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="278"/>
        <source>Delete runs</source>
        <translation>Excluir execuções</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="140"/>
        <source>Delete the selected runs from disk</source>
        <translation>Excluir do disco as execuções selecionadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="236"/>
        <source>Double-click a trade to see it on the focused chart</source>
        <translation>Clique duas vezes em uma operação para vê-la no gráfico em foco</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="41"/>
        <source>Drawdown %</source>
        <translation>Drawdown %</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="134"/>
        <source>End of data</source>
        <translation>Fim dos dados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="116"/>
        <source>Engine markets (demo or replay)</source>
        <translation>Mercados do motor (demo ou replay)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="222"/>
        <source>Enter a number</source>
        <translation>Digite um número</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Entry price</source>
        <translation>Preço entrada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="40"/>
        <source>Equity</source>
        <translation>Patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/equity_plot.py" line="57"/>
        <source>Equity, % of start</source>
        <translation>Patrimônio, % do inicial</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Exit</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Exit price</source>
        <translation>Preço saída</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="143"/>
        <source>Exit reason</source>
        <translation>Motivo da saída</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="65"/>
        <source>Expectancy per trade</source>
        <translation>Expectativa por operação</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="70"/>
        <source>Exposure</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="179"/>
        <source>Fee on limit orders, in basis points (10 bps = 0.1 %)</source>
        <translation>Taxa sobre ordens limitadas, em pontos-base (10 bps = 0,1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="182"/>
        <source>Fee on market orders, in basis points (10 bps = 0.1 %)</source>
        <translation>Taxa sobre ordens a mercado, em pontos-base (10 bps = 0,1 %)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="138"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="194"/>
        <source>Fill at</source>
        <translation>Executar em</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="72"/>
        <source>Final equity</source>
        <translation>Patrimônio final</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="226"/>
        <source>Fix the fields marked in red first.</source>
        <translation>Corrija primeiro os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="198"/>
        <source>Fixed quantity</source>
        <translation>Quantidade fixa</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="161"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="38"/>
        <source>Gathering candles…</source>
        <translation>Reunindo candles…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="69"/>
        <source>Largest loss</source>
        <translation>Maior perda</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="68"/>
        <source>Largest win</source>
        <translation>Maior ganho</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="124"/>
        <source>Long</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="55"/>
        <source>Longest drawdown (bars)</source>
        <translation>Drawdown mais longo (barras)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="54"/>
        <source>Longest drawdown (days)</source>
        <translation>Drawdown mais longo (dias)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="91"/>
        <source>Machine learning</source>
        <translation>Aprendizado de máquina</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="183"/>
        <source>Maker fee</source>
        <translation>Taxa maker</translation>
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
        <translation>Abertura da próxima barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="228"/>
        <source>No results yet: set up a backtest and press Run.</source>
        <translation>Ainda não há resultados: configure um backtest e clique em Executar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="236"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="135"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="297"/>
        <source>Open a chart to see the trade</source>
        <translation>Abra um gráfico para ver a operação</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="254"/>
        <source>Open run</source>
        <translation>Abrir execução</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="89"/>
        <source>Optimise</source>
        <translation>Otimizar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="383"/>
        <source>Optimise strategy parameters</source>
        <translation>Otimizar parâmetros da estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>P&amp;L</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="206"/>
        <source>Position size</source>
        <translation>Tamanho da posição</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="187"/>
        <source>Price moved against each market fill, in basis points</source>
        <translation>Variação de preço contra cada ordem a mercado executada, em pontos-base</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="64"/>
        <source>Profit factor</source>
        <translation>Fator de lucro</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="403"/>
        <source>Put the parameter set selected in the optimisation results in the form and backtest it</source>
        <translation>Levar ao formulário o conjunto de parâmetros selecionado nos resultados da otimização e fazer o backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="379"/>
        <source>Read the strategies folder again (new, changed or fixed files)</source>
        <translation>Ler novamente a pasta de estratégias (arquivos novos, alterados ou corrigidos)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="210"/>
        <source>Reload strategies</source>
        <translation>Recarregar estratégias</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="367"/>
        <source>Reset strategy parameters</source>
        <translation>Restaurar parâmetros da estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="96"/>
        <source>Reset to defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="85"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="133"/>
        <source>Reversal</source>
        <translation>Virada de mão</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="199"/>
        <source>Risk % of equity to the stop</source>
        <translation>Risco % do patrimônio até o stop</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="208"/>
        <source>Risk sizing needs a strategy that sets a stop-loss; without one no trade opens.</source>
        <translation>O dimensionamento por risco exige uma estratégia que defina stop loss; sem ele, nenhuma operação é aberta.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="60"/>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Run at</source>
        <translation>Executado em</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="232"/>
        <source>Run backtest</source>
        <translation>Executar backtest</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="91"/>
        <source>Run {0}</source>
        <translation>Execução {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="39"/>
        <source>Running in a worker process…</source>
        <translation>Executando em um processo separado…</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="86"/>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="268"/>
        <source>Select exactly two runs to compare</source>
        <translation>Selecione exatamente duas execuções para comparar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="309"/>
        <source>Select two runs in the Runs tab and press Compare.</source>
        <translation>Selecione duas execuções na aba Execuções e clique em Comparar.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="138"/>
        <source>Select two runs to compare them side by side</source>
        <translation>Selecione duas execuções para compará-las lado a lado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="97"/>
        <source>Set every parameter back to the strategy's default</source>
        <translation>Voltar todos os parâmetros ao padrão da estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="371"/>
        <source>Set the backtest strategy's parameters back to their defaults</source>
        <translation>Voltar os parâmetros da estratégia do backtest aos valores padrão</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="65"/>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="56"/>
        <source>Sharpe ratio</source>
        <translation>Índice de Sharpe</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="124"/>
        <source>Short</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="136"/>
        <source>Show the selected run's results</source>
        <translation>Mostrar os resultados da execução selecionada</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="129"/>
        <source>Signal</source>
        <translation>Sinal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="192"/>
        <source>Signal bar's close</source>
        <translation>Fechamento da barra do sinal</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="142"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="188"/>
        <source>Slippage</source>
        <translation>Slippage</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="57"/>
        <source>Sortino ratio</source>
        <translation>Índice de Sortino</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="119"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="173"/>
        <source>Starting cash, shared by every symbol of the run</source>
        <translation>Capital inicial, compartilhado por todos os ativos da execução</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="71"/>
        <source>Starting equity</source>
        <translation>Patrimônio inicial</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="355"/>
        <source>Stop the running backtest at once</source>
        <translation>Interromper imediatamente o backtest em execução</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="421"/>
        <source>Stop the running model training at once</source>
        <translation>Parar o treino do modelo em andamento imediatamente</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="395"/>
        <source>Stop the running parameter optimisation at once</source>
        <translation>Interromper imediatamente a otimização de parâmetros em andamento</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="130"/>
        <source>Stop-loss</source>
        <translation>Stop loss</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="208"/>
        <source>Strategies reloaded</source>
        <translation>Estratégias recarregadas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="387"/>
        <source>Sweep the backtest strategy's parameters (grid or random search)</source>
        <translation>Varrer os parâmetros da estratégia do backtest (busca em grade ou aleatória)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="141"/>
        <source>Symbol</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Symbols</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="323"/>
        <source>Symbols of one run must come from the same market</source>
        <translation>Os ativos de uma execução devem ser do mesmo mercado</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="131"/>
        <source>Take-profit</source>
        <translation>Stop gain</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="184"/>
        <source>Taker fee</source>
        <translation>Taxa taker</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="329"/>
        <source>The size must be above zero</source>
        <translation>O tamanho deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="325"/>
        <source>The start must be before the end</source>
        <translation>O início deve ser anterior ao fim</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="312"/>
        <source>This strategy file does not load; fix it and press Reload</source>
        <translation>Este arquivo de estratégia não carrega; corrija-o e clique em Recarregar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="71"/>
        <source>This strategy has no parameters.</source>
        <translation>Esta estratégia não tem parâmetros.</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="321"/>
        <source>Tick at least one symbol</source>
        <translation>Marque pelo menos um ativo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="122"/>
        <source>Tick one symbol, or several to trade them together from one cash account</source>
        <translation>Marque um ativo, ou vários para operá-los juntos com uma única conta</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="64"/>
        <source>Timeframe</source>
        <translation>Tempo gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="162"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="226"/>
        <source>Too large: the highest allowed is {0}</source>
        <translation>Muito grande: o máximo permitido é {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="224"/>
        <source>Too small: the lowest allowed is {0}</source>
        <translation>Muito pequeno: o mínimo permitido é {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="50"/>
        <source>Total return</source>
        <translation>Retorno total</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="62"/>
        <source>Trades</source>
        <translation>Operações</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="132"/>
        <source>Trailing stop</source>
        <translation>Stop móvel</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="408"/>
        <source>Train a machine-learning model</source>
        <translation>Treinar um modelo de aprendizado de máquina</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="412"/>
        <source>Train and validate the classifier set up in the backtest dock's Machine learning view</source>
        <translation>Treinar e validar o classificador configurado na vista Aprendizado de máquina do painel de backtest</translation>
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
        <translation>Volatilidade (anual)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="193"/>
        <source>When a signal decided at a bar's close is filled</source>
        <translation>Quando é executado um sinal gerado no fechamento de uma barra</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="148"/>
        <source>Whole history</source>
        <translation>Histórico completo</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/formatting.py" line="63"/>
        <source>Win rate</source>
        <translation>Taxa de acerto</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="141"/>
        <source>at least {0}</source>
        <translation>no mínimo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/param_form.py" line="139"/>
        <source>at most {0}</source>
        <translation>no máximo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="130"/>
        <source>timestamp, open, high, low, close, volume</source>
        <translation>timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="226"/>
        <source>{0} (your strategy)</source>
        <translation>{0} (sua estratégia)</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/panel.py" line="291"/>
        <source>{0} is not an open market; open its file in Replay to chart it</source>
        <translation>{0} não é um mercado aberto; abra o arquivo dele no Replay para vê-lo no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="163"/>
        <source>{0} stored runs</source>
        <translation>{0} execuções salvas</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/setup_form.py" line="224"/>
        <source>{0} — failed to load</source>
        <translation>{0} — falha ao carregar</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/results_view.py" line="266"/>
        <source>{0} — {1} to {2}, {3} bars</source>
        <translation>{0} — de {1} a {2}, {3} barras</translation>
    </message>
    <message>
        <location filename="../widgets/backtest/runs_view.py" line="99"/>
        <source>{0}; capital {1}, fees {2}/{3} bps, slippage {4} bps, sizing {5}</source>
        <translation>{0}; capital {1}, taxas {2}/{3} bps, slippage {4} bps, tamanho {5}</translation>
    </message>
</context>
<context>
    <name>Backtests</name>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="136"/>
        <source>A backtest job {job} already exists</source>
        <translation>Já existe um backtest {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="81"/>
        <source>An optimisation job {job} already exists</source>
        <translation>Já existe uma otimização {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="211"/>
        <source>Choose at least one symbol</source>
        <translation>Escolha pelo menos um símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="146"/>
        <source>Monte Carlo runs must be between 0 and {limit:,}</source>
        <translation>As simulações de Monte Carlo devem estar entre 0 e {limit:,}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="93"/>
        <source>No optimisation result {job_id!r} (finished long ago?)</source>
        <translation>Nenhum resultado de otimização {job_id!r} (terminou há muito tempo?)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="207"/>
        <source>No such file: {data_file}</source>
        <translation>Arquivo inexistente: {data_file}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="39"/>
        <source>Not a backtest run id: {run_id!r}</source>
        <translation>Não é um id de backtest: {run_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="124"/>
        <source>Random search needs at least 1 set</source>
        <translation>A busca aleatória precisa de pelo menos 1 conjunto</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="126"/>
        <source>Say how many parameter sets the search tries</source>
        <translation>Diga quantos conjuntos de parâmetros a busca experimenta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="86"/>
        <source>The backtest run file {path} is unreadable: {exc}</source>
        <translation>O arquivo do backtest {path} está ilegível: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_runs.py" line="83"/>
        <source>The backtest run {run_id} is no longer stored in {folder}</source>
        <translation>O backtest {run_id} não está mais guardado em {folder}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="139"/>
        <source>The drawdown limit must be above 0 and at most 100 %</source>
        <translation>O limite de drawdown deve ser maior que 0 e no máximo 100 %</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="130"/>
        <source>The grid has {size:,} parameter sets (limit {limit:,}); narrow the ranges or use random search</source>
        <translation>A grade tem {size:,} conjuntos de parâmetros (limite {limit:,}); estreite os intervalos ou use a busca aleatória</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="136"/>
        <source>The minimum trades must not be negative</source>
        <translation>O mínimo de operações não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="225"/>
        <source>The sizing value must be a positive number</source>
        <translation>O valor do dimensionamento deve ser um número positivo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="204"/>
        <source>The start date must be before the end date</source>
        <translation>A data de início deve ser anterior à data de fim</translation>
    </message>
    <message>
        <location filename="../desktop/engine/worker_jobs.py" line="59"/>
        <source>The {worker} worker process stopped unexpectedly</source>
        <translation>O processo de trabalho {worker} parou inesperadamente</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="220"/>
        <source>Unknown fill mode {fill!r}</source>
        <translation>Modo de execução {fill!r} desconhecido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="110"/>
        <source>Unknown objective {objective!r}</source>
        <translation>Objetivo {objective!r} desconhecido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="121"/>
        <source>Unknown search method {method!r}</source>
        <translation>Método de busca desconhecido {method!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="222"/>
        <source>Unknown sizing {sizing!r}</source>
        <translation>Dimensionamento {sizing!r} desconhecido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="189"/>
        <source>Unknown strategy {strategy!r}</source>
        <translation>Estratégia {strategy!r} desconhecida</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="186"/>
        <source>Unknown strategy {strategy!r} (files that failed to load: {files})</source>
        <translation>Estratégia {strategy!r} desconhecida (arquivos que não carregaram: {files})</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="200"/>
        <source>Unknown timeframe {timeframe!r}</source>
        <translation>Tempo gráfico {timeframe!r} desconhecido</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_jobs.py" line="143"/>
        <source>Walk-forward windows need at least 2 bars each</source>
        <translation>As janelas de walk-forward precisam de pelo menos 2 barras cada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/optimise_worker.py" line="150"/>
        <source>Walk-forward: {exc}</source>
        <translation>Walk-forward: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_worker.py" line="35"/>
        <source>{name} no longer defines {strategy!r}</source>
        <translation>{name} não define mais {strategy!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_jobs.py" line="216"/>
        <source>{symbols} is not a market of {venue}</source>
        <translation>{symbols} não é um mercado de {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/backtest_worker.py" line="88"/>
        <source>{symbol} has {count} {timeframe} candles in the chosen dates; a backtest needs at least 2</source>
        <translation>{symbol} tem {count} candles de {timeframe} nas datas escolhidas; um backtest precisa de pelo menos 2</translation>
    </message>
</context>
<context>
    <name>Bots</name>
    <message>
        <location filename="../desktop/engine/bots/port.py" line="66"/>
        <source>Canceled by its bot.</source>
        <translation>Cancelada pelo seu robô.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="559"/>
        <source>Choose at least one symbol for the bot.</source>
        <translation>Escolha pelo menos um símbolo para o robô.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="331"/>
        <source>Could not start: {why}</source>
        <translation>Não foi possível iniciar: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="187"/>
        <source>Created: {strategy} {params} on {symbols} {timeframe}</source>
        <translation>Criado: {strategy} {params} em {symbols} {timeframe}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="210"/>
        <source>Entries paused: exits and protective orders still managed</source>
        <translation>Entradas pausadas: saídas e ordens de proteção continuam sendo geridas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="197"/>
        <source>Entries resumed</source>
        <translation>Entradas retomadas</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="425"/>
        <source>No candles from the venue now: {why}</source>
        <translation>Sem candles da corretora agora: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="247"/>
        <source>Parameters changed to {params}</source>
        <translation>Parâmetros alterados para {params}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="214"/>
        <source>Start the bot first: a stopped bot takes no entries anyway.</source>
        <translation>Inicie o robô antes: um robô parado não faz entradas de qualquer forma.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="265"/>
        <source>Stop the bot before deleting it.</source>
        <translation>Pare o robô antes de apagá-lo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="232"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="230"/>
        <source>Stopped and flattened</source>
        <translation>Parado e zerado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="220"/>
        <source>Stopped by an error in the strategy: {error}</source>
        <translation>Parado por um erro na estratégia: {error}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="541"/>
        <source>That bot no longer exists.</source>
        <translation>Esse robô não existe mais.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="552"/>
        <source>The account has no market {symbol}.</source>
        <translation>A conta não tem o mercado {symbol}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="536"/>
        <source>The bots are still loading; try again in a moment.</source>
        <translation>Os robôs ainda estão carregando; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="269"/>
        <source>This bot still holds a position or has working orders: stop and flatten it before deleting it.</source>
        <translation>Este robô ainda tem uma posição ou ordens ativas: pare-o e zere-o antes de apagá-lo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="318"/>
        <source>Waiting for its account to connect</source>
        <translation>Aguardando a conta conectar</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/service.py" line="321"/>
        <source>Warming up on {count} candles</source>
        <translation>Aquecendo com {count} candles</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="66"/>
        <source>long</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="66"/>
        <source>short</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="279"/>
        <source>{symbol}: could not cancel order {id}: {why}</source>
        <translation>{symbol}: não foi possível cancelar a ordem {id}: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="306"/>
        <source>{symbol}: no price to size the entry on; skipped</source>
        <translation>{symbol}: sem preço para dimensionar a entrada; ignorada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="394"/>
        <source>{symbol}: price {last:g} is already past the stop {stop:g}</source>
        <translation>{symbol}: o preço {last:g} já passou do stop {stop:g}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="293"/>
        <source>{symbol}: short entry skipped (this bot does not sell short)</source>
        <translation>{symbol}: entrada vendida ignorada (este robô não opera vendido)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="496"/>
        <source>{symbol}: {left:g} left, less than the smallest order ({least:g}): counted as flat</source>
        <translation>{symbol}: sobrou {left:g}, menos que a menor ordem ({least:g}): contado como zerado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="288"/>
        <source>{symbol}: {side} entry skipped (entries are paused)</source>
        <translation>{symbol}: entrada de {side} ignorada (as entradas estão pausadas)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="316"/>
        <source>{symbol}: {side} entry skipped: the sizing rule {sizing!r} gives no amount with {cash:g} {quote}</source>
        <translation>{symbol}: entrada de {side} ignorada: a regra de dimensionamento {sizing!r} não dá quantidade com {cash:g} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/bots/runner.py" line="447"/>
        <source>{symbol}: {side} {kind} {amount:g} refused: {why}</source>
        <translation>{symbol}: {side} {kind} {amount:g} recusada: {why}</translation>
    </message>
</context>
<context>
    <name>BotsDock</name>
    <message>
        <location filename="../widgets/bots/__init__.py" line="83"/>
        <source>A bot with the parameter set selected in the optimisation results</source>
        <translation>Um robô com o conjunto de parâmetros selecionado nos resultados da otimização</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="80"/>
        <source>A bot with the strategy, parameters and market of the shown backtest result</source>
        <translation>Um robô com a estratégia, os parâmetros e o mercado do backtest mostrado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="71"/>
        <source>A stopped copy with the same settings</source>
        <translation>Uma cópia parada com as mesmas configurações</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="84"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="73"/>
        <source>As in pregao backtest --size: all, pct=P, fixed=Q, risk=R, vol=V, kelly=F</source>
        <translation>Como em pregao backtest --size: all, pct=P, fixed=Q, risk=R, vol=V, kelly=F</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="183"/>
        <source>Bot</source>
        <translation>Robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="74"/>
        <source>Bot log</source>
        <translation>Log do robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="186"/>
        <source>Bot trades</source>
        <translation>Operações do robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="76"/>
        <source>Bot trades on the chart</source>
        <translation>Operações do robô no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="54"/>
        <source>Bots</source>
        <translation>Robôs</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="69"/>
        <source>Change the selected bot's strategy parameters</source>
        <translation>Altera os parâmetros da estratégia do robô selecionado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="96"/>
        <source>Create bot</source>
        <translation>Criar robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="72"/>
        <source>Delete bot</source>
        <translation>Excluir robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="233"/>
        <source>Delete bots</source>
        <translation>Excluir robôs</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="233"/>
        <source>Delete {0} bot(s)? Their trades stay in the journal.</source>
        <translation>Excluir {0} robô(s)? As operações deles continuam no diário.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="70"/>
        <source>Duplicate bot</source>
        <translation>Duplicar robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="251"/>
        <source>Edit bot</source>
        <translation>Editar robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="54"/>
        <source>Edit bot parameters</source>
        <translation>Editar parâmetros do robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="68"/>
        <source>Edit parameters…</source>
        <translation>Editar parâmetros…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="160"/>
        <source>Enter at least one symbol, e.g. BTC/USDT.</source>
        <translation>Informe ao menos um símbolo, por exemplo BTC/USDT.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="31"/>
        <source>Entries paused</source>
        <translation>Entradas pausadas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="33"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Exit</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="52"/>
        <source>Flat</source>
        <translation>Zerado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>Last signal</source>
        <translation>Último sinal</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Long</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="77"/>
        <source>Mark the selected bot's fills on the chart</source>
        <translation>Marca no gráfico as execuções do robô selecionado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="82"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="76"/>
        <source>Needs an account that can sell what it does not hold (a spot paper account cannot)</source>
        <translation>Exige uma conta que venda o que não possui (uma conta de simulação à vista não pode)</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="54"/>
        <source>New bot</source>
        <translation>Novo robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="56"/>
        <source>New bot…</source>
        <translation>Novo robô…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="72"/>
        <source>No bots yet. Create one ({0}), or run a backtest result as a bot from the backtest dock.</source>
        <translation>Nenhum robô ainda. Crie um ({0}) ou rode um resultado de backtest como robô a partir do painel de backtest.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="62"/>
        <source>No new entries; exits, stops and targets are still managed</source>
        <translation>Sem novas entradas; saídas, stops e alvos continuam gerenciados</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="68"/>
        <source>One or more symbols, separated by commas</source>
        <translation>Um ou mais símbolos, separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="73"/>
        <source>Only a stopped bot with no position and no working orders</source>
        <translation>Só um robô parado, sem posição e sem ordens ativas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="39"/>
        <source>Open a backtest result first</source>
        <translation>Abra um resultado de backtest primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/bots/chart_trades.py" line="45"/>
        <source>Open a chart to see the bot's trades</source>
        <translation>Abra um gráfico para ver as operações do robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>Open orders</source>
        <translation>Ordens abertas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="58"/>
        <source>Optional: a name to tell it apart</source>
        <translation>Opcional: um nome para diferenciá-lo</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="108"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="60"/>
        <source>Pause entries</source>
        <translation>Pausar entradas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="73"/>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="39"/>
        <source>Protect</source>
        <translation>Proteção</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="74"/>
        <source>Realised P&amp;L</source>
        <translation>P&amp;L realizado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="57"/>
        <source>Run a strategy as a bot on an account</source>
        <translation>Rodar uma estratégia como robô numa conta</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="81"/>
        <source>Run the selected set as a bot…</source>
        <translation>Rodar o conjunto selecionado como robô…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="78"/>
        <source>Run this backtest as a bot…</source>
        <translation>Rodar este backtest como robô…</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="30"/>
        <source>Running</source>
        <translation>Rodando</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="96"/>
        <source>Save parameters</source>
        <translation>Salvar parâmetros</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="184"/>
        <source>Select a bot first</source>
        <translation>Selecione um robô primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="78"/>
        <source>Select a bot to read its log.</source>
        <translation>Selecione um robô para ler o log dele.</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="48"/>
        <source>Select a parameter set in the optimisation results first</source>
        <translation>Selecione primeiro um conjunto de parâmetros nos resultados da otimização</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="38"/>
        <source>Short</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="87"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="58"/>
        <source>Start bot</source>
        <translation>Iniciar robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="73"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="65"/>
        <source>Stop and flatten</source>
        <translation>Parar e zerar</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="63"/>
        <source>Stop bot</source>
        <translation>Parar robô</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="64"/>
        <source>Stop deciding; its protective orders keep working</source>
        <translation>Para de decidir; as ordens de proteção continuam ativas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/panel.py" line="222"/>
        <source>Stop {0} bot(s), cancel their orders and close their positions at market?</source>
        <translation>Parar {0} robô(s), cancelar as ordens e fechar as posições a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="67"/>
        <source>Stop, cancel its orders and close its positions at market</source>
        <translation>Para, cancela as ordens e fecha as posições a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="32"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="83"/>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="85"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="75"/>
        <source>Take short entries</source>
        <translation>Aceitar entradas vendidas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="75"/>
        <source>The selected bot's log (double-click a bot)</source>
        <translation>O log do robô selecionado (duplo clique num robô)</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="86"/>
        <source>Timeframe</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="75"/>
        <source>Trades</source>
        <translation>Operações</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="74"/>
        <source>Unrealised P&amp;L</source>
        <translation>P&amp;L não realizado</translation>
    </message>
    <message>
        <location filename="../widgets/bots/__init__.py" line="59"/>
        <source>Warm up and run the selected bots, or take entries again</source>
        <translation>Aquece e roda os robôs selecionados, ou volta a aceitar entradas</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="29"/>
        <source>Warming up</source>
        <translation>Aquecendo</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="76"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="75"/>
        <source>Win rate</source>
        <translation>Taxa de acerto</translation>
    </message>
    <message>
        <location filename="../widgets/bots/model.py" line="54"/>
        <source>dust {0}</source>
        <translation>resíduo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="64"/>
        <source>paper</source>
        <translation>simulação</translation>
    </message>
    <message>
        <location filename="../widgets/bots/chart_trades.py" line="54"/>
        <source>{0} has no trades in {1} yet</source>
        <translation>{0} ainda não tem operações em {1}</translation>
    </message>
    <message>
        <location filename="../widgets/bots/dialogs.py" line="101"/>
        <source>{name}: {strategy} on {symbols} {timeframe}. A running bot warms up again with the new parameters.</source>
        <translation>{name}: {strategy} em {symbols} {timeframe}. Um robô rodando aquece de novo com os novos parâmetros.</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <location filename="../widgets/chart/readout.py" line="64"/>
        <source>C</source>
        <translation>F</translation>
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
        <translation>{0} precisa de {1} candles; este período tem {2}</translation>
    </message>
</context>
<context>
    <name>ChartDrawings</name>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="69"/>
        <source>A price alert at the selected horizontal line</source>
        <translation>Um alerta de preço na linha horizontal selecionada</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="67"/>
        <source>Alert at this line</source>
        <translation>Alerta nesta linha</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="267"/>
        <source>Click a drawing to select it first</source>
        <translation>Clique em um desenho para selecioná-lo primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="59"/>
        <source>Delete drawing</source>
        <translation>Excluir desenho</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="61"/>
        <source>Delete the selected drawing (Delete on the chart does it too)</source>
        <translation>Exclui o desenho selecionado (Delete no gráfico também)</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="270"/>
        <source>Deleting the drawing</source>
        <translation>Excluindo o desenho</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="283"/>
        <source>Deleting the drawings</source>
        <translation>Excluindo os desenhos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="57"/>
        <source>Draw on the focused chart: {0} (Escape cancels)</source>
        <translation>Desenhar no gráfico em foco: {0} (Esc cancela)</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="54"/>
        <source>Draw: {0}</source>
        <translation>Desenhar: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="168"/>
        <source>Drawing cancelled</source>
        <translation>Desenho cancelado</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="78"/>
        <source>Drawing tools</source>
        <translation>Ferramentas de desenho</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Fibonacci retracement</source>
        <translation>Retração de Fibonacci</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Horizontal line</source>
        <translation>Linha horizontal</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="144"/>
        <source>No candles to draw on yet</source>
        <translation>Ainda não há candles para desenhar</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="44"/>
        <source>Open a chart first</source>
        <translation>Abra um gráfico primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Ray</source>
        <translation>Raio</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Rectangle</source>
        <translation>Retângulo</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="63"/>
        <source>Remove all drawings</source>
        <translation>Remover todos os desenhos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="278"/>
        <source>Remove all {0} drawing(s) of {1}?</source>
        <translation>Remover todos os {0} desenho(s) de {1}?</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/__init__.py" line="65"/>
        <source>Remove every drawing of the focused chart's symbol</source>
        <translation>Remove todos os desenhos do símbolo do gráfico em foco</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="296"/>
        <source>Saving the drawing</source>
        <translation>Salvando o desenho</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="289"/>
        <source>Select a horizontal line first</source>
        <translation>Selecione uma linha horizontal primeiro</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="39"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="223"/>
        <source>Text to show on the chart:</source>
        <translation>Texto a mostrar no gráfico:</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="274"/>
        <source>This chart has no drawings</source>
        <translation>Este gráfico não tem desenhos</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="38"/>
        <source>Trend line</source>
        <translation>Linha de tendência</translation>
    </message>
    <message>
        <location filename="../widgets/drawings/chart_drawings.py" line="153"/>
        <source>{0}: click on the chart to place it (Escape cancels)</source>
        <translation>{0}: clique no gráfico para posicioná-lo (Esc cancela)</translation>
    </message>
</context>
<context>
    <name>ChartGrid</name>
    <message>
        <location filename="../widgets/chart_grid.py" line="116"/>
        <source>A symbol chosen on one live chart shows on every live chart</source>
        <translation>Um símbolo escolhido em um gráfico ao vivo aparece em todos os gráficos ao vivo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="117"/>
        <source>A timeframe chosen on one live chart applies to every live chart</source>
        <translation>Um período escolhido em um gráfico ao vivo vale para todos os gráficos ao vivo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="104"/>
        <source>Chart grid: 1 chart</source>
        <translation>Grade de gráficos: 1 gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="104"/>
        <source>Chart grid: 2 charts side by side</source>
        <translation>Grade de gráficos: 2 gráficos lado a lado</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="105"/>
        <source>Chart grid: 2×2 charts</source>
        <translation>Grade de gráficos: 2×2 gráficos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="111"/>
        <source>Lay the live charts out in this grid (opening charts if needed)</source>
        <translation>Dispor os gráficos ao vivo nesta grade (abrindo gráficos se preciso)</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="115"/>
        <source>Link charts: crosshair</source>
        <translation>Vincular gráficos: cursor em cruz</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="114"/>
        <source>Link charts: symbol</source>
        <translation>Vincular gráficos: símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="114"/>
        <source>Link charts: timeframe</source>
        <translation>Vincular gráficos: período</translation>
    </message>
    <message>
        <location filename="../widgets/chart_grid.py" line="118"/>
        <source>The crosshair's time shows on every live chart</source>
        <translation>O horário do cursor em cruz aparece em todos os gráficos ao vivo</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../widgets/chart_panel.py" line="348"/>
        <source>Add, edit or remove the focused chart's indicators</source>
        <translation>Adicionar, editar ou remover os indicadores do gráfico em foco</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="102"/>
        <source>Add, edit or remove this chart's indicators</source>
        <translation>Adicionar, editar ou remover os indicadores deste gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="53"/>
        <source>Candles</source>
        <translation>Candles</translation>
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
        <translation>Desenhar o gráfico em foco como {0}</translation>
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
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="134"/>
        <source>Loading symbols</source>
        <translation>Carregando ativos</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="169"/>
        <source>Loading {0}</source>
        <translation>Carregando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="323"/>
        <source>Show the focused chart in {0} candles</source>
        <translation>Exibir o gráfico em foco em candles de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="78"/>
        <source>Symbol</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/chart/toolbar_fit.py" line="42"/>
        <source>Timeframe</source>
        <translation>Tempo gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="92"/>
        <source>Timeframe {0}</source>
        <translation>Tempo gráfico {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart_panel.py" line="335"/>
        <source>Toggle {0}</source>
        <translation>Ativar/desativar {0}</translation>
    </message>
</context>
<context>
    <name>ChartRegimes</name>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="54"/>
        <source>Per-regime statistics (per candle):</source>
        <translation>Estatísticas por regime (por candle):</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="143"/>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../widgets/chart_regimes.py" line="77"/>
        <source>Regime band</source>
        <translation>Faixa de regimes</translation>
    </message>
    <message>
        <location filename="../widgets/chart_regimes.py" line="105"/>
        <source>Show or hide the market regimes (calm, normal, turbulent) under the focused chart</source>
        <translation>Mostrar ou ocultar os regimes de mercado (calmo, normal, turbulento) sob o gráfico em foco</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>calm</source>
        <translation>calmo</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="34"/>
        <source>regime {0}</source>
        <translation>regime {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="33"/>
        <source>turbulent</source>
        <translation>turbulento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="31"/>
        <source>warming up</source>
        <translation>aquecendo</translation>
    </message>
    <message>
        <location filename="../widgets/chart/regime_band.py" line="56"/>
        <source>{0}: {1} of the time, mean return {2}, volatility {3}</source>
        <translation>{0}: {1} do tempo, retorno médio {2}, volatilidade {3}</translation>
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
        <translation>Executar este comando?</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="128"/>
        <source>Type a command…</source>
        <translation>Digite um comando…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/command_palette.py" line="198"/>
        <source>“{typed}” matched “{command}”. Run it?</source>
        <translation>“{typed}” corresponde a “{command}”. Executar?</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="112"/>
        <source>(no message)</source>
        <translation>(sem mensagem)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="111"/>
        <source>An unexpected error stopped an action: {0}: {1}</source>
        <translation>Um erro inesperado interrompeu uma ação: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="92"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="66"/>
        <source>Copy details</source>
        <translation>Copiar detalhes</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="58"/>
        <source>Pregão keeps running; if the window misbehaves, restart it.</source>
        <translation>O Pregão continua funcionando; se a janela se comportar mal, reinicie-o.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="52"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="56"/>
        <source>The details were written to the log file {0}.</source>
        <translation>Os detalhes foram gravados no arquivo de log {0}.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="57"/>
        <source>There is no log file; copy the details to keep them.</source>
        <translation>Não há arquivo de log; copie os detalhes para guardá-los.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/crash_dialog.py" line="86"/>
        <source>{0} unexpected errors; the latest: {1}</source>
        <translation>{0} erros inesperados; o mais recente: {1}</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <location filename="../desktop/data/candle_files.py" line="283"/>
        <source>a file without a header needs at least {count} columns ({columns}); found {found}</source>
        <translation>um arquivo sem cabeçalho precisa de pelo menos {count} colunas ({columns}); encontradas {found}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="152"/>
        <source>amount {value} is not positive</source>
        <translation>a quantidade {value} não é positiva</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="341"/>
        <source>column {key!r} appears twice</source>
        <translation>a coluna {key!r} aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="580"/>
        <source>duplicate timestamp {when}: the row before has the same time</source>
        <translation>timestamp duplicado {when}: a linha anterior tem o mesmo horário</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="98"/>
        <source>high {high} is below low {low}</source>
        <translation>a máxima {high} está abaixo da mínima {low}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="380"/>
        <source>missing column {col!r}</source>
        <translation>falta a coluna {col!r}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="249"/>
        <source>not a readable CSV file: {exc}</source>
        <translation>não é um arquivo CSV legível: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="300"/>
        <source>not a readable Parquet file: {exc}</source>
        <translation>não é um arquivo Parquet legível: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="269"/>
        <source>not a well-formed CSV file: {exc}</source>
        <translation>não é um arquivo CSV bem formado: {exc}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="150"/>
        <source>price {value} is not positive</source>
        <translation>o preço {value} não é positivo</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="157"/>
        <source>side {text!r} is neither buy nor sell</source>
        <translation>o lado {text!r} não é buy nem sell</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="216"/>
        <source>the file does not exist</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="81"/>
        <source>the file has no candles</source>
        <translation>o arquivo não tem candles</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="125"/>
        <source>the file has no trades</source>
        <translation>o arquivo não tem negócios</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="233"/>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <location filename="../desktop/data/funding.py" line="46"/>
        <source>the {column} column has {rows} rows for {candles} candles</source>
        <translation>a coluna {column} tem {rows} linhas para {candles} candles</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="485"/>
        <source>timestamp is empty</source>
        <translation>o timestamp está vazio</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="470"/>
        <source>timestamp is missing</source>
        <translation>o timestamp está ausente</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="504"/>
        <source>timestamp is missing or NaN</source>
        <translation>o timestamp está ausente ou é NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="540"/>
        <source>timestamp {text!r} is after 2100</source>
        <translation>o timestamp {text!r} é posterior a 2100</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="509"/>
        <source>timestamp {text!r} is after 2100 in any unit</source>
        <translation>o timestamp {text!r} é posterior a 2100 em qualquer unidade</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="506"/>
        <source>timestamp {text!r} is before 1970</source>
        <translation>o timestamp {text!r} é anterior a 1970</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="501"/>
        <source>timestamp {text!r} is not a finite number</source>
        <translation>o timestamp {text!r} não é um número finito</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="488"/>
        <source>timestamp {text!r} is not a number or ISO-8601 date</source>
        <translation>o timestamp {text!r} não é um número nem uma data ISO-8601</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="574"/>
        <source>timestamps not increasing: {when} after {before}</source>
        <translation>timestamps fora de ordem: {when} depois de {before}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="222"/>
        <source>unsupported file type {suffix!r}; use .csv or .parquet</source>
        <translation>tipo de arquivo {suffix!r} não suportado; use .csv ou .parquet</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="97"/>
        <source>volume {value} is negative</source>
        <translation>o volume {value} é negativo</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="446"/>
        <source>{col} is NaN</source>
        <translation>{col} é NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="443"/>
        <source>{col} is empty</source>
        <translation>{col} está vazio</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="426"/>
        <source>{col} is infinite ({value})</source>
        <translation>{col} é infinito ({value})</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="425"/>
        <source>{col} is missing or NaN</source>
        <translation>{col} está ausente ou é NaN</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="444"/>
        <source>{col} {text!r} is not a number</source>
        <translation>{col} {text!r} não é um número</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="101"/>
        <source>{col} {value} is above high {high}</source>
        <translation>{col} {value} está acima da máxima {high}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="104"/>
        <source>{col} {value} is below low {low}</source>
        <translation>{col} {value} está abaixo da mínima {low}</translation>
    </message>
    <message>
        <location filename="../desktop/data/candle_files.py" line="95"/>
        <source>{col} {value} is not a positive price</source>
        <translation>{col} {value} não é um preço positivo</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../desktop/storage/db.py" line="264"/>
        <source>Not saved: the database cannot be written (a read-only file or disk). Make it writable and try again.</source>
        <translation>Não salvo: o banco de dados não pode ser gravado (um arquivo ou disco somente leitura). Torne-o gravável e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/db.py" line="256"/>
        <source>Not saved: the database is locked by another program (a database tool, a backup, another Pregão). Close it and try again.</source>
        <translation>Não salvo: o banco de dados está bloqueado por outro programa (uma ferramenta de banco de dados, um backup, outro Pregão). Feche-o e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/db.py" line="260"/>
        <source>Not saved: the disk holding the database is full. Free some space and try again.</source>
        <translation>Não salvo: o disco do banco de dados está cheio. Libere espaço e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="197"/>
        <source>The backup {backup} does not exist.</source>
        <translation>O backup {backup} não existe.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="94"/>
        <source>The data folder {folder} cannot be used ({why}).</source>
        <translation>A pasta de dados {folder} não pode ser usada ({why}).</translation>
    </message>
    <message>
        <location filename="../desktop/storage/health.py" line="137"/>
        <source>The database {path} cannot be opened ({exc}).</source>
        <translation>O banco de dados {path} não pode ser aberto ({exc}).</translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <location filename="../widgets/database_recovery.py" line="107"/>
        <source>Backups beside the file (newest first):</source>
        <translation>Backups ao lado do arquivo (mais recente primeiro):</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="133"/>
        <source>Close Pregão and leave the file as it is</source>
        <translation>Fechar o Pregão e deixar o arquivo como está</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="194"/>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="84"/>
        <source>Database problem</source>
        <translation>Problema no banco de dados</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="90"/>
        <source>Details: {message}</source>
        <translation>Detalhes: {message}</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="110"/>
        <source>Open backup…</source>
        <translation>Abrir backup…</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="126"/>
        <source>Open the same file again (after closing the other program, freeing space or making the folder writable)</source>
        <translation>Abrir o mesmo arquivo de novo (depois de fechar o outro programa, liberar espaço ou tornar a pasta gravável)</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="131"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="119"/>
        <source>Rename the file beside itself and start a new, empty database</source>
        <translation>Renomear o arquivo no mesmo lugar e começar um banco de dados novo e vazio</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="117"/>
        <source>Start fresh (move the old file aside)</source>
        <translation>Começar do zero (guardar o arquivo antigo ao lado)</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="53"/>
        <source>The data folder of {path} is read-only: Pregão cannot save orders or settings there. Make it writable (its permissions, or a disk mounted read-only), or start Pregão with --database pointing at a writable place, then try again.</source>
        <translation>A pasta de dados de {path} está somente leitura: o Pregão não consegue salvar ordens nem configurações ali. Torne-a gravável (as permissões dela, ou um disco montado como somente leitura), ou inicie o Pregão com --database apontando para um lugar gravável, e tente de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="204"/>
        <source>The database is open again.</source>
        <translation>O banco de dados está aberto de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="68"/>
        <source>The database {path} cannot be opened.</source>
        <translation>O banco de dados {path} não pode ser aberto.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="65"/>
        <source>The database {path} could not be upgraded to this version of Pregão. It was left unchanged; a copy was saved as {backup}.</source>
        <translation>O banco de dados {path} não pôde ser atualizado para esta versão do Pregão. Ele não foi alterado; uma cópia foi salva como {backup}.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="46"/>
        <source>The database {path} is damaged. It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>O banco de dados {path} está danificado. Ele foi deixado como está: abra um backup ou comece do zero com um banco de dados novo (o arquivo danificado fica guardado ao lado).</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="49"/>
        <source>The database {path} is locked by another program (another Pregão window or a database tool). Close it and try again, or start fresh with a new database (the locked file is kept beside it).</source>
        <translation>O banco de dados {path} está bloqueado por outro programa (outra janela do Pregão ou uma ferramenta de banco de dados). Feche-o e tente de novo, ou comece do zero com um banco de dados novo (o arquivo bloqueado fica guardado ao lado).</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="61"/>
        <source>The database {path} was written by a newer version of Pregão. It was left unchanged (a copy is kept as {backup}): open it with that version, or start fresh with a new database.</source>
        <translation>O banco de dados {path} foi gravado por uma versão mais nova do Pregão. Ele foi deixado como está (uma cópia fica guardada como {backup}): abra-o com aquela versão, ou comece do zero com um banco de dados novo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="58"/>
        <source>The disk holding the database {path} is full: Pregão cannot save orders. Free some space on it, then try again.</source>
        <translation>O disco que guarda o banco de dados {path} está cheio: o Pregão não consegue salvar ordens. Libere espaço nele e tente de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="108"/>
        <source>There is no backup beside the file.</source>
        <translation>Não há backup ao lado do arquivo.</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="124"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../widgets/database_recovery.py" line="112"/>
        <source>Use the chosen backup; the current file is renamed beside it, nothing is deleted</source>
        <translation>Usar o backup escolhido; o arquivo atual é renomeado ao lado dele, nada é apagado</translation>
    </message>
</context>
<context>
    <name>DockManager</name>
    <message>
        <location filename="../desktop/shell/docks.py" line="376"/>
        <source>A workspace name cannot be empty or contain slashes.</source>
        <translation>O nome da área de trabalho não pode ficar vazio nem conter barras.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/docks.py" line="384"/>
        <source>There is no workspace named “{name}”.</source>
        <translation>Não existe área de trabalho chamada “{name}”.</translation>
    </message>
</context>
<context>
    <name>Drawings</name>
    <message>
        <location filename="../desktop/core/drawings.py" line="68"/>
        <source>A drawing needs a symbol.</source>
        <translation>Um desenho precisa de um símbolo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="66"/>
        <source>A drawing needs an id of at most 32 characters.</source>
        <translation>Um desenho precisa de um id de no máximo 32 caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="74"/>
        <source>A drawing's price must be a number.</source>
        <translation>O preço de um desenho precisa ser um número.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="78"/>
        <source>A drawing's text is limited to {0} characters.</source>
        <translation>O texto de um desenho é limitado a {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="76"/>
        <source>A text drawing needs some text.</source>
        <translation>Um desenho de texto precisa de algum texto.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="70"/>
        <source>This drawing needs {0} point(s), not {1}.</source>
        <translation>Este desenho precisa de {0} ponto(s), não {1}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/drawings.py" line="64"/>
        <source>Unknown drawing tool {0}.</source>
        <translation>Ferramenta de desenho desconhecida: {0}.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../desktop/engine/engine.py" line="304"/>
        <source>No market data source named {venue!r} is open</source>
        <translation>Nenhuma fonte de dados de mercado chamada {venue!r} está aberta</translation>
    </message>
    <message>
        <location filename="../desktop/engine/engine.py" line="297"/>
        <source>Unknown replay command {command!r}</source>
        <translation>Comando de replay {command!r} desconhecido</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/core/errors.py" line="148"/>
        <source>The data folder {folder} is read-only: Pregão cannot save orders or settings there. Make it writable (its permissions, or a disk mounted read-only), or start Pregão with --database pointing at a writable place, then try again.</source>
        <translation>A pasta de dados {folder} é somente leitura: o Pregão não consegue salvar ordens nem configurações nela. Torne-a gravável (suas permissões, ou um disco montado como somente leitura), ou inicie o Pregão com --database apontando para um lugar gravável, e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="133"/>
        <source>The database {path} could not be upgraded to this version of Pregão ({detail}). It was left unchanged; a copy was saved as {backup}.</source>
        <translation>O banco de dados {path} não pôde ser atualizado para esta versão do Pregão ({detail}). Ele ficou inalterado; uma cópia foi salva como {backup}.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="99"/>
        <source>The database {path} is damaged ({detail}). It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>O banco de dados {path} está danificado ({detail}). Ele foi deixado como está: abra um backup ou comece do zero com um banco de dados novo (o arquivo danificado fica guardado ao lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="103"/>
        <source>The database {path} is damaged. It was left as it is: open a backup, or start fresh with a new database (the damaged file is kept beside it).</source>
        <translation>O banco de dados {path} está danificado. Ele foi deixado como está: abra um backup ou comece do zero com um banco de dados novo (o arquivo danificado fica guardado ao lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="117"/>
        <source>The database {path} is locked by another program (another Pregão window or a database tool). Close it and try again, or start fresh with a new database (the locked file is kept beside it).</source>
        <translation>O banco de dados {path} está bloqueado por outro programa (outra janela do Pregão ou uma ferramenta de banco de dados). Feche-o e tente de novo, ou comece do zero com um banco de dados novo (o arquivo bloqueado fica guardado ao lado).</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="178"/>
        <source>The database {path} was written by a newer version of Pregão (schema {revision}). It was left unchanged (a copy is kept as {backup}): open it with that version, or start fresh with a new database.</source>
        <translation>O banco de dados {path} foi gravado por uma versão mais nova do Pregão (esquema {revision}). Ele ficou inalterado (uma cópia fica guardada como {backup}): abra-o com essa versão ou comece do zero com um banco de dados novo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="163"/>
        <source>The disk holding the database {path} is full: Pregão cannot save orders. Free some space on it, then try again.</source>
        <translation>O disco do banco de dados {path} está cheio: o Pregão não consegue salvar ordens. Libere espaço nele e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/core/errors.py" line="26"/>
        <source>{path} (row {row}): {problem}</source>
        <translation>{path} (linha {row}): {problem}</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="193"/>
        <source>Cannot reach {exchange}: check the internet connection.</source>
        <translation>Não foi possível alcançar {exchange}: verifique a conexão com a internet.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="212"/>
        <source>Could not reach {exchange}: {detail}</source>
        <translation>Não foi possível alcançar {exchange}: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="236"/>
        <source>Insufficient balance on {exchange} for this order.</source>
        <translation>Saldo insuficiente em {exchange} para esta ordem.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="281"/>
        <source>No API key for {exchange}: add one in Settings &gt; Exchanges to trade or see balances</source>
        <translation>Sem chave de API para {exchange}: adicione uma em Configurações &gt; Corretoras para negociar ou ver saldos</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="196"/>
        <source>The connection to {exchange} dropped.</source>
        <translation>A conexão com {exchange} caiu.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="255"/>
        <source>The {name} connection is closed</source>
        <translation>A conexão com {name} está fechada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="58"/>
        <source>The {what} order may or may not have been placed: {failure} Looking it up failed too ({lookup}); it will be checked again when {exchange} answers (client id {id}).</source>
        <translation>A ordem de {what} pode ou não ter sido enviada: {failure} A consulta também falhou ({lookup}); ela será verificada de novo quando {exchange} responder (id de cliente {id}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="73"/>
        <source>The {what} order may or may not have been placed: {failure} {exchange} does not show it yet, but the request could still arrive until {until}; it is being checked (client id {id}). Do not send it again.</source>
        <translation>A ordem de {what} pode ou não ter sido enviada: {failure} {exchange} ainda não a mostra, mas a requisição ainda pode chegar até {until}; ela está sendo verificada (id de cliente {id}). Não a envie de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_send_window.py" line="66"/>
        <source>The {what} order was not placed: {failure} {exchange} has no order with client id {id}, asked twice after the request could no longer be accepted; it is safe to send again.</source>
        <translation>A ordem de {what} não foi enviada: {failure} {exchange} não tem ordem com o id de cliente {id}, consultada duas vezes depois que a requisição já não podia ser aceita; é seguro enviar de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="228"/>
        <source>banned until {until}</source>
        <translation>bloqueado até {until}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="166"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="100"/>
        <source>ccxt does not know the exchange {exchange_id!r}</source>
        <translation>O ccxt não conhece a corretora {exchange_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="134"/>
        <source>connection restored</source>
        <translation>conexão restabelecida</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="236"/>
        <source>rate limited, retrying in {wait:.0f} s</source>
        <translation>limite de requisições, nova tentativa em {wait:.0f} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="167"/>
        <source>sell</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="218"/>
        <source>the ban has ended</source>
        <translation>o bloqueio terminou</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="214"/>
        <source>the {stream} WebSocket stream failed ({why}); polling over REST every {every:g} s</source>
        <translation>o fluxo WebSocket de {stream} falhou ({why}); consultando via REST a cada {every:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="232"/>
        <source>the {stream} stream reconnected</source>
        <translation>o fluxo de {stream} reconectou</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_streams.py" line="221"/>
        <source>the {stream} stream was interrupted ({why}); reconnecting</source>
        <translation>o fluxo de {stream} foi interrompido ({why}); reconectando</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="154"/>
        <source>{exchange} answered with an error: {detail}</source>
        <translation>{exchange} respondeu com um erro: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="184"/>
        <source>{exchange} did not answer within {timeout:g} s.</source>
        <translation>{exchange} não respondeu em {timeout:g} s.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="186"/>
        <source>{exchange} did not answer.</source>
        <translation>{exchange} não respondeu.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="241"/>
        <source>{exchange} does not know this order.</source>
        <translation>{exchange} não conhece esta ordem.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="250"/>
        <source>{exchange} does not list this market: {detail}</source>
        <translation>{exchange} não lista este mercado: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="260"/>
        <source>{exchange} does not support this: {detail}</source>
        <translation>{exchange} não oferece isto: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="61"/>
        <source>{exchange} does not take {type} orders</source>
        <translation>{exchange} não aceita ordens {type}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="63"/>
        <source>{exchange} has banned this IP address for sending too many requests; no request will be sent until {until}.</source>
        <translation>{exchange} bloqueou este endereço IP por excesso de requisições; nenhuma requisição será enviada até {until}.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_venue.py" line="120"/>
        <source>{exchange} has no sandbox/testnet in ccxt</source>
        <translation>{exchange} não tem sandbox/testnet no ccxt</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="135"/>
        <source>{exchange} has no {symbol} order with client id {client_order_id}</source>
        <translation>{exchange} não tem ordem de {symbol} com o id de cliente {client_order_id}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="120"/>
        <source>{exchange} has no {symbol} order {order_id}</source>
        <translation>{exchange} não tem a ordem {order_id} de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="176"/>
        <source>{exchange} is limiting our request rate.</source>
        <translation>{exchange} está limitando a nossa taxa de requisições.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="177"/>
        <source>{exchange} is limiting our request rate; retrying after {wait:g} s.</source>
        <translation>{exchange} está limitando a nossa taxa de requisições; nova tentativa em {wait:g} s.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="125"/>
        <source>{exchange} is not answering ({failures} failed requests in a row); requests are paused, the next try is in {left:.0f} s</source>
        <translation>{exchange} não está respondendo ({failures} requisições falharam seguidas); as requisições estão pausadas, a próxima tentativa é em {left:.0f} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="200"/>
        <source>{exchange} is temporarily unavailable (HTTP {code}).</source>
        <translation>{exchange} está temporariamente indisponível (HTTP {code}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="202"/>
        <source>{exchange} is temporarily unavailable.</source>
        <translation>{exchange} está temporariamente indisponível.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="148"/>
        <source>{exchange} is temporarily unavailable: {detail}</source>
        <translation>{exchange} está temporariamente indisponível: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_market_data.py" line="133"/>
        <source>{exchange} offers no public trades stream</source>
        <translation>{exchange} não oferece fluxo de negócios públicos</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="230"/>
        <source>{exchange} refused the API credentials: {detail}</source>
        <translation>{exchange} recusou as credenciais da API: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="255"/>
        <source>{exchange} refused the request: {detail}</source>
        <translation>{exchange} recusou a requisição: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="227"/>
        <source>{exchange} rejected the API key: check the key, its IP whitelist and that it may trade.</source>
        <translation>{exchange} rejeitou a chave de API: confira a chave, a lista de IPs permitidos e se ela pode negociar.</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="245"/>
        <source>{exchange} rejected the order: {detail}</source>
        <translation>{exchange} rejeitou a ordem: {detail}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="224"/>
        <source>{exchange} rejected the request signature: check the API secret in File &gt; Accounts….</source>
        <translation>{exchange} rejeitou a assinatura da requisição: confira o segredo da API em Arquivo &gt; Contas….</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="217"/>
        <source>{exchange} rejected the request time: this computer's clock differs from the exchange's ({detail}).</source>
        <translation>{exchange} rejeitou o horário da requisição: o relógio deste computador difere do da corretora ({detail}).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="207"/>
        <source>{exchange} sent an answer that could not be read (cut off or not JSON).</source>
        <translation>{exchange} enviou uma resposta ilegível (cortada ou fora do formato JSON).</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="119"/>
        <source>{exchange}: trying one request</source>
        <translation>{exchange}: tentando uma requisição</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="144"/>
        <source>{failures} failed requests in a row ({why}); pausing {pause:g} s</source>
        <translation>{failures} requisições falharam seguidas ({why}); pausa de {pause:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/resilience.py" line="147"/>
        <source>{failures} failed requests in a row; pausing {pause:g} s</source>
        <translation>{failures} requisições falharam seguidas; pausa de {pause:g} s</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_errors.py" line="111"/>
        <source>{order} on {symbol} cannot be looked up: {why}</source>
        <translation>{order} em {symbol} não pode ser consultada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_order_calls.py" line="166"/>
        <source>{side} {amount:g} {symbol}</source>
        <translation>{side} de {amount:g} {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_derivatives.py" line="115"/>
        <source>{symbol} is not a margined market: it has no leverage</source>
        <translation>{symbol} não é um mercado com margem: não tem alavancagem</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_derivatives.py" line="125"/>
        <source>{symbol} is not a margined market: it has no margin mode</source>
        <translation>{symbol} não é um mercado com margem: não tem modo de margem</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_market_data.py" line="56"/>
        <source>{symbol} is not a market on {exchange}</source>
        <translation>{symbol} não é um mercado em {exchange}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_orders.py" line="41"/>
        <source>{type} orders are not sent to exchanges directly</source>
        <translation>Ordens {type} não são enviadas diretamente às corretoras</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="126"/>
        <source>A trading terminal for crypto markets: charts, order entry, paper trading and backtests.</source>
        <translation>Um terminal de negociação para mercados de criptomoedas: gráficos, boleta, negociação simulada e backtests.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="121"/>
        <source>About Pregão</source>
        <translation>Sobre o Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="83"/>
        <source>Change any key in Settings › Keyboard shortcuts.</source>
        <translation>Altere qualquer tecla em Configurações › Atalhos de teclado.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="57"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="136"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="54"/>
        <source>Keyboard cheat sheet</source>
        <translation>Guia de atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="57"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="136"/>
        <source>Log file</source>
        <translation>Arquivo de log</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="137"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_dialogs.py" line="104"/>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="97"/>
        <source>About Pregão</source>
        <translation>Sobre o Pregão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="60"/>
        <source>Buy and sell on the paper account (pretend money, real prices) or on an exchange you connect. Every field is checked before anything is sent.</source>
        <translation>Compre e venda na conta simulada (dinheiro fictício, preços reais) ou numa corretora que você conectar. Cada campo é conferido antes de qualquer envio.</translation>
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
        <translation>Todos os comandos que têm tecla</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="94"/>
        <source>Keyboard cheat sheet</source>
        <translation>Guia de atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="53"/>
        <source>Live candles with volume. Scroll to zoom, drag to pan, pick the timeframe at the top; {0} opens another chart.</source>
        <translation>Candles ao vivo com volume. Role para dar zoom, arraste para mover, escolha o tempo gráfico no topo; {0} abre outro gráfico.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="63"/>
        <source>Monitors</source>
        <translation>Monitores</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="64"/>
        <source>Open orders, positions, order history, fills and balances share these tabs. Right-click a row to cancel, modify or close.</source>
        <translation>Ordens abertas, posições, histórico de ordens, execuções e saldos dividem estas abas. Clique com o botão direito numa linha para cancelar, alterar ou fechar.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="59"/>
        <source>Order entry</source>
        <translation>Boleta</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="67"/>
        <source>Press {0} and type a few letters of any command.</source>
        <translation>Pressione {0} e digite algumas letras de qualquer comando.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="57"/>
        <source>Prices as they tick. Enter or a double click shows the symbol in the chart you last clicked.</source>
        <translation>Preços a cada negócio. Enter ou um clique duplo mostra o símbolo no último gráfico clicado.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="70"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="93"/>
        <source>Six steps through the window</source>
        <translation>Seis passos pela janela</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="92"/>
        <source>Take the tour</source>
        <translation>Fazer o tour</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="71"/>
        <source>Theme, language, order confirmations and every keyboard shortcut ({0}). Help lists the keys ({1}) and shows this tour again ({2}).</source>
        <translation>Tema, idioma, confirmações de ordens e todos os atalhos de teclado ({0}). A Ajuda lista as teclas ({1}) e mostra este tour de novo ({2}).</translation>
    </message>
    <message>
        <location filename="../desktop/shell/help_menu.py" line="56"/>
        <source>Watchlist</source>
        <translation>Cotações</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="300"/>
        <source>A download {job} is already running</source>
        <translation>Um download {job} já está em andamento</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="212"/>
        <source>Accounts are not available</source>
        <translation>As contas não estão disponíveis</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="519"/>
        <source>Choose a symbol to download</source>
        <translation>Escolha um símbolo para baixar</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="223"/>
        <source>No candle source named {source_id!r}</source>
        <translation>Nenhuma fonte de candles chamada {source_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="376"/>
        <source>No candle sources are available</source>
        <translation>Nenhuma fonte de candles está disponível</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="526"/>
        <source>The start date must be before the end date</source>
        <translation>A data de início deve ser anterior à data de fim</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="228"/>
        <source>The {name} market is not running</source>
        <translation>O mercado {name} não está rodando</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="522"/>
        <source>Unknown timeframe {timeframe!r}; expected one of {expected}</source>
        <translation>Tempo gráfico {timeframe!r} desconhecido; esperado um de {expected}</translation>
    </message>
    <message>
        <location filename="../desktop/data/history_store.py" line="239"/>
        <source>the cached candles cannot be read ({exc}); delete the dataset and download it again</source>
        <translation>os candles em cache não podem ser lidos ({exc}); apague o conjunto de dados e baixe-o de novo</translation>
    </message>
    <message>
        <location filename="../desktop/data/history_store.py" line="212"/>
        <source>the candle at {when} does not start on a {timeframe} boundary: is this a {timeframe} file?</source>
        <translation>o candle de {when} não começa em um limite de {timeframe}: este é um arquivo de {timeframe}?</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="304"/>
        <source>{symbol} {timeframe} of {exchange} is already being downloaded</source>
        <translation>{symbol} {timeframe} de {exchange} já está sendo baixado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/history_jobs.py" line="382"/>
        <source>{symbol} {timeframe} of {exchange} is being downloaded; cancel the download first</source>
        <translation>{symbol} {timeframe} de {exchange} está sendo baixado; cancele o download antes</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../widgets/history_panel.py" line="236"/>
        <source>Add a CSV or Parquet candle file to the cache; a file with a bad row is refused</source>
        <translation>Adicionar um arquivo de candles CSV ou Parquet ao cache; um arquivo com uma linha inválida é recusado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="578"/>
        <source>Add a CSV or Parquet candle file to the candle cache</source>
        <translation>Adicionar um arquivo de candles CSV ou Parquet ao cache de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="399"/>
        <source>Already up to date: no new candles</source>
        <translation>Já atualizado: nenhum candle novo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="425"/>
        <source>Cached candles</source>
        <translation>Candles em cache</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="184"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="564"/>
        <source>Cancel candle download</source>
        <translation>Cancelar download de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="374"/>
        <source>Cancel download</source>
        <translation>Cancelar download</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="407"/>
        <source>Canceled; {0} candles fetched were kept</source>
        <translation>Cancelado; {0} candles baixados foram mantidos</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="373"/>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="142"/>
        <source>Candle history</source>
        <translation>Histórico de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="289"/>
        <source>Candle sources</source>
        <translation>Fontes de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="101"/>
        <source>Candles</source>
        <translation>Candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="221"/>
        <source>Candles missing inside the selected dataset (UTC)</source>
        <translation>Candles ausentes no conjunto selecionado (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="344"/>
        <source>Choose a symbol to download.</source>
        <translation>Escolha um símbolo para baixar.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="341"/>
        <source>Choose where to download from.</source>
        <translation>Escolha de onde baixar.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="248"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="477"/>
        <source>Delete dataset</source>
        <translation>Excluir conjunto</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="486"/>
        <source>Deleted {0} {1} of {2}</source>
        <translation>{0} {1} de {2} excluído</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="306"/>
        <source>Demo market</source>
        <translation>Mercado de demonstração</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="182"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="555"/>
        <source>Download candle history</source>
        <translation>Baixar histórico de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="177"/>
        <source>Download up to the start of this day (UTC)</source>
        <translation>Baixar até o início deste dia (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="551"/>
        <source>Download, import and inspect cached candle history</source>
        <translation>Baixar, importar e inspecionar o histórico de candles em cache</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="396"/>
        <source>Downloaded {0} new candles of {1} {2}</source>
        <translation>{0} candles novos de {1} {2} baixados</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="354"/>
        <source>Downloading {0} {1}…</source>
        <translation>Baixando {0} {1}…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="96"/>
        <source>Exchange</source>
        <translation>Corretora</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="560"/>
        <source>Fetch the candles of the history panel's market the cache lacks</source>
        <translation>Buscar os candles do mercado do painel de histórico que faltam no cache</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="183"/>
        <source>Fetch the candles the cache does not have yet</source>
        <translation>Buscar os candles que o cache ainda não tem</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="176"/>
        <source>First day to download (UTC)</source>
        <translation>Primeiro dia a baixar (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="202"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="99"/>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="102"/>
        <source>Gaps</source>
        <translation>Lacunas</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="460"/>
        <source>Gaps in {0} {1}: {2} candles missing</source>
        <translation>Lacunas em {0} {1}: {2} candles ausentes</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="519"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="506"/>
        <source>Import candle file</source>
        <translation>Importar arquivo de candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="573"/>
        <source>Import candle file…</source>
        <translation>Importar arquivo de candles…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="234"/>
        <source>Import file…</source>
        <translation>Importar arquivo…</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="531"/>
        <source>Imported {0} candles as {1} {2} of {3}</source>
        <translation>{0} candles importados como {1} {2} de {3}</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="526"/>
        <source>Not imported: {0}</source>
        <translation>Não importado: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="250"/>
        <source>Open in chart</source>
        <translation>Abrir no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="249"/>
        <source>Remove the selected dataset from the cache</source>
        <translation>Remover do cache o conjunto selecionado</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="251"/>
        <source>Replay the selected dataset in the active chart</source>
        <translation>Reproduzir o conjunto selecionado no gráfico ativo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="196"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="185"/>
        <source>Stop the download; what was fetched is kept</source>
        <translation>Parar o download; o que foi baixado é mantido</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="569"/>
        <source>Stop the running download; what was fetched is kept</source>
        <translation>Parar o download em andamento; o que foi baixado é mantido</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="409"/>
        <source>Stopped; {0} candles fetched were kept</source>
        <translation>Interrompido; {0} candles baixados foram mantidos</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="97"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="241"/>
        <source>Symbol, e.g. ETH/BTC</source>
        <translation>Símbolo, ex. ETH/BTC</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="314"/>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="384"/>
        <source>The exchange asked us to slow down; waiting {0} s</source>
        <translation>A corretora pediu para reduzir o ritmo; aguardando {0} s</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="239"/>
        <source>The exchange the file's candles are filed under</source>
        <translation>A corretora sob a qual os candles do arquivo são guardados</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="166"/>
        <source>The market, e.g. BTC/USDT</source>
        <translation>O mercado, ex. BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="349"/>
        <source>The start date must be before the end date.</source>
        <translation>A data inicial deve ser anterior à data final.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="98"/>
        <source>Timeframe</source>
        <translation>Tempo gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="204"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="100"/>
        <source>To (UTC)</source>
        <translation>Até (UTC)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="514"/>
        <source>Type the symbol the file's candles are of.</source>
        <translation>Digite o símbolo a que os candles do arquivo pertencem.</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="178"/>
        <source>Up to now</source>
        <translation>Até agora</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="162"/>
        <source>Where the candles come from</source>
        <translation>De onde vêm os candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="129"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="466"/>
        <source>{0} (1 candle)</source>
        <translation>{0} (1 candle)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="309"/>
        <source>{0} (account)</source>
        <translation>{0} (conta)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="308"/>
        <source>{0} (public data)</source>
        <translation>{0} (dados públicos)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="129"/>
        <source>{0} ({1} candles)</source>
        <translation>{0} ({1} candles)</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="387"/>
        <source>{0} of about {1} candles</source>
        <translation>{0} de cerca de {1} candles</translation>
    </message>
    <message>
        <location filename="../widgets/history_panel.py" line="469"/>
        <source>{0} – {1} ({2} candles)</source>
        <translation>{0} – {1} ({2} candles)</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="130"/>
        <source>A number of 0 or more</source>
        <translation>Um número igual ou maior que 0</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="127"/>
        <source>A whole number of candles from 1 to {0}</source>
        <translation>Um número inteiro de candles, de 1 a {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="75"/>
        <source>ATR multiplier</source>
        <translation>Multiplicador do ATR</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="76"/>
        <source>ATR period</source>
        <translation>Período do ATR</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="173"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="174"/>
        <source>Add this indicator with these parameters (one more instance if it is already on the chart)</source>
        <translation>Adicionar este indicador com estes parâmetros (mais uma instância se ele já estiver no gráfico)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="177"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="42"/>
        <source>Average directional index</source>
        <translation>Índice direcional médio (ADX)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="43"/>
        <source>Average true range</source>
        <translation>Amplitude média real (ATR)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="44"/>
        <source>Bollinger Bands</source>
        <translation>Bandas de Bollinger</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="171"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="161"/>
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="45"/>
        <source>Donchian channel</source>
        <translation>Canal de Donchian</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="46"/>
        <source>Exponential moving average</source>
        <translation>Média móvel exponencial</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="74"/>
        <source>Fast %D period</source>
        <translation>Período do %D rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="71"/>
        <source>Fast %K period</source>
        <translation>Período do %K rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="67"/>
        <source>Fast period</source>
        <translation>Período rápido</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="178"/>
        <source>Give the selected instance these parameters and colour</source>
        <translation>Dar à instância selecionada estes parâmetros e esta cor</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="47"/>
        <source>Ichimoku (unshifted)</source>
        <translation>Ichimoku (sem deslocamento)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="165"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="243"/>
        <source>Indicator colour</source>
        <translation>Cor do indicador</translation>
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
        <translation>Indicador direcional negativo (−DI)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="197"/>
        <source>On this chart</source>
        <translation>Neste gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="51"/>
        <source>On-balance volume</source>
        <translation>Volume em equilíbrio (OBV)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="66"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="52"/>
        <source>Plus directional indicator (+DI)</source>
        <translation>Indicador direcional positivo (+DI)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="193"/>
        <source>Prices (averages, bands) draw over the candles; oscillators each get a pane below. The chart's layout keeps its indicators.</source>
        <translation>Preços (médias, bandas) são desenhados sobre os candles; cada oscilador ganha um painel abaixo. O layout do gráfico guarda seus indicadores.</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="53"/>
        <source>Relative strength index</source>
        <translation>Índice de força relativa (IFR)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="181"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="79"/>
        <source>Senkou B period</source>
        <translation>Período Senkou B</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="69"/>
        <source>Signal period</source>
        <translation>Período do sinal</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="54"/>
        <source>Simple moving average</source>
        <translation>Média móvel simples</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="73"/>
        <source>Slow %D period</source>
        <translation>Período do %D lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="72"/>
        <source>Slow %K period</source>
        <translation>Período do %K lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="68"/>
        <source>Slow period</source>
        <translation>Período lento</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="70"/>
        <source>Standard deviations</source>
        <translation>Desvios-padrão</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="55"/>
        <source>Stochastic (slow)</source>
        <translation>Estocástico (lento)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="56"/>
        <source>Stochastic RSI</source>
        <translation>IFR estocástico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="57"/>
        <source>SuperTrend</source>
        <translation>SuperTrend</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="182"/>
        <source>Take the selected instance off the chart</source>
        <translation>Tirar a instância selecionada do gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="77"/>
        <source>Tenkan period</source>
        <translation>Período Tenkan</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="257"/>
        <source>The indicator refused these values: {0}</source>
        <translation>O indicador recusou estes valores: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="239"/>
        <source>This indicator has no parameters.</source>
        <translation>Este indicador não tem parâmetros.</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="124"/>
        <source>Type a number</source>
        <translation>Digite um número</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="58"/>
        <source>VWAP (daily session)</source>
        <translation>VWAP (sessão diária)</translation>
    </message>
    <message>
        <location filename="../widgets/chart/indicator_dialog.py" line="59"/>
        <source>Weighted moving average</source>
        <translation>Média móvel ponderada</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <location filename="../desktop/secrets.py" line="43"/>
        <source>No system keyring is available: install and unlock GNOME Keyring or KWallet (Secret Service), then restart Pregão.</source>
        <translation>Nenhum chaveiro do sistema está disponível: instale e desbloqueie o GNOME Keyring ou o KWallet (Secret Service) e reinicie o Pregão.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="52"/>
        <source>The API keys could not be read.</source>
        <translation>As chaves de API não puderam ser lidas.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="53"/>
        <source>The API keys were not deleted.</source>
        <translation>As chaves de API não foram apagadas.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="55"/>
        <source>The channel's secret could not be read.</source>
        <translation>O segredo do canal não pôde ser lido.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="56"/>
        <source>The channel's secret was not deleted.</source>
        <translation>O segredo do canal não foi apagado.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="54"/>
        <source>The channel's secret was not saved.</source>
        <translation>O segredo do canal não foi salvo.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="47"/>
        <source>The system keyring is locked and was not unlocked: unlock it (GNOME Keyring or KWallet asks for your login password) and try again.</source>
        <translation>O chaveiro do sistema está bloqueado e não foi desbloqueado: desbloqueie-o (o GNOME Keyring ou o KWallet pede sua senha de login) e tente de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/secrets.py" line="51"/>
        <source>Your API keys were not saved.</source>
        <translation>Suas chaves de API não foram salvas.</translation>
    </message>
</context>
<context>
    <name>KillSwitch</name>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="109"/>
        <source>Already gone at the exchange</source>
        <translation>Já não existia na corretora</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="125"/>
        <source>Already {status}</source>
        <translation>Já {status}</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="36"/>
        <source>Cancel every open order, close every position and halt trading on the chosen accounts (asks first)</source>
        <translation>Cancela todas as ordens abertas, fecha todas as posições e suspende a negociação nas contas escolhidas (pergunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="56"/>
        <source>Cancel orders, close positions and halt</source>
        <translation>Cancelar ordens, fechar posições e suspender</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="124"/>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="105"/>
        <source>Canceled by the kill switch.</source>
        <translation>Cancelada pelo botão de emergência.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="122"/>
        <source>Canceling and closing… (retrying while the exchange rate-limits or fails)</source>
        <translation>Cancelando e fechando… (tentando de novo enquanto a corretora limita ou falha)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="162"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="158"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="142"/>
        <source>Done: every order canceled, every position closed; trading is halted on the chosen accounts until you resume it.</source>
        <translation>Feito: todas as ordens canceladas, todas as posições fechadas; a negociação está suspensa nas contas escolhidas até você retomar.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="38"/>
        <source>Kill switch</source>
        <translation>Botão de pânico</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="46"/>
        <source>Kill switch: every order canceled and every position closed</source>
        <translation>Botão de emergência: todas as ordens canceladas e todas as posições fechadas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="34"/>
        <source>Kill switch…</source>
        <translation>Botão de pânico…</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="43"/>
        <source>Looking up open orders and positions…</source>
        <translation>Buscando ordens abertas e posições…</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="99"/>
        <source>No account is connected: there is nothing to stop.</source>
        <translation>Nenhuma conta conectada: não há nada para parar.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="134"/>
        <source>Not canceled yet: {why}</source>
        <translation>Ainda não cancelada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="114"/>
        <source>Not canceled: {why}</source>
        <translation>Não cancelada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="154"/>
        <source>Not closed yet: the closing order's outcome is still unknown; it is being looked up</source>
        <translation>Ainda não fechada: o resultado da ordem de fechamento ainda é desconhecido; está sendo consultado</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="184"/>
        <source>Not closed yet: {why}</source>
        <translation>Ainda não fechada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="177"/>
        <source>Not closed: {why}</source>
        <translation>Não fechada: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="87"/>
        <source>Not connected ({why}); connect it and press again</source>
        <translation>Não conectada ({why}); conecte-a e pressione de novo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="158"/>
        <source>Nothing left to close</source>
        <translation>Nada restou para fechar</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="109"/>
        <source>This cancels {orders} open order(s) and closes {positions} position(s) at market on {accounts}, then halts trading there until you resume it (Settings › Risk). While the exchange rate-limits or fails it keeps trying for a minute and then reports what is not done yet.</source>
        <translation>Isto cancela {orders} ordem(ns) aberta(s) e fecha {positions} posição(ões) a mercado em {accounts}, depois suspende a negociação até você retomar (Configurações › Risco). Enquanto a corretora limitar ou falhar, continua tentando por um minuto e então informa o que ainda não foi feito.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="103"/>
        <source>Tick the accounts to stop.</source>
        <translation>Marque as contas a parar.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="50"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="150"/>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="47"/>
        <source>no answer from the exchange</source>
        <translation>sem resposta da corretora</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="152"/>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="149"/>
        <source>order</source>
        <translation>ordem</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="149"/>
        <source>position</source>
        <translation>posição</translation>
    </message>
    <message>
        <location filename="../desktop/risk/kill_switch.py" line="170"/>
        <source>the closing order is {status}</source>
        <translation>a ordem de fechamento está {status}</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="152"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/kill_switch.py" line="137"/>
        <source>{0} item(s) are not done yet: press the kill switch again once the exchange answers. Trading is halted on the chosen accounts.</source>
        <translation>{0} item(ns) ainda não feito(s): acione o botão de pânico de novo quando a corretora responder. A negociação está suspensa nas contas escolhidas.</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.py" line="169"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="167"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="168"/>
        <source>Copy the selected lines</source>
        <translation>Copiar as linhas selecionadas</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="42"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="49"/>
        <source>Debug</source>
        <translation>Depuração</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="44"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="48"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="147"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="213"/>
        <source>Search the log</source>
        <translation>Pesquisar no log</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="165"/>
        <source>Search the log…</source>
        <translation>Pesquisar no log…</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="63"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.py" line="46"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>MLModels</name>
    <message>
        <location filename="../desktop/ml/model_store.py" line="64"/>
        <source>The model card {file} is damaged</source>
        <translation>A ficha do modelo {file} está danificada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="61"/>
        <source>The model card {file} is missing: the model cannot be checked</source>
        <translation>A ficha do modelo {file} não existe: o modelo não pode ser verificado</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="83"/>
        <source>The model expects its features in another order: {order}</source>
        <translation>O modelo espera as variáveis em outra ordem: {order}</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="72"/>
        <source>The model was saved with scikit-learn {saved}, this is scikit-learn {running}: train it again</source>
        <translation>O modelo foi salvo com o scikit-learn {saved}, este é o scikit-learn {running}: treine-o de novo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/model_store.py" line="79"/>
        <source>The model was trained on other features (missing: {missing}; not in the model: {extra})</source>
        <translation>O modelo foi treinado com outras variáveis (faltam: {missing}; fora do modelo: {extra})</translation>
    </message>
</context>
<context>
    <name>MLTraining</name>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="167"/>
        <source>A model name is 1 to 64 letters, digits, '.', '-' or '_'</source>
        <translation>O nome de um modelo tem de 1 a 64 letras, dígitos, '.', '-' ou '_'</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="107"/>
        <source>A training job {job} already exists</source>
        <translation>Já existe um treino {job}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="123"/>
        <source>Choose at least one feature</source>
        <translation>Escolha pelo menos uma variável</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="137"/>
        <source>Enter a percentage above 0 and below 100</source>
        <translation>Informe uma porcentagem acima de 0 e abaixo de 100</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="205"/>
        <source>No candles for {symbol}</source>
        <translation>Sem candles para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_worker.py" line="52"/>
        <source>No candles for {symbol} in the chosen range</source>
        <translation>Sem candles para {symbol} no período escolhido</translation>
    </message>
    <message>
        <location filename="../desktop/ml/training.py" line="70"/>
        <source>No fold had both outcomes to learn from: choose a longer range or another label</source>
        <translation>Nenhuma dobra teve os dois resultados para aprender: escolha um período maior ou outro rótulo</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="155"/>
        <source>No training result {job_id!r} (finished long ago?)</source>
        <translation>Nenhum resultado de treino {job_id!r} (terminou há muito tempo?)</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="149"/>
        <source>The embargo must be 0 to 10,000 candles</source>
        <translation>O embargo deve ser de 0 a 10.000 candles</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="132"/>
        <source>The horizon must be 1 to 10,000 candles</source>
        <translation>O horizonte deve ser de 1 a 10.000 candles</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="202"/>
        <source>The model {name} has no training sample to compare with</source>
        <translation>O modelo {name} não tem amostra de treino para comparar</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="140"/>
        <source>The time limit must be 1 to 10,000 candles</source>
        <translation>O limite de tempo deve ser de 1 a 10.000 candles</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="126"/>
        <source>Unknown features: {names}</source>
        <translation>Variáveis desconhecidas: {names}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="129"/>
        <source>Unknown label {label!r}</source>
        <translation>Rótulo desconhecido {label!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="143"/>
        <source>Unknown model {model!r}</source>
        <translation>Modelo desconhecido {model!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/ml_jobs.py" line="146"/>
        <source>Use 2 to {limit} folds</source>
        <translation>Use de 2 a {limit} dobras</translation>
    </message>
    <message>
        <location filename="../desktop/ml/training.py" line="61"/>
        <source>{rows} labelled candles are too few for {folds} folds (at least {need}): choose a longer range or a shorter timeframe</source>
        <translation>{rows} candles rotulados são poucos para {folds} dobras (pelo menos {need}): escolha um período maior ou um tempo gráfico menor</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="251"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="260"/>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="249"/>
        <source>&amp;Replay</source>
        <translation>&amp;Replay</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="250"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="246"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="96"/>
        <source>&amp;Workspaces</source>
        <translation>Á&amp;reas de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="165"/>
        <source>Command palette…</source>
        <translation>Paleta de comandos…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="346"/>
        <source>Delete workspace</source>
        <translation>Excluir área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="220"/>
        <source>Delete workspace…</source>
        <translation>Excluir área de trabalho…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="204"/>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="235"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="286"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="175"/>
        <source>New chart</source>
        <translation>Novo gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="181"/>
        <source>Open another chart dock</source>
        <translation>Abrir outro painel de gráfico</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="162"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="227"/>
        <source>Reset to default layout</source>
        <translation>Restaurar layout padrão</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="322"/>
        <source>Save workspace</source>
        <translation>Salvar área de trabalho</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="212"/>
        <source>Save workspace as…</source>
        <translation>Salvar área de trabalho como…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="171"/>
        <source>Search and run any command</source>
        <translation>Pesquisar e executar qualquer comando</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="154"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="187"/>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="125"/>
        <source>Starting the accounts</source>
        <translation>Iniciando as contas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="247"/>
        <source>T&amp;rade</source>
        <translation>&amp;Negociar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="160"/>
        <source>Theme, language and shortcuts</source>
        <translation>Tema, idioma e atalhos</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="343"/>
        <source>There are no saved workspaces</source>
        <translation>Não há áreas de trabalho salvas</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="195"/>
        <source>Toggle light/dark theme</source>
        <translation>Alternar tema claro/escuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="322"/>
        <source>Workspace name:</source>
        <translation>Nome da área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="338"/>
        <source>Workspace “{0}”</source>
        <translation>Área de trabalho “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="330"/>
        <source>Workspace “{0}” saved</source>
        <translation>Área de trabalho “{0}” salva</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="346"/>
        <source>Workspace:</source>
        <translation>Área de trabalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/main_window.py" line="336"/>
        <source>Workspaces</source>
        <translation>Áreas de trabalho</translation>
    </message>
</context>
<context>
    <name>Margin</name>
    <message>
        <location filename="../desktop/margin/account.py" line="73"/>
        <source>Leverage for {symbol} must be between 1 and {top:g}, got {leverage:g}</source>
        <translation>A alavancagem de {symbol} deve estar entre 1 e {top:g}; foi {leverage:g}</translation>
    </message>
    <message>
        <location filename="../desktop/margin/account.py" line="79"/>
        <source>Lowering the leverage of the open isolated {symbol} position needs more margin than it holds; close or reduce it first</source>
        <translation>Reduzir a alavancagem da posição isolada aberta em {symbol} exige mais margem do que ela tem; feche-a ou reduza-a antes</translation>
    </message>
    <message>
        <location filename="../desktop/margin/account.py" line="86"/>
        <source>The margin mode of {symbol} cannot change while a position is open; close it first</source>
        <translation>O modo de margem de {symbol} não pode mudar com uma posição aberta; feche-a antes</translation>
    </message>
</context>
<context>
    <name>Monitors</name>
    <message>
        <location filename="../widgets/monitors/positions.py" line="117"/>
        <source>% of equity</source>
        <translation>% do patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="64"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="80"/>
        <source>All sides</source>
        <translation>Todos os lados</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="82"/>
        <source>All statuses</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="59"/>
        <source>Amount</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="85"/>
        <source>Amount to fill</source>
        <translation>Quantidade a executar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="105"/>
        <source>Avg entry</source>
        <translation>Entrada média</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="88"/>
        <source>Avg price</source>
        <translation>Preço médio</translation>
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
        <translation>Cancelar as ordens selecionadas no monitor de ordens</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="52"/>
        <source>Cancel the selected orders</source>
        <translation>Cancelar as ordens selecionadas</translation>
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
        <translation>Altere antes o preço ou a quantidade</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="56"/>
        <source>Change the price or the amount of the selected open order</source>
        <translation>Alterar o preço ou a quantidade da ordem aberta selecionada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="46"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="58"/>
        <source>Close the selected positions</source>
        <translation>Fechar as posições selecionadas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="59"/>
        <source>Close the selected positions at the market</source>
        <translation>Fechar as posições selecionadas a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="234"/>
        <source>Close {0}</source>
        <translation>Fechar {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="276"/>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valores separados por vírgula (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="319"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="57"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="49"/>
        <source>Enter a number</source>
        <translation>Digite um número</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="51"/>
        <source>Entry filled, exits working</source>
        <translation>Entrada executada, saídas ativas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="276"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Pasta de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="39"/>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="66"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="280"/>
        <source>Export rows</source>
        <translation>Exportar linhas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="71"/>
        <source>Export rows to CSV…</source>
        <translation>Exportar linhas para CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="76"/>
        <source>Export rows to Excel…</source>
        <translation>Exportar linhas para Excel…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="67"/>
        <source>Export the rows shown to CSV or Excel</source>
        <translation>Exportar as linhas exibidas para CSV ou Excel</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="271"/>
        <source>Exported {0} rows to {1}</source>
        <translation>{0} linhas exportadas para {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="63"/>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="115"/>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="36"/>
        <source>Filled</source>
        <translation>Executada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="36"/>
        <source>Fills</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="75"/>
        <source>Filter symbol</source>
        <translation>Filtrar símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Flat</source>
        <translation>Zerado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="58"/>
        <source>Free</source>
        <translation>Livre</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="143"/>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/balances.py" line="60"/>
        <source>In orders</source>
        <translation>Em ordens</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="136"/>
        <source>Leverage</source>
        <translation>Alavancagem</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="141"/>
        <source>Liq. price</source>
        <translation>Preço de liq.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="88"/>
        <source>Liquidation {0} {1}</source>
        <translation>Liquidação {0} {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="65"/>
        <source>Liquidity</source>
        <translation>Liquidez</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="114"/>
        <source>Loading orders for the chart</source>
        <translation>Carregando ordens para o gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="101"/>
        <source>Loading {0}</source>
        <translation>Carregando {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Long</source>
        <translation>Comprado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="65"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="137"/>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="139"/>
        <source>Margin ratio</source>
        <translation>Índice de margem</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="107"/>
        <source>Mark</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="92"/>
        <source>Modify</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="68"/>
        <source>Modify order</source>
        <translation>Modificar ordem</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="55"/>
        <source>Modify the selected order…</source>
        <translation>Modificar a ordem selecionada…</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="34"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="40"/>
        <source>Open a monitor (orders, fills, positions…) first</source>
        <translation>Abra antes um monitor (ordens, execuções, posições…)</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="146"/>
        <source>Open orders</source>
        <translation>Ordens abertas</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="66"/>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="163"/>
        <source>Order history</source>
        <translation>Histórico de ordens</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="187"/>
        <source>Order not modified: {0}</source>
        <translation>Ordem não modificada: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="59"/>
        <source>Outcome unknown: being checked at the exchange. Do not send it again.</source>
        <translation>Resultado desconhecido: sendo verificada na corretora. Não a envie de novo.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="35"/>
        <source>Partially filled</source>
        <translation>Parcialmente executada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="33"/>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="70"/>
        <source>Positions</source>
        <translation>Posições</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="57"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="163"/>
        <source>Price × amount must be at least {0}</source>
        <translation>Preço × quantidade deve ser pelo menos {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="112"/>
        <source>Realised P&amp;L</source>
        <translation>L&amp;P realizado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="94"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="38"/>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="61"/>
        <source>Reverse the selected position</source>
        <translation>Inverter a posição selecionada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="238"/>
        <source>Reverse {0}</source>
        <translation>Inverter {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="295"/>
        <source>Rows: {0}</source>
        <translation>Linhas: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="296"/>
        <source>Rows: {0} of {1}</source>
        <translation>Linhas: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/chart_link.py" line="61"/>
        <source>SL</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="73"/>
        <source>Save the rows the monitor shows (filtered and sorted) as a CSV file</source>
        <translation>Salvar as linhas que o monitor mostra (filtradas e ordenadas) em um arquivo CSV</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="78"/>
        <source>Save the rows the monitor shows (filtered and sorted) as an Excel workbook</source>
        <translation>Salvar as linhas que o monitor mostra (filtradas e ordenadas) em uma pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="60"/>
        <source>Select a position to close</source>
        <translation>Selecione uma posição para fechar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="54"/>
        <source>Select an open order to cancel</source>
        <translation>Selecione uma ordem aberta para cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="57"/>
        <source>Select one open order to modify</source>
        <translation>Selecione uma ordem aberta para modificar</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="63"/>
        <source>Select one position to reverse</source>
        <translation>Selecione uma posição para inverter</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="24"/>
        <source>Sell</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="48"/>
        <source>Set aside</source>
        <translation>À parte</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="28"/>
        <source>Short</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/base.py" line="318"/>
        <source>Show on chart</source>
        <translation>Mostrar no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/filter_bar.py" line="78"/>
        <source>Show only rows whose symbol contains this text</source>
        <translation>Mostrar só as linhas cujo símbolo contém este texto</translation>
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
        <translation>A quantidade deve ser múltipla do passo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="153"/>
        <source>The amount must be above zero</source>
        <translation>A quantidade deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/formatting.py" line="61"/>
        <source>The exchange cannot be asked about this order: check it on the exchange; the rest of the account is followed as usual.</source>
        <translation>A corretora não pode ser consultada sobre esta ordem: confira-a na corretora; o resto da conta segue acompanhado normalmente.</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="160"/>
        <source>The exchange's minimum amount is {0}</source>
        <translation>A quantidade mínima da corretora é {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="142"/>
        <source>The price must be a multiple of the tick {0}</source>
        <translation>O preço deve ser múltiplo do tick {0}</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="141"/>
        <source>The price must be above zero</source>
        <translation>O preço deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="113"/>
        <source>Tick {0} · step {1} · filled {2}</source>
        <translation>Tick {0} · passo {1} · executado {2}</translation>
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
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/modify_dialog.py" line="79"/>
        <source>Trigger price</source>
        <translation>Preço de disparo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/commands.py" line="62"/>
        <source>Turn the selected position to the other side at the market</source>
        <translation>Virar a posição selecionada para o outro lado a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/orders.py" line="79"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="109"/>
        <source>Unrealised P&amp;L</source>
        <translation>L&amp;P não realizado</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/fills.py" line="61"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="54"/>
        <source>cross</source>
        <translation>cruzada</translation>
    </message>
    <message>
        <location filename="../widgets/monitors/positions.py" line="54"/>
        <source>isolated</source>
        <translation>isolada</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <location filename="../widgets/order_book/commands.py" line="92"/>
        <source>A limit buy of the order entry's amount at the ladder's cursor level</source>
        <translation>Uma compra limitada da quantidade da boleta no nível do cursor do livro</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="95"/>
        <source>A limit sell of the order entry's amount at the ladder's cursor level</source>
        <translation>Uma venda limitada da quantidade da boleta no nível do cursor do livro</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="90"/>
        <source>Buy at the order book's cursor</source>
        <translation>Comprar no cursor do livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="78"/>
        <source>Click a bid to buy or an ask to sell at that level (the order entry's amount); drag your order to another level to move it. Keys: ↑/↓ move the cursor, B buy, S sell, Space picks your order, M moves it to the cursor.</source>
        <translation>Clique num bid para comprar ou num ask para vender nesse nível (a quantidade da boleta); arraste sua ordem para outro nível para movê-la. Teclas: ↑/↓ movem o cursor, B compra, S vende, Espaço escolhe sua ordem, M a move para o cursor.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="71"/>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="66"/>
        <source>Group price levels by a multiple of the price tick</source>
        <translation>Agrupar os níveis de preço por um múltiplo do tick de preço</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="74"/>
        <source>Imbalance</source>
        <translation>Desequilíbrio</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="109"/>
        <source>Loading markets</source>
        <translation>Carregando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="110"/>
        <source>Loading open orders</source>
        <translation>Carregando ordens abertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Mine</source>
        <translation>Minhas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="99"/>
        <source>Move the picked order to the order book's cursor</source>
        <translation>Mover a ordem escolhida para o cursor do livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="101"/>
        <source>Move the picked order's limit price to the cursor's level</source>
        <translation>Move o preço limite da ordem escolhida para o nível do cursor</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="71"/>
        <source>None of your orders is at the cursor's level.</source>
        <translation>Nenhuma ordem sua está no nível do cursor.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="48"/>
        <source>Order book</source>
        <translation>Livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="74"/>
        <source>Order picked: move the cursor and press M to move it.</source>
        <translation>Ordem escolhida: mova o cursor e tecle M para movê-la.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="96"/>
        <source>Pick my order at the order book's cursor</source>
        <translation>Escolher minha ordem no cursor do livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="80"/>
        <source>Pick one of your orders first (Space on its level).</source>
        <translation>Primeiro escolha uma ordem sua (Espaço no nível dela).</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="98"/>
        <source>Pick your open order at the cursor's level, to move it with the keyboard</source>
        <translation>Escolhe sua ordem aberta no nível do cursor, para movê-la pelo teclado</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="61"/>
        <source>Put the cursor on a level first (click it, or ↑/↓).</source>
        <translation>Primeiro ponha o cursor num nível (clique nele ou use ↑/↓).</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="93"/>
        <source>Sell at the order book's cursor</source>
        <translation>Vender no cursor do livro de ofertas</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="74"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="52"/>
        <source>The order entry's account does not trade {symbol}: nothing was sent.</source>
        <translation>A conta da boleta não negocia {symbol}: nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/commands.py" line="47"/>
        <source>The order entry's account is priced by another market than this book ({venue}): nothing was sent.</source>
        <translation>A conta da boleta segue os preços de outro mercado que não o deste livro ({venue}): nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="77"/>
        <source>Total</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../widgets/order_book/panel.py" line="75"/>
        <source>{spread} ({bps} bp)</source>
        <translation>{spread} ({bps} bp)</translation>
    </message>
</context>
<context>
    <name>OrderChecks</name>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="51"/>
        <source>A bracket order needs a take-profit or a stop-loss price.</source>
        <translation>Uma ordem bracket precisa de um preço de take-profit ou de stop-loss.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="54"/>
        <source>A trailing stop needs a trailing distance.</source>
        <translation>Um stop móvel precisa de uma distância.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="46"/>
        <source>A {type} order needs a price.</source>
        <translation>Uma ordem {type} precisa de um preço.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="48"/>
        <source>A {type} order needs a trigger price.</source>
        <translation>Uma ordem {type} precisa de um preço de disparo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="43"/>
        <source>Enter an amount above zero.</source>
        <translation>Informe uma quantidade acima de zero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_checks.py" line="57"/>
        <source>Prices must be above zero.</source>
        <translation>Os preços devem ser maiores que zero.</translation>
    </message>
</context>
<context>
    <name>OrderEntry</name>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="37"/>
        <source>% of equity</source>
        <translation>% do patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="325"/>
        <source>A distance in percent must be below 100.</source>
        <translation>Uma distância em percentual deve ser menor que 100.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="43"/>
        <source>A limit buy of the order entry's amount at the best bid</source>
        <translation>Uma compra limitada da quantidade da boleta no melhor bid</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="46"/>
        <source>A limit sell of the order entry's amount at the best ask</source>
        <translation>Uma venda limitada da quantidade da boleta no melhor ask</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="359"/>
        <source>A post-only buy must be below the ask {price}.</source>
        <translation>Uma compra post-only deve ficar abaixo do ask {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="361"/>
        <source>A post-only sell must be above the bid {price}.</source>
        <translation>Uma venda post-only deve ficar acima do bid {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="218"/>
        <source>A price, a % from the entry, or (target) a multiple R of the distance to the stop-loss</source>
        <translation>Um preço, um % a partir da entrada ou (alvo) um múltiplo R da distância até o stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="227"/>
        <source>A trailing distance in percent must be below 100.</source>
        <translation>Uma distância móvel em percentual deve ser menor que 100.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="180"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="113"/>
        <source>Amount</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="116"/>
        <source>Amount in the base or the quote currency</source>
        <translation>Quantidade na moeda base ou na moeda de cotação</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="128"/>
        <source>Amount set to {0} {1}.</source>
        <translation>Quantidade definida em {0} {1}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="330"/>
        <source>An R multiple needs a valid stop-loss.</source>
        <translation>Um múltiplo R precisa de um stop válido.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="142"/>
        <source>Attach exit orders: sent as a bracket (entry, target, stop)</source>
        <translation>Anexar ordens de saída: enviada como bracket (entrada, alvo, stop)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>Available</source>
        <translation>Disponível</translation>
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
        <translation>Comprar no bid</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="37"/>
        <source>Buy the order entry's amount of its symbol at market</source>
        <translation>Comprar a quantidade da boleta, no símbolo dela, a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="465"/>
        <source>Buy {base}</source>
        <translation>Comprar {base}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="48"/>
        <source>Cancel all orders of the symbol</source>
        <translation>Cancelar todas as ordens do símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="51"/>
        <source>Cancel all orders on all symbols</source>
        <translation>Cancelar todas as ordens de todos os símbolos</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="49"/>
        <source>Cancel every open order of the order entry's symbol and account</source>
        <translation>Cancelar todas as ordens abertas do símbolo e da conta da boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="48"/>
        <source>Cancel every open order of {symbol} on “{account}”?</source>
        <translation>Cancelar todas as ordens abertas de {symbol} em “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="55"/>
        <source>Cancel every open order on every symbol of “{account}”?</source>
        <translation>Cancelar todas as ordens abertas de todos os símbolos em “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="50"/>
        <source>Canceled {n} open orders of {symbol}.</source>
        <translation>{n} ordens abertas de {symbol} canceladas.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="57"/>
        <source>Canceled {n} open orders on all symbols.</source>
        <translation>{n} ordens abertas canceladas em todos os símbolos.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="374"/>
        <source>Cannot exceed the order amount.</source>
        <translation>Não pode passar da quantidade da ordem.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="78"/>
        <source>Choose an account and a symbol first.</source>
        <translation>Escolha antes uma conta e um símbolo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="56"/>
        <source>Close the position in the order entry's symbol at market</source>
        <translation>Fechar a posição no símbolo da boleta a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="64"/>
        <source>Close the whole {symbol} position on “{account}” at market?</source>
        <translation>Fechar toda a posição de {symbol} em “{account}” a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/confirm_box.py" line="19"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="51"/>
        <source>Cross</source>
        <translation>Cruzada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="53"/>
        <source>Cross: the whole wallet backs the position. Isolated: only its own margin can be lost</source>
        <translation>Cruzada: toda a carteira garante a posição. Isolada: só a margem dela pode ser perdida</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="136"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="212"/>
        <source>Enter a limit price.</source>
        <translation>Digite um preço limite.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="118"/>
        <source>Enter a number.</source>
        <translation>Digite um número.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="313"/>
        <source>Enter a stop-loss.</source>
        <translation>Digite um stop.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="312"/>
        <source>Enter a take-profit.</source>
        <translation>Digite um alvo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="215"/>
        <source>Enter a trigger price.</source>
        <translation>Digite um preço de disparo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="233"/>
        <source>Enter an amount.</source>
        <translation>Digite uma quantidade.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="222"/>
        <source>Enter the trailing distance.</source>
        <translation>Digite a distância móvel.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="372"/>
        <source>Enter the visible amount.</source>
        <translation>Digite a quantidade visível.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="150"/>
        <source>Fill or kill</source>
        <translation>Tudo ou nada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="62"/>
        <source>Fill the amount by this sizing rule (the backtester's)</source>
        <translation>Preenche a quantidade por esta regra de dimensionamento (a do backtest)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="41"/>
        <source>Fixed amount</source>
        <translation>Quantidade fixa</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="55"/>
        <source>Flatten the order entry's position</source>
        <translation>Zerar a posição da boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="94"/>
        <source>Follows the focused chart and the watchlist</source>
        <translation>Segue o gráfico em foco e a lista de observação</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="40"/>
        <source>Fractional Kelly</source>
        <translation>Kelly fracionário</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="148"/>
        <source>Good till canceled</source>
        <translation>Válida até cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="149"/>
        <source>Immediate or cancel</source>
        <translation>Executa ou cancela</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="52"/>
        <source>Isolated</source>
        <translation>Isolada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="58"/>
        <source>Leverage</source>
        <translation>Alavancagem</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="47"/>
        <source>Leverage of this symbol on the account: the position's margin is its notional divided by it</source>
        <translation>Alavancagem deste símbolo na conta: a margem da posição é o seu nocional dividido por ela</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="166"/>
        <source>Leverage of {symbol}: {leverage}×</source>
        <translation>Alavancagem de {symbol}: {leverage}×</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="134"/>
        <source>Limit price</source>
        <translation>Preço limite</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="306"/>
        <source>Limit price (empty: market)</source>
        <translation>Preço limite (vazio: a mercado)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="281"/>
        <source>Limit price ({quote})</source>
        <translation>Preço limite ({quote})</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="34"/>
        <source>Liq. price</source>
        <translation>Preço de liq.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="201"/>
        <source>Loading accounts</source>
        <translation>Carregando contas</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="283"/>
        <source>Loading the account</source>
        <translation>Carregando a conta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="64"/>
        <source>Lower the leverage</source>
        <translation>Reduzir a alavancagem</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="179"/>
        <source>Margin mode of {symbol}: {mode}</source>
        <translation>Modo de margem de {symbol}: {mode}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="34"/>
        <source>Margin used</source>
        <translation>Margem usada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="56"/>
        <source>Move the {side} order of {amount} {base} from {old} to {new} on “{account}”?</source>
        <translation>Mover a ordem ({side}) de {amount} {base} de {old} para {new} em “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="301"/>
        <source>Must be above the entry {price}.</source>
        <translation>Deve ficar acima da entrada {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="302"/>
        <source>Must be below the entry {price}.</source>
        <translation>Deve ficar abaixo da entrada {price}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="169"/>
        <source>Must be greater than zero.</source>
        <translation>Deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="279"/>
        <source>Needs {cost} {quote}; {free} {quote} available.</source>
        <translation>Precisa de {cost} {quote}; {free} {quote} disponíveis.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="275"/>
        <source>No account yet: add one in Tools › Accounts.</source>
        <translation>Nenhuma conta ainda: adicione uma em Ferramentas › Contas.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="541"/>
        <source>No bid and ask for {symbol} yet: nothing was sent.</source>
        <translation>Ainda não há bid e ask de {symbol}: nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="321"/>
        <source>No entry price yet: give this as a price.</source>
        <translation>Ainda não há preço de entrada: informe isto como preço.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="241"/>
        <source>No price yet to convert {quote} into {base}: enter the amount in {base}.</source>
        <translation>Ainda não há preço para converter {quote} em {base}: digite a quantidade em {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="198"/>
        <source>Not a multiple of the step {step} {base}.</source>
        <translation>Não é múltiplo do passo {step} {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="180"/>
        <source>Not a multiple of the tick {tick} {quote}.</source>
        <translation>Não é múltiplo do tick {tick} {quote}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="520"/>
        <source>Nothing was sent: correct the fields marked in red.</source>
        <translation>Nada foi enviado: corrija os campos marcados em vermelho.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="57"/>
        <source>Nothing was sent: {reason}</source>
        <translation>Nada foi enviado: {reason}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="65"/>
        <source>One less × of leverage on the order entry's perpetual symbol</source>
        <translation>Um × a menos de alavancagem no símbolo perpétuo da boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="62"/>
        <source>One more × of leverage on the order entry's perpetual symbol</source>
        <translation>Um × a mais de alavancagem no símbolo perpétuo da boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="76"/>
        <source>One-click trading</source>
        <translation>Negociação com um clique</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="116"/>
        <source>One-click trading is on: orders go out without confirmation.</source>
        <translation>Negociação com um clique ligada: as ordens saem sem confirmação.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="91"/>
        <source>One-click trading off</source>
        <translation>Negociação com um clique desligada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="90"/>
        <source>One-click trading on: orders go out without confirmation</source>
        <translation>Negociação com um clique ligada: as ordens saem sem confirmação</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="153"/>
        <source>Only rest on the book (maker); never take liquidity</source>
        <translation>Só fica no livro (maker); nunca consome liquidez</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="155"/>
        <source>Only shrink a derivatives position, never grow it</source>
        <translation>Só diminui uma posição em derivativos, nunca aumenta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="194"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="91"/>
        <source>Order entry</source>
        <translation>Boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="268"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}.</source>
        <translation>Valor da ordem {value} {quote} abaixo do mínimo de {minimum} {quote}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="79"/>
        <source>Orders go out without confirmation; the “One-click trading” command turns it off</source>
        <translation>As ordens saem sem confirmação; o comando “Negociação com um clique” desliga</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="52"/>
        <source>Panic key: cancel every open order of the order entry's account, every symbol (always asks first)</source>
        <translation>Tecla de pânico: cancela todas as ordens abertas da conta da boleta, em todos os símbolos (sempre pergunta antes)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="32"/>
        <source>Position after</source>
        <translation>Posição depois</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="152"/>
        <source>Post-only</source>
        <translation>Só maker (post-only)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="187"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="54"/>
        <source>Proceeds</source>
        <translation>Valor a receber</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="61"/>
        <source>Raise the leverage</source>
        <translation>Aumentar a alavancagem</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="154"/>
        <source>Reduce-only</source>
        <translation>Só reduzir</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="366"/>
        <source>Reduce-only applies to derivatives; {symbol} is spot.</source>
        <translation>Só reduzir vale para derivativos; {symbol} é à vista.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="72"/>
        <source>Rejected: {reason}</source>
        <translation>Rejeitada: {reason}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="58"/>
        <source>Reverse the order entry's position</source>
        <translation>Inverter a posição da boleta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="71"/>
        <source>Reverse the {symbol} position on “{account}” at market?</source>
        <translation>Inverter a posição de {symbol} em “{account}” a mercado?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="38"/>
        <source>Risk % of equity to the stop</source>
        <translation>Risco % do patrimônio até o stop</translation>
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
        <translation>Vender no ask</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="40"/>
        <source>Sell the order entry's amount of its symbol at market</source>
        <translation>Vender a quantidade da boleta, no símbolo dela, a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="465"/>
        <source>Sell {base}</source>
        <translation>Vender {base}</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="285"/>
        <source>Sells {amount} {base}; {free} {base} available.</source>
        <translation>Vende {amount} {base}; {free} {base} disponíveis.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/confirm_box.py" line="22"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="96"/>
        <source>Send orders from the order entry and the keyboard without confirmation</source>
        <translation>Enviar ordens da boleta e do teclado sem confirmação</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/panel.py" line="130"/>
        <source>Send the order (Enter)</source>
        <translation>Enviar a ordem (Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/account_commands.py" line="41"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="124"/>
        <source>Share of the available balance</source>
        <translation>Parte do saldo disponível</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="140"/>
        <source>Shown amount</source>
        <translation>Quantidade visível</translation>
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
        <translation>Dimensionar pelo risco exige o stop-loss como preço (marque “Alvo e stop”).</translation>
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
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="67"/>
        <source>Switch cross / isolated margin</source>
        <translation>Alternar margem cruzada / isolada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="68"/>
        <source>Switch the order entry's perpetual symbol between cross and isolated margin</source>
        <translation>Alterna o símbolo perpétuo da boleta entre margem cruzada e isolada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="181"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="191"/>
        <source>Take-profit</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="141"/>
        <source>Take-profit and stop-loss</source>
        <translation>Alvo e stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="143"/>
        <source>Target</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="147"/>
        <source>That number is too long: use at most 15 significant digits.</source>
        <translation>Número longo demais: use no máximo 15 dígitos significativos.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="335"/>
        <source>That puts the price at or below zero.</source>
        <translation>Isso leva o preço a zero ou abaixo.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="92"/>
        <source>The account the order goes to</source>
        <translation>A conta para onde a ordem vai</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="364"/>
        <source>Time in force applies to limit orders only.</source>
        <translation>A validade só se aplica a ordens limitadas.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="33"/>
        <source>To stop</source>
        <translation>Até o stop</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="194"/>
        <source>Too many decimals: at most {n} (step {step} {base}).</source>
        <translation>Casas decimais demais: no máximo {n} (passo {step} {base}).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="188"/>
        <source>Trail</source>
        <translation>Distância móvel</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="186"/>
        <source>Trigger</source>
        <translation>Disparo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="135"/>
        <source>Trigger price</source>
        <translation>Preço de disparo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/commands.py" line="59"/>
        <source>Turn the position in the order entry's symbol to the other side at market</source>
        <translation>Virar a posição no símbolo da boleta para o outro lado a mercado</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="183"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="78"/>
        <source>Type numbers in your locale (e.g. 1,5 in Portuguese); a point decimal like 1.5 is accepted where it cannot be a thousands group.</source>
        <translation>Digite números no formato do seu idioma (ex.: 1,5); um decimal com ponto como 1.5 é aceito quando não pode ser um separador de milhar.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="193"/>
        <source>Validity</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="189"/>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sizing_row.py" line="39"/>
        <source>Volatility target (a year)</source>
        <translation>Volatilidade alvo (ao ano)</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="110"/>
        <source>What the account's exchange runs itself, and what Pregão emulates on top of it</source>
        <translation>O que a corretora da conta executa e o que o Pregão emula por cima dela</translation>
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
        <translation>cruzada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="32"/>
        <source>expired</source>
        <translation>expirada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="29"/>
        <source>filled</source>
        <translation>executada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/margin_row.py" line="178"/>
        <source>isolated</source>
        <translation>isolada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="79"/>
        <source>maker</source>
        <translation>maker</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="27"/>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="28"/>
        <source>partially filled</source>
        <translation>parcialmente executada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="26"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/form.py" line="139"/>
        <source>price</source>
        <translation>preço</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="31"/>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="79"/>
        <source>taker</source>
        <translation>taker</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/preview_view.py" line="85"/>
        <source>target {r} R</source>
        <translation>alvo {r} R</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="255"/>
        <source>{amount} {base} is above the maximum {maximum} {base}.</source>
        <translation>{amount} {base} está acima do máximo de {maximum} {base}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/validation.py" line="250"/>
        <source>{amount} {base} is below the minimum {minimum} {base}.</source>
        <translation>{amount} {base} está abaixo do mínimo de {minimum} {base}.</translation>
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
        <translation>{side} {amount} {base} {where} ({type}) em “{account}”?</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/sentences.py" line="74"/>
        <source>{side} {amount} {base}: outcome unknown, being checked at the exchange. Do not send it again.</source>
        <translation>{side} {amount} {base}: resultado desconhecido, sendo verificada na corretora. Não a envie de novo.</translation>
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
        <translation>{symbol} não é um perpétuo: não tem alavancagem nem modo de margem</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="43"/>
        <source>“{account}” prices {symbol} from the demo market, not from the replay on the chart. To trade the replay, choose an account whose price source is the replay (Tools › Accounts can add one).</source>
        <translation>“{account}” precifica {symbol} pelo mercado de demonstração, não pelo replay do gráfico. Para operar o replay, escolha uma conta cuja fonte de preços seja o replay (Ferramentas › Contas pode criar uma).</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/chart_feed.py" line="47"/>
        <source>“{account}” prices {symbol} from the replay, not from the demo market on the chart. To trade the demo market, choose an account whose price source is the demo market, or show the replay on the chart.</source>
        <translation>“{account}” precifica {symbol} pelo replay, não pelo mercado de demonstração do gráfico. Para operar o mercado de demonstração, escolha uma conta cuja fonte de preços seja o mercado de demonstração, ou mostre o replay no gráfico.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="133"/>
        <source>“{text}” is ambiguous: write {grouped} for a thousands group or {decimal} for a decimal.</source>
        <translation>“{text}” é ambíguo: escreva {grouped} para milhar ou {decimal} para decimal.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="139"/>
        <source>“{text}” is not a number in your locale: write decimals like {example}.</source>
        <translation>“{text}” não é um número no seu idioma: escreva decimais como {example}.</translation>
    </message>
    <message>
        <location filename="../widgets/order_entry/numbers.py" line="127"/>
        <source>“{text}” is not a number: use the digits 0–9 and “{point}” for decimals.</source>
        <translation>“{text}” não é um número: use os dígitos 0–9 e “{point}” para decimais.</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="82"/>
        <source>A bracket order needs a take-profit and a stop-loss</source>
        <translation>Uma ordem bracket precisa de um take-profit e de um stop-loss</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="78"/>
        <source>A trailing stop needs a trail distance or percentage</source>
        <translation>Um stop móvel precisa de uma distância ou de um percentual</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="43"/>
        <source>A {type} order cannot be modified: cancel it and place a new one.</source>
        <translation>Uma ordem {type} não pode ser modificada: cancele-a e envie uma nova.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="63"/>
        <source>Adopted from the exchange: placed outside this app or before its journal knew it.</source>
        <translation>Adotada da corretora: enviada fora deste aplicativo ou antes de o diário conhecê-la.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_recording.py" line="64"/>
        <source>Adopted from the exchange: placed outside this app.</source>
        <translation>Adotada da corretora: enviada fora deste aplicativo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_groups.py" line="80"/>
        <source>An OCO order needs a take-profit price and a stop price</source>
        <translation>Uma ordem OCO precisa de um preço de take-profit e de um preço de stop</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="70"/>
        <source>An order with client id {id} exists already</source>
        <translation>Já existe uma ordem com o id de cliente {id}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="206"/>
        <source>Canceled by the trader</source>
        <translation>Cancelada pelo operador</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="475"/>
        <source>Canceled by the trader.</source>
        <translation>Cancelada pelo operador.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="72"/>
        <source>Found at the exchange after it was taken for never placed (its request arrived late): followed again.</source>
        <translation>Encontrada na corretora depois de ter sido dada como não enviada (a requisição chegou atrasada): acompanhada de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="37"/>
        <source>Give a new price or a new amount.</source>
        <translation>Informe um novo preço ou uma nova quantidade.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="191"/>
        <source>Its {role} order ended at {venue}</source>
        <translation>Sua ordem de {role} terminou em {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="65"/>
        <source>Never sent: the app stopped before sending it, and the exchange does not know it.</source>
        <translation>Nunca enviada: o aplicativo parou antes de enviá-la, e a corretora não a conhece.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/journal.py" line="138"/>
        <source>No journaled order has the client order id {client_order_id}.</source>
        <translation>Nenhuma ordem do diário tem o id de cliente {client_order_id}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="45"/>
        <source>Not resumed after the restart: {why}.</source>
        <translation>Não retomada após reiniciar: {why}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="202"/>
        <source>Order {id} is not a {symbol} order</source>
        <translation>A ordem {id} não é de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="337"/>
        <source>Reduce-only: no {base} left to sell</source>
        <translation>Só-reduzir: não sobrou {base} para vender</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="290"/>
        <source>Replaced by an exit for a larger fill</source>
        <translation>Substituída por uma saída para uma execução maior</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="65"/>
        <source>Replaced by order {id}.</source>
        <translation>Substituída pela ordem {id}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="74"/>
        <source>Set aside: {error} Check it on the exchange itself; the rest of the account is followed as usual.</source>
        <translation>Deixada de lado: {error} Confira-a na própria corretora; o resto da conta é acompanhado normalmente.</translation>
    </message>
    <message>
        <location filename="../desktop/storage/journal.py" line="118"/>
        <source>The client order id {client_order_id} is already in the journal; an order needs a new one.</source>
        <translation>O id de cliente {client_order_id} já está no diário; uma ordem precisa de um novo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="256"/>
        <source>The connection closed; the engine no longer watched it</source>
        <translation>A conexão foi fechada; o motor deixou de acompanhá-la</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="69"/>
        <source>The engine could not resume this order after the app stopped (emulated by the engine, its saved state was missing or unreadable); its orders at the exchange were canceled so none works unwatched.</source>
        <translation>O motor não conseguiu retomar esta ordem depois que o aplicativo parou (emulada pelo motor, seu estado salvo faltava ou estava ilegível); suas ordens na corretora foram canceladas para que nenhuma fique sem acompanhamento.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="67"/>
        <source>The exchange never received this order (it has no order with its client id).</source>
        <translation>A corretora nunca recebeu esta ordem (não tem ordem com o id de cliente dela).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="68"/>
        <source>The order filled before it could be modified.</source>
        <translation>A ordem foi executada antes de poder ser modificada.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/reconcile.py" line="76"/>
        <source>The paper account restarted without this order: it was not saved before the app stopped, or could not be restored.</source>
        <translation>A conta simulada reiniciou sem esta ordem: ela não foi salva antes de o aplicativo parar, ou não pôde ser restaurada.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="225"/>
        <source>The stop for the rest could not be placed: {why}</source>
        <translation>O stop do restante não pôde ser colocado: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="271"/>
        <source>The take-profit and stop-loss could not be placed: {why}</source>
        <translation>O take-profit e o stop-loss não puderam ser colocados: {why}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="305"/>
        <source>The {venue} connection is closed</source>
        <translation>A conexão com {venue} está fechada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="88"/>
        <source>There is no {symbol} position to close.</source>
        <translation>Não há posição em {symbol} para fechar.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="105"/>
        <source>There is no {symbol} position to reverse.</source>
        <translation>Não há posição em {symbol} para inverter.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="487"/>
        <source>This order has not reached the exchange yet; it is being checked and can be canceled once it is known.</source>
        <translation>Esta ordem ainda não chegou à corretora; ela está sendo verificada e poderá ser cancelada assim que for conhecida.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="41"/>
        <source>This order is no longer open.</source>
        <translation>Esta ordem não está mais aberta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="517"/>
        <source>This order is not in the journal of this account.</source>
        <translation>Esta ordem não está no diário desta conta.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="52"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulated_groups.py" line="53"/>
        <source>exit</source>
        <translation>saída</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="119"/>
        <source>it ended at {venue} while Pregão was closed</source>
        <translation>ela terminou em {venue} enquanto o Pregão estava fechado</translation>
    </message>
    <message>
        <location filename="../desktop/engine/emulation_restart.py" line="141"/>
        <source>its {role} order {id} is no longer known to {venue}</source>
        <translation>sua ordem de {role} {id} não é mais conhecida em {venue}</translation>
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
        <translation>{account} não tem mercados com margem: {symbol} não tem alavancagem</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_commands.py" line="101"/>
        <source>{symbol} is a spot market: a position can be closed but not reversed into a short.</source>
        <translation>{symbol} é um mercado à vista: a posição pode ser fechada, mas não invertida para vendida.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="359"/>
        <source>{symbol} is not a market on {venue}</source>
        <translation>{symbol} não é um mercado em {venue}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="446"/>
        <source>{venue} accepted the order but the journal could not record it ({why}); it is being checked at the exchange. Do not send it again.</source>
        <translation>{venue} aceitou a ordem, mas o diário não conseguiu registrá-la ({why}); ela está sendo verificada na corretora. Não a envie de novo.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="172"/>
        <source>{venue} does not take {type} orders</source>
        <translation>{venue} não aceita ordens {type}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="356"/>
        <source>{venue} does not take {type} orders.</source>
        <translation>{venue} não aceita ordens {type}.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_emulation.py" line="176"/>
        <source>{venue} has no market and limit orders to emulate {type} orders on</source>
        <translation>{venue} não tem ordens a mercado e limitadas sobre as quais emular ordens {type}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/order_manager.py" line="523"/>
        <source>{venue} has no market {symbol}.</source>
        <translation>{venue} não tem o mercado {symbol}.</translation>
    </message>
</context>
<context>
    <name>PaperVenue</name>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="98"/>
        <source>A trailing stop needs either a trail amount or a trail percent</source>
        <translation>Um stop móvel precisa de uma distância ou de um percentual</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="64"/>
        <source>Amount</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="79"/>
        <source>An iceberg order needs a visible amount</source>
        <translation>Uma ordem iceberg precisa de uma quantidade visível</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="249"/>
        <source>Canceled by the trader</source>
        <translation>Cancelada pelo operador</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="244"/>
        <source>Canceled: the position was liquidated</source>
        <translation>Cancelada: a posição foi liquidada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="93"/>
        <source>Fill-or-kill: only {available} {base} was available at {limit} or better; nothing filled</source>
        <translation>Tudo-ou-nada: só havia {available} {base} disponível a {limit} ou melhor; nada foi executado</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="133"/>
        <source>Filled {done} of {total} {base}; the rest was canceled because {why}</source>
        <translation>Executado {done} de {total} {base}; o restante foi cancelado porque {why}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="101"/>
        <source>Immediate-or-cancel: the unfilled rest was canceled</source>
        <translation>Imediata-ou-cancela: o restante não executado foi cancelado</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/ledger.py" line="81"/>
        <source>Insufficient {currency}: need {need}, have {have}</source>
        <translation>{currency} insuficiente: precisa de {need}, tem {have}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="72"/>
        <source>Limit price</source>
        <translation>Preço limite</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="262"/>
        <source>Liquidated at the mark price {mark} {quote}: the margin ratio reached 100 %</source>
        <translation>Liquidada ao preço de marcação {mark} {quote}: o índice de margem chegou a 100 %</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="233"/>
        <source>No order book for {symbol} yet</source>
        <translation>Ainda sem livro de ofertas para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="155"/>
        <source>No order with client id {id} reached the paper venue</source>
        <translation>Nenhuma ordem com o id de cliente {id} chegou à conta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="223"/>
        <source>No price for {symbol} yet</source>
        <translation>Ainda sem preço para {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="108"/>
        <source>No price for {symbol} yet: a trailing stop starts from the last price</source>
        <translation>Ainda sem preço para {symbol}: um stop móvel parte do último preço</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="32"/>
        <source>No price for {symbol} yet: the paper venue fills market orders once its price source has sent one</source>
        <translation>Ainda sem preço para {symbol}: a conta simulada executa ordens a mercado assim que sua fonte de preços envia um</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="213"/>
        <source>Not enough {currency} to place the take-profit and stop-loss; the position is unprotected</source>
        <translation>{currency} insuficiente para colocar o take-profit e o stop-loss; a posição está desprotegida</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="139"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}</source>
        <translation>O valor da ordem, {value} {quote}, está abaixo do mínimo de {minimum} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="348"/>
        <source>Order {id} is not a {symbol} order</source>
        <translation>A ordem {id} não é de {symbol}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="148"/>
        <source>Order {id} is unknown to the paper venue</source>
        <translation>A ordem {id} é desconhecida na conta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="80"/>
        <source>Post-only {side} at {limit} would take liquidity at {best} {quote}; it was rejected to keep it a maker order</source>
        <translation>{side} só-maker a {limit} tomaria liquidez a {best} {quote}; foi rejeitada para continuar sendo uma ordem maker</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="66"/>
        <source>Reduce-only and close-position apply to derivatives; {symbol} is a spot market</source>
        <translation>Só-reduzir e fechar posição valem para derivativos; {symbol} é um mercado à vista</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="301"/>
        <source>Reduce-only {side}: there is no {symbol} position it could reduce</source>
        <translation>{side} só-redução: não há posição em {symbol} que ela possa reduzir</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="407"/>
        <source>Reduce-only: filled {done} {base}; nothing was left to reduce</source>
        <translation>Só-redução: executou {done} {base}; não restou nada a reduzir</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="74"/>
        <source>Stop price</source>
        <translation>Preço de stop</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="251"/>
        <source>Stop price {stop} is already reached (last {last} {quote}); the order would trigger immediately</source>
        <translation>O preço de stop {stop} já foi atingido (último {last} {quote}); a ordem dispararia na hora</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="85"/>
        <source>Stop-loss price</source>
        <translation>Preço de stop-loss</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="84"/>
        <source>Take-profit price</source>
        <translation>Preço de take-profit</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="230"/>
        <source>The bracket's exit started; the unfilled entry was canceled</source>
        <translation>A saída do bracket começou; a entrada não executada foi cancelada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="181"/>
        <source>The other leg of the OCO filled or triggered</source>
        <translation>A outra perna da OCO foi executada ou disparada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="52"/>
        <source>The paper venue does not support {type} orders</source>
        <translation>A conta simulada não aceita ordens {type}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="333"/>
        <source>The paper venue has no {stream} stream</source>
        <translation>A conta simulada não tem o fluxo {stream}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="354"/>
        <source>The paper venue is closed</source>
        <translation>A conta simulada está fechada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/venue.py" line="201"/>
        <source>The paper venue keeps only the {kept} candles its price source sent, not {timeframe}</source>
        <translation>A conta simulada guarda só os candles de {kept} que sua fonte de preços enviou, não de {timeframe}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="82"/>
        <source>The visible amount cannot exceed the order amount</source>
        <translation>A quantidade visível não pode passar da quantidade da ordem</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="69"/>
        <source>Time in force {tif} applies to limit orders only</source>
        <translation>A validade {tif} vale só para ordens limitadas</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="100"/>
        <source>Trail amount</source>
        <translation>Distância do stop móvel</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="102"/>
        <source>Trail percent must be between 0 and 100</source>
        <translation>O percentual do stop móvel deve estar entre 0 e 100</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="80"/>
        <source>Visible amount</source>
        <translation>Quantidade visível</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="83"/>
        <source>buy</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="83"/>
        <source>sell</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/placement.py" line="66"/>
        <source>the book had no more depth</source>
        <translation>o livro não tinha mais profundidade</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="77"/>
        <source>the market had no more depth or funds ran out</source>
        <translation>o mercado não tinha mais profundidade ou o saldo acabou</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/filling.py" line="67"/>
        <source>the market had no more depth or margin ran out</source>
        <translation>o mercado não tinha mais profundidade ou a margem acabou</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/perpetuals.py" line="372"/>
        <source>{symbol} is a spot market: it has no leverage or margin mode</source>
        <translation>{symbol} é um mercado à vista: não tem alavancagem nem modo de margem</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/matching.py" line="340"/>
        <source>{symbol} is not traded on the paper venue</source>
        <translation>{symbol} não é negociado na conta simulada</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="51"/>
        <source>{what} is required for this order type</source>
        <translation>{what}: obrigatório para este tipo de ordem</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="33"/>
        <source>{what} must be greater than zero</source>
        <translation>{what}: deve ser maior que zero</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="41"/>
        <source>{what} {shown} {base} is above the maximum {maximum} {base}</source>
        <translation>{what} {shown} {base} está acima do máximo de {maximum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="37"/>
        <source>{what} {shown} {base} is below the minimum {minimum} {base}</source>
        <translation>{what} {shown} {base} está abaixo do mínimo de {minimum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="45"/>
        <source>{what} {shown} {base} is not a multiple of the step {step} {base}</source>
        <translation>{what} {shown} {base} não é múltiplo do passo de {step} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="57"/>
        <source>{what} {shown} {quote} is not a multiple of the tick {tick} {quote}</source>
        <translation>{what} {shown} {quote} não é múltiplo do tick de {tick} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="114"/>
        <source>{what} {side} needs the take-profit {tp} above and the stop {sl} below {ref} {quote}</source>
        <translation>{what} ({side}) precisa do take-profit {tp} acima e do stop {sl} abaixo de {ref} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/paper/validation.py" line="118"/>
        <source>{what} {side} needs the take-profit {tp} below and the stop {sl} above {ref} {quote}</source>
        <translation>{what} ({side}) precisa do take-profit {tp} abaixo e do stop {sl} acima de {ref} {quote}</translation>
    </message>
</context>
<context>
    <name>PerformanceDock</name>
    <message>
        <location filename="../widgets/performance/panel.py" line="272"/>
        <source>Account: {name}</source>
        <translation>Conta: {name}</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="86"/>
        <source>All</source>
        <translation>Tudo</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="207"/>
        <source>Benchmark: {name}, bought and held from the same capital</source>
        <translation>Referência: {name}, comprado e mantido com o mesmo capital</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="277"/>
        <source>Bot: {name}</source>
        <translation>Robô: {name}</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="200"/>
        <source>Equity</source>
        <translation>Patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="259"/>
        <source>Loading accounts</source>
        <translation>Carregando contas</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="104"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="284"/>
        <source>No account yet: add one in File → Accounts.</source>
        <translation>Nenhuma conta ainda: adicione uma em Arquivo → Contas.</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="209"/>
        <source>No benchmark: no price feed has BTC/USDT</source>
        <translation>Sem referência: nenhuma fonte de preços tem BTC/USDT</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="72"/>
        <source>Performance</source>
        <translation>Desempenho</translation>
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
        <translation>A conta ou o robô cujo desempenho é exibido</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="104"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/performance/panel.py" line="86"/>
        <source>{0} days</source>
        <translation>{0} dias</translation>
    </message>
</context>
<context>
    <name>PositionRules</name>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="78"/>
        <source>Closed by the time rule: open {hours:.1f} h</source>
        <translation>Fechada pela regra de tempo: aberta há {hours:.1f} h</translation>
    </message>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="87"/>
        <source>Initial stop {atr:g} ATR away</source>
        <translation>Stop inicial a {atr:g} ATR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/position_rules.py" line="96"/>
        <source>Stop to break-even at +{r:g} R</source>
        <translation>Stop no zero a zero em +{r:g} R</translation>
    </message>
    <message>
        <location filename="../desktop/engine/position_rules_runner.py" line="92"/>
        <source>The position was closed by the time rule.</source>
        <translation>A posição foi fechada pela regra de tempo.</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../widgets/protection.py" line="88"/>
        <source>Bots are running</source>
        <translation>Há robôs rodando</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="98"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="304"/>
        <source>Hide the window; Pregão and its orders keep working</source>
        <translation>Esconde a janela; o Pregão e suas ordens continuam funcionando</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="92"/>
        <source>If you quit, nothing watches them until Pregão starts again; then they resume where they were. Keep Pregão running in the tray to keep them working.</source>
        <translation>Se você sair, nada as acompanha até o Pregão abrir de novo; então elas retomam de onde estavam. Mantenha o Pregão rodando na bandeja para que continuem funcionando.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="95"/>
        <source>Keep running in the tray</source>
        <translation>Continuar rodando na bandeja</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="81"/>
        <source>Pregão itself runs these orders; they only work while it runs:</source>
        <translation>O próprio Pregão executa estas ordens; elas só funcionam enquanto ele está aberto:</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="225"/>
        <source>Pregão keeps running: {0} protective orders are working.</source>
        <translation>O Pregão continua rodando: {0} ordens de proteção ativas.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="255"/>
        <source>Pregão: {0} protective orders working</source>
        <translation>Pregão: {0} ordens de proteção ativas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="88"/>
        <source>Protective orders are working</source>
        <translation>Há ordens de proteção ativas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="275"/>
        <source>Protective orders not resumed</source>
        <translation>Ordens de proteção não retomadas</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="97"/>
        <source>Quit anyway</source>
        <translation>Sair assim mesmo</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="306"/>
        <source>Show Pregão</source>
        <translation>Mostrar o Pregão</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="280"/>
        <source>The order monitors show them as canceled, with the reason; place them again if the position still needs them.</source>
        <translation>Os monitores de ordens as mostram como canceladas, com o motivo; envie-as de novo se a posição ainda precisar delas.</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="87"/>
        <source>These bots stop deciding while Pregão is closed: {0}</source>
        <translation>Estes robôs param de decidir enquanto o Pregão estiver fechado: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="271"/>
        <source>These orders could not be resumed after the restart and no longer work:</source>
        <translation>Estas ordens não puderam ser retomadas após o reinício e não funcionam mais:</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="216"/>
        <source>This desktop has no system tray</source>
        <translation>Este desktop não tem bandeja do sistema</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="51"/>
        <source>buy</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="293"/>
        <source>order {0}</source>
        <translation>ordem {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="51"/>
        <source>sell</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="61"/>
        <source>stop {0}</source>
        <translation>stop {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="63"/>
        <source>target {0}</source>
        <translation>alvo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="269"/>
        <source>• {what} on {venue}: {why}</source>
        <translation>• {what} em {venue}: {why}</translation>
    </message>
    <message>
        <location filename="../widgets/protection.py" line="80"/>
        <source>… and {0} more</source>
        <translation>… e mais {0}</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../widgets/replay_panel.py" line="48"/>
        <source>A CSV or Parquet file with timestamp, open, high, low, close, volume</source>
        <translation>Arquivo CSV ou Parquet com as colunas timestamp, open, high, low, close, volume</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="62"/>
        <source>Advance one candle (while paused)</source>
        <translation>Avançar um candle (em pausa)</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="50"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="116"/>
        <source>Choose a file to replay.</source>
        <translation>Escolha um arquivo para o replay.</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="63"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="151"/>
        <source>Close replay</source>
        <translation>Fechar replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="66"/>
        <source>No file open</source>
        <translation>Nenhum arquivo aberto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="51"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="107"/>
        <source>Open candle file</source>
        <translation>Abrir arquivo de candles</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="199"/>
        <source>Open replay file…</source>
        <translation>Abrir arquivo de replay…</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="60"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="209"/>
        <source>Pause or resume replay</source>
        <translation>Pausar ou retomar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="205"/>
        <source>Play a candle file as a live market</source>
        <translation>Reproduzir um arquivo de candles como mercado ao vivo</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="42"/>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="225"/>
        <source>Replay faster</source>
        <translation>Acelerar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="233"/>
        <source>Replay slower</source>
        <translation>Desacelerar o replay</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="59"/>
        <source>Replay speed: 1× plays a 1-minute candle in a minute</source>
        <translation>Velocidade do replay: em 1× um candle de 1 minuto dura um minuto</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="134"/>
        <source>Replaying {0}</source>
        <translation>Reproduzindo {0}</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="178"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="73"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="61"/>
        <source>Step</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="217"/>
        <source>Step replay one candle</source>
        <translation>Avançar o replay um candle</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="187"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location filename="../widgets/replay_panel.py" line="187"/>
        <source>playing</source>
        <translation>reproduzindo</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../desktop/reports/labels.py" line="22"/>
        <source>Account report</source>
        <translation>Relatório da conta</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="102"/>
        <source>Against the benchmark</source>
        <translation>Contra a referência</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="148"/>
        <source>Alpha (annualised)</source>
        <translation>Alfa (anualizado)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="87"/>
        <source>Amount</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="107"/>
        <source>Annualised return</source>
        <translation>Retorno anualizado</translation>
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
        <translation>Preço médio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="144"/>
        <source>Average MAE</source>
        <translation>MAE médio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="145"/>
        <source>Average MFE</source>
        <translation>MFE médio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="141"/>
        <source>Average bars held</source>
        <translation>Média de barras na posição</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="136"/>
        <source>Average loss</source>
        <translation>Perda média</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="135"/>
        <source>Average win</source>
        <translation>Ganho médio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="19"/>
        <source>Backtest report</source>
        <translation>Relatório de backtest</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="81"/>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="25"/>
        <source>Benchmark</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="146"/>
        <source>Benchmark return</source>
        <translation>Retorno da referência</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="109"/>
        <source>Best day</source>
        <translation>Melhor dia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="111"/>
        <source>Best month</source>
        <translation>Melhor mês</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="147"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="21"/>
        <source>Bot report</source>
        <translation>Relatório do robô</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="68"/>
        <source>Bottom</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="108"/>
        <source>Buy and hold return</source>
        <translation>Retorno de comprar e manter</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="43"/>
        <source>By symbol</source>
        <translation>Por símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="121"/>
        <source>CVaR 95 % (one bar)</source>
        <translation>CVaR 95 % (uma barra)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="116"/>
        <source>Calmar ratio</source>
        <translation>Índice de Calmar</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="149"/>
        <source>Correlation</source>
        <translation>Correlação</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="63"/>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="93"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="70"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="157"/>
        <source>Dec</source>
        <translation>dez</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="66"/>
        <source>Depth</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="40"/>
        <source>Distribution</source>
        <translation>Distribuição</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="50"/>
        <source>Distribution of daily returns</source>
        <translation>Distribuição dos retornos diários</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="59"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="46"/>
        <source>Drawdown (underwater)</source>
        <translation>Drawdown (abaixo do pico)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="74"/>
        <source>Entry price</source>
        <translation>Preço de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="73"/>
        <source>Entry time</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="38"/>
        <source>Equity</source>
        <translation>Patrimônio</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="45"/>
        <source>Equity and benchmark</source>
        <translation>Patrimônio e referência</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="123"/>
        <source>Excess kurtosis</source>
        <translation>Curtose em excesso</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="84"/>
        <source>Exit</source>
        <translation>Motivo da saída</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="76"/>
        <source>Exit price</source>
        <translation>Preço de saída</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="75"/>
        <source>Exit time</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="133"/>
        <source>Expectancy per trade</source>
        <translation>Expectativa por operação</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="142"/>
        <source>Exposure</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="152"/>
        <source>Feb</source>
        <translation>fev</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="91"/>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="92"/>
        <source>Fee currency</source>
        <translation>Moeda da taxa</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="80"/>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="143"/>
        <source>Fees paid</source>
        <translation>Taxas pagas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="88"/>
        <source>Filled</source>
        <translation>Executado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="42"/>
        <source>Fills</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="105"/>
        <source>Final equity</source>
        <translation>Patrimônio final</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="64"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="32"/>
        <source>Generated by Pregão on {date}</source>
        <translation>Gerado pelo Pregão em {date}</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="150"/>
        <source>Information ratio</source>
        <translation>Índice de informação</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="152"/>
        <source>Jan</source>
        <translation>jan</translation>
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
        <translation>Maior perda</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="137"/>
        <source>Largest win</source>
        <translation>Maior ganho</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="129"/>
        <source>Longest drawdown (days)</source>
        <translation>Drawdown mais longo (dias)</translation>
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
        <translation>Máx. de perdas seguidas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="139"/>
        <source>Max consecutive wins</source>
        <translation>Máx. de ganhos seguidos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="124"/>
        <source>Max drawdown</source>
        <translation>Drawdown máximo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="126"/>
        <source>Max drawdown: bottom</source>
        <translation>Drawdown máximo: fundo</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="128"/>
        <source>Max drawdown: days</source>
        <translation>Drawdown máximo: dias</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="125"/>
        <source>Max drawdown: peak</source>
        <translation>Drawdown máximo: pico</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="127"/>
        <source>Max drawdown: recovery</source>
        <translation>Drawdown máximo: recuperação</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="154"/>
        <source>May</source>
        <translation>mai</translation>
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
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="39"/>
        <source>Monthly returns</source>
        <translation>Retornos mensais</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="157"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="156"/>
        <source>Oct</source>
        <translation>out</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="117"/>
        <source>Omega ratio</source>
        <translation>Índice Omega</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="34"/>
        <source>One row every {step} bars ({bars} bars in the run)</source>
        <translation>Uma linha a cada {step} barras ({bars} barras na execução)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="20"/>
        <source>Optimisation report</source>
        <translation>Relatório de otimização</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="41"/>
        <source>Orders</source>
        <translation>Ordens</translation>
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
        <translation>Parâmetro</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="26"/>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="134"/>
        <source>Payoff ratio</source>
        <translation>Razão ganho/perda</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="67"/>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="23"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="89"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="132"/>
        <source>Profit factor</source>
        <translation>Fator de lucro</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="96"/>
        <source>Realised P&amp;L</source>
        <translation>P&amp;L realizado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="69"/>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="62"/>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="98"/>
        <source>Returns</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="99"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="51"/>
        <source>Rolling Sharpe (30 days)</source>
        <translation>Sharpe móvel (30 dias)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="156"/>
        <source>Sep</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="114"/>
        <source>Sharpe ratio</source>
        <translation>Índice de Sharpe</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="72"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="77"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="122"/>
        <source>Skew</source>
        <translation>Assimetria</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="115"/>
        <source>Sortino ratio</source>
        <translation>Índice de Sortino</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="104"/>
        <source>Starting equity</source>
        <translation>Patrimônio inicial</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="36"/>
        <source>Summary</source>
        <translation>Resumo</translation>
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
        <translation>Razão de caudas</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="57"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="65"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="106"/>
        <source>Total return</source>
        <translation>Retorno total</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="49"/>
        <source>Trade P&amp;L distribution</source>
        <translation>Distribuição do P&amp;L das operações</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="37"/>
        <source>Trades</source>
        <translation>Operações</translation>
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
        <translation>VaR 95 % (uma barra)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="28"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="113"/>
        <source>Volatility (annualised)</source>
        <translation>Volatilidade (anualizada)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="95"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="131"/>
        <source>Win rate</source>
        <translation>Taxa de acerto</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="110"/>
        <source>Worst day</source>
        <translation>Pior dia</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="52"/>
        <source>Worst drawdowns</source>
        <translation>Piores drawdowns</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="112"/>
        <source>Worst month</source>
        <translation>Pior mês</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="60"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="48"/>
        <source>Yearly returns</source>
        <translation>Retornos anuais</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="158"/>
        <source>long</source>
        <translation>compra</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="33"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="159"/>
        <source>short</source>
        <translation>venda</translation>
    </message>
    <message>
        <location filename="../desktop/reports/account.py" line="118"/>
        <source>{name}: {count} equity point(s) between {start} and {end} UTC; a report needs at least two (the app records the equity every minute while the account is connected)</source>
        <translation>{name}: {count} ponto(s) de patrimônio entre {start} e {end} UTC; um relatório precisa de pelo menos dois (o app registra o patrimônio a cada minuto enquanto a conta está conectada)</translation>
    </message>
    <message>
        <location filename="../desktop/reports/labels.py" line="54"/>
        <source>… and {count} more trades (all of them are in the Excel report)</source>
        <translation>… e mais {count} operações (todas estão no relatório Excel)</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../widgets/performance/commands.py" line="87"/>
        <source>Choose an account or a bot in the Performance dock</source>
        <translation>Escolha uma conta ou um robô no painel Desempenho</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="110"/>
        <source>Excel and/or PDF report of the account or bot shown in the Performance dock, over a period</source>
        <translation>Relatório Excel e/ou PDF da conta ou do robô exibido no painel Desempenho, em um período</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="102"/>
        <source>Excel and/or PDF report of the backtest result shown</source>
        <translation>Relatório Excel e/ou PDF do resultado de backtest exibido</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="105"/>
        <source>Excel and/or PDF report of the parameter set selected in the optimisation results</source>
        <translation>Relatório Excel e/ou PDF do conjunto de parâmetros selecionado nos resultados da otimização</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="108"/>
        <source>Excel and/or PDF report of the selected bot over a period</source>
        <translation>Relatório Excel e/ou PDF do robô selecionado em um período</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="101"/>
        <source>Export backtest report…</source>
        <translation>Exportar relatório do backtest…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="107"/>
        <source>Export bot report…</source>
        <translation>Exportar relatório do robô…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="103"/>
        <source>Export report of the selected set…</source>
        <translation>Exportar relatório do conjunto selecionado…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="109"/>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="42"/>
        <source>Open a backtest result first</source>
        <translation>Abra primeiro um resultado de backtest</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="75"/>
        <source>Select a bot first</source>
        <translation>Selecione primeiro um robô</translation>
    </message>
    <message>
        <location filename="../widgets/performance/commands.py" line="62"/>
        <source>Select a parameter set in the optimisation results first</source>
        <translation>Selecione primeiro um conjunto de parâmetros nos resultados da otimização</translation>
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
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="49"/>
        <source>Computing the figures…</source>
        <translation>Calculando os números…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="71"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="71"/>
        <source>Excel and PDF</source>
        <translation>Excel e PDF</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="108"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="62"/>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="83"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="74"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="132"/>
        <source>Give a file name</source>
        <translation>Informe um nome de arquivo</translation>
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
        <translation>Período (UTC, os dois dias incluídos)</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="69"/>
        <source>Report of</source>
        <translation>Relatório de</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="77"/>
        <source>The file name; .xlsx and .pdf are added</source>
        <translation>O nome do arquivo; .xlsx e .pdf são acrescentados</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="138"/>
        <source>The folder {folder} does not exist</source>
        <translation>A pasta {folder} não existe</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="159"/>
        <source>The period ends before it starts</source>
        <translation>O período termina antes de começar</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="49"/>
        <source>Writing the Excel file…</source>
        <translation>Gravando o arquivo Excel…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="50"/>
        <source>Writing the PDF…</source>
        <translation>Gravando o PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/common/report_export.py" line="179"/>
        <source>Written: {files}</source>
        <translation>Gravado: {files}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="141"/>
        <source>Choose Excel, PDF or both</source>
        <translation>Escolha Excel, PDF ou ambos</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="120"/>
        <source>No account {account_id!r}</source>
        <translation>Nenhuma conta {account_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="129"/>
        <source>No bot {bot_id!r}</source>
        <translation>Nenhum robô {bot_id!r}</translation>
    </message>
    <message>
        <location filename="../desktop/engine/report_jobs.py" line="98"/>
        <source>Not a performance scope: {scope!r}</source>
        <translation>Não é um escopo de desempenho: {scope!r}</translation>
    </message>
</context>
<context>
    <name>RiskBook</name>
    <message>
        <location filename="../desktop/risk/book_service.py" line="70"/>
        <source>The confidence level must be 95 % or 99 %</source>
        <translation>O nível de confiança deve ser 95 % ou 99 %</translation>
    </message>
    <message>
        <location filename="../desktop/risk/book_service.py" line="67"/>
        <source>The window must be one of {windows} days</source>
        <translation>A janela deve ser de um destes números de dias: {windows}</translation>
    </message>
</context>
<context>
    <name>RiskBreakers</name>
    <message>
        <location filename="../desktop/risk/breakers.py" line="132"/>
        <source>Daily loss limit reached: {lost} of {limit} allowed</source>
        <translation>Limite de perda diária atingido: {lost} de {limit} permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="141"/>
        <source>Drawdown limit reached: equity is {dd:.2f} % below its peak of {peak}, {limit:g} % allowed</source>
        <translation>Limite de drawdown atingido: o patrimônio está {dd:.2f} % abaixo do pico de {peak}, {limit:g} % permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="112"/>
        <source>Margin use {use:.1f} % reached the {limit:g} % level</source>
        <translation>O uso de margem de {use:.1f} % atingiu o nível de {limit:g} %</translation>
    </message>
    <message>
        <location filename="../desktop/risk/breakers.py" line="150"/>
        <source>{streak} losing trades in a row ({limit} allowed): cooling down for {minutes:g} min</source>
        <translation>{streak} operações perdedoras seguidas ({limit} permitidas): pausa de {minutes:g} min</translation>
    </message>
</context>
<context>
    <name>RiskDock</name>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>% equity</source>
        <translation>% patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="39"/>
        <source>1-day VaR 99%</source>
        <translation>VaR 1 dia 99%</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="107"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="60"/>
        <source>Annualised volatility of hourly log-returns over the window</source>
        <translation>Volatilidade anualizada dos log-retornos horários na janela</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="78"/>
        <source>Asset</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="63"/>
        <source>Beta to BTC</source>
        <translation>Beta ao BTC</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>Book P&amp;L</source>
        <translation>Resultado da carteira</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="43"/>
        <source>COVID crash (Black Thursday)</source>
        <translation>Queda da COVID (Quinta-feira negra)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="124"/>
        <source>Click to show {0} in the chart and the positions</source>
        <translation>Clique para ver {0} no gráfico e nas posições</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="105"/>
        <source>Confidence of the value at risk</source>
        <translation>Confiança do valor em risco</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="38"/>
        <source>Correlated exposure</source>
        <translation>Exposição correlacionada</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="174"/>
        <source>Correlation (clustered)</source>
        <translation>Correlação (agrupada)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="34"/>
        <source>Daily loss</source>
        <translation>Perda diária</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="66"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="241"/>
        <source>Equity {0} · gross exposure {1} · net {2} · 1-day VaR {3}% {4}</source>
        <translation>Patrimônio {0} · exposição bruta {1} · líquida {2} · VaR 1 dia {3}% {4}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="53"/>
        <source>Exposure % equity</source>
        <translation>Exposição % patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="46"/>
        <source>FTX collapse</source>
        <translation>Colapso da FTX</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="30"/>
        <source>Gross exposure</source>
        <translation>Exposição bruta</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="167"/>
        <source>Held assets</source>
        <translation>Ativos em carteira</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="246"/>
        <source>Historical {0} · Cornish–Fisher {1} · expected shortfall {2} · Monte Carlo {3} — from {4} hourly returns</source>
        <translation>Histórico {0} · Cornish–Fisher {1} · perda esperada {2} · Monte Carlo {3} — de {4} retornos horários</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="63"/>
        <source>How much the asset moves per 1 % move of BTC (hourly returns over the window)</source>
        <translation>Quanto o ativo se move para cada 1 % do BTC (retornos horários na janela)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="42"/>
        <source>January 2018 crash</source>
        <translation>Queda de janeiro de 2018</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="37"/>
        <source>Largest asset exposure</source>
        <translation>Maior exposição a um ativo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="29"/>
        <source>Largest position</source>
        <translation>Maior posição</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="261"/>
        <source>Ledoit–Wolf shrinkage {0} on hourly log-returns</source>
        <translation>Encolhimento Ledoit–Wolf {0} sobre log-retornos horários</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="198"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="210"/>
        <source>Loading accounts</source>
        <translation>Carregando contas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="36"/>
        <source>Losing trades in a row</source>
        <translation>Perdas seguidas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="42"/>
        <source>Margin use (halt)</source>
        <translation>Uso de margem (parar)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="41"/>
        <source>Margin use (reduce only)</source>
        <translation>Uso de margem (só reduzir)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="44"/>
        <source>May 2021 crash</source>
        <translation>Queda de maio de 2021</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="329"/>
        <source>No account is connected: connect one in File → Accounts.</source>
        <translation>Nenhuma conta conectada: conecte uma em Arquivo → Contas.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="142"/>
        <source>No limits are on for this account.</source>
        <translation>Nenhum limite ativo nesta conta.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="31"/>
        <source>Open orders</source>
        <translation>Ordens abertas</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="28"/>
        <source>Order size</source>
        <translation>Tamanho da ordem</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="33"/>
        <source>Orders per minute</source>
        <translation>Ordens por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="32"/>
        <source>Orders per second</source>
        <translation>Ordens por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="68"/>
        <source>P&amp;L today</source>
        <translation>Resultado hoje</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="40"/>
        <source>Reward:risk</source>
        <translation>Retorno:risco</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="81"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="267"/>
        <source>Scenarios appear when the account holds something</source>
        <translation>Os cenários aparecem quando a conta tiver ativos</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="68"/>
        <source>Since 00:00 UTC: the holding's change in value, today's trades included</source>
        <translation>Desde 00:00 UTC: a variação de valor da posição, com as operações de hoje</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="180"/>
        <source>Stress tests</source>
        <translation>Testes de estresse</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="45"/>
        <source>Terra/LUNA collapse</source>
        <translation>Colapso da Terra/LUNA</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="93"/>
        <source>The account whose book is shown</source>
        <translation>A conta cuja carteira é mostrada</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="113"/>
        <source>The account's trading state: active, reducing only (orders that reduce exposure pass) or halted</source>
        <translation>O estado de negociação da conta: ativa, só redução (passam ordens que reduzem a exposição) ou suspensa</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="56"/>
        <source>The asset's share of the book's 1-day parametric VaR (the column adds up to it); negative when it hedges the rest</source>
        <translation>A parte do ativo no VaR paramétrico de 1 dia da carteira (a coluna soma o total); negativa quando protege o resto</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="99"/>
        <source>The history the volatility, beta, VaR and correlations are measured over (hourly returns)</source>
        <translation>O histórico sobre o qual volatilidade, beta, VaR e correlações são medidos (retornos horários)</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="66"/>
        <source>The price below its highest close of the window</source>
        <translation>O preço abaixo do maior fechamento da janela</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="256"/>
        <source>This account holds nothing yet: buy or sell something and its risk shows here. Meanwhile the correlations are those of the account's markets.</source>
        <translation>Esta conta ainda não tem ativos: compre ou venda algo e o risco aparece aqui. Enquanto isso, as correlações são as dos mercados da conta.</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="263"/>
        <source>Two assets with history are needed for a correlation</source>
        <translation>Uma correlação precisa de dois ativos com histórico</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="56"/>
        <source>VaR contribution</source>
        <translation>Contribuição ao VaR</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="103"/>
        <source>VaR {0}%</source>
        <translation>VaR {0}%</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="53"/>
        <source>Value at the last price over the account's equity; negative for a short</source>
        <translation>Valor ao último preço sobre o patrimônio da conta; negativo numa posição vendida</translation>
    </message>
    <message>
        <location filename="../widgets/risk/heatmap.py" line="60"/>
        <source>Volatility</source>
        <translation>Volatilidade</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="151"/>
        <source>Waiting for the account…</source>
        <translation>Aguardando a conta…</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="92"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="109"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="55"/>
        <source>Worst day of {0}</source>
        <translation>Pior dia de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="54"/>
        <source>Worst hour of {0}</source>
        <translation>Pior hora de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="56"/>
        <source>Worst week of {0}</source>
        <translation>Pior semana de {0}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="48"/>
        <source>orders</source>
        <translation>ordens</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="50"/>
        <source>orders/min</source>
        <translation>ordens/min</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="49"/>
        <source>orders/s</source>
        <translation>ordens/s</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="72"/>
        <source>parametric</source>
        <translation>paramétrico</translation>
    </message>
    <message>
        <location filename="../widgets/risk/limits_view.py" line="51"/>
        <source>trades</source>
        <translation>operações</translation>
    </message>
    <message>
        <location filename="../widgets/risk/correlation_view.py" line="81"/>
        <source>{0} and {1}: {2}</source>
        <translation>{0} e {1}: {2}</translation>
    </message>
    <message>
        <location filename="../widgets/risk/panel.py" line="96"/>
        <source>{0} d</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="64"/>
        <source>{0} {1}, all correlations 1</source>
        <translation>{0} {1}, todas as correlações 1</translation>
    </message>
    <message>
        <location filename="../widgets/risk/stress_view.py" line="62"/>
        <source>{0} {1}, others by beta</source>
        <translation>{0} {1}, demais pelo beta</translation>
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
        <translation>A exposição a {asset} seria {pct:.1f} % do patrimônio somando seus símbolos, acima dos {limit:g} % permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="189"/>
        <source>Gross exposure would be {pct:.1f} % of equity, above the {limit:g} % allowed</source>
        <translation>A exposição bruta seria {pct:.1f} % do patrimônio, acima dos {limit:g} % permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="212"/>
        <source>No {symbol} price history to measure its correlation and VaR with, so those limits cannot be checked; try again shortly</source>
        <translation>Sem histórico de preços de {symbol} para medir sua correlação e o VaR, então esses limites não podem ser verificados; tente de novo em breve</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="135"/>
        <source>Order rate limit: {count} orders in the last minute, {limit} allowed; wait a moment</source>
        <translation>Limite de ordens: {count} ordens no último minuto, {limit} permitidas; aguarde um momento</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="141"/>
        <source>Order rate limit: {count} orders in the last second, {limit} allowed; wait a moment</source>
        <translation>Limite de ordens: {count} ordens no último segundo, {limit} permitidas; aguarde um momento</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="168"/>
        <source>Order value {value} is above the max order notional of {limit}</source>
        <translation>O valor da ordem, {value}, está acima do valor máximo por ordem de {limit}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="207"/>
        <source>Reward:risk is {ratio:.2f}, below the minimum of {limit:g}</source>
        <translation>A relação retorno:risco é {ratio:.2f}, abaixo do mínimo de {limit:g}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="183"/>
        <source>The account's equity is not known yet, so the exposure limits cannot be checked; try again in a moment</source>
        <translation>O patrimônio da conta ainda não é conhecido, então os limites de exposição não podem ser verificados; tente de novo em instantes</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="227"/>
        <source>The book's 1-day 99 % VaR would be {pct:.2f} % of equity, above the {limit:g} % allowed</source>
        <translation>O VaR de 1 dia a 99 % da carteira seria {pct:.2f} % do patrimônio, acima dos {limit:g} % permitidos</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="163"/>
        <source>The order's value cannot be measured now (no {symbol} price), so the risk limits cannot be checked; try again when prices arrive</source>
        <translation>O valor da ordem não pode ser medido agora (sem preço de {symbol}), então os limites de risco não podem ser verificados; tente de novo quando os preços chegarem</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="175"/>
        <source>The {symbol} position would be worth {value}, above the {limit} allowed per symbol</source>
        <translation>A posição em {symbol} valeria {value}, acima dos {limit} permitidos por símbolo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="117"/>
        <source>This account only reduces positions</source>
        <translation>Esta conta só reduz posições</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="112"/>
        <source>Trading is halted on this account</source>
        <translation>A negociação está suspensa nesta conta</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="154"/>
        <source>{count} orders are open already, {limit} allowed; cancel one first</source>
        <translation>Já há {count} ordens abertas, {limit} permitidas; cancele uma antes</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="118"/>
        <source>{reason}; only orders that reduce a position are accepted {until}</source>
        <translation>{reason}; só são aceitas ordens que reduzem uma posição {until}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="113"/>
        <source>{reason}; trading halted {until}</source>
        <translation>{reason}; negociação suspensa {until}</translation>
    </message>
    <message>
        <location filename="../desktop/risk/guard.py" line="219"/>
        <source>{symbol} exposure weighted by its correlation with the book would be {pct:.1f} % of equity, above the {limit:g} % allowed</source>
        <translation>A exposição a {symbol} ponderada pela correlação com a carteira seria {pct:.1f} % do patrimônio, acima dos {limit:g} % permitidos</translation>
    </message>
</context>
<context>
    <name>RiskLimits</name>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="62"/>
        <source> (account currency)</source>
        <translation> (moeda da conta)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="192"/>
        <source> bars</source>
        <translation> barras</translation>
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
        <translation>Um disjuntor leva a conta a só reduzir ou a suspensa.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="152"/>
        <source>A daily loss halt ends at the next day start, a losing streak after the cooldown, a drawdown halt only when you resume trading.</source>
        <translation>Uma suspensão por perda diária termina no início do próximo dia, uma sequência de perdas após a pausa, uma suspensão por rebaixamento só quando você retomar.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="194"/>
        <source>ATR of</source>
        <translation>ATR de</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="195"/>
        <source>ATR period</source>
        <translation>Período do ATR</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="207"/>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="193"/>
        <source>Bars of</source>
        <translation>Barras de</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="132"/>
        <source>Breakers</source>
        <translation>Disjuntores</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="272"/>
        <source>Choose an account to see and change its trading state.</source>
        <translation>Escolha uma conta para ver e mudar o estado da negociação.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="165"/>
        <source>Close a position after</source>
        <translation>Fechar a posição após</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="167"/>
        <source>Close a position after (bars)</source>
        <translation>Fechar a posição após (barras)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="151"/>
        <source>Cool down after a losing streak for</source>
        <translation>Pausa após uma sequência de perdas por</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="77"/>
        <source>Daily loss limit (equity)</source>
        <translation>Limite de perda diária (patrimônio)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="143"/>
        <source>Daily loss limit reached:</source>
        <translation>Limite de perda diária atingido:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="94"/>
        <source>Default for every account</source>
        <translation>Padrão para todas as contas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="144"/>
        <source>Drawdown limit reached:</source>
        <translation>Limite de rebaixamento atingido:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="101"/>
        <source>Halt trading</source>
        <translation>Suspender negociação</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="169"/>
        <source>Initial stop when none is set</source>
        <translation>Stop inicial quando não há nenhum</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="112"/>
        <source>Limits (off unless ticked)</source>
        <translation>Limites (desligados se não marcados)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="243"/>
        <source>Loading accounts</source>
        <translation>Carregando contas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="145"/>
        <source>Losing streak reached:</source>
        <translation>Sequência de perdas atingida:</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="79"/>
        <source>Losing trades in a row</source>
        <translation>Operações perdedoras seguidas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="80"/>
        <source>Margin use from which only reducing orders pass (perpetuals)</source>
        <translation>Uso de margem a partir do qual só passam ordens que reduzem (perpétuos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="82"/>
        <source>Margin use from which trading halts (perpetuals)</source>
        <translation>Uso de margem a partir do qual a negociação para (perpétuos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="71"/>
        <source>Max 1-day 99 % VaR of the book</source>
        <translation>VaR máximo de 1 dia a 99 % da carteira</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="69"/>
        <source>Max correlation-weighted exposure</source>
        <translation>Exposição máxima ponderada pela correlação</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="78"/>
        <source>Max drawdown from peak equity</source>
        <translation>Rebaixamento máximo desde o pico do patrimônio</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="67"/>
        <source>Max exposure to one asset (all its symbols)</source>
        <translation>Exposição máxima a um ativo (todos os seus símbolos)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="66"/>
        <source>Max gross exposure</source>
        <translation>Exposição bruta máxima</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="72"/>
        <source>Max open orders</source>
        <translation>Máximo de ordens abertas</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="64"/>
        <source>Max order value</source>
        <translation>Valor máximo por ordem</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="74"/>
        <source>Max orders per minute</source>
        <translation>Máximo de ordens por minuto</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="73"/>
        <source>Max orders per second</source>
        <translation>Máximo de ordens por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="65"/>
        <source>Max position value per symbol</source>
        <translation>Valor máximo da posição por símbolo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="75"/>
        <source>Min reward:risk (orders with stop and target)</source>
        <translation>Retorno:risco mínimo (ordens com stop e alvo)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="158"/>
        <source>Position rules (off unless ticked)</source>
        <translation>Regras de posição (desligadas se não marcadas)</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="100"/>
        <source>Reduce only</source>
        <translation>Só reduzir</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="99"/>
        <source>Resume trading</source>
        <translation>Retomar negociação</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/__init__.py" line="39"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="107"/>
        <source>Save limits</source>
        <translation>Salvar limites</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="352"/>
        <source>Saved: the guard checks every order against these limits now.</source>
        <translation>Salvo: a proteção confere cada ordem com estes limites a partir de agora.</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="234"/>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="164"/>
        <source>Stop to break-even at</source>
        <translation>Stop no ponto de equilíbrio a</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="82"/>
        <source>The ATR multiple</source>
        <translation>O múltiplo de ATR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="91"/>
        <source>The ATR period must be from 1 to 1000 bars.</source>
        <translation>O período do ATR deve ser de 1 a 1000 barras.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="27"/>
        <source>The VaR limit</source>
        <translation>O limite de VaR</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="89"/>
        <source>The bars before closing must be at least 1.</source>
        <translation>As barras antes de fechar devem ser no mínimo 1.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="80"/>
        <source>The break-even distance</source>
        <translation>A distância do zero a zero</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="67"/>
        <source>The cooldown must be above 0 minutes.</source>
        <translation>A pausa deve ser maior que 0 minutos.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="25"/>
        <source>The correlation-weighted exposure</source>
        <translation>A exposição ponderada por correlação</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="21"/>
        <source>The daily loss limit</source>
        <translation>O limite de perda diária</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="64"/>
        <source>The day starts at an hour from 0 to 23.</source>
        <translation>O dia começa em uma hora de 0 a 23.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="81"/>
        <source>The hours before closing</source>
        <translation>As horas antes de fechar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="23"/>
        <source>The losing trades in a row</source>
        <translation>As operações perdedoras seguidas</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="30"/>
        <source>The margin use to halt</source>
        <translation>O uso de margem para parar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="71"/>
        <source>The margin use to halt must be above the one to reduce only.</source>
        <translation>O uso de margem para parar deve ficar acima do de só reduzir.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="29"/>
        <source>The margin use to reduce only</source>
        <translation>O uso de margem para só reduzir</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="22"/>
        <source>The max drawdown</source>
        <translation>O drawdown máximo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="24"/>
        <source>The max exposure to one asset</source>
        <translation>A exposição máxima a um ativo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="17"/>
        <source>The max gross exposure</source>
        <translation>A exposição bruta máxima</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="18"/>
        <source>The max open orders</source>
        <translation>O máximo de ordens abertas</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="15"/>
        <source>The max order notional</source>
        <translation>O valor máximo por ordem</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="16"/>
        <source>The max position notional</source>
        <translation>O valor máximo por posição</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="28"/>
        <source>The minimum reward:risk</source>
        <translation>O retorno:risco mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="20"/>
        <source>The orders per minute</source>
        <translation>As ordens por minuto</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="19"/>
        <source>The orders per second</source>
        <translation>As ordens por segundo</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="142"/>
        <source>The trading day starts at</source>
        <translation>O dia de negociação começa às</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="197"/>
        <source>Trading state</source>
        <translation>Estado da negociação</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="95"/>
        <source>Use the default limits and rules</source>
        <translation>Usar os limites e regras padrão</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="147"/>
        <source>halt trading</source>
        <translation>suspender negociação</translation>
    </message>
    <message>
        <location filename="../widgets/risk_controls/limits_page.py" line="148"/>
        <source>reduce only</source>
        <translation>só reduzir</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="59"/>
        <source>{label} can be at most {high:,g}.</source>
        <translation>{label}: pode ser no máximo {high:,g}.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="49"/>
        <source>{label} must be a number.</source>
        <translation>{label}: deve ser um número.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="51"/>
        <source>{label} must be a whole number.</source>
        <translation>{label}: deve ser um número inteiro.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="85"/>
        <source>{label} must be above 0.</source>
        <translation>{label}: deve ser maior que 0.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="56"/>
        <source>{label} must be above {low:g}.</source>
        <translation>{label}: deve ser maior que {low:g}.</translation>
    </message>
    <message>
        <location filename="../desktop/risk/limits.py" line="53"/>
        <source>{label} must be at least {low:g}.</source>
        <translation>{label}: deve ser no mínimo {low:g}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="55"/>
        <source>A new language applies the next time Pregão starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Pregão for iniciado.</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="60"/>
        <source>Confirm orders on live accounts</source>
        <translation>Confirmar ordens em contas reais</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="62"/>
        <source>Confirm orders on paper accounts</source>
        <translation>Confirmar ordens em contas de papel (simuladas)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="46"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="74"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="75"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Arquivo de log</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="67"/>
        <source>No log file</source>
        <translation>Sem arquivo de log</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="51"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="57"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../desktop/shell/settings_dialog.py" line="64"/>
        <source>Trading</source>
        <translation>Negociação</translation>
    </message>
</context>
<context>
    <name>ShortcutEditor</name>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="111"/>
        <source>Already used by “{0}”</source>
        <translation>Já em uso por “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="40"/>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="41"/>
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
        <location filename="../desktop/shell/shortcut_editor.py" line="47"/>
        <source>New shortcut:</source>
        <translation>Novo atalho:</translation>
    </message>
    <message>
        <location filename="../desktop/shell/shortcut_editor.py" line="42"/>
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
    <name>Sizing</name>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="64"/>
        <source>No price history of {symbol} to measure its volatility.</source>
        <translation>Sem histórico de preços de {symbol} para medir sua volatilidade.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="69"/>
        <source>Sizing by risk needs a stop-loss price.</source>
        <translation>Dimensionar pelo risco precisa de um preço de stop-loss.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="80"/>
        <source>That sizing gives nothing to trade (no free funds, or a stop at the price).</source>
        <translation>Esse dimensionamento não dá nada para operar (sem saldo livre, ou um stop no preço).</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="49"/>
        <source>The account's equity is not known yet; try again in a moment.</source>
        <translation>O patrimônio da conta ainda não é conhecido; tente de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="39"/>
        <source>The sizing value must be above zero.</source>
        <translation>O valor do dimensionamento deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../desktop/engine/risk_sizing.py" line="37"/>
        <source>Unknown sizing mode {mode!r}.</source>
        <translation>Modo de dimensionamento {mode!r} desconhecido.</translation>
    </message>
</context>
<context>
    <name>StartingBalances</name>
    <message>
        <location filename="../widgets/starting_balances.py" line="45"/>
        <source>Add a currency</source>
        <translation>Adicionar moeda</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="77"/>
        <source>Amount</source>
        <translation>Quantia</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="73"/>
        <source>Currency, e.g. BTC</source>
        <translation>Moeda, p. ex. BTC</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="126"/>
        <source>Enter the currency of {amount}.</source>
        <translation>Informe a moeda de {amount}.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="116"/>
        <source>Give the account at least one currency to start with.</source>
        <translation>Dê à conta pelo menos uma moeda para começar.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="80"/>
        <source>Remove this currency</source>
        <translation>Remover esta moeda</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="46"/>
        <source>Start with another currency too (BTC to trade BTC-quoted markets, say)</source>
        <translation>Comece também com outra moeda (BTC para operar mercados cotados em BTC, por exemplo)</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="75"/>
        <source>The currency's code as exchanges write it: USDT, BTC, ETH…</source>
        <translation>O código da moeda como as corretoras o escrevem: USDT, BTC, ETH…</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="137"/>
        <source>The starting {code} must be more than zero.</source>
        <translation>O saldo inicial em {code} deve ser maior que zero.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="131"/>
        <source>{code} is listed twice.</source>
        <translation>{code} aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../widgets/starting_balances.py" line="128"/>
        <source>“{code}” is not a currency code: letters and digits, e.g. USDT or BTC.</source>
        <translation>“{code}” não é um código de moeda: letras e dígitos, p. ex. USDT ou BTC.</translation>
    </message>
</context>
<context>
    <name>Strategies</name>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="98"/>
        <source>0 logistic, 1 gradient boosting, 2 random forest, 3 MLP, 4 ensemble</source>
        <translation>0 logística, 1 gradient boosting, 2 floresta aleatória, 3 MLP, 4 conjunto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="26"/>
        <source>ADX length</source>
        <translation>Período do ADX</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="26"/>
        <source>ADX length (bars)</source>
        <translation>período do ADX (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="33"/>
        <source>ATR length</source>
        <translation>Período do ATR</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="33"/>
        <source>ATR length (bars)</source>
        <translation>período do ATR (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="24"/>
        <source>ATR multiple of the bands</source>
        <translation>múltiplo do ATR das bandas</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="24"/>
        <source>ATR multiplier</source>
        <translation>Multiplicador do ATR</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="102"/>
        <source>Allow shorts</source>
        <translation>Permitir vendas a descoberto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="24"/>
        <source>Band width</source>
        <translation>Largura das bandas</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="22"/>
        <source>Bollinger length</source>
        <translation>Período de Bollinger</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="22"/>
        <source>Bollinger length (bars)</source>
        <translation>período das bandas de Bollinger (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="100"/>
        <source>Calibrate probabilities</source>
        <translation>Calibrar probabilidades</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="28"/>
        <source>Donchian breakout</source>
        <translation>Rompimento de Donchian</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="18"/>
        <source>Donchian channel breakout, long and short.

Rules: go long when the close rises above the highest high of the previous
`entry_period` bars; close the long when it falls below the lowest low of the previous
`exit_period` bars. Mirror image for shorts when `shorts` is on. Every entry carries a
stop-loss `atr_stop` ATRs away from the signal bar's close.</source>
        <translation>Rompimento do canal de Donchian, comprado e vendido.

Regras: compra quando o fechamento sobe acima da máxima mais alta das
`entry_period` barras anteriores; fecha a compra quando cai abaixo da mínima mais baixa das
`exit_period` barras anteriores. O espelho vale para as vendas quando `shorts` está ligado. Toda entrada leva um
stop-loss a `atr_stop` ATRs do fechamento da barra do sinal.</translation>
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
        <translation>Filtro de tendência pela EMA 200 + recuo do RSI, só comprado.

Regras: quando o fechamento está acima da sua EMA(ema_period) (tendência de alta) e o RSI(rsi_period)
volta a cruzar acima de `oversold`, compra. Sai quando o RSI cruza acima de `overbought` (o
repique acabou) ou quando o fechamento cruza abaixo da EMA (a tendência acabou).</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="29"/>
        <source>Entry channel</source>
        <translation>Canal de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="94"/>
        <source>Entry probability</source>
        <translation>Probabilidade de entrada</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="31"/>
        <source>Exit channel</source>
        <translation>Canal de saída</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="96"/>
        <source>Exit probability</source>
        <translation>Probabilidade de saída</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="21"/>
        <source>Fast SMA</source>
        <translation>SMA rápida</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="84"/>
        <source>L2 penalty of the gradient descent (larger: simpler model)</source>
        <translation>penalidade L2 do gradiente descendente (maior: modelo mais simples)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="88"/>
        <source>Label horizon</source>
        <translation>Horizonte do rótulo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="86"/>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="77"/>
        <source>ML classifier (online)</source>
        <translation>Classificador ML (online)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="87"/>
        <source>ML classifier (rolling retrain)</source>
        <translation>Classificador ML (retreino móvel)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="76"/>
        <source>Machine-learning classifier, retrained on a rolling window of past candles.

Every `retrain_every` candles a fresh model learns, from the last `train_window` candles
whose outcome is already known, whether the close `horizon` candles later will be higher.
Training labels never reach the candle being traded (purged walk-forward). Go long when
the predicted probability of a rise is above the threshold and close below the exit
level; shorts mirror this when allowed.</source>
        <translation>Classificador de aprendizado de máquina, retreinado numa janela móvel de candles passados.

A cada `retrain_every` candles um modelo novo aprende, com os últimos `train_window` candles
cujo resultado já é conhecido, se o fechamento `horizon` candles depois será mais alto.
Os rótulos de treino nunca alcançam o candle negociado (walk-forward purgado). Compra quando
a probabilidade prevista de alta passa do limiar e fecha abaixo do nível de saída;
vendas a descoberto espelham isso quando permitidas.</translation>
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
        <translation>Classificador de aprendizado de máquina online, atualizado a cada candle fechado.

Um modelo logístico (gradiente descendente estocástico) aprende uma linha por candle, assim que
o resultado dessa linha é conhecido: se o fechamento subiu nos próximos `horizon` candles. Compra
quando a probabilidade prevista de alta passa do limiar e fecha abaixo do nível de saída;
vendas a descoberto espelham isso quando permitidas. Começa a operar após `min_updates` linhas.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="27"/>
        <source>Overbought level</source>
        <translation>Nível de sobrecompra</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="25"/>
        <source>Oversold level</source>
        <translation>Nível de sobrevenda</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="11"/>
        <source>RSI + Bollinger bands mean reversion, long and short.

Rules: go long when the close is below the lower band and RSI is below `rsi_low`;
close the long when the close gets back to the middle band. Mirror image for shorts
(close above the upper band and RSI above `rsi_high`; cover at the middle band) when
`shorts` is on.</source>
        <translation>Reversão à média com RSI + bandas de Bollinger, comprado e vendido.

Regras: compra quando o fechamento está abaixo da banda inferior e o RSI abaixo de `rsi_low`;
fecha a compra quando o fechamento volta à banda do meio. O espelho vale para as vendas
(fechamento acima da banda superior e RSI acima de `rsi_high`; recompra na banda do meio) quando
`shorts` está ligado.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="21"/>
        <source>RSI + Bollinger mean reversion</source>
        <translation>Reversão à média RSI + Bollinger</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="30"/>
        <source>RSI above this confirms a short</source>
        <translation>RSI acima disto confirma uma venda</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="28"/>
        <source>RSI below this confirms a long</source>
        <translation>RSI abaixo disto confirma uma compra</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="30"/>
        <source>RSI high</source>
        <translation>RSI alto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="23"/>
        <source>RSI length</source>
        <translation>Período do RSI</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="23"/>
        <source>RSI length (bars)</source>
        <translation>período do RSI (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="25"/>
        <source>RSI level of a dip</source>
        <translation>nível do RSI que marca uma queda</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="27"/>
        <source>RSI level to take profit</source>
        <translation>nível do RSI para realizar o lucro</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="28"/>
        <source>RSI low</source>
        <translation>RSI baixo</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="84"/>
        <source>Regularisation</source>
        <translation>Regularização</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="92"/>
        <source>Retrain every</source>
        <translation>Retreinar a cada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="88"/>
        <source>Rows before trading</source>
        <translation>Linhas antes de operar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="20"/>
        <source>SMA crossover</source>
        <translation>Cruzamento de SMA</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="11"/>
        <source>SMA crossover, long only.

Rules: go long at the next fill when the fast SMA of the close crosses above the slow
SMA; close the position when the fast SMA crosses below the slow one. A cross is
backtesting.py's rule: fast[i-1] &lt; slow[i-1] and fast[i] &gt; slow[i] (strict).</source>
        <translation>Cruzamento de médias móveis simples (SMA), só comprado.

Regras: compra na próxima execução quando a SMA rápida do fechamento cruza acima da
lenta; fecha a posição quando a SMA rápida cruza abaixo da lenta. Um cruzamento segue a
regra do backtesting.py: fast[i-1] &lt; slow[i-1] e fast[i] &gt; slow[i] (estrito).</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="23"/>
        <source>Slow SMA</source>
        <translation>SMA lenta</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="35"/>
        <source>Stop distance</source>
        <translation>Distância do stop</translation>
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
        <translation>Seguidor de tendência SuperTrend + ADX, comprado e vendido.

Regras: quando a direção do SuperTrend(period, multiplier) vira para cima e o ADX(adx_period)
é pelo menos `adx_min`, compra; quando vira para baixo com a mesma condição de ADX,
vende. Uma virada sempre fecha a posição contrária, com tendência ou não. A linha do SuperTrend
na entrada é o stop-loss da posição.</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="22"/>
        <source>SuperTrend ATR length (bars)</source>
        <translation>período do ATR do SuperTrend (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="22"/>
        <source>SuperTrend length</source>
        <translation>Período do SuperTrend</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="37"/>
        <source>Trade shorts</source>
        <translation>Operar vendido</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="90"/>
        <source>Training window</source>
        <translation>Janela de treino</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="21"/>
        <source>Trend EMA</source>
        <translation>EMA de tendência</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="37"/>
        <source>also trade the short side</source>
        <translation>também opera o lado vendido</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="24"/>
        <source>band width in standard deviations</source>
        <translation>largura das bandas em desvios-padrão</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="29"/>
        <source>breakout channel length (bars)</source>
        <translation>tamanho do canal de rompimento (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="88"/>
        <source>candles ahead whose close the model predicts</source>
        <translation>candles à frente cujo fechamento o modelo prevê</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="92"/>
        <source>candles between retrains</source>
        <translation>candles entre retreinos</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="96"/>
        <source>close a long when the probability falls below this</source>
        <translation>fecha uma compra quando a probabilidade cai abaixo disto</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="94"/>
        <source>enter when the probability of a rise is above this</source>
        <translation>entra quando a probabilidade de alta passa disto</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="31"/>
        <source>exit channel length (bars)</source>
        <translation>tamanho do canal de saída (barras)</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="42"/>
        <source>exit_period must not exceed entry_period</source>
        <translation>o período de saída não pode passar do período de entrada</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="99"/>
        <source>exit_threshold must not be above threshold</source>
        <translation>o limiar de saída não pode ficar acima do limiar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="28"/>
        <source>fast ({fast}) must be below slow ({slow})</source>
        <translation>a rápida ({fast}) deve ser menor que a lenta ({slow})</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="21"/>
        <source>fast SMA length (bars)</source>
        <translation>período da SMA rápida (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="88"/>
        <source>labelled rows the model must have learned before it trades</source>
        <translation>linhas rotuladas que o modelo precisa ter aprendido antes de operar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/supertrend_adx.py" line="28"/>
        <source>minimum ADX to enter</source>
        <translation>ADX mínimo para entrar</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="32"/>
        <source>oversold must be below overbought</source>
        <translation>o nível de sobrevenda deve ser menor que o de sobrecompra</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="53"/>
        <source>parameter {name!r} is given twice</source>
        <translation>o parâmetro {name!r} foi informado duas vezes</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="127"/>
        <source>parameter {name!r} must be &lt;= {high}, got {value}</source>
        <translation>o parâmetro {name!r} deve ser &lt;= {high}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="124"/>
        <source>parameter {name!r} must be &gt;= {low}, got {value}</source>
        <translation>o parâmetro {name!r} deve ser &gt;= {low}, recebido {value}</translation>
    </message>
    <message>
        <location filename="../strategies/base.py" line="120"/>
        <source>parameter {name!r} must be {kind}, got {value!r}</source>
        <translation>o parâmetro {name!r} deve ser do tipo {kind}, recebido {value!r}</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="99"/>
        <source>parameter {name!r}: no values to try</source>
        <translation>parâmetro {name!r}: nenhum valor para testar</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="79"/>
        <source>parameter {name!r}: range {spec!r} has hi below lo</source>
        <translation>parâmetro {name!r}: no intervalo {spec!r} o máximo é menor que o mínimo</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="67"/>
        <source>parameter {name!r}: range {spec!r} is not lo:hi[:step]</source>
        <translation>parâmetro {name!r}: o intervalo {spec!r} não está no formato mín:máx[:passo]</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="76"/>
        <source>parameter {name!r}: range {spec!r} needs a positive step</source>
        <translation>parâmetro {name!r}: o intervalo {spec!r} precisa de um passo positivo</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="73"/>
        <source>parameter {name!r}: range {spec!r} needs numbers (lo:hi[:step])</source>
        <translation>parâmetro {name!r}: o intervalo {spec!r} precisa de números (mín:máx[:passo])</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="90"/>
        <source>rows the model learns from at each retrain</source>
        <translation>linhas com que o modelo aprende a cada retreino</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/rsi_bollinger.py" line="37"/>
        <source>rsi_low must be below rsi_high</source>
        <translation>o RSI baixo deve ser menor que o RSI alto</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="102"/>
        <source>sell short when the probability of a rise is low</source>
        <translation>vende a descoberto quando a probabilidade de alta é baixa</translation>
    </message>
    <message>
        <location filename="../desktop/ml/rolling_strategy.py" line="100"/>
        <source>sigmoid calibration on time-ordered folds of the training window</source>
        <translation>calibração sigmoide em partes ordenadas no tempo da janela de treino</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/sma_cross.py" line="23"/>
        <source>slow SMA length (bars)</source>
        <translation>período da SMA lenta (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/ml/online_strategy.py" line="86"/>
        <source>step of each gradient update</source>
        <translation>passo de cada atualização do gradiente</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/donchian_breakout.py" line="35"/>
        <source>stop distance in ATRs</source>
        <translation>distância do stop em ATRs</translation>
    </message>
    <message>
        <location filename="../strategies/builtin/ema200_rsi.py" line="21"/>
        <source>trend EMA length (bars)</source>
        <translation>período da EMA de tendência (barras)</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="128"/>
        <source>unknown parameter {name!r} for strategy {strategy!r} (known: {known})</source>
        <translation>parâmetro {name!r} desconhecido para a estratégia {strategy!r} (conhecidos: {known})</translation>
    </message>
    <message>
        <location filename="../desktop/backtest/search_space.py" line="50"/>
        <source>{part!r} is not name=lo:hi[:step], name=a|b|c or name=value</source>
        <translation>{part!r} não está no formato nome=mín:máx[:passo], nome=a|b|c ou nome=valor</translation>
    </message>
</context>
<context>
    <name>TerminalStatusBar</name>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="144"/>
        <source>&lt;span style='color:{0}'&gt;◆&lt;/span&gt; Margin {1}: {2} %</source>
        <translation>&lt;span style='color:{0}'&gt;◆&lt;/span&gt; Margem {1}: {2} %</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="69"/>
        <source>A panel failed: {0} (see Log)</source>
        <translation>Falha em um painel: {0} (veja o Log)</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="173"/>
        <source>Engine loop latency; {0} events/s</source>
        <translation>Latência do laço do motor; {0} eventos/s</translation>
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
        <translation>instável</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="80"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location filename="../desktop/shell/status_bar.py" line="146"/>
        <source>{0}: margin use {1} % (initial margin {2} of margin balance {3} {4}); margin ratio {5} % — positions are liquidated at 100 %; available {6} {4}</source>
        <translation>{0}: uso de margem {1} % (margem inicial {2} de um saldo de margem de {3} {4}); índice de margem {5} % — as posições são liquidadas em 100 %; disponível {6} {4}</translation>
    </message>
</context>
<context>
    <name>TimeAndSales</name>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="76"/>
        <source>Chart's market</source>
        <translation>Mercado do gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="176"/>
        <source>Following the prints</source>
        <translation>Acompanhando os negócios</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="61"/>
        <source>Hide prints worth less than this</source>
        <translation>Ocultar negócios de valor menor que este</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="64"/>
        <source>Highlight prints worth at least this (0: none)</source>
        <translation>Destacar negócios de valor a partir deste (0: nenhum)</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="82"/>
        <source>Large</source>
        <translation>Grandes</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="100"/>
        <source>Loading accounts</source>
        <translation>Carregando contas</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="102"/>
        <source>Loading markets</source>
        <translation>Carregando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="82"/>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="89"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="41"/>
        <source>Time and sales</source>
        <translation>Times and trades</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="74"/>
        <source>Where the prints come from: the focused chart's market, or its symbol on one of your exchange accounts</source>
        <translation>De onde vêm os negócios: o mercado do gráfico em foco ou o símbolo dele numa das suas contas de corretora</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="63"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../widgets/time_and_sales/panel.py" line="66"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../desktop/shell/tour.py" line="57"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="128"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="58"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../desktop/shell/tour.py" line="56"/>
        <source>Skip tour</source>
        <translation>Pular tour</translation>
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
        <translation> em “{0}”</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="27"/>
        <source>Reduce only</source>
        <translation>Só reduzir</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="26"/>
        <source>Trading active</source>
        <translation>Negociação ativa</translation>
    </message>
    <message>
        <location filename="../desktop/shell/trading_state.py" line="28"/>
        <source>Trading halted</source>
        <translation>Negociação suspensa</translation>
    </message>
    <message>
        <location filename="../desktop/risk/states.py" line="29"/>
        <source>until you resume it</source>
        <translation>até você retomar</translation>
    </message>
    <message>
        <location filename="../desktop/risk/states.py" line="33"/>
        <source>until {0} UTC</source>
        <translation>até {0} UTC</translation>
    </message>
</context>
<context>
    <name>VenueSentences</name>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="69"/>
        <source>Amount {amount} {base} is above the maximum {maximum} {base}</source>
        <translation>A quantidade {amount} {base} está acima do máximo de {maximum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="65"/>
        <source>Amount {amount} {base} is below the minimum {minimum} {base}</source>
        <translation>A quantidade {amount} {base} está abaixo do mínimo de {minimum} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="55"/>
        <source>Amount {amount} {base} is not a multiple of the step {step} {base}</source>
        <translation>A quantidade {amount} {base} não é múltipla do passo de {step} {base}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="101"/>
        <source>Insufficient {currency}: need {need}, have {have}</source>
        <translation>{currency} insuficiente: precisa de {need}, tem {have}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="76"/>
        <source>Order value {value} {quote} is below the minimum {minimum} {quote}</source>
        <translation>O valor da ordem, {value} {quote}, está abaixo do mínimo de {minimum} {quote}</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="46"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="46"/>
        <source>Stop price</source>
        <translation>Preço de stop</translation>
    </message>
    <message>
        <location filename="../desktop/venues/ccxt_sentences.py" line="48"/>
        <source>{what} {price} is not a multiple of the tick size {tick}</source>
        <translation>{what} {price} não é múltiplo do tick de {tick}</translation>
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
        <translation>Adicionar um ativo de qualquer mercado aberto</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="383"/>
        <source>Add symbol</source>
        <translation>Adicionar ativo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="416"/>
        <source>Add symbol to watchlist…</source>
        <translation>Adicionar ativo às cotações…</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="70"/>
        <source>Ask</source>
        <translation>Venda</translation>
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
        <translation>Todos os ativos disponíveis já estão na lista</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="66"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="296"/>
        <source>Loading markets</source>
        <translation>Carregando mercados</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="404"/>
        <source>Open in chart</source>
        <translation>Abrir no gráfico</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="287"/>
        <source>Remove from watchlist</source>
        <translation>Remover da lista de cotações</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="71"/>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="65"/>
        <source>Symbol</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="393"/>
        <source>Symbol:</source>
        <translation>Ativo:</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="398"/>
        <source>Unknown symbol: {0}</source>
        <translation>Ativo desconhecido: {0}</translation>
    </message>
    <message>
        <location filename="../widgets/watchlist.py" line="262"/>
        <source>Watchlist</source>
        <translation>Cotações</translation>
    </message>
</context>
</TS>
